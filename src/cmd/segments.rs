//! `locdoc segments FILE`: one file's segments as a table for a person, then its diagnostics.

use locdoc::diagnostic::LineIndex;
use miette::IntoDiagnostic;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// Run `segments`.
pub fn run(file: &Path) -> miette::Result<ExitCode> {
    let bytes =
        std::fs::read(file).map_err(|e| miette::miette!("cannot read {}: {e}", file.display()))?;
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("{}: not valid UTF-8", file.display());
        return Ok(ExitCode::from(super::INPUT_FAILED));
    };
    let shown = file.display().to_string();
    let doc = locdoc::parse::parse_text(&shown, &text);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let width = doc
        .segments
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let print = |out: &mut BufWriter<_>| -> std::io::Result<()> {
        writeln!(
            out,
            "{:<width$}  {:>9}  {:<11}  TARGET / SOURCE",
            "ID", "LINE:COL", "BLOCK"
        )?;
        for s in &doc.segments {
            let at = format!("{}:{}", s.line, s.column);
            writeln!(
                out,
                "{:<width$}  {:>9}  {:<11}  {}",
                s.id,
                at,
                s.block.as_str(),
                s.target_text
            )?;
            writeln!(
                out,
                "{:<width$}  {:>9}  {:<11}  {}",
                "", "", "", s.source_text
            )?;
        }
        writeln!(out, "{} segments", doc.segments.len())?;
        out.flush()
    };
    print(&mut out)
        .or_else(super::ignore_broken_pipe)
        .into_diagnostic()?;
    let index = LineIndex::new(&doc.text);
    for d in &doc.diagnostics {
        eprint!("{}", locdoc::report::with_snippet(d, "", &doc.text, &index));
    }
    Ok(ExitCode::from(super::OK))
}
