//! `locdoc build`: discover → parse → align → render (site, and the alignment report in `_align/`
//! from a check of the same content) → write.

use locdoc::build::Source;
use locdoc::config::Config;
use locdoc::incremental::{self, BuildState, STATE_FILE};
use locdoc::render::{self, l10n::L10n, templates::Templates};
use locdoc::shard::Shard;
use locdoc::write::Staging;
use miette::IntoDiagnostic;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

/// Exit code when some page could not be built (nothing was published).
const PAGES_FAILED: u8 = 1;

/// What `build` was asked to do.
pub struct BuildArgs<'a> {
    /// The project root (`locdoc.toml`, `templates/`, `locales/`).
    pub root: &'a Path,
    /// The content tree, when given with `--content`.
    pub content: Option<&'a Path>,
    /// The output folder.
    pub out: Option<&'a Path>,
    /// Only these locales (and the English pages), when not empty.
    pub locales: &'a [String],
    /// No progress bar.
    pub quiet: bool,
    /// Which part of the site to build (`Shard::WHOLE`: all of it).
    pub shard: Shard,
    /// Keep what the site was built from in it, and redo only what changed since.
    pub incremental: bool,
}

/// Run `build`.
pub fn run(args: &BuildArgs<'_>) -> miette::Result<ExitCode> {
    let started = Instant::now();
    let mut config = Config::load(args.root).into_diagnostic()?;
    if !args.locales.is_empty() {
        config.locales = args.locales.to_vec();
    }
    let default_content = args.root.join("content");
    let content_root = match args.content {
        Some(dir) => Some(dir.to_path_buf()),
        None if default_content.is_dir() => Some(default_content),
        None => None,
    };
    let out = args
        .out
        .map_or_else(|| args.root.join("public"), Path::to_path_buf);
    if let Some(why) = unsafe_out(
        &out,
        args.root,
        content_root.as_deref().unwrap_or(Path::new("content")),
    ) {
        eprintln!(
            "error: refusing to build into {}: it {why}, and publishing replaces the whole output folder; choose an empty or dedicated folder with --out",
            out.display()
        );
        return Ok(ExitCode::from(super::INPUT_FAILED));
    }
    let shard = args.shard;
    let settings =
        incremental::settings_fingerprint(args.root, &[&format!("{config:?}"), &shard.to_string()]);
    let previous = if args.incremental {
        BuildState::load(&out)
    } else {
        None
    };
    // Shards hash their inputs too: the manifest tells `merge` they all built the same tree.
    let hashing = args.incremental || shard.is_split();
    let embedded: locdoc::Content;
    let (files, tree_diagnostics, static_files, source, content_root, inputs) = match content_root {
        Some(dir) => {
            let discovery = locdoc::discover::discover(&dir).into_diagnostic()?;
            let inputs = if hashing {
                let files: Vec<(String, PathBuf)> = discovery
                    .files
                    .iter()
                    .map(|f| (f.rel_path.clone(), f.path.clone()))
                    .chain(
                        discovery
                            .static_files
                            .iter()
                            .map(|f| (f.rel_path.clone(), f.path.clone())),
                    )
                    .collect();
                incremental::hash_files(&files)
            } else {
                BTreeMap::new()
            };
            if let Some(previous) = &previous
                && discovery.diagnostics.is_empty()
                && previous.unchanged(&settings, &inputs)
                && previous.matches_output(&out)
            {
                eprintln!(
                    "unchanged since the last build: nothing to do ({} files in {}, checked in {:.2?})",
                    previous.files.len(),
                    out.display(),
                    started.elapsed()
                );
                return Ok(ExitCode::from(super::OK));
            }
            (
                discovery.files,
                discovery.diagnostics,
                discovery.static_files,
                Source::Disk,
                dir,
                inputs,
            )
        }
        None => {
            eprintln!(
                "no content/ folder in {}: building the embedded sample site",
                args.root.display()
            );
            embedded = locdoc::load_embedded();
            let inputs = embedded
                .documents
                .iter()
                .map(|d| {
                    (
                        d.file.rel_path.clone(),
                        incremental::hash_bytes(d.text.as_bytes()),
                    )
                })
                .collect();
            let files = embedded.documents.iter().map(|d| d.file.clone()).collect();
            (
                files,
                Vec::new(),
                Vec::new(),
                Source::Memory(&embedded.documents),
                PathBuf::from("content"),
                inputs,
            )
        }
    };
    if super::refuse_unknown_locales(
        args.locales,
        files.iter().map(|f| &f.locale),
        &config.source_locale,
    ) {
        return Ok(ExitCode::from(super::INPUT_FAILED));
    }
    let l10n = Arc::new(L10n::load(Some(&args.root.join("locales"))).into_diagnostic()?);
    let templates =
        Templates::load(Some(&args.root.join("templates")), Arc::clone(&l10n)).into_diagnostic()?;
    let suppressions = if config.align_report {
        Some(locdoc::check::load_suppressions(args.root).into_diagnostic()?)
    } else {
        None
    };
    let check_input = suppressions
        .as_deref()
        .map(|suppressions| locdoc::check::CheckInput {
            config: &config.check,
            suppressions,
            ui_strings: &[],
        });

    // First pass: every article's pages and titles, English pages, includes, and the check.
    let survey = locdoc::build::survey(
        &files,
        source,
        tree_diagnostics,
        &config,
        check_input.as_ref(),
    );
    // Every page is planned (the indexes list them all); this shard renders its share.
    let entries: Vec<render::Entry> = survey.entries().cloned().collect();
    let generated: HashSet<String> = entries
        .iter()
        .map(|e| render::page_path(&e.locale, &e.article))
        .chain(entries.iter().map(|e| format!("{}/index.html", e.locale)))
        .collect();

    // With --incremental, an article whose key is unchanged takes its pages from the last site.
    let mut state = BuildState {
        settings,
        inputs,
        ..BuildState::default()
    };
    if args.incremental {
        let keys = article_keys(&files, &survey, &state);
        for entry in entries.iter().filter(|e| shard.owns(&e.article)) {
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
                let pages = previous.reusable(article, &now.key, &out)?;
                (pages == now.pages.as_slice()).then_some((article.as_str(), pages))
            })
            .collect(),
        None => BTreeMap::new(),
    };
    let renders_pages = |article: &str| shard.owns(article) && !reused.contains_key(article);

    // Pages go to the staging folder as they are made; it is published only if all went well.
    let staging = Staging::begin(&out).into_diagnostic()?;
    let emit = |path: &str, bytes: Vec<u8>| staging.write(path, &bytes);
    let reused_pages: Vec<&String> = reused.values().flat_map(|pages| pages.iter()).collect();
    reused_pages
        .par_iter()
        .for_each(|page| staging.link(page, &out.join(page)));

    // Second pass: each article read again and rendered, the survey standing in for the rest.
    let bar = progress_bar(args.quiet);
    let on_start = |total: usize| bar.set_length(total as u64);
    let on_page = || bar.inc(1);
    let rendered = locdoc::build::render_site(
        &files,
        &survey,
        source,
        &config,
        &templates,
        &l10n,
        &locdoc::build::Wanted {
            pages: &renders_pages,
            report: &|article| shard.owns(article),
        },
        shard.is_first(),
        &render::Progress {
            start: &on_start,
            page: &on_page,
        },
        &emit,
    );
    bar.finish_and_clear();
    let findings = survey.report.as_ref().map(|report| {
        report
            .findings
            .iter()
            .filter(|f| f.locale.is_empty() || config.builds(&f.locale))
            .filter(|f| shard.owns(&f.article) || (f.article.is_empty() && shard.is_first()))
            .count()
    });

    super::print_diagnostics(
        &content_root,
        survey.diagnostics.iter().chain(rendered.diagnostics.iter()),
        survey.documents,
        survey.segments,
    );
    if survey.unreadable > 0 || rendered.failed > 0 {
        eprintln!(
            "error: {} file(s) could not be read and {} page(s) could not be built; {} was left as it was",
            survey.unreadable,
            rendered.failed,
            out.display()
        );
        let code = if rendered.failed > 0 {
            PAGES_FAILED
        } else {
            super::INPUT_FAILED
        };
        return Ok(ExitCode::from(code));
    }
    // Every locale's files, also of locales not built: English pages show the reference's
    // images. A generated page wins over a file at the same path.
    let copied: Vec<Result<(), miette::Report>> = static_files
        .par_iter()
        .filter(|file| shard.owns(&file.rel_path) && !generated.contains(&file.rel_path))
        .map(|file| {
            let bytes = std::fs::read(&file.path)
                .map_err(|e| miette::miette!("{}: {e}", file.path.display()))?;
            staging.write(&file.rel_path, &bytes);
            Ok(())
        })
        .collect();
    copied.into_iter().collect::<miette::Result<()>>()?;
    if shard.is_split() {
        let manifest = locdoc::shard::Manifest {
            shard: shard.to_string(),
            input: input_fingerprint(args.root, &state.inputs, &config),
        };
        let json = serde_json::to_vec_pretty(&manifest).into_diagnostic()?;
        staging.write(locdoc::shard::MANIFEST, &json);
    }
    if args.incremental {
        // Last: it lists every other file.
        state.files = staging.listing();
        staging.write(STATE_FILE, &state.to_bytes());
    }
    if !config.base_url.contains("://") && shard.is_first() {
        eprintln!(
            "note: base_url is `{}`, so sitemap.xml and hreflang links are root-relative; set base_url in locdoc.toml to publish absolute URLs",
            config.base_url
        );
    }
    let stats = staging.commit().into_diagnostic()?;
    let locales: HashSet<&str> = entries.iter().map(|e| e.locale.as_str()).collect();
    let of_shard = if shard.is_split() {
        format!(" (shard {shard})")
    } else {
        String::new()
    };
    let reused_note = if args.incremental {
        format!(", {} reused", reused_pages.len())
    } else {
        String::new()
    };
    eprintln!(
        "built {} pages{reused_note} in {} locales{of_shard} in {:.2?} ({} files, {} KiB in {})",
        rendered.pages + reused_pages.len(),
        locales.len(),
        started.elapsed(),
        stats.files,
        stats.bytes / 1024,
        out.display()
    );
    if let Some(findings) = findings {
        eprintln!(
            "alignment report: {findings} finding(s) in {}",
            out.join(render::report::REPORT_DIR).display()
        );
    }
    Ok(ExitCode::from(super::OK))
}

