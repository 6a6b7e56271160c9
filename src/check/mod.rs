//! Check: translator QA over parsed and aligned content, as findings with stable codes.
//!
//! Rules come in four groups: structure (the parse stage's span diagnostics), alignment (units
//! missing, extra, English drifted from the reference, stale against the current English, hashes
//! that differ), segment QA (per target/source pair: empty, untranslated, numbers, links, markup,
//! placeholders, white space, punctuation, length, consistency within a locale), and front
//! matter / UI strings. Each finding has a fingerprint built from what the finding is about (rule,
//! locale, article, English and target text), never from segment ids, so an accepted finding in
//! the suppression file stays accepted after a re-hand-off re-draws every id prefix.

mod alignment;
pub mod fix;
pub mod human;
mod locale;
pub mod sarif;
mod segment;
mod spelling;
mod syntax;
mod terms;
mod words;

pub use alignment::word_diff;
pub use spelling::Dictionaries;
pub use terms::Termbase;

use crate::align::ArticleAlignment;
use crate::config::{CheckConfig, ConfigError, RuleLevel};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::discover::SourceFile;
use crate::parse::Segment;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// The suppression file's name in the project root.
pub const SUPPRESSIONS_FILE: &str = "locdoc-suppressions.toml";

/// One thing a translator should look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule code, e.g. `LD0502`.
    pub code: Code,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// Path relative to the content root.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (chars).
    pub column: u32,
    /// The locale of the file.
    pub locale: String,
    /// The article key.
    pub article: String,
    /// The aligned unit number (`#seg-N`), where the finding is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<usize>,
    /// The segment id(s), where the finding is about segments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// The English the finding is about (visible text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
    /// The target the finding is about (visible text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// More detail: a word diff, the variants, the expected values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Key for the suppression file: stable across re-hand-offs.
    pub fingerprint: String,
    /// The mechanical repair, for the rules that have one (`check --fix`); not part of the
    /// reports.
    #[serde(skip)]
    pub fix: Option<fix::Fix>,
}

impl Finding {
    /// A finding with the rule's default severity and a fingerprint from its subject.
    #[allow(clippy::too_many_arguments, reason = "one constructor for every rule")]
    pub fn new(
        code: Code,
        message: impl Into<String>,
        path: &str,
        (line, column): (u32, u32),
        locale: &str,
        article: &str,
        english: Option<&str>,
        target: Option<&str>,
    ) -> Finding {
        let fingerprint = fingerprint(
            code,
            locale,
            article,
            english.unwrap_or(""),
            target.unwrap_or(""),
        );
        Finding {
            code,
            severity: code.default_severity(),
            message: message.into(),
            path: path.to_owned(),
            line,
            column,
            locale: locale.to_owned(),
            article: article.to_owned(),
            unit: None,
            segment: None,
            english: english.map(str::to_owned),
            target: target.map(str::to_owned),
            note: None,
            fingerprint,
            fix: None,
        }
    }

    /// A finding from a parse diagnostic (structure and front matter rules).
    pub fn from_diagnostic(d: &Diagnostic, locale: &str, article: &str) -> Finding {
        let subject = format!("{}:{}", d.message, d.line);
        Finding {
            fingerprint: fingerprint(d.code, locale, article, &subject, ""),
            ..Finding::new(
                d.code,
                d.message.clone(),
                &d.path,
                (d.line, d.column),
                locale,
                article,
                None,
                None,
            )
        }
    }

    /// Attach the unit number.
    pub fn unit(mut self, unit: usize) -> Finding {
        self.unit = Some(unit);
        self
    }

    /// Attach segment ids.
    pub fn segment(mut self, ids: impl Into<String>) -> Finding {
        self.segment = Some(ids.into());
        self
    }

    /// Tell apart the findings of one rule on one segment by what each is about (a term, the
    /// words): accepting one in the suppression file then does not accept the others.
    pub fn about(mut self, subject: &str) -> Finding {
        let english = format!("{}\u{1f}{subject}", self.english.as_deref().unwrap_or(""));
        let target = self.target.as_deref().unwrap_or("");
        self.fingerprint = fingerprint(self.code, &self.locale, &self.article, &english, target);
        self
    }

