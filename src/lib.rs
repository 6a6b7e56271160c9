//! locdoc reads localized help articles in Microsoft's side-by-side (sxs) Markdown format, where
//! every translated sentence keeps its English source beside it, and turns a tree of them into
//! aligned segments for translators and (later stages) a per-locale static site.
//!
//! The pipeline, one module per stage, data flowing one way:
//!
//! ```text
//! discover ──> parse ──> align ──> check ──> render ──> write
//! (walk)       (Document) (ArticleAlignment)
//! ```
//!
//! `discover` lists `<root>/<locale>/<path>.md`; [`parse`] reads each file into a [`Document`]
//! (never failing: problems are [`Diagnostic`]s); [`align`] joins the locale versions of one
//! article by their embedded English text; [`english`] rebuilds the English article where there
//! is no English file; [`export`] writes what the stages found for other tools.
//! The binary's commands are thin compositions of these.

pub mod align;
pub mod build;
pub mod check;
pub mod config;
pub mod diagnostic;
pub mod discover;
pub mod english;
pub mod error;
pub mod export;
pub mod incremental;
pub mod parse;
pub mod render;
pub mod report;
pub mod serve;
pub mod shard;
pub mod write;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use discover::{Locale, SourceFile};
pub use error::{Error, Result};
pub use parse::{Document, Segment};

use std::path::Path;

/// Everything read from a content root: the parsed documents and the problems that kept files out.
#[derive(Debug, Default, Clone)]
pub struct Content {
    /// Parsed documents, sorted by path relative to the content root.
    pub documents: Vec<Document>,
    /// Problems with the tree itself (bad locale folders, links out of the root) and unreadable files.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files could not be read at all.
    pub unreadable: usize,
    /// Files that are not Markdown (images, downloads), published as they are.
    pub static_files: Vec<discover::StaticFile>,
}

/// The seed articles compiled into the binary, as `(path below the content root, text)`: the
/// site `locdoc build` makes where there is no `content/` folder.
pub const EMBEDDED_CONTENT: &[(&str, &str)] = &[
    (
        "it-IT/close-your-account.md",
        include_str!("../content/it-IT/close-your-account.md"),
    ),
    (
        "ro-RO/close-your-account.md",
        include_str!("../content/ro-RO/close-your-account.md"),
    ),
];

/// Parse the embedded seed articles.
pub fn load_embedded() -> Content {
    let documents = EMBEDDED_CONTENT
        .iter()
        .map(|(path, text)| parse::parse_text(path, text))
        .collect();
    Content {
        documents,
        ..Content::default()
    }
}

/// Discover and parse a content root, keeping only `locales` when it is not empty.
pub fn load(content_root: &Path, locales: &[String]) -> Result<Content> {
    Ok(load_discovered(discover::discover(content_root)?, locales))
}

/// Parse what [`discover::discover`] found, keeping only `locales` when it is not empty (for
/// callers that look at the file list before parsing, as `build --incremental` does).
pub fn load_discovered(mut discovery: discover::Discovery, locales: &[String]) -> Content {
    discovery.keep_locales(locales);
    let parsed = parse::parse_files(std::mem::take(&mut discovery.files));
    let mut diagnostics = discovery.diagnostics;
    let unreadable = parsed.unreadable.len() + unreadable_in_tree(&diagnostics);
    diagnostics.extend(parsed.unreadable);
    Content {
        documents: parsed.documents,
        diagnostics,
        unreadable,
        static_files: discovery.static_files,
    }
}

/// The file number of one of an article's documents (its index in the files being read).
pub type FileOf<'a> = &'a dyn Fn(&Document) -> usize;

/// Read, parse and align `files` an article at a time (one per core) and hand each alignment to
/// `visit` with the file number (index in `files`) of each of its documents, dropping the
/// documents after: how `check` and `build` go through a tree without holding it. `read` makes a
/// document of a file (from disk: [`parse::read_and_parse`]). One result per article, in key
/// order, with the diagnostics of its files that could not be read; `None` when none could.
pub fn each_article<T: Send>(
    files: &[SourceFile],
    read: &(dyn Fn(&SourceFile) -> std::result::Result<Document, Diagnostic> + Sync),
    source_locale: &str,
    visit: &(dyn Fn(&align::ArticleAlignment<'_>, FileOf<'_>) -> T + Sync),
) -> Vec<(Option<T>, Vec<Diagnostic>)> {
    use rayon::prelude::*;
    let mut by_article: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (n, file) in files.iter().enumerate() {
        by_article.entry(file.article.as_str()).or_default().push(n);
    }
    by_article
        .into_par_iter()
        .map(|(article, members)| {
            let mut unreadable = Vec::new();
            let mut docs = Vec::with_capacity(members.len());
            for &n in &members {
                match read(&files[n]) {
                    Ok(doc) => docs.push((n, doc)),
                    Err(diagnostic) => unreadable.push(diagnostic),
                }
            }
            if docs.is_empty() {
                return (None, unreadable);
            }
            let aligned = align::align_article(
                article,
                docs.iter().map(|(_, doc)| doc).collect(),
                source_locale,
            );
            let file_of = |doc: &Document| {
                docs.iter()
                    .find(|(_, d)| std::ptr::eq(d, doc))
                    .map_or(usize::MAX, |(n, _)| *n)
            };
            (Some(visit(&aligned, &file_of)), unreadable)
        })
        .collect()
}

/// How many of a discovery's problems left part of the tree unread (a locale folder that could
/// not be listed, a file that could not be opened): the output is then incomplete.
pub fn unreadable_in_tree(discovery_diagnostics: &[Diagnostic]) -> usize {
    discovery_diagnostics
        .iter()
        .filter(|d| d.code == Code::BadLocaleFolder || d.code == Code::Unreadable)
        .count()
}
