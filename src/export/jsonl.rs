//! JSON Lines: one object per segment of a file, from its sxs spans or from pairing a plain
//! translation with its English (`export`), or per aligned unit across locales (`align`).
//!
//! JSON Lines streams: a consumer can `grep`, `jq` or load it line by line without holding the
//! whole corpus, and each line is a complete record with its file position.

use crate::align::{ArticleAlignment, VersionKind};
use crate::parse::Document;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

#[derive(Serialize)]
struct SegmentRecord<'a> {
    path: &'a str,
    locale: &'a str,
    article: &'a str,
    id: &'a str,
    prefix: Option<&'a str>,
    n: Option<u32>,
    paragraph_unit: bool,
    target: Option<&'a str>,
    source: Option<&'a str>,
    target_text: &'a str,
    source_text: &'a str,
    line: u32,
    column: u32,
    block: &'static str,
    /// `sxs` (the spans' own pairs) or `plain` (paired by aligning with the English file).
    aligned_by: &'static str,
    /// The aligner's confidence, for `plain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f64>,
}

/// One line per segment of each document, in the order given, segments in document order: an
/// sxs file's spans, or the units of a plain translation paired with its English (a sentence
/// the translation lacks has no `target`, one without English no `source`).
pub fn write_segments<W: Write + ?Sized>(out: &mut W, documents: &[Document]) -> io::Result<()> {
    for doc in documents {
        let aligned_by = if doc.is_plain_aligned() {
            "plain"
        } else {
            "sxs"
        };
        for segment in &doc.segments {
            let record = SegmentRecord {
                path: &doc.file.rel_path,
                locale: doc.locale().as_str(),
                article: &doc.file.article,
                id: &segment.id,
                prefix: segment.prefix.as_deref(),
                n: segment.number,
                paragraph_unit: segment.paragraph_unit,
                target: doc.target(segment),
                source: doc.source(segment),
                target_text: &segment.target_text,
                source_text: &segment.source_text,
                line: segment.line,
                column: segment.column,
                block: segment.block.as_str(),
                aligned_by,
                confidence: segment
                    .confidence
                    .map(|c| (f64::from(c) * 1000.0).round() / 1000.0),
            };
            serde_json::to_writer(&mut *out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct UnitRecord<'a> {
    article: &'a str,
    unit: usize,
    status: &'static str,
    english: &'a str,
    english_text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_current_english: Option<bool>,
    locales: BTreeMap<&'a str, LocaleRecord<'a>>,
}

#[derive(Serialize)]
struct LocaleRecord<'a> {
    status: &'static str,
    ids: Vec<&'a str>,
    target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_current_english: Option<bool>,
}

/// One line per aligned unit. Each locale of the article appears under `locales` with its status;
/// the embedded English of a locale is included only where it differs from the unit's (drift).
/// Versions without spans appear as `unaligned`.
pub fn write_units<W: Write + ?Sized>(
    out: &mut W,
    articles: &[ArticleAlignment<'_>],
) -> io::Result<()> {
    for article in articles {
        let unaligned: Vec<&str> = article
            .versions
            .iter()
            .filter(|v| v.kind == VersionKind::Unaligned)
            .map(|v| v.doc.locale().as_str())
            .collect();
        for unit in &article.units {
            let mut locales = BTreeMap::new();
            for entry in &unit.entries {
                let source = entry.source();
                locales.insert(
                    entry.doc.locale().as_str(),
                    LocaleRecord {
                        status: entry.status.as_str(),
                        ids: entry.ids(),
                        target: (!entry.segments.is_empty()).then(|| entry.target()),
                        source: (entry.status == crate::align::Status::Drift).then_some(source),
                        in_current_english: entry.in_current_english,
                    },
                );
            }
            for locale in &unaligned {
                locales.insert(
                    locale,
                    LocaleRecord {
                        status: "unaligned",
                        ids: Vec::new(),
                        target: None,
                        source: None,
                        in_current_english: None,
                    },
                );
            }
            let record = UnitRecord {
                article: &article.article,
                unit: unit.number,
                status: unit.status().as_str(),
                english: &unit.english,
                english_text: &unit.english_text,
                in_current_english: unit.in_current_english,
                locales,
            };
            serde_json::to_writer(&mut *out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
