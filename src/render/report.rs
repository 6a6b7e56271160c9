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
use super::templates::Templates;
use super::url::{escape_html, page_dir, relative_url};
use super::view::{
    AlignArticleRow, AlignArticleView, AlignCell, AlignCoverage, AlignFlag, AlignIndexView,
    AlignLocale, AlignNotePart, AlignRuleCount, AlignRuleTotal, AlignUnitRow, PageView,
};
use super::{CSS, JS, Job, Rendered, is_include, short_hash};
use crate::align::{ArticleAlignment, Status, Version, VersionKind};
use crate::check::{Finding, Report};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::parse::BlockKind;
use std::collections::{BTreeMap, BTreeSet};

/// The report's folder below the output root.
pub const REPORT_DIR: &str = "_align/";

/// The overview's output path: every article's coverage and the findings per rule.
pub const OVERVIEW: &str = "_align/index.html";

/// What the overview shows of one article, taken while its alignment is in memory (the
/// streamed build drops the alignment before the overview is made).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleCoverage {
    article: String,
    reference: Option<String>,
    units: usize,
    /// One per built locale the article has a version or a fallback page in (not the source
    /// locale); the overview shows the other locales as absent.
    cells: Vec<AlignCoverage>,
}

impl ArticleCoverage {
    /// The coverage of `article` in every locale `config` builds, given the pages `jobs`
    /// plans for it: a locale that only has a fallback page shows as one.
    pub fn of(
        article: &ArticleAlignment<'_>,
        config: &Config,
        jobs: &[Job<'_>],
    ) -> ArticleCoverage {
        let source = config.source_locale.as_str();
        let mut cells: Vec<AlignCoverage> = Vec::new();
        // Versions come in locale order; of two with one locale, the first counts.
        for version in article
            .versions
            .iter()
            .filter(|v| v.kind != VersionKind::English)
        {
            let locale = version.doc.locale().as_str();
            if locale == source
                || !config.builds(locale)
                || cells.last().is_some_and(|c| c.locale == locale)
            {
                continue;
            }
            cells.push(coverage(article, version));
        }
        cells.extend(jobs.iter().filter(|j| j.fallback).map(|j| AlignCoverage {
            locale: j.locale.clone(),
            state: "fallback".to_owned(),
            aligned: 0,
            units: 0,
            complete: false,
            outdated: false,
        }));
        ArticleCoverage {
            article: article.article.clone(),
            reference: article.reference.clone(),
            units: article.units.len(),
            cells,
        }
    }
}

/// The report's pages over one check report: an article's page whenever its alignment is at
/// hand, the overview once every article's coverage is known.
pub struct ReportPages<'a> {
    ctx: Ctx<'a>,
    report: &'a Report,
    by_article: BTreeMap<&'a str, Vec<&'a Finding>>,
}

impl<'a> ReportPages<'a> {
    /// The pages of `report`'s findings (those of locales `config` builds).
    pub fn new(
        report: &'a Report,
        config: &'a Config,
        templates: &'a Templates,
        l10n: &'a L10n,
    ) -> ReportPages<'a> {
        let ctx = Ctx {
            config,
            templates,
            l10n,
            lang: config.source_locale.as_str(),
            css: format!("assets/locdoc.{}.css", short_hash(CSS.as_bytes())),
            js: format!("assets/locdoc.{}.js", short_hash(JS.as_bytes())),
        };
        let mut by_article: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
        for f in report
            .findings
            .iter()
            .filter(|f| f.locale.is_empty() || config.builds(&f.locale))
        {
            by_article.entry(f.article.as_str()).or_default().push(f);
        }
        ReportPages {
            ctx,
            report,
            by_article,
        }
    }

    /// Render `article`'s page and hand it to `emit`; why it failed, if it did.
    pub fn article_page(
        &self,
        article: &ArticleAlignment<'_>,
        emit: &dyn super::Emit,
    ) -> Option<Diagnostic> {
        let path = format!("{}index.html", article_dir(&article.article));
        match self
            .ctx
            .article_page(article, findings_of(&self.by_article, &article.article))
        {
            Ok(html) => {
                emit.emit(&path, html);
                None
            }
            Err(failure) => Some(failure),
        }
    }

    /// Render `_align/index.html` over every article's coverage (in article order) to `emit`,
    /// counted in `rendered`.
    pub fn overview(
        &self,
        coverage: &[&ArticleCoverage],
        emit: &dyn super::Emit,
        rendered: &mut Rendered,
    ) {
        let ctx = &self.ctx;
        let view = ctx.overview(coverage, self.report, &self.by_article);
        rendered.locales = view.locales.len();
        let path = OVERVIEW;
        let mut page = ctx.page(REPORT_DIR);
        page.title = ctx.l10n.message(ctx.lang, "align-title", &[]);
        let mut context = tera::Context::new();
        context.insert("page", &page);
        context.insert("report", &view);
        match ctx
            .templates
            .render("align_index.html", &context, page.size_hint())
        {
            Ok(html) => {
                emit.emit(path, html);
                rendered.pages += 1;
            }
            Err(err) => {
                rendered.failed += 1;
                rendered.diagnostics.push(Diagnostic::file(
                    Code::PageFailed,
                    path,
                    err.to_string(),
                ));
            }
        }
    }
}

