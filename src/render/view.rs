//! View types: what templates see. Templates never see domain types, so a template override
//! cannot reach into parsed content, and the domain can change without breaking templates.

use serde::Serialize;

/// Everything a page template may use.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageView {
    /// BCP-47 tag of the page (`<html lang>`).
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// The page language's name in that language.
    pub language_name: String,
    /// The page title (translated).
    pub title: String,
    /// The English title ("Read in English" flips to it).
    pub en_title: String,
    /// Meta description.
    pub description: Option<String>,
    /// Robots meta (from `ROBOTS`).
    pub robots: Option<String>,
    /// The site's name.
    pub site_title: String,
    /// Relative URL of the language picker.
    pub home_href: String,
    /// Relative URL of this locale's list of articles.
    pub locale_home_href: String,
    /// Relative URL of the stylesheet.
    pub css_href: String,
    /// Relative URL of the script.
    pub js_href: String,
    /// Absolute URL of this page.
    pub canonical: String,
    /// Absolute URLs of this article in every locale (`hreflang` links).
    pub alternates: Vec<Alternate>,
    /// Absolute URL of the English page (`x-default`).
    pub x_default: Option<String>,
    /// The language switcher: locales that have this page, when there are few enough to list on
    /// every page (`super::INLINE_LOCALES`); empty otherwise, and then `languages_href` is set.
    pub languages: Vec<LanguageLink>,
    /// Relative URL of the article's language page, for an article in more locales than a page
    /// lists itself: one page lists them all, so each page stays the same size however many
    /// locales there are.
    pub languages_href: Option<String>,
    /// The locale whose UI strings the page chrome is mostly written in: the page's own, or the
    /// one it falls back to (en-US on an ar-SA page without a strings file). Notices carry it as
    /// their `lang` where it differs from the page's, so a screen reader reads them in the right
    /// voice.
    pub ui_lang: String,
    /// Sanitized article HTML.
    pub body: String,
    /// Localized "last updated" date.
    pub last_updated: Option<String>,
    /// For machine-translated pages: relative URL of the English page.
    pub mt_english_href: Option<String>,
    /// Whether the page has English to flip to.
    pub show_read_in_english: bool,
    /// Whether the body has no `<h1>` of its own (a page that is only an include): the template
    /// then heads the page with its title.
    pub needs_heading: bool,
    /// The language of the article itself where it differs from the page's (a fallback page
    /// shows the English article in a locale's chrome).
    pub content_lang: Option<String>,
    /// A fallback page: the locale has no translation of this article, so its English is shown.
    pub fallback: bool,
    /// A translation older than its English (stale units, or an English revised since).
    pub outdated: bool,
    /// Relative URL of the English page, for the fallback and outdated notices.
    pub english_href: Option<String>,
    /// Whether the page carries the search box (the site has a search index).
    pub search: bool,
    /// The docs set's navigation, on pages of a locale that has a toc.
    pub nav: Option<NavView>,
}

impl PageView {
    /// About how many bytes the page will be: its HTML parts and the chrome around them.
    pub fn size_hint(&self) -> usize {
        const CHROME: usize = 8 << 10;
        self.body.len() + self.nav.as_ref().map_or(0, |nav| nav.sidebar_html.len()) + CHROME
    }
}

/// A page's place in its docs set: what lets a reader move through a 400-article set without
/// going back to a list.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NavView {
    /// The pruned toc (`<nav class="toc">`), escaped HTML: the top level and the branch down
    /// to this page, then a link to the whole tree.
    pub sidebar_html: String,
    /// The trail from the toc's top to this page (the last without a link).
    pub breadcrumbs: Vec<Crumb>,
    /// The article before this one in toc order.
    pub previous: Option<ArticleLink>,
    /// The article after this one in toc order.
    pub next: Option<ArticleLink>,
    /// The sidebar's accessible name, for the button that shows it on narrow screens.
    pub menu: String,
}

/// One step of a breadcrumb trail.
#[derive(Debug, Clone, Serialize)]
pub struct Crumb {
    /// The toc entry's name.
    pub name: String,
    /// Relative URL; `None` for the page itself and for groups without a page.
    pub href: Option<String>,
}

/// One `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The locale.
    pub hreflang: String,
    /// Absolute URL.
    pub href: String,
}

/// One language in a switcher or picker.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    /// The locale.
    pub tag: String,
    /// Its name in its own language.
    pub name: String,
    /// Relative URL; `None` for the current page.
    pub href: Option<String>,
    /// `ltr` or `rtl`.
    pub dir: String,
}

/// One article in a locale's list.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleLink {
    /// Its localized title.
    pub title: String,
    /// Relative URL.
    pub href: String,
}

/// A locale column of the alignment report.
#[derive(Debug, Clone, Serialize)]
pub struct AlignLocale {
    /// The locale tag.
    pub tag: String,
    /// Its name in its own language.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// Whether its version is a plain translation paired by locdoc (not sxs).
    pub plain: bool,
}

/// How many findings of one rule (in one article, or in total).
#[derive(Debug, Clone, Serialize)]
pub struct AlignRuleCount {
    /// The rule code, e.g. `LD0502`.
    pub code: String,
    /// What the rule means (for `title`).
    pub summary: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// How many findings.
    pub count: usize,
}

