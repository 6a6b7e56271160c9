//! XLIFF 2.1: the bilingual work file of one target locale, markup kept as inline codes so a CAT
//! tool protects it and the exact Markdown comes back.
//!
//! ```xml
//! <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="it-IT">
//!   <file id="AlchemyInsights_x.md" original="it-IT/AlchemyInsights/x.md" canResegment="no" xml:space="preserve">
//!     <unit id="c1fe9-108" name="c1fe9-108">
//!       <notes>
//!         <note category="location">line 30, column 1</note>
//!         <note category="alignment">unit 5, aligned</note>
//!       </notes>
//!       <originalData>
//!         <data id="d1">[</data>
//!         <data id="d2">](/windows/win32/secauthn/tls-cipher-suites-in-windows-7)</data>
//!       </originalData>
//!       <segment state="translated">
//!         <source>If users are on Windows 7, make sure they check <ph id="1" dataRef="d1"/>TLS …<ph id="2" dataRef="d2"/>.</source>
//!         <target>…「<ph id="1" dataRef="d1"/>Windows 7 の TLS 暗号スイート<ph id="2" dataRef="d2"/>」…</target>
//!       </segment>
//!     </unit>
//!   </file>
//! </xliff>
//! ```
//!
//! Decisions:
//!
//! - **One document per target locale**: `trgLang` sits on the root, so a document cannot hold
//!   two target languages; the writer takes the locale to write.
//! - **One `<file>` per article** that has an sxs version in that locale: `original` is the file's
//!   path below the content root, `id` the article key made an `NMTOKEN` (characters other than
//!   letters, digits, `.`, `-` become `_`, and a clash gets `_2`, `_3`, …). `canResegment="no"`:
//!   a segment is an sxs span pair and must come back whole.
//! - **One `<unit>` per segment**, in document order: `name` is the segment id exactly as
//!   written, `id` the same id when it is a plain `NMTOKEN` not used yet in the file (otherwise
//!   made one as for files). Notes give the line and the alignment unit and status.
//! - **`state`** from the front matter's `ms.translationtype`: `translated` for HT; `initial` for
//!   MT (machine output nobody has reviewed), for any other value, and where the target is
//!   missing.
//! - **Inline codes**: each run of Markdown or HTML markup between runs of text (`**`, `[`,
//!   `](url)`, `` `code` ``, `<br/>`, an entity, a backslash escape) becomes
//!   `<ph id dataRef/>`, its exact characters in the unit's `<originalData>`. A target code equal
//!   to a source code gets the source code's id (XLIFF's corresponding codes); the others get new
//!   ids. Concatenating the text and the referenced data gives back the exact target and source
//!   markup.
//! - Characters XML cannot hold are written as `<cp hex="…"/>`, as XLIFF 2 requires, and carriage
//!   returns as `&#xD;`, so they too come back exactly.

use super::xml::{Xml, is_xml_char};
use crate::align::ArticleAlignment;
use crate::parse::TranslationType;
use crate::parse::text::markdown_options;
use pulldown_cmark::{Event, Parser};
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};

