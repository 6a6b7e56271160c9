//! DocFX docs sets: what a docs team's repositories hold besides articles (`toc.yml`
//! navigation, `index.yml` landing and hub pages, `.openpublishing.redirection.json`), read
//! into locdoc's own types. Files are parsed here and turned into pages by `render`; no I/O
//! beyond reading the files named.
//!
//! [`Docsets::load`] reads them all once, after discovery, for every command: their problems
//! join the tree's diagnostics, so `build`, `serve` and `check` report the same ones.

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

use crate::diagnostic::{Code, Diagnostic};
use crate::discover::{Locale, SourceFile, StaticFile};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The redirection file of a repository, beside its docs folder or in it.
pub const REDIRECTION_FILE: &str = ".openpublishing.redirection.json";

/// What a run takes from the docs sets of its locales.
#[derive(Debug, Default, Clone)]
pub struct Docsets {
    /// Each locale's navigation, by locale tag: its own toc with the English entries it lacks
    /// (marked), or the English toc where it has none.
    pub tocs: BTreeMap<String, toc::Toc>,
    /// Landing and hub pages, by locale then key (`index.yml`, `excel/index.yml`).
    pub landings: BTreeMap<(String, String), landing::LandingPage>,
    /// Redirect pages, by locale then the old article's key.
    pub redirects: BTreeMap<(String, String), redirects::Resolved>,
    /// The site path the docs set is published under (`/office/dev/add-ins/`), which
    /// site-absolute links in the docs set start with.
    pub base_path: String,
    /// Problems with these files.
    pub diagnostics: Vec<Diagnostic>,
    /// The site's files other than articles (`ja-JP/images/a.png`), when discovery listed them:
    /// relative links and images are checked against them.
    pub resources: Option<BTreeSet<String>>,
}

impl Docsets {
    /// Read the tocs, landing pages and redirection files of `folders` (each locale's docs
    /// folder), given the YAML files discovery found and the articles (`files`). `base_path`
    /// is the configured site path of the docs set; without one it is read from `docfx.json`'s
    /// `breadcrumb_path`, else `/`.
    pub fn load(
        folders: &[(Locale, PathBuf)],
        docset_files: &[StaticFile],
        files: &[SourceFile],
        source_locale: &str,
        base_path: Option<&str>,
    ) -> Docsets {
        let mut docsets = Docsets {
            base_path: base_path
                .map(str::to_owned)
                .or_else(|| folders.iter().find_map(|(_, dir)| breadcrumb_base(dir)))
                .map_or_else(|| "/".to_owned(), |b| format!("/{}/", b.trim_matches('/')))
                .replace("//", "/"),
            ..Docsets::default()
        };
        for file in docset_files {
            docsets.read_landing(file);
        }
        let articles: BTreeSet<(&str, &str)> = files
            .iter()
            .map(|f| (f.locale.as_str(), f.article.as_str()))
            .collect();
        for (locale, dir) in folders {
            docsets.read_redirects(locale.as_str(), dir, &articles);
        }
        let mut own: BTreeMap<String, toc::Toc> = BTreeMap::new();
        for (locale, dir) in folders {
            let Some(name) = toc::find_root_toc(dir) else {
                continue;
            };
            let (toc, problems) = toc::load(dir, name);
            let locale = locale.as_str();
            let exists = |key: &str| {
                [locale, source_locale].iter().any(|l| {
                    articles.contains(&(*l, key))
                        || docsets
                            .landings
                            .contains_key(&((*l).to_owned(), key.to_owned()))
                        || docsets
                            .redirects
                            .contains_key(&((*l).to_owned(), key.to_owned()))
                })
            };
            let unresolved = toc.unresolved(exists);
            for problem in problems.into_iter().chain(unresolved) {
                let code = match problem.kind {
                    toc::TocProblemKind::Unresolved => Code::TocTargetMissing,
                    _ => Code::BadDocsetFile,
                };
                let mut diagnostic =
                    Diagnostic::file(code, &format!("{locale}/{}", problem.path), problem.message);
                diagnostic.line = problem.line;
                diagnostic.column = problem.column;
                docsets.diagnostics.push(diagnostic);
            }
            own.insert(locale.to_owned(), toc);
        }
        let english = own.get(source_locale).cloned();
        let locales: BTreeSet<&str> = folders.iter().map(|(l, _)| l.as_str()).collect();
        for locale in locales {
            let toc = match (own.remove(locale), &english) {
                (Some(toc), Some(english)) if locale != source_locale => toc.with_fallback(english),
                (Some(toc), _) => toc,
                (None, Some(english)) => toc::Toc::default().with_fallback(english),
                (None, None) => continue,
            };
            docsets.tocs.insert(locale.to_owned(), toc);
        }
        docsets
            .diagnostics
            .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        docsets
    }