    /// Attach a note.
    pub fn note(mut self, note: impl Into<String>) -> Finding {
        self.note = Some(note.into());
        self
    }
}

/// A short, stable hash of what a finding is about. White space is folded so that re-wrapping a
/// line does not revive an accepted finding.
fn fingerprint(code: Code, locale: &str, article: &str, english: &str, target: &str) -> String {
    use sha2::Digest;
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let subject = format!(
        "{}\u{1f}{locale}\u{1f}{article}\u{1f}{}\u{1f}{}",
        code.as_str(),
        fold(english),
        fold(target)
    );
    let digest = sha2::Sha256::digest(subject.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// One accepted finding in the suppression file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The finding's fingerprint (printed with every finding).
    pub fingerprint: String,
    /// The rule, for people reading the file (checked against the finding).
    pub rule: String,
    /// Why it is accepted; required.
    pub reason: String,
    /// Where it was, for people reading the file.
    #[serde(default)]
    pub locale: Option<String>,
    /// Which article, for people reading the file.
    #[serde(default)]
    pub article: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SuppressionFile {
    #[serde(default)]
    suppress: Vec<Suppression>,
}

/// Read `<root>/locdoc-suppressions.toml`; none when the file does not exist.
pub fn load_suppressions(root: &Path) -> Result<Vec<Suppression>, ConfigError> {
    let path = root.join(SUPPRESSIONS_FILE);
    let Some(text) = crate::config::read_optional(&path)? else {
        return Ok(Vec::new());
    };
    let file: SuppressionFile = crate::config::parse_toml(&text, &path)?;
    if let Some(bad) = file.suppress.iter().find(|s| s.reason.trim().is_empty()) {
        let at = text.find(&bad.fingerprint).unwrap_or(0);
        let message = format!("suppression {} has no reason", bad.fingerprint);
        return Err(crate::config::invalid(&text, &path, at, &message));
    }
    Ok(file.suppress)
}

/// The outcome of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Findings, sorted by path, line, column, code.
    pub findings: Vec<Finding>,
    /// How many findings the suppression file accepted.
    pub suppressed: usize,
    /// Suppressions that matched nothing (stale entries to clean up).
    pub unused_suppressions: Vec<String>,
}

impl Report {
    /// Keep what `shard` reports: the findings of its articles, and on the first shard those of
    /// no article and the suppression counts (which are not per article). The rules ran over
    /// everything (some compare a locale across articles), so the shards' findings together are
    /// exactly the unsharded ones.
    pub fn keep_shard(&mut self, shard: crate::shard::Shard) {
        if !shard.is_split() {
            return;
        }
        self.findings.retain(|f| {
            if f.article.is_empty() {
                shard.is_first()
            } else {
                shard.owns(&f.article)
            }
        });
        if !shard.is_first() {
            self.suppressed = 0;
            self.unused_suppressions.clear();
        }
    }

    /// Keep the findings about articles of `locales` (all when it is empty), and those about
    /// no article (the tree, the UI strings): `--locale` reads the source locale's files as the
    /// English to check against, but does not report on them.
    pub fn keep_locales(&mut self, locales: &[String]) {
        if !locales.is_empty() {
            self.findings.retain(|f| {
                f.article.is_empty() || locales.iter().any(|l| l.eq_ignore_ascii_case(&f.locale))
            });
        }
    }

    /// The worst severity among the findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Findings per (rule, locale).
    pub fn summary(&self) -> BTreeMap<(Code, String), usize> {
        let mut counts = BTreeMap::new();
        for f in &self.findings {
            *counts.entry((f.code, f.locale.clone())).or_insert(0) += 1;
        }
        counts
    }
}

/// How one locale's UI strings differ from the reference strings (en-US, the language the
/// message ids are written in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiStringCoverage {
    /// The locale of the strings file.
    pub locale: String,
    /// The file, as the translator finds it in the project (`<root>/locales/<locale>/locdoc.ftl`):
    /// a project file, not a content path, so printed and SARIF paths name it as it is.
    pub path: String,
    /// Messages the reference has that this locale lacks (LD0601).
    pub missing: Vec<String>,
    /// Messages this locale has that the reference lacks (LD0602).
    pub extra: Vec<String>,
}