/// One cell of the overview: a locale's coverage of one article (or of all articles).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AlignCoverage {
    /// The locale (empty in no column).
    pub locale: String,
    /// `sxs` (aligned by its spans), `plain` (a plain translation aligned with its English
    /// file), `unaligned` (a translation without spans and no English file), `fallback` (no
    /// translation; the locale's site shows the English) or `absent`.
    pub state: String,
    /// Units aligned with the reference's English.
    pub aligned: usize,
    /// Units this locale's version takes part in.
    pub units: usize,
    /// Whether every unit is aligned.
    pub complete: bool,
    /// Whether the translation is older than its English (stale units, or an earlier
    /// `ms.date`): the same test as the page's outdated notice.
    pub outdated: bool,
}

/// One article row of the overview.
#[derive(Debug, Clone, Serialize)]
pub struct AlignArticleRow {
    /// The article key.
    pub article: String,
    /// Relative URL of its side-by-side page.
    pub href: String,
    /// Whether it is an include (aligned content, but not a page).
    pub include: bool,
    /// The reference locale, when any version has spans.
    pub reference: Option<String>,
    /// Number of units.
    pub units: usize,
    /// One cell per report locale, in column order.
    pub cells: Vec<AlignCoverage>,
    /// Findings per rule in this article.
    pub rules: Vec<AlignRuleCount>,
}

/// Findings of one rule over the whole report, per locale.
#[derive(Debug, Clone, Serialize)]
pub struct AlignRuleTotal {
    /// The rule code.
    pub code: String,
    /// What the rule means.
    pub summary: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// Count per locale, in the order of the rule table's locales.
    pub counts: Vec<usize>,
    /// Count over all locales.
    pub total: usize,
}

/// The alignment report's overview page (`_align/index.html`).
#[derive(Debug, Clone, Serialize)]
pub struct AlignIndexView {
    /// Locale columns of the coverage table.
    pub locales: Vec<AlignLocale>,
    /// One row per article, in key order.
    pub articles: Vec<AlignArticleRow>,
    /// Coverage over all articles, per locale column.
    pub totals: Vec<AlignCoverage>,
    /// Translations older than their English, per locale column.
    pub outdated: Vec<usize>,
    /// Articles shown in English on a fallback page, per locale column.
    pub fallback: Vec<usize>,
    /// Locale columns of the rule table (every locale with findings).
    pub rule_locales: Vec<String>,
    /// Findings per rule, in code order.
    pub rules: Vec<AlignRuleTotal>,
    /// Findings in the report.
    pub findings: usize,
    /// Findings the suppression file accepted.
    pub suppressed: usize,
}

/// One piece of a finding's note: word diffs come as removed and added runs.
#[derive(Debug, Clone, Serialize)]
pub struct AlignNotePart {
    /// `same`, `del` or `ins`.
    pub kind: String,
    /// The text.
    pub text: String,
}

/// One finding shown on a unit row (or above the table).
#[derive(Debug, Clone, Serialize)]
pub struct AlignFlag {
    /// The rule code.
    pub code: String,
    /// The locale the finding is about.
    pub locale: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// What the rule means.
    pub summary: String,
    /// The finding's message.
    pub message: String,
    /// Its note (a word diff, variants), split into pieces.
    pub note: Vec<AlignNotePart>,
}

/// One locale's cell of a unit row.
#[derive(Debug, Clone, Serialize)]
pub struct AlignCell {
    /// The locale.
    pub locale: String,
    /// `ltr` or `rtl`, for the target text.
    pub dir: String,
    /// The target's visible text (segments joined by a space); empty when missing.
    pub text: String,
    /// `aligned`, `drift`, `missing`, `extra`, or `none` (the version lacks an extra unit).
    pub status: String,
    /// The status in the report's language.
    pub status_label: String,
    /// Relative URL of the sentence on the locale's page, when that page has it.
    pub href: Option<String>,
    /// For a plain translation, the aligner's confidence in the pair (two decimals).
    pub confidence: Option<String>,
    /// Whether that confidence is below `[check] min_confidence` (LD0308).
    pub uncertain: bool,
}

/// One unit row of an article's side-by-side page.
#[derive(Debug, Clone, Serialize)]
pub struct AlignUnitRow {
    /// The unit number (`#seg-N` on every page).
    pub number: usize,
    /// The unit's English visible text.
    pub english: String,
    /// Whether the English is in the current English article (`None`: no real English).
    pub in_current_english: Option<bool>,
    /// One cell per locale column.
    pub cells: Vec<AlignCell>,
    /// Findings about this unit.
    pub flags: Vec<AlignFlag>,
    /// The distinct codes of `flags`, space-separated (for filtering).
    pub codes: String,
}

/// An article's side-by-side page (`_align/<article>/index.html`).
#[derive(Debug, Clone, Serialize)]
pub struct AlignArticleView {
    /// The article key.
    pub article: String,
    /// Whether it is an include.
    pub include: bool,
    /// Relative URL of the overview.
    pub overview_href: String,
    /// The reference locale.
    pub reference: Option<String>,
    /// Locale columns (versions with spans).
    pub locales: Vec<AlignLocale>,
    /// Versions without spans (not aligned).
    pub unaligned: Vec<AlignLocale>,
    /// Codes found in this article, for the filter.
    pub codes: Vec<AlignRuleCount>,
    /// One row per unit.
    pub rows: Vec<AlignUnitRow>,
    /// `rows` as the table's `<tr>` elements, escaped. Rendered in Rust: the same loop in tera
    /// was a fifth of a whole build (tera resolves every `{{ row.x }}` by a string lookup).
    pub rows_html: String,
    /// Findings about the article that name no unit (front matter, hashes, spans).
    pub other: Vec<AlignFlag>,
}
