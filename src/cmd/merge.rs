//! `locdoc merge`: the shards' output folders of one build, published as one site.

use miette::IntoDiagnostic;
use std::path::PathBuf;
use std::process::ExitCode;

/// Run `merge`.
pub fn run(out: &std::path::Path, shards: &[PathBuf]) -> miette::Result<ExitCode> {
    let merged = locdoc::shard::merge(out, shards).into_diagnostic()?;
    eprintln!(
        "merged {}: {} in {}",
        super::count(merged.shards, "shard", "shards"),
        super::count(merged.files, "file", "files"),
        out.display()
    );
    Ok(ExitCode::from(super::OK))
}
