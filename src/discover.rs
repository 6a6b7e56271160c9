//! Discover: find the articles of a content root, `<root>/<locale>/<path>.md`.
//!
//! The first folder is the locale and must be a BCP-47 tag; the article key is the path below it,
//! so the same key in two locale folders is the same article. Hidden files and folders are
//! skipped, and symbolic links are never followed out of the root: content arrives from many
//! vendors and a link must not make locdoc read (or later publish) files from elsewhere.

use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};
use std::fmt;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// A validated locale, kept both as a parsed tag and as the canonical string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale {
    tag: String,
}

impl Locale {
    /// Parse a folder name as a locale. Only `-` separators are accepted (`en_us` is rejected):
    /// the folder name becomes part of every URL, so it must already be the canonical tag up to
    /// letter case.
    pub fn parse(name: &str) -> Option<Locale> {
        if name.is_empty() || name.contains('_') || !name.is_ascii() {
            return None;
        }
        let id: LanguageIdentifier = name.parse().ok()?;
        let tag = id.to_string();
        tag.eq_ignore_ascii_case(name).then_some(Locale { tag })
    }

    /// [`Locale::parse`], for a tag whose subtags the IANA language subtag registry holds:
    /// `content`, `public` or `skype` have the shape of a language subtag but name no language,
    /// so a folder named so is no locale (a pseudo-locale such as `qps-ploc` is one when the
    /// configuration lists it).
    pub fn parse_registered(name: &str) -> Option<Locale> {
        let locale = Locale::parse(name)?;
        language_tags::LanguageTag::parse(name)
            .ok()?
            .validate()
            .ok()?;
        Some(locale)
    }

    /// `und`, the BCP-47 tag for a text whose language is not known.
    pub fn undetermined() -> Locale {
        Locale {
            tag: "und".to_owned(),
        }
    }

    /// The canonical tag, e.g. `ro-RO`.
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The tag as a unic-langid identifier (for language negotiation and plural rules).
    pub fn langid(&self) -> LanguageIdentifier {
        self.tag.parse().unwrap_or_default()
    }

    /// The primary language subtag, e.g. `ro`.
    pub fn language(&self) -> &str {
        self.tag.split('-').next().unwrap_or(&self.tag)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

/// One Markdown file found under a locale folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The locale of the folder it is in.
    pub locale: Locale,
    /// The path below the locale folder, `/`-separated: the key that joins locales of one article.
    pub article: String,
    /// The path relative to the content root, `/`-separated, as written on disk (`<folder>/<article>`).
    pub rel_path: String,
    /// The path to read.
    pub path: PathBuf,
}

/// A file under a locale folder that is not Markdown (an image, a download): published as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    /// The path relative to the content root, `/`-separated (also its path in the site).
    pub rel_path: String,
    /// The path to read.
    pub path: PathBuf,
}

/// What discovery found: files sorted by `rel_path`, and problems with the tree itself.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Files in byte order of their relative path.
    pub files: Vec<SourceFile>,
    /// Other files under locale folders (images, downloads), in byte order of their path.
    pub static_files: Vec<StaticFile>,
    /// The YAML files of DocFX docs sets (`toc.yml`, `index.yml` landing pages), in byte order
    /// of their path: never published as they are.
    pub docset_files: Vec<StaticFile>,
    /// Each locale's folder, in locale order: where its docs set's toc and redirects are.
    pub locale_folders: Vec<(Locale, PathBuf)>,
    /// Bad locale folders, links that leave the root, unreadable names.
    pub diagnostics: Vec<Diagnostic>,
}

