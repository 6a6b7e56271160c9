//! The text blocks of a Markdown body and the sentences of each, as byte ranges into the body.
//!
//! Blocks are what pulldown-cmark gives as leaves of text: headings, paragraphs (in lists,
//! quotes and alerts too), tight list items, table cells. A block's range is its inline
//! Markdown without block syntax (no `#`, list marker, `>` or `|`), the way an sxs span sits
//! inside its block.
//!
//! Sentences come from Unicode sentence boundaries (ICU4X's `SentenceSegmenter`, CLDR data
//! compiled in: it knows that Japanese and Chinese end sentences with `。` and needs no
//! spaces), run over a copy of the block in which what must never be split is masked: inline
//! code, link and image destinations, raw HTML tags, URLs and file names. A boundary inside a
//! link, an emphasis or any other inline markup is dropped, so a sentence's Markdown never cuts
//! markup in two.

use crate::parse::BlockKind;
use crate::parse::text::element_name;
use crate::parse::text::find_include;
use crate::parse::text::markdown_options;
use icu_segmenter::SentenceSegmenter;
use icu_segmenter::options::SentenceBreakInvariantOptions;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// One text block of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Its kind: blocks are only paired with blocks of the same kind.
    pub kind: BlockKind,
    /// Its inline Markdown, as a byte range of the body.
    pub range: Range<usize>,
}

/// The leaf block being collected.
struct Open {
    kind: BlockKind,
    start: Option<usize>,
    end: usize,
}

/// The text blocks of `text` (a body with its DocFX layout markers blanked:
/// [`crate::parse::blocks::prepare`]) in document order. Each text between the block-level tags
/// of a raw HTML block (an HTML table's cells) is a block too. Code blocks, include
/// directives and blocks with no letters are left out: they have no sentences to align.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut in_item = 0usize;
    let mut in_code = 0usize;
    let mut html: Option<Range<usize>> = None;
    let close = |open: Open, out: &mut Vec<Block>| {
        if let Some(start) = open.start {
            let range = start..open.end;
            if is_text(&text[range.clone()]) {
                out.push(Block {
                    kind: open.kind,
                    range,
                });
            }
        }
    };
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => stack.push(open(BlockKind::Heading)),
            Event::Start(Tag::Paragraph) => stack.push(open(if in_item > 0 {
                BlockKind::ListItem
            } else {
                BlockKind::Paragraph
            })),
            Event::Start(Tag::TableCell) => stack.push(open(BlockKind::TableCell)),
            Event::Start(Tag::Item) => {
                in_item += 1;
                // A tight item's text comes without a paragraph.
                stack.push(open(BlockKind::ListItem));
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::TableCell) => {
                if let Some(open) = stack.pop() {
                    close(open, &mut out);
                }
            }
            Event::End(TagEnd::Item) => {
                in_item = in_item.saturating_sub(1);
                if let Some(open) = stack.pop() {
                    close(open, &mut out);
                }
            }
            Event::Start(Tag::List(_)) => {
                // A nested list ends the text of the item it is in.
                if let Some(top) = stack.last_mut()
                    && top.kind == BlockKind::ListItem
                    && top.start.is_some()
                {
                    let finished = std::mem::replace(top, open(BlockKind::ListItem));
                    close(finished, &mut out);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Start(Tag::HtmlBlock) => html = None,
            Event::Html(_) => {
                let start = html.as_ref().map_or(range.start, |r| r.start);
                html = Some(start..range.end);
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(block) = html.take() {
                    out.extend(html_texts(text, block));
                }
            }
            _ if in_code > 0 => {}
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::InlineMath(_)
            | Event::FootnoteReference(_)
            | Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {
                if let Some(top) = stack.last_mut() {
                    top.start.get_or_insert(range.start);
                    top.end = top.end.max(range.end);
                }
            }
            _ => {}
        }
    }
    out
}

/// HTML that ends a run of text: a cell, an item, a paragraph or any other block-level element.
const BLOCK_ELEMENTS: [&str; 30] = [
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "header",
    "footer",
    "figure",
    "figcaption",
    "details",
    "summary",
];

/// Elements whose content is not prose.
const CODE_ELEMENTS: [&str; 4] = ["pre", "code", "script", "style"];

