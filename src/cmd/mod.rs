//! One thin function per command: compose library stages, print, and return the exit code.

pub mod align;
pub mod build;
pub mod check;
pub mod export;
pub mod import;
pub mod merge;
pub mod segments;
pub mod serve;

use locdoc::discover::Locale;
use locdoc::project::Project;
use locdoc::{Content, Diagnostic, Severity};
use miette::IntoDiagnostic;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// Exit code when everything could be read.
pub const OK: u8 = 0;
/// Exit code when some input could not be read or parsed at all.
pub const INPUT_FAILED: u8 = 2;

/// Print diagnostics to stderr, one line each, paths as the user can open them, then a summary.
pub fn print_diagnostics<'a>(
    paths: &locdoc::report::ShownPaths,
    diagnostics: impl Iterator<Item = &'a Diagnostic>,
    files: usize,
    segments: usize,
) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let (mut errors, mut warnings) = (0usize, 0usize);
    for d in diagnostics {
        match d.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Note => {}
        }
        let _ = writeln!(err, "{}", locdoc::report::one_line(d, paths));
    }
    let _ = writeln!(
        err,
        "{}, {}: {}, {}",
        count(files, "file", "files"),
        count(segments, "segment", "segments"),
        count(errors, "error", "errors"),
        count(warnings, "warning", "warnings")
    );
}

/// `n` and the word for that many, in the English of the command line: "1 file", "2 files".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// All diagnostics of a loaded content tree, tree-level first, then per file in path order.
pub fn all_diagnostics(content: &Content) -> impl Iterator<Item = &Diagnostic> {
    content
        .diagnostics
        .iter()
        .chain(content.documents.iter().flat_map(|d| d.diagnostics.iter()))
}

/// Refuse `--locale`s that none of `present` (the locales of the content's files) is, printing
/// them and the locales the content has; true when refused. The source locale always counts
/// (its pages are rebuilt from the embedded English). A typo there would otherwise build or
/// check nothing and succeed.
pub fn refuse_unknown_locales<'p>(
    requested: &[String],
    present: impl IntoIterator<Item = &'p Locale>,
    source_locale: &str,
) -> bool {
    let present: std::collections::BTreeSet<&str> =
        present.into_iter().map(Locale::as_str).collect();
    let unknown: Vec<String> = requested
        .iter()
        .filter(|l| !l.eq_ignore_ascii_case(source_locale))
        .filter(|l| !present.iter().any(|p| p.eq_ignore_ascii_case(l)))
        .map(|l| format!("`{l}`"))
        .collect();
    if unknown.is_empty() {
        return false;
    }
    eprintln!(
        "error: no content in locale(s) {}; the content has: {}",
        unknown.join(", "),
        present.into_iter().collect::<Vec<_>>().join(", ")
    );
    true
}

/// The exit code for a loaded tree: input failure when any file could not be read.
pub fn exit_code(content: &Content) -> ExitCode {
    ExitCode::from(if content.unreadable > 0 {
        INPUT_FAILED
    } else {
        OK
    })
}

/// A closed pipe (`locdoc export | head`) is not an error.
pub fn ignore_broken_pipe(err: std::io::Error) -> std::io::Result<()> {
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(err)
    }
}

/// Load the project and its content tree, let `write` put its output on stdout, then report
/// diagnostics on stderr. The shape every read-only command shares.
pub fn with_content(
    root: &Path,
    content: Option<&Path>,
    locales: &[String],
    write: impl FnOnce(&Project, &Content, &mut dyn Write) -> miette::Result<()>,
) -> miette::Result<ExitCode> {
    let project = Project::load(root, content).into_diagnostic()?;
    let mut input = project.discover().into_diagnostic()?;
    input.keep_locales(locales, project.source_locale());
    let content = locdoc::load_input(input, project.source_locale());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&project, &content, &mut out)?;
    out.flush().or_else(ignore_broken_pipe).into_diagnostic()?;
    let segments = content.documents.iter().map(|d| d.segments.len()).sum();
    print_diagnostics(
        &project.shown_paths(),
        all_diagnostics(&content),
        content.documents.len(),
        segments,
    );
    Ok(exit_code(&content))
}

/// A writer's outcome, where a closed pipe (`locdoc export | head`) is not an error.
pub fn written(result: std::io::Result<()>) -> miette::Result<()> {
    result.or_else(ignore_broken_pipe).into_diagnostic()
}

/// A bar on stderr when it is a terminal (never in tests or CI logs).
pub fn progress_bar(quiet: bool) -> indicatif::ProgressBar {
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
