//! The alignment report: `_align/` beside the site, for translators and reviewers.
//!
//! `_align/index.html` lists, per article and locale, the coverage (units aligned with the
//! reference's English out of the units that locale takes part in) and the findings per rule;
//! `_align/<article>/index.html` shows every unit side by side (number, English, each locale's
//! target and status, the findings), with filters by flag and locale and a link from each target
//! to its sentence (`#seg-N`) on the rendered page. Includes get a page too: they are aligned
//! content, but not pages of the site, so their targets link nowhere.
//!
//! The report's interface is in the source locale (en-US), whatever the locales it shows: it is
//! a tool for people comparing translations against the English, who all read the English (it
//! is the one language every row has), while each target keeps its own `lang` and `dir`.
//! It uses the site's templates, stylesheet, script and Fluent strings. *No I/O*, like the rest of
//! `render`.

use super::l10n::{self, L10n};
use super::markdown::{page_dir, relative_url};
use super::templates::Templates;
use super::view::{
    AlignArticleRow, AlignArticleView, AlignCell, AlignCoverage, AlignFlag, AlignIndexView,
    AlignLocale, AlignNotePart, AlignRuleCount, AlignRuleTotal, AlignUnitRow, PageView,
};
use super::{CSS, JS, Rendered, is_include, short_hash};
use crate::align::{ArticleAlignment, Status, VersionKind};
use crate::check::{Finding, Report};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::parse::BlockKind;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The report's folder below the output root.
pub const REPORT_DIR: &str = "_align/";