/// The runs of text between the block-level tags of the raw HTML block at `block`: the cells of
/// an HTML table, the items of an HTML list, the paragraphs of a `<div>`. Translators translate
/// them as they translate Markdown cells. Inline tags (`<strong>`, `<a>`, `<br>`) stay inside a
/// run; comments and the content of code elements are no text.
fn html_texts(text: &str, block: Range<usize>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut start = block.start;
    let mut at = block.start;
    let push = |from: usize, to: usize, out: &mut Vec<Block>| {
        let piece = &text[from..to];
        let start = from + piece.len() - piece.trim_start().len();
        let range = start..start + piece.trim().len();
        if is_text(&text[range.clone()]) {
            out.push(Block {
                kind: BlockKind::HtmlBlock,
                range,
            });
        }
    };
    while let Some(open) = text[at..block.end].find('<').map(|i| at + i) {
        let rest = &text[open..block.end];
        if rest.starts_with("<!--") {
            push(start, open, &mut out);
            at = rest.find("-->").map_or(block.end, |i| open + i + 3);
            start = at;
            continue;
        }
        let Some(close) = rest.find('>').map(|i| open + i + 1) else {
            break;
        };
        let name = element_name(&text[open..close]);
        if CODE_ELEMENTS.contains(&name.as_str()) && !text[open..close].starts_with("</") {
            push(start, open, &mut out);
            let end_tag = format!("</{name}");
            at = find_ignoring_case(&text[close..block.end], &end_tag)
                .and_then(|i| {
                    text[close + i..block.end]
                        .find('>')
                        .map(|j| close + i + j + 1)
                })
                .unwrap_or(block.end);
            start = at;
        } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
            push(start, open, &mut out);
            at = close;
            start = close;
        } else {
            at = close;
        }
    }
    push(start, block.end, &mut out);
    out
}

fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn open(kind: BlockKind) -> Open {
    Open {
        kind,
        start: None,
        end: 0,
    }
}

/// Whether a block has something to translate: a letter, and no include directive.
fn is_text(markdown: &str) -> bool {
    let trimmed = markdown.trim_start();
    !trimmed.starts_with("[!INCLUDE") && markdown.chars().any(char::is_alphabetic)
}

/// The sentences of the inline Markdown `block`, as byte ranges of it with the white space
/// around each left out. Never empty for a block with text.
pub fn sentences(block: &str) -> Vec<Range<usize>> {
    let Inline {
        masked,
        markup,
        breaks,
    } = read_inline(block);
    // An include directive stands for another file's text: it is no sentence of this one.
    let mut includes = Vec::new();
    while let Some((directive, _)) = find_include(
        block,
        includes.last().map_or(0, |r: &Range<usize>| r.end),
        block.len(),
    ) {
        includes.push(directive);
    }
    let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let mut cuts: Vec<usize> = segmenter
        .segment_str(&masked)
        .map(|at| before_blanked_markup(block, &masked, at))
        .filter(|&at| at > 0 && at < block.len() && block.is_char_boundary(at))
        .filter(|&at| !markup.iter().any(|r| r.start < at && at < r.end))
        .chain(breaks)
        .chain(spaces_between_clauses(block))
        .collect();
    cuts.retain(|&at| !includes.iter().any(|r| r.start < at && at < r.end));
    cuts.extend(includes.iter().flat_map(|r| [r.start, r.end]));
    cuts.push(block.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    let mut start = 0;
    for cut in cuts {
        let piece = &block[start..cut];
        let lead = piece.len() - without_leading_anchors(piece).len();
        let trail = piece.len() - piece.trim_end().len();
        let sentence = start + lead..cut - trail;
        if has_words(piece) && !includes.contains(&sentence) {
            out.push(sentence);
        }
        start = cut;
    }
    out
}

/// `text` without the white space and the empty HTML anchors (`<a name="…"></a>`, which
/// translations put before headings to keep the English fragment) it starts with: they stand
/// outside the sentence, as they stand outside the spans of sxs files.
fn without_leading_anchors(text: &str) -> &str {
    let mut rest = text.trim_start();
    loop {
        let opens = rest.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("<a "));
        let Some(close) = rest.find('>').filter(|_| opens) else {
            return rest;
        };
        let after = rest[close + 1..].trim_start();
        if !after
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case("</a>"))
        {
            return rest;
        }
        rest = after[4..].trim_start();
    }
}

/// Thai, Lao, Khmer and Myanmar put no space between words and often no punctuation at a
/// sentence's end: a space between two letters of these scripts ends a clause, which is where
/// their sentences end. Cutting at every one may split finer than the English; the aligner
/// joins such pieces again (2:1, 3:1), where a missed end would join two English sentences.
fn spaces_between_clauses(text: &str) -> Vec<usize> {
    let unspaced = |c: char| matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}');
    let mut out = Vec::new();
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == ' '
            && previous.is_some_and(unspaced)
            && chars.peek().is_some_and(|&(_, next)| unspaced(next))
        {
            out.push(i + 1);
        }
        previous = Some(c);
    }
    out
}

