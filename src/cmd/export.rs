//! `locdoc export`: discover → parse → (align →) export writer, to stdout.
//!
//! `jsonl` writes segments and needs no alignment. The other formats are written from the
//! alignment, which is made over every locale of the tree and filtered to `--locale`
//! afterwards: unit numbers depend on all versions of an article, and this way a unit has the
//! same number (the PO `msgctxt`, the TMX `tuid`) whichever locales are exported.
//! XLIFF and PO hold one target language, so they need exactly one target locale: the tree's
//! only one, or one `--locale`.

use crate::cli::ExportFormat;
use locdoc::export::{self, csv, jsonl, po, tmx, xliff};
use locdoc::project::Project;
use miette::{IntoDiagnostic, miette};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// Run `export`.
pub fn run(
    root: &Path,
    content: Option<&Path>,
    format: ExportFormat,
    locales: &[String],
) -> miette::Result<ExitCode> {
    if format == ExportFormat::Jsonl {
        return super::with_content(root, content, locales, |_, content, out| {
            super::written(jsonl::write_segments(out, &content.documents))
        });
    }
    let project = Project::load(root, content).into_diagnostic()?;
    let content = locdoc::load_input(
        project.discover().into_diagnostic()?,
        project.source_locale(),
    );
    let mut articles = locdoc::align::align_all(&content.documents, project.source_locale());
    export::retain_locales(&mut articles, locales);
    let target = match format {
        ExportFormat::Xliff | ExportFormat::Po => Some(one_target_locale(&articles, format)?),
        _ => None,
    };

    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = match (format, target.as_deref()) {
        (ExportFormat::Tmx, _) => tmx::write_tmx(&mut out, &articles),
        (ExportFormat::Csv, _) => csv::write_csv(&mut out, &articles),
        (ExportFormat::Xliff, Some(locale)) => xliff::write_xliff(&mut out, &articles, locale),
        (ExportFormat::Po, Some(locale)) => po::write_po(&mut out, &articles, locale),
        _ => Ok(()),
    };
    written
        .and_then(|()| out.flush())
        .or_else(super::ignore_broken_pipe)
        .into_diagnostic()?;
    drop(out);

    // Diagnostics of the exported locales' files, and of the tree itself.
    let selected = |doc: &locdoc::Document| {
        locales.is_empty()
            || locales
                .iter()
                .any(|l| l.eq_ignore_ascii_case(doc.locale().as_str()))
    };
    let documents: Vec<&locdoc::Document> =
        content.documents.iter().filter(|d| selected(d)).collect();
    let segments = documents.iter().map(|d| d.segments.len()).sum();
    super::print_diagnostics(
        &project.shown_paths(),
        content
            .diagnostics
            .iter()
            .chain(documents.iter().flat_map(|d| d.diagnostics.iter())),
        documents.len(),
        segments,
    );
    Ok(super::exit_code(&content))
}

/// The one target locale an XLIFF or PO document can hold, or an error naming the choices.
fn one_target_locale(
    articles: &[locdoc::align::ArticleAlignment<'_>],
    format: ExportFormat,
) -> miette::Result<String> {
    let name = if format == ExportFormat::Xliff {
        "XLIFF"
    } else {
        "PO"
    };
    let mut locales = export::target_locales(articles);
    match locales.len() {
        1 => Ok(locales.remove(0)),
        0 => Err(miette!(
            "nothing to export: no side-by-side article in the chosen locales"
        )),
        _ => Err(miette!(
            help = format!(
                "export one at a time, e.g. --locale {}; the locales are {}",
                locales[0],
                locales.join(", ")
            ),
            "{name} holds one target language, and {} locales were selected",
            locales.len()
        )),
    }
}