/// Walk `root` and list its articles. A top-level folder is a locale when its name is a tag the
/// IANA registry knows, or one of `declared` (the locales the configuration lists). Fails when
/// `root` itself cannot be read, when it is a project folder (it holds `content/` or
/// `locdoc.toml`), and when no folder is a locale but the tree looks like a folder of content
/// roots or of docs sets (one hint instead of a diagnostic per folder); every other problem
/// below it is a diagnostic.
pub fn discover(root: &Path, declared: &[String]) -> Result<Discovery> {
    if !root.is_dir() {
        return Err(Error::NoContentRoot {
            path: root.to_path_buf(),
        });
    }
    if root.join("content").is_dir() || root.join("locdoc.toml").is_file() {
        return Err(Error::NotAContentRoot {
            path: root.to_path_buf(),
            hint: format!(
                "it looks like a project folder (it holds content/ or locdoc.toml): pass --root {}, or --content {}",
                root.display(),
                root.join("content").display()
            ),
        });
    }
    let canonical_root = root.canonicalize().map_err(|source| Error::Io {
        path: root.to_path_buf(),
        source,
    })?;
    let mut found = Discovery::default();
    let mut top: Vec<_> = std::fs::read_dir(root)
        .map_err(|source| Error::Io {
            path: root.to_path_buf(),
            source,
        })?
        .filter_map(std::result::Result::ok)
        .collect();
    top.sort_by_key(|e| e.file_name());
    // The folder each locale came from.
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut not_locales = Vec::new();
    for entry in top {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            found.diagnostics.push(Diagnostic::file(
                Code::BadLocaleFolder,
                &entry.file_name().to_string_lossy(),
                "folder name is not valid UTF-8",
            ));
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_symlink() {
            if let Err(why) = resolve_link(&path, &canonical_root) {
                found.diagnostics.push(Diagnostic::file(
                    Code::LinkOutsideRoot,
                    name,
                    format!("symbolic link to a folder {why}; skipped"),
                ));
                continue;
            }
            if !path.is_dir() {
                continue;
            }
        } else if !kind.is_dir() {
            continue;
        }
        if crate::write::validate_path(name).is_err() {
            found.diagnostics.push(Diagnostic::file(
                Code::BadLocaleFolder,
                name,
                format!(
                    "folder `{name}` cannot be published (a reserved device name on Windows); its files were skipped"
                ),
            ));
            continue;
        }
        let is_declared = declared.iter().any(|d| d.eq_ignore_ascii_case(name));
        let locale = if is_declared {
            Locale::parse(name)
        } else {
            Locale::parse_registered(name)
        };
        let Some(locale) = locale else {
            not_locales.push(path.clone());
            found.diagnostics.push(Diagnostic::file(
                Code::BadLocaleFolder,
                name,
                format!(
                    "folder `{name}` {}; its files were skipped",
                    not_a_locale_because(name)
                ),
            ));
            continue;
        };
        // Two folders of one locale (`ro-RO/` and `ro-ro/`) would publish to the same pages.
        if let Some(first) = seen.get(locale.as_str()) {
            found.diagnostics.push(Diagnostic::file(
                Code::BadLocaleFolder,
                name,
                format!(
                    "folders `{first}` and `{name}` are both the locale {locale}: their pages would overwrite each other; `{name}` was skipped (merge it into `{first}`)"
                ),
            ));
            continue;
        }
        seen.insert(locale.as_str().to_owned(), name.to_owned());
        walk_locale(&path, name, &locale, &canonical_root, &mut found)?;
        found.locale_folders.push((locale, path));
    }
    if seen.is_empty()
        && let Some(hint) = misplaced_root_hint(root, &not_locales)
    {
        return Err(Error::NotAContentRoot {
            path: root.to_path_buf(),
            hint,
        });
    }
    found.sort();
    Ok(found)
}

/// List the articles of locales that each have their own folder (`[sources]`: a docs team's
/// repositories, one per locale). Paths are given as if the folders sat in one content root
/// (`ja-JP/overview/x.md`), so the rest of the pipeline and the site are the same for both
/// layouts; links are not followed out of each locale's own folder.
pub fn discover_sources<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a Path)>,
) -> Result<Discovery> {
    let mut found = Discovery::default();
    for (tag, dir) in sources {
        let locale = Locale::parse(tag).ok_or_else(|| Error::NoContentRoot {
            path: dir.to_path_buf(),
        })?;
        let canonical = dir.canonicalize().map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        walk_locale(dir, locale.as_str(), &locale, &canonical, &mut found)?;
        found.locale_folders.push((locale, dir.to_path_buf()));
    }
    found.sort();
    Ok(found)
}

