//! Render: the aligned content as a per-locale static site, in memory.
//!
//! `render_site` returns every output file as bytes keyed by its path; the `*_to` functions hand
//! each file to an [`Emit`] as soon as it is made instead (what `build` does, straight into the
//! write stage's staging folder). Nothing touches the disk here. Pages are rendered on all cores;
//! each page's bytes depend on nothing but its inputs, and diagnostics are collected in job order,
//! so the output is byte-identical whatever the thread count.
//!
//! Pages: one per article per locale at `<locale>/<article>/index.html`, plus the English page
//! (the real English file, or the article rebuilt from the embedded sources), a list of articles
//! per locale, a language picker at the root, `404.html`, `sitemap.xml`, and the CSS and script
//! under names that change when their content does. An article in more than [`INLINE_LOCALES`]
//! locales also gets one language page (`_languages/<article>/`) that its pages link to, in
//! place of listing every locale on each of them.

pub mod docfx;
pub mod l10n;
pub mod links;
pub mod markdown;
pub mod nav;
pub mod report;
pub mod sanitize;
pub mod sitemap;
pub mod templates;
pub mod url;
pub mod view;

use crate::align::{ArticleAlignment, VersionKind};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::parse::{Document, TranslationType};
use l10n::L10n;
use markdown::{Labels, Mode, PageContext};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use templates::Templates;
use url::{encode_path, encode_segment, page_dir, relative_url};
use view::{Alternate, ArticleLink, LanguageLink, PageView};

/// The sitemap's output path.
pub const SITEMAP: &str = "sitemap.xml";

/// The most locales an article's pages list themselves (in the language menu and as `hreflang`
/// links). Every page listing every locale makes a site grow with the square of its locale count
/// (1,000 locales of one article made 242 MB); past this bound a page links to the article's one
/// language page instead ([`languages_dir`]), so each page keeps a fixed size. 64 keeps the
/// full menu and `hreflang` cluster for sites as large as Microsoft Learn's (about 60 locales),
/// at some 15 KB of a page.
pub const INLINE_LOCALES: usize = 64;

/// The folder of the per-article language pages. No locale tag starts with `_`, so, like the
/// alignment report's `_align/`, it never meets a content folder.
pub const LANGUAGES_DIR: &str = "_languages";

/// The folder of `article`'s language page (`_languages/<article>/`): the one page, shared by
/// all its locales, that lists them when they are more than [`INLINE_LOCALES`].
pub fn languages_dir(article: &str) -> String {
    page_dir(LANGUAGES_DIR, article)
}

/// Whether an article with pages in `locales` locales lists them on each page (else it has a
/// language page, and its pages carry only their own `hreflang`).
pub fn lists_locales_inline(locales: usize) -> bool {
    locales <= INLINE_LOCALES
}

/// The stylesheet, embedded.
pub const CSS: &str = include_str!("../../assets/locdoc.css");
/// The script (the "Read in English" switch, popover placement), embedded.
pub const JS: &str = include_str!("../../assets/locdoc.js");

/// What rendering produced.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Problems met while rendering (missing includes, failed pages).
    pub diagnostics: Vec<Diagnostic>,
    /// Article pages rendered.
    pub pages: usize,
    /// Locales with pages.
    pub locales: usize,
    /// Pages that could not be rendered.
    pub failed: usize,
}

/// Where rendering reports how far it is (a progress bar, or nothing).
pub struct Progress<'a> {
    /// Called once with the number of article pages to render.
    pub start: &'a (dyn Fn(usize) + Sync),
    /// Called once per article page rendered, from any thread.
    pub page: &'a (dyn Fn() + Sync),
}

impl Progress<'_> {
    /// Report nothing.
    pub fn none() -> Progress<'static> {
        Progress {
            start: &|_| {},
            page: &|| {},
        }
    }
}

/// A rendered article page (path, HTML) or why it failed, and the diagnostics of its body.
type PageResult = (Result<(String, Vec<u8>), Diagnostic>, Vec<Diagnostic>);

/// One article page to render: which document, in which locale's site, read how.
#[derive(Debug, Clone)]
pub struct Job<'a> {
    /// The locale whose site the page belongs to.
    pub locale: String,
    /// The article's alignment.
    pub article: &'a ArticleAlignment<'a>,
    /// The document the page is made of.
    pub doc: &'a Document,
    /// Translated (the document as it is) or English (rebuilt from the embedded sources).
    pub mode: Mode,
    /// Whether this is the article's English page (in the source locale's site).
    pub english: bool,
    /// Whether the locale has no version of the article and the page shows its English
    /// (`fallback_pages`).
    pub fallback: bool,
}