/// Where a boundary the segmenter found in the masked text goes in the real one. Before it lies
/// a run of white space and of markup the mask turned into spaces: the previous sentence's
/// closing markup (`**`, `](…)`) comes before the first real space of the run, the next one's
/// opening markup (`**`, `[`) after it. The boundary goes after that space and the ones after
/// it, so each sentence keeps its own markup.
fn before_blanked_markup(text: &str, masked: &str, at: usize) -> usize {
    let (text, masked) = (text.as_bytes(), masked.as_bytes());
    let mut run = at;
    while run > 0 && masked[run - 1] == b' ' {
        run -= 1;
    }
    let Some(space) = (run..at).find(|&i| text[i].is_ascii_whitespace()) else {
        return at;
    };
    let mut cut = space;
    while cut < at && text[cut].is_ascii_whitespace() {
        cut += 1;
    }
    cut
}

/// Whether `markdown` has a letter or digit outside HTML tags.
fn has_words(markdown: &str) -> bool {
    let mut in_tag = false;
    for c in markdown.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag && c.is_alphanumeric() => return true,
            _ => {}
        }
    }
    false
}

/// What one pass over a block's inline Markdown tells the splitter.
struct Inline {
    /// The text as the sentence segmenter should see it, byte for byte the same length: what
    /// must not be split (inline code, URLs and dotted names such as file names, versions and
    /// domains) turned into letters, and markup that is no text (emphasis markers, link brackets
    /// and destinations, HTML tags) into spaces, so that a period before `**` or `](…)` still
    /// ends a sentence.
    masked: String,
    /// The inline markup (links, images, emphasis, strong, strikethrough, HTML tags): a boundary
    /// strictly inside one would cut it in two.
    markup: Vec<Range<usize>>,
    /// Both edges of each HTML tag that breaks a line or starts a list item or cell (`<br>`,
    /// `<li>`, `<p>`, `<td>` …): text on either side is never one sentence, and a piece that is
    /// only tags is no sentence at all.
    breaks: Vec<usize>,
}

