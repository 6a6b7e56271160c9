//! `locdoc import FILE [--dry-run]`: read a translator's XLIFF or PO file → `Project::load` →
//! `discover` → `pipeline::load` → `align_all` (as export aligns) → `import::plan` → diff or
//! `import::apply` → summary.

use locdoc::import::{self, ImportError, Located, Plan};
use locdoc::project::Project;
use miette::{IntoDiagnostic, LabeledSpan, MietteDiagnostic, NamedSource, Report, miette};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Refusals shown with a source snippet besides their line.
const SHOWN_WITH_SOURCE: usize = 20;

/// Run `import`.
pub fn run(
    root: &Path,
    content: Option<&Path>,
    file: &Path,
    dry_run: bool,
) -> miette::Result<ExitCode> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| miette!("cannot read {shown}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        miette!(
            "{shown} is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let exchange = import::read(file, &text).map_err(|e| refusal(&shown, &text, e))?;

    let project = Project::load(root, content).into_diagnostic()?;
    if project.content_folders().is_empty() {
        return Err(miette!(
            help = "pass --content DIR, or run in a project with a content/ folder",
            "no content folder to import into (the built-in sample articles are not files)"
        ));
    }
    let content = locdoc::load_input(
        project.discover().into_diagnostic()?,
        project.source_locale(),
    );
    let articles = locdoc::align::align_all(&content.documents, project.source_locale());
    let plan = import::plan(&exchange, &articles).map_err(|e| refusal(&shown, &text, e))?;

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let printed = if dry_run {
        let printed = out.write_all(plan.diff().as_bytes());
        eprintln!("{}", summary(&shown, &plan, true));
        printed
    } else {
        import::apply(&plan).map_err(|e| refusal(&shown, &text, e))?;
        writeln!(out, "{}", summary(&shown, &plan, false))
    };
    printed
        .and_then(|()| out.flush())
        .or_else(super::ignore_broken_pipe)
        .into_diagnostic()?;
    Ok(ExitCode::from(super::OK))
}

/// What the import changes (or would change): totals, then each file with its segments.
fn summary(shown: &str, plan: &Plan, dry_run: bool) -> String {
    let changed = plan.changed_units();
    let mut out = format!(
        "{shown} ({}, {}): {} of {} {} in {}{}",
        plan.format.name(),
        plan.locale,
        changed,
        super::count(plan.units, "unit", "units"),
        if dry_run { "would change" } else { "changed" },
        super::count(plan.files.len(), "file", "files"),
        if dry_run {
            "; nothing written (--dry-run)"
        } else {
            ""
        }
    );
    for file in &plan.files {
        out.push_str(&format!(
            "\n  {}: {} ({})",
            file.rel_path,
            super::count(file.segments.len(), "segment", "segments"),
            file.segments.join(", ")
        ));
    }
    out
}

/// An import error as the user sees it: a malformed file or each refused unit with the lines
/// of the exchange file around it.
fn refusal(shown: &str, text: &str, error: ImportError) -> Report {
    let snippet = |at: Located, message: String, label: &str| {
        Report::new(
            MietteDiagnostic::new(message)
                .with_label(LabeledSpan::at_offset(at.offset, label.to_owned())),
        )
        .with_source_code(NamedSource::new(shown, text.to_owned()))
    };
    match error {
        ImportError::Malformed { format, malformed } => snippet(
            malformed.at,
            format!(
                "{shown}:{}:{}: not a well-formed {} file: {}",
                malformed.at.line,
                malformed.at.column,
                format.name(),
                malformed.message
            ),
            "here",
        ),
        ImportError::Refused { problems } => {
            // One line per unit (as diagnostics are printed), the first ones with their lines.
            for (n, problem) in problems.iter().enumerate() {
                eprintln!(
                    "{shown}:{}:{}: error: {}: {}",
                    problem.at.line, problem.at.column, problem.unit, problem.kind
                );
                if n < SHOWN_WITH_SOURCE {
                    let message = format!("{}: {}", problem.unit, problem.kind);
                    eprintln!("{:?}", snippet(problem.at, message, "this unit"));
                }
            }
            miette!(
                help = "export again from the current content and carry the translations over, or restore the content the file was exported from",
                "{shown}: {} of the file's units do not match the content; nothing was written",
                problems.len()
            )
        }
        other => miette!("{shown}: {other}"),
    }
}