/// Render the alignment report: `_align/index.html` and one page per article (includes too).
pub fn render_report(
    articles: &[ArticleAlignment<'_>],
    report: &Report,
    config: &Config,
    templates: &Templates,
    l10n: &L10n,
) -> Rendered {
    render_report_of(articles, report, config, templates, l10n, &|_| true)
}

/// Render `_align/index.html` and the pages of the articles `only` accepts (what `serve`
/// re-renders when some articles changed).
pub fn render_report_of(
    articles: &[ArticleAlignment<'_>],
    report: &Report,
    config: &Config,
    templates: &Templates,
    l10n: &L10n,
    only: &(dyn Fn(&str) -> bool + Sync),
) -> Rendered {
    super::collect(|emit| {
        render_report_to(articles, report, config, templates, l10n, only, true, emit)
    })
}

/// [`render_report_of`], each page handed to `emit` as soon as it is made; `_align/index.html`
/// only when `overview` (a shard of a sharded build leaves it to the first shard).
#[allow(clippy::too_many_arguments)]
pub fn render_report_to(
    articles: &[ArticleAlignment<'_>],
    report: &Report,
    config: &Config,
    templates: &Templates,
    l10n: &L10n,
    only: &(dyn Fn(&str) -> bool + Sync),
    overview: bool,
    emit: super::Emit<'_>,
) -> Rendered {
    let ctx = Ctx {
        config,
        templates,
        l10n,
        lang: config.source_locale.as_str(),
        css: format!("assets/locdoc.{}.css", short_hash(CSS.as_bytes())),
        js: format!("assets/locdoc.{}.js", short_hash(JS.as_bytes())),
    };
    let shown = |f: &&Finding| f.locale.is_empty() || config.builds(&f.locale);
    let mut by_article: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in report.findings.iter().filter(shown) {
        by_article.entry(f.article.as_str()).or_default().push(f);
    }

    let results: Vec<Option<Diagnostic>> = articles
        .par_iter()
        .filter(|article| only(&article.article))
        .map(|article| {
            let path = format!("{}index.html", article_dir(&article.article));
            match ctx.article_page(article, findings_of(&by_article, &article.article)) {
                Ok(html) => {
                    emit(&path, html.into_bytes());
                    None
                }
                Err(failure) => Some(failure),
            }
        })
        .collect();
    let mut rendered = Rendered::default();
    for failure in results {
        match failure {
            None => rendered.pages += 1,
            Some(diagnostic) => {
                rendered.diagnostics.push(diagnostic);
                rendered.failed += 1;
            }
        }
    }
    if !overview {
        return rendered;
    }

    let view = ctx.overview(articles, report, &by_article);
    rendered.locales = view.locales.len();
    let path = format!("{REPORT_DIR}index.html");
    let mut page = ctx.page(REPORT_DIR);
    page.title = l10n.message(ctx.lang, "align-title", &[]);
    let mut context = tera::Context::new();
    context.insert("page", &page);
    context.insert("report", &view);
    match templates.render("align_index.html", &context) {
        Ok(html) => {
            emit(&path, html.into_bytes());
            rendered.pages += 1;
        }
        Err(err) => {
            rendered.failed += 1;
            rendered
                .diagnostics
                .push(Diagnostic::file(Code::PageFailed, &path, err.to_string()));
        }
    }
    rendered
}

/// The folder of an article's report page: `_align/<article without .md>/`.
pub fn article_dir(article: &str) -> String {
    let dir = page_dir("", article);
    format!("{REPORT_DIR}{}", dir.trim_start_matches('/'))
}

/// What every report page shares.
struct Ctx<'a> {
    config: &'a Config,
    templates: &'a Templates,
    l10n: &'a L10n,
    /// The report's UI language (the source locale).
    lang: &'a str,
    css: String,
    js: String,
}

impl Ctx<'_> {
    fn message(&self, id: &str) -> String {
        self.l10n.message(self.lang, id, &[])
    }

    fn locale(&self, tag: &str) -> AlignLocale {
        AlignLocale {
            tag: tag.to_owned(),
            name: self
                .config
                .locale_names
                .get(tag)
                .cloned()
                .unwrap_or_else(|| l10n::language_name(tag)),
            dir: direction(tag).to_owned(),
        }
    }

    /// The page fields of a report page in folder `dir`.
    fn page(&self, dir: &str) -> PageView {
        PageView {
            lang: self.lang.to_owned(),
            dir: direction(self.lang).to_owned(),
            language_name: l10n::language_name(self.lang),
            site_title: self.config.title.clone(),
            home_href: relative_url(dir, ""),
            locale_home_href: relative_url(dir, REPORT_DIR),
            css_href: relative_url(dir, &self.css),
            js_href: relative_url(dir, &self.js),
            robots: Some("noindex".to_owned()),
            ..PageView::default()
        }
    }

    fn flag(&self, f: &Finding) -> AlignFlag {
        AlignFlag {
            code: f.code.as_str().to_owned(),
            locale: f.locale.clone(),
            severity: f.severity.to_string(),
            summary: f.code.summary().to_owned(),
            message: f.message.clone(),
            note: f.note.as_deref().map(note_parts).unwrap_or_default(),
        }
    }

    fn overview(
        &self,
        articles: &[ArticleAlignment<'_>],
        report: &Report,
        by_article: &BTreeMap<&str, Vec<&Finding>>,
    ) -> AlignIndexView {
        let source = self.config.source_locale.as_str();
        let tags: BTreeSet<&str> = articles
            .iter()
            .flat_map(|a| a.versions.iter())
            .filter(|v| v.kind != VersionKind::English)
            .map(|v| v.doc.locale().as_str())
            .filter(|l| *l != source && self.config.builds(l))
            .collect();
        let mut totals: Vec<(usize, usize, bool)> = vec![(0, 0, false); tags.len()];
        let rows = articles
            .iter()
            .map(|article| {
                let cells: Vec<AlignCoverage> = tags
                    .iter()
                    .zip(totals.iter_mut())
                    .map(|(tag, total)| {
                        let cell = coverage(article, tag);
                        if cell.state == "sxs" {
                            total.0 += cell.aligned;
                            total.1 += cell.units;
                            total.2 = true;
                        }
                        cell
                    })
                    .collect();
                AlignArticleRow {
                    article: article.article.clone(),
                    href: relative_url(REPORT_DIR, &article_dir(&article.article)),
                    include: is_include(&article.article),
                    reference: article.reference.clone(),
                    units: article.units.len(),
                    cells,
                    rules: rule_counts(findings_of(by_article, &article.article)),
                }
            })
            .collect();
        let shown: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.locale.is_empty() || self.config.builds(&f.locale))
            .collect();
        let rule_locales: Vec<String> = shown
            .iter()
            .map(|f| f.locale.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut per_rule: BTreeMap<Code, Vec<usize>> = BTreeMap::new();
        for f in &shown {
            let column = rule_locales.iter().position(|l| *l == f.locale);
            let counts = per_rule
                .entry(f.code)
                .or_insert_with(|| vec![0; rule_locales.len()]);
            if let Some(c) = column.and_then(|c| counts.get_mut(c)) {
                *c += 1;
            }
        }
        AlignIndexView {
            locales: tags.iter().map(|t| self.locale(t)).collect(),
            articles: rows,
            totals: totals
                .into_iter()
                .zip(&tags)
                .map(|((aligned, units, any), tag)| AlignCoverage {
                    locale: (*tag).to_owned(),
                    state: if any { "sxs" } else { "unaligned" }.to_owned(),
                    aligned,
                    units,
                    complete: aligned == units,
                })
                .collect(),
            rules: per_rule
                .into_iter()
                .map(|(code, counts)| AlignRuleTotal {
                    code: code.as_str().to_owned(),
                    summary: code.summary().to_owned(),
                    severity: code.default_severity().to_string(),
                    total: counts.iter().sum(),
                    counts,
                })
                .collect(),
            rule_locales: rule_locales
                .into_iter()
                .map(|l| if l.is_empty() { "—".to_owned() } else { l })
                .collect(),
            findings: shown.len(),
            suppressed: report.suppressed,
        }
    }

    fn article_page(
        &self,
        article: &ArticleAlignment<'_>,
        findings: &[&Finding],
    ) -> Result<String, Diagnostic> {
        let dir = article_dir(&article.article);
        let include = is_include(&article.article);
        let sxs: Vec<_> = article
            .versions
            .iter()
            .filter(|v| v.kind == VersionKind::Sxs && self.config.builds(v.doc.locale().as_str()))
            .collect();
        let unaligned = article
            .versions
            .iter()
            .filter(|v| {
                v.kind == VersionKind::Unaligned && self.config.builds(v.doc.locale().as_str())
            })
            .map(|v| self.locale(v.doc.locale().as_str()))
            .collect();
        let mut by_unit: BTreeMap<usize, Vec<&Finding>> = BTreeMap::new();
        let mut other = Vec::new();
        for f in findings {
            match f.unit {
                Some(n) => by_unit.entry(n).or_default().push(f),
                None => other.push(self.flag(f)),
            }
        }
        let status_label = |status: &str| self.message(&format!("align-status-{status}"));
        let rows = article
            .units
            .iter()
            .map(|unit| {
                let cells = sxs
                    .iter()
                    .map(|version| {
                        let locale = version.doc.locale().as_str();
                        let entry = unit
                            .entries
                            .iter()
                            .find(|e| std::ptr::eq(e.doc, version.doc));
                        let status = entry.map_or("none", |e| e.status.as_str());
                        // The page names the unit `#seg-N` on its first segment that is not an
                        // image's alt text; includes are not pages.
                        let anchored = entry.is_some_and(|e| {
                            e.status != Status::Missing
                                && e.segments.iter().any(|s| s.block != BlockKind::ImageAlt)
                        });
                        AlignCell {
                            locale: locale.to_owned(),
                            dir: direction(locale).to_owned(),
                            text: entry.map_or_else(String::new, |e| {
                                e.segments
                                    .iter()
                                    .map(|s| s.target_text.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            }),
                            status: status.to_owned(),
                            status_label: status_label(status),
                            href: (anchored && !include).then(|| {
                                format!(
                                    "{}#seg-{}",
                                    relative_url(&dir, &page_dir(locale, &article.article)),
                                    unit.number
                                )
                            }),
                        }
                    })
                    .collect();
                let flags: Vec<AlignFlag> = by_unit
                    .get(&unit.number)
                    .map(|fs| fs.iter().map(|f| self.flag(f)).collect())
                    .unwrap_or_default();
                let codes: BTreeSet<&str> = flags.iter().map(|f| f.code.as_str()).collect();
                AlignUnitRow {
                    number: unit.number,
                    english: unit.english_text.clone(),
                    in_current_english: unit.in_current_english,
                    cells,
                    codes: codes.into_iter().collect::<Vec<_>>().join(" "),
                    flags,
                }
            })
            .collect();
        let view = AlignArticleView {
            article: article.article.clone(),
            include,
            overview_href: relative_url(&dir, REPORT_DIR),
            reference: article.reference.clone(),
            locales: sxs
                .iter()
                .map(|v| self.locale(v.doc.locale().as_str()))
                .collect(),
            unaligned,
            codes: rule_counts(findings),
            rows,
            other,
        };
        let mut page = self.page(&dir);
        page.title = format!("{} · {}", article.article, self.message("align-title"));
        let mut context = tera::Context::new();
        context.insert("page", &page);
        context.insert("report", &view);
        self.templates
            .render("align_article.html", &context)
            .map_err(|err| {
                Diagnostic::file(
                    Code::PageFailed,
                    &format!("{dir}index.html"),
                    err.to_string(),
                )
            })
    }
}

/// The findings of one article.
fn findings_of<'a>(
    by_article: &'a BTreeMap<&str, Vec<&'a Finding>>,
    article: &str,
) -> &'a [&'a Finding] {
    by_article.get(article).map_or(&[], Vec::as_slice)
}

/// One locale's coverage of one article.
fn coverage(article: &ArticleAlignment<'_>, locale: &str) -> AlignCoverage {
    let version = article
        .versions
        .iter()
        .find(|v| v.doc.locale().as_str() == locale);
    let state = match version.map(|v| v.kind) {
        Some(VersionKind::Sxs) => "sxs",
        Some(VersionKind::Unaligned) => "unaligned",
        _ => "absent",
    };
    let (mut aligned, mut units) = (0, 0);
    if let Some(version) = version.filter(|v| v.kind == VersionKind::Sxs) {
        for unit in &article.units {
            let entry = unit
                .entries
                .iter()
                .find(|e| std::ptr::eq(e.doc, version.doc));
            // A unit only other locales have (extra to the reference) is not this locale's.
            let extra_elsewhere = entry.is_none() && unit.status() == Status::Extra;
            if !extra_elsewhere {
                units += 1;
            }
            if entry.is_some_and(|e| e.status == Status::Aligned) {
                aligned += 1;
            }
        }
    }
    AlignCoverage {
        locale: locale.to_owned(),
        state: state.to_owned(),
        aligned,
        units,
        complete: aligned == units,
    }
}

/// Findings per rule, in code order.
fn rule_counts(findings: &[&Finding]) -> Vec<AlignRuleCount> {
    let mut counts: BTreeMap<Code, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.code).or_insert(0) += 1;
    }
    counts
        .into_iter()
        .map(|(code, count)| AlignRuleCount {
            code: code.as_str().to_owned(),
            summary: code.summary().to_owned(),
            severity: code.default_severity().to_string(),
            count,
        })
        .collect()
}

