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

use crate::align::{self, ArticleAlignment};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::discover::{SourceFile, StaticFile};
use crate::parse::{self, Document};
use crate::render::{
    self, Entry, IndexScope, Progress, Rendered, l10n::L10n, templates::Templates,
};
use crate::report;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What changed on disk, as far as a rebuild cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    /// Files under the content root (absolute or relative to the current folder).
    Content(BTreeSet<PathBuf>),
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
    /// Pages rendered.
    pub pages: usize,
    /// The locales that have pages (for `Accept-Language` negotiation at `/`).
    pub locales: Vec<String>,
}

/// Where the project is.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project root (`locdoc.toml`, `templates/`, `locales/`).
    pub root: PathBuf,
    /// The content root (`<root>/content` unless given).
    pub content_root: PathBuf,
}

/// The site between rebuilds.
pub struct Site {
    project: Project,
    config: Config,
    l10n: Arc<L10n>,
    templates: Arc<Templates>,
    /// The last good version of every file, sorted by relative path (shared with a running
    /// report job: replacing one document never copies the others).
    documents: Vec<Arc<Document>>,
    /// Problems with the tree itself (bad locale folders, links out of the root).
    tree_diagnostics: Vec<Diagnostic>,
    /// Files published as they are.
    static_files: Vec<StaticFile>,
    /// Files whose current version is broken (unreadable, bad front matter): their errors.
    broken: BTreeMap<String, Vec<Diagnostic>>,
    /// Pages that failed to render, by article (`""` for the indexes).
    failed: BTreeMap<String, Vec<Diagnostic>>,
    /// A configuration, template or `.ftl` that does not load.
    load_error: Option<Diagnostic>,
    /// Index entries by article.
    entries: BTreeMap<String, Vec<Entry>>,
    /// Output paths of each article's pages.
    pages: BTreeMap<String, Vec<String>>,
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

/// A configuration, template or Fluent file that failed to load, as a diagnostic.
fn load_failure(path: &Path, message: String) -> Diagnostic {
    Diagnostic::file(Code::PageFailed, &path.display().to_string(), message)
}

impl Site {
    /// Load and parse everything, render the whole site: the site and the first delta (all files).
    pub fn open(project: Project) -> crate::Result<(Site, Delta)> {
        let failed = |path: PathBuf, message: String| crate::Error::Io {
            path,
            source: std::io::Error::other(message),
        };
        let root = project.root.clone();
        let config =
            Config::load(&root).map_err(|e| failed(root.join("locdoc.toml"), e.to_string()))?;
        let l10n = Arc::new(
            L10n::load(Some(&root.join("locales")))
                .map_err(|e| failed(root.join("locales"), e.to_string()))?,
        );
        let templates = Templates::load(Some(&root.join("templates")), Arc::clone(&l10n))
            .map_err(|e| failed(root.join("templates"), e.to_string()))?;
        let templates = Arc::new(templates);
        let mut site = Site {
            project,
            config,
            l10n,
            templates,
            documents: Vec::new(),
            tree_diagnostics: Vec::new(),
            static_files: Vec::new(),
            broken: BTreeMap::new(),
            failed: BTreeMap::new(),
            load_error: None,
            entries: BTreeMap::new(),
            pages: BTreeMap::new(),
            served: BTreeSet::new(),
            report_pending: None,
        };
        site.rescan()?;
        let mut delta = site.render_all();
        delta.errors = site.errors();
        Ok((site, delta))
    }

    /// The source locale (where `/` goes when the browser asks for nothing built).
    pub fn source_locale(&self) -> String {
        self.config.source_locale.clone()
    }

    /// The project.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The errors that block part of the build now, in path order.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let mut errors: Vec<Diagnostic> = self.load_error.iter().cloned().collect();
        errors.extend(self.broken.values().flatten().cloned());
        errors.extend(self.failed.values().flatten().cloned());
        errors
    }

    /// The errors as text, one `path:line:column: LDxxxx message` per line (empty when none).
    pub fn errors_text(errors: &[Diagnostic], prefix: &str) -> String {
        errors
            .iter()
            .map(|d| format!("{}\n", report::one_line(d, prefix)))
            .collect()
    }

