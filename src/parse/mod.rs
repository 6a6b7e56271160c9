//! Parse: one file's text into a [`Document`]: typed front matter, and every sxs segment with its
//! exact target and source markup, visible text, position and block kind.
//!
//! Parsing never fails. Whatever is malformed becomes a [`Diagnostic`] and the rest of the file
//! is still read, because every real repository holds some malformed files (FORMAT.md §7) and a
//! translator needs the other 99% of the segments all the same.
//!
//! ```
//! use locdoc::parse::parse_text;
//! let doc = parse_text(
//!     "ro-RO/a.md",
//!     "<span data-ttu-id=\"e2d3a-103\">Bună.</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-103\">Hello.</span></span>\n",
//! );
//! assert_eq!(doc.segments.len(), 1);
//! assert_eq!(doc.segments[0].number, Some(103));
//! assert_eq!(doc.source(&doc.segments[0]), Some("Hello."));
//! ```

pub mod blocks;
pub mod front_matter;
pub mod spans;
pub mod text;

use crate::diagnostic::{Code, Diagnostic, LineIndex};
use crate::discover::{Locale, SourceFile};
pub use blocks::BlockKind;
pub use front_matter::{FrontMatter, TranslationType};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// One segment: a target sentence and the English source it was translated from, read from an
/// sxs file's spans or paired by aligning a plain translation with its English
/// ([`crate::plain::pair_article`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The full id, e.g. `e2d3a-102` or `5add0-p101`.
    pub id: String,
    /// The id prefix (a per-file-version hash: not a key across locales).
    pub prefix: Option<String>,
    /// The id number; `None` when the id is unreadable.
    pub number: Option<u32>,
    /// True for a `PREFIX-pN` unit (several source sentences merged into one segment).
    pub paragraph_unit: bool,
    /// Byte range of the target's inner markup in [`Document::text`].
    pub target: Option<Range<usize>>,
    /// Byte range of the source's inner markup in [`Document::text`].
    pub source: Option<Range<usize>>,
    /// Byte range of the whole segment markup, from the opening tag to the last closing tag.
    pub outer: Range<usize>,
    /// Visible plain text of the target.
    pub target_text: String,
    /// Visible plain text of the source.
    pub source_text: String,
    /// 1-based line of the opening tag.
    pub line: u32,
    /// 1-based column (in chars) of the opening tag.
    pub column: u32,
    /// The block the segment stands in.
    pub block: BlockKind,
    /// For a segment of a plain translation, how sure the aligner is (0 to 1); `None` for sxs,
    /// whose pairs the translation tool recorded.
    pub confidence: Option<f32>,
}

/// One parsed file.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from.
    pub file: SourceFile,
    /// The file's text, as read (segments point into it).
    pub text: String,
    /// The typed front matter (empty when there is none or it is broken).
    pub front_matter: FrontMatter,
    /// Byte offset of the Markdown body (after the front matter).
    pub body_start: usize,
    /// Segments in document order.
    pub segments: Vec<Segment>,
    /// The links and images of the body, in document order.
    pub links: Vec<blocks::BodyLink>,
    /// Problems found in this file.
    pub diagnostics: Vec<Diagnostic>,
    /// For a plain translation aligned with its English, that English: the segments' `source`
    /// ranges address its text, not this file's.
    pub english: Option<Arc<PairedEnglish>>,
}

/// The English file a plain translation was aligned with, shared by every locale's version.
#[derive(Debug, PartialEq, Eq)]
pub struct PairedEnglish {
    /// Its path relative to the content root.
    pub rel_path: String,
    /// Its whole text.
    pub text: String,
    /// Byte offset of its Markdown body.
    pub body_start: usize,
}

