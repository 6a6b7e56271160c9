//! CSV: one row per unit and locale, for spreadsheets, diffs and quick scripts.
//!
//! Columns: `article, unit, locale, ids, status, english, target, english_text, target_text,
//! path, line`, after a header row.
//!
//! - Every entry of every unit is a row, `missing` ones included (empty ids, target and line),
//!   so a sheet filtered on `status` shows what each locale lacks. Versions without spans are not
//!   aligned and have no rows.
//! - `english` and `english_text` are the locale's own embedded English (what the target was
//!   translated from; it differs from the other locales' only where the status is `drift`); for
//!   a missing entry, the unit's English.
//! - `ids` are the entry's segment ids separated by a space; `line` is its first segment's line.
//! - Quoting is the csv crate's (RFC 4180, `"` doubled, fields with separators, quotes or line
//!   breaks quoted); records end with `\n`. Values are written exactly as they are: a cell that
//!   starts with `=`, `+`, `-` or `@` is still text here, but a spreadsheet may read it as a
//!   formula, so open untrusted exports as text columns.

use crate::align::ArticleAlignment;
use std::io::{self, Write};

/// The header row.
pub const HEADER: [&str; 11] = [
    "article",
    "unit",
    "locale",
    "ids",
    "status",
    "english",
    "target",
    "english_text",
    "target_text",
    "path",
    "line",
];

/// The CSV table for `articles`: header, then articles in key order, units in order, locales in
/// tag order.
pub fn write_csv<W: Write + ?Sized>(
    out: &mut W,
    articles: &[ArticleAlignment<'_>],
) -> io::Result<()> {
    let mut writer = ::csv::WriterBuilder::new().from_writer(&mut *out);
    writer.write_record(HEADER)?;
    for article in articles {
        for unit in &article.units {
            let number = unit.number.to_string();
            for entry in &unit.entries {
                let present = !entry.segments.is_empty();
                let (english, english_text) = if present {
                    (entry.source(), entry.source_text())
                } else {
                    (unit.english.clone(), unit.english_text.clone())
                };
                let target_text: Vec<&str> = entry
                    .segments
                    .iter()
                    .map(|s| s.target_text.as_str())
                    .collect();
                let line = entry
                    .segments
                    .first()
                    .map(|s| s.line.to_string())
                    .unwrap_or_default();
                writer.write_record([
                    article.article.as_str(),
                    &number,
                    entry.doc.locale().as_str(),
                    &entry.ids().join(" "),
                    entry.status.as_str(),
                    &english,
                    &entry.target(),
                    &english_text,
                    &target_text.join(" "),
                    &entry.doc.file.rel_path,
                    &line,
                ])?;
            }
        }
    }
    writer.flush()
}
