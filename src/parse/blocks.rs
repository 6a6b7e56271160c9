//! Block structure: which kind of Markdown block each segment stands in, from pulldown-cmark's
//! event offsets.
//!
//! DocFX layout (`:::row:::`, `:::column:::`, `::: moniker`, `::: zone`) is not CommonMark:
//! its content is indented, and CommonMark alone would read it as an indented code block. So the
//! body is first *prepared*: the marker lines become blank lines and the content of a layout
//! block loses the block's indentation. The indentation is moved to the end of the line instead
//! of being removed, so every line keeps its length and offsets stay line-aligned; a segment's
//! offset is mapped into the prepared text by the shift of its own line.

use super::text::{collapse_owned, is_line_break, markdown_options};
use pulldown_cmark::{Event, Parser, Tag};
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

/// The kind of block a segment stands in (FORMAT.md part 2 §4 counts them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A heading, usually after an `<a name>` anchor.
    Heading,
    /// A paragraph outside lists and quotes.
    Paragraph,
    /// A list item, nested or not.
    ListItem,
    /// A pipe-table cell (also inside alerts and quotes).
    TableCell,
    /// A DocFX alert: a block quote starting with `[!NOTE]`, `[!TIP]`, ….
    Alert,
    /// A plain block quote.
    BlockQuote,
    /// A raw HTML block (`<table>`, `<p>`, …): Markdown inside is not interpreted.
    HtmlBlock,
    /// The text of a Markdown link.
    LinkText,
    /// The alt text of a Markdown image.
    ImageAlt,
    /// What CommonMark reads as a code block (a malformed file: segments are never code).
    Code,
    /// The front matter (only when it was wrongly wrapped in spans).
    FrontMatter,
}

impl BlockKind {
    /// The snake_case name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::TableCell => "table_cell",
            BlockKind::Alert => "alert",
            BlockKind::BlockQuote => "block_quote",
            BlockKind::HtmlBlock => "html_block",
            BlockKind::LinkText => "link_text",
            BlockKind::ImageAlt => "image_alt",
            BlockKind::Code => "code",
            BlockKind::FrontMatter => "front_matter",
        }
    }
}

/// A body prepared for CommonMark: DocFX layout markers blanked and their content dedented.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    /// The text to give pulldown-cmark; same length as the body.
    pub text: Cow<'a, str>,
    /// Lines whose indentation was moved to their end: (line start, line content end, shift).
    shifted: Vec<(usize, usize, usize)>,
}

impl Prepared<'_> {
    /// True when no line moved: body offsets are prepared offsets.
    pub fn is_identity(&self) -> bool {
        self.shifted.is_empty()
    }

    /// Map a body offset to the offset of the same character in the prepared text.
    pub fn map(&self, offset: usize) -> usize {
        let i = self
            .shifted
            .partition_point(|&(start, _, _)| start <= offset);
        match i.checked_sub(1).map(|i| self.shifted[i]) {
            Some((start, end, shift)) if offset < end => offset.saturating_sub(shift).max(start),
            _ => offset,
        }
    }

    /// Map an offset of the prepared text back to the body: the inverse of [`Prepared::map`]
    /// (an offset in a line's moved indentation maps to the line's end).
    pub fn unmap(&self, offset: usize) -> usize {
        let i = self
            .shifted
            .partition_point(|&(start, _, _)| start <= offset);
        match i.checked_sub(1).map(|i| self.shifted[i]) {
            Some((_, end, shift)) if offset < end => (offset + shift).min(end),
            _ => offset,
        }
    }
}

/// True for a DocFX layout marker line (`:::row:::`, `::: moniker range="…"`, `:::column-end:::`).
/// `:::image …:::` is content, not layout, and stays.
fn layout_marker(line: &str) -> Option<bool> {
    let rest = line.trim().strip_prefix(":::")?.trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    match word.as_str() {
        "row" | "column" | "moniker" | "zone" | "zone-pivot" => Some(true),
        "row-end" | "column-end" | "moniker-end" | "zone-end" => Some(false),
        _ => None,
    }
}

