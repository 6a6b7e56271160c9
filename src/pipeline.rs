//! The one orchestration of discover → parse → align → check → render → write.
//!
//! Every command, the benches and the tests go through the functions here; a command only
//! chooses a [`Source`] (files read an article at a time, documents in memory, or `serve`'s
//! shared snapshot), a [`Scope`] (everything, some articles, a shard's share, what an earlier
//! build cannot lend) and a sink for the output ([`Emit`]: the staging folder of `build`, a
//! [`Memory`](crate::render::Memory) map for `serve` and the tests).
//!
//! A site is made in two passes over the files, an article at a time on every core
//! ([`each_article`]), each article's documents dropped when done with it:
//!
//! 1. [`survey`]: read, parse, align (and check) every article; keep what other pages need of
//!    it ([`ArticleFacts`]), the check's per-article findings and samples, and the documents'
//!    diagnostics. The locale-wide rules then finish the [`Report`]. `check` is this pass alone.
//! 2. [`render_site`]: read, parse and align each article in scope again and render its pages
//!    and its `_align/` page, with the survey's facts standing in for the rest of the site; then
//!    the pages that list articles.
//!
//! Memory is bounded by the largest articles in flight, what the facts hold (titles, coverage
//! counts) and what the check keeps for the locale-wide rules, not by the tree. Parsing is two
//! fifths of a site's work, so a build of a tree of up to [`PREREAD_BUDGET`] bytes reads and
//! parses every file once ([`Preread`]) and both passes borrow the documents; a larger tree is
//! read twice rather than held (measured in `bench/RESULTS.md`). For documents already in
//! memory the second pass borrows them instead of reading again, and
//! `serve` keeps its survey between rebuilds and refreshes only the articles a save touched
//! ([`Survey::refresh`]).

use crate::align::{self, ArticleAlignment};
use crate::check::{self, CheckInput, Report};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic};
use crate::discover::SourceFile;
use crate::parse::{self, Document};
use crate::plain::{self, Pairings};
use crate::render::l10n::L10n;
use crate::render::report::{ArticleCoverage, ReportPages};
use crate::render::templates::Templates;
use crate::render::{self, Emit, Entry, PageRenderer, Progress, Rendered, SiteIndex, markdown};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Where a run's documents come from. File `n` of the run's file list is document `n` of an
/// in-memory source.
#[derive(Clone, Copy)]
pub enum Source<'a> {
    /// The files of a content tree, read (again) when needed.
    Disk,
    /// Documents already parsed (the embedded sample site, tests).
    Memory(&'a [Document]),
    /// `serve`'s documents, shared with its report jobs.
    Shared(&'a [Arc<Document>]),
    /// The files of a content tree small enough to be read and parsed once for both passes.
    Preread(&'a Preread),
}

/// Every file of a tree read and parsed once, by relative path, for a build to use in both
/// passes instead of reading and parsing each file twice (parsing is two fifths of a site).
/// Holding them costs about three times the Markdown in memory (M, 116 MB: 430 MiB peak
/// instead of 133, for 0.79x the CPU time), so [`Preread::fits`] keeps it to trees of at most
/// [`PREREAD_BUDGET`], which stay under 512 MiB; a larger tree is read an article at a time,
/// twice.
#[derive(Debug, Default)]
pub struct Preread(std::collections::HashMap<String, Result<Document, Diagnostic>>);

/// The most Markdown (bytes) a build reads and parses once and holds for both passes.
pub const PREREAD_BUDGET: u64 = 128 << 20;

impl Preread {
    /// Read and parse `files`, on every core.
    pub fn read(files: &[SourceFile]) -> Preread {
        Preread(
            files
                .par_iter()
                .map(|file| (file.rel_path.clone(), parse::read_and_parse(file.clone())))
                .collect(),
        )
    }

    /// Whether `files` hold at most [`PREREAD_BUDGET`] bytes (files that cannot be measured
    /// count as nothing: reading them fails either way).
    pub fn fits(files: &[SourceFile]) -> bool {
        let bytes: u64 = files
            .par_iter()
            .map(|file| std::fs::metadata(&file.path).map_or(0, |m| m.len()))
            .sum();
        bytes <= PREREAD_BUDGET
    }
}

impl<'a> Source<'a> {
    /// File `n`'s document: read from disk, or borrowed from memory.
    fn read(&self, n: usize, file: &SourceFile) -> Result<Cow<'a, Document>, Diagnostic> {
        let held = match self {
            Source::Disk => return parse::read_and_parse(file.clone()).map(Cow::Owned),
            Source::Memory(documents) => documents.get(n),
            Source::Shared(documents) => documents.get(n).map(|d| &**d),
            Source::Preread(preread) => {
                return match preread.0.get(&file.rel_path) {
                    Some(Ok(document)) => Ok(Cow::Borrowed(document)),
                    Some(Err(unreadable)) => Err(unreadable.clone()),
                    None => parse::read_and_parse(file.clone()).map(Cow::Owned),
                };
            }
        };
        held.filter(|d| d.file.rel_path == file.rel_path)
            .map(Cow::Borrowed)
            .ok_or_else(|| {
                Diagnostic::file(
                    Code::Unreadable,
                    &file.rel_path,
                    "the file is not among the documents in memory".to_owned(),
                )
            })
    }

    /// Every document, when they are all in memory.
    fn held(&self) -> Option<Vec<&'a Document>> {
        match self {
            Source::Disk | Source::Preread(_) => None,
            Source::Memory(documents) => Some(documents.iter().collect()),
            Source::Shared(documents) => Some(documents.iter().map(|d| &**d).collect()),
        }
    }
}