    /// Rebuild what `change` touches. Report pages are left for [`Site::rebuild_report`].
    pub fn rebuild(&mut self, change: &ChangeKind) -> Delta {
        let mut delta = match change {
            ChangeKind::Content(paths) => self.content_changed(paths),
            ChangeKind::Templates | ChangeKind::Locales | ChangeKind::Config => self.reload(),
        };
        delta.errors = self.errors();
        delta
    }

    /// The alignment report to re-render, if it is out of date: the pages of the articles changed
    /// since the last job and `_align/index.html` (every page after a full rebuild). The job
    /// holds a snapshot; run it anywhere, then hand its outcome to [`Site::apply_report`].
    pub fn report_job(&mut self) -> Option<ReportJob> {
        let pending = self.report_pending.take()?;
        if !self.config.align_report {
            return None;
        }
        Some(ReportJob {
            documents: self.documents.clone(),
            tree_diagnostics: self.tree_diagnostics.clone(),
            config: self.config.clone(),
            templates: Arc::clone(&self.templates),
            l10n: Arc::clone(&self.l10n),
            root: self.project.root.clone(),
            pending,
        })
    }

    /// Take in a finished report job's pages: the delta to serve.
    pub fn apply_report(&mut self, rendered: Rendered) -> Delta {
        let mut delta = Delta {
            pages: rendered.pages,
            ..Delta::default()
        };
        self.failed.remove(render::report::REPORT_DIR);
        if !rendered.diagnostics.is_empty() {
            self.failed.insert(
                render::report::REPORT_DIR.to_owned(),
                rendered.diagnostics.clone(),
            );
        }
        self.served.extend(rendered.files.keys().cloned());
        delta.files = rendered.files;
        delta.errors = self.errors();
        delta
    }

    /// Re-render the alignment report where it is out of date, here and now.
    pub fn rebuild_report(&mut self) -> Option<Delta> {
        let job = self.report_job()?;
        let rendered = job.run();
        Some(self.apply_report(rendered))
    }

    /// List the tree again, keep the parsed documents of files that did not change
    /// (`changed` are re-read), read the new ones.
    fn rescan_with(&mut self, changed: &BTreeSet<String>) -> crate::Result<()> {
        let mut discovery = crate::discover::discover(&self.project.content_root)?;
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
        self.documents = documents;
        self.tree_diagnostics = discovery.diagnostics;
        self.static_files = discovery.static_files;
        Ok(())
    }

    fn rescan(&mut self) -> crate::Result<()> {
        self.rescan_with(&BTreeSet::new())
    }