/// Every UI-strings locale's coverage against the reference, in locale order, for the project
/// at `root`.
pub fn ui_string_coverage(l10n: &crate::render::l10n::L10n, root: &Path) -> Vec<UiStringCoverage> {
    l10n.locales()
        .into_iter()
        .filter(|l| l != crate::render::l10n::DEFAULT_LOCALE)
        .map(|locale| {
            let (missing, extra) = l10n.coverage(&locale);
            let path = root
                .join("locales")
                .join(&locale)
                .join("locdoc.ftl")
                .display()
                .to_string();
            UiStringCoverage {
                locale,
                path,
                missing,
                extra,
            }
        })
        .collect()
}

/// What the check needs besides the content.
pub struct CheckInput<'a> {
    /// Rule settings and allow-list.
    pub config: &'a CheckConfig,
    /// Accepted findings.
    pub suppressions: &'a [Suppression],
    /// Per locale with a UI strings file, what it lacks or adds.
    pub ui_strings: &'a [UiStringCoverage],
    /// Required and forbidden terms (`[check] termbase`).
    pub termbase: &'a Termbase,
    /// Spelling dictionaries (`[check.spelling]`), read on first use.
    pub dictionaries: &'a Dictionaries,
}

/// What one article's own rules found, and what the locale-wide rules need of it.
#[derive(Default)]
pub(crate) struct ArticleFindings {
    findings: Vec<Finding>,
    samples: Vec<locale::Sample>,
}

/// Every rule that looks at one article alone: its files' parse diagnostics and front matter,
/// the alignment, each target/source pair; and the samples for the locale-wide rules.
pub(crate) fn check_article(
    article: &ArticleAlignment<'_>,
    file_of: &dyn Fn(&crate::Document) -> usize,
    input: &CheckInput<'_>,
) -> ArticleFindings {
    let config = input.config;
    let mut findings = Vec::new();
    for version in &article.versions {
        let doc = version.doc;
        let locale = doc.locale().as_str();
        for d in &doc.diagnostics {
            findings.push(Finding::from_diagnostic(d, locale, &doc.file.article));
        }
        segment::front_matter(doc, &mut findings);
    }
    alignment::check_article(article, &mut findings);
    alignment::uncertain(article, config.min_confidence, &mut findings);
    let units = unit_index(article);
    let sxs: Vec<&crate::Document> = article
        .versions
        .iter()
        .filter(|v| v.kind.is_paired())
        .map(|v| v.doc)
        .collect();
    segment::pairs(&sxs, &units, config, &mut findings);
    terms::pairs(&sxs, &units, input.termbase, &mut findings);
    spelling::pairs(
        &sxs,
        &units,
        input.dictionaries,
        input.termbase,
        &mut findings,
    );
    let mut samples = Vec::new();
    for doc in sxs {
        let address = std::ptr::from_ref(doc).addr();
        let unit_of = |i: usize| units.get(&(address, i)).copied();
        locale::sample(doc, file_of(doc), &unit_of, &mut samples);
    }
    ArticleFindings { findings, samples }
}

/// The rules over everything: tree diagnostics, the locale-wide rules, the UI strings; then
/// levels, suppressions and order.
fn finish_rules(
    tree_diagnostics: &[Diagnostic],
    articles: Vec<ArticleFindings>,
    documents: &dyn locale::Documents,
    input: &CheckInput<'_>,
) -> Report {
    let mut findings = Vec::new();
    for d in tree_diagnostics {
        let locale = d.path.split('/').next().unwrap_or("");
        findings.push(Finding::from_diagnostic(d, locale, ""));
    }
    let mut samples = Vec::with_capacity(articles.iter().map(|a| a.samples.len()).sum());
    for article in articles {
        findings.extend(article.findings);
        samples.extend(article.samples);
    }
    findings.extend(locale::run(&samples, documents));
    findings.extend(spelling::unchecked(input.dictionaries));
    drop(samples);
    for UiStringCoverage {
        locale,
        path,
        missing,
        extra,
    } in input.ui_strings
    {
        if !missing.is_empty() {
            findings.push(
                Finding::new(
                    Code::FtlMissingMessages,
                    format!(
                        "{} message(s) missing: {}",
                        missing.len(),
                        missing.join(", ")
                    ),
                    path,
                    (1, 1),
                    locale,
                    "",
                    None,
                    None,
                )
                .note(missing.join(" ")),
            );
        }
        if !extra.is_empty() {
            findings.push(Finding::new(
                Code::FtlExtraMessages,
                format!(
                    "{} message(s) en-US does not have: {}",
                    extra.len(),
                    extra.join(", ")
                ),
                path,
                (1, 1),
                locale,
                "",
                None,
                None,
            ));
        }
    }
    finish(findings, input)
}

