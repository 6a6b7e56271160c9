//! `locdoc export`: discover → parse → export writer.

use crate::cli::ExportFormat;
use locdoc::export::jsonl;
use std::path::Path;
use std::process::ExitCode;

/// Run `export`.
pub fn run(
    content_root: &Path,
    format: ExportFormat,
    locales: &[String],
) -> miette::Result<ExitCode> {
    super::with_content(content_root, locales, |content, out| match format {
        ExportFormat::Jsonl => jsonl::write_segments(out, &content.documents),
    })
}