/// The `<tr>` of each unit row of an article's report page, as `align_article.html` used to
/// write them: `lang`/`dir` are the report's, `stale` the label of English no longer current.
fn unit_rows_html(
    rows: &[AlignUnitRow],
    lang: &str,
    dir: &str,
    stale: &str,
    confidence_label: &str,
) -> String {
    use std::fmt::Write;
    let e = escape_html;
    let (lang, dir, stale, confidence_label) = (e(lang), e(dir), e(stale), e(confidence_label));
    let mut out = String::new();
    for row in rows {
        let n = row.number;
        let _ = write!(
            out,
            "<tr id=\"unit-{n}\" data-unit=\"{n}\" data-flags=\"{}\">\n<th scope=\"row\"><a href=\"#unit-{n}\">#{n}</a></th>\n<td class=\"align-en\" lang=\"{lang}\" dir=\"ltr\">{}",
            e(&row.codes),
            e(&row.english)
        );
        if row.in_current_english == Some(false) {
            let _ = write!(out, " <span class=\"align-tag\">{stale}</span>");
        }
        out.push_str("</td>\n");
        for cell in &row.cells {
            let locale = e(&cell.locale);
            let _ = write!(
                out,
                "<td class=\"align-target align-s-{}\" data-locale=\"{locale}\" lang=\"{locale}\" dir=\"{}\">",
                e(&cell.status),
                e(&cell.dir)
            );
            match cell.href.as_deref().filter(|h| !h.is_empty()) {
                Some(href) => {
                    let _ = write!(out, "<a href=\"{}\">{}</a>", e(href), e(&cell.text));
                }
                None => out.push_str(&e(&cell.text)),
            }
            if let Some(confidence) = &cell.confidence {
                let low = if cell.uncertain {
                    " align-uncertain"
                } else {
                    ""
                };
                let _ = write!(
                    out,
                    " <span class=\"align-confidence{low}\" title=\"{confidence_label}\" lang=\"{lang}\" dir=\"{dir}\">{}</span>",
                    e(confidence)
                );
            }
            let _ = writeln!(
                out,
                " <span class=\"align-status\" lang=\"{lang}\" dir=\"{dir}\">{}</span></td>",
                e(&cell.status_label)
            );
        }
        out.push_str("<td class=\"align-flags\">");
        for flag in &row.flags {
            let (code, locale) = (e(&flag.code), e(&flag.locale));
            let _ = write!(
                out,
                "<div class=\"align-finding\" data-code=\"{code}\" data-locale=\"{locale}\">"
            );
            let badge = format!(
                "<span class=\"align-flag align-{}\" title=\"{}\">{code}</span> <code>{locale}</code>",
                e(&flag.severity),
                e(&flag.message)
            );
            if flag.note.is_empty() {
                out.push_str(&badge);
            } else {
                let _ = write!(
                    out,
                    "<details><summary>{badge}</summary><p>{}</p><p class=\"align-note\">",
                    e(&flag.message)
                );
                for part in &flag.note {
                    match part.kind.as_str() {
                        "del" => {
                            let _ = write!(out, "<del>{}</del>", e(&part.text));
                        }
                        "ins" => {
                            let _ = write!(out, "<ins>{}</ins>", e(&part.text));
                        }
                        _ => out.push_str(&e(&part.text)),
                    }
                }
                out.push_str("</p></details>");
            }
            out.push_str("</div>");
        }
        out.push_str("</td>\n</tr>\n");
    }
    out
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
            plain: false,
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
        articles: &[&ArticleCoverage],
        report: &Report,
        by_article: &BTreeMap<&str, Vec<&Finding>>,
    ) -> AlignIndexView {
        let tags: BTreeSet<&str> = articles
            .iter()
            .flat_map(|a| a.cells.iter().map(|c| c.locale.as_str()))
            .collect();
        // Per locale column: aligned units, units, whether any version is aligned, outdated
        // translations, fallback pages.
        let mut totals: Vec<(usize, usize, bool, usize, usize)> =
            vec![(0, 0, false, 0, 0); tags.len()];
        let rows = articles
            .iter()
            .map(|article| {
                let cells: Vec<AlignCoverage> = tags
                    .iter()
                    .zip(totals.iter_mut())
                    .map(|(tag, total)| {
                        let cell = article
                            .cells
                            .iter()
                            .find(|c| c.locale == *tag)
                            .cloned()
                            .unwrap_or_else(|| AlignCoverage {
                                locale: (*tag).to_owned(),
                                state: "absent".to_owned(),
                                aligned: 0,
                                units: 0,
                                complete: true,
                                outdated: false,
                            });
                        total.3 += usize::from(cell.outdated);
                        total.4 += usize::from(cell.state == "fallback");
                        if cell.state == "sxs" || cell.state == "plain" {
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
                    units: article.units,
                    cells,
                    rules: rule_counts(findings_of(by_article, &article.article)),
                }
            })
            .collect();
        let shown: Vec<&Finding> = by_article.values().flatten().copied().collect();
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
            outdated: totals.iter().map(|t| t.3).collect(),
            fallback: totals.iter().map(|t| t.4).collect(),
            totals: totals
                .into_iter()
                .zip(&tags)
                .map(|((aligned, units, any, outdated, _), tag)| AlignCoverage {
                    locale: (*tag).to_owned(),
                    state: if any { "sxs" } else { "unaligned" }.to_owned(),
                    aligned,
                    units,
                    complete: aligned == units,
                    outdated: outdated > 0,
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
    ) -> Result<Vec<u8>, Diagnostic> {
        let dir = article_dir(&article.article);
        let include = is_include(&article.article);
        let sxs: Vec<_> = article
            .versions
            .iter()
            .filter(|v| v.kind.is_paired() && self.config.builds(v.doc.locale().as_str()))
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
        // Each version's page, once: a unit's link only adds its anchor.
        let pages: Vec<String> = sxs
            .iter()
            .map(|v| relative_url(&dir, &page_dir(v.doc.locale().as_str(), &article.article)))
            .collect();
        let rows: Vec<AlignUnitRow> = article
            .units
            .iter()
            .map(|unit| {
                let cells = sxs
                    .iter()
                    .zip(&pages)
                    .map(|(version, page)| {
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
                        let confidence = entry
                            .filter(|e| e.doc.is_plain_aligned() && e.status != Status::Missing)
                            .and_then(|e| {
                                e.segments
                                    .iter()
                                    .filter_map(|s| s.confidence)
                                    .reduce(f32::min)
                            });
                        AlignCell {
                            confidence: confidence.map(|c| format!("{c:.2}")),
                            uncertain: confidence
                                .is_some_and(|c| f64::from(c) < self.config.check.min_confidence),
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
                            href: (anchored && !include)
                                .then(|| format!("{page}#seg-{}", unit.number)),
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
        let mut page = self.page(&dir);
        let rows_html = unit_rows_html(
            &rows,
            &page.lang,
            &page.dir,
            &self.message("align-stale"),
            &self.message("align-confidence"),
        );
        let view = AlignArticleView {
            article: article.article.clone(),
            include,
            overview_href: relative_url(&dir, REPORT_DIR),
            reference: article.reference.clone(),
            locales: sxs
                .iter()
                .map(|v| AlignLocale {
                    plain: v.kind == VersionKind::Plain,
                    ..self.locale(v.doc.locale().as_str())
                })
                .collect(),
            unaligned,
            codes: rule_counts(findings),
            rows_html,
            rows,
            other,
        };
        page.title = format!("{} · {}", article.article, self.message("align-title"));
        let mut context = tera::Context::new();
        context.insert("page", &page);
        context.insert("report", &view);
        self.templates
            .render("align_article.html", &context, page.size_hint())
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

/// One locale version's coverage of its article (a version of the source locale has none).
fn coverage(article: &ArticleAlignment<'_>, version: &Version<'_>) -> AlignCoverage {
    let paired = version.kind.is_paired();
    let (mut aligned, mut units) = (0, 0);
    if paired {
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
        locale: version.doc.locale().as_str().to_owned(),
        state: match version.kind {
            VersionKind::Plain => "plain",
            VersionKind::Sxs => "sxs",
            VersionKind::Unaligned | VersionKind::English => "unaligned",
        }
        .to_owned(),
        aligned,
        units,
        complete: aligned == units,
        outdated: version.kind != VersionKind::English && super::is_outdated(article, version.doc),
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

    /// The loop `align_article.html` had before the rows moved to Rust, as tera renders it with
    /// the site's escaping: `unit_rows_html` must give the same bytes.
    const ROWS_TEMPLATE: &str = r##"{% for row in report.rows %}<tr id="unit-{{ row.number }}" data-unit="{{ row.number }}" data-flags="{{ row.codes }}">
<th scope="row"><a href="#unit-{{ row.number }}">#{{ row.number }}</a></th>
<td class="align-en" lang="{{ page.lang }}" dir="ltr">{{ row.english }}{% if row.in_current_english == false %} <span class="align-tag">{{ stale }}</span>{% endif %}</td>
{% for cell in row.cells %}<td class="align-target align-s-{{ cell.status }}" data-locale="{{ cell.locale }}" lang="{{ cell.locale }}" dir="{{ cell.dir }}">{% if cell.href %}<a href="{{ cell.href }}">{{ cell.text }}</a>{% else %}{{ cell.text }}{% endif %}{% if cell.confidence %} <span class="align-confidence{% if cell.uncertain %} align-uncertain{% endif %}" title="{{ confidence }}" lang="{{ page.lang }}" dir="{{ page.dir }}">{{ cell.confidence }}</span>{% endif %} <span class="align-status" lang="{{ page.lang }}" dir="{{ page.dir }}">{{ cell.status_label }}</span></td>
{% endfor %}<td class="align-flags">{% for flag in row.flags %}<div class="align-finding" data-code="{{ flag.code }}" data-locale="{{ flag.locale }}">{% if flag.note %}<details><summary><span class="align-flag align-{{ flag.severity }}" title="{{ flag.message }}">{{ flag.code }}</span> <code>{{ flag.locale }}</code></summary><p>{{ flag.message }}</p><p class="align-note">{% for part in flag.note %}{% if part.kind == "del" %}<del>{{ part.text }}</del>{% elif part.kind == "ins" %}<ins>{{ part.text }}</ins>{% else %}{{ part.text }}{% endif %}{% endfor %}</p></details>{% else %}<span class="align-flag align-{{ flag.severity }}" title="{{ flag.message }}">{{ flag.code }}</span> <code>{{ flag.locale }}</code>{% endif %}</div>{% endfor %}</td>
</tr>
{% endfor %}"##;

    #[test]
    fn unit_rows_are_what_the_template_loop_made() {
        let cell = |locale: &str, text: &str, href: Option<&str>| AlignCell {
            locale: locale.to_owned(),
            dir: if locale == "ar-SA" { "rtl" } else { "ltr" }.to_owned(),
            text: text.to_owned(),
            status: "drift".to_owned(),
            status_label: "drift <&>".to_owned(),
            href: href.map(str::to_owned),
            confidence: (locale == "ja-JP").then(|| "0.31".to_owned()),
            uncertain: text.is_empty(),
        };
        let flag = |note: Vec<AlignNotePart>| AlignFlag {
            code: "LD0303".to_owned(),
            locale: "it-IT".to_owned(),
            severity: "warning".to_owned(),
            summary: "s".to_owned(),
            message: "the English \"differs\" & <changed>".to_owned(),
            note,
        };
        let part = |kind: &str, text: &str| AlignNotePart {
            kind: kind.to_owned(),
            text: text.to_owned(),
        };
        let rows = vec![
            AlignUnitRow {
                number: 3,
                english: "Sign in <now> & 'go'".to_owned(),
                in_current_english: Some(false),
                cells: vec![
                    cell("it-IT", "Accedi \"ora\"", Some("../../it-IT/a/#seg-3")),
                    cell("ar-SA", "", Some("")),
                    AlignCell {
                        confidence: Some("0.12".to_owned()),
                        ..cell("ja-JP", "", None)
                    },
                    cell("ja-JP", "サインイン", None),
                ],
                flags: vec![
                    flag(vec![
                        part("same", "Sign "),
                        part("del", "now"),
                        part("ins", "<today>"),
                    ]),
                    flag(Vec::new()),
                ],
                codes: "LD0303 LD0510".to_owned(),
            },
            AlignUnitRow {
                number: 4,
                english: "Done.".to_owned(),
                in_current_english: None,
                cells: Vec::new(),
                flags: Vec::new(),
                codes: String::new(),
            },
            AlignUnitRow {
                number: 5,
                english: "Now current.".to_owned(),
                in_current_english: Some(true),
                cells: vec![cell("it-IT", "Fatto.", None)],
                flags: Vec::new(),
                codes: String::new(),
            },
        ];
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(escape_html_for_tera);
        tera.add_raw_template("rows.html", ROWS_TEMPLATE)
            .expect("template");
        let mut context = tera::Context::new();
        context.insert("report", &serde_json::json!({ "rows": &rows }));
        context.insert(
            "page",
            &serde_json::json!({ "lang": "en-US", "dir": "ltr" }),
        );
        context.insert("stale", "stale & old");
        context.insert("confidence", "confidence <0-1>");
        let expected = tera.render("rows.html", &context).expect("render");
        assert_eq!(
            unit_rows_html(&rows, "en-US", "ltr", "stale & old", "confidence <0-1>"),
            expected
        );
    }

    fn escape_html_for_tera(text: &str) -> String {
        escape_html(text)
    }

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
