//! `serve`: the site kept in memory and rebuilt by what a saved file touches, served over HTTP.
//!
//! [`Site`] holds everything a rebuild starts from: the configuration, templates and Fluent
//! strings, the parsed documents (the last good version of each file), and what each article
//! produced (its page paths and index entries). [`Site::rebuild`] takes a [`ChangeKind`] and
//! returns a [`Delta`]: the output files to replace or remove, and the errors that block the
//! build now. Nothing is written to disk; [`http`] serves the files from memory.
//!
//! - An edited article is re-read and re-parsed alone, re-aligned alone, and only its pages, the
//!   lists of articles and the sitemap are rendered again where what they list changed (a new
//!   title, a page more or less) ([`Site::rebuild`]); its alignment-report page and
//!   `_align/index.html` follow in a [`ReportJob`] (the QA rules compare a locale's segments
//!   across articles, so they run over the whole site). A report job works on a snapshot of the
//!   documents (each is behind an `Arc`, so a snapshot copies pointers, and a save replaces one
//!   pointer) on a thread pool of its own, so a save made while it runs is rebuilt and served at
//!   once.
//! - A new, deleted or renamed file, or an edited include, rescans the tree and re-renders every
//!   page (links between articles and spliced includes depend on which files exist).
//! - A template, `.ftl` or `locdoc.toml` change reloads it and re-renders everything from the
//!   parsed documents, without parsing again.
//! - A file that cannot be read, or whose front matter is broken, is an error: the site keeps the
//!   file's last good version (so its last good pages stay served) until a good save. The same
//!   holds for pages that fail to render, and for a template, `.ftl` or configuration that fails
//!   to load (then nothing changes until it loads).
//!
//! `watch` turns file-system events into [`ChangeKind`]s; `http` is the server.

pub mod http;
pub mod rebuild;
pub mod watch;

use crate::diagnostic::{Code, Diagnostic};
use crate::discover::{SourceFile, StaticFile};
use crate::parse::{self, Document};
use crate::pipeline::{self, Look, Purpose, Scope, Source, Survey};
use crate::project::{Project, ProjectError};
use crate::render::{self, Entry, Memory, Progress, Rendered};
use crate::report;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

/// What changed on disk, as far as a rebuild cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    /// Files under the content root (absolute or relative to the current folder).
    Content(BTreeSet<PathBuf>),
    /// The content root itself was created, removed or replaced (`mv content_new content`):
    /// every file is read again.
    ContentRoot,
    /// Something under `templates/`.
    Templates,
    /// Something under `locales/` (the Fluent strings).
    Locales,
    /// `locdoc.toml` (or the suppression file beside it).
    Config,
}

/// What a rebuild changes in the served files.
#[derive(Debug, Default)]
pub struct Delta {
    /// Files to add or replace.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Files to remove (pages of articles that are gone).
    pub removed: Vec<String>,
    /// The errors that block some part of the build now (empty when the build is good).
    pub errors: Vec<Diagnostic>,
    /// The content's problems as `build` prints them (the tree's: folders that are no locale,
    /// links out of the root; every file's: malformed spans, front matter), when they differ
    /// from the last delta's.
    pub content: Vec<Diagnostic>,
    /// Pages rendered.
    pub pages: usize,
    /// The locales that have pages (for `Accept-Language` negotiation at `/`).
    pub locales: Vec<String>,
    /// Part of this rebuild failed in a way that may pass: a file that is there could not be
    /// read, or the content root that is there could not be listed (out of file descriptors,
    /// say). The same change is worth rebuilding again shortly.
    pub retry: bool,
}

/// The folders a preview watches.
#[derive(Debug, Clone)]
pub struct Folders {
    /// The project root (`locdoc.toml`, `templates/`, `locales/`).
    pub root: PathBuf,
    /// The content root.
    pub content_root: PathBuf,
    /// Locales with folders of their own (`[sources]`): the locale and its folder, canonical.
    pub sources: Vec<(String, PathBuf)>,
}

