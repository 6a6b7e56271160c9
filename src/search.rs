//! Full-text search: a Pagefind bundle built from the rendered pages, one index per language.
//!
//! [`index`] hands every page to Pagefind's indexer and returns the files of the bundle, to be
//! written below the site root like any other output file. Pagefind reads each page's
//! `<html lang>` and builds one index per language (`pagefind-entry.json` lists them, lowercased:
//! `ja-jp`, `fr-fr`), and the search script picks the index of the reading page's `<html lang>`,
//! so a reader searches the pages of their own locale only. Japanese, Chinese and Thai text is cut
//! into words with ICU's dictionaries (Pagefind's `extended` feature), as the browser cuts the
//! query with `Intl.Segmenter`.
//!
//! What a page must carry for this to index the right text:
//! - `data-pagefind-body` on the element that holds the article (`<article>`): once any page has
//!   it, only the marked part of the pages that have it is indexed, and pages without it (the
//!   language picker, the 404 page, the locale indexes) are left out of search. Without it
//!   anywhere, Pagefind indexes the whole `<body>`, header and footer included.
//! - `data-pagefind-ignore` on what is not the page's own text. The English popovers of a
//!   translated sentence (`.seg-source`), their `EN` buttons (`.seg-toggle`) and the
//!   machine-translation notice (`.mt-notice`) are left out here already ([`EXCLUDED`]), so an
//!   English sentence does not land in the Japanese index; [`searchable`] drops the sentences'
//!   own wrappers before the indexer sees them, which is cheaper.
//! - The result title is the page's first `<h1>` (its text outside the excluded parts), else its
//!   `<title>`; `data-pagefind-meta="title"` on an element names another.
//!
//! The page then loads `pagefind/pagefind-ui.css` and `pagefind/pagefind-ui.js` (both in the
//! bundle returned here; `templates/search.html` is the snippet). The script finds the bundle and
//! the site root from its own URL, so the site still works from a sub-path.

use std::path::Path;

/// The selectors never indexed, besides `data-pagefind-ignore`: locdoc's own markup for text that
/// is not the page's (the English source of each sentence, the button that shows it, the
/// machine-translation notice).
pub const EXCLUDED: &[&str] = &[".seg-source", ".seg-toggle", ".mt-notice"];

/// One page to index.
#[derive(Debug, Clone, Copy)]
pub struct SearchPage<'a> {
    /// The page's URL path below the site root, as a result links to it: `ja-JP/overview/x/`.
    /// Percent-encoded already where it needs to be; a leading `/` is added when missing.
    pub url: &'a str,
    /// The whole rendered page, `<html lang="…">` included: the language picks the index.
    pub html: &'a str,
}

/// Why a search bundle could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SearchError {
    /// The bundle folder is not a plain relative path below the site root.
    #[error("search bundle folder {0:?} must be a relative path below the site root, without `..`")]
    BundleDir(String),
    /// Called from inside an async runtime, where this cannot block.
    #[error(
        "the search index cannot be built from inside an async runtime; call it from a blocking thread"
    )]
    InsideRuntime,
    /// The runtime for the indexer could not start, or the working folder is unreadable (the
    /// indexer resolves its paths against it).
    #[error("cannot start the search indexer: {0}")]
    Start(#[source] std::io::Error),
    /// The indexer refused its options.
    #[error("the search indexer refused its options: {0}")]
    Options(String),
    /// A page could not be indexed.
    #[error("{url}: cannot index the page for search: {message}")]
    Page {
        /// The page's URL path.
        url: String,
        /// What the indexer said.
        message: String,
    },
    /// The indexes could not be built.
    #[error("cannot build the search indexes: {0}")]
    Build(String),
}

