//! `locdoc.toml`: the project settings, with every default in one place.
//!
//! The file is optional: `locdoc build` works in any folder with a `content/`. Unknown keys are
//! errors (a misspelt `base_url` must not silently publish wrong links), reported with line and
//! column.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the settings file in the project root.
pub const FILE_NAME: &str = "locdoc.toml";

/// Project settings.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The site's name, shown in every page header.
    pub title: String,
    /// Where the site is published, e.g. `https://help.example.com/`. Used for absolute URLs in
    /// the sitemap and `hreflang` links; page-to-page links are relative, so the site also works
    /// from a folder or a sub-path.
    pub base_url: String,
    /// The locale of the English originals (embedded sources are in this language).
    pub source_locale: String,
    /// Which locales to build; all found when empty.
    pub locales: Vec<String>,
    /// Each locale's own folder (`[sources]`, `ja-JP = "../docs.ja-jp/docs"`), relative to this
    /// file: a docs team keeps an English repository and one repository per locale, each a
    /// DocFX docs set, rather than one `content/<locale>/` tree. When set, these folders are
    /// the content and `content/` is not read.
    pub sources: BTreeMap<String, PathBuf>,
    /// Display names of locales, overriding the built-in autonyms.
    pub locale_names: BTreeMap<String, String>,
    /// DocFX settings.
    pub docfx: DocfxConfig,
    /// QA rule settings (`[check]`): levels per rule code, allow-list.
    pub check: CheckConfig,
    /// Whether `build` and `serve` write the translators' alignment report into `_align/`. A
    /// site published to readers can leave it out (no page links to it, and `locdoc check`
    /// reports the same findings); the build then skips the check and the report pages (at
    /// 10,000 pages: 7.0 → 4.0 s, 580 → 520 MB).
    pub align_report: bool,
    /// Whether an article that exists in English but not in a locale gets a page in that locale
    /// anyway: the English article in the locale's navigation and strings, with a notice and a
    /// canonical link to the English page, so a reader is never dropped out of their language.
    pub fallback_pages: bool,
    /// Whether a translation older than its English (stale units, or an English `ms.date` later
    /// than the one it was translated from) says so, with a link to the English.
    pub outdated_notice: bool,
    /// Whether `build` and `serve` index the site for full-text search (Pagefind, one index per
    /// locale) and pages carry a search box. Indexing costs about as much as rendering; a
    /// preview or a site read from disk can leave it out.
    pub search: bool,
    /// What fails `build` and `check` (exit 1) when `--deny` is not given: `errors` (`check`
    /// fails on errors anyway; `build` then fails on them too) or `warnings`. `build` fails on
    /// no content problem when absent.
    pub deny: Option<DenyLevel>,
}

/// What turns content problems into a failed run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DenyLevel {
    /// Errors fail the run.
    Errors,
    /// Warnings fail the run as errors do.
    Warnings,
}

impl DenyLevel {
    /// The least severity that fails the run.
    pub fn failing(self) -> crate::diagnostic::Severity {
        match self {
            DenyLevel::Errors => crate::diagnostic::Severity::Error,
            DenyLevel::Warnings => crate::diagnostic::Severity::Warning,
        }
    }
}

/// `[check]` in `locdoc.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckConfig {
    /// Per rule code: `off`, `note`, `warning` or `error`.
    pub rules: BTreeMap<String, RuleLevel>,
    /// Words and names that need no translation (product names, UI labels kept in English).
    pub allow: Vec<String>,
    /// A plain translation's unit aligned with less confidence than this (0 to 1) is flagged
    /// (LD0308) for a person to confirm before it goes into a translation memory.
    pub min_confidence: f64,
    /// Termbase files (TBX, or CSV with the columns `source,locale,target,status`), relative
    /// to this file: the terms each locale must use for an English term (LD0514) and those it
    /// must not use (LD0515), so that a translation says "account" the way the product does.
    pub termbase: Vec<PathBuf>,
    /// The spelling rule (`[check.spelling]`).
    pub spelling: SpellingConfig,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            rules: BTreeMap::new(),
            allow: Vec::new(),
            min_confidence: 0.5,
            termbase: Vec::new(),
            spelling: SpellingConfig::default(),
        }
    }
}

