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
    if doc.segments.is_empty() {
        // A plain translation (or an English original): its sentences, as alignment sees them.
        plain_sentences(&doc, &mut out)
            .and_then(|()| out.flush())
            .or_else(super::ignore_broken_pipe)
            .into_diagnostic()?;
        return Ok(diagnostics_exit(&doc));
    }
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
    Ok(diagnostics_exit(&doc))
}

/// Exit code when the file has errors (malformed spans, broken front matter).
const FAILED: u8 = 1;

/// Print the document's diagnostics with their source lines; the exit code.
fn diagnostics_exit(doc: &locdoc::Document) -> ExitCode {
    let index = LineIndex::new(&doc.text);
    for d in &doc.diagnostics {
        eprint!(
            "{}",
            locdoc::report::with_snippet(
                d,
                &locdoc::report::ShownPaths::default(),
                &doc.text,
                &index
            )
        );
    }
    let broken = doc
        .diagnostics
        .iter()
        .any(|d| d.severity == locdoc::diagnostic::Severity::Error);
    ExitCode::from(if broken { FAILED } else { super::OK })
}

/// A file without spans: each text block's sentences, one a line, with where they start.
fn plain_sentences(doc: &locdoc::Document, out: &mut impl Write) -> std::io::Result<()> {
    use locdoc::plain::sentences::{blocks, sentences};
    let prepared = locdoc::parse::blocks::prepare(doc.body());
    let index = LineIndex::new(&doc.text);
    writeln!(
        out,
        "{:>4}  {:>9}  {:<10}  SENTENCE",
        "N", "LINE:COL", "BLOCK"
    )?;
    let mut n = 0;
    for block in blocks(&prepared.text) {
        let text = &prepared.text[block.range.clone()];
        for sentence in sentences(text) {
            n += 1;
            let (line, column) = index.locate(
                &doc.text,
                doc.body_start + block.range.start + sentence.start,
            );
            let kind = format!("{:?}", block.kind).to_lowercase();
            writeln!(
                out,
                "{n:>4}  {:>9}  {kind:<10}  {}",
                format!("{line}:{column}"),
                &text[sentence]
            )?;
        }
    }
    writeln!(out, "{n} sentences (no sxs spans: a plain file)")
}