/// Index `pages` and return the search bundle's files as `(path below the site root, contents)`,
/// every path under `bundle_dir/` (`"pagefind"`: what the UI script expects beside it), sorted by
/// path. The same pages give the same bytes.
///
/// The bundle holds, besides the indexes (`pagefind-entry.json`, `pagefind.<lang>_<hash>.pf_meta`,
/// `index/*.pf_index`, `fragment/*.pf_fragment`, `wasm.<lang>.pagefind`), the search scripts and
/// the UI (`pagefind.js`, `pagefind-worker.js`, `pagefind-ui.js`, `pagefind-ui.css`,
/// `wasm.unknown.pagefind`, and the modular and component UIs). With no page (or no page with
/// text) it holds these and an entry without languages.
///
/// Blocks: it runs the indexer on a runtime of its own, so it must not be called from async code
/// ([`SearchError::InsideRuntime`]).
pub fn index<'a>(
    pages: impl IntoIterator<Item = SearchPage<'a>>,
    bundle_dir: &str,
) -> Result<Vec<(String, Vec<u8>)>, SearchError> {
    let pages = pages
        .into_iter()
        .map(|page| (page.url.to_owned(), page.html.to_owned()));
    index_owned(pages, bundle_dir)
}

/// [`index`] of pages given as `(url, html)`, each handed to the indexer as it is and freed once
/// it has been read.
fn index_owned(
    pages: impl IntoIterator<Item = (String, String)>,
    bundle_dir: &str,
) -> Result<Vec<(String, Vec<u8>)>, SearchError> {
    let bundle_dir = bundle_dir.trim_end_matches('/');
    if !is_plain_relative(bundle_dir) {
        return Err(SearchError::BundleDir(bundle_dir.to_owned()));
    }
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(SearchError::InsideRuntime);
    }
    // Pagefind resolves its (unused) source and output folders against the working folder and
    // panics when there is none: ask first, and say so as an error.
    std::env::current_dir().map_err(SearchError::Start)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(SearchError::Start)?;
    let files = runtime.block_on(index_async(pages))?;
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let Some(relative) = file.filename.to_str() else {
            return Err(SearchError::Build(format!(
                "the indexer named a file {:?}, which is not UTF-8",
                file.filename
            )));
        };
        let relative = relative.replace(std::path::MAIN_SEPARATOR, "/");
        out.push((format!("{bundle_dir}/{relative}"), file.contents));
    }
    // Pagefind builds the languages' indexes from a hash map, in no fixed order.
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

async fn index_async(
    pages: impl IntoIterator<Item = (String, String)>,
) -> Result<Vec<pagefind::api::SyntheticFile>, SearchError> {
    let options = pagefind::options::PagefindServiceConfig::builder()
        .exclude_selectors(EXCLUDED.iter().map(|s| (*s).to_owned()).collect())
        .build();
    let mut indexer = pagefind::api::PagefindIndex::new(Some(options))
        .map_err(|e| SearchError::Options(format!("{e:#}")))?;
    for (url, html) in pages {
        let rooted = if url.starts_with('/') {
            url.clone()
        } else {
            format!("/{url}")
        };
        indexer
            .add_html_file(None, Some(rooted), html)
            .await
            .map_err(|e| SearchError::Page {
                url,
                message: format!("{e:#}"),
            })?;
    }
    indexer
        .get_files()
        .await
        .map_err(|e| SearchError::Build(format!("{e:#}")))
}

/// The folder of the bundle below the site root, where `templates/search.html` loads it from.
pub const BUNDLE_DIR: &str = "pagefind";

/// The part of a rendered page the index reads: its `<html …>` tag (the language) and the
/// element marked `data-pagefind-body` up to the page's last `</article>`; `None` for a page
/// without one (indexes, redirects). Pages are held until every one is made, so they are
/// indexed in path order whatever order the cores made them in; the header, the sidebar and
/// the footer, a third of an article page, are never indexed and not kept.
pub fn searchable(html: &str) -> Option<String> {
    let body = html.find("data-pagefind-body")?;
    let open = html[..body].rfind('<')?;
    let close = html.rfind("</article>")? + "</article>".len();
    let html_tag = html.find("<html").and_then(|at| {
        let end = html[at..].find('>')? + at + 1;
        Some(&html[at..end])
    })?;
    (close > open).then(|| {
        format!(
            "<!doctype html>{html_tag}<body>{}</body></html>",
            reader_text_only(&html[open..close])
        )
    })
}