    /// The docs sets of what discovery found, as the settings place them.
    pub fn of(discovery: &crate::discover::Discovery, config: &crate::config::Config) -> Docsets {
        let mut docsets = Docsets::load(
            &discovery.locale_folders,
            &discovery.docset_files,
            &discovery.files,
            &config.source_locale,
            config.docfx.base_path.as_deref(),
        );
        docsets.resources = Some(
            discovery
                .static_files
                .iter()
                .map(|f| f.rel_path.clone())
                .collect(),
        );
        docsets
    }

    /// Whether `key` of `locale` is a landing or hub page.
    pub fn has_landing(&self, locale: &str, key: &str) -> bool {
        self.landings
            .contains_key(&(locale.to_owned(), key.to_owned()))
    }

    fn read_landing(&mut self, file: &StaticFile) {
        let Some((locale, key)) = file.rel_path.split_once('/') else {
            return;
        };
        let name = key.rsplit('/').next().unwrap_or(key);
        if name.eq_ignore_ascii_case("toc.yml") {
            return;
        }
        let text = match std::fs::read_to_string(&file.path) {
            Ok(text) => text,
            Err(err) => {
                self.diagnostics.push(Diagnostic::file(
                    Code::BadDocsetFile,
                    &file.rel_path,
                    format!("cannot be read: {err}"),
                ));
                return;
            }
        };
        match landing::parse(&text, &file.rel_path) {
            Ok(Some(page)) => {
                self.landings
                    .insert((locale.to_owned(), key.to_owned()), page);
            }
            Ok(None) => {}
            Err(problem) => self
                .diagnostics
                .push(problem.into_diagnostic(Code::BadDocsetFile)),
        }
    }

    /// The locale's redirection file: in its docs folder, or beside it at the repository root
    /// (its `source_path`s then start with the docs folder's name).
    fn read_redirects(&mut self, locale: &str, dir: &Path, articles: &BTreeSet<(&str, &str)>) {
        let beside = dir.parent().zip(dir.file_name()).map(|(parent, name)| {
            (
                parent.join(REDIRECTION_FILE),
                format!("{}/", name.to_string_lossy()),
            )
        });
        let Some((path, docs_prefix)) = [(dir.join(REDIRECTION_FILE), String::new())]
            .into_iter()
            .chain(beside)
            .find(|(path, _)| path.is_file())
        else {
            return;
        };
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                self.diagnostics.push(Diagnostic::file(
                    Code::BadDocsetFile,
                    &shown,
                    format!("cannot be read: {err}"),
                ));
                return;
            }
        };
        let parsed = match redirects::parse(&text, &shown) {
            Ok(parsed) => parsed,
            Err(problem) => {
                self.diagnostics
                    .push(problem.into_diagnostic(Code::BadDocsetFile));
                return;
            }
        };
        let exists = |key: &str| {
            articles.contains(&(locale, key))
                || self
                    .landings
                    .contains_key(&(locale.to_owned(), key.to_owned()))
        };
        let (resolved, problems) =
            redirects::resolve(&parsed, &docs_prefix, &self.base_path, &exists, &shown);
        for problem in problems {
            self.diagnostics
                .push(problem.into_diagnostic(Code::BadRedirect));
        }
        for redirect in resolved {
            self.redirects
                .insert((locale.to_owned(), redirect.source_key.clone()), redirect);
        }
    }
}

impl DocsetProblem {
    /// The problem as a diagnostic of `code` on its file.
    pub fn into_diagnostic(self, code: Code) -> Diagnostic {
        let mut diagnostic = Diagnostic::file(code, &self.path, self.message);
        diagnostic.line = self.line;
        diagnostic.column = self.column;
        diagnostic
    }
}

/// The site path of a docs set from its `docfx.json`'s `breadcrumb_path`
/// (`/office/dev/add-ins/breadcrumb/toc.json` → `/office/dev/add-ins/`): Microsoft's docs sets
/// name their own base path only there.
fn breadcrumb_base(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("docfx.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let path = json
        .pointer("/build/globalMetadata/breadcrumb_path")?
        .as_str()?;
    let base = path.split("/breadcrumb/").next()?;
    (base.starts_with('/') && base != path).then(|| base.to_owned())
}