/// The site as the Markdown renderer sees it: which documents and English pages exist, and the
/// documents includes are taken from. Sorted vectors searched by halves, not hash maps: `serve`
/// makes one over every document on each save, and sorting input that is already in path order
/// costs a pass, where hashing every key cost more than rendering the saved article's pages.
pub struct SiteIndex<'a> {
    docs: Vec<(FileKey<'a>, &'a Document)>,
    pages: Vec<FileKey<'a>>,
    english: Vec<&'a str>,
    source_locale: &'a str,
    fallback_pages: bool,
}

/// `(locale, article)`: where a file is in the site.
type FileKey<'a> = (&'a str, &'a str);

impl<'a> SiteIndex<'a> {
    /// The index of `documents` (later ones win on a duplicate) where the articles named in
    /// `english` have an English page.
    pub fn new(
        documents: impl IntoIterator<Item = &'a Document>,
        english: impl IntoIterator<Item = &'a str>,
        source_locale: &'a str,
    ) -> SiteIndex<'a> {
        let documents: Vec<&Document> = documents.into_iter().collect();
        SiteIndex::streamed(
            documents.iter().copied(),
            documents
                .iter()
                .map(|doc| (doc.locale().as_str(), doc.file.article.as_str())),
            english,
            source_locale,
        )
    }

    /// The index of a site whose documents need not all be in memory (the streamed build keeps
    /// only the ones other articles include, all a page reads of other documents): which
    /// `(locale, article)` files exist, and `documents`, later ones winning on a duplicate.
    pub fn streamed(
        documents: impl IntoIterator<Item = &'a Document>,
        files: impl IntoIterator<Item = FileKey<'a>>,
        english: impl IntoIterator<Item = &'a str>,
        source_locale: &'a str,
    ) -> SiteIndex<'a> {
        let mut docs: Vec<(FileKey<'a>, &'a Document)> = documents
            .into_iter()
            .map(|doc| ((doc.locale().as_str(), doc.file.article.as_str()), doc))
            .collect();
        // A stable sort keeps duplicates in input order; reversed, the first of each run is the
        // last given.
        docs.sort_by(|a, b| a.0.cmp(&b.0));
        docs.reverse();
        docs.dedup_by(|later, kept| later.0 == kept.0);
        docs.reverse();
        SiteIndex {
            docs,
            pages: sorted_unique(files),
            english: sorted_unique(english),
            source_locale,
            fallback_pages: false,
        }
    }

    /// The index of a site where articles without a translation get fallback pages
    /// (`fallback_pages` in the settings).
    pub fn with_fallback_pages(self, on: bool) -> SiteIndex<'a> {
        SiteIndex {
            fallback_pages: on,
            ..self
        }
    }

    fn has_english_page(&self, article: &str) -> bool {
        self.english.binary_search(&article).is_ok()
    }
}

/// `items` sorted, each once.
fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut items: Vec<T> = items.into_iter().collect();
    items.sort();
    items.dedup();
    items
}

impl markdown::Site for SiteIndex<'_> {
    fn document(&self, locale: &str, article: &str) -> Option<&Document> {
        let at = self
            .docs
            .binary_search_by(|(key, _)| key.cmp(&(locale, article)))
            .ok()?;
        self.docs.get(at).map(|(_, doc)| *doc)
    }

    fn has_document(&self, locale: &str, article: &str) -> bool {
        self.pages.binary_search(&(locale, article)).is_ok()
    }

    fn has_english(&self, article: &str) -> bool {
        self.has_english_page(article)
    }

    fn source_locale(&self) -> &str {
        self.source_locale
    }

    fn has_fallback(&self, locale: &str, article: &str) -> bool {
        self.fallback_pages
            && locale != self.source_locale
            && !is_include(article)
            && !self.has_document(locale, article)
            && self.has_english_page(article)
    }
}

/// Whether an article key is an include (a fragment pulled into other articles, not a page).
pub fn is_include(article: &str) -> bool {
    article
        .split('/')
        .any(|part| part.eq_ignore_ascii_case("includes"))
}

/// An article page as the indexes and the sitemap see it (owned, so it outlives a build).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// The article key.
    pub article: String,
    /// The locale whose site lists the page.
    pub locale: String,
    /// The page's title.
    pub title: String,
    /// A fallback page (the English in a locale without a translation): listed in the locale,
    /// but not a translation to offer in language menus, `hreflang` links or the sitemap.
    pub fallback: bool,
}

