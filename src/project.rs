//! The project: everything a command reads before it looks at content, loaded once.
//!
//! A project is a root folder (`locdoc.toml`, `locdoc-suppressions.toml`, `templates/`,
//! `locales/`) and a content tree (`<root>/content`, another folder given with `--content`, or
//! the seed articles compiled into the binary). Every command starts from [`Project::load`], so
//! `build`, `serve`, `check`, `export` and `align` see the same settings, the same source locale,
//! the same suppressions and the same UI-string coverage, and a file that fails to load is the
//! same typed [`ProjectError`] whichever command met it.

use crate::check::{CheckInput, Dictionaries, Suppression, Termbase, UiStringCoverage};
use crate::config::{Config, ConfigError};
use crate::discover::Discovery;
use crate::parse::Document;
use crate::render::l10n::{L10n, L10nError};
use crate::render::templates::{TemplateError, Templates};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a project's articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentRoot {
    /// A folder laid out as `<locale>/<path>.md`.
    Folder(PathBuf),
    /// One folder per locale (`[sources]` in `locdoc.toml`), each laid out as `<path>.md`:
    /// a docs team's repositories, one per locale, in locale order.
    Sources(Vec<(String, PathBuf)>),
    /// The seed articles compiled into the binary ([`crate::EMBEDDED_CONTENT`]): what `build`
    /// shows in a folder that has no content yet.
    Embedded,
}

