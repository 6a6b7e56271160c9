//! `locdoc build`: discover → parse → align → render (site, and the alignment report in `_align/`
//! from a check of the same content) → write.

use locdoc::config::Config;
use locdoc::render::{self, l10n::L10n, templates::Templates};
use miette::IntoDiagnostic;
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
}

/// Run `build`.
pub fn run(args: &BuildArgs<'_>) -> miette::Result<ExitCode> {
    let started = Instant::now();
    let mut config = Config::load(args.root).into_diagnostic()?;
    if !args.locales.is_empty() {
        config.locales = args.locales.to_vec();
    }
    let default_content = args.root.join("content");
    let (content, content_root) = match args.content {
        Some(dir) => (locdoc::load(dir, &[]).into_diagnostic()?, dir.to_path_buf()),
        None if default_content.is_dir() => (
            locdoc::load(&default_content, &[]).into_diagnostic()?,
            default_content,
        ),
        None => {
            eprintln!(
                "no content/ folder in {}: building the embedded sample site",
                args.root.display()
            );
            (locdoc::load_embedded(), PathBuf::from("content"))
        }
    };
    let out = args
        .out
        .map_or_else(|| args.root.join("public"), Path::to_path_buf);
    if let Some(why) = unsafe_out(&out, args.root, &content_root) {
        eprintln!(
            "error: refusing to build into {}: it {why}, and publishing replaces the whole output folder; choose an empty or dedicated folder with --out",
            out.display()
        );
        return Ok(ExitCode::from(super::INPUT_FAILED));
    }
    let articles = locdoc::align::align_all(&content.documents, &config.source_locale);
    let l10n = Arc::new(L10n::load(Some(&args.root.join("locales"))).into_diagnostic()?);
    let templates =
        Templates::load(Some(&args.root.join("templates")), Arc::clone(&l10n)).into_diagnostic()?;

    let bar = progress_bar(args.quiet);
    let on_page = || bar.inc(1);
    let on_start = |total: usize| bar.set_length(total as u64);
    let rendered = render::render_site(
        &content.documents,
        &articles,
        &config,
        &templates,
        &l10n,
        &render::Progress {
            start: &on_start,
            page: &on_page,
        },
    );
    bar.finish_and_clear();

    // The alignment report: the same findings `locdoc check` prints, as pages in `_align/`.
    let suppressions = locdoc::check::load_suppressions(args.root).into_diagnostic()?;
    let report = locdoc::check::check(
        &content,
        &articles,
        &locdoc::check::CheckInput {
            config: &config.check,
            suppressions: &suppressions,
            ui_strings: &[],
        },
    );
    let align = render::report::render_report(&articles, &report, &config, &templates, &l10n);
    let mut rendered = rendered;
    rendered.files.extend(align.files);
    rendered.diagnostics.extend(align.diagnostics);
    rendered.failed += align.failed;
    let findings = report
        .findings
        .iter()
        .filter(|f| f.locale.is_empty() || config.builds(&f.locale))
        .count();

    let segments = content.documents.iter().map(|d| d.segments.len()).sum();
    super::print_diagnostics(
        &content_root,
        super::all_diagnostics(&content).chain(rendered.diagnostics.iter()),
        content.documents.len(),
        segments,
    );
    if content.unreadable > 0 || rendered.failed > 0 {
        eprintln!(
            "error: {} file(s) could not be read and {} page(s) could not be built; {} was left as it was",
            content.unreadable,
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
    let mut files = rendered.files;
    // Every locale's files, also of locales not built: English pages show the reference's images.
    for file in &content.static_files {
        let bytes = std::fs::read(&file.path)
            .map_err(|e| miette::miette!("{}: {e}", file.path.display()))?;
        files.entry(file.rel_path.clone()).or_insert(bytes);
    }
    if !config.base_url.contains("://") {
        eprintln!(
            "note: base_url is `{}`, so sitemap.xml and hreflang links are root-relative; set base_url in locdoc.toml to publish absolute URLs",
            config.base_url
        );
    }
    let stats = locdoc::write::publish(&out, &files).into_diagnostic()?;
    eprintln!(
        "built {} pages in {} locales in {:.2?} ({} files, {} KiB in {})",
        rendered.pages,
        rendered.locales,
        started.elapsed(),
        stats.files,
        stats.bytes / 1024,
        out.display()
    );
    eprintln!(
        "alignment report: {findings} finding(s) in {}",
        out.join(render::report::REPORT_DIR).display()
    );
    Ok(ExitCode::from(super::OK))
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