/// The pages of one article, in locale order then the English page; none for an include. With
/// `fallback_pages`, each of `site_locales` without a version of the article gets one showing
/// its English.
pub fn plan_article<'a>(
    article: &'a ArticleAlignment<'a>,
    config: &Config,
    site_locales: &[&str],
) -> Vec<Job<'a>> {
    let mut jobs = Vec::new();
    if is_include(&article.article) {
        return jobs;
    }
    let source_locale = config.source_locale.as_str();
    for version in &article.versions {
        let locale = version.doc.locale().as_str();
        if version.kind == VersionKind::English || !config.builds(locale) {
            continue;
        }
        jobs.push(Job {
            locale: locale.to_owned(),
            article,
            doc: version.doc,
            mode: Mode::Translated,
            english: false,
            fallback: false,
        });
    }
    let english = article
        .versions
        .iter()
        .find(|v| v.kind == VersionKind::English);
    let reference = article.reference.as_deref().and_then(|r| {
        article
            .versions
            .iter()
            .find(|v| v.doc.locale().as_str() == r)
    });
    let source = english
        .map(|v| (v.doc, Mode::Translated))
        .or(reference.map(|v| (v.doc, Mode::English)));
    if let Some((doc, mode)) = source {
        if config.fallback_pages {
            for locale in site_locales {
                let translated = article
                    .versions
                    .iter()
                    .any(|v| v.doc.locale().as_str() == *locale);
                if !translated && *locale != source_locale && config.builds(locale) {
                    jobs.push(Job {
                        locale: (*locale).to_owned(),
                        article,
                        doc,
                        mode,
                        english: false,
                        fallback: true,
                    });
                }
            }
            jobs.sort_by(|a, b| a.locale.cmp(&b.locale));
        }
        jobs.push(Job {
            locale: source_locale.to_owned(),
            article,
            doc,
            mode,
            english: true,
            fallback: false,
        });
    }
    jobs
}

/// The locales whose sites `files` make (those the settings build, the source locale too), in
/// tag order: the locales an article without a translation gets a fallback page in.
pub fn site_locales<'f>(files: &'f [crate::SourceFile], config: &Config) -> Vec<&'f str> {
    let mut locales: Vec<&str> = files
        .iter()
        .map(|f| f.locale.as_str())
        .filter(|l| config.builds(l))
        .collect();
    locales.sort_unstable();
    locales.dedup();
    locales
}

/// What the indexes and the sitemap need of `jobs`, in the same order.
pub fn entries(jobs: &[Job<'_>]) -> Vec<Entry> {
    jobs.iter()
        .map(|j| Entry {
            article: j.article.article.clone(),
            locale: j.locale.clone(),
            title: page_title(j.doc, j.mode),
            fallback: j.fallback,
        })
        .collect()
}

/// The output path of an article's page in `locale`'s site.
pub fn page_path(locale: &str, article: &str) -> String {
    format!("{}index.html", page_dir(locale, article))
}

/// Where rendered files go as they are made, from any thread: `build` hands them straight to the
/// write stage's staging folder, so the whole site is never in memory at once; `serve` and the
/// tests keep them in a [`Memory`].
pub trait Emit: Sync {
    /// Take the file at `path` (relative to the output root).
    fn emit(&self, path: &str, bytes: Vec<u8>);
}

/// Every emitted file kept in memory, by path: the sink of `serve` and the tests.
#[derive(Debug, Default)]
pub struct Memory(std::sync::Mutex<BTreeMap<String, Vec<u8>>>);

impl Emit for Memory {
    fn emit(&self, path: &str, bytes: Vec<u8>) {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(path.to_owned(), bytes);
    }
}

impl Memory {
    /// The files emitted so far.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// How one article page went: why it failed (`None`: it was emitted), and its body's diagnostics.
pub type PageOutcome = (Option<Diagnostic>, Vec<Diagnostic>);

impl Rendered {
    /// Count `outcomes` (in page order) and keep their diagnostics.
    pub fn add_pages(&mut self, outcomes: impl IntoIterator<Item = PageOutcome>) {
        for (failure, diagnostics) in outcomes {
            self.diagnostics.extend(diagnostics);
            match failure {
                None => self.pages += 1,
                Some(diagnostic) => {
                    self.diagnostics.push(diagnostic);
                    self.failed += 1;
                }
            }
        }
    }
}

/// Renders article pages an article at a time, with what all pages share (localized labels,
/// asset names) made once: [`render_pages_to`] runs it over a job list, the streamed build
/// over each article as it is read.
pub struct PageRenderer<'a> {
    shared: Shared<'a>,
}

impl<'a> PageRenderer<'a> {
    /// A renderer for pages in `locales` (a locale not listed gets no labels).
    pub fn new<'l>(
        index: &'a SiteIndex<'a>,
        look: &crate::pipeline::Look<'a>,
        locales: impl IntoIterator<Item = &'l str>,
    ) -> PageRenderer<'a> {
        let crate::pipeline::Look {
            config,
            templates,
            l10n,
            docsets,
        } = *look;
        let locales: BTreeSet<&str> = locales.into_iter().collect();
        PageRenderer {
            shared: Shared {
                config,
                templates,
                l10n,
                index,
                docsets,
                css: css_name(),
                js: js_name(),
                labels: locales
                    .iter()
                    .map(|l| ((*l).to_owned(), labels(l10n, l)))
                    .collect(),
            },
        }
    }

    /// Render the pages of one article (`jobs`, all of the same article) on this thread, each
    /// handed to `emit` when made. They share a `FragmentCache`: the article's English sources
    /// recur on every locale's page and on the English page, and are rendered once for all.
    pub fn article_pages(
        &self,
        jobs: &[Job<'_>],
        progress: &Progress<'_>,
        emit: &dyn Emit,
    ) -> Vec<PageOutcome> {
        let fragments = markdown::FragmentCache::default();
        jobs.iter()
            .map(|job| {
                let (result, diagnostics) = self.shared.article_page(job, &fragments);
                (progress.page)();
                match result {
                    Ok((path, html)) => {
                        emit.emit(&path, html);
                        (None, diagnostics)
                    }
                    Err(failure) => (Some(failure), diagnostics),
                }
            })
            .collect()
    }
}