/// Blank DocFX layout markers and dedent their content, keeping every line's length.
pub fn prepare(body: &str) -> Prepared<'_> {
    if memchr::memmem::find(body.as_bytes(), b":::").is_none() {
        return Prepared {
            text: Cow::Borrowed(body),
            shifted: Vec::new(),
        };
    }
    let mut out = String::with_capacity(body.len());
    let mut shifted = Vec::new();
    // Indentation of each open layout block's content (None until its first content line).
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let ending = &line[content.len()..];
        match layout_marker(content) {
            Some(opens) => {
                if opens {
                    open.push(None);
                } else {
                    open.pop();
                }
                out.extend(std::iter::repeat_n(' ', content.len()));
                out.push_str(ending);
            }
            None if !open.is_empty() && !content.trim().is_empty() => {
                let indent = content.len() - content.trim_start_matches(' ').len();
                let base = open
                    .last_mut()
                    .map_or(0, |slot| *slot.get_or_insert(indent));
                let shift = indent.min(base);
                out.push_str(&content[shift..]);
                out.extend(std::iter::repeat_n(' ', shift));
                out.push_str(ending);
                if shift > 0 {
                    shifted.push((start, start + content.len(), shift));
                }
            }
            None => out.push_str(line),
        }
        start += line.len();
    }
    Prepared {
        text: Cow::Owned(out),
        shifted,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Heading,
    Paragraph,
    Item,
    TableCell,
    Alert,
    Quote,
    Html,
    Code,
    Link,
    Image,
}

/// Classify the block of each offset in `offsets` (ascending, offsets into `prepared.text`).
///
/// In the same pass it collects the visible text of each of `text_ranges` (ascending,
/// non-overlapping ranges into `prepared`) from the page's own events, which spares a second
/// Markdown parse per target and source. A range gets `None` where the events do not fit it
/// (raw HTML, code, an event crossing its edge), and the caller reads that fragment on its own.
pub fn classify(prepared: &str, offsets: &[usize], text_ranges: &[Range<usize>]) -> Classified {
    let mut intervals: Vec<(Range<usize>, Container)> = Vec::new();
    let mut texts = TextCollector::new(text_ranges);
    let mut links = Vec::new();
    for (event, range) in Parser::new_ext(prepared, markdown_options()).into_offset_iter() {
        texts.feed(&event, &range);
        match &event {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(BodyLink {
                image: false,
                dest: dest_url.to_string(),
                range: range.clone(),
            }),
            Event::Start(Tag::Image { dest_url, .. }) => links.push(BodyLink {
                image: true,
                dest: dest_url.to_string(),
                range: range.clone(),
            }),
            _ => {}
        }
        let container = match event {
            Event::Start(tag) => match tag {
                Tag::Heading { .. } => Container::Heading,
                Tag::Paragraph => Container::Paragraph,
                Tag::Item => Container::Item,
                Tag::TableCell => Container::TableCell,
                Tag::BlockQuote(Some(_)) => Container::Alert,
                Tag::BlockQuote(None) if is_docfx_alert(&prepared[range.clone()]) => {
                    Container::Alert
                }
                Tag::BlockQuote(None) => Container::Quote,
                Tag::HtmlBlock => Container::Html,
                Tag::CodeBlock(_) => Container::Code,
                Tag::Link { .. } => Container::Link,
                Tag::Image { .. } => Container::Image,
                _ => continue,
            },
            _ => continue,
        };
        intervals.push((range, container));
    }
    intervals.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));

    let mut kinds = Vec::with_capacity(offsets.len());
    let mut stack: Vec<(Range<usize>, Container)> = Vec::new();
    let mut next = 0;
    for &offset in offsets {
        while next < intervals.len() && intervals[next].0.start <= offset {
            let (range, container) = intervals[next].clone();
            while stack.last().is_some_and(|(r, _)| r.end <= range.start) {
                stack.pop();
            }
            stack.push((range, container));
            next += 1;
        }
        while stack.last().is_some_and(|(r, _)| r.end <= offset) {
            stack.pop();
        }
        let enclosing = stack
            .iter()
            .rev()
            .filter(|(r, _)| r.contains(&offset))
            .map(|(_, c)| *c);
        kinds.push(resolve(enclosing));
    }
    Classified {
        kinds,
        texts: texts.finish(),
        links,
    }
}

/// What [`classify`] reads from one pass of pulldown-cmark over a body.
#[derive(Debug)]
pub struct Classified {
    /// The block kind of each offset.
    pub kinds: Vec<BlockKind>,
    /// The visible text of each text range (`None` where the events did not cover it).
    pub texts: Vec<Option<String>>,
    /// Every link and image, in the prepared text's offsets.
    pub links: Vec<BodyLink>,
}

/// A link or image of a body, as pulldown-cmark reads it, kept so that the render pass can
/// check where it leads without reading the Markdown a second time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLink {
    /// An image (`![]()`), else a link.
    pub image: bool,
    /// The destination, its escapes and entities resolved.
    pub dest: String,
    /// The whole link or image, as offsets into the body.
    pub range: Range<usize>,
}

/// Gathers text events into the ranges they fall in (see [`classify`]).
struct TextCollector<'r> {
    ranges: &'r [Range<usize>],
    texts: Vec<Option<String>>,
    current: usize,
}