/// The start of the markup `render::markdown` wraps each sentence in:
/// `<span class="seg" id="seg-N" data-unit="N"><span class="seg-target">shown</span>`, then for a
/// translated sentence `<button … class="seg-toggle" …>EN</button><span class="seg-source" …>
/// English</span>`, then `</span>`.
const SEGMENT_OPEN: &str = "<span class=\"seg\"";
const SHOWN_OPEN: &str = "<span class=\"seg-target\">";
const TOGGLE_OPEN: &str = "<button type=\"button\" class=\"seg-toggle\"";
const SOURCE_OPEN: &str = "<span class=\"seg-source\"";

/// `article` with every sentence's wrapper reduced to the sentence the reader is shown.
///
/// Pagefind would leave the English popovers and their buttons out anyway ([`EXCLUDED`]), but
/// only after parsing them, and they are two thirds of an article's bytes; and it makes every
/// element with an `id` a sub-result anchor, which each sentence's `id="seg-N"` would be. So the
/// index reads the same words from a third of the HTML. A wrapper that is not exactly what the
/// renderer writes is left as it is, for Pagefind's selectors to handle.
fn reader_text_only(article: &str) -> std::borrow::Cow<'_, str> {
    let finder = memchr::memmem::Finder::new(SEGMENT_OPEN);
    let mut starts = finder.find_iter(article.as_bytes()).peekable();
    if starts.peek().is_none() {
        return std::borrow::Cow::Borrowed(article);
    }
    let mut out = String::with_capacity(article.len() / 2);
    let mut copied = 0;
    for start in starts {
        if start < copied {
            continue;
        }
        if let Some((shown, end)) = segment_shown_text(article, start) {
            out.push_str(&article[copied..start]);
            out.push_str(shown);
            copied = end;
        }
    }
    out.push_str(&article[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The shown sentence of the wrapper that opens at `start`, and where the wrapper ends.
fn segment_shown_text(html: &str, start: usize) -> Option<(&str, usize)> {
    let open_end = tag_end(html, start)?;
    let tag = &html[start..open_end];
    if !matches!(tag.as_bytes().get(SEGMENT_OPEN.len()), Some(b' ' | b'>')) {
        return None;
    }
    if !html[open_end..].starts_with(SHOWN_OPEN) {
        return None;
    }
    let shown_start = open_end + SHOWN_OPEN.len();
    let shown_close = matching_close(html, shown_start, "span")?;
    let mut at = shown_close + "</span>".len();
    if html[at..].starts_with(TOGGLE_OPEN) {
        at = matching_close(html, tag_end(html, at)?, "button")? + "</button>".len();
        if !html[at..].starts_with(SOURCE_OPEN) {
            return None;
        }
        at = matching_close(html, tag_end(html, at)?, "span")? + "</span>".len();
    }
    html[at..]
        .starts_with("</span>")
        .then(|| (&html[shown_start..shown_close], at + "</span>".len()))
}

/// Where the tag that opens at `start` (a `<`) ends, past its `>`; quoted attribute values may
/// hold `>`.
fn tag_end(html: &str, start: usize) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut at = start + 1;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'>' => return Some(at + 1),
            b'"' | b'\'' => at += memchr::memchr(byte, &bytes[at + 1..])? + 1,
            _ => {}
        }
        at += 1;
    }
    None
}

/// The position of the `</name>` that closes an element of `name` whose content starts at
/// `from`, stepping over whole tags (so `<` inside an attribute value is not a tag) and counting
/// nested elements of the same name. Serialized HTML has no other raw `<` in text.
fn matching_close(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut depth = 1usize;
    let mut at = from;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let tag = at + offset;
        let end = tag_end(html, tag)?;
        let raw = &html[tag + 1..end - 1];
        let self_closing = raw.ends_with('/');
        let (closing, tag_name) = match raw.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        let tag_name = tag_name
            .split(|c: char| c.is_ascii_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if tag_name.eq_ignore_ascii_case(name) {
            if closing {
                depth -= 1;
                if depth == 0 {
                    return Some(tag);
                }
            } else if !self_closing {
                depth += 1;
            }
        }
        at = end;
    }
    None
}

/// The searchable part of the pages of a site ([`searchable`]), kept as they are made, to
/// index once the site is whole.
#[derive(Debug, Default)]
pub struct SearchPages(std::sync::Mutex<Vec<(String, String)>>);