/// The file number of one of an article's documents (its index in the files being read).
pub type FileOf<'a> = &'a dyn Fn(&Document) -> usize;

/// Read, parse and align the files of the articles `only` accepts, an article at a time (one
/// per core; plain translations paired with their English, through `pairings`), and hand each
/// alignment to `visit` with the file number (index in `files`) of each of its documents,
/// dropping the documents after. One result per article, in key order, with
/// the diagnostics of its files that could not be read; `None` when none could.
pub fn each_article<T: Send>(
    files: &[SourceFile],
    source: Source<'_>,
    source_locale: &str,
    pairings: &Pairings,
    only: Filter<'_>,
    visit: &(dyn Fn(&ArticleAlignment<'_>, FileOf<'_>) -> T + Sync),
) -> Vec<(Option<T>, Vec<Diagnostic>)> {
    let mut by_article: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, file) in files.iter().enumerate() {
        if only(&file.article) {
            by_article.entry(file.article.as_str()).or_default().push(n);
        }
    }
    by_article
        .into_par_iter()
        .map(|(article, members)| {
            let mut unreadable = Vec::new();
            let mut docs = Vec::with_capacity(members.len());
            for &n in &members {
                match source.read(n, &files[n]) {
                    Ok(doc) => docs.push((n, doc)),
                    Err(diagnostic) => unreadable.push(diagnostic),
                }
            }
            if docs.is_empty() {
                return (None, unreadable);
            }
            let held: Vec<&Document> = docs.iter().map(|(_, doc)| &**doc).collect();
            for (i, paired) in plain::pair_article(&held, source_locale, pairings) {
                paired.apply(docs[i].1.to_mut());
            }
            let aligned = align::align_article(
                article,
                docs.iter().map(|(_, doc)| &**doc).collect(),
                source_locale,
            );
            let file_of = |doc: &Document| {
                docs.iter()
                    .find(|(_, d)| std::ptr::eq(&**d, doc))
                    .map_or(usize::MAX, |(n, _)| *n)
            };
            (Some(visit(&aligned, &file_of)), unreadable)
        })
        .collect()
}

/// The source locale's file of each article that has one.
fn english_files<'f>(
    files: &'f [SourceFile],
    source_locale: &str,
) -> BTreeMap<&'f str, &'f SourceFile> {
    files
        .iter()
        .filter(|f| f.locale.as_str().eq_ignore_ascii_case(source_locale))
        .map(|f| (f.article.as_str(), f))
        .collect()
}