/// A project file that could not be loaded. Each variant names the file (and, where the format
/// has them, the line and column), so the command line can point at it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProjectError {
    /// `locdoc.toml` or the suppression file could not be read or is invalid.
    #[error(transparent)]
    Settings(#[from] ConfigError),
    /// A `.ftl` override could not be read or is not valid Fluent.
    #[error(transparent)]
    Strings(#[from] L10nError),
    /// A template override could not be read or does not compile.
    #[error(transparent)]
    Templates(#[from] TemplateError),
    /// Listing the content tree failed (it is missing, or not a folder).
    #[error(transparent)]
    Content(#[from] crate::Error),
}

impl ProjectError {
    /// The failure as a diagnostic on the file it is about (at the line and column the file's
    /// format names): what `serve` shows in its error overlay while the last good project stays.
    pub fn diagnostic(&self) -> crate::Diagnostic {
        let (path, at) = match self {
            ProjectError::Settings(ConfigError::Invalid {
                path, line, column, ..
            }) => (path.clone(), Some((*line, *column))),
            ProjectError::Settings(ConfigError::Io { path, .. }) => (path.clone(), None),
            ProjectError::Strings(L10nError::Parse {
                path, line, column, ..
            })
            | ProjectError::Strings(L10nError::Duplicate {
                path, line, column, ..
            }) => (path.clone(), Some((*line, *column))),
            ProjectError::Strings(L10nError::Unreadable { path, .. }) => (path.clone(), None),
            ProjectError::Templates(error) => (error.path.clone(), error.at),
            ProjectError::Content(crate::Error::NoContentRoot { path })
            | ProjectError::Content(crate::Error::NotAContentRoot { path, .. })
            | ProjectError::Content(crate::Error::Io { path, .. })
            | ProjectError::Content(crate::Error::Walk { path, .. }) => (path.clone(), None),
        };
        let mut diagnostic = crate::Diagnostic::file(
            crate::Code::ProjectFileFailed,
            &path.display().to_string(),
            self.to_string(),
        );
        if let Some((line, column)) = at {
            diagnostic.line = line;
            diagnostic.column = column;
        }
        diagnostic
    }
}

/// A loaded project: settings, UI strings, templates, suppressions and where the content is.
#[derive(Clone)]
pub struct Project {
    /// The project root.
    pub root: PathBuf,
    /// Where the articles are.
    pub content: ContentRoot,
    /// `locdoc.toml`, with every default filled in.
    pub config: Config,
    /// The UI strings: embedded Fluent files merged with `locales/` overrides.
    pub l10n: Arc<L10n>,
    /// The page templates (embedded defaults with `templates/` overrides), compiled the first
    /// time [`Project::templates`] is asked for them: `check`, `export` and `align` render no
    /// page, and compiling them is about 2% of a check.
    templates: std::sync::OnceLock<Arc<Templates>>,
    /// Accepted findings (`locdoc-suppressions.toml`).
    pub suppressions: Vec<Suppression>,
    /// Which UI messages each locale's strings lack or add (LD0601, LD0602).
    pub ui_strings: Vec<UiStringCoverage>,
    /// The termbases `[check] termbase` names, read once.
    pub termbase: Arc<Termbase>,
    /// The spelling dictionaries, each read the first time the check needs it.
    pub dictionaries: Arc<Dictionaries>,
}

impl Project {
    /// Load the project at `root`. `content` is the content tree given on the command line; without
    /// it, `<root>/content` when that is a folder, else the embedded seed articles.
    pub fn load(root: &Path, content: Option<&Path>) -> Result<Project, ProjectError> {
        let config = Config::load(root)?;
        let suppressions = crate::check::load_suppressions(root)?;
        let l10n = Arc::new(L10n::load(Some(&root.join("locales")))?);
        let ui_strings = crate::check::ui_string_coverage(&l10n, root);
        let termbase = Arc::new(Termbase::load(
            &config.check.termbase,
            &config.source_locale,
        )?);
        let dictionaries = Arc::new(Dictionaries::new(&config.check));
        let default_content = root.join("content");
        let content = match content {
            Some(dir) => ContentRoot::Folder(dir.to_path_buf()),
            None if !config.sources.is_empty() => ContentRoot::Sources(
                config
                    .sources
                    .iter()
                    .map(|(locale, dir)| (locale.clone(), dir.clone()))
                    .collect(),
            ),
            None if default_content.is_dir() => ContentRoot::Folder(default_content),
            None => ContentRoot::Embedded,
        };
        Ok(Project {
            root: root.to_path_buf(),
            content,
            config,
            l10n,
            templates: std::sync::OnceLock::new(),
            suppressions,
            ui_strings,
            termbase,
            dictionaries,
        })
    }

    /// Load settings, strings and templates again (a `serve` rebuild after one of them changed),
    /// keeping the content root.
    pub fn reload(&self) -> Result<Project, ProjectError> {
        let mut project = Project::load(&self.root, None)?;
        project.content = self.content.clone();
        Ok(project)
    }

    /// The page templates, compiled on first use (then shared by every clone made after).
    pub fn templates(&self) -> Result<Arc<Templates>, ProjectError> {
        if let Some(templates) = self.templates.get() {
            return Ok(Arc::clone(templates));
        }
        let templates = Arc::new(Templates::load(
            Some(&self.root.join("templates")),
            Arc::clone(&self.l10n),
        )?);
        Ok(Arc::clone(self.templates.get_or_init(|| templates)))
    }

    /// The locale of the English originals, from the settings.
    pub fn source_locale(&self) -> &str {
        &self.config.source_locale
    }

    /// What the check needs besides the content.
    pub fn check_input(&self) -> CheckInput<'_> {
        CheckInput {
            config: &self.config.check,
            suppressions: &self.suppressions,
            ui_strings: &self.ui_strings,
            termbase: &self.termbase,
            dictionaries: &self.dictionaries,
        }
    }

    /// The content folder; the embedded articles and locales with folders of their own have
    /// none.
    pub fn content_folder(&self) -> Option<&Path> {
        match &self.content {
            ContentRoot::Folder(dir) => Some(dir),
            ContentRoot::Sources(_) | ContentRoot::Embedded => None,
        }
    }

    /// Every folder content is read from (what `serve` watches and what `build` must not write
    /// into).
    pub fn content_folders(&self) -> Vec<&Path> {
        match &self.content {
            ContentRoot::Folder(dir) => vec![dir.as_path()],
            ContentRoot::Sources(sources) => sources.iter().map(|(_, dir)| dir.as_path()).collect(),
            ContentRoot::Embedded => Vec::new(),
        }
    }

    /// How printed paths name content files, so that a user can open them: below the content
    /// folder as typed, or below each locale's own folder.
    pub fn shown_paths(&self) -> crate::report::ShownPaths {
        match &self.content {
            ContentRoot::Sources(sources) => crate::report::ShownPaths::per_locale(sources),
            _ => crate::report::ShownPaths::below(self.shown_content_root()),
        }
    }

    /// The content folder as the user typed it, for printed paths (`content` for the embedded
    /// articles, whose paths are shown as if they were there).
    pub fn shown_content_root(&self) -> &Path {
        self.content_folder().unwrap_or(Path::new("content"))
    }

    /// List the content: the files of the folder, or the embedded articles (already parsed, so
    /// [`Input::source`] reads them from memory).
    pub fn discover(&self) -> Result<Input, ProjectError> {
        match &self.content {
            ContentRoot::Folder(_) | ContentRoot::Sources(_) => {
                Ok(Input::with_docsets(self.list()?, &self.config))
            }
            ContentRoot::Embedded => Ok(Input::embedded()),
        }
    }

    /// List the content folders (nothing for the embedded articles).
    pub fn list(&self) -> Result<Discovery, crate::Error> {
        match &self.content {
            ContentRoot::Folder(dir) => crate::discover::discover(dir, &self.config.locales),
            ContentRoot::Sources(sources) => crate::discover::discover_sources(
                sources
                    .iter()
                    .map(|(locale, dir)| (locale.as_str(), dir.as_path())),
            ),
            ContentRoot::Embedded => Ok(Discovery::default()),
        }
    }
}

/// The content a pipeline run reads: the files, the problems of the tree they were listed from,
/// and, for content that is not read from disk, the parsed documents (file `n` is document `n`).
#[derive(Debug, Default)]
pub struct Input {
    /// The Markdown files, sorted by path.
    pub files: Vec<crate::SourceFile>,
    /// Problems with the tree itself (bad locale folders, links out of the root).
    pub tree_diagnostics: Vec<crate::Diagnostic>,
    /// Files published as they are (images, downloads).
    pub static_files: Vec<crate::discover::StaticFile>,
    /// The docs sets' navigation, landing pages and redirects.
    pub docsets: std::sync::Arc<crate::docset::Docsets>,
    /// The documents, when they are in memory rather than on disk.
    pub documents: Option<Vec<Document>>,
}

impl Input {
    /// A content folder as discovery listed it, without its docs-set files (what the library's
    /// `load` reads).
    pub fn from_discovery(discovery: Discovery) -> Input {
        Input {
            files: discovery.files,
            tree_diagnostics: discovery.diagnostics,
            static_files: discovery.static_files,
            docsets: std::sync::Arc::default(),
            documents: None,
        }
    }

    /// A content folder as discovery listed it, with its docs sets read (their problems join
    /// the tree's).
    pub fn with_docsets(discovery: Discovery, config: &Config) -> Input {
        let docsets = crate::docset::Docsets::of(&discovery, config);
        let mut input = Input::from_discovery(discovery);
        input
            .tree_diagnostics
            .extend(docsets.diagnostics.iter().cloned());
        input.docsets = std::sync::Arc::new(docsets);
        input
    }

    /// The seed articles compiled into the binary.
    pub fn embedded() -> Input {
        let documents: Vec<Document> = crate::EMBEDDED_CONTENT
            .iter()
            .map(|(path, text)| crate::parse::parse_text(path, text))
            .collect();
        Input {
            files: documents.iter().map(|d| d.file.clone()).collect(),
            documents: Some(documents),
            ..Input::default()
        }
    }

    /// Where the pipeline reads each file's document from.
    pub fn source(&self) -> crate::pipeline::Source<'_> {
        match &self.documents {
            Some(documents) => crate::pipeline::Source::Memory(documents),
            None => crate::pipeline::Source::Disk,
        }
    }

    /// Keep only the files of `locales` (all when it is empty; case does not matter), what
    /// `--locale` asks for, and those of `source_locale`: the English the others are aligned
    /// and checked against.
    pub fn keep_locales(&mut self, locales: &[String], source_locale: &str) {
        if locales.is_empty() {
            return;
        }
        let wanted = |locale: &str| {
            locale.eq_ignore_ascii_case(source_locale)
                || locales.iter().any(|l| l.eq_ignore_ascii_case(locale))
        };
        if let Some(documents) = &mut self.documents {
            documents.retain(|d| wanted(d.locale().as_str()));
        }
        self.files.retain(|f| wanted(f.locale.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_root_without_content_builds_the_embedded_articles() {
        let dir = tempfile::tempdir().expect("tempdir");
        let project = Project::load(dir.path(), None).expect("defaults load");
        assert_eq!(project.content, ContentRoot::Embedded);
        let input = project.discover().expect("embedded");
        assert_eq!(input.files.len(), crate::EMBEDDED_CONTENT.len());
        assert_eq!(
            input.documents.as_ref().map(Vec::len),
            Some(crate::EMBEDDED_CONTENT.len())
        );
    }

    #[test]
    fn every_project_file_is_loaded_by_the_one_loader_and_errors_name_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("content")).expect("mkdir");
        let project = Project::load(dir.path(), None).expect("defaults load");
        assert_eq!(
            project.content,
            ContentRoot::Folder(dir.path().join("content"))
        );
        std::fs::write(
            dir.path().join(crate::check::SUPPRESSIONS_FILE),
            "[[suppress]]\nfingerprint = \"x\"\nrule = \"LD0501\"\nreason = \"\"\n",
        )
        .expect("write");
        let Err(ProjectError::Settings(error)) = Project::load(dir.path(), None) else {
            panic!("a suppression without a reason is refused");
        };
        assert!(error.to_string().contains("locdoc-suppressions.toml:"));
    }
}
