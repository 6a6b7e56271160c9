//! The streamed build: a site made from a tree without holding the tree.
//!
//! A page needs little of the rest of the site: which files exist (links stay in the locale or
//! go to English), which articles have an English page, the documents it includes, and, for the
//! indexes and the report, every page's title, every article's coverage and the locale-wide
//! check findings. So a build goes through the files twice, an article at a time on every core
//! ([`crate::each_article`]), and drops each article's documents when done with it:
//!
//! 1. [`survey`]: read, parse, align (and check) every article; keep its [`ArticleFacts`], the
//!    check's per-article findings and samples, and the documents' diagnostics. The locale-wide
//!    rules then finish the [`Report`].
//! 2. [`render_site`]: read, parse and align each article again and render its pages and its
//!    `_align/` page, with the survey's facts standing in for the rest of the site.
//!
//! Memory is bounded by the largest articles in flight, what the facts hold (titles, coverage
//! counts) and what the check keeps for the locale-wide rules, not by the tree: reading and
//! parsing twice costs less than holding every document (measured in `bench/RESULTS.md`).
//! The output is the same as rendering documents held in memory ([`crate::render::render_site`],
//! which `serve` uses): `tests/build.rs` compares both.

use crate::check::{self, CheckInput, Report};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::discover::SourceFile;
use crate::parse::{self, Document};
use crate::render::l10n::L10n;
use crate::render::report::{ArticleCoverage, ReportPages};
use crate::render::templates::Templates;
use crate::render::{self, Emit, Entry, PageRenderer, Progress, Rendered, SiteIndex, markdown};
use std::collections::BTreeSet;

/// Where a build's documents come from.
#[derive(Clone, Copy)]
pub enum Source<'a> {
    /// The files of a content tree, read (again) when needed.
    Disk,
    /// Documents already parsed, one per file in the same order (a handful: the embedded
    /// sample site; each read clones one).
    Memory(&'a [Document]),
}

impl Source<'_> {
    fn read(&self, file: &SourceFile) -> Result<Document, Diagnostic> {
        match self {
            Source::Disk => parse::read_and_parse(file.clone()),
            Source::Memory(documents) => documents
                .iter()
                .find(|d| d.file.rel_path == file.rel_path)
                .cloned()
                .ok_or_else(|| {
                    Diagnostic::file(
                        Code::Unreadable,
                        &file.rel_path,
                        "the file is not among the documents in memory".to_owned(),
                    )
                }),
        }
    }

    fn memory(&self) -> Option<&[Document]> {
        match self {
            Source::Disk => None,
            Source::Memory(documents) => Some(documents),
        }
    }
}

/// What the rest of the site needs to know of one article (taken in the survey, used after
/// its documents are gone).
#[derive(Debug, Clone)]
pub struct ArticleFacts {
    /// The article key.
    pub article: String,
    /// Its pages as the indexes and the sitemap list them, in page order (none for an include).
    pub entries: Vec<Entry>,
    /// Whether it has an English page (links from other locales may lead there).
    pub english: bool,
    /// What the report's overview shows of it (when the report is built).
    pub coverage: Option<ArticleCoverage>,
}

/// What the first pass over a tree found.
#[derive(Debug)]
pub struct Survey {
    /// Every article that has a readable file, in key order.
    pub articles: Vec<ArticleFacts>,
    /// The check's findings, when asked for.
    pub report: Option<Report>,
    /// The tree's problems, then the unreadable files', then every document's, in path order.
    pub diagnostics: Vec<Diagnostic>,
    /// Files read and parsed.
    pub documents: usize,
    /// Their segments.
    pub segments: usize,
    /// Files (or locale folders) that could not be read: the site would be incomplete.
    pub unreadable: usize,
    /// Whether each file was read, by file number.
    read: Vec<bool>,
    /// Files that some document includes, by file number.
    included: BTreeSet<usize>,
}

/// One document's part of the survey: its file number, segment count and diagnostics, and the
/// article keys its include directives name.
type DocumentFacts = (usize, usize, Vec<Diagnostic>, Vec<String>);