/// [`finish_rules`] after an article-at-a-time pass over `files`
/// ([`crate::pipeline::each_article`]): the locale-wide rules fetch their candidates' segments
/// from `memory` when the files' documents are there (the `n`th document is file `n`), else
/// through `reread` (file `n`'s segments as the pass had them).
pub(crate) fn finish_streamed(
    tree_diagnostics: &[Diagnostic],
    articles: Vec<ArticleFindings>,
    files: &[SourceFile],
    memory: Option<Vec<&crate::Document>>,
    reread: &(dyn Fn(usize) -> Option<Vec<Segment>> + Sync),
    input: &CheckInput<'_>,
) -> Report {
    match memory {
        Some(documents) => finish_rules(
            tree_diagnostics,
            articles,
            &locale::InMemory(documents),
            input,
        ),
        None => finish_rules(tree_diagnostics, articles, &OnDisk { files, reread }, input),
    }
}

/// Files on disk, read again when the locale-wide rules report on them.
struct OnDisk<'a> {
    files: &'a [SourceFile],
    reread: &'a (dyn Fn(usize) -> Option<Vec<Segment>> + Sync),
}

impl locale::Documents for OnDisk<'_> {
    fn locale(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.locale.as_str())
    }

    fn segments(&self, wanted: &BTreeMap<usize, BTreeSet<usize>>) -> locale::Picked {
        let wanted: Vec<(&usize, &BTreeSet<usize>)> = wanted.iter().collect();
        wanted
            .par_iter()
            .fold(locale::Picked::new, |mut picked, &(&file, segments)| {
                if let Some(source) = self.files.get(file)
                    && let Some(read) = (self.reread)(file)
                {
                    locale::pick(source, &read, file, segments, &mut picked);
                }
                picked
            })
            .reduce(locale::Picked::new, |mut a, b| {
                a.extend(b);
                a
            })
    }
}

/// Unit number of each (document address, segment index) of one article.
fn unit_index(article: &ArticleAlignment<'_>) -> HashMap<(usize, usize), usize> {
    let mut units = HashMap::new();
    for unit in &article.units {
        for entry in &unit.entries {
            for &i in &entry.indices {
                units.insert((std::ptr::from_ref(entry.doc).addr(), i), unit.number);
            }
        }
    }
    units
}

/// Apply configured levels and suppressions, sort.
fn finish(findings: Vec<Finding>, input: &CheckInput<'_>) -> Report {
    let mut report = Report::default();
    let by_fingerprint: HashMap<&str, &Suppression> = input
        .suppressions
        .iter()
        .map(|s| (s.fingerprint.as_str(), s))
        .collect();
    let mut used = std::collections::HashSet::new();
    for mut finding in findings {
        match input.config.rules.get(finding.code.as_str()) {
            Some(RuleLevel::Off) => continue,
            Some(RuleLevel::Note) => finding.severity = Severity::Note,
            Some(RuleLevel::Warning) => finding.severity = Severity::Warning,
            Some(RuleLevel::Error) => finding.severity = Severity::Error,
            None => {}
        }
        if let Some(s) = by_fingerprint
            .get(finding.fingerprint.as_str())
            .filter(|s| s.rule == finding.code.as_str())
        {
            used.insert(s.fingerprint.as_str());
            report.suppressed += 1;
            continue;
        }
        report.findings.push(finding);
    }
    report.unused_suppressions = input
        .suppressions
        .iter()
        .filter(|s| !used.contains(s.fingerprint.as_str()))
        .map(|s| s.fingerprint.clone())
        .collect();
    report.findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.code, &a.fingerprint).cmp(&(
            &b.path,
            b.line,
            b.column,
            b.code,
            &b.fingerprint,
        ))
    });
    report.findings.dedup();
    report
}