/// The XLIFF 2 core namespace (2.1 keeps the 2.0 one).
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF document of `locale` (one of [`target_locales`](super::target_locales)): one
/// `<file>` per article with an sxs version in that locale, articles in key order.
///
/// XLIFF requires at least one `<file>`: when no article has such a version the result is an
/// `InvalidInput` error and nothing is written.
pub fn write_xliff<W: Write + ?Sized>(
    out: &mut W,
    articles: &[ArticleAlignment<'_>],
    locale: &str,
) -> io::Result<()> {
    let files: Vec<(&ArticleAlignment<'_>, &crate::parse::Document)> = articles
        .iter()
        .filter_map(|a| super::paired_version(a, locale).map(|doc| (a, doc)))
        .filter(|(_, doc)| !doc.segments.is_empty())
        .collect();
    if files.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("no article has a side-by-side version in {locale}: nothing to write"),
        ));
    }
    let mut xml = Xml::new(out);
    xml.declaration()?;
    xml.indent(0)?;
    xml.start(
        "xliff",
        &[
            ("xmlns", NAMESPACE),
            ("version", "2.1"),
            ("srcLang", super::source_language(articles)),
            ("trgLang", locale),
        ],
    )?;
    let mut file_ids = HashSet::new();
    for (article, doc) in files {
        let file_id = unique_nmtoken(&article.article, &mut file_ids);
        xml.indent(1)?;
        xml.start(
            "file",
            &[
                ("id", &file_id),
                ("original", &doc.file.rel_path),
                ("canResegment", "no"),
                ("xml:space", "preserve"),
            ],
        )?;
        let state = match doc.front_matter.ms_translationtype {
            Some(TranslationType::Human) => "translated",
            _ => "initial",
        };
        let placements = super::placements(article, doc);
        let mut unit_ids = HashSet::new();
        for (index, segment) in doc.segments.iter().enumerate() {
            let unit_id = unique_nmtoken(&segment.id, &mut unit_ids);
            xml.indent(2)?;
            xml.start("unit", &[("id", &unit_id), ("name", &segment.id)])?;
            xml.indent(3)?;
            xml.start("notes", &[])?;
            xml.indent(4)?;
            xml.text_element(
                "note",
                &[("category", "location")],
                &format!("line {}, column {}", segment.line, segment.column),
            )?;
            if let Some(p) = placements.get(&index) {
                xml.indent(4)?;
                xml.text_element(
                    "note",
                    &[("category", "alignment")],
                    &format!("unit {}, {}", p.unit, p.status.as_str()),
                )?;
            }
            xml.indent(3)?;
            xml.end("notes")?;

            let source = doc.source(segment).unwrap_or_default();
            let target = doc.target(segment);
            let coded = CodedUnit::new(source, target.unwrap_or_default());
            if !coded.data.is_empty() {
                xml.indent(3)?;
                xml.start("originalData", &[])?;
                for (id, data) in &coded.data {
                    xml.indent(4)?;
                    xml.start("data", &[("id", id)])?;
                    write_text(&mut xml, data)?;
                    xml.end("data")?;
                }
                xml.indent(3)?;
                xml.end("originalData")?;
            }
            xml.indent(3)?;
            let state = if target.is_some() { state } else { "initial" };
            xml.start("segment", &[("state", state)])?;
            xml.indent(4)?;
            write_content(&mut xml, "source", &coded.source)?;
            if target.is_some() {
                xml.indent(4)?;
                write_content(&mut xml, "target", &coded.target)?;
            }
            xml.indent(3)?;
            xml.end("segment")?;
            xml.indent(2)?;
            xml.end("unit")?;
        }
        xml.indent(1)?;
        xml.end("file")?;
    }
    xml.indent(0)?;
    xml.end("xliff")?;
    xml.indent(0)
}

/// Text, with `<cp hex="…"/>` for each character XML cannot hold.
fn write_text<W: Write + ?Sized>(xml: &mut Xml<'_, W>, text: &str) -> io::Result<()> {
    let mut run_start = 0;
    for (i, c) in text.char_indices() {
        if !is_xml_char(c) {
            xml.text(&text[run_start..i])?;
            xml.empty("cp", &[("hex", &format!("{:04X}", u32::from(c)))])?;
            run_start = i + c.len_utf8();
        }
    }
    xml.text(&text[run_start..])
}

