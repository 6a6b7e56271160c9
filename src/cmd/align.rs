//! `locdoc align`: discover → parse → align, one unit per line.

use crate::cli::AlignFormat;
use locdoc::align::{self, ArticleAlignment, VersionKind};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Run `align`.
pub fn run(
    root: &Path,
    content: Option<&Path>,
    format: AlignFormat,
    locales: &[String],
) -> miette::Result<ExitCode> {
    super::with_content(root, content, locales, |project, content, out| {
        let articles = align::align_all(&content.documents, project.source_locale());
        super::written(match format {
            AlignFormat::Jsonl => locdoc::export::jsonl::write_units(out, &articles),
            AlignFormat::Text => write_text(out, &articles),
        })
    })
}

/// A listing for a person: each unit with its status and English, then each locale's ids and target.
fn write_text<W: Write + ?Sized>(
    out: &mut W,
    articles: &[ArticleAlignment<'_>],
) -> std::io::Result<()> {
    for article in articles {
        let reference = article.reference.as_deref().unwrap_or("-");
        writeln!(out, "== {} (reference {reference})", article.article)?;
        for version in article
            .versions
            .iter()
            .filter(|v| v.kind != VersionKind::Sxs)
        {
            let kind = match (version.kind, &version.doc.english) {
                (VersionKind::English, _) => "English original".to_owned(),
                (VersionKind::Plain, Some(english)) => {
                    format!("plain: sentences paired with {}", english.rel_path)
                }
                _ => "no spans and no English file: unaligned".to_owned(),
            };
            writeln!(out, "   {} {kind}", version.doc.locale())?;
        }
        for unit in &article.units {
            writeln!(
                out,
                "#{} {} {}",
                unit.number,
                unit.status().as_str(),
                unit.english_text
            )?;
            for entry in &unit.entries {
                let ids = entry.ids().join("+");
                let text: Vec<&str> = entry
                    .segments
                    .iter()
                    .map(|s| s.target_text.as_str())
                    .collect();
                writeln!(
                    out,
                    "    {:<10} {:<8} {:<22} {}",
                    entry.doc.locale().as_str(),
                    entry.status.as_str(),
                    ids,
                    text.join(" ")
                )?;
                if entry.status == align::Status::Drift {
                    writeln!(
                        out,
                        "    {:<10} {:<8} {:<22} {}",
                        "",
                        "english",
                        "",
                        entry.source_text()
                    )?;
                }
            }
        }
    }
    Ok(())
}