/// Go through `files` once, an article at a time: each article's [`ArticleFacts`], the
/// documents' diagnostics, and with `check` the check's report (as
/// [`check::check_files`] makes it). `tree_diagnostics` are the discovery's.
pub fn survey(
    files: &[SourceFile],
    source: Source<'_>,
    tree_diagnostics: Vec<Diagnostic>,
    config: &Config,
    check: Option<&CheckInput<'_>>,
) -> Survey {
    let outcomes = crate::each_article(
        files,
        &|file| source.read(file),
        &config.source_locale,
        &|aligned, file_of| {
            let jobs = render::plan_article(aligned, config);
            let facts = ArticleFacts {
                article: aligned.article.clone(),
                entries: render::entries(&jobs),
                english: jobs.iter().any(|j| j.english),
                coverage: check.map(|_| ArticleCoverage::of(aligned, config)),
            };
            let documents: Vec<DocumentFacts> = aligned
                .versions
                .iter()
                .map(|v| {
                    (
                        file_of(v.doc),
                        v.doc.segments.len(),
                        v.doc.diagnostics.clone(),
                        markdown::include_keys(v.doc),
                    )
                })
                .collect();
            let findings = check.map(|input| check::check_article(aligned, file_of, input.config));
            (facts, documents, findings)
        },
    );

    let mut diagnostics = tree_diagnostics;
    let mut unreadable = crate::unreadable_in_tree(&diagnostics);
    let mut articles = Vec::with_capacity(outcomes.len());
    let mut findings = Vec::new();
    let mut documents: Vec<DocumentFacts> = Vec::with_capacity(files.len());
    let mut failed_files = Vec::new();
    for (outcome, failed) in outcomes {
        failed_files.extend(failed);
        if let Some((facts, article_documents, article_findings)) = outcome {
            articles.push(facts);
            documents.extend(article_documents);
            findings.extend(article_findings);
        }
    }
    failed_files.sort_by(|a, b| a.path.cmp(&b.path));
    unreadable += failed_files.len();
    diagnostics.append(&mut failed_files);
    let report = check
        .map(|input| check::finish_streamed(&diagnostics, findings, files, source.memory(), input));

    documents.sort_by_key(|d| d.0);
    let mut read = vec![false; files.len()];
    let mut segments = 0;
    let mut wanted: BTreeSet<(&str, String)> = BTreeSet::new();
    for (n, count, document_diagnostics, includes) in &mut documents {
        if let Some(slot) = read.get_mut(*n) {
            *slot = true;
        }
        segments += *count;
        diagnostics.append(document_diagnostics);
        if let Some(file) = files.get(*n) {
            wanted.extend(includes.drain(..).map(|key| (file.locale.as_str(), key)));
        }
    }
    let included = files
        .iter()
        .enumerate()
        .filter(|(n, f)| read[*n] && wanted.contains(&(f.locale.as_str(), f.article.clone())))
        .map(|(n, _)| n)
        .collect();
    Survey {
        articles,
        report,
        diagnostics,
        documents: documents.len(),
        segments,
        unreadable,
        read,
        included,
    }
}

impl Survey {
    /// Every page of the site, in article then page order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.articles.iter().flat_map(|a| a.entries.iter())
    }

    /// The articles with an English page.
    pub fn english(&self) -> impl Iterator<Item = &str> {
        self.articles
            .iter()
            .filter(|a| a.english)
            .map(|a| a.article.as_str())
    }

    /// `(locale, article)` of every file that was read: the pages links can stay in.
    pub fn files_read<'f>(
        &self,
        files: &'f [SourceFile],
    ) -> impl Iterator<Item = (&'f str, &'f str)> {
        files
            .iter()
            .zip(&self.read)
            .filter(|(_, read)| **read)
            .map(|(f, _)| (f.locale.as_str(), f.article.as_str()))
    }

    /// The documents that other documents include, read again to stay in memory for the
    /// render pass (the only documents a page reads besides its article's own).
    pub fn included_documents(&self, files: &[SourceFile], source: Source<'_>) -> Vec<Document> {
        use rayon::prelude::*;
        let wanted: Vec<&SourceFile> = self.included.iter().filter_map(|&n| files.get(n)).collect();
        wanted
            .par_iter()
            .filter_map(|file| source.read(file).ok())
            .collect()
    }

    /// Every article's coverage for the report's overview, in key order.
    pub fn coverage(&self) -> Vec<&ArticleCoverage> {
        self.articles
            .iter()
            .filter_map(|a| a.coverage.as_ref())
            .collect()
    }
}