/// Each article's incremental key: its own files' hashes, under a digest of what every page
/// depends on (settings, the list of files, which articles have an English page, every include).
fn article_keys(
    files: &[locdoc::SourceFile],
    survey: &locdoc::build::Survey,
    state: &BuildState,
) -> HashMap<String, String> {
    let hash_of =
        |file: &locdoc::SourceFile| state.inputs.get(&file.rel_path).map_or("", String::as_str);
    let mut shape = locdoc::shard::Fingerprint::default();
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
    let mut keys: BTreeMap<&str, locdoc::shard::Fingerprint> = BTreeMap::new();
    for file in files {
        let key = keys.entry(file.article.as_str()).or_insert_with(|| {
            let mut key = locdoc::shard::Fingerprint::default();
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
fn input_fingerprint(root: &Path, inputs: &BTreeMap<String, String>, config: &Config) -> String {
    // The settings as `--incremental` sees them, without the shard (every shard has its own),
    // and with template paths relative to the root (shards may check out to different folders).
    let settings = incremental::settings_fingerprint(root, &[&format!("{config:?}")]);
    let mut fingerprint = locdoc::shard::Fingerprint::default();
    fingerprint.add("settings", settings.as_bytes());
    for (path, hash) in inputs {
        fingerprint.add(path, hash.as_bytes());
    }
    fingerprint.finish()
}

/// Refuse an output folder that publishing would destroy something in: the publish swaps the
/// whole folder for the new site, so everything in it that is not the site goes. The project root,
/// the content root, a folder holding either or the current folder, and the home folder are
/// refused before anything is written; the answer says why.
fn unsafe_out(out: &Path, root: &Path, content_root: &Path) -> Option<&'static str> {
    let resolved = resolve(out);
    if resolved.parent().is_none() {
        return Some("is the file system root");
    }
    if resolved == resolve(root) {
        return Some("is the project root");
    }
    if content_root.is_dir() {
        let content = resolve(content_root);
        if content == resolved {
            return Some("is the content root");
        }
        if content.starts_with(&resolved) {
            return Some("contains the content root");
        }
    }
    if let Ok(cwd) = std::env::current_dir().map(|d| resolve(&d))
        && cwd.starts_with(&resolved)
    {
        return Some("is or contains the current folder");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty())
        && resolve(Path::new(&home)) == resolved
    {
        return Some("is the home folder");
    }
    None
}

/// `path` made absolute with symbolic links resolved as far as it exists (the output folder may
/// not exist yet); the missing rest is appended with `.` and `..` applied lexically.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let mut base = loop {
        if let Ok(real) = existing.canonicalize() {
            break real;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last.as_os_str().to_os_string());
                existing = parent;
            }
            _ => break absolute.clone(),
        }
    };
    for name in rest.into_iter().rev() {
        match name.to_str() {
            Some("..") => {
                base.pop();
            }
            Some(".") => {}
            _ => base.push(name),
        }
    }
    base
}

/// A bar on stderr when it is a terminal (never in tests or CI logs).
fn progress_bar(quiet: bool) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}