impl PageRenderer<'_> {
    /// The pages of the docs sets that `wanted` accepts (by output path): each locale's "All
    /// topics" page, the landing and hub pages, and the redirect pages.
    pub fn docset_pages(
        &self,
        wanted: &(dyn Fn(&str) -> bool + Sync),
        emit: &dyn Emit,
        rendered: &mut Rendered,
    ) {
        let shared = &self.shared;
        let links = nav::DocLinks::new(shared.index, shared.docsets);
        let base = shared.config.base();
        for (locale, toc) in &shared.docsets.tocs {
            let dir = nav::all_topics_dir(locale);
            let path = format!("{dir}index.html");
            if !wanted(&path) {
                continue;
            }
            let labels = shared.nav_labels(locale);
            let mut page = shared.base_view(locale, &dir);
            page.title = labels.all_topics.clone();
            page.canonical = format!("{base}{}", encode_path(&dir));
            page.body = nav::heading(&page.title) + &links.all_topics_html(locale, toc, &labels);
            shared.add(rendered, emit, &path, "landing.html", page, |_| {});
        }
        for ((locale, key), landing) in &shared.docsets.landings {
            let dir = page_dir(locale, key);
            let path = format!("{dir}index.html");
            if !wanted(&path) {
                continue;
            }
            let mut page = shared.base_view(locale, &dir);
            page.title = landing
                .title
                .clone()
                .unwrap_or_else(|| shared.config.title.clone());
            page.description = landing
                .description
                .clone()
                .or_else(|| landing.summary.clone());
            page.canonical = format!("{base}{}", encode_path(&dir));
            let locales: Vec<&str> = shared
                .docsets
                .landings
                .keys()
                .filter(|(_, k)| k == key)
                .map(|(l, _)| l.as_str())
                .filter(|l| shared.config.builds(l))
                .collect();
            for other in &locales {
                let target = page_dir(other, key);
                page.alternates.push(Alternate {
                    hreflang: (*other).to_owned(),
                    href: format!("{base}{}", encode_path(&target)),
                });
                page.languages.push(shared.language_link(
                    other,
                    (*other != locale.as_str()).then(|| relative_url(&dir, &target)),
                ));
            }
            page.body = links.landing_html(locale, key).unwrap_or_default();
            page.nav = shared.nav(locale, &dir, key);
            shared.add(rendered, emit, &path, "landing.html", page, |_| {});
        }
        let message = |locale: &str, id: &str| shared.l10n.message(locale, id, &[]);
        for (path, html) in links.redirect_pages(&base, &message) {
            if wanted(&path) {
                emit.emit(&path, html.into_bytes());
            }
        }
    }

    /// Whether a landing page takes the place of `locale`'s list of articles (its docs set's
    /// own home, `index.yml`).
    pub fn has_home_page(&self, locale: &str) -> bool {
        self.shared.docsets.has_landing(locale, "index.yml")
    }
}