/// File `n`'s segments read again, as a pass had them: an sxs file's spans, or a plain
/// translation paired with its English again. `None` when it cannot be read any more.
fn reread_segments(
    files: &[SourceFile],
    english: &BTreeMap<&str, &SourceFile>,
    source_locale: &str,
    pairings: &Pairings,
    n: usize,
) -> Option<Vec<parse::Segment>> {
    let file = files.get(n)?;
    let segments = parse::read_segments(file)?;
    let english = match english.get(file.article.as_str()) {
        Some(english) if segments.is_empty() => english,
        _ => return Some(segments),
    };
    let mut doc = parse::read_and_parse(file.clone()).ok()?;
    let english = parse::read_and_parse((*english).clone()).ok()?;
    for (_, paired) in plain::pair_article(&[&doc, &english], source_locale, pairings) {
        paired.apply(&mut doc);
    }
    Some(doc.segments)
}

/// Which article keys (or output paths) a pass takes.
pub type Filter<'a> = &'a (dyn Fn(&str) -> bool + Sync);

/// Every article key.
pub fn all(_: &str) -> bool {
    true
}

/// No article key.
pub fn none(_: &str) -> bool {
    false
}

/// What the rest of the site needs to know of one article (taken in the survey, used after
/// its documents are gone).
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Default)]
pub struct Survey {
    /// Every article that has a readable file, in key order (empty when the survey was made
    /// for the check alone).
    pub articles: Vec<ArticleFacts>,
    /// The check's findings, when asked for.
    pub report: Option<Report>,
    /// Problems of the tree itself (from discovery).
    tree_diagnostics: Vec<Diagnostic>,
    /// Files that could not be read, by path.
    unreadable_files: Vec<Diagnostic>,
    /// What each file that was read holds, by file number.
    files: BTreeMap<usize, FileFacts>,
    /// The plain translations' alignments, for the render pass and the check's re-reads.
    pairings: Pairings,
}

/// What the survey keeps of one file that was read.
#[derive(Debug, Default)]
struct FileFacts {
    segments: usize,
    diagnostics: Vec<Diagnostic>,
    /// Article keys its include directives name.
    includes: Vec<String>,
}

/// What a survey is for.
pub struct Purpose<'a> {
    /// The settings (which locales are built, the source locale).
    pub config: &'a Config,
    /// Run the check, with this input.
    pub check: Option<&'a CheckInput<'a>>,
    /// Keep what the site's pages need (titles, English pages, includes, the report's
    /// coverage); `check` alone needs none of it.
    pub site: bool,
}

/// Go through `files` once, an article at a time (those `only` accepts): each article's
/// [`ArticleFacts`], the documents' diagnostics, and with a check the check's report.
/// `tree_diagnostics` are the discovery's.
pub fn survey(
    files: &[SourceFile],
    source: Source<'_>,
    tree_diagnostics: Vec<Diagnostic>,
    purpose: &Purpose<'_>,
    only: Filter<'_>,
) -> Survey {
    let config = purpose.config;
    let check = purpose.check;
    let pairings = Pairings::default();
    let site_locales = render::site_locales(files, config);
    let outcomes = each_article(
        files,
        source,
        &config.source_locale,
        &pairings,
        only,
        &|aligned, file_of| {
            let facts = purpose.site.then(|| {
                let jobs = render::plan_article(aligned, config, &site_locales);
                ArticleFacts {
                    article: aligned.article.clone(),
                    entries: render::entries(&jobs),
                    english: jobs.iter().any(|j| j.english),
                    coverage: check.map(|_| ArticleCoverage::of(aligned, config, &jobs)),
                }
            });
            let documents: Vec<(usize, FileFacts)> = aligned
                .versions
                .iter()
                .map(|v| {
                    let facts = FileFacts {
                        segments: v.doc.segments.len(),
                        diagnostics: v.doc.diagnostics.clone(),
                        includes: if purpose.site {
                            markdown::include_keys(v.doc)
                        } else {
                            Vec::new()
                        },
                    };
                    (file_of(v.doc), facts)
                })
                .collect();
            let findings = check.map(|input| check::check_article(aligned, file_of, input));
            (facts, documents, findings)
        },
    );

    let mut survey = Survey {
        tree_diagnostics,
        ..Survey::default()
    };
    let mut findings = Vec::new();
    for (outcome, failed) in outcomes {
        survey.unreadable_files.extend(failed);
        if let Some((facts, documents, article_findings)) = outcome {
            survey.articles.extend(facts);
            survey.files.extend(documents);
            findings.extend(article_findings);
        }
    }
    survey.unreadable_files.sort_by(|a, b| a.path.cmp(&b.path));
    survey.report = check.map(|input| {
        let diagnostics: Vec<Diagnostic> = survey.tree_and_unreadable().cloned().collect();
        let english = english_files(files, config.source_locale.as_str());
        let reread =
            |n: usize| reread_segments(files, &english, &config.source_locale, &pairings, n);
        check::finish_streamed(&diagnostics, findings, files, source.held(), &reread, input)
    });
    survey.pairings = pairings;
    survey
}

