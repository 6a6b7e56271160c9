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
pub mod docset;
pub mod english;
pub mod error;
pub mod export;
mod hash;
pub mod import;
pub mod incremental;
pub mod parse;
pub mod pipeline;
pub mod plain;
pub mod project;
pub mod render;
pub mod report;
pub mod search;
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

/// Discover and parse a content root, keeping only `locales` (and the default source locale,
/// `en-US`) when it is not empty: every document in memory, for callers that need the whole
/// tree at once (tests, tools).
pub fn load(content_root: &Path, locales: &[String]) -> Result<Content> {
    let mut input = project::Input::from_discovery(discover::discover(content_root, locales)?);
    let source_locale = config::Config::default().source_locale;
    input.keep_locales(locales, &source_locale);
    Ok(load_input(input, &source_locale))
}

/// Parse every file of `input` into memory, plain translations paired with their English (the
/// files of `source_locale`).
pub fn load_input(input: project::Input, source_locale: &str) -> Content {
    let (documents, unreadable_files) = pipeline::load(&input.files, input.source(), source_locale);
    let mut diagnostics = input.tree_diagnostics;
    let unreadable = unreadable_files.len() + unreadable_in_tree(&diagnostics);
    diagnostics.extend(unreadable_files);
    Content {
        documents,
        diagnostics,
        unreadable,
        static_files: input.static_files,
    }
}

/// How many of a discovery's problems left part of the tree unread (a locale folder that could
/// not be listed, a file that could not be opened): the output is then incomplete.
pub fn unreadable_in_tree(discovery_diagnostics: &[Diagnostic]) -> usize {
    discovery_diagnostics
        .iter()
        .filter(|d| d.code == Code::BadLocaleFolder || d.code == Code::Unreadable)
        .count()
}