/// The site between rebuilds: the project, the last good version of every file, and the
/// survey of every article (its pages, titles, English page), refreshed by what a save touches.
pub struct Site {
    project: Project,
    /// The project's templates, compiled.
    templates: Arc<crate::render::templates::Templates>,
    content_root: PathBuf,
    /// Locales with folders of their own (`[sources]`), canonical as watch events name them.
    sources: Vec<(String, PathBuf)>,
    /// The last good version of every file, sorted by relative path (shared with a running
    /// report job: replacing one document never copies the others).
    documents: Vec<Arc<Document>>,
    /// Their files, in the same order (file `n` is document `n`).
    files: Vec<SourceFile>,
    /// Problems with the tree itself (bad locale folders, links out of the root).
    tree_diagnostics: Vec<Diagnostic>,
    /// Files published as they are.
    static_files: Vec<StaticFile>,
    /// The docs sets' navigation, landing pages and redirects, read again with the tree.
    docsets: Arc<crate::docset::Docsets>,
    /// What every article gives the rest of the site.
    survey: Survey,
    /// Files whose current version is broken (unreadable, bad front matter): their errors.
    broken: BTreeMap<String, Vec<Diagnostic>>,
    /// The content's problems as the last delta told them.
    content_told: Vec<Diagnostic>,
    /// Pages that failed to render, by article (`""` for the indexes).
    failed: BTreeMap<String, Vec<Diagnostic>>,
    /// What rendering found on pages that were made (a missing include), by article.
    page_findings: BTreeMap<String, Vec<Diagnostic>>,
    /// A configuration, template or `.ftl` that does not load.
    load_error: Option<Diagnostic>,
    /// The content root cannot be listed (removed, unreadable).
    content_error: Option<Diagnostic>,
    /// Every path served now.
    served: BTreeSet<String>,
    /// Articles whose report pages are out of date.
    report_pending: Option<BTreeSet<String>>,
}

/// Whether a diagnostic keeps a file out of the build (its last good version stays).
fn blocks(d: &Diagnostic) -> bool {
    matches!(
        d.code,
        Code::BadYaml | Code::UnclosedFrontMatter | Code::Unreadable | Code::NotUtf8
    )
}

/// A document to build from, or the diagnostics that keep its file out of the build.
type Usable = Result<Arc<Document>, Vec<Diagnostic>>;

/// What a freshly read file is to the build.
fn usable(read: Result<Document, Diagnostic>) -> Usable {
    let doc = read.map_err(|d| vec![d])?;
    let blocking: Vec<Diagnostic> = doc
        .diagnostics
        .iter()
        .filter(|d| blocks(d))
        .cloned()
        .collect();
    if blocking.is_empty() {
        Ok(Arc::new(doc))
    } else {
        Err(blocking)
    }
}

impl Site {
    /// Read and parse the project's content folder, render the whole site: the site and the
    /// first delta (all files).
    ///
    /// A project without a content folder serves the embedded sample, as `build` builds it,
    /// until a `content/` folder appears at the project root: that is then read and served.
    pub fn open(project: Project) -> Result<(Site, Delta), ProjectError> {
        let content_root = project.content_folder().map_or_else(
            || project.root.join("content"),
            std::path::Path::to_path_buf,
        );
        let project_sources = match &project.content {
            crate::project::ContentRoot::Sources(sources) => Some(
                sources
                    .iter()
                    .map(|(locale, dir)| {
                        (locale.clone(), dir.canonicalize().unwrap_or(dir.clone()))
                    })
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        };
        let templates = project.templates()?;
        let mut site = Site {
            project,
            templates,
            content_root,
            sources: match &project_sources {
                Some(sources) => sources.clone(),
                None => Vec::new(),
            },
            documents: Vec::new(),
            files: Vec::new(),
            tree_diagnostics: Vec::new(),
            static_files: Vec::new(),
            docsets: Arc::default(),
            survey: Survey::default(),
            broken: BTreeMap::new(),
            content_told: Vec::new(),
            failed: BTreeMap::new(),
            page_findings: BTreeMap::new(),
            load_error: None,
            content_error: None,
            served: BTreeSet::new(),
            report_pending: None,
        };
        if site.project.content == crate::project::ContentRoot::Embedded {
            let input = crate::project::Input::embedded();
            site.files.clone_from(&input.files);
            site.documents = input
                .documents
                .unwrap_or_default()
                .into_iter()
                .map(Arc::new)
                .collect();
        } else {
            site.rescan_with(&BTreeSet::new())?;
        }
        let mut delta = site.render_all();
        delta.errors = site.errors();
        delta.content = site.content_news();
        Ok((site, delta))
    }

    /// The source locale (where `/` goes when the browser asks for nothing built).
    pub fn source_locale(&self) -> String {
        self.project.source_locale().to_owned()
    }

    /// The folders to watch.
    pub fn folders(&self) -> Folders {
        Folders {
            root: self.project.root.clone(),
            content_root: self.content_root.clone(),
            sources: self.sources.clone(),
        }
    }

    /// The errors that block part of the build now, in path order.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let mut errors: Vec<Diagnostic> = self
            .load_error
            .iter()
            .chain(&self.content_error)
            .cloned()
            .collect();
        errors.extend(self.broken.values().flatten().cloned());
        errors.extend(self.failed.values().flatten().cloned());
        errors
    }