/// The stylesheet's output path (named by its hash).
fn css_name() -> String {
    format!("assets/locdoc.{}.css", short_hash(CSS.as_bytes()))
}

/// The script's output path (named by its hash).
fn js_name() -> String {
    format!("assets/locdoc.{}.js", short_hash(JS.as_bytes()))
}

/// Render what lists the pages of `entries` (in article order) and that `wanted` accepts (by
/// output path): one index per locale, the root language picker, the language page of each
/// article in more than [`INLINE_LOCALES`] locales, `404.html`, `sitemap.xml`, and the
/// stylesheet and script. Files go to `emit`; failures are counted in `rendered`.
pub fn render_indexes(
    entries: &[&Entry],
    config: &Config,
    templates: &Templates,
    l10n: &L10n,
    wanted: &(dyn Fn(&str) -> bool + Sync),
    emit: &dyn Emit,
    rendered: &mut Rendered,
) {
    let source_locale = config.source_locale.as_str();
    let index = SiteIndex::new([], [], source_locale);
    let locales: BTreeSet<&str> = entries.iter().map(|e| e.locale.as_str()).collect();
    let no_docsets = crate::docset::Docsets::default();
    let shared = Shared {
        config,
        templates,
        l10n,
        index: &index,
        docsets: &no_docsets,
        css: css_name(),
        js: js_name(),
        labels: BTreeMap::new(),
    };
    let (css_name, js_name) = (&shared.css, &shared.js);
    rendered.locales = locales.len();
    for locale in &locales {
        let dir = format!("{locale}/");
        let path = format!("{dir}index.html");
        if !wanted(&path) {
            continue;
        }
        let links: Vec<ArticleLink> = entries
            .iter()
            .filter(|e| e.locale == *locale)
            .map(|e| ArticleLink {
                title: e.title.clone(),
                href: relative_url(&dir, &page_dir(locale, &e.article)),
            })
            .collect();
        let mut page = shared.base_view(locale, &dir);
        page.title = shared.language_name(locale);
        shared.add(
            rendered,
            emit,
            &path,
            "locale_index.html",
            page,
            |context| {
                context.insert("articles", &links);
            },
        );
    }
    let base = config.base();
    if wanted("index.html") || wanted("404.html") {
        let languages = |base: &str| -> Vec<LanguageLink> {
            locales
                .iter()
                .map(|l| shared.language_link(l, Some(format!("{base}{}/", encode_segment(l)))))
                .collect()
        };
        let mut page = shared.base_view(source_locale, "");
        page.title = config.title.clone();
        // The picker is the site's `x-default`; each locale's home is its language's page.
        page.alternates = locales
            .iter()
            .map(|l| Alternate {
                hreflang: (*l).to_owned(),
                href: format!("{base}{}/", encode_segment(l)),
            })
            .collect();
        page.x_default = Some(base.clone());
        page.canonical = base.clone();
        let root_languages = languages("");
        if wanted("index.html") {
            shared.add(
                rendered,
                emit,
                "index.html",
                "index.html",
                page,
                |context| {
                    context.insert("languages", &root_languages);
                    // On a static host nothing negotiates the language: locdoc.js picks one.
                    context.insert("pick", &true);
                },
            );
        }
        // The 404 page is served at any path, so its links are absolute from the base URL.
        let mut page = shared.base_view(source_locale, "");
        page.title = l10n.message(source_locale, "not-found-title", &[]);
        page.css_href = format!("{base}{css_name}");
        page.js_href = format!("{base}{js_name}");
        page.home_href = base.clone();
        page.locale_home_href = base.clone();
        let absolute_languages = languages(&base);
        if wanted("404.html") {
            shared.add(rendered, emit, "404.html", "404.html", page, |context| {
                context.insert("languages", &absolute_languages);
            });
        }
    }
    render_language_pages(entries, &shared, wanted, emit, rendered);
    for (path, bytes) in [(css_name, CSS), (js_name, JS)] {
        if wanted(path) {
            emit.emit(path, bytes.as_bytes().to_vec());
        }
    }
    if wanted(SITEMAP) {
        emit.emit(SITEMAP, render_sitemap(entries, &base));
    }
}

