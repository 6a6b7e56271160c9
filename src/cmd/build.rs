//! `locdoc build`: load the project, list its content, run the library's build (the pipeline into
//! a staging folder, published atomically), and report.

use locdoc::build::{BuildOptions, Outcome};
use locdoc::config::DenyLevel;
use locdoc::project::{ContentRoot, Project};
use locdoc::render::{self, Progress};
use locdoc::shard::Shard;
use miette::IntoDiagnostic;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Exit code when some page could not be built (nothing was published), or when the content has
/// problems that `--deny` fails on (the site was published).
const FAILED: u8 = 1;

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
    /// Fail (exit 1, after publishing) on content errors or warnings too.
    pub deny: Option<DenyLevel>,
}

/// Run `build`.
pub fn run(args: &BuildArgs<'_>) -> miette::Result<ExitCode> {
    let started = Instant::now();
    let mut project = Project::load(args.root, args.content).into_diagnostic()?;
    if !args.locales.is_empty() {
        project.config.locales = args.locales.to_vec();
    }
    let out = args
        .out
        .map_or_else(|| args.root.join("public"), Path::to_path_buf);
    if project.content == ContentRoot::Embedded {
        eprintln!(
            "no content/ folder in {}: building the embedded sample site",
            args.root.display()
        );
    }
    let input = project.discover().into_diagnostic()?;
    // `--locale`, or else `locales` in locdoc.toml: a locale with no content is a mistake.
    if super::refuse_unknown_locales(
        &project.config.locales,
        input.files.iter().map(|f| &f.locale),
        project.source_locale(),
    ) {
        return Ok(ExitCode::from(super::INPUT_FAILED));
    }
    let bar = super::progress_bar(args.quiet);
    let on_start = |total: usize| bar.set_length(total as u64);
    let on_page = || bar.inc(1);
    let built = locdoc::build::build(
        &project,
        &input,
        &BuildOptions {
            out: &out,
            shard: args.shard,
            incremental: args.incremental,
            progress: &Progress {
                start: &on_start,
                page: &on_page,
            },
        },
    );
    bar.finish_and_clear();
    let built = match built {
        Err(error @ locdoc::build::BuildError::UnsafeOut { .. }) => {
            eprintln!("error: {error}");
            return Ok(ExitCode::from(super::INPUT_FAILED));
        }
        built => built.into_diagnostic()?,
    };
    if let Outcome::Unchanged { files } = built.outcome {
        eprintln!(
            "unchanged since the last build: nothing to do ({} in {}, checked in {:.2?})",
            super::count(files, "file", "files"),
            out.display(),
            started.elapsed()
        );
        return Ok(ExitCode::from(super::OK));
    }
    super::print_diagnostics(
        &project.shown_paths(),
        built.diagnostics.iter(),
        built.documents,
        built.segments,
    );
    match built.outcome {
        Outcome::Unchanged { .. } => Ok(ExitCode::from(super::OK)),
        Outcome::Failed { unreadable, pages } => {
            eprintln!(
                "error: {unreadable} file(s) could not be read and {pages} page(s) could not be built; {} was left as it was",
                out.display()
            );
            let code = if pages > 0 {
                FAILED
            } else {
                super::INPUT_FAILED
            };
            Ok(ExitCode::from(code))
        }
        Outcome::Published {
            pages,
            reused,
            locales,
            stats,
            findings,
        } => {
            if !project.config.base_url.contains("://") && args.shard.is_first() {
                eprintln!(
                    "note: base_url is `{}`, so sitemap.xml and hreflang links are root-relative; set base_url in locdoc.toml to publish absolute URLs",
                    project.config.base_url
                );
            }
            let mut what = super::count(pages, "page", "pages");
            if args.incremental {
                what += &format!(", {reused} reused");
            }
            what += &format!(" in {}", super::count(locales, "locale", "locales"));
            if args.shard.is_split() {
                what += &format!(" (shard {})", args.shard);
            }
            eprintln!(
                "built {what} in {:.2?} ({}, {} KiB in {})",
                started.elapsed(),
                super::count(stats.files, "file", "files"),
                stats.bytes / 1024,
                out.display()
            );
            if let Some(findings) = findings {
                eprintln!(
                    "alignment report: {findings} finding(s) in {}",
                    out.join(render::report::REPORT_DIR).display()
                );
            }
            if let Some(old) = &stats.leftover {
                eprintln!(
                    "error: the new site is published, but the old one could not be removed: {}; remove it by hand",
                    old.display()
                );
                return Ok(ExitCode::from(FAILED));
            }
            let Some(deny) = args.deny.or(project.config.deny) else {
                return Ok(ExitCode::from(super::OK));
            };
            let failing = deny.failing();
            let denied = built
                .diagnostics
                .iter()
                .filter(|d| d.severity >= failing)
                .count();
            if denied == 0 {
                return Ok(ExitCode::from(super::OK));
            }
            let level = match deny {
                DenyLevel::Errors => "errors",
                DenyLevel::Warnings => "warnings",
            };
            eprintln!(
                "error: --deny {level}: the content has {denied} problem(s) of that severity or worse (the site was published)"
            );
            Ok(ExitCode::from(FAILED))
        }
    }
}