    /// What the browser's overlay lists: `errors` (what blocks part of the build), then the
    /// content's errors as `build` prints them (malformed spans, a missing include), which leave
    /// the page built but wrong.
    pub fn overlay_text(&self, errors: &[Diagnostic], paths: &report::ShownPaths) -> String {
        let content = self
            .content_told
            .iter()
            .filter(|d| d.severity == crate::Severity::Error);
        let all: Vec<Diagnostic> = errors.iter().chain(content).cloned().collect();
        Self::errors_text(&all, paths)
    }

    /// The errors as text, one `path:line:column: LDxxxx message` per line (empty when none).
    pub fn errors_text(errors: &[Diagnostic], paths: &report::ShownPaths) -> String {
        errors
            .iter()
            .map(|d| format!("{}\n", report::one_line(d, paths)))
            .collect()
    }

    /// Rebuild what `change` touches. Report pages are left for [`Site::rebuild_report`].
    pub fn rebuild(&mut self, change: &ChangeKind) -> Delta {
        let mut delta = match change {
            ChangeKind::Content(paths) => self.content_changed(paths),
            ChangeKind::ContentRoot => self.content_replaced(),
            ChangeKind::Templates | ChangeKind::Locales | ChangeKind::Config => self.reload(),
        };
        delta.errors = self.errors();
        delta.content = self.content_news();
        delta.retry = self.may_pass();
        delta
    }

    /// Whether what failed may read fine on another try: see [`Delta::retry`].
    fn may_pass(&self) -> bool {
        let unreadable_file_is_there = self.broken.iter().any(|(rel, diagnostics)| {
            diagnostics.iter().any(|d| d.code == Code::Unreadable) && self.disk_path(rel).is_file()
        });
        unreadable_file_is_there || (self.content_error.is_some() && self.content_root.is_dir())
    }

    /// Where the file of a content path (`ja-JP/x.md`) is on disk.
    fn disk_path(&self, rel: &str) -> PathBuf {
        if let Some((locale, rest)) = rel.split_once('/')
            && let Some((_, dir)) = self.sources.iter().find(|(l, _)| l == locale)
        {
            return dir.join(rest);
        }
        self.content_root.join(rel)
    }

    /// The content path (`ja-JP/x.md`) of a file on disk, if it is content.
    fn content_path(&self, path: &std::path::Path) -> Option<String> {
        let (prefix, rest) = self
            .sources
            .iter()
            .find_map(|(locale, dir)| Some((format!("{locale}/"), path.strip_prefix(dir).ok()?)))
            .or_else(|| Some((String::new(), path.strip_prefix(&self.content_root).ok()?)))?;
        let parts: Option<Vec<&str>> = rest.components().map(|c| c.as_os_str().to_str()).collect();
        let rel = parts?.join("/");
        (!rel.is_empty()).then(|| format!("{prefix}{rel}"))
    }