/// The language page of each article of `entries` in more than [`INLINE_LOCALES`] locales: every
/// locale's name in its own language, linking to the article's page in it. One page per article,
/// in the source locale, so the site grows with its pages and not with their square.
fn render_language_pages(
    entries: &[&Entry],
    shared: &Shared<'_>,
    wanted: &(dyn Fn(&str) -> bool + Sync),
    emit: &dyn Emit,
    rendered: &mut Rendered,
) {
    let source_locale = shared.config.source_locale.as_str();
    for (article, article_locales) in locales_by_article(entries) {
        if lists_locales_inline(article_locales.len()) {
            continue;
        }
        let dir = languages_dir(article);
        let path = format!("{dir}index.html");
        if !wanted(&path) {
            continue;
        }
        let links: Vec<LanguageLink> = article_locales
            .iter()
            .map(|l| shared.language_link(l, Some(relative_url(&dir, &page_dir(l, article)))))
            .collect();
        let mut page = shared.base_view(source_locale, &dir);
        page.title = shared
            .l10n
            .message(source_locale, "language-picker-heading", &[]);
        // A list of links: search engines follow them, but the page itself is no answer.
        page.robots = Some("noindex, follow".to_owned());
        shared.add(rendered, emit, &path, "index.html", page, |context| {
            context.insert("languages", &links);
        });
    }
}

/// The locales of each article's pages, articles in key order, locales in tag order.
fn locales_by_article<'e>(entries: &[&'e Entry]) -> BTreeMap<&'e str, BTreeSet<&'e str>> {
    let mut by_article: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in entries.iter().filter(|e| !e.fallback) {
        by_article
            .entry(e.article.as_str())
            .or_default()
            .insert(e.locale.as_str());
    }
    by_article
}

/// `sitemap.xml`: every article once, with its pages in every locale as alternates (for an
/// article in more than [`INLINE_LOCALES`] locales, each page with its own alone: the full
/// cluster on every page would be the square of its locale count here too).
fn render_sitemap(entries: &[&Entry], base: &str) -> Vec<u8> {
    let sitemap_pages: Vec<sitemap::Page> = locales_by_article(entries)
        .into_iter()
        .map(|(article, page_locales)| sitemap::Page {
            cluster: lists_locales_inline(page_locales.len()),
            urls: page_locales
                .iter()
                .map(|l| {
                    (
                        (*l).to_owned(),
                        format!("{base}{}", encode_path(&page_dir(l, article))),
                    )
                })
                .collect(),
        })
        .collect();
    sitemap::write(&sitemap_pages)
}

/// What every page of one build shares.
struct Shared<'a> {
    config: &'a Config,
    templates: &'a Templates,
    l10n: &'a L10n,
    index: &'a SiteIndex<'a>,
    docsets: &'a crate::docset::Docsets,
    css: String,
    js: String,
    labels: BTreeMap<String, Labels>,
}