/// `[check.spelling]`: Hunspell dictionaries for the spelling rule (LD0516).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SpellingConfig {
    /// Whether the rule runs. Off unless asked for: its findings depend on the dictionaries a
    /// machine has, and even with them most are names and borrowed words, not misspellings.
    pub enabled: bool,
    /// A folder of dictionaries (`it_IT.dic` and `it_IT.aff`, or `it.dic`), relative to this
    /// file, searched before the system's (`/usr/share/hunspell`, `/usr/share/myspell/dicts`).
    pub dictionaries: Option<PathBuf>,
    /// Per locale, its dictionary's `.dic` file (the `.aff` beside it), relative to this file.
    pub locales: BTreeMap<String, PathBuf>,
    /// Words every locale may use that dictionaries lack: the product's vocabulary and the
    /// loanwords its translations keep (`app`, `tenant`).
    pub words: Vec<String>,
}

/// A configured level for a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// The rule does not run.
    Off,
    /// Report as a note.
    Note,
    /// Report as a warning.
    Warning,
    /// Report as an error.
    Error,
}

/// DocFX Markdown settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocfxConfig {
    /// Moniker names whose `::: moniker range="…"` blocks are shown; every block when empty.
    pub monikers: Vec<String>,
    /// The site path the docs set is published under (`/office/dev/add-ins/`): redirects and
    /// landing-page links written as site-absolute paths starting with it lead to pages of this
    /// site. Read from `docfx.json`'s `breadcrumb_path` when not set.
    pub base_path: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Help".to_owned(),
            base_url: "/".to_owned(),
            source_locale: "en-US".to_owned(),
            locales: Vec::new(),
            sources: BTreeMap::new(),
            locale_names: BTreeMap::new(),
            docfx: DocfxConfig::default(),
            check: CheckConfig::default(),
            align_report: true,
            search: true,
            fallback_pages: true,
            outdated_notice: true,
            deny: None,
        }
    }
}

/// A TOML settings file of the project (`locdoc.toml`, the suppression file) that could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown keys or wrong types.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u32,
        /// 1-based column.
        column: u32,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Read `<root>/locdoc.toml`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Config, ConfigError> {
        let path = root.join(FILE_NAME);
        match read_optional(&path)? {
            Some(text) => {
                let mut config = Config::parse(&text, &path)?;
                config.resolve_sources(root, &text, &path)?;
                config.resolve_check_files(root, &text, &path)?;
                Ok(config)
            }
            None => Ok(Config::default()),
        }
    }

    /// Make each `[sources]` folder a path from the working folder (they are written relative
    /// to the settings file) and refuse one that is not a readable folder, at its key.
    fn resolve_sources(&mut self, root: &Path, text: &str, path: &Path) -> Result<(), ConfigError> {
        for (locale, folder) in &mut self.sources {
            let resolved = root.join(&*folder);
            let problem = match std::fs::read_dir(&resolved) {
                Ok(_) => None,
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                    Some("does not exist".to_owned())
                }
                Err(err) if !resolved.is_dir() && resolved.exists() => {
                    Some(format!("is not a folder ({err})"))
                }
                Err(err) => Some(format!("cannot be read: {err}")),
            };
            if let Some(problem) = problem {
                return Err(invalid(
                    text,
                    path,
                    key_offset(text, "sources", locale),
                    &format!(
                        "[sources] {locale}: the folder {} {problem} (paths are relative to {})",
                        resolved.display(),
                        path.display()
                    ),
                ));
            }
            *folder = resolved;
        }
        Ok(())
    }

    /// Make the termbase and dictionary paths paths from the working folder (they are written
    /// relative to the settings file), and refuse one that does not exist, at its value.
    fn resolve_check_files(
        &mut self,
        root: &Path,
        text: &str,
        path: &Path,
    ) -> Result<(), ConfigError> {
        let spelling = &mut self.check.spelling;
        let files = self
            .check
            .termbase
            .iter_mut()
            .map(|file| ("termbase", file, false))
            .chain(
                spelling
                    .dictionaries
                    .iter_mut()
                    .map(|d| ("dictionaries", d, true)),
            )
            .chain(
                spelling
                    .locales
                    .values_mut()
                    .map(|d| ("spelling", d, false)),
            );
        for (key, file, folder) in files {
            let resolved = root.join(&*file);
            let exists = if folder {
                resolved.is_dir()
            } else {
                resolved.is_file()
            };
            if !exists {
                let written = file.display().to_string();
                let at = text.find(&format!("\"{written}\"")).unwrap_or(0);
                let kind = if folder { "folder" } else { "file" };
                return Err(invalid(
                    text,
                    path,
                    at,
                    &format!(
                        "[check] {key}: the {kind} {} does not exist (paths are relative to {})",
                        resolved.display(),
                        path.display()
                    ),
                ));
            }
            *file = resolved;
        }
        Ok(())
    }

    /// Parse settings text; `path` names the file in errors. Values TOML accepts but locdoc
    /// cannot use (an unknown rule code, a base URL that is neither an absolute URL nor a path,
    /// a locale that is no BCP-47 tag, a confidence outside 0 to 1) are errors at their place.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = parse_toml(text, path)?;
        // Where a value stands: its first occurrence in the file (as a key or a string).
        let at = |needle: &str| text.find(needle).unwrap_or(0);
        for code in config.check.rules.keys() {
            if !crate::diagnostic::Code::ALL
                .iter()
                .any(|c| c.as_str() == code)
            {
                return Err(invalid(
                    text,
                    path,
                    at(code),
                    &format!(
                        "unknown rule code `{code}` in [check.rules]: `locdoc check` names each finding's code (LD0001 to LD0705)"
                    ),
                ));
            }
        }
        let base = config.base_url.as_str();
        let absolute = ["http://", "https://"]
            .iter()
            .any(|scheme| base.len() > scheme.len() && base.starts_with(scheme));
        if !(absolute || base.starts_with('/')) || base.contains(char::is_whitespace) {
            return Err(invalid(
                text,
                path,
                at(&format!("\"{base}\"")),
                &format!(
                    "base_url `{base}` is neither an absolute URL (`https://help.example.com/`) nor a path from the site's root (`/docs/`)"
                ),
            ));
        }
        for locale in config.sources.keys() {
            if crate::discover::Locale::parse(locale).is_none() {
                return Err(invalid(
                    text,
                    path,
                    key_offset(text, "sources", locale),
                    &format!(
                        "[sources] `{locale}` is not a BCP-47 locale tag such as `ja-JP`: each key names the locale of its folder"
                    ),
                ));
            }
        }
        for locale in config.locales.iter().chain([&config.source_locale]) {
            if crate::discover::Locale::parse(locale).is_none() {
                return Err(invalid(
                    text,
                    path,
                    at(&format!("\"{locale}\"")),
                    &format!("`{locale}` is not a BCP-47 locale tag such as `ro-RO`"),
                ));
            }
        }
        if !(0.0..=1.0).contains(&config.check.min_confidence) {
            return Err(invalid(
                text,
                path,
                at("min_confidence"),
                "min_confidence is a confidence from 0 to 1",
            ));
        }
        Ok(config)
    }

    /// The base URL with exactly one trailing slash.
    pub fn base(&self) -> String {
        format!("{}/", self.base_url.trim_end_matches('/'))
    }

    /// Whether `locale` is to be built.
    pub fn builds(&self, locale: &str) -> bool {
        self.locales.is_empty()
            || locale.eq_ignore_ascii_case(&self.source_locale)
            || self.locales.iter().any(|l| l.eq_ignore_ascii_case(locale))
    }
}