/// An output sink that passes every file on to `inner` and keeps the searchable part of each
/// page.
pub struct Collect<'a> {
    inner: &'a dyn crate::render::Emit,
    /// What was kept.
    pub pages: SearchPages,
}

impl<'a> Collect<'a> {
    /// Collect what goes to `inner`.
    pub fn new(inner: &'a dyn crate::render::Emit) -> Collect<'a> {
        Collect {
            inner,
            pages: SearchPages::default(),
        }
    }
}

impl SearchPages {
    /// Keep the page at `path` (an `index.html` below the site root) if it has text to index.
    pub fn add(&self, path: &str, html: &str) {
        let Some(dir) = path.strip_suffix("index.html") else {
            return;
        };
        // The report, the bundle, and a locale's "All topics" page (every title of the locale,
        // which would match every search) are not the reader's articles.
        if dir.starts_with("_align/")
            || dir.starts_with(BUNDLE_DIR)
            || dir.ends_with(&format!("/{}/", crate::render::nav::ALL_TOPICS_DIR))
        {
            return;
        }
        if let Some(page) = searchable(html) {
            self.0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push((crate::render::url::encode_path(dir), page));
        }
    }

    /// The search bundle of the pages kept, in path order: `(path below the site root, bytes)`.
    ///
    /// Each locale folder is indexed on its own, on every core, and the bundles are merged:
    /// every language of a Pagefind bundle is an index of its own (files named by the
    /// language's hash), so only the entry file that lists them is joined. The indexer holds
    /// all it was given until it writes, so one locale at a time also bounds its memory by the
    /// largest locale rather than the site.
    ///
    /// A locale's index is made on one core (the indexer reads its pages one at a time), so
    /// the locales are started largest first ([`by_indexing_cost`]) and each core takes the
    /// next one as it is free: the build then ends with the cores busy on small locales rather
    /// than one core on the largest. Which core made which index does not change a byte.
    pub fn bundle(self) -> Result<Vec<(String, Vec<u8>)>, SearchError> {
        use rayon::prelude::*;
        let mut pages = self
            .0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        pages.sort();
        let mut locales: Vec<Vec<(String, String)>> = Vec::new();
        for (url, html) in pages {
            match locales.last_mut() {
                Some(locale)
                    if locale
                        .first()
                        .is_some_and(|(first, _)| locale_folder(first) == locale_folder(&url)) =>
                {
                    locale.push((url, html));
                }
                _ => locales.push(vec![(url, html)]),
            }
        }
        if locales.is_empty() {
            return index([], BUNDLE_DIR);
        }
        let jobs: Vec<(usize, Vec<(String, String)>)> = by_indexing_cost(&locales)
            .into_iter()
            .map(|at| (at, std::mem::take(&mut locales[at])))
            .collect();
        let mut bundles: Vec<(usize, Bundle)> = jobs
            .into_iter()
            .par_bridge()
            .map(|(at, pages)| index_owned(pages, BUNDLE_DIR).map(|bundle| (at, bundle)))
            .collect::<Result<_, _>>()?;
        bundles.sort_by_key(|(at, _)| *at);
        merge(bundles.into_iter().map(|(_, bundle)| bundle).collect())
    }
}

/// The first segment of a page's URL path: its locale.
fn locale_folder(url: &str) -> &str {
    url.split('/').next().unwrap_or("")
}

/// The languages Pagefind cuts into words with ICU's dictionaries rather than at spaces and
/// punctuation (its `extended` feature). Indexing them costs about twice as much per byte of
/// page: 9.1 s for the 2,500 ja-JP pages of the 10,000-page bench corpus against 3.8–4.8 s for
/// each of the other three locales' 2,500.
const CUT_BY_DICTIONARY: &[&str] = &["ja", "zh", "th", "km", "lo", "my"];

/// The positions of `locales` (each a locale's pages) from the costliest to index to the
/// cheapest, by the bytes the indexer reads, doubled for a language cut by dictionary; ties
/// in path order.
fn by_indexing_cost(locales: &[Vec<(String, String)>]) -> Vec<usize> {
    let cost = |pages: &[(String, String)]| {
        let bytes: usize = pages.iter().map(|(_, html)| html.len()).sum();
        let language = pages.first().map_or("", |(url, _)| locale_folder(url));
        let language = language.split(['-', '_']).next().unwrap_or("");
        let by_dictionary = CUT_BY_DICTIONARY
            .iter()
            .any(|cut| cut.eq_ignore_ascii_case(language));
        if by_dictionary { bytes * 2 } else { bytes }
    };
    let mut order: Vec<usize> = (0..locales.len()).collect();
    order.sort_by_key(|&at| std::cmp::Reverse(cost(&locales[at])));
    order
}

/// The files of a search bundle: `(path below the site root, bytes)`.
type Bundle = Vec<(String, Vec<u8>)>;

/// One bundle of several: every file once (the scripts are the same in each), the entry file's
/// languages joined.
fn merge(bundles: Vec<Vec<(String, Vec<u8>)>>) -> Result<Vec<(String, Vec<u8>)>, SearchError> {
    let entry_path = format!("{BUNDLE_DIR}/pagefind-entry.json");
    let mut files: std::collections::BTreeMap<String, Vec<u8>> = std::collections::BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for (path, bytes) in bundles.into_iter().flatten() {
        if path != entry_path {
            files.entry(path).or_insert(bytes);
            continue;
        }
        let this: serde_json::Value = serde_json::from_slice(&bytes)
            .map_err(|e| SearchError::Build(format!("the indexer's entry file: {e}")))?;
        match (&mut entry, this.get("languages")) {
            (Some(joined), Some(serde_json::Value::Object(languages))) => {
                if let Some(serde_json::Value::Object(all)) = joined.get_mut("languages") {
                    all.extend(languages.clone());
                }
            }
            _ => entry = entry.or(Some(this)),
        }
    }
    if let Some(entry) = entry {
        let bytes = serde_json::to_vec(&entry)
            .map_err(|e| SearchError::Build(format!("the entry file: {e}")))?;
        files.insert(entry_path, bytes);
    }
    Ok(files.into_iter().collect())
}

impl crate::render::Emit for Collect<'_> {
    fn emit(&self, path: &str, bytes: Vec<u8>) {
        if let Ok(html) = std::str::from_utf8(&bytes) {
            self.pages.add(path, html);
        }
        self.inner.emit(path, bytes);
    }
}