impl Discovery {
    fn sort(&mut self) {
        self.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        self.static_files
            .sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        self.docset_files
            .sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        self.locale_folders.sort_by(|a, b| a.0.cmp(&b.0));
    }
}

/// What to pass instead, when a tree with no locale folder is a folder of content roots (its
/// `folders` hold locale folders) or of DocFX docs sets.
fn misplaced_root_hint(root: &Path, folders: &[PathBuf]) -> Option<String> {
    let holds_locales = |folder: &Path| {
        std::fs::read_dir(folder).is_ok_and(|entries| {
            entries.filter_map(std::result::Result::ok).any(|e| {
                e.path().is_dir()
                    && e.file_name()
                        .to_str()
                        .and_then(Locale::parse_registered)
                        .is_some()
            })
        })
    };
    let roots: Vec<String> = folders
        .iter()
        .filter(|f| holds_locales(f))
        .filter_map(|f| f.file_name()?.to_str().map(str::to_owned))
        .collect();
    if let Some(docfx) = folders.iter().find_map(|f| {
        walkdir::WalkDir::new(f)
            .max_depth(3)
            .into_iter()
            .filter_map(std::result::Result::ok)
            .find(|e| e.file_name() == "docfx.json")
    }) {
        return Some(format!(
            "it holds DocFX docs sets ({}), not locale folders: a content root holds one folder per locale (`content/en-US/…`, `content/ja-JP/…`); put each locale's docs folder there",
            docfx.path().display()
        ));
    }
    let first = roots.first()?;
    Some(format!(
        "its folders {} hold locale folders: each is a content root of its own; pass one, e.g. --content {}",
        roots
            .iter()
            .map(|r| format!("`{r}/`"))
            .collect::<Vec<_>>()
            .join(", "),
        root.join(first).display()
    ))
}

/// Why `name` is no locale folder, with what to do instead.
fn not_a_locale_because(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with("x-") {
        format!(
            "is a private-use tag, which names no language that pages, search and `hreflang` can use: rename the folder to a language tag, e.g. `qps-ploc` for a pseudo-locale, and keep `{name}` in its display name (`[locale_names]` in locdoc.toml)"
        )
    } else if lower.starts_with("i-") {
        "is a grandfathered BCP-47 tag, deprecated and not a language of its own: rename the folder to the tag of the language it holds, e.g. `en-US`".to_owned()
    } else if Locale::parse(name).is_some() {
        format!(
            "names no language of the IANA language subtag registry: a locale folder is a tag such as `ro-RO`; list `{name}` in `locales` in locdoc.toml if it is a pseudo-locale of yours"
        )
    } else {
        "is not a BCP-47 locale tag such as `ro-RO`".to_owned()
    }
}