    /// The content's problems, if they changed since the last delta told them.
    fn content_news(&mut self) -> Vec<Diagnostic> {
        let now: Vec<Diagnostic> = self
            .survey
            .diagnostics()
            .chain(self.page_findings.values().flatten())
            .cloned()
            .collect();
        if now == self.content_told {
            return Vec::new();
        }
        self.content_told.clone_from(&now);
        now
    }

    /// The alignment report to re-render, if it is out of date: the pages of the articles changed
    /// since the last job and `_align/index.html` (every page after a full rebuild). The job
    /// holds a snapshot; run it anywhere, then hand its outcome to [`Site::apply_report`].
    pub fn report_job(&mut self) -> Option<ReportJob> {
        let pending = self.report_pending.take()?;
        if !self.project.config.align_report {
            return None;
        }
        Some(ReportJob {
            documents: self.documents.clone(),
            files: self.files.clone(),
            tree_diagnostics: self.tree_diagnostics.clone(),
            project: self.project.clone(),
            templates: Arc::clone(&self.templates),
            pending,
        })
    }

    /// Take in a finished report job's pages: the delta to serve.
    pub fn apply_report(&mut self, done: ReportDone) -> Delta {
        let ReportDone { rendered, files } = done;
        let mut delta = Delta {
            pages: rendered.pages,
            ..Delta::default()
        };
        self.failed.remove(render::report::REPORT_DIR);
        if !rendered.diagnostics.is_empty() {
            self.failed
                .insert(render::report::REPORT_DIR.to_owned(), rendered.diagnostics);
        }
        self.served.extend(files.keys().cloned());
        delta.files = files;
        delta.errors = self.errors();
        delta
    }

    /// Re-render the alignment report where it is out of date, here and now.
    pub fn rebuild_report(&mut self) -> Option<Delta> {
        let job = self.report_job()?;
        let done = job.run();
        Some(self.apply_report(done))
    }

    /// List the tree again, keep the parsed documents of files that did not change
    /// (`changed` are re-read), read the new ones.
    fn rescan_with(&mut self, changed: &BTreeSet<String>) -> Result<(), crate::Error> {
        let mut discovery = self.project.list()?;
        let docsets = crate::docset::Docsets::of(&discovery, &self.project.config);
        let mut old: BTreeMap<String, Arc<Document>> = std::mem::take(&mut self.documents)
            .into_iter()
            .map(|d| (d.file.rel_path.clone(), d))
            .collect();
        let files = std::mem::take(&mut discovery.files);
        let results: Vec<(SourceFile, Option<Arc<Document>>)> = files
            .into_iter()
            .map(|f| {
                let kept = (!changed.contains(&f.rel_path))
                    .then(|| old.remove(&f.rel_path))
                    .flatten();
                (f, kept)
            })
            .collect();
        let parsed: Vec<(String, Usable)> = results
            .into_par_iter()
            .map(|(file, kept)| match kept {
                Some(doc) => (file.rel_path.clone(), Ok(doc)),
                None => (file.rel_path.clone(), usable(parse::read_and_parse(file))),
            })
            .collect();
        self.broken.clear();
        let mut documents = Vec::with_capacity(parsed.len());
        for (rel, result) in parsed {
            let blocking = match result {
                Ok(doc) => {
                    documents.push(doc);
                    continue;
                }
                Err(blocking) => blocking,
            };
            // Broken now: its last good version stays in the build.
            if let Some(good) = old.remove(&rel) {
                documents.push(good);
            }
            self.broken.insert(rel, blocking);
        }
        documents.sort_by(|a, b| a.file.rel_path.cmp(&b.file.rel_path));
        self.files = documents.iter().map(|d| d.file.clone()).collect();
        self.documents = documents;
        self.tree_diagnostics = discovery.diagnostics;
        self.tree_diagnostics
            .extend(docsets.diagnostics.iter().cloned());
        self.docsets = Arc::new(docsets);
        self.static_files = discovery.static_files;
        Ok(())
    }

    /// The survey's purpose here: the site's facts, no check (report jobs run it).
    fn survey_of(&self, only: &(dyn Fn(&str) -> bool + Sync)) -> Survey {
        pipeline::survey(
            &self.files,
            Source::Shared(&self.documents),
            self.tree_diagnostics.clone(),
            &Purpose {
                config: &self.project.config,
                check: None,
                site: true,
            },
            only,
        )
    }

