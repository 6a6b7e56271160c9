//! DocFX docs sets: what a docs team's repositories hold besides articles (`toc.yml`
//! navigation, `index.yml` landing and hub pages, `.openpublishing.redirection.json`), read
//! into locdoc's own types. Files are parsed here and turned into pages by `render`; no I/O
//! beyond reading the files named.

pub mod landing;
pub mod redirects;
pub mod toc;

/// A problem found in a docs-set file, kept free of diagnostic codes so this module stays a
/// pure reader: the build decides which code and severity each kind of problem gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsetProblem {
    /// The file, relative to the content root, `/`-separated, as the caller named it.
    pub path: String,
    /// 1-based line (the YAML or JSON parser's, or found by searching the text for the value).
    pub line: u32,
    /// 1-based column in characters.
    pub column: u32,
    /// What is wrong, in words a docs author can act on.
    pub message: String,
}