impl Shared<'_> {
    fn language_name(&self, locale: &str) -> String {
        self.config
            .locale_names
            .get(locale)
            .cloned()
            .unwrap_or_else(|| l10n::language_name(locale))
    }

    /// A language menu entry for `locale`: its name in its own language and direction, linking
    /// to `href` (none for the page's own language).
    fn language_link(&self, locale: &str, href: Option<String>) -> LanguageLink {
        LanguageLink {
            tag: locale.to_owned(),
            name: self.language_name(locale),
            href,
            dir: direction(locale).to_owned(),
        }
    }

    /// The view fields every page has, for a page in folder `dir` (relative to the site root).
    fn base_view(&self, locale: &str, dir: &str) -> PageView {
        PageView {
            lang: locale.to_owned(),
            dir: direction(locale).to_owned(),
            language_name: self.language_name(locale),
            site_title: self.config.title.clone(),
            home_href: relative_url(dir, ""),
            locale_home_href: relative_url(dir, &format!("{locale}/")),
            css_href: relative_url(dir, &self.css),
            js_href: relative_url(dir, &self.js),
            ui_lang: self.l10n.ui_locale(locale),
            search: self.config.search,
            ..PageView::default()
        }
    }

    /// Render a page that is not an article (indexes, 404) to `emit`, its failure into `rendered`.
    fn add(
        &self,
        rendered: &mut Rendered,
        emit: &dyn Emit,
        path: &str,
        template: &str,
        page: PageView,
        fill: impl FnOnce(&mut tera::Context),
    ) {
        let size_hint = page.size_hint();
        let mut context = tera::Context::new();
        fill(&mut context);
        context.insert("page", &page);
        match self.templates.render(template, &context, size_hint) {
            Ok(html) => emit.emit(path, html),
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

    /// The localized words of the docs-set navigation.
    fn nav_labels(&self, locale: &str) -> crate::docset::toc::NavLabels {
        crate::docset::toc::NavLabels {
            toc: self.l10n.message(locale, "nav-toc", &[]),
            all_topics: self.l10n.message(locale, "nav-all-topics", &[]),
            all_topics_url: String::new(),
        }
    }

    /// The docs-set navigation of the page of `key` in `locale`'s site, in folder `dir`.
    fn nav(&self, locale: &str, dir: &str, key: &str) -> Option<view::NavView> {
        nav::DocLinks::new(self.index, self.docsets).nav(locale, dir, key, &self.nav_labels(locale))
    }

    /// One article page: (its path, its HTML), or why it could not be built; plus diagnostics.
    fn article_page(&self, job: &Job<'_>, fragments: &markdown::FragmentCache) -> PageResult {
        let article = job.article;
        let dir = page_dir(&job.locale, &article.article);
        let units = unit_numbers(article, job.doc);
        let no_labels = Labels::default();
        let ctx = PageContext {
            locale: &job.locale,
            article: &article.article,
            content_locale: job.doc.locale().as_str(),
            mode: job.mode,
            units: &units,
            labels: self.labels.get(&job.locale).unwrap_or(&no_labels),
            monikers: &self.config.docfx.monikers,
            site: self.index,
            fragments,
        };
        let mut body = markdown::render_body(job.doc, &ctx);
        // A document's links are checked once, on the page it makes as itself.
        if let Some(resources) = &self.docsets.resources
            && job.locale == job.doc.locale().as_str()
            && !job.fallback
        {
            body.diagnostics.extend(links::check(
                job.doc,
                self.index,
                self.docsets,
                resources,
                &self.config.check.rules,
            ));
        }
        let fm = &job.doc.front_matter;
        let source_locale = self.index.source_locale;
        let base = self.config.base();
        let english_dir = self
            .index
            .has_english_page(&article.article)
            .then(|| page_dir(source_locale, &article.article));
        let mut page = self.base_view(&job.locale, &dir);
        page.title = page_title(job.doc, job.mode);
        page.en_title = article
            .english
            .as_ref()
            .and_then(|e| e.title.clone())
            .unwrap_or_else(|| page.title.clone());
        page.robots = fm.robots.clone();
        if job.mode == Mode::Translated {
            page.description = fm.description.clone();
            page.last_updated = fm
                .ms_lasthandoff
                .or(fm.ms_date)
                .map(|d| self.l10n.format_date(&job.locale, d));
            if fm.ms_translationtype == Some(TranslationType::Machine) {
                page.mt_english_href = english_dir.as_ref().map(|e| relative_url(&dir, e));
            }
        }
        page.needs_heading = !body.html.contains("<h1");
        page.body = body.html;
        page.nav = self.nav(&job.locale, &dir, &article.article);
        page.canonical = format!("{base}{}", encode_path(&dir));
        page.english_href = english_dir.as_ref().map(|e| relative_url(&dir, e));
        if job.fallback {
            page.fallback = true;
            page.content_lang = Some(source_locale.to_owned());
            // The page is the English article: search engines are sent to the English page.
            if let Some(english) = &english_dir {
                page.canonical = format!("{base}{}", encode_path(english));
            }
        } else if job.mode == Mode::Translated && !job.english && self.config.outdated_notice {
            page.outdated = english_dir.is_some() && is_outdated(article, job.doc);
        }
        let mut page_locales: Vec<&str> = article
            .versions
            .iter()
            .filter(|v| {
                v.kind != VersionKind::English && self.config.builds(v.doc.locale().as_str())
            })
            .map(|v| v.doc.locale().as_str())
            .collect();
        if english_dir.is_some() {
            page_locales.push(source_locale);
        }
        page_locales.sort_unstable();
        page_locales.dedup();
        if job.fallback {
            // Not a translation: offered in no `hreflang` cluster; its menu lists the article's
            // real languages.
            for locale in &page_locales {
                let target = page_dir(locale, &article.article);
                page.languages
                    .push(self.language_link(locale, Some(relative_url(&dir, &target))));
            }
        } else if lists_locales_inline(page_locales.len()) {
            for locale in &page_locales {
                let target = page_dir(locale, &article.article);
                page.alternates.push(Alternate {
                    hreflang: (*locale).to_owned(),
                    href: format!("{base}{}", encode_path(&target)),
                });
                page.languages.push(self.language_link(
                    locale,
                    (*locale != job.locale).then(|| relative_url(&dir, &target)),
                ));
            }
        } else {
            // Too many to list on every page: its own language only, and the language page.
            page.alternates.push(Alternate {
                hreflang: job.locale.clone(),
                href: page.canonical.clone(),
            });
            page.languages_href = Some(relative_url(&dir, &languages_dir(&article.article)));
        }
        page.x_default = english_dir
            .as_ref()
            .map(|e| format!("{base}{}", encode_path(e)));
        // Sxs spans or a plain translation paired with its English: the page has sentences
        // with their English, and so an English to read instead.
        page.show_read_in_english =
            job.mode == Mode::Translated && (job.doc.is_sxs() || job.doc.is_plain_aligned());
        let size_hint = page.size_hint();
        let mut context = tera::Context::new();
        context.insert("page", &page);
        let path = format!("{dir}index.html");
        let result = self
            .templates
            .render("article.html", &context, size_hint)
            .map(|html| (path, html))
            .map_err(|err| {
                Diagnostic::file(Code::PageFailed, &job.doc.file.rel_path, err.to_string())
            });
        (result, body.diagnostics)
    }
}

/// Whether `doc`, a translation in `article`, is older than the English: some of its sentences
/// were translated from English that is no longer in the article (sxs spans say which), or
/// the English file's `ms.date` is later than the one the translation carries (it was copied
/// from the English the translation was made from). `ms.openlocfilehash` names that English
/// too, but as a hash of the file as the localization system saw it, which a file's git blob
/// hash never equals (0 of 58 office-js ja-JP Excel articles), so the date is what can be
/// compared.
pub(crate) fn is_outdated(article: &ArticleAlignment<'_>, doc: &Document) -> bool {
    let stale = article
        .units
        .iter()
        .flat_map(|unit| &unit.entries)
        .any(|entry| std::ptr::eq(entry.doc, doc) && entry.in_current_english == Some(false));
    let english_date = article
        .versions
        .iter()
        .find(|v| v.kind == VersionKind::English)
        .and_then(|v| v.doc.front_matter.ms_date);
    let revised = match (english_date, doc.front_matter.ms_date) {
        (Some(english), Some(translated)) => english > translated,
        _ => false,
    };
    stale || revised
}

/// The localized words a body needs, for one locale.
fn labels(l10n: &L10n, locale: &str) -> Labels {
    let m = |id: &str| l10n.message(locale, id, &[]);
    Labels {
        alerts: [
            m("alert-note"),
            m("alert-tip"),
            m("alert-important"),
            m("alert-caution"),
            m("alert-warning"),
        ],
        show_english: m("source-toggle-label"),
        english_button: m("source-toggle-short"),
        in_english: m("link-untranslated"),
        missing_include: l10n.message(
            locale,
            "missing-include",
            &[("path", l10n::FluentArg::Str("{path}".to_owned()))],
        ),
    }
}

/// The unit number of each segment of `doc` in `article`.
fn unit_numbers(article: &ArticleAlignment<'_>, doc: &Document) -> HashMap<usize, usize> {
    let mut units = HashMap::new();
    for unit in &article.units {
        for entry in unit.entries.iter().filter(|e| std::ptr::eq(e.doc, doc)) {
            for &i in &entry.indices {
                units.insert(i, unit.number);
            }
        }
    }
    units
}

/// A page's title: the front matter's (translated in place), else its first heading, else its key.
fn page_title(doc: &Document, mode: Mode) -> String {
    let heading = doc
        .segments
        .iter()
        .find(|s| s.block == crate::parse::BlockKind::Heading)
        .map(|s| {
            if mode == Mode::English {
                &s.source_text
            } else {
                &s.target_text
            }
        })
        .filter(|t| !t.is_empty())
        .cloned();
    match mode {
        Mode::Translated => doc.front_matter.title.clone().or(heading),
        Mode::English => heading,
    }
    .unwrap_or_else(|| doc.file.article.trim_end_matches(".md").to_owned())
}

/// `rtl` for right-to-left languages (ar, he, fa, ur), else `ltr`.
fn direction(locale: &str) -> &'static str {
    if l10n::is_rtl(locale) { "rtl" } else { "ltr" }
}

/// First 10 hex digits of the SHA-256 of `bytes`: names that change when the content does.
pub fn short_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().take(5).map(|b| format!("{b:02x}")).collect()
}