    /// Render `scope` of the site from the documents in memory, into memory.
    fn render(&self, scope: &Scope<'_>) -> (Rendered, BTreeMap<String, Vec<u8>>) {
        let memory = Memory::default();
        let rendered = pipeline::render_site(
            &self.files,
            &self.survey,
            Source::Shared(&self.documents),
            &Look {
                config: &self.project.config,
                templates: &self.templates,
                l10n: &self.project.l10n,
                docsets: &self.docsets,
            },
            scope,
            &Progress::none(),
            &memory,
        );
        (rendered, memory.into_files())
    }

    /// Add the search bundle of the pages in `files` (the whole site, just rendered). A save
    /// that renders a few pages leaves it as it is until the next whole render.
    fn index_for_search(&mut self, files: &mut BTreeMap<String, Vec<u8>>) {
        let pages = crate::search::SearchPages::default();
        for (path, bytes) in files.iter() {
            if let Ok(html) = std::str::from_utf8(bytes) {
                pages.add(path, html);
            }
        }
        match pages.bundle() {
            Ok(bundle) => files.extend(bundle),
            Err(err) => {
                self.failed.insert(
                    crate::search::BUNDLE_DIR.to_owned(),
                    vec![Diagnostic::file(
                        Code::PageFailed,
                        crate::search::BUNDLE_DIR,
                        err.to_string(),
                    )],
                );
            }
        }
    }

    /// The pages that failed to render in `rendered`, by article (`""` for the lists).
    fn record_failures(&mut self, rendered: &Rendered) {
        for d in &rendered.diagnostics {
            // Files are sorted by path: every finding of a page is looked up, not only failures.
            let article = self
                .files
                .binary_search_by(|f| f.rel_path.as_str().cmp(&d.path))
                .map_or_else(|_| String::new(), |i| self.files[i].article.clone());
            let kept = if d.code == Code::PageFailed {
                &mut self.failed
            } else {
                &mut self.page_findings
            };
            kept.entry(article).or_default().push(d.clone());
        }
    }

    /// Render every page from the parsed documents; the delta replaces every file.
    fn render_all(&mut self) -> Delta {
        self.survey = self.survey_of(&pipeline::all);
        let (rendered, mut files) = self.render(&Scope {
            pages: &pipeline::all,
            report: &pipeline::none,
            lists: &pipeline::all,
        });
        self.failed.clear();
        self.page_findings.clear();
        self.record_failures(&rendered);
        for file in &self.static_files {
            if let Ok(bytes) = std::fs::read(&file.path) {
                files.entry(file.rel_path.clone()).or_insert(bytes);
            }
        }
        if self.project.config.search {
            self.index_for_search(&mut files);
        }
        self.report_pending = Some(BTreeSet::new());
        // Paths served before that this build did not produce: gone, unless their page failed
        // (then the last good one stays) or they are report pages (rebuilt next).
        let failed_paths: BTreeSet<String> = self
            .failed
            .values()
            .flatten()
            .map(|d| d.path.clone())
            .collect();
        let pages: BTreeSet<String> = self.page_paths(|_| true).collect();
        let removed: Vec<String> = self
            .served
            .iter()
            .filter(|p| {
                !files.contains_key(*p)
                    && !p.starts_with(render::report::REPORT_DIR)
                    && !failed_paths.contains(*p)
                    && !pages.contains(*p)
            })
            .cloned()
            .collect();
        for p in &removed {
            self.served.remove(p);
        }
        self.served.extend(files.keys().cloned());
        Delta {
            files,
            removed,
            pages: rendered.pages,
            locales: self.locales(),
            ..Delta::default()
        }
    }

    /// The output paths of the pages of the articles `which` accepts.
    fn page_paths(&self, which: impl Fn(&str) -> bool) -> impl Iterator<Item = String> {
        self.survey
            .entries()
            .filter(move |e| which(&e.article))
            .map(|e| render::page_path(&e.locale, &e.article))
    }