/// The text of a project file that may be absent (`None`); any other read error names the path.
pub fn read_optional(path: &Path) -> Result<Option<String>, ConfigError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ConfigError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Deserialize TOML `text`; an error names `path` and the line and column TOML points at.
pub fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &Path,
) -> Result<T, ConfigError> {
    toml::from_str(text)
        .map_err(|err| invalid(text, path, err.span().map_or(0, |s| s.start), err.message()))
}

/// Where `key` of the `[table]` stands in `text` (its first occurrence after the table's
/// header, quoted or bare), for errors about a value TOML accepted.
fn key_offset(text: &str, table: &str, key: &str) -> usize {
    let from = text.find(&format!("[{table}]")).unwrap_or(0);
    text[from..].find(key).map_or(from, |at| {
        let at = from + at;
        if at > 0 && text.as_bytes()[at - 1] == b'"' {
            at - 1
        } else {
            at
        }
    })
}

/// An `Invalid` error at byte `offset` of the file's `text`.
pub fn invalid(text: &str, path: &Path, offset: usize, message: &str) -> ConfigError {
    let (line, column) = crate::diagnostic::LineIndex::new(text).locate(text, offset);
    ConfigError::Invalid {
        path: path.to_path_buf(),
        line,
        column,
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_locdoc_cannot_use_are_errors_at_their_place() {
        let cases = [
            (
                "[check.rules]\nLD9999 = \"off\"\n",
                2,
                1,
                "unknown rule code `LD9999`",
            ),
            ("base_url = \"not a url\"\n", 1, 12, "base_url `not a url`"),
            (
                "locales = [\"fr-FR\", \"en_us\"]\n",
                1,
                21,
                "`en_us` is not a BCP-47",
            ),
            ("[check]\nmin_confidence = 2.0\n", 2, 1, "from 0 to 1"),
        ];
        for (text, line, column, says) in cases {
            match Config::parse(text, Path::new("locdoc.toml")) {
                Err(ConfigError::Invalid {
                    line: l,
                    column: c,
                    message,
                    ..
                }) => {
                    assert_eq!((l, c), (line, column), "{text}");
                    assert!(message.contains(says), "{message}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        for good in [
            "base_url = \"https://help.example.com/\"\n",
            "base_url = \"/docs/\"\n",
            "[check.rules]\nLD0508 = \"off\"\n",
        ] {
            assert!(
                Config::parse(good, Path::new("locdoc.toml")).is_ok(),
                "{good}"
            );
        }
    }

    #[test]
    fn sources_are_folders_relative_to_the_settings_file_named_at_their_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("repos/en/docs")).expect("mkdir");
        let write = |text: &str| std::fs::write(dir.path().join(FILE_NAME), text).expect("write");
        write("[sources]\nen-US = \"repos/en/docs\"\n");
        let config = Config::load(dir.path()).expect("valid");
        assert_eq!(config.sources["en-US"], dir.path().join("repos/en/docs"));
        write(
            "title = \"x\"\n[sources]\nen-US = \"repos/en/docs\"\n\"ja-JP\" = \"repos/ja/docs\"\n",
        );
        match Config::load(dir.path()) {
            Err(ConfigError::Invalid {
                line,
                column,
                message,
                ..
            }) => {
                assert_eq!((line, column), (4, 1), "{message}");
                assert!(
                    message.contains("ja-JP") && message.contains("does not exist"),
                    "{message}"
                );
            }
            other => panic!("{other:?}"),
        }
        write("[sources]\nen_US = \"repos/en/docs\"\n");
        let err = Config::load(dir.path()).expect_err("bad tag");
        assert!(err.to_string().contains(":2:1: [sources] `en_US`"), "{err}");
    }

    #[test]
    fn defaults_and_overrides() {
        let config = Config::parse(
            "title = \"Ajutor\"\nbase_url = \"https://help.example.com\"\nlocales = [\"ro-RO\"]\n[locale_names]\n\"ro-RO\" = \"Română\"\n[docfx]\nmonikers = [\"o365-worldwide\"]\n",
            Path::new("locdoc.toml"),
        )
        .expect("valid");
        assert_eq!(config.title, "Ajutor");
        assert_eq!(config.base(), "https://help.example.com/");
        assert_eq!(config.source_locale, "en-US");
        assert!(config.builds("ro-RO") && config.builds("en-US") && !config.builds("it-IT"));
        assert_eq!(config.docfx.monikers, ["o365-worldwide"]);
        assert!(config.align_report, "the report is on by default");
        let quiet = Config::parse("align_report = false\n", Path::new("locdoc.toml"));
        assert!(!quiet.expect("valid").align_report);
    }

    #[test]
    fn unknown_keys_are_errors_with_a_position() {
        let err = Config::parse(
            "title = \"x\"\nbase_ulr = \"/\"\n",
            Path::new("locdoc.toml"),
        )
        .expect_err("typo");
        let shown = err.to_string();
        assert!(shown.starts_with("locdoc.toml:2:1: "), "{shown}");
        assert!(shown.contains("base_ulr"), "{shown}");
    }

    #[test]
    fn termbase_and_dictionary_paths_are_relative_to_the_settings_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let write = |text: &str| std::fs::write(dir.path().join(FILE_NAME), text).expect("write");
        std::fs::write(dir.path().join("terms.csv"), "source,locale,target\n").expect("write");
        std::fs::create_dir(dir.path().join("dicts")).expect("mkdir");
        write("[check]\ntermbase = [\"terms.csv\"]\n[check.spelling]\ndictionaries = \"dicts\"\n");
        let config = Config::load(dir.path()).expect("both exist");
        assert_eq!(config.check.termbase, [dir.path().join("terms.csv")]);
        assert_eq!(
            config.check.spelling.dictionaries,
            Some(dir.path().join("dicts"))
        );
        assert!(
            !config.check.spelling.enabled,
            "spelling is off unless asked for"
        );
        write("[check]\ntermbase = [\"terms.csv\", \"gone.tbx\"]\n");
        let err = Config::load(dir.path()).expect_err("missing termbase");
        let shown = err.to_string();
        assert!(
            shown.contains("locdoc.toml:2:26: [check] termbase: the file"),
            "{shown}"
        );
        assert!(shown.contains("gone.tbx does not exist"), "{shown}");
    }
}