fn walk_locale(
    dir: &Path,
    folder: &str,
    locale: &Locale,
    canonical_root: &Path,
    found: &mut Discovery,
) -> Result<()> {
    let globs = match DocfxGlobs::read(dir, folder) {
        Ok(globs) => globs,
        Err(problem) => {
            found.diagnostics.push(*problem);
            None
        }
    };
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| !e.file_name().to_str().is_some_and(|n| n.starts_with('.')));
    for entry in walker {
        let entry = entry.map_err(|source| Error::Walk {
            path: dir.to_path_buf(),
            source,
        })?;
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let Some(article) = slash_path(rel) else {
            found.diagnostics.push(Diagnostic::file(
                Code::Unreadable,
                &format!("{folder}/{}", rel.to_string_lossy()),
                "file name is not valid UTF-8; skipped",
            ));
            continue;
        };
        let rel_path = format!("{folder}/{article}");
        if entry.path_is_symlink() {
            if let Err(why) = resolve_link(entry.path(), canonical_root) {
                found.diagnostics.push(Diagnostic::file(
                    Code::LinkOutsideRoot,
                    &rel_path,
                    format!("symbolic link to a file {why}; skipped"),
                ));
                continue;
            }
            if !entry.path().is_file() {
                continue;
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        let role = match &globs {
            Some(globs) => globs.role(&article),
            None => Role::by_name(&article),
        };
        let file = StaticFile {
            rel_path,
            path: entry.path().to_path_buf(),
        };
        match role {
            Role::Article => {}
            Role::Resource => {
                found.static_files.push(file);
                continue;
            }
            Role::Docset => {
                found.docset_files.push(file);
                continue;
            }
            Role::Neither => continue,
        }
        let StaticFile { rel_path, .. } = file;
        found.files.push(SourceFile {
            locale: locale.clone(),
            article,
            rel_path,
            path: entry.path().to_path_buf(),
        });
    }
    Ok(())
}

/// What a file under a locale folder is to the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Markdown: an article, or an include that articles pull in.
    Article,
    /// Published as it is (an image, a download).
    Resource,
    /// A docs set's YAML (`toc.yml`, an `index.yml` landing page): read, never published as is.
    Docset,
    /// Nothing the site uses (`docfx.json`, files DocFX's globs leave out).
    Neither,
}

impl Role {
    /// By name alone, where no `docfx.json` says: Markdown is an article, a docs set's YAML and
    /// JSON settings are never published, everything else is a resource.
    fn by_name(article: &str) -> Role {
        let name = article.rsplit('/').next().unwrap_or(article);
        match extension(name).as_deref() {
            Some("md") => Role::Article,
            Some("yml" | "yaml") => Role::Docset,
            _ if name.eq_ignore_ascii_case("docfx.json") || name.starts_with(".openpublishing") => {
                Role::Neither
            }
            _ => Role::Resource,
        }
    }
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// A locale folder's `docfx.json` globs: they decide what is an article, what is a resource and
/// what is neither, as DocFX itself publishes that folder. Includes (`**/includes/**`) are
/// excluded from content there but are what articles pull in, so they stay Markdown files.
struct DocfxGlobs {
    content: globset::GlobSet,
    content_excluded: globset::GlobSet,
    resource: globset::GlobSet,
    resource_excluded: globset::GlobSet,
}

/// `build.content` / `build.resource` entries of `docfx.json`.
#[derive(serde::Deserialize, Default)]
struct DocfxJson {
    #[serde(default)]
    build: DocfxBuild,
}

#[derive(serde::Deserialize, Default)]
struct DocfxBuild {
    #[serde(default)]
    content: Vec<DocfxFileGroup>,
    #[serde(default)]
    resource: Vec<DocfxFileGroup>,
}

#[derive(serde::Deserialize)]
struct DocfxFileGroup {
    #[serde(default)]
    files: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    /// The folder the patterns are relative to.
    #[serde(default)]
    src: Option<String>,
}

impl DocfxGlobs {
    /// The globs of `<dir>/docfx.json`; `None` when there is none. A file that cannot be read is
    /// a diagnostic at its line and column, and the folder is then read by file names.
    fn read(dir: &Path, folder: &str) -> std::result::Result<Option<DocfxGlobs>, Box<Diagnostic>> {
        let path = dir.join("docfx.json");
        let shown = format!("{folder}/docfx.json");
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => {
                return Err(Box::new(Diagnostic::file(
                    Code::BadDocsetFile,
                    &shown,
                    format!("docfx.json cannot be read ({err}); files are told apart by name"),
                )));
            }
        };
        let json: DocfxJson = serde_json::from_str(&text).map_err(|err| {
            let mut diagnostic = Diagnostic::file(
                Code::BadDocsetFile,
                &shown,
                format!("docfx.json is not valid ({err}); files are told apart by name"),
            );
            diagnostic.line = u32::try_from(err.line()).unwrap_or(1).max(1);
            diagnostic.column = u32::try_from(err.column()).unwrap_or(1).max(1);
            Box::new(diagnostic)
        })?;
        let set = |groups: &[DocfxFileGroup], pick: fn(&DocfxFileGroup) -> &[String]| {
            let mut builder = globset::GlobSetBuilder::new();
            for group in groups {
                let src = group.src.as_deref().unwrap_or("").trim_matches('/');
                let src = src.strip_prefix("./").unwrap_or(src);
                for pattern in pick(group) {
                    let pattern = pattern.trim_start_matches("./");
                    let full = if src.is_empty() || src == "." {
                        pattern.to_owned()
                    } else {
                        format!("{src}/{pattern}")
                    };
                    let glob = globset::GlobBuilder::new(&full)
                        .literal_separator(true)
                        .case_insensitive(true)
                        .build()
                        .map_err(|err| {
                            Box::new(Diagnostic::at(
                                Code::BadDocsetFile,
                                &shown,
                                &crate::diagnostic::LineIndex::new(&text),
                                &text,
                                text.find(pattern).map_or(0..0, |at| at..at + pattern.len()),
                                format!("docfx.json pattern `{pattern}` is not a glob: {err}"),
                            ))
                        })?;
                    builder.add(glob);
                }
            }
            builder.build().map_err(|err| {
                Box::new(Diagnostic::file(
                    Code::BadDocsetFile,
                    &shown,
                    err.to_string(),
                ))
            })
        };
        Ok(Some(DocfxGlobs {
            content: set(&json.build.content, |g| &g.files)?,
            content_excluded: set(&json.build.content, |g| &g.exclude)?,
            resource: set(&json.build.resource, |g| &g.files)?,
            resource_excluded: set(&json.build.resource, |g| &g.exclude)?,
        }))
    }