/// A note split into plain, removed (`[-…-]`) and added (`{+…+}`) runs.
fn note_parts(note: &str) -> Vec<AlignNotePart> {
    let part = |kind: &str, text: &str| AlignNotePart {
        kind: kind.to_owned(),
        text: text.to_owned(),
    };
    let mut parts = Vec::new();
    let mut rest = note;
    loop {
        let next = [("[-", "-]", "del"), ("{+", "+}", "ins")]
            .into_iter()
            .filter_map(|(open, close, kind)| rest.find(open).map(|at| (at, open, close, kind)))
            .min_by_key(|(at, ..)| *at);
        let Some((at, open, close, kind)) = next else {
            break;
        };
        let inner = &rest[at + open.len()..];
        let Some(end) = inner.find(close) else {
            break;
        };
        if at > 0 {
            parts.push(part("same", &rest[..at]));
        }
        parts.push(part(kind, &inner[..end]));
        rest = &inner[end + close.len()..];
    }
    if !rest.is_empty() {
        parts.push(part("same", rest));
    }
    parts
}

/// `rtl` for right-to-left languages, else `ltr`.
fn direction(locale: &str) -> &'static str {
    if l10n::is_rtl(locale) { "rtl" } else { "ltr" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_notes_split_into_runs() {
        let parts = note_parts("nl-NL → it-IT: Sign in [-now-]{+today+} to <b>");
        let kinds: Vec<(&str, &str)> = parts
            .iter()
            .map(|p| (p.kind.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("same", "nl-NL → it-IT: Sign in "),
                ("del", "now"),
                ("ins", "today"),
                ("same", " to <b>"),
            ]
        );
        assert_eq!(note_parts("plain").len(), 1);
        assert_eq!(note_parts("[-open").len(), 1);
    }

    #[test]
    fn article_folders() {
        assert_eq!(article_dir("a/b.md"), "_align/a/b/");
        assert_eq!(
            relative_url(&article_dir("a/b.md"), &page_dir("ro-RO", "a/b.md")),
            "../../../ro-RO/a/b/"
        );
    }
}