impl<'r> TextCollector<'r> {
    fn new(ranges: &'r [Range<usize>]) -> Self {
        let ordered = ranges.windows(2).all(|w| w[0].end <= w[1].start);
        TextCollector {
            ranges,
            texts: vec![ordered.then(String::new); ranges.len()],
            current: if ordered { 0 } else { ranges.len() },
        }
    }

    fn feed(&mut self, event: &Event<'_>, span: &Range<usize>) {
        while self.current < self.ranges.len() && self.ranges[self.current].end <= span.start {
            self.current += 1;
        }
        let Some(range) = self.ranges.get(self.current) else {
            return;
        };
        let (inside, overlaps) = (
            range.start <= span.start && span.end <= range.end,
            span.start < range.end && range.start < span.end,
        );
        if !overlaps {
            return;
        }
        let text = match event {
            Event::Text(t) | Event::Code(t) if inside => Some(t.as_ref()),
            Event::SoftBreak | Event::HardBreak if inside => Some(" "),
            Event::InlineHtml(tag) if inside => Some(if is_line_break(tag) { " " } else { "" }),
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => None,
            Event::Start(_) | Event::End(_) => Some(""),
            _ => None,
        };
        match (text, &mut self.texts[self.current]) {
            (Some(t), Some(buffer)) => buffer.push_str(t),
            (Some(_), None) => {}
            (None, slot) => *slot = None,
        }
        // A container start or end that straddles the range (a link whose text holds the
        // segment) says nothing about the range's own text; anything else crossing it does.
    }

    fn finish(self) -> Vec<Option<String>> {
        self.texts
            .into_iter()
            .map(|t| t.map(collapse_owned))
            .collect()
    }
}

/// The kind from the containers around an offset, innermost first.
fn resolve(enclosing: impl Iterator<Item = Container>) -> BlockKind {
    for container in enclosing {
        match container {
            Container::Image => return BlockKind::ImageAlt,
            Container::Link => return BlockKind::LinkText,
            Container::TableCell => return BlockKind::TableCell,
            Container::Heading => return BlockKind::Heading,
            Container::Html => return BlockKind::HtmlBlock,
            Container::Code => return BlockKind::Code,
            Container::Item => return BlockKind::ListItem,
            Container::Alert => return BlockKind::Alert,
            Container::Quote => return BlockKind::BlockQuote,
            Container::Paragraph => {}
        }
    }
    BlockKind::Paragraph
}

/// `> [!NOTE]` as DocFX writes it, also where GFM would not call it an alert (text on the same line).
fn is_docfx_alert(quote: &str) -> bool {
    let first = quote.trim_start().trim_start_matches('>').trim_start();
    let Some(rest) = first.strip_prefix("[!") else {
        return false;
    };
    let word: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
    matches!(
        word.to_ascii_uppercase().as_str(),
        "NOTE" | "TIP" | "IMPORTANT" | "CAUTION" | "WARNING"
    ) && rest[word.len()..].starts_with(']')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_of(body: &str, needle: &str) -> Vec<BlockKind> {
        let prepared = prepare(body);
        let offsets: Vec<usize> = body
            .match_indices(needle)
            .map(|(i, _)| prepared.map(i))
            .collect();
        classify(&prepared.text, &offsets, &[]).kinds
    }

    #[test]
    fn kinds() {
        let body = "\
# <a name=\"x\"></a>S1

S2 and [S3](u) and ![S4](i.png)

- S5
    - S6

| a | b |
|---|---|
| S7 | S8 |

> [!NOTE]
> S9

> S10

<table><tr><td>S11</td></tr></table>
";
        let got = kinds_of(body, "S");
        use BlockKind::*;
        assert_eq!(
            got,
            [
                Heading, Paragraph, LinkText, ImageAlt, ListItem, ListItem, TableCell, TableCell,
                Alert, BlockQuote, HtmlBlock
            ]
        );
    }

    #[test]
    fn docfx_layout_content_is_not_code() {
        let body = ":::row:::\n    :::column span=\"1\":::\n\n        S1\n\n        - S2\n    :::column-end:::\n:::row-end:::\n\npara\n\n    code S3\n";
        let prepared = prepare(body);
        assert_eq!(prepared.text.len(), body.len());
        assert_eq!(
            kinds_of(body, "S"),
            [BlockKind::Paragraph, BlockKind::ListItem, BlockKind::Code]
        );
    }

    #[test]
    fn mapping_shifted_offsets() {
        let body = "::: zone\n  abc\n::: zone-end\n";
        let prepared = prepare(body);
        let b = body.find('b').expect("b");
        assert_eq!(&prepared.text[prepared.map(b)..prepared.map(b) + 1], "b");
        for offset in 0..body.len() {
            if body.as_bytes()[offset] != b' ' {
                assert_eq!(prepared.unmap(prepared.map(offset)), offset);
            }
        }
    }
}