impl PairedEnglish {
    /// The English of `doc`, a file of the source locale, to share among its translations.
    pub fn of(doc: &Document) -> Arc<PairedEnglish> {
        Arc::new(PairedEnglish {
            rel_path: doc.file.rel_path.clone(),
            text: doc.text.clone(),
            body_start: doc.body_start,
        })
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

impl Document {
    /// The exact target markup of `segment`.
    pub fn target(&self, segment: &Segment) -> Option<&str> {
        segment.target.clone().and_then(|r| self.text.get(r))
    }

    /// The exact source markup of `segment` (from the English file for a plain translation).
    pub fn source(&self, segment: &Segment) -> Option<&str> {
        let text = self.english.as_ref().map_or(&self.text, |e| &e.text);
        segment.source.clone().and_then(|r| text.get(r))
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The locale of the file.
    pub fn locale(&self) -> &Locale {
        &self.file.locale
    }

    /// True when the file carries sxs spans; a file without any is a plain translation.
    pub fn is_sxs(&self) -> bool {
        self.english.is_none() && !self.segments.is_empty()
    }

    /// True for a plain translation whose segments came from aligning it with its English.
    pub fn is_plain_aligned(&self) -> bool {
        self.english.is_some()
    }
}

/// Read one file and parse it; an unreadable or non-UTF-8 file is an error diagnostic.
pub fn read_and_parse(file: SourceFile) -> Result<Document, Diagnostic> {
    let text = read_text(&file)?;
    Ok(parse(file, text))
}

/// The segments of one file, exactly as [`read_and_parse`] gives them, without the front
/// matter's YAML and the diagnostics: for a second look at a file already parsed once (the
/// locale-wide check rules re-read the files they report on). `None` if it cannot be read.
pub fn read_segments(file: &SourceFile) -> Option<Vec<Segment>> {
    let text = read_text(file).ok()?;
    let index = LineIndex::new(&text);
    let mut ignored = Vec::new();
    let split = front_matter::split(&text, &file.rel_path, &index, &mut ignored);
    Some(extract(
        &text,
        split.body_start,
        &file.rel_path,
        &index,
        &mut ignored,
    ))
}

/// A file's text; not readable, not UTF-8 or binary is an error diagnostic.
fn read_text(file: &SourceFile) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(&file.path).map_err(|err| {
        Diagnostic::file(
            Code::Unreadable,
            &file.rel_path,
            format!("cannot read the file: {err}"),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let index = LineIndex::new(prefix);
        let (line, column) = index.locate(prefix, valid);
        Diagnostic {
            line,
            column,
            ..Diagnostic::file(
                Code::NotUtf8,
                &file.rel_path,
                format!(
                    "the file is not valid UTF-8 (byte 0x{:02X} at offset {valid})",
                    bytes[valid]
                ),
            )
        }
    })?;
    if let Some(nul) = memchr::memchr(0, text.as_bytes()) {
        let index = LineIndex::new(&text);
        let (line, column) = index.locate(&text, nul);
        return Err(Diagnostic {
            line,
            column,
            ..Diagnostic::file(
                Code::BinaryFile,
                &file.rel_path,
                format!("the file is binary, not Markdown (a NUL byte at offset {nul}); skipped"),
            )
        });
    }
    Ok(text)
}

/// Parse a text that did not come from a content tree (tests, `locdoc segments FILE`, fuzzing):
/// the locale is taken from the first path component that is one, else `und`.
pub fn parse_text(rel_path: &str, text: &str) -> Document {
    let locale = rel_path
        .split(['/', '\\'])
        .find_map(Locale::parse)
        .unwrap_or_else(Locale::undetermined);
    let article = rel_path
        .split_once(locale.as_str())
        .map_or(rel_path, |(_, rest)| rest.trim_start_matches(['/', '\\']))
        .to_owned();
    let file = SourceFile {
        locale,
        article,
        rel_path: rel_path.to_owned(),
        path: rel_path.into(),
    };
    parse(file, text.to_owned())
}

/// Parse a file's text. Never fails; see the module documentation.
pub fn parse(file: SourceFile, text: String) -> Document {
    let path = file.rel_path.as_str();
    let index = LineIndex::new(&text);
    let mut diagnostics = Vec::new();
    let split = front_matter::split(&text, path, &index, &mut diagnostics);
    let front_matter = split
        .yaml
        .clone()
        .map(|yaml| front_matter::parse(&text, yaml, path, &index, &mut diagnostics))
        .unwrap_or_default();
    let (segments, links) =
        extract_with_links(&text, split.body_start, path, &index, &mut diagnostics);
    diagnostics.sort_by_key(|d| (d.line, d.column));
    Document {
        file,
        front_matter,
        body_start: split.body_start,
        segments,
        links,
        diagnostics,
        text,
        english: None,
    }
}

/// Find every segment of `text` (the whole file; the body starts at `body_start`) with its
/// block kind and visible text. This is the part of [`parse`] that reads Markdown; the front
/// matter's YAML is read separately.
pub fn extract(
    text: &str,
    body_start: usize,
    path: &str,
    index: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Segment> {
    extract_with_links(text, body_start, path, index, diagnostics).0
}

/// [`extract`], and the body's links and images, from the same pass over the Markdown.
fn extract_with_links(
    text: &str,
    body_start: usize,
    path: &str,
    index: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Segment>, Vec<blocks::BodyLink>) {
    let raw = spans::scan(text, path, index, diagnostics);
    let body = &text[body_start..];
    let prepared = blocks::prepare(body);
    let in_body = |r: &spans::RawSegment| r.open_tag.start >= body_start;
    let body_offsets: Vec<usize> = raw
        .iter()
        .filter(|r| in_body(r))
        .map(|r| prepared.map(r.open_tag.start - body_start))
        .collect();
    // Visible text comes from the page's own events where the prepared text is the body itself.
    let mut text_ranges = Vec::new();
    if prepared.is_identity() {
        for r in raw.iter().filter(|r| in_body(r)) {
            for range in [&r.target, &r.source].into_iter().flatten() {
                text_ranges.push(range.start - body_start..range.end - body_start);
            }
        }
    }
    let classified = blocks::classify(&prepared.text, &body_offsets, &text_ranges);
    let mut body_kinds = classified.kinds.into_iter();
    let mut collected = classified.texts.into_iter();
    let links = classified
        .links
        .into_iter()
        .map(|link| blocks::BodyLink {
            range: prepared.unmap(link.range.start)..prepared.unmap(link.range.end),
            ..link
        })
        .collect();

    let mut segments = Vec::with_capacity(raw.len());
    for r in raw {
        let body_segment = in_body(&r);
        let block = if body_segment {
            body_kinds.next().unwrap_or(BlockKind::Paragraph)
        } else {
            BlockKind::FrontMatter
        };
        let (line, column) = index.locate(text, r.open_tag.start);
        let (prefix, paragraph_unit, number) = match spans::parse_id(&r.id) {
            Some((prefix, p, n)) => (Some(prefix.to_owned()), p, Some(n)),
            None => {
                diagnostics.push(Diagnostic::at(
                    Code::BadId,
                    path,
                    index,
                    text,
                    r.open_tag.clone(),
                    format!("segment id `{}` is not PREFIX-N or PREFIX-pN", r.id),
                ));
                (None, false, None)
            }
        };
        if block == BlockKind::Code {
            diagnostics.push(Diagnostic::at(
                Code::SegmentInCode,
                path,
                index,
                text,
                r.open_tag.clone(),
                format!("segment `{}` stands where CommonMark reads a code block (an indented line, or a line starting with ``` above it)", r.id),
            ));
        }
        let mut visible = |range: &Option<Range<usize>>| {
            let Some(range) = range else {
                return String::new();
            };
            let from_page = if body_segment && prepared.is_identity() {
                collected.next().flatten()
            } else {
                None
            };
            from_page.unwrap_or_else(|| {
                text.get(range.clone())
                    .map(text::visible_text)
                    .unwrap_or_default()
            })
        };
        let target_text = visible(&r.target);
        let source_text = visible(&r.source);
        segments.push(Segment {
            target_text,
            source_text,
            id: r.id,
            prefix,
            number,
            paragraph_unit,
            target: r.target,
            source: r.source,
            outer: r.outer,
            line,
            column,
            block,
            confidence: None,
        });
    }
    check_ids(&segments, path, index, text, diagnostics);
    (segments, links)
}

/// Duplicate ids and mixed prefixes: ids are only hints for alignment, but within one file they
/// must be unique and share the one prefix of the file version.
fn check_ids(
    segments: &[Segment],
    path: &str,
    index: &LineIndex,
    text: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, u32> = HashMap::with_capacity(segments.len());
    let mut first_prefix: Option<&str> = None;
    let mut prefix_reported = false;
    for segment in segments {
        if segment.id.is_empty() {
            continue;
        }
        if let Some(line) = seen.insert(&segment.id, segment.line) {
            out.push(Diagnostic::at(
                Code::DuplicateId,
                path,
                index,
                text,
                segment.outer.start..segment.outer.start + 5,
                format!(
                    "segment id `{}` was already used on line {line}",
                    segment.id
                ),
            ));
        }
        if let Some(prefix) = segment.prefix.as_deref() {
            match first_prefix {
                None => first_prefix = Some(prefix),
                Some(first) if first != prefix && !prefix_reported => {
                    prefix_reported = true;
                    out.push(Diagnostic::at(
                        Code::SeveralPrefixes,
                        path,
                        index,
                        text,
                        segment.outer.start..segment.outer.start + 5,
                        format!(
                            "id prefix `{prefix}` differs from the file's first prefix `{first}`"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_segments() {
        let doc = parse_text(
            "ro-RO/close-your-account.md",
            include_str!("../../content/ro-RO/close-your-account.md"),
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        let ids: Vec<u32> = doc.segments.iter().filter_map(|s| s.number).collect();
        assert_eq!(ids, (102..=112).collect::<Vec<_>>());
        let first = &doc.segments[0];
        assert_eq!(
            (first.line, first.column, first.block),
            (20, 43, BlockKind::Heading)
        );
        assert_eq!(doc.target(first), Some("Cum să vă închideți contul"));
        assert_eq!(first.source_text, "How to close your account");
        let kinds: Vec<BlockKind> = doc.segments.iter().map(|s| s.block).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                Heading, Paragraph, Paragraph, Paragraph, Paragraph, ListItem, ListItem, ListItem,
                ListItem, ListItem, Paragraph
            ]
        );
        let last = doc.segments.last().expect("segments");
        assert_eq!(
            last.source_text,
            "Full instructions can be found in the Close your account support article."
        );
    }

    #[test]
    fn duplicate_ids_and_bad_ids() {
        let seg = |id: &str| {
            format!(
                r#"<span data-ttu-id="{id}">t</span><span class="sxs-lookup"><span data-stu-id="{id}">s</span></span>"#
            )
        };
        let text = format!(
            "{}\n{}\n{}\n",
            seg("abcde-1"),
            seg("abcde-1"),
            seg("bad id")
        );
        let doc = parse_text("it-IT/x.md", &text);
        let codes: Vec<Code> = doc.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DuplicateId, Code::BadId]);
        assert_eq!(doc.diagnostics[0].line, 2);
        assert_eq!(doc.segments.len(), 3);
    }

    #[test]
    fn bom_and_crlf_keep_exact_slices_and_positions() {
        let text = "\u{feff}---\r\ntitle: T\r\n---\r\n\r\n- <span data-ttu-id=\"abcde-102\">Două\r\nrânduri</span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-102\">Two\r\nlines</span></span>\r\n";
        let doc = parse_text("ro-RO/a.md", text);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert_eq!(doc.front_matter.title.as_deref(), Some("T"));
        let s = &doc.segments[0];
        assert_eq!((s.line, s.column, s.block), (5, 3, BlockKind::ListItem));
        assert_eq!(doc.target(s), Some("Două\r\nrânduri"));
        assert_eq!(
            (s.target_text.as_str(), s.source_text.as_str()),
            ("Două rânduri", "Two lines")
        );
    }

    #[test]
    fn front_matter_wrapped_in_spans() {
        let text = "---\n<span data-ttu-id=\"a2428-101\">title: \"X\" ms.author: p</span><span class=\"sxs-lookup\"><span data-stu-id=\"a2428-101\">title: \"Y\" ms.author: p</span></span>\n---\n# <span data-ttu-id=\"a2428-104\">T</span><span class=\"sxs-lookup\"><span data-stu-id=\"a2428-104\">S</span></span>\n";
        let doc = parse_text("it-IT/x.md", text);
        assert_eq!(doc.segments.len(), 2);
        assert_eq!(doc.segments[0].block, BlockKind::FrontMatter);
        assert_eq!(doc.segments[1].block, BlockKind::Heading);
        assert!(
            doc.diagnostics
                .iter()
                .any(|d| d.code == Code::SpansInFrontMatter)
        );
        assert!(doc.diagnostics.iter().any(|d| d.code == Code::BadYaml));
    }
}