impl Survey {
    /// The tree's problems, then the unreadable files', then every document's, in path order.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.tree_and_unreadable()
            .chain(self.files.values().flat_map(|f| f.diagnostics.iter()))
    }

    fn tree_and_unreadable(&self) -> impl Iterator<Item = &Diagnostic> {
        self.tree_diagnostics
            .iter()
            .chain(self.unreadable_files.iter())
    }

    /// Files read and parsed.
    pub fn documents(&self) -> usize {
        self.files.len()
    }

    /// Their segments.
    pub fn segments(&self) -> usize {
        self.files.values().map(|f| f.segments).sum()
    }

    /// Files (or locale folders) that could not be read: the site would be incomplete.
    pub fn unreadable(&self) -> usize {
        crate::unreadable_in_tree(&self.tree_diagnostics) + self.unreadable_files.len()
    }

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

    /// Whether file `n` was read.
    fn was_read(&self, n: usize) -> bool {
        self.files.contains_key(&n)
    }

    /// `(locale, article)` of every file that was read: the pages links can stay in.
    fn files_read<'f>(&self, files: &'f [SourceFile]) -> impl Iterator<Item = (&'f str, &'f str)> {
        self.files
            .keys()
            .filter_map(|&n| files.get(n))
            .map(|f| (f.locale.as_str(), f.article.as_str()))
    }

    /// The documents that other documents include, read again to stay in memory for the
    /// render pass (the only documents a page reads besides its article's own), plain
    /// translations paired with their English as the survey paired them.
    fn included_documents<'s>(
        &self,
        files: &[SourceFile],
        source: Source<'s>,
        source_locale: &str,
    ) -> Vec<Cow<'s, Document>> {
        let wanted: BTreeSet<(&str, &str)> = self
            .files
            .iter()
            .filter_map(|(&n, facts)| Some((files.get(n)?, facts)))
            .flat_map(|(file, facts)| {
                facts
                    .includes
                    .iter()
                    .map(move |key| (file.locale.as_str(), key.as_str()))
            })
            .collect();
        let included: Vec<usize> = self
            .files
            .keys()
            .copied()
            .filter(|&n| {
                files
                    .get(n)
                    .is_some_and(|f| wanted.contains(&(f.locale.as_str(), f.article.as_str())))
            })
            .collect();
        let mut documents: Vec<Cow<'s, Document>> = included
            .par_iter()
            .filter_map(|&n| source.read(n, files.get(n)?).ok())
            .collect();
        pair_held(&mut documents, source_locale, &self.pairings, Cow::to_mut);
        documents
    }

    /// Every article's coverage for the report's overview, in key order.
    pub fn coverage(&self) -> Vec<&ArticleCoverage> {
        self.articles
            .iter()
            .filter_map(|a| a.coverage.as_ref())
            .collect()
    }

    /// Take in a survey of some articles of the same files (`serve` after a save): their facts,
    /// their files' diagnostics, and which of them could be read replace what this survey held.
    /// `articles` names the articles `fresh` went through (an article gone from it is gone).
    pub fn refresh(&mut self, files: &[SourceFile], articles: &BTreeSet<String>, fresh: Survey) {
        let touched = |n: &usize| files.get(*n).is_some_and(|f| articles.contains(&f.article));
        self.files.retain(|n, _| !touched(n));
        self.files.extend(fresh.files);
        let touched_path = |d: &Diagnostic| {
            files
                .iter()
                .any(|f| f.rel_path == d.path && articles.contains(&f.article))
        };
        self.unreadable_files.retain(|d| !touched_path(d));
        self.unreadable_files.extend(fresh.unreadable_files);
        self.unreadable_files.sort_by(|a, b| a.path.cmp(&b.path));
        self.articles.retain(|a| !articles.contains(&a.article));
        self.articles.extend(fresh.articles);
        self.articles.sort_by(|a, b| a.article.cmp(&b.article));
        self.pairings.extend(fresh.pairings);
    }
}