    fn role(&self, article: &str) -> Role {
        let by_name = Role::by_name(article);
        let content = self.content.is_match(article) && !self.content_excluded.is_match(article);
        match by_name {
            Role::Article if content || crate::render::is_include(article) => Role::Article,
            Role::Docset if content => Role::Docset,
            _ if self.resource.is_match(article) && !self.resource_excluded.is_match(article) => {
                Role::Resource
            }
            _ => Role::Neither,
        }
    }
}

fn slash_path(rel: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// Whether a symbolic link may be followed: only when it resolves inside the root. The error says
/// why not: it cannot be resolved (dangling, or a loop), or it leads outside the root.
fn resolve_link(link: &Path, canonical_root: &Path) -> std::result::Result<(), &'static str> {
    match link.canonicalize() {
        Ok(target) if target.starts_with(canonical_root) => Ok(()),
        Ok(_) => Err("outside the content root"),
        Err(_) => Err("that cannot be resolved (dangling, or a loop of links)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_folders() {
        assert_eq!(
            Locale::parse("ro-RO").map(|l| l.to_string()),
            Some("ro-RO".into())
        );
        assert_eq!(
            Locale::parse("sr-Latn-RS").map(|l| l.to_string()),
            Some("sr-Latn-RS".into())
        );
        assert_eq!(
            Locale::parse("ja-jp").map(|l| l.to_string()),
            Some("ja-JP".into())
        );
        for bad in [
            "x",
            "en_us",
            "..",
            "",
            "toolongforalanguage",
            "ro-RO-",
            "ro RO",
        ] {
            assert!(Locale::parse(bad).is_none(), "{bad} accepted");
        }
    }

    /// `content`, `public` and `skype` have a language subtag's shape but name no language;
    /// a pseudo-locale is a locale when the configuration declares it.
    #[test]
    fn a_locale_folder_names_a_registered_language_or_a_declared_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        for folder in ["ro-RO", "sr-Latn-RS", "skype", "public", "qps-ploc"] {
            let file = dir.path().join(folder).join("a.md");
            std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
            std::fs::write(file, "x").expect("write");
        }
        let locales = |declared: &[String]| -> Vec<String> {
            let found = discover(dir.path(), declared).expect("discover");
            found.files.iter().map(|f| f.locale.to_string()).collect()
        };
        assert_eq!(locales(&[]), ["ro-RO", "sr-Latn-RS"]);
        assert_eq!(
            locales(&["qps-ploc".to_owned()]),
            ["qps-Ploc", "ro-RO", "sr-Latn-RS"]
        );
        let found = discover(dir.path(), &[]).expect("discover");
        let refused: Vec<&str> = found.diagnostics.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(refused, ["public", "qps-ploc", "skype"]);
        assert!(
            found.diagnostics[0].message.contains("IANA")
                && found.diagnostics[1]
                    .message
                    .contains("`locales` in locdoc.toml"),
            "{:?}",
            found.diagnostics
        );
    }

    /// A project folder, a folder of content roots or of DocFX docs sets passed as the content
    /// root: one error that says what to pass, not a diagnostic per folder.
    #[test]
    fn a_tree_that_is_no_content_root_gets_one_hint() {
        let write = |root: &Path, file: &str| {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, "x").expect("write");
        };
        let hint = |root: &Path| match discover(root, &[]) {
            Err(Error::NotAContentRoot { hint, .. }) => hint,
            other => panic!("{other:?}"),
        };
        let project = tempfile::tempdir().expect("tempdir");
        for file in [
            "content/ro-RO/a.md",
            "src/main.rs",
            "public/ro-RO/index.html",
        ] {
            write(project.path(), file);
        }
        assert!(hint(project.path()).contains("--root"));

        let corpus = tempfile::tempdir().expect("tempdir");
        for file in ["skype/it-IT/a.md", "alchemy/ro-RO/a.md", "README/x.md"] {
            write(corpus.path(), file);
        }
        let said = hint(corpus.path());
        assert!(
            said.contains("`alchemy/`, `skype/`") && said.contains("--content"),
            "{said}"
        );

        let docsets = tempfile::tempdir().expect("tempdir");
        write(
            docsets.path(),
            "office-js/office-js-docs-pr/docs/docfx.json",
        );
        assert!(hint(docsets.path()).contains("DocFX"));
    }

    #[test]
    fn walks_sorted_skipping_hidden_and_non_markdown() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        for p in [
            "it-IT/b.md",
            "it-IT/a/z.md",
            "it-IT/.hidden.md",
            "it-IT/x.txt",
            "ro-RO/b.md",
            ".git/c.md",
            "notalocale_/d.md",
        ] {
            let path = root.join(p);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, "x").expect("write");
        }
        let found = discover(root, &[]).expect("discover");
        let paths: Vec<_> = found.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(paths, ["it-IT/a/z.md", "it-IT/b.md", "ro-RO/b.md"]);
        assert_eq!(found.files[0].article, "a/z.md");
        let statics: Vec<_> = found
            .static_files
            .iter()
            .map(|f| f.rel_path.as_str())
            .collect();
        assert_eq!(statics, ["it-IT/x.txt"]);
        assert_eq!(found.diagnostics.len(), 1);
        assert_eq!(found.diagnostics[0].code, Code::BadLocaleFolder);
        assert!(found.diagnostics[0].message.contains("notalocale_"));
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_root_are_not_followed() {
        let outside = tempfile::tempdir().expect("tempdir");
        std::fs::write(outside.path().join("secret.md"), "secret").expect("write");
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("it-IT")).expect("mkdir");
        std::fs::write(dir.path().join("it-IT/in.md"), "in").expect("write");
        std::os::unix::fs::symlink(
            outside.path().join("secret.md"),
            dir.path().join("it-IT/out.md"),
        )
        .expect("link");
        std::os::unix::fs::symlink(
            dir.path().join("it-IT/in.md"),
            dir.path().join("it-IT/same.md"),
        )
        .expect("link");
        let found = discover(dir.path(), &[]).expect("discover");
        let paths: Vec<_> = found.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(paths, ["it-IT/in.md", "it-IT/same.md"]);
        assert_eq!(found.diagnostics[0].code, Code::LinkOutsideRoot);
    }
}