    /// The locales with pages.
    pub fn locales(&self) -> Vec<String> {
        self.survey
            .entries()
            .map(|e| e.locale.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(str::to_owned)
            .collect()
    }

    /// A template, `.ftl` or configuration change: reload them all, re-render everything.
    fn reload(&mut self) -> Delta {
        match self.project.reload().and_then(|p| Ok((p.templates()?, p))) {
            Ok((templates, project)) => {
                self.project = project;
                self.templates = templates;
                self.load_error = None;
                self.render_all()
            }
            Err(error) => {
                self.load_error = Some(error.diagnostic());
                Delta::default()
            }
        }
    }

    /// The content root was replaced or removed: list it again and read every file anew (what
    /// was kept came from the tree that is gone). While the root is missing, that is the error
    /// shown and the last good pages stay.
    fn content_replaced(&mut self) -> Delta {
        if self.project.content == crate::project::ContentRoot::Embedded {
            if !self.content_root.is_dir() {
                return Delta::default();
            }
            // A content folder made while the sample was served: serve it from now on.
            self.project.content = crate::project::ContentRoot::Folder(self.content_root.clone());
        }
        let every: BTreeSet<String> = self
            .documents
            .iter()
            .map(|d| d.file.rel_path.clone())
            .collect();
        match self.rescan_with(&every) {
            Ok(()) => {
                self.content_error = None;
                self.render_all()
            }
            Err(err) => {
                self.content_error = Some(ProjectError::from(err).diagnostic());
                Delta::default()
            }
        }
    }

    /// Files under the content root changed.
    fn content_changed(&mut self, paths: &BTreeSet<PathBuf>) -> Delta {
        let rel: BTreeSet<String> = paths.iter().filter_map(|p| self.content_path(p)).collect();
        // The fast path: every changed file is a known article (not an include) still on disk.
        let known: Vec<usize> = rel
            .iter()
            .filter_map(|r| {
                self.documents
                    .binary_search_by(|d| d.file.rel_path.as_str().cmp(r))
                    .ok()
            })
            .collect();
        let fast = known.len() == rel.len()
            && known.iter().all(|&i| {
                let doc = &self.documents[i];
                doc.file.path.is_file() && !render::is_include(&doc.file.article)
            });
        if !fast {
            if self.load_error.is_some() {
                return Delta::default();
            }
            if let Err(err) = self.rescan_with(&rel) {
                self.content_error = Some(ProjectError::from(err).diagnostic());
                return Delta::default();
            }
            self.content_error = None;
            return self.render_all();
        }
        let mut touched: BTreeSet<String> = BTreeSet::new();
        for i in known {
            let file = self.documents[i].file.clone();
            let rel_path = file.rel_path.clone();
            let article = file.article.clone();
            match usable(parse::read_and_parse(file)) {
                Ok(doc) => {
                    self.broken.remove(&rel_path);
                    self.documents[i] = doc;
                    touched.insert(article);
                }
                Err(blocking) => {
                    self.broken.insert(rel_path, blocking);
                }
            }
        }
        if touched.is_empty() || self.load_error.is_some() {
            return Delta::default();
        }
        self.render_articles(&touched)
    }

    /// Re-survey and re-render the pages of `touched` articles, then the lists whose entries
    /// changed.
    fn render_articles(&mut self, touched: &BTreeSet<String>) -> Delta {
        let entries_of = |survey: &Survey| -> Vec<Entry> {
            survey
                .entries()
                .filter(|e| touched.contains(&e.article))
                .cloned()
                .collect()
        };
        let entries_before = entries_of(&self.survey);
        let pages_before: Vec<String> = self.page_paths(|a| touched.contains(a)).collect();
        let locales_before: BTreeSet<String> = self.locales().into_iter().collect();
        let fresh = self.survey_of(&|article| touched.contains(article));
        self.survey.refresh(&self.files, touched, fresh);
        let entries_after = entries_of(&self.survey);
        let locales_after: BTreeSet<String> = self.locales().into_iter().collect();
        // A list that failed last time is rendered again whatever changed.
        let lists = if self.failed.contains_key("") {
            Some(IndexScope::all())
        } else {
            IndexScope::of_change(
                &entries_before,
                &entries_after,
                &locales_before,
                &locales_after,
            )
        };
        let (rendered, files) = self.render(&Scope {
            pages: &|article| touched.contains(article),
            report: &pipeline::none,
            lists: &|path| lists.as_ref().is_some_and(|scope| scope.wants(path)),
        });
        for article in touched {
            self.failed.remove(article);
            self.page_findings.remove(article);
        }
        if lists.is_some() {
            self.failed.remove("");
        }
        self.record_failures(&rendered);
        let pages_now: BTreeSet<String> = self.page_paths(|a| touched.contains(a)).collect();
        let removed: Vec<String> = pages_before
            .into_iter()
            .filter(|p| !pages_now.contains(p) && !files.contains_key(p))
            .collect();
        for p in &removed {
            self.served.remove(p);
        }
        self.served.extend(files.keys().cloned());
        match &mut self.report_pending {
            // An empty set means every page: keep it so.
            Some(pending) if pending.is_empty() => {}
            Some(pending) => pending.extend(touched.iter().cloned()),
            None => self.report_pending = Some(touched.clone()),
        }
        Delta {
            files,
            removed,
            pages: rendered.pages,
            locales: self.locales(),
            ..Delta::default()
        }
    }
}

/// A re-render of the alignment report, on a snapshot of the site taken by [`Site::report_job`].
pub struct ReportJob {
    documents: Vec<Arc<Document>>,
    files: Vec<SourceFile>,
    tree_diagnostics: Vec<Diagnostic>,
    project: Project,
    templates: Arc<crate::render::templates::Templates>,
    /// The articles whose pages to render (empty: every page).
    pending: BTreeSet<String>,
}

/// What a report job made.
pub struct ReportDone {
    rendered: Rendered,
    files: BTreeMap<String, Vec<u8>>,
}

impl ReportJob {
    /// Survey and check the whole snapshot, render the report pages it is for.
    pub fn run(&self) -> ReportDone {
        let source = Source::Shared(&self.documents);
        let config = &self.project.config;
        let check = self.project.check_input();
        let survey = pipeline::survey(
            &self.files,
            source,
            self.tree_diagnostics.clone(),
            &Purpose {
                config,
                check: Some(&check),
                site: true,
            },
            &pipeline::all,
        );
        let all = self.pending.is_empty();
        let memory = Memory::default();
        let rendered = pipeline::render_site(
            &self.files,
            &survey,
            source,
            &Look {
                config,
                templates: &self.templates,
                l10n: &self.project.l10n,
                // Report pages only: no docs-set page is in scope.
                docsets: &crate::docset::Docsets::default(),
            },
            &Scope {
                pages: &pipeline::none,
                report: &|article| all || self.pending.contains(article),
                lists: &|path| path == render::report::OVERVIEW,
            },
            &Progress::none(),
            &memory,
        );
        ReportDone {
            rendered,
            files: memory.into_files(),
        }
    }
}

/// Which of the pages that list articles to render: a rebuild that changed one article's title
/// re-renders one locale index, not every index and the sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexScope {
    /// The locale indexes to render (`None`: every locale's).
    pub locales: Option<BTreeSet<String>>,
    /// The root language picker, `404.html`, the stylesheet and the script (they list locales).
    pub site_pages: bool,
    /// `sitemap.xml` (it lists every page of every locale).
    pub sitemap: bool,
}

