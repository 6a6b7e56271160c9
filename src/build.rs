//! A published build: the pipeline's survey and render passes written into a staging folder and
//! swapped in atomically, with what makes a build cheaper or split (`--incremental` reuses the
//! pages of unchanged articles from the last site, `--shard i/n` renders a share) and the files
//! published as they are.
//!
//! The order never changes: survey, plan what is reused, stage reused pages, render the rest,
//! copy static files, write the shard manifest and the build state, and publish only if every
//! file was read and every page rendered; otherwise the previous site stays as it was.

use crate::incremental::{self, BuildState, STATE_FILE};
use crate::pipeline::{self, Look, Purpose, Scope, Survey};
use crate::project::{Input, Project};
use crate::render::{self, Progress};
use crate::shard::Shard;
use crate::write::{PublishStats, Staging, WriteError};
use crate::{Diagnostic, SourceFile};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// How to build.
pub struct BuildOptions<'a> {
    /// The output folder, replaced as a whole when the build succeeds.
    pub out: &'a Path,
    /// Which part of the site to build (`Shard::WHOLE`: all of it).
    pub shard: Shard,
    /// Keep what the site was built from in it, and redo only what changed since.
    pub incremental: bool,
    /// Where rendering reports how far it is.
    pub progress: &'a Progress<'a>,
}