/// Which parts of the site a render pass makes.
pub struct Scope<'a> {
    /// Articles whose site pages to render (a shard its share; an incremental build not the
    /// pages it reuses; `serve` the articles a save touched).
    pub pages: Filter<'a>,
    /// Articles whose `_align/` page to render (only with a report).
    pub report: Filter<'a>,
    /// Which of the files that list articles to render, by output path: the locale indexes, the
    /// language picker, `404.html`, the assets, `sitemap.xml` and `_align/index.html`.
    pub lists: Filter<'a>,
}

impl Scope<'static> {
    /// The whole site.
    pub fn everything() -> Scope<'static> {
        Scope {
            pages: &all,
            report: &all,
            lists: &all,
        }
    }
}

/// What the render pass shares with every page: the settings, templates and strings.
pub struct Look<'a> {
    /// The settings.
    pub config: &'a Config,
    /// The page templates.
    pub templates: &'a Templates,
    /// The UI strings.
    pub l10n: &'a L10n,
    /// The docs sets' navigation, landing pages and redirects.
    pub docsets: &'a crate::docset::Docsets,
}

/// The second pass: read, parse and align each article of `files` in `scope` again (of the
/// files the survey could read) and render its pages and, when the survey has a report, its
/// `_align/` page, with the survey's facts standing in for the rest of the site; then the
/// files that list articles that `scope` names. Each file goes to `emit` as it is made;
/// `pages` counts the article pages of the site, and the diagnostics come in the order site
/// pages, lists, report pages.
pub fn render_site(
    files: &[SourceFile],
    survey: &Survey,
    source: Source<'_>,
    look: &Look<'_>,
    scope: &Scope<'_>,
    progress: &Progress<'_>,
    emit: &dyn Emit,
) -> Rendered {
    let Look {
        config,
        templates,
        l10n,
        ..
    } = *look;
    let entries: Vec<&Entry> = survey.entries().collect();
    // Included documents stand in for their directives on other pages: held paired, as the
    // survey paired them (for in-memory sources, in place of the unpaired ones).
    let included = survey.included_documents(files, source, &config.source_locale);
    let index = match source.held() {
        Some(documents) => SiteIndex::streamed(
            documents
                .iter()
                .copied()
                .chain(included.iter().map(|d| &**d)),
            documents
                .iter()
                .map(|doc| (doc.locale().as_str(), doc.file.article.as_str())),
            survey.english(),
            &config.source_locale,
        ),
        None => SiteIndex::streamed(
            included.iter().map(|d| &**d),
            survey.files_read(files),
            survey.english(),
            &config.source_locale,
        ),
    };
    let index = index.with_fallback_pages(config.fallback_pages);
    let pages = PageRenderer::new(&index, look, entries.iter().map(|e| e.locale.as_str()));
    let report = survey
        .report
        .as_ref()
        .map(|report| ReportPages::new(report, config, templates, l10n));
    (progress.start)(entries.iter().filter(|e| (scope.pages)(&e.article)).count());
    let site_locales = render::site_locales(files, config);
    let wants_report = |article: &str| report.is_some() && (scope.report)(article);
    let wanted = |article: &str| (scope.pages)(article) || wants_report(article);
    // Read again from disk, only the files of the articles in scope; an in-memory source is
    // addressed by file number, so it keeps the numbering of `files`.
    let chosen: Vec<SourceFile>;
    let (chosen, only): (&[SourceFile], Filter<'_>) = match source {
        Source::Disk | Source::Preread(_) => {
            chosen = files
                .iter()
                .enumerate()
                .filter(|(n, f)| survey.was_read(*n) && wanted(&f.article))
                .map(|(_, f)| f.clone())
                .collect();
            (&chosen, &all)
        }
        _ => (files, &wanted),
    };
    let outcomes = each_article(
        chosen,
        source,
        &config.source_locale,
        &survey.pairings,
        only,
        &|aligned, _| {
            let jobs = if (scope.pages)(&aligned.article) {
                let mut jobs = render::plan_article(aligned, config, &site_locales);
                // Where a locale redirects the article, its redirect page stands there instead;
                // where its file was read in the survey but not now, the page fails, and
                // no English stands in for it.
                jobs.retain(|job| {
                    !job.fallback
                        || !(look
                            .docsets
                            .redirects
                            .contains_key(&(job.locale.clone(), aligned.article.clone()))
                            || render::markdown::Site::has_document(
                                &index,
                                &job.locale,
                                &aligned.article,
                            ))
                });
                jobs
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
    // A docs set's own home page (`index.yml`) takes the place of a locale's list of articles.
    let lists = |path: &str| {
        (scope.lists)(path)
            && !path
                .strip_suffix("/index.html")
                .is_some_and(|locale| !locale.contains('/') && pages.has_home_page(locale))
    };
    render::render_indexes(
        &entries,
        config,
        templates,
        l10n,
        &lists,
        emit,
        &mut rendered,
    );
    pages.docset_pages(scope.lists, emit, &mut rendered);
    rendered.failed += report_failures.len();
    rendered.diagnostics.extend(report_failures);
    if let Some(report) = report
        .as_ref()
        .filter(|_| (scope.lists)(render::report::OVERVIEW))
    {
        let mut overview = Rendered::default();
        report.overview(&survey.coverage(), emit, &mut overview);
        rendered.diagnostics.extend(overview.diagnostics);
        rendered.failed += overview.failed;
    }
    rendered
}

/// What [`check`] gives.
#[derive(Debug)]
pub struct Checked {
    /// The findings.
    pub report: Report,
    /// How many files were read and parsed.
    pub parsed: usize,
    /// How many files (or locale folders) could not be read at all: the check is incomplete.
    pub unreadable: usize,
}

/// Run every rule over `files`: the survey with the check and nothing the site needs. The
/// articles are read, aligned and checked a few at a time (one per core), and only what the
/// locale-wide rules need stays behind; the files those rules report on are read again at the
/// end. `tree_diagnostics` are the discovery's; files that cannot be read join them.
pub fn check(
    files: &[SourceFile],
    source: Source<'_>,
    tree_diagnostics: Vec<Diagnostic>,
    config: &Config,
    input: &CheckInput<'_>,
) -> Checked {
    let mut survey = survey(
        files,
        source,
        tree_diagnostics,
        &Purpose {
            config,
            check: Some(input),
            site: false,
        },
        &all,
    );
    Checked {
        parsed: survey.documents(),
        unreadable: survey.unreadable(),
        report: survey.report.take().unwrap_or_default(),
    }
}

/// Every document of `files` parsed and held, for the commands that need all articles aligned
/// at once (`export`, `align`): documents read on all cores, in file order, plain translations
/// paired with their English (files of `source_locale`), and the diagnostics of the files that
/// could not be read.
pub fn load(
    files: &[SourceFile],
    source: Source<'_>,
    source_locale: &str,
) -> (Vec<Document>, Vec<Diagnostic>) {
    let results: Vec<Result<Document, Diagnostic>> = files
        .par_iter()
        .enumerate()
        .map(|(n, file)| source.read(n, file).map(Cow::into_owned))
        .collect();
    let mut documents = Vec::with_capacity(results.len());
    let mut unreadable = Vec::new();
    for result in results {
        match result {
            Ok(doc) => documents.push(doc),
            Err(diagnostic) => unreadable.push(diagnostic),
        }
    }
    pair_held(
        &mut documents,
        source_locale,
        &Pairings::default(),
        |doc: &mut Document| doc,
    );
    (documents, unreadable)
}

/// Pair the plain translations among documents held together (of any articles, in any order)
/// with their articles' English files among them, an article per core; `to_mut` gives a
/// document to change.
fn pair_held<D: std::borrow::Borrow<Document> + Sync>(
    documents: &mut [D],
    source_locale: &str,
    pairings: &Pairings,
    to_mut: fn(&mut D) -> &mut Document,
) {
    let mut by_article: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, doc) in documents.iter().enumerate() {
        by_article
            .entry(&doc.borrow().file.article)
            .or_default()
            .push(i);
    }
    let paired: Vec<(usize, plain::Paired)> = by_article
        .into_par_iter()
        .flat_map_iter(|(_, members)| {
            let held: Vec<&Document> = members.iter().map(|&i| documents[i].borrow()).collect();
            plain::pair_article(&held, source_locale, pairings)
                .into_iter()
                .map(move |(k, paired)| (members[k], paired))
        })
        .collect();
    for (i, paired) in paired {
        paired.apply(to_mut(&mut documents[i]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeds and a file that is not UTF-8 written as a content tree, read and parsed once
    /// for both passes or read twice: the same site, report and diagnostics.
    #[test]
    fn a_preread_tree_builds_the_site_a_tree_read_twice_does() {
        let dir = tempfile::tempdir().expect("tempdir");
        for (path, text) in crate::EMBEDDED_CONTENT {
            let file = dir.path().join("content").join(path);
            std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
            std::fs::write(file, text).expect("write");
        }
        std::fs::write(dir.path().join("content/ro-RO/broken.md"), b"# x\xff\n").expect("write");
        let project = crate::project::Project::load(dir.path(), None).expect("project");
        let input = project.discover().expect("discover");
        let templates = project.templates().expect("templates");
        let check_input = project.check_input();
        let build = |source: Source<'_>| {
            let survey = survey(
                &input.files,
                source,
                Vec::new(),
                &Purpose {
                    config: &project.config,
                    check: Some(&check_input),
                    site: true,
                },
                &all,
            );
            let emitted = render::Memory::default();
            let rendered = render_site(
                &input.files,
                &survey,
                source,
                &Look {
                    config: &project.config,
                    templates: &templates,
                    l10n: &project.l10n,
                    docsets: &input.docsets,
                },
                &Scope::everything(),
                &Progress::none(),
                &emitted,
            );
            let diagnostics: Vec<String> = survey
                .diagnostics()
                .chain(&rendered.diagnostics)
                .map(|d| format!("{d:?}"))
                .collect();
            (
                emitted.into_files(),
                diagnostics,
                rendered.pages,
                rendered.failed,
            )
        };
        assert!(Preread::fits(&input.files));
        let preread = Preread::read(&input.files);
        let once = build(Source::Preread(&preread));
        assert!(
            once.2 > 0 && once.3 == 0,
            "{} pages, {} failed",
            once.2,
            once.3
        );
        assert!(
            once.1.iter().any(|d| d.contains("broken.md")),
            "{:?}",
            once.1
        );
        assert!(once == build(Source::Disk));
    }

    fn seeds() -> Vec<Document> {
        crate::EMBEDDED_CONTENT
            .iter()
            .map(|(path, text)| parse::parse_text(path, text))
            .collect()
    }

    #[test]
    fn a_refreshed_survey_equals_a_fresh_one() {
        let docs = seeds();
        let files: Vec<SourceFile> = docs.iter().map(|d| d.file.clone()).collect();
        let config = Config::default();
        let purpose = Purpose {
            config: &config,
            check: None,
            site: true,
        };
        let whole = survey(&files, Source::Memory(&docs), Vec::new(), &purpose, &all);
        let mut refreshed = survey(&files, Source::Memory(&docs), Vec::new(), &purpose, &all);
        let article = files[0].article.clone();
        let only_it = |a: &str| a == article;
        let fresh = survey(
            &files,
            Source::Memory(&docs),
            Vec::new(),
            &purpose,
            &only_it,
        );
        refreshed.refresh(&files, &BTreeSet::from([article.clone()]), fresh);
        assert_eq!(refreshed.articles, whole.articles);
        assert_eq!(refreshed.documents(), whole.documents());
        assert_eq!(refreshed.segments(), whole.segments());
        assert!(refreshed.diagnostics().eq(whole.diagnostics()));
    }

    #[test]
    fn an_in_memory_document_is_found_by_its_file_number_and_path() {
        let docs = seeds();
        let source = Source::Memory(&docs);
        assert!(matches!(
            source.read(1, &docs[1].file),
            Ok(Cow::Borrowed(_))
        ));
        let error = source
            .read(0, &docs[1].file)
            .expect_err("a file at the wrong number");
        assert_eq!(error.code, Code::Unreadable);
    }
}
