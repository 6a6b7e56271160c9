//! `locdoc export`: discover → parse → export writer.

use crate::cli::ExportFormat;
use locdoc::export::jsonl;
use miette::IntoDiagnostic;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// Run `export`.
pub fn run(
    content_root: &Path,
    format: ExportFormat,
    locales: &[String],
) -> miette::Result<ExitCode> {
    let content = locdoc::load(content_root, locales).into_diagnostic()?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format {
        ExportFormat::Jsonl => jsonl::write_segments(&mut out, &content.documents),
    }
    .and_then(|()| out.flush())
    .or_else(super::ignore_broken_pipe)
    .into_diagnostic()?;
    let segments = content.documents.iter().map(|d| d.segments.len()).sum();
    super::print_diagnostics(
        content_root,
        super::all_diagnostics(&content),
        content.documents.len(),
        segments,
    );
    Ok(super::exit_code(&content))
}