/// Why a build could not run or publish (content problems are diagnostics, not these).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The output folder holds something publishing would destroy.
    #[error(
        "refusing to build into {}: it {why}, and publishing replaces the whole output folder; choose an empty or dedicated folder with --out",
        path.display()
    )]
    UnsafeOut {
        /// The output folder.
        path: PathBuf,
        /// What it is.
        why: &'static str,
    },
    /// A template does not compile.
    #[error(transparent)]
    Project(#[from] crate::project::ProjectError),
    /// Staging, writing or publishing failed.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The search index could not be built: nothing is published, as for a failed page.
    #[error(transparent)]
    Search(#[from] crate::search::SearchError),
    /// A file to publish as it is could not be read.
    #[error("{}: {source}", path.display())]
    Static {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
}

/// How a build ended.
#[derive(Debug)]
pub enum Outcome {
    /// Nothing changed since the last `--incremental` build; the site was left as it was.
    Unchanged {
        /// Files in the site.
        files: usize,
    },
    /// Some file could not be read or some page not rendered: nothing was published.
    Failed {
        /// Files (or locale folders) that could not be read.
        unreadable: usize,
        /// Pages that could not be rendered.
        pages: usize,
    },
    /// The new site is in place.
    Published {
        /// Article pages in the site (rendered and reused).
        pages: usize,
        /// Of those, pages taken from the last site.
        reused: usize,
        /// Locales with pages.
        locales: usize,
        /// What was written.
        stats: PublishStats,
        /// Findings in the alignment report, when it was built.
        findings: Option<usize>,
    },
}

/// What a build did.
#[derive(Debug)]
pub struct Built {
    /// How it ended.
    pub outcome: Outcome,
    /// The content's and the pages' problems, in path order per pass.
    pub diagnostics: Vec<Diagnostic>,
    /// Files read and parsed.
    pub documents: usize,
    /// Their segments.
    pub segments: usize,
}

/// Build `input` (the project's content, listed) into `options.out`.
pub fn build(
    project: &Project,
    input: &Input,
    options: &BuildOptions<'_>,
) -> Result<Built, BuildError> {
    let config = &project.config;
    let templates = project.templates()?;
    let out = options.out;
    let shard = options.shard;
    if let Some(why) = crate::write::unsafe_out(out, &project.root, project.shown_content_root()) {
        return Err(BuildError::UnsafeOut {
            path: out.to_path_buf(),
            why,
        });
    }
    // The docs sets' tocs are on every page: a changed toc renders every page again.
    let settings = incremental::settings_fingerprint(
        &project.root,
        &[
            &format!("{config:?}"),
            &shard.to_string(),
            &format!("{:?}", input.docsets),
        ],
    );
    let previous = options.incremental.then(|| BuildState::load(out)).flatten();
    // Shards hash their inputs too: the manifest tells `merge` they all built the same tree.
    let inputs = if options.incremental || shard.is_split() {
        input_hashes(input)
    } else {
        BTreeMap::new()
    };
    if let Some(previous) = &previous
        && input.documents.is_none()
        && input.tree_diagnostics.is_empty()
        && previous.unchanged(&settings, &inputs)
        && previous.matches_output(out)
    {
        crate::write::clean_leftovers(out);
        return Ok(Built {
            outcome: Outcome::Unchanged {
                files: previous.files.len(),
            },
            diagnostics: Vec::new(),
            documents: 0,
            segments: 0,
        });
    }

    // A small tree is read and parsed once for both passes.
    let preread = (input.documents.is_none() && pipeline::Preread::fits(&input.files))
        .then(|| pipeline::Preread::read(&input.files));
    let source = match &preread {
        Some(preread) => pipeline::Source::Preread(preread),
        None => input.source(),
    };
    // First pass: every article's pages and titles, English pages, includes, and the check.
    let check_input = project.check_input();
    let survey = pipeline::survey(
        &input.files,
        source,
        input.tree_diagnostics.clone(),
        &Purpose {
            config,
            check: config.align_report.then_some(&check_input),
            site: true,
        },
        &pipeline::all,
    );

    // With --incremental, an article whose key is unchanged takes its pages from the last site.
    let mut state = BuildState {
        settings,
        inputs,
        ..BuildState::default()
    };
    if options.incremental {
        let keys = article_keys(&input.files, &survey, &state);
        for entry in survey.entries().filter(|e| shard.owns(&e.article)) {
            let article = &entry.article;
            let slot = state.articles.entry(article.clone()).or_default();
            if let Some(key) = keys.get(article) {
                slot.key.clone_from(key);
            }
            slot.pages.push(render::page_path(&entry.locale, article));
        }
    }
    let reused: BTreeMap<&str, &[String]> = match &previous {
        Some(previous) => state
            .articles
            .iter()
            .filter_map(|(article, now)| {
                let pages = previous.reusable(article, &now.key, out)?;
                (pages == now.pages.as_slice()).then_some((article.as_str(), pages))
            })
            .collect(),
        None => BTreeMap::new(),
    };

    // Pages go to the staging folder as they are made; it is published only if all went well.
    let staging = Staging::begin(out)?;
    let reused_pages: Vec<&String> = reused.values().flat_map(|pages| pages.iter()).collect();
    reused_pages
        .par_iter()
        .for_each(|page| staging.link(page, &out.join(page)));
    // Search reads every page of the site: a shard (a part of it) indexes none, `merge` does.
    let search =
        (config.search && !shard.is_split()).then(|| crate::search::Collect::new(&staging));
    if let Some(search) = &search {
        for page in &reused_pages {
            if let Ok(html) = std::fs::read_to_string(out.join(page)) {
                search.pages.add(page, &html);
            }
        }
    }
    let emit: &dyn render::Emit = match &search {
        Some(search) => search,
        None => &staging,
    };

    // Second pass: each article read again and rendered, the survey standing in for the rest.
    let renders_pages = |article: &str| shard.owns(article) && !reused.contains_key(article);
    let first = shard.is_first();
    let rendered = pipeline::render_site(
        &input.files,
        &survey,
        source,
        &Look {
            config,
            templates: &templates,
            l10n: &project.l10n,
            docsets: &input.docsets,
        },
        &Scope {
            pages: &renders_pages,
            report: &|article| shard.owns(article),
            lists: &|_| first,
        },
        options.progress,
        emit,
    );
    // Nothing reads the documents again: they are freed on an idle thread, not held through
    // the search index nor freed one by one while the site is committed.
    if let Some(preread) = preread {
        rayon::spawn(move || drop(preread));
    }
    let findings = survey.report.as_ref().map(|report| {
        report
            .findings
            .iter()
            .filter(|f| f.locale.is_empty() || config.builds(&f.locale))
            .filter(|f| shard.owns(&f.article) || (f.article.is_empty() && first))
            .count()
    });
    let diagnostics: Vec<Diagnostic> = survey
        .diagnostics()
        .chain(rendered.diagnostics.iter())
        .cloned()
        .collect();
    let counted = |outcome| Built {
        outcome,
        diagnostics,
        documents: survey.documents(),
        segments: survey.segments(),
    };
    if let Some(failed) = failure(survey.unreadable(), &rendered) {
        return Ok(counted(failed));
    }
    if let Some(search) = search {
        for (path, bytes) in search.pages.bundle()? {
            staging.write(&path, &bytes);
        }
    }
    copy_static_files(input, &survey, shard, &staging)?;
    if shard.is_split() {
        let manifest = crate::shard::Manifest {
            shard: shard.to_string(),
            input: input_fingerprint(&project.root, &state.inputs, config),
            search: config.search,
        };
        staging.write(crate::shard::MANIFEST, &manifest.to_bytes());
    }
    if options.incremental {
        // Last: it lists every other file.
        state.files = staging.listing();
        staging.write(STATE_FILE, &state.to_bytes());
    }
    let stats = staging.commit()?;
    let locales: HashSet<&str> = survey.entries().map(|e| e.locale.as_str()).collect();
    Ok(counted(Outcome::Published {
        pages: rendered.pages + reused_pages.len(),
        reused: reused_pages.len(),
        locales: locales.len(),
        stats,
        findings,
    }))
}

/// How a build that cannot publish failed, if it did: files the survey could not read, and
/// files gone by the render pass (an editor saving by rename, a checkout), count as unreadable
/// input (exit 2, as for any input that cannot be read); the rest as pages that failed.
fn failure(unreadable_in_survey: usize, rendered: &render::Rendered) -> Option<Outcome> {
    let gone = rendered
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::Code::Unreadable)
        .count();
    let unreadable = unreadable_in_survey + gone;
    let pages = rendered.failed.saturating_sub(gone);
    (unreadable > 0 || pages > 0).then_some(Outcome::Failed { unreadable, pages })
}

/// Every locale's files, also of locales not built: English pages show the reference's images.
/// A generated page wins over a file at the same path.
fn copy_static_files(
    input: &Input,
    survey: &Survey,
    shard: Shard,
    staging: &Staging,
) -> Result<(), BuildError> {
    let generated: HashSet<String> = survey
        .entries()
        .map(|e| render::page_path(&e.locale, &e.article))
        .chain(survey.entries().map(|e| format!("{}/index.html", e.locale)))
        .collect();
    input
        .static_files
        .par_iter()
        .filter(|file| shard.owns(&file.rel_path) && !generated.contains(&file.rel_path))
        .map(|file| {
            let bytes = std::fs::read(&file.path).map_err(|source| BuildError::Static {
                path: file.path.clone(),
                source,
            })?;
            staging.write(&file.rel_path, &bytes);
            Ok(())
        })
        .collect::<Vec<Result<(), BuildError>>>()
        .into_iter()
        .collect()
}

/// Each input file's SHA-256 by path: content and static files on disk, or the documents in
/// memory.
fn input_hashes(input: &Input) -> BTreeMap<String, String> {
    match &input.documents {
        Some(documents) => documents
            .iter()
            .map(|d| {
                (
                    d.file.rel_path.clone(),
                    incremental::hash_bytes(d.text.as_bytes()),
                )
            })
            .collect(),
        None => {
            let files: Vec<(String, PathBuf)> = input
                .files
                .iter()
                .map(|f| (f.rel_path.clone(), f.path.clone()))
                .chain(
                    input
                        .static_files
                        .iter()
                        .map(|f| (f.rel_path.clone(), f.path.clone())),
                )
                .collect();
            incremental::hash_files(&files)
        }
    }
}

/// Each article's incremental key: its own files' hashes, under a digest of what every page
/// depends on (settings, the list of files, which articles have an English page, every include).
fn article_keys(
    files: &[SourceFile],
    survey: &Survey,
    state: &BuildState,
) -> HashMap<String, String> {
    let hash_of = |file: &SourceFile| state.inputs.get(&file.rel_path).map_or("", String::as_str);
    let mut shape = crate::shard::Fingerprint::default();
    shape.add("settings", state.settings.as_bytes());
    for path in state.inputs.keys() {
        shape.add("file", path.as_bytes());
    }
    let english: BTreeSet<&str> = survey.english().collect();
    for article in english {
        shape.add("english", article.as_bytes());
    }
    for file in files.iter().filter(|f| render::is_include(&f.article)) {
        shape.add(&file.rel_path, hash_of(file).as_bytes());
    }
    let shape = shape.finish();
    let mut keys: BTreeMap<&str, crate::shard::Fingerprint> = BTreeMap::new();
    for file in files {
        let key = keys.entry(file.article.as_str()).or_insert_with(|| {
            let mut key = crate::shard::Fingerprint::default();
            key.add("shape", shape.as_bytes());
            key
        });
        key.add(&file.rel_path, hash_of(file).as_bytes());
    }
    keys.into_iter()
        .map(|(article, key)| (article.to_owned(), key.finish()))
        .collect()
}

/// What the shards of one build must agree on: every input file (content and static), the
/// configuration, and the template and string overrides.
fn input_fingerprint(
    root: &Path,
    inputs: &BTreeMap<String, String>,
    config: &crate::config::Config,
) -> String {
    // The settings as `--incremental` sees them, without the shard (every shard has its own),
    // and with template paths relative to the root (shards may check out to different folders).
    let settings = incremental::settings_fingerprint(root, &[&format!("{config:?}")]);
    let mut fingerprint = crate::shard::Fingerprint::default();
    fingerprint.add("settings", settings.as_bytes());
    for (path, hash) in inputs {
        fingerprint.add(path, hash.as_bytes());
    }
    fingerprint.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(failed: usize, codes: &[crate::Code]) -> render::Rendered {
        render::Rendered {
            failed,
            diagnostics: codes
                .iter()
                .map(|&code| Diagnostic::file(code, "ro-RO/a.md", "x"))
                .collect(),
            ..render::Rendered::default()
        }
    }

    #[test]
    fn a_file_gone_by_the_render_pass_is_unreadable_input_not_a_failed_page() {
        let failed = |o: Option<Outcome>| match o {
            Some(Outcome::Failed { unreadable, pages }) => Some((unreadable, pages)),
            _ => None,
        };
        assert_eq!(failed(failure(0, &rendered(0, &[]))), None);
        assert_eq!(
            failed(failure(0, &rendered(1, &[crate::Code::Unreadable]))),
            Some((1, 0))
        );
        assert_eq!(
            failed(failure(
                1,
                &rendered(2, &[crate::Code::Unreadable, crate::Code::PageFailed])
            )),
            Some((2, 1))
        );
    }
}