fn write_content<W: Write + ?Sized>(
    xml: &mut Xml<'_, W>,
    name: &str,
    pieces: &[Coded<'_>],
) -> io::Result<()> {
    xml.start(name, &[])?;
    for piece in pieces {
        match piece {
            Coded::Text(text) => write_text(xml, text)?,
            Coded::Code { id, data } => {
                xml.empty("ph", &[("id", &id.to_string()), ("dataRef", data)])?
            }
        }
    }
    xml.end(name)
}

/// One piece of a `<source>` or `<target>`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Coded<'a> {
    Text(&'a str),
    Code { id: usize, data: String },
}

/// A unit's source and target as text and codes, with the original data they refer to.
struct CodedUnit<'a> {
    source: Vec<Coded<'a>>,
    target: Vec<Coded<'a>>,
    /// `(data id, original markup)`, in order of first use.
    data: Vec<(String, &'a str)>,
}

impl<'a> CodedUnit<'a> {
    /// Split `source` and `target` into text and codes; a target code equal to an unused
    /// source code takes its id.
    fn new(source: &'a str, target: &'a str) -> CodedUnit<'a> {
        let mut data: Vec<(String, &'a str)> = Vec::new();
        let mut data_ids: HashMap<&'a str, String> = HashMap::new();
        let mut data_ref = |markup: &'a str| {
            data_ids
                .entry(markup)
                .or_insert_with(|| {
                    let id = format!("d{}", data.len() + 1);
                    data.push((id.clone(), markup));
                    id
                })
                .clone()
        };
        let mut next_id = 0;
        let mut source_codes: Vec<(&'a str, usize, bool)> = Vec::new();
        let source = inline_pieces(source)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => Coded::Text(t),
                Piece::Code(markup) => {
                    next_id += 1;
                    source_codes.push((markup, next_id, false));
                    Coded::Code {
                        id: next_id,
                        data: data_ref(markup),
                    }
                }
            })
            .collect();
        let target = inline_pieces(target)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => Coded::Text(t),
                Piece::Code(markup) => {
                    let id = match source_codes
                        .iter_mut()
                        .find(|(m, _, used)| *m == markup && !used)
                    {
                        Some((_, id, used)) => {
                            *used = true;
                            *id
                        }
                        None => {
                            next_id += 1;
                            next_id
                        }
                    };
                    Coded::Code {
                        id,
                        data: data_ref(markup),
                    }
                }
            })
            .collect();
        CodedUnit {
            source,
            target,
            data,
        }
    }
}

/// A run of a fragment: text to translate, or markup to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// Literal text.
    Text(&'a str),
    /// Markdown or HTML markup (delimiters, link destinations, code spans, tags, entities).
    Code(&'a str),
}

/// Private-use character put in front of a fragment so it reads as one paragraph (a target
/// starting with `1. ` or `# ` is not a list or heading); as in `parse::text`.
const PARAGRAPH_GUARD: char = '\u{E000}';

/// Split an inline Markdown/HTML fragment into text and markup. The pieces concatenate to the
/// fragment exactly. Text is what pulldown-cmark reports as literal text (its bytes in the
/// fragment equal the text); everything between is markup. Markup that is only white space is
/// kept as text. Never fails: whatever cannot be split stays text.
pub(crate) fn inline_pieces(fragment: &str) -> Vec<Piece<'_>> {
    if fragment.is_empty() {
        return Vec::new();
    }
    let guard = PARAGRAPH_GUARD.len_utf8();
    let mut input = String::with_capacity(fragment.len() + guard);
    input.push(PARAGRAPH_GUARD);
    // Line ends become spaces (same byte length), so offsets map back by subtracting the guard.
    input.extend(
        fragment
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
    );
    let mut texts: Vec<(usize, usize)> = Vec::new();
    for (event, range) in Parser::new_ext(&input, markdown_options()).into_offset_iter() {
        if let Event::Text(text) = event
            && input.get(range.clone()) == Some(&*text)
        {
            let start = range.start.max(guard) - guard;
            let end = range.end.saturating_sub(guard);
            if start < end {
                texts.push((start, end));
            }
        }
    }
    let mut raw: Vec<Piece<'_>> = Vec::new();
    let mut pos = 0;
    for (start, end) in texts {
        let start = start.max(pos);
        if start >= end {
            continue;
        }
        let (Some(code), Some(text)) = (fragment.get(pos..start), fragment.get(start..end)) else {
            return vec![Piece::Text(fragment)];
        };
        if !code.is_empty() {
            raw.push(Piece::Code(code));
        }
        raw.push(Piece::Text(text));
        pos = end;
    }
    match fragment.get(pos..) {
        Some("") => {}
        Some(rest) => raw.push(Piece::Code(rest)),
        None => return vec![Piece::Text(fragment)],
    }
    // White-space-only markup is text; then join neighbours of the same kind (they are
    // adjacent slices of the fragment, so joining is taking the wider slice).
    let mut pieces: Vec<Piece<'_>> = Vec::with_capacity(raw.len());
    let mut offset = 0;
    for piece in raw {
        let piece = match piece {
            Piece::Code(c) if c.chars().all(char::is_whitespace) => Piece::Text(c),
            other => other,
        };
        let len = match piece {
            Piece::Text(s) | Piece::Code(s) => s.len(),
        };
        let merged = match (pieces.last(), piece) {
            (Some(Piece::Text(prev)), Piece::Text(_)) => fragment
                .get(offset - prev.len()..offset + len)
                .map(Piece::Text),
            (Some(Piece::Code(prev)), Piece::Code(_)) => fragment
                .get(offset - prev.len()..offset + len)
                .map(Piece::Code),
            _ => None,
        };
        match merged {
            Some(m) => {
                if let Some(last) = pieces.last_mut() {
                    *last = m;
                }
            }
            None => pieces.push(piece),
        }
        offset += len;
    }
    pieces
}

