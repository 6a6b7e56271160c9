//! JSON Lines: one object per segment of an sxs file and per aligned unit of a plain
//! translation (`export`), or per aligned unit across locales (`align`).
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
}

/// One aligned unit of a plain translation, as `export` writes it.
#[derive(Serialize)]
struct PlainUnitRecord<'a> {
    path: &'a str,
    locale: &'a str,
    article: &'a str,
    /// 1-based, in the translation's order.
    unit: usize,
    source: &'a str,
    target: &'a str,
    source_text: String,
    target_text: String,
    confidence: f64,
    aligned_by: &'static str,
}

/// One line per segment of each sxs document, and one per aligned unit of each plain
/// translation whose article has an English (`articles`, aligned over the same documents):
/// documents in the order given, segments and units in document order.
pub fn write_segments<W: Write + ?Sized>(
    out: &mut W,
    documents: &[Document],
    articles: &[ArticleAlignment<'_>],
) -> io::Result<()> {
    let mut plain: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for article in articles {
        let Some(english) = &article.english else {
            continue;
        };
        for version in article
            .versions
            .iter()
            .filter(|v| v.kind == VersionKind::Unaligned)
        {
            plain.insert(version.doc.file.rel_path.as_str(), english.body.as_str());
        }
    }
    // Aligning is the work; it runs on every core, and the lines are written in order.
    use rayon::prelude::*;
    let aligned: Vec<Option<crate::plain::Alignment<'_>>> = documents
        .par_iter()
        .map(|doc| {
            let english = *plain.get(doc.file.rel_path.as_str())?;
            Some(crate::plain::align(english, doc.body()))
        })
        .collect();
    for (doc, aligned) in documents.iter().zip(aligned) {
        if let Some(aligned) = aligned {
            write_plain_units(out, doc, &aligned)?;
            continue;
        }
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
            };
            serde_json::to_writer(&mut *out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// The units of a plain translation aligned with its English body.
fn write_plain_units<W: Write + ?Sized>(
    out: &mut W,
    doc: &Document,
    aligned: &crate::plain::Alignment<'_>,
) -> io::Result<()> {
    for (n, unit) in aligned.units.iter().enumerate() {
        let source = aligned.source(unit);
        let target = aligned.target(unit);
        let record = PlainUnitRecord {
            path: &doc.file.rel_path,
            locale: doc.locale().as_str(),
            article: &doc.file.article,
            unit: n + 1,
            source,
            target,
            source_text: crate::parse::text::visible_text(source),
            target_text: crate::parse::text::visible_text(target),
            confidence: (unit.confidence * 1000.0).round() / 1000.0,
            aligned_by: "plain",
        };
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
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