/// Which articles the render pass makes what of (a shard its share; an incremental build not
/// the pages it reuses).
pub struct Wanted<'a> {
    /// Articles whose site pages to render.
    pub pages: &'a (dyn Fn(&str) -> bool + Sync),
    /// Articles whose `_align/` page to render (only with a report).
    pub report: &'a (dyn Fn(&str) -> bool + Sync),
}

/// The second pass: read, parse and align each wanted article of `files` again (the files the
/// survey could read) and render its pages and, when the survey has a report, its `_align/`
/// page, with the survey's facts standing in for the rest of the site; with `lists`, also the
/// pages that list every article (locale indexes, language picker, `404.html`, sitemap,
/// assets, the report's overview), which a sharded build leaves to its first shard. Each file
/// goes to `emit` as it is made; `pages` counts the article pages of the site, and the
/// diagnostics come in the order site pages, lists, report pages.
#[allow(clippy::too_many_arguments)]
pub fn render_site(
    files: &[SourceFile],
    survey: &Survey,
    source: Source<'_>,
    config: &Config,
    templates: &Templates,
    l10n: &L10n,
    wanted: &Wanted<'_>,
    lists: bool,
    progress: &Progress<'_>,
    emit: Emit<'_>,
) -> Rendered {
    let entries: Vec<Entry> = survey.entries().cloned().collect();
    let included = survey.included_documents(files, source);
    let index = SiteIndex::streamed(
        &included,
        survey.files_read(files),
        survey.english(),
        &config.source_locale,
    );
    let pages = PageRenderer::new(
        &index,
        config,
        templates,
        l10n,
        entries.iter().map(|e| e.locale.as_str()),
    );
    let report = survey
        .report
        .as_ref()
        .map(|report| ReportPages::new(report, config, templates, l10n));
    (progress.start)(
        entries
            .iter()
            .filter(|e| (wanted.pages)(&e.article))
            .count(),
    );
    let wants_report = |article: &str| report.is_some() && (wanted.report)(article);
    let chosen: Vec<SourceFile> = files
        .iter()
        .zip(&survey.read)
        .filter(|(f, read)| **read && ((wanted.pages)(&f.article) || wants_report(&f.article)))
        .map(|(f, _)| f.clone())
        .collect();
    let outcomes = crate::each_article(
        &chosen,
        &|file| source.read(file),
        &config.source_locale,
        &|aligned, _| {
            let jobs = if (wanted.pages)(&aligned.article) {
                render::plan_article(aligned, config)
            } else {
                Vec::new()
            };
            let site = pages.article_pages(&jobs, progress, emit);
            let report = report
                .as_ref()
                .filter(|_| wants_report(&aligned.article))
                .map(|r| r.article_page(aligned, emit));
            (site, report)
        },
    );

    let mut rendered = Rendered::default();
    let mut report_failures = Vec::new();
    for (outcome, unreadable) in outcomes {
        // A file read in the survey but not now: its pages are missing.
        rendered.failed += unreadable.len();
        rendered.diagnostics.extend(unreadable);
        if let Some((site, report)) = outcome {
            rendered.add_pages(site);
            report_failures.extend(report.flatten());
        }
    }
    if lists {
        let mut lists = Rendered::default();
        render::render_indexes(&entries, config, templates, l10n, &mut lists);
        for (path, bytes) in lists.files {
            emit(&path, bytes);
        }
        rendered.diagnostics.extend(lists.diagnostics);
        rendered.failed += lists.failed;
        rendered.locales = lists.locales;
    }
    rendered.failed += report_failures.len();
    rendered.diagnostics.extend(report_failures);
    if let Some(report) = report.as_ref().filter(|_| lists) {
        let mut overview = Rendered::default();
        report.overview(&survey.coverage(), emit, &mut overview);
        rendered.diagnostics.extend(overview.diagnostics);
        rendered.failed += overview.failed;
    }
    rendered
}