/// `raw` as an `NMTOKEN` (letters, digits, `.`, `-`; anything else `_`) not in `used`: a clash
/// gets `_2`, `_3`, … Adds the result to `used`.
pub(crate) fn unique_nmtoken(raw: &str, used: &mut HashSet<String>) -> String {
    let base: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let base = if base.is_empty() {
        "_".to_owned()
    } else {
        base
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while used.contains(&candidate) {
        candidate = format!("{base}_{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(fragment: &str) -> Vec<(bool, &str)> {
        inline_pieces(fragment)
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => (true, t),
                Piece::Code(c) => (false, c),
            })
            .collect()
    }

    #[test]
    fn markup_becomes_codes_and_pieces_rebuild_the_fragment() {
        assert_eq!(kinds("Plain text."), [(true, "Plain text.")]);
        assert_eq!(
            kinds("**Column**"),
            [(false, "**"), (true, "Column"), (false, "**")]
        );
        assert_eq!(
            kinds("Full [Close your account](https://x/y) now."),
            [
                (true, "Full "),
                (false, "["),
                (true, "Close your account"),
                (false, "](https://x/y)"),
                (true, " now.")
            ]
        );
        assert_eq!(
            kinds("Run `Get-CsPool` &nbsp;<br/> then"),
            [
                (true, "Run "),
                (false, "`Get-CsPool`"),
                (true, " "),
                (false, "&nbsp;<br/>"),
                (true, " then")
            ]
        );
        for fragment in [
            "1. Not a list",
            "# Not a heading",
            "a\r\nb  \n  c",
            "trailing  ",
            "\\*escaped\\* *em* ~~del~~ <b>bold</b> ![img](a.png \"t\")",
            "unclosed **bold [link",
            "ünïcödé “quotes” 日本語 עברית",
            "",
            "<",
            "&",
            "\u{0}\u{1}x",
        ] {
            let rebuilt: String = inline_pieces(fragment)
                .into_iter()
                .map(|p| match p {
                    Piece::Text(s) | Piece::Code(s) => s,
                })
                .collect();
            assert_eq!(rebuilt, fragment);
        }
    }

    #[test]
    fn target_codes_reuse_matching_source_ids() {
        let unit = CodedUnit::new("**Column** [a](u)", "**列** [b](v)");
        let ids = |pieces: &[Coded<'_>]| -> Vec<usize> {
            pieces
                .iter()
                .filter_map(|p| match p {
                    Coded::Code { id, .. } => Some(*id),
                    Coded::Text(_) => None,
                })
                .collect()
        };
        assert_eq!(ids(&unit.source), [1, 2, 3, 4]);
        assert_eq!(ids(&unit.target), [1, 2, 3, 5]);
        let data: Vec<&str> = unit.data.iter().map(|(_, d)| *d).collect();
        assert_eq!(data, ["**", "[", "](u)", "](v)"]);
    }

    #[test]
    fn nmtokens_are_unique_and_valid() {
        let mut used = HashSet::new();
        assert_eq!(unique_nmtoken("a/b.md", &mut used), "a_b.md");
        assert_eq!(unique_nmtoken("a_b.md", &mut used), "a_b.md_2");
        assert_eq!(unique_nmtoken("a b.md", &mut used), "a_b.md_3");
        assert_eq!(unique_nmtoken("", &mut used), "_");
        assert_eq!(unique_nmtoken("e2d3a-102", &mut used), "e2d3a-102");
    }
}
