//! `locdoc check`: discover → parse → align → check → report (human, JSON lines or SARIF), or
//! with `--fix` the findings' mechanical fixes applied to the files (or shown as a diff).

use crate::cli::CheckFormat;
use locdoc::check;
use locdoc::config::DenyLevel;
use locdoc::diagnostic::{LineIndex, Severity};
use locdoc::pipeline;
use locdoc::project::Project;
use locdoc::shard::Shard;
use miette::IntoDiagnostic;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// Exit code when the check found errors (or warnings under `--deny warnings`).
const FOUND: u8 = 1;

/// `--fix`, and whether only to show the changes.
#[derive(Debug, Clone, Copy)]
pub struct FixMode {
    /// Print a unified diff and write nothing.
    pub dry_run: bool,
}

/// Run `check`.
pub fn run(
    root: &Path,
    content: Option<&Path>,
    format: CheckFormat,
    locales: &[String],
    deny: Option<DenyLevel>,
    shard: Shard,
    fix: Option<FixMode>,
) -> miette::Result<ExitCode> {
    let project = Project::load(root, content).into_diagnostic()?;
    let mut input = project.discover().into_diagnostic()?;
    // `--locale`, or else the locales locdoc.toml builds.
    let locales = if locales.is_empty() {
        project.config.locales.as_slice()
    } else {
        locales
    };
    if super::refuse_unknown_locales(
        locales,
        input.files.iter().map(|f| &f.locale),
        project.source_locale(),
    ) {
        return Ok(ExitCode::from(super::INPUT_FAILED));
    }
    input.keep_locales(locales, project.source_locale());
    // The files are read, aligned and checked an article at a time: the tree never has to fit
    // in memory.
    let files = input.files;
    let pipeline::Checked {
        mut report,
        parsed,
        unreadable,
    } = pipeline::check(
        &files,
        pipeline::Source::Disk,
        input.tree_diagnostics,
        &project.config,
        &project.check_input(),
    );
    report.keep_shard(shard);
    report.keep_locales(locales);
    if let Some(mode) = fix {
        return apply_fixes(&report, &files, mode);
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let shown_paths = project.shown_paths();
    let written = match format {
        CheckFormat::Human => {
            // Source snippets: the files with findings are read again, one at a time.
            let paths: HashMap<&str, &Path> = files
                .iter()
                .map(|f| (f.rel_path.as_str(), f.path.as_path()))
                .collect();
            let mut shown: Option<(&str, String, LineIndex)> = None;
            (|| -> std::io::Result<()> {
                for f in &report.findings {
                    if shown.as_ref().is_none_or(|(path, _, _)| *path != f.path) {
                        shown = paths
                            .get(f.path.as_str())
                            .and_then(|p| std::fs::read_to_string(p).ok())
                            .map(|text| {
                                let index = LineIndex::new(&text);
                                (f.path.as_str(), text, index)
                            });
                    }
                    let source = shown
                        .as_ref()
                        .filter(|(path, _, _)| *path == f.path)
                        .map(|(_, text, index)| (text.as_str(), index));
                    writeln!(out, "{}", check::human::finding(f, &shown_paths, source))?;
                }
                write!(out, "{}", check::human::summary(&report))?;
                writeln!(
                    out,
                    "{} in {} ({} suppressed){}",
                    super::count(report.findings.len(), "finding", "findings"),
                    super::count(parsed, "file", "files"),
                    report.suppressed,
                    match report.unused_suppressions.len() {
                        0 => String::new(),
                        1 => "; 1 suppression matched nothing".to_owned(),
                        n => format!("; {n} suppressions matched nothing"),
                    }
                )
            })()
        }
        CheckFormat::Json => report.findings.iter().try_for_each(|f| {
            serde_json::to_writer(&mut out, f)?;
            out.write_all(b"\n")
        }),
        CheckFormat::Sarif => serde_json::to_writer_pretty(
            &mut out,
            &check::sarif::to_sarif(
                &report.findings,
                &check::sarif::Artifacts::new(&shown_paths, &project.root),
            ),
        )
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n")),
    };
    written
        .and_then(|()| out.flush())
        .or_else(super::ignore_broken_pipe)
        .into_diagnostic()?;
    if unreadable > 0 {
        return Ok(ExitCode::from(super::INPUT_FAILED));
    }
    let failing = deny
        .or(project.config.deny)
        .map_or(Severity::Error, DenyLevel::failing);
    Ok(ExitCode::from(
        if report.worst().is_some_and(|w| w >= failing) {
            FOUND
        } else {
            super::OK
        },
    ))
}

/// Apply (or show) the fixes of `report`'s findings: every file's new text is made in memory,
/// then all are written through `write::replace_files` (or printed as a diff). Lists what was
/// fixed per file and rule.
fn apply_fixes(
    report: &check::Report,
    files: &[locdoc::discover::SourceFile],
    mode: FixMode,
) -> miette::Result<ExitCode> {
    use std::collections::BTreeMap;
    let mut by_path: BTreeMap<&str, Vec<&check::Finding>> = BTreeMap::new();
    for f in report.findings.iter().filter(|f| f.fix.is_some()) {
        by_path.entry(f.path.as_str()).or_default().push(f);
    }
    let paths: HashMap<&str, &Path> = files
        .iter()
        .map(|f| (f.rel_path.as_str(), f.path.as_path()))
        .collect();
    let mut changed = Vec::new();
    let mut lines = Vec::new();
    let (mut made, mut refused) = (0, 0);
    for (rel, findings) in &by_path {
        let Some(path) = paths.get(rel) else { continue };
        let before = std::fs::read_to_string(path)
            .into_diagnostic()
            .map_err(|e| e.wrap_err(format!("cannot read {}", path.display())))?;
        let fixed = check::fix::fix_file(rel, &before, findings);
        refused += fixed.refused;
        if fixed.text == before {
            continue;
        }
        made += fixed.fixed.values().sum::<usize>();
        let rules: Vec<String> = fixed
            .fixed
            .iter()
            .map(|(code, n)| format!("{code}×{n}"))
            .collect();
        lines.push(format!("{rel}: {}", rules.join(", ")));
        if mode.dry_run {
            let diff = similar::TextDiff::from_lines(&before, &fixed.text);
            print!(
                "{}",
                diff.unified_diff()
                    .header(&format!("a/{rel}"), &format!("b/{rel}"))
            );
        }
        changed.push((*path, before, fixed.text));
    }
    if !mode.dry_run {
        let replacements: Vec<locdoc::write::Replacement<'_>> = changed
            .iter()
            .map(|(path, before, after)| locdoc::write::Replacement {
                path,
                expected: before.as_bytes(),
                bytes: after.as_bytes(),
            })
            .collect();
        locdoc::write::replace_files(&replacements).into_diagnostic()?;
    }
    let verb = if mode.dry_run { "would fix" } else { "fixed" };
    for line in &lines {
        println!("{verb} {line}");
    }
    println!(
        "{} {} in {}{}",
        if mode.dry_run { "would make" } else { "made" },
        super::count(made, "fix", "fixes"),
        super::count(changed.len(), "file", "files"),
        match refused {
            0 => String::new(),
            n => format!(" ({n} not applied: overlapping, or outside the target text)"),
        }
    );
    Ok(ExitCode::from(super::OK))
}