impl IndexScope {
    /// Everything: what a full build renders.
    pub fn all() -> IndexScope {
        IndexScope {
            locales: None,
            site_pages: true,
            sitemap: true,
        }
    }

    /// What must be rendered again when the index entries of some articles went from `before` to
    /// `after` (both in article then locale order), in a site whose locales went from
    /// `locales_before` to `locales_after`. `None` when nothing that lists pages changed.
    pub fn of_change(
        before: &[Entry],
        after: &[Entry],
        locales_before: &BTreeSet<String>,
        locales_after: &BTreeSet<String>,
    ) -> Option<IndexScope> {
        let pages = |entries: &[Entry]| -> BTreeSet<(String, String)> {
            entries
                .iter()
                .map(|e| (e.article.clone(), e.locale.clone()))
                .collect()
        };
        let sitemap = pages(before) != pages(after);
        let old: BTreeSet<&Entry> = before.iter().collect();
        let new: BTreeSet<&Entry> = after.iter().collect();
        let locales: BTreeSet<String> = old
            .symmetric_difference(&new)
            .map(|e| e.locale.clone())
            .collect();
        let site_pages = locales_before != locales_after;
        (sitemap || site_pages || !locales.is_empty()).then_some(IndexScope {
            locales: Some(locales),
            site_pages,
            sitemap,
        })
    }