    /// Render every page from the parsed documents; the delta replaces every file.
    fn render_all(&mut self) -> Delta {
        let articles = align::align_all(
            self.documents.iter().map(|d| &**d),
            &self.config.source_locale,
        );
        let jobs: Vec<render::Job<'_>> = articles
            .iter()
            .flat_map(|a| render::plan_article(a, &self.config))
            .collect();
        let index = render::SiteIndex::new(
            self.documents.iter().map(|d| &**d),
            jobs.iter()
                .filter(|j| j.english)
                .map(|j| j.article.article.as_str()),
            &self.config.source_locale,
        );
        let mut rendered = render::render_pages(
            &jobs,
            &index,
            &self.config,
            &self.templates,
            &self.l10n,
            &Progress::none(),
        );
        let mut entries: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
        let mut pages: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (job, entry) in jobs.iter().zip(render::entries(&jobs)) {
            entries
                .entry(entry.article.clone())
                .or_default()
                .push(entry);
            pages
                .entry(job.article.article.clone())
                .or_default()
                .push(render::page_path(&job.locale, &job.article.article));
        }
        self.failed.clear();
        for (article, d) in failures(&jobs, &rendered) {
            self.failed.entry(article).or_default().push(d);
        }
        self.entries = entries;
        self.pages = pages;
        let pages_rendered = rendered.pages;
        self.render_indexes(&IndexScope::all(), &mut rendered);
        for file in &self.static_files {
            if let Ok(bytes) = std::fs::read(&file.path) {
                rendered.files.entry(file.rel_path.clone()).or_insert(bytes);
            }
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
        let removed: Vec<String> = self
            .served
            .iter()
            .filter(|p| {
                !rendered.files.contains_key(*p)
                    && !p.starts_with(render::report::REPORT_DIR)
                    && !failed_paths.contains(*p)
                    && !self.pages.values().flatten().any(|q| q == *p)
            })
            .cloned()
            .collect();
        for p in &removed {
            self.served.remove(p);
        }
        self.served.extend(rendered.files.keys().cloned());
        Delta {
            files: rendered.files,
            removed,
            errors: Vec::new(),
            pages: pages_rendered,
            locales: self.locales(),
        }
    }

    /// The locales with pages.
    pub fn locales(&self) -> Vec<String> {
        self.entries
            .values()
            .flatten()
            .map(|e| e.locale.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// The locale indexes, root index, 404 page and sitemap (those `scope` names) from the
    /// stored entries.
    fn render_indexes(&mut self, scope: &IndexScope, rendered: &mut Rendered) {
        let entries: Vec<Entry> = self.entries.values().flatten().cloned().collect();
        let mut indexes = Rendered::default();
        render::render_indexes_in(
            &entries,
            &self.config,
            &self.templates,
            &self.l10n,
            scope,
            &mut indexes,
        );
        self.failed.remove("");
        if indexes.failed > 0 {
            self.failed.insert(String::new(), indexes.diagnostics);
        }
        rendered.files.extend(indexes.files);
    }

    /// A template, `.ftl` or configuration change: reload them all, re-render everything.
    fn reload(&mut self) -> Delta {
        let root = self.project.root.clone();
        let config = match Config::load(&root) {
            Ok(config) => config,
            Err(err) => {
                self.load_error = Some(load_failure(&root.join("locdoc.toml"), err.to_string()));
                return Delta::default();
            }
        };
        let l10n = match L10n::load(Some(&root.join("locales"))) {
            Ok(l10n) => Arc::new(l10n),
            Err(err) => {
                self.load_error = Some(load_failure(&root.join("locales"), err.to_string()));
                return Delta::default();
            }
        };
        let templates = match Templates::load(Some(&root.join("templates")), Arc::clone(&l10n)) {
            Ok(templates) => templates,
            Err(err) => {
                self.load_error = Some(load_failure(&root.join("templates"), err.to_string()));
                return Delta::default();
            }
        };
        self.load_error = None;
        self.config = config;
        self.l10n = l10n;
        self.templates = Arc::new(templates);
        self.render_all()
    }

    /// Files under the content root changed.
    fn content_changed(&mut self, paths: &BTreeSet<PathBuf>) -> Delta {
        let root = self.project.content_root.clone();
        let rel: BTreeSet<String> = paths
            .iter()
            .filter_map(|p| p.strip_prefix(&root).ok())
            .filter_map(|p| {
                let parts: Option<Vec<&str>> =
                    p.components().map(|c| c.as_os_str().to_str()).collect();
                parts.map(|parts| parts.join("/"))
            })
            .filter(|r| !r.is_empty())
            .collect();
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
                self.load_error = Some(load_failure(&root, err.to_string()));
                return Delta::default();
            }
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

    /// Re-align and re-render the pages of `touched` articles, then the indexes and sitemap.
    fn render_articles(&mut self, touched: &BTreeSet<String>) -> Delta {
        let source_locale = self.config.source_locale.clone();
        let articles: Vec<ArticleAlignment<'_>> = touched
            .iter()
            .map(|article| {
                let docs: Vec<&Document> = self
                    .documents
                    .iter()
                    .filter(|d| d.file.article == *article)
                    .map(|d| &**d)
                    .collect();
                align::align_article(article, docs, &source_locale)
            })
            .collect();
        let jobs: Vec<render::Job<'_>> = articles
            .iter()
            .flat_map(|a| render::plan_article(a, &self.config))
            .collect();
        let mut english: BTreeSet<&str> = self
            .entries
            .iter()
            .filter(|(_, entries)| entries.iter().any(|e| e.locale == source_locale))
            .map(|(article, _)| article.as_str())
            .collect();
        for article in touched {
            english.remove(article.as_str());
        }
        english.extend(
            jobs.iter()
                .filter(|j| j.english)
                .map(|j| j.article.article.as_str()),
        );
        let index = render::SiteIndex::new(
            self.documents.iter().map(|d| &**d),
            english.iter().copied(),
            &source_locale,
        );
        let mut rendered = render::render_pages(
            &jobs,
            &index,
            &self.config,
            &self.templates,
            &self.l10n,
            &Progress::none(),
        );
        let new_entries = render::entries(&jobs);
        let paths: Vec<(String, String)> = jobs
            .iter()
            .map(|j| {
                (
                    j.article.article.clone(),
                    render::page_path(&j.locale, &j.article.article),
                )
            })
            .collect();
        drop(index);
        let pages_rendered = rendered.pages;
        let failed = failures(&jobs, &rendered);
        drop(jobs);
        drop(articles);
        let locales_before: BTreeSet<String> = self.locales().into_iter().collect();
        let mut entries_before = Vec::new();
        for article in touched {
            self.failed.remove(article);
            entries_before.extend(self.entries.remove(article).unwrap_or_default());
        }
        for (article, d) in failed {
            self.failed.entry(article).or_default().push(d);
        }
        for entry in new_entries.iter().cloned() {
            self.entries
                .entry(entry.article.clone())
                .or_default()
                .push(entry);
        }
        let mut removed = Vec::new();
        let mut new_pages: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (article, path) in paths {
            new_pages.entry(article).or_default().push(path);
        }
        for article in touched {
            let now = new_pages.remove(article).unwrap_or_default();
            if let Some(before) = self.pages.remove(article) {
                removed.extend(
                    before
                        .into_iter()
                        .filter(|p| !now.contains(p) && !rendered.files.contains_key(p)),
                );
            }
            self.pages.insert(article.clone(), now);
        }
        let locales_after: BTreeSet<String> = self.locales().into_iter().collect();
        let index_failed = self.failed.contains_key("");
        // An index that failed last time is rendered again whatever changed.
        let scope = if index_failed {
            Some(IndexScope::all())
        } else {
            IndexScope::of_change(
                &entries_before,
                &new_entries,
                &locales_before,
                &locales_after,
            )
        };
        if let Some(scope) = scope {
            self.render_indexes(&scope, &mut rendered);
        }
        for p in &removed {
            self.served.remove(p);
        }
        self.served.extend(rendered.files.keys().cloned());
        match &mut self.report_pending {
            // An empty set means every page: keep it so.
            Some(pending) if pending.is_empty() => {}
            Some(pending) => pending.extend(touched.iter().cloned()),
            None => self.report_pending = Some(touched.clone()),
        }
        Delta {
            files: rendered.files,
            removed,
            errors: Vec::new(),
            pages: pages_rendered,
            locales: self.locales(),
        }
    }
}

/// A re-render of the alignment report, on a snapshot of the site taken by [`Site::report_job`].
pub struct ReportJob {
    documents: Vec<Arc<Document>>,
    tree_diagnostics: Vec<Diagnostic>,
    config: Config,
    templates: Arc<Templates>,
    l10n: Arc<L10n>,
    root: PathBuf,
    /// The articles whose pages to render (empty: every page).
    pending: BTreeSet<String>,
}

impl ReportJob {
    /// Align and check the whole snapshot, render the report pages it is for.
    pub fn run(&self) -> Rendered {
        let documents = || self.documents.iter().map(|d| &**d);
        let articles = align::align_all(documents(), &self.config.source_locale);
        let suppressions = crate::check::load_suppressions(&self.root).unwrap_or_default();
        let report = crate::check::check_aligned(
            &self.tree_diagnostics,
            &articles,
            &crate::check::CheckInput {
                config: &self.config.check,
                suppressions: &suppressions,
                ui_strings: &[],
            },
        );
        let all = self.pending.is_empty();
        render::report::render_report_of(
            &articles,
            &report,
            &self.config,
            &self.templates,
            &self.l10n,
            &|article| all || self.pending.contains(article),
        )
    }
}

/// The pages of `jobs` that failed to render, by article.
fn failures(jobs: &[render::Job<'_>], rendered: &Rendered) -> Vec<(String, Diagnostic)> {
    rendered
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::PageFailed)
        .map(|d| {
            let article = jobs
                .iter()
                .find(|j| j.doc.file.rel_path == d.path)
                .map_or_else(String::new, |j| j.article.article.clone());
            (article, d.clone())
        })
        .collect()
}