/// `dir` is one or more plain names joined by `/`: not empty, not absolute, no `.` or `..`.
fn is_plain_relative(dir: &str) -> bool {
    !dir.is_empty()
        && !dir.contains('\\')
        && !Path::new(dir).is_absolute()
        && dir
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lang: Option<&str>, title: &str, body: &str) -> String {
        let lang = lang.map(|l| format!(" lang=\"{l}\"")).unwrap_or_default();
        format!(
            "<!doctype html><html{lang}><head><title>{title}</title></head><body>\
             <header><a href=\"../\">Help</a></header>\
             <main><article class=\"article\" data-pagefind-body><h1>{title}</h1>{body}</article></main>\
             </body></html>"
        )
    }

    fn names(files: &[(String, Vec<u8>)]) -> Vec<&str> {
        files.iter().map(|(path, _)| path.as_str()).collect()
    }

    fn entry(files: &[(String, Vec<u8>)]) -> serde_json::Value {
        let (_, bytes) = files
            .iter()
            .find(|(path, _)| path == "pagefind/pagefind-entry.json")
            .expect("the bundle has an entry");
        serde_json::from_slice(bytes).expect("the entry is JSON")
    }

    /// The text of a gzip-compressed Pagefind file, without its `pagefind_dcd` marker.
    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .expect("a Pagefind data file is gzip");
        out.strip_prefix(b"pagefind_dcd")
            .expect("Pagefind's marker")
            .to_vec()
    }

    /// The decompressed word indexes of one language (`ja-jp`), concatenated.
    fn word_indexes(files: &[(String, Vec<u8>)], lang: &str) -> Vec<u8> {
        let hash = entry(files)["languages"][lang]["hash"]
            .as_str()
            .expect("the language has an index")
            .to_owned();
        let meta = files
            .iter()
            .find(|(path, _)| *path == format!("pagefind/pagefind.{hash}.pf_meta"))
            .expect("the language's meta file");
        let meta = gunzip(&meta.1);
        // The meta file names the language's index chunks by hash; the chunk files are
        // `index/<hash>.pf_index`.
        files
            .iter()
            .filter(|(path, _)| {
                path.strip_prefix("pagefind/index/")
                    .and_then(|p| p.strip_suffix(".pf_index"))
                    .is_some_and(|h| {
                        h.starts_with(&format!("{lang}_")) && contains(&meta, h.as_bytes())
                    })
            })
            .flat_map(|(_, bytes)| gunzip(bytes))
            .collect()
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn one_index_per_language_with_the_ui() {
        let ja = page(
            Some("ja-JP"),
            "アドインを作成する",
            "<p><span class=\"seg\"><span class=\"seg-target\">Excel アドインを作成する方法。</span>\
             <button class=\"seg-toggle\">EN</button>\
             <span class=\"seg-source\" popover lang=\"en-US\">How to build a workbook extension.</span></span></p>",
        );
        let fr = page(
            Some("fr-FR"),
            "Créer un complément",
            "<p>Comment créer un complément Excel.</p>",
        );
        let files = index(
            [
                SearchPage {
                    url: "ja-JP/excel/create/",
                    html: &ja,
                },
                SearchPage {
                    url: "fr-FR/excel/create/",
                    html: &fr,
                },
            ],
            "pagefind",
        )
        .expect("indexes");
        let names = names(&files);
        for ui in [
            "pagefind/pagefind-ui.js",
            "pagefind/pagefind-ui.css",
            "pagefind/pagefind.js",
            "pagefind/pagefind-worker.js",
            "pagefind/wasm.unknown.pagefind",
        ] {
            assert!(names.contains(&ui), "{ui} missing from {names:?}");
        }
        assert!(names.iter().all(|n| n.starts_with("pagefind/")));
        assert!(names.is_sorted());

        let entry = entry(&files);
        let languages = entry["languages"].as_object().expect("languages");
        assert_eq!(
            languages.keys().collect::<Vec<_>>(),
            ["fr-fr", "ja-jp"],
            "{entry}"
        );
        for (lang, meta) in languages {
            assert_eq!(meta["page_count"], 1, "{lang}: {entry}");
            let hash = meta["hash"].as_str().expect("hash");
            assert!(hash.starts_with(&format!("{lang}_")), "{hash}");
            assert!(names.contains(&format!("pagefind/pagefind.{hash}.pf_meta").as_str()));
        }
        // French has a stemmer: its own search module; Japanese is searched by the generic one.
        assert!(names.contains(&"pagefind/wasm.fr-fr.pagefind"));

        let ja_words = word_indexes(&files, "ja-jp");
        let fr_words = word_indexes(&files, "fr-fr");
        // Each language's index has its own words and not the other's.
        assert!(contains(&fr_words, "complément".as_bytes()));
        assert!(!contains(&ja_words, "complément".as_bytes()));
        assert!(!contains(&fr_words, "アドイン".as_bytes()));
        // The English popover and its button are not in the Japanese index.
        assert!(!contains(&ja_words, b"workbook"));
        assert!(!contains(&ja_words, b"extension"));
    }

    #[test]
    fn japanese_is_cut_into_words() {
        let ja = page(Some("ja-JP"), "概要", "<p>アドインを作成する</p>");
        let files = index(
            [SearchPage {
                url: "ja-JP/x/",
                html: &ja,
            }],
            "pagefind",
        )
        .expect("indexes");
        let words = word_indexes(&files, "ja-jp");
        // ICU cuts アドインを作成する as アドイン|を|作成|する: the words are indexed on their own,
        // not only the whole run.
        assert!(contains(&words, "アドイン".as_bytes()));
        assert!(contains(&words, "作成".as_bytes()));
        assert!(!contains(&words, "アドインを作成する".as_bytes()));
    }

    #[test]
    fn the_same_pages_give_the_same_bytes() {
        let pages: Vec<(String, String)> = ["ja-JP", "fr-FR", "pt-BR", "en-US"]
            .iter()
            .flat_map(|lang| {
                (0..3).map(move |i| {
                    (
                        format!("{lang}/page-{i}/"),
                        page(
                            Some(lang),
                            &format!("Page {i}"),
                            &format!("<p>Texte {i} アドイン texto</p>"),
                        ),
                    )
                })
            })
            .collect();
        let run = || {
            index(
                pages.iter().map(|(url, html)| SearchPage { url, html }),
                "search/pagefind",
            )
            .expect("indexes")
        };
        let first = run();
        assert!(first.iter().all(|(p, _)| p.starts_with("search/pagefind/")));
        for _ in 0..3 {
            assert!(run() == first, "a second run gave other files");
        }
    }

    #[test]
    fn a_page_without_a_language_joins_the_main_language() {
        let fr = |i: usize| page(Some("fr-FR"), &format!("Page {i}"), "<p>Bonjour</p>");
        let (fr1, fr2) = (fr(1), fr(2));
        let bare = page(None, "Sans langue", "<p>Au revoir</p>");
        let ja = page(Some("ja-JP"), "概要", "<p>こんにちは</p>");
        let files = index(
            [
                SearchPage {
                    url: "fr-FR/1/",
                    html: &fr1,
                },
                SearchPage {
                    url: "fr-FR/2/",
                    html: &fr2,
                },
                SearchPage {
                    url: "x/",
                    html: &bare,
                },
                SearchPage {
                    url: "ja-JP/1/",
                    html: &ja,
                },
            ],
            "pagefind",
        )
        .expect("indexes");
        let entry = entry(&files);
        // Pagefind puts it with the language that has the most pages, not in an index of its own.
        assert_eq!(entry["languages"]["fr-fr"]["page_count"], 3, "{entry}");
        assert_eq!(entry["languages"]["ja-jp"]["page_count"], 1, "{entry}");
        assert!(entry["languages"].get("unknown").is_none(), "{entry}");
    }

    #[test]
    fn only_pages_without_a_language() {
        let bare = page(None, "Sans langue", "<p>Au revoir</p>");
        let files = index(
            [SearchPage {
                url: "x/",
                html: &bare,
            }],
            "pagefind",
        )
        .expect("indexes");
        let entry = entry(&files);
        assert_eq!(entry["languages"]["unknown"]["page_count"], 1, "{entry}");
    }

    #[test]
    fn no_pages_give_the_scripts_and_an_empty_entry() {
        let files = index([], "pagefind").expect("indexes");
        let names = names(&files);
        assert!(names.contains(&"pagefind/pagefind-ui.js"));
        assert!(!names.iter().any(|n| n.ends_with(".pf_meta")));
        let entry = entry(&files);
        assert_eq!(entry["languages"], serde_json::json!({}), "{entry}");
    }

    #[test]
    fn the_bundle_folder_stays_below_the_root() {
        for bad in [
            "",
            "/pagefind",
            "../pagefind",
            "a/../b",
            "a//b",
            "./a",
            "a\\b",
        ] {
            assert!(
                matches!(index([], bad), Err(SearchError::BundleDir(_))),
                "{bad:?} accepted"
            );
        }
        assert!(index([], "pagefind/").is_ok());
    }

    #[test]
    fn only_the_marked_article_of_a_page_is_kept_for_the_index() {
        let html = "<!doctype html>\n<html lang=\"ja-JP\" dir=\"ltr\" class=\"no-js\">\n<head><title>t</title></head><body><nav class=\"toc\">目次</nav><main><article class=\"article\" data-pagefind-body><h1>アドイン</h1><p>作成する</p></article><nav class=\"prev-next\">次へ</nav></main></body></html>";
        let kept = searchable(html).expect("an article page");
        assert_eq!(
            kept,
            "<!doctype html><html lang=\"ja-JP\" dir=\"ltr\" class=\"no-js\"><body><article class=\"article\" data-pagefind-body><h1>アドイン</h1><p>作成する</p></article></body></html>"
        );
        assert_eq!(
            searchable("<html lang=\"en\"><body><ul></ul></body></html>"),
            None
        );
    }

    /// A sentence as `render::markdown` wraps it, with `shown` and `english` as its HTML.
    fn sentence(n: usize, shown: &str, english: Option<&str>) -> String {
        let mut html = format!(
            "<span class=\"seg\" id=\"seg-{n}\" data-unit=\"{n}\"><span class=\"seg-target\">{shown}</span>"
        );
        if let Some(english) = english {
            html.push_str(&format!(
                "<button type=\"button\" class=\"seg-toggle\" popovertarget=\"seg-en-{n}\" aria-label=\"EN: 英語の原文を表示\">EN</button><span class=\"seg-source\" id=\"seg-en-{n}\" popover lang=\"en-US\" dir=\"ltr\">{english}</span>"
            ));
        }
        html + "</span>"
    }

    #[test]
    fn the_index_reads_the_shown_sentence_without_its_english_or_wrapper() {
        let article = format!(
            "<article class=\"article\" data-pagefind-body><h1 id=\"t\">{}</h1><p>{} {}</p><p>{}</p></article>",
            sentence(1, "概要", Some("Summary")),
            sentence(
                2,
                "<strong>太字</strong> と <span title=\"a </span> b\"><span>入れ子</span></span>",
                Some("<strong>Bold</strong> and <span title=\"<span>\">nested</span>")
            ),
            sentence(3, "英語のない文", None),
            sentence(
                4,
                "<a href=\"x\" title=\"a > b\">リンク</a>",
                Some("<a href=\"x\">link</a>")
            ),
        );
        assert_eq!(
            reader_text_only(&article),
            "<article class=\"article\" data-pagefind-body><h1 id=\"t\">概要</h1><p><strong>太字</strong> と <span title=\"a </span> b\"><span>入れ子</span></span> 英語のない文</p><p><a href=\"x\" title=\"a > b\">リンク</a></p></article>"
        );
        let page = format!("<html lang=\"ja-JP\"><body>{article}</body></html>");
        let kept = searchable(&page).expect("an article page");
        assert!(
            !kept.contains("Summary") && !kept.contains("seg-"),
            "{kept}"
        );
    }

    #[test]
    fn a_wrapper_that_is_not_the_renderers_is_left_for_the_selectors() {
        for html in [
            // Not closed.
            "<p><span class=\"seg\"><span class=\"seg-target\">a</span></p>".to_owned(),
            // A button without its English.
            "<span class=\"seg\"><span class=\"seg-target\">a</span><button type=\"button\" class=\"seg-toggle\">EN</button></span>".to_owned(),
            // Another class that starts the same.
            "<span class=\"seg-x\"><span class=\"seg-target\">a</span></span>".to_owned(),
            // Something after the English inside the wrapper.
            sentence(1, "a", Some("b")).replace("</span></span>", "</span>c</span>"),
            // An attribute never closed.
            "<span class=\"seg\" id=\"x><span class=\"seg-target\">a</span></span>".to_owned(),
        ] {
            assert_eq!(reader_text_only(&html), html);
        }
        let good = sentence(2, "b", None);
        let bad = "<span class=\"seg\"><span class=\"seg-target\">a</span>";
        assert_eq!(reader_text_only(&format!("{bad}{good}")), format!("{bad}b"));
    }

    #[test]
    fn the_costliest_locale_is_indexed_first() {
        let locale = |folder: &str, pages: usize, bytes: usize| -> Vec<(String, String)> {
            (0..pages)
                .map(|n| (format!("{folder}/p{n}/"), "x".repeat(bytes)))
                .collect()
        };
        let de = locale("de-DE", 3, 100);
        let en = locale("en-US", 2, 100);
        let fr = locale("fr-FR", 1, 250);
        let ja = locale("ja-JP", 2, 90);
        let zh = locale("zh-Hans", 1, 100);
        let locales = [de, en, fr, ja, zh];
        // ja-JP's 180 bytes count twice (cut by dictionary), before de-DE's 300 and fr-FR's 250;
        // en-US's 200 and zh-Hans' 100 counted twice tie, in path order.
        assert_eq!(by_indexing_cost(&locales), vec![3, 0, 2, 1, 4]);
    }

    #[test]
    fn refuses_to_block_inside_a_runtime() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let result = runtime.block_on(async { index([], "pagefind") });
        assert!(matches!(result, Err(SearchError::InsideRuntime)));
    }
}