    fn includes(&self, locale: &str) -> bool {
        self.locales.as_ref().is_none_or(|l| l.contains(locale))
    }

    /// Whether the list file at output path `path` is to be rendered.
    pub fn wants(&self, path: &str) -> bool {
        if path == render::SITEMAP {
            return self.sitemap;
        }
        match path.strip_suffix("/index.html") {
            Some(locale) if !locale.contains('/') => self.includes(locale),
            _ => self.site_pages,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file that is there but could not be read (out of descriptors) is tried again; one that
    /// is gone, or a file that reads but is broken, is not.
    #[test]
    fn a_rebuild_is_retried_only_when_its_failure_may_pass() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("content/ro-RO/a.md");
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, "# A\n\nText.\n").expect("write");
        let project = Project::load(dir.path(), None).expect("project");
        let (mut site, _) = Site::open(project).expect("open");
        assert!(!site.may_pass());
        let unreadable = |code| vec![Diagnostic::file(code, "ro-RO/a.md", "cannot read")];
        site.broken
            .insert("ro-RO/a.md".into(), unreadable(Code::Unreadable));
        assert!(site.may_pass(), "the file is there: try again");
        site.broken
            .insert("ro-RO/a.md".into(), unreadable(Code::BadYaml));
        assert!(!site.may_pass(), "bad YAML stays bad until the next save");
        site.broken
            .insert("ro-RO/a.md".into(), unreadable(Code::Unreadable));
        std::fs::remove_file(&file).expect("rm");
        assert!(!site.may_pass(), "a file that is gone is not read again");
        site.content_error = Some(Diagnostic::file(Code::Unreadable, "", "cannot list"));
        assert!(site.may_pass(), "the root is there: list it again");
    }

    fn entry(article: &str, locale: &str, title: &str) -> Entry {
        Entry {
            fallback: false,
            article: article.to_owned(),
            locale: locale.to_owned(),
            title: title.to_owned(),
        }
    }

    #[test]
    fn index_scope_follows_what_changed() {
        let locales: BTreeSet<String> = ["it-IT", "ro-RO"].map(String::from).into();
        let before = [entry("a", "it-IT", "A"), entry("a", "ro-RO", "A ro")];
        assert_eq!(
            IndexScope::of_change(&before, &before, &locales, &locales),
            None,
            "a body edit lists nothing new"
        );
        let retitled = [entry("a", "it-IT", "A"), entry("a", "ro-RO", "B ro")];
        assert_eq!(
            IndexScope::of_change(&before, &retitled, &locales, &locales),
            Some(IndexScope {
                locales: Some(BTreeSet::from(["ro-RO".to_owned()])),
                site_pages: false,
                sitemap: false,
            })
        );
        let fewer: BTreeSet<String> = ["it-IT"].map(String::from).into();
        let scope = IndexScope::of_change(&before, &before[..1], &locales, &fewer);
        assert_eq!(
            scope,
            Some(IndexScope {
                locales: Some(BTreeSet::from(["ro-RO".to_owned()])),
                site_pages: true,
                sitemap: true,
            })
        );
    }

    #[test]
    fn an_index_scope_names_list_files_by_path() {
        let scope = IndexScope {
            locales: Some(BTreeSet::from(["ro-RO".to_owned()])),
            site_pages: false,
            sitemap: true,
        };
        assert!(scope.wants("ro-RO/index.html") && scope.wants("sitemap.xml"));
        assert!(!scope.wants("it-IT/index.html") && !scope.wants("404.html"));
        assert!(!scope.wants("index.html") && !scope.wants("assets/locdoc.0123456789.css"));
    }
}