/// Read `text` once for [`Inline`].
fn read_inline(text: &str) -> Inline {
    const BREAKING: [&str; 10] = [
        "br", "li", "ul", "ol", "p", "div", "tr", "td", "th", "table",
    ];
    let mut markup = Vec::new();
    let mut breaks = Vec::new();
    let mut bytes = text.as_bytes().to_vec();
    let mut fill = |range: Range<usize>, with: u8| {
        for b in &mut bytes[range] {
            *b = with;
        }
    };
    // A hyphen that starts a word (`-Flags`, a command's parameter) starts a sentence after a
    // period as a capital does: Unicode counts it as continuing the sentence (SContinue).
    for (i, _) in text.match_indices(" -") {
        if text[i + 2..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            fill(i + 1..i + 2, b'X');
        }
    }
    // Tokens with a dot or slash inside (example.com, file.md, 1.2.3, e.g, and/or) and URLs.
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        // Names and addresses are ASCII; in scripts without spaces a token ends at any other
        // character, so `国/地域コード…。次…` is no dotted name.
        if !c.is_ascii_graphic() || matches!(c, '(' | ')' | '[' | ']' | '*' | '`' | '<' | '>') {
            if let Some(s) = start.take() {
                let token = &text[s..i];
                let inner = token.trim_end_matches(['.', ',', ';', ':', '!', '?', '"', '\'', '_']);
                let mut interior = inner.chars();
                interior.next();
                interior.next_back();
                if interior.any(|c| c == '.' || c == '/') || inner.contains("://") {
                    fill(s..s + inner.len(), b'x');
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        let span = &text[range.clone()];
        match event {
            Event::Code(_) => fill(range, b'x'),
            Event::InlineHtml(_) | Event::Html(_) => {
                let name = element_name(span);
                if BREAKING.contains(&name.as_str()) {
                    breaks.extend(
                        [range.start, range.end]
                            .into_iter()
                            .filter(|&at| at < text.len()),
                    );
                }
                if matches!(event, Event::InlineHtml(_)) {
                    markup.push(range.clone());
                }
                fill(range, b' ');
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                markup.push(range.clone());
                let marker = span.as_bytes().first().copied().unwrap_or(b'*');
                let open = span.bytes().take_while(|&b| b == marker).count();
                let close = span.bytes().rev().take_while(|&b| b == marker).count();
                fill(range.start..range.start + open, b' ');
                fill(range.end - close.min(span.len() - open)..range.end, b' ');
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                markup.push(range.clone());
                // `[` (or `![`) and everything from the `](` that ends the text.
                let open = if span.starts_with('!') { 2 } else { 1 };
                if span.as_bytes().get(open - 1) == Some(&b'[') {
                    fill(range.start..range.start + open, b' ');
                }
                if let Some(at) = span.rfind("](") {
                    fill(range.start + at..range.end, b' ');
                }
            }
            _ => {}
        }
    }
    Inline {
        // Only ASCII bytes were written, over whole characters: the result is UTF-8.
        masked: String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned()),
        markup,
        breaks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_texts(body: &str) -> Vec<(BlockKind, &str)> {
        blocks(body)
            .into_iter()
            .map(|b| (b.kind, &body[b.range]))
            .collect()
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn include_directives_and_html_anchors_are_no_sentences() {
        assert_eq!(
            split("You must be an admin.\n    [!INCLUDE [limits](../includes/limits.md)]"),
            ["You must be an admin."]
        );
        assert!(split("<a name='step-5-delete-the-tenant'></a>").is_empty());
    }

    #[test]
    fn an_empty_anchor_before_a_heading_is_not_part_of_its_sentence() {
        let heading = "<a name=\"next-steps\"></a>Próximos passos";
        assert_eq!(split(heading), ["Próximos passos"]);
    }

    #[test]
    fn sentences_end_at_sentence_punctuation_in_every_script() {
        assert_eq!(split("One two. Three four."), ["One two.", "Three four."]);
        assert_eq!(
            split("最初の文です。次の文です。"),
            ["最初の文です。", "次の文です。"]
        );
        assert_eq!(split("هذه جملة. وهذه أخرى."), ["هذه جملة.", "وهذه أخرى."]);
        assert_eq!(
            split("เมื่อคุณปิดบัญชี Microsoft ข้อมูลจะถูกลบ ข้อมูลนี้รวมถึงผู้ใช้"),
            ["เมื่อคุณปิดบัญชี Microsoft ข้อมูลจะถูกลบ", "ข้อมูลนี้รวมถึงผู้ใช้"]
        );
    }

    #[test]
    fn abbreviations_versions_files_urls_and_code_are_not_ends() {
        assert_eq!(
            split("Use a tool, e.g. the admin center, to do it."),
            ["Use a tool, e.g. the admin center, to do it."]
        );
        assert_eq!(
            split("Install version 1.2.3 first. Then restart."),
            ["Install version 1.2.3 first.", "Then restart."]
        );
        assert_eq!(
            split("Open setup.exe and see docs.microsoft.com for more. Done."),
            [
                "Open setup.exe and see docs.microsoft.com for more.",
                "Done."
            ]
        );
        assert_eq!(
            split("Run `Get-Item. -Force` now. Then stop."),
            ["Run `Get-Item. -Force` now.", "Then stop."]
        );
    }

    #[test]
    fn a_slash_between_ideographs_is_no_file_name() {
        assert_eq!(
            split("国/地域コードを指定します。国/地域コードの値はオプションです。"),
            [
                "国/地域コードを指定します。",
                "国/地域コードの値はオプションです。"
            ]
        );
    }

    #[test]
    fn a_sentence_never_cuts_inline_markup() {
        let text = "See [the guide. It helps](a.md) first. **Step 1.** Do it.";
        assert_eq!(
            split(text),
            [
                "See [the guide. It helps](a.md) first.",
                "**Step 1.**",
                "Do it."
            ]
        );
    }

    #[test]
    fn the_texts_of_an_html_block_are_blocks_cut_at_block_level_tags() {
        let body = "Intro.\n\n<table>\n<tr><td><strong>Plan</strong><br>Basic</td><td>Or</td></tr>\n<!-- <td>hidden</td> -->\n<tr><td><pre>code. here</pre>After code</td><td>   </td></tr>\n</table>\n";
        assert_eq!(
            kinds_and_texts(body),
            [
                (BlockKind::Paragraph, "Intro."),
                (BlockKind::HtmlBlock, "<strong>Plan</strong><br>Basic"),
                (BlockKind::HtmlBlock, "Or"),
                (BlockKind::HtmlBlock, "After code"),
            ]
        );
        assert_eq!(
            split("<strong>Plan</strong><br>Basic"),
            ["<strong>Plan</strong>", "Basic"]
        );
    }

    #[test]
    fn a_word_that_starts_with_a_hyphen_starts_a_sentence_after_a_period() {
        assert_eq!(
            split("It can be All. -Flags can be any. Use the -Force switch."),
            [
                "It can be All.",
                "-Flags can be any.",
                "Use the -Force switch."
            ]
        );
    }

    #[test]
    fn blocks_are_the_inline_text_of_headings_paragraphs_items_and_cells() {
        let body = "# Title\n\nFirst para. Second.\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode. here.\n```\n\n> [!NOTE]\n> Alert text.\n\n[!INCLUDE [x](x.md)]\n";
        assert_eq!(
            kinds_and_texts(body),
            [
                (BlockKind::Heading, "Title"),
                (BlockKind::Paragraph, "First para. Second."),
                (BlockKind::ListItem, "item one"),
                (BlockKind::ListItem, "item two"),
                (BlockKind::TableCell, "a"),
                (BlockKind::TableCell, "b"),
                (BlockKind::TableCell, "c"),
                (BlockKind::TableCell, "d"),
                (BlockKind::Paragraph, "Alert text."),
            ]
        );
    }
}
