//! The sxs span scanner: finds every `<span data-ttu-id>TARGET</span><span class="sxs-lookup">
//! <span data-stu-id>SOURCE</span></span>` pair in the raw text, with exact byte ranges.
//!
//! Why a scanner over the raw text and not over Markdown events: a segment is spread over several
//! inline-HTML and text events, it can sit inside raw HTML blocks, link texts and image alts, and
//! the malformed shapes of real repositories (FORMAT.md §7) break the HTML structure that an event
//! stream would show. The scanner lexes every `<span …>` and `</span>` once, then walks the tags
//! with depth counting, and where the depth does not come out right it recovers by the one
//! structural fact that always holds in this format: a target ends with `</span>` immediately
//! followed by the `sxs-lookup` span, and a source ends with `</span></span>`. Each recovery is a
//! diagnostic at the place that caused it, and scanning goes on with the rest of the file.
//!
//! The scanner never allocates per character and never backtracks further than to the next
//! segment's opening tag, so its cost is linear in the file.

use crate::diagnostic::{Code, Diagnostic, LineIndex};
use std::ops::Range;

/// How far a tag may extend before the `<` is taken as text (a 10 MB line must not make one tag).
const MAX_TAG_LEN: usize = 2048;

/// One segment as found in the text, before its text is interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSegment {
    /// The id as written on the target span (on the source span for an orphan source).
    pub id: String,
    /// The opening tag the segment is located by: the ttu span, or for an orphan source the
    /// `sxs-lookup` span.
    pub open_tag: Range<usize>,
    /// From the start of the opening tag to the end of the last tag that belongs to the segment.
    pub outer: Range<usize>,
    /// The exact inner markup of the target span, if there is a target.
    pub target: Option<Range<usize>>,
    /// The exact inner markup of the `data-stu-id` span, if there is a source.
    pub source: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    /// A `data-ttu-id` span; the id's byte range.
    Target(Range<usize>),
    Lookup,
    /// A `data-stu-id` span; the id's byte range.
    Source(Range<usize>),
    Plain,
}

#[derive(Debug, Clone)]
struct Tag {
    range: Range<usize>,
    /// `None` for a closing tag.
    open: Option<OpenTag>,
}

#[derive(Debug, Clone)]
struct OpenTag {
    role: Role,
    self_closing: bool,
    escaped_quotes: bool,
}

impl Tag {
    fn is_close(&self) -> bool {
        self.open.is_none()
    }

    fn is_structural(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.role != Role::Plain)
    }

    fn role(&self) -> Option<&Role> {
        self.open.as_ref().map(|o| &o.role)
    }
}

/// Scan `text` for segments. Problems are pushed to `out`; the result is in document order.
pub fn scan(
    text: &str,
    path: &str,
    index: &LineIndex,
    out: &mut Vec<Diagnostic>,
) -> Vec<RawSegment> {
    let tags = lex(text);
    let mut scanner = Scanner {
        text,
        path,
        index,
        tags: &tags,
        out,
        segments: Vec::new(),
    };
    scanner.run();
    scanner.segments
}

struct Scanner<'a> {
    text: &'a str,
    path: &'a str,
    index: &'a LineIndex,
    tags: &'a [Tag],
    out: &'a mut Vec<Diagnostic>,
    segments: Vec<RawSegment>,
}

/// Where the tag walk inside a target or source stopped.
enum Walk {
    /// The span closed at this tag index (depth back to zero).
    Closed(usize),
    /// A structural tag (another segment's span) or the end came first; index of it or `tags.len()`.
    Interrupted(usize),
}

impl Scanner<'_> {
    fn run(&mut self) {
        let mut i = 0;
        while i < self.tags.len() {
            let tag = &self.tags[i];
            i = match tag.role() {
                Some(Role::Target(_)) => self.segment(i),
                Some(Role::Lookup) => {
                    self.report(
                        Code::SourceWithoutTarget,
                        tag.range.clone(),
                        "an sxs-lookup source with no target span before it",
                    );
                    let (source, outer_end, next) = self.source(i);
                    self.segments.push(RawSegment {
                        id: self.source_id(i).unwrap_or_default().to_owned(),
                        open_tag: tag.range.clone(),
                        outer: tag.range.start..outer_end,
                        target: None,
                        source,
                    });
                    next
                }
                Some(Role::Source(_)) => {
                    self.report(
                        Code::SourceWithoutTarget,
                        tag.range.clone(),
                        "a data-stu-id span outside any sxs-lookup span",
                    );
                    i + 1
                }
                Some(Role::Plain) => {
                    self.note_self_closing(i);
                    i + 1
                }
                None => i + 1,
            };
        }
    }

    /// Handle the segment whose target tag is `tags[t]`; returns the next tag index to look at.
    fn segment(&mut self, t: usize) -> usize {
        let open = self.tags[t].range.clone();
        let Some(Role::Target(id)) = self.tags[t].role() else {
            return t + 1;
        };
        let id = self.text[id.clone()].to_owned();
        self.note_escaped(t);
        let target_start = open.end;
        // (end of the target, index of the lookup tag), or an orphan target already pushed.
        let (target_end, l) = match self.walk(t + 1) {
            Walk::Closed(c) => {
                if self.is_adjacent_lookup(c + 1, self.tags[c].range.end) {
                    (self.tags[c].range.start, c + 1)
                } else if let Some(l) = self.lookup_after_close(c) {
                    self.report(
                        Code::StrayCloseSpan,
                        self.tags[c].range.clone(),
                        "this </span> closes the target early; the text after it leaks out of the segment",
                    );
                    (self.tags[l - 1].range.start, l)
                } else {
                    self.report(
                        Code::TargetWithoutSource,
                        open.clone(),
                        format!("target `{id}` has no sxs-lookup source after it"),
                    );
                    self.segments.push(RawSegment {
                        id,
                        open_tag: open.clone(),
                        outer: open.start..self.tags[c].range.end,
                        target: Some(target_start..self.tags[c].range.start),
                        source: None,
                    });
                    return c + 1;
                }
            }
            Walk::Interrupted(j) => {
                let next_is_lookup = self
                    .tags
                    .get(j)
                    .is_some_and(|n| n.role() == Some(&Role::Lookup));
                let adjacent_close = j
                    .checked_sub(1)
                    .filter(|&b| b > t && next_is_lookup)
                    .filter(|&b| {
                        self.tags[b].is_close()
                            && self.tags[b].range.end == self.tags[j].range.start
                    });
                if let Some(b) = adjacent_close {
                    self.report(
                        Code::UnbalancedSpan,
                        open.clone(),
                        format!(
                            "target `{id}` holds an unbalanced <span> that swallows its closing tag"
                        ),
                    );
                    (self.tags[b].range.start, j)
                } else {
                    let end = self.tags.get(j).map_or(self.text.len(), |n| n.range.start);
                    self.report(
                        Code::UnclosedSpan,
                        open.clone(),
                        format!("target `{id}` is never closed"),
                    );
                    if !next_is_lookup {
                        self.segments.push(RawSegment {
                            id,
                            open_tag: open.clone(),
                            outer: open.start..end,
                            target: Some(target_start..end),
                            source: None,
                        });
                        return j;
                    }
                    (end, j)
                }
            }
        };
        let (source, outer_end, next) = self.source(l);
        self.push_pair(id, open, target_start..target_end, source, outer_end, l);
        next
    }

    fn push_pair(
        &mut self,
        id: String,
        open: Range<usize>,
        target: Range<usize>,
        source: Option<Range<usize>>,
        outer_end: usize,
        lookup: usize,
    ) {
        if let Some(stu) = self.source_id(lookup).filter(|stu| *stu != id) {
            let message = format!("target id `{id}` but source id `{stu}`");
            let at = self
                .tags
                .get(lookup + 1)
                .map_or(open.clone(), |t| t.range.clone());
            self.report(Code::IdMismatch, at, message);
        }
        self.segments.push(RawSegment {
            id,
            open_tag: open.clone(),
            outer: open.start..outer_end,
            target: Some(target),
            source,
        });
    }

    /// The source of the lookup span at `tags[l]`: (source range, end of the segment, next index).
    fn source(&mut self, l: usize) -> (Option<Range<usize>>, usize, usize) {
        self.note_escaped(l);
        let lookup = self.tags[l].range.clone();
        let Some(stu) = self
            .tags
            .get(l + 1)
            .filter(|t| matches!(t.role(), Some(Role::Source(_))))
        else {
            self.report(
                Code::TargetWithoutSource,
                lookup.clone(),
                "this sxs-lookup span holds no data-stu-id span",
            );
            return (None, lookup.end, l + 1);
        };
        self.note_escaped(l + 1);
        let source_start = stu.range.end;
        match self.walk(l + 2) {
            Walk::Closed(c) => {
                let source = source_start..self.tags[c].range.start;
                let lookup_close = self
                    .tags
                    .get(c + 1)
                    .filter(|t| t.is_close() && t.range.start == self.tags[c].range.end);
                if let Some(lc) = lookup_close {
                    return (Some(source), lc.range.end, c + 2);
                }
                if let Some(m) = self.close_pair_before_structural(c + 1, false) {
                    self.report(
                        Code::StrayCloseSpan,
                        self.tags[c].range.clone(),
                        "this </span> closes the source early; the text after it leaks out of the segment",
                    );
                    return (
                        Some(source_start..self.tags[m].range.start),
                        self.tags[m + 1].range.end,
                        m + 2,
                    );
                }
                self.report(
                    Code::UnclosedSpan,
                    lookup,
                    "the sxs-lookup span is never closed",
                );
                (Some(source), self.tags[c].range.end, c + 1)
            }
            Walk::Interrupted(j) => {
                if let Some(m) = self
                    .close_pair_before_structural(l + 2, true)
                    .filter(|&m| m < j)
                {
                    self.report(
                        Code::UnbalancedSpan,
                        stu.range.clone(),
                        "the source holds an unbalanced <span> that swallows its closing tag",
                    );
                    return (
                        Some(source_start..self.tags[m].range.start),
                        self.tags[m + 1].range.end,
                        m + 2,
                    );
                }
                let last_close = (l + 2..j).rev().find(|&k| self.tags[k].is_close());
                self.report(
                    Code::UnclosedSpan,
                    stu.range.clone(),
                    "the source span is never closed",
                );
                match last_close {
                    Some(k) => (
                        Some(source_start..self.tags[k].range.start),
                        self.tags[k].range.end,
                        k + 1,
                    ),
                    None => {
                        let end = self.tags.get(j).map_or(self.text.len(), |n| n.range.start);
                        (Some(source_start..end), end, j)
                    }
                }
            }
        }
    }

    /// Depth-count from `tags[from]` (inside a span opened just before) to its closing tag.
    fn walk(&mut self, from: usize) -> Walk {
        let mut depth = 1usize;
        for k in from..self.tags.len() {
            let tag = &self.tags[k];
            if tag.is_structural() {
                return Walk::Interrupted(k);
            }
            if tag.is_close() {
                depth -= 1;
                if depth == 0 {
                    return Walk::Closed(k);
                }
            } else {
                self.note_self_closing(k);
                depth += 1;
            }
        }
        Walk::Interrupted(self.tags.len())
    }

    fn is_adjacent_lookup(&self, k: usize, at: usize) -> bool {
        self.tags
            .get(k)
            .is_some_and(|t| t.role() == Some(&Role::Lookup) && t.range.start == at)
    }

    /// After a target closed at `tags[c]` with no lookup right behind: the lookup a stray `</span>`
    /// cut the target from, i.e. the next structural tag if it is a lookup right after a `</span>`.
    fn lookup_after_close(&self, c: usize) -> Option<usize> {
        let k = (c + 1..self.tags.len()).find(|&k| self.tags[k].is_structural())?;
        (k > c + 1
            && self.tags[k].role() == Some(&Role::Lookup)
            && self.tags[k - 1].is_close()
            && self.tags[k - 1].range.end == self.tags[k].range.start)
            .then_some(k)
    }

    /// Index of the first (or last) `</span></span>` pair from `from` before the next structural tag.
    fn close_pair_before_structural(&self, from: usize, last: bool) -> Option<usize> {
        let stop = (from..self.tags.len())
            .find(|&k| self.tags[k].is_structural())
            .unwrap_or(self.tags.len());
        let is_pair = |m: &usize| {
            let m = *m;
            m + 1 < stop
                && self.tags[m].is_close()
                && self.tags[m + 1].is_close()
                && self.tags[m].range.end == self.tags[m + 1].range.start
        };
        if last {
            (from..stop).rev().find(is_pair)
        } else {
            (from..stop).find(is_pair)
        }
    }

    fn source_id(&self, lookup: usize) -> Option<&str> {
        match self.tags.get(lookup + 1)?.role()? {
            Role::Source(id) => self.text.get(id.clone()),
            _ => None,
        }
    }

    fn note_self_closing(&mut self, k: usize) {
        if self.tags[k].open.as_ref().is_some_and(|o| o.self_closing) {
            self.report(
                Code::SelfClosingSpan,
                self.tags[k].range.clone(),
                "<span/> is not self-closing in HTML: browsers read it as an opening tag",
            );
        }
    }

    fn note_escaped(&mut self, k: usize) {
        if self.tags[k].open.as_ref().is_some_and(|o| o.escaped_quotes) {
            self.report(
                Code::EscapedAttributes,
                self.tags[k].range.clone(),
                "span attributes are escaped as &quot;: browsers see no id here (read as if unescaped)",
            );
        }
    }

    fn report(&mut self, code: Code, span: Range<usize>, message: impl Into<String>) {
        self.out.push(Diagnostic::at(
            code, self.path, self.index, self.text, span, message,
        ));
    }
}

/// Lex every `<span …>` and `</span>` of `text`, in order.
fn lex(text: &str) -> Vec<Tag> {
    let bytes = text.as_bytes();
    let mut tags = Vec::new();
    let mut pos = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[pos..]) {
        let at = pos + found;
        pos = at + 1;
        if let Some(tag) = lex_close(bytes, at).or_else(|| lex_open(text, at)) {
            pos = tag.range.end;
            tags.push(tag);
        }
    }
    tags
}

fn starts_with_ignore_case(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(word))
}

fn lex_close(bytes: &[u8], at: usize) -> Option<Tag> {
    if !starts_with_ignore_case(bytes, at, b"</span") {
        return None;
    }
    let mut i = at + 6;
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    (bytes.get(i) == Some(&b'>')).then(|| Tag {
        range: at..i + 1,
        open: None,
    })
}

fn lex_open(text: &str, at: usize) -> Option<Tag> {
    let bytes = text.as_bytes();
    if !starts_with_ignore_case(bytes, at, b"<span") {
        return None;
    }
    // On a character boundary: names and values are sliced up to it (a tag this long is not one
    // of ours anyway).
    let mut limit = (at + MAX_TAG_LEN).min(bytes.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut i = at + 5;
    if !bytes
        .get(i)
        .is_some_and(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
    {
        return None;
    }
    let (mut ttu, mut stu, mut class) = (None, None, None);
    let mut escaped_quotes = false;
    let mut self_closing = false;
    loop {
        while i < limit && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        match bytes[i] {
            b'>' => {
                i += 1;
                break;
            }
            b'/' if bytes.get(i + 1) == Some(&b'>') => {
                self_closing = true;
                i += 2;
                break;
            }
            b'/' => i += 1,
            b'<' => return None,
            _ => {
                let name_start = i;
                while i < limit
                    && !matches!(bytes[i], b'=' | b'>' | b'/' | b'<')
                    && !bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
                let name = &text[name_start..i];
                while i < limit && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                let mut value = i..i;
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    while i < limit && bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    let (v, next, escaped) = lex_value(text, i, limit)?;
                    value = v;
                    i = next;
                    escaped_quotes |= escaped;
                }
                if name.eq_ignore_ascii_case("data-ttu-id") {
                    ttu = Some(value);
                } else if name.eq_ignore_ascii_case("data-stu-id") {
                    stu = Some(value);
                } else if name.eq_ignore_ascii_case("class") {
                    class = Some(value);
                }
            }
        }
    }
    let role = if let Some(id) = ttu {
        Role::Target(id)
    } else if let Some(id) = stu {
        Role::Source(id)
    } else if class
        .is_some_and(|c: Range<usize>| text[c].split_ascii_whitespace().any(|t| t == "sxs-lookup"))
    {
        Role::Lookup
    } else {
        Role::Plain
    };
    Some(Tag {
        range: at..i,
        open: Some(OpenTag {
            role,
            self_closing,
            escaped_quotes,
        }),
    })
}

/// An attribute value at `i`: (its byte range, index after it, whether `&quot;` stood for a
/// quote). A quoted value that holds `&quot;` is cut there, and an unquoted `&quot;x&quot;` is
/// read as `x`: that is how the escaped attributes of FORMAT.md §7 were meant.
fn lex_value(text: &str, i: usize, limit: usize) -> Option<(Range<usize>, usize, bool)> {
    const QUOT: &str = "&quot;";
    let bytes = text.as_bytes();
    match bytes.get(i)? {
        &q @ (b'"' | b'\'') => {
            let close = memchr::memchr(q, &bytes[i + 1..limit]).map(|c| i + 1 + c);
            let inner = text.get(i + 1..close.unwrap_or(limit))?;
            match (find_quot(inner), close) {
                (Some(amp), _) => Some((i + 1..i + 1 + amp, i + 1 + amp + QUOT.len(), true)),
                (None, Some(close)) => Some((i + 1..close, close + 1, false)),
                (None, None) => None,
            }
        }
        _ => {
            let mut end = i;
            while end < limit && !bytes[end].is_ascii_whitespace() && bytes[end] != b'>' {
                end += 1;
            }
            let raw = text.get(i..end)?;
            if find_quot(raw).is_some() {
                let start = i + if raw.starts_with(QUOT) { QUOT.len() } else { 0 };
                let stop = end
                    - if raw.ends_with(QUOT) && end - QUOT.len() >= start {
                        QUOT.len()
                    } else {
                        0
                    };
                Some((start..stop, end, true))
            } else {
                Some((i..end, end, false))
            }
        }
    }
}

/// Where `&quot;` starts in `s` (a byte search: attribute values are short and many).
fn find_quot(s: &str) -> Option<usize> {
    memchr::memchr_iter(b'&', s.as_bytes()).find(|&i| s[i..].starts_with("&quot;"))
}

/// Split an id into (prefix, is a `pN` unit, number); `None` when it is not `PREFIX-N`/`PREFIX-pN`.
pub fn parse_id(id: &str) -> Option<(&str, bool, u32)> {
    let (prefix, rest) = id.rsplit_once('-')?;
    if prefix.is_empty() || !prefix.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let (paragraph_unit, digits) = match rest.strip_prefix('p') {
        Some(d) => (true, d),
        None => (false, rest),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((prefix, paragraph_unit, digits.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(id: &str, target: &str, source: &str) -> String {
        format!(
            r#"<span data-ttu-id="{id}">{target}</span><span class="sxs-lookup"><span data-stu-id="{id}">{source}</span></span>"#
        )
    }

    type Found = (String, Option<String>, Option<String>);

    fn run(text: &str) -> (Vec<Found>, Vec<Code>) {
        let index = LineIndex::new(text);
        let mut out = Vec::new();
        let segs = scan(text, "x.md", &index, &mut out);
        let got = segs
            .into_iter()
            .map(|s| {
                (
                    s.id,
                    s.target.map(|r| text[r].to_owned()),
                    s.source.map(|r| text[r].to_owned()),
                )
            })
            .collect();
        (got, out.into_iter().map(|d| d.code).collect())
    }

    fn pair(id: &str, t: &str, s: &str) -> Found {
        (id.to_owned(), Some(t.to_owned()), Some(s.to_owned()))
    }

    #[test]
    fn well_formed_pairs_with_nested_spans() {
        let text = format!(
            "| {} | {} |\n",
            seg(
                "a1b2c-102",
                "www. <span></span> contoso .com",
                "www.<span></span>contoso.com"
            ),
            seg("a1b2c-p101", "Două\nrânduri", "Two\nlines")
        );
        let (got, codes) = run(&text);
        assert_eq!(
            got,
            [
                pair(
                    "a1b2c-102",
                    "www. <span></span> contoso .com",
                    "www.<span></span>contoso.com"
                ),
                pair("a1b2c-p101", "Două\nrânduri", "Two\nlines"),
            ]
        );
        assert!(codes.is_empty(), "{codes:?}");
    }

    #[test]
    fn stray_open_span_in_target_swallows_its_close() {
        // skype Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md
        let text = r#"<span data-ttu-id="65aba-139">100 1 5061 sipfed.online.lync. <span> com</span><span class="sxs-lookup"><span data-stu-id="65aba-139">100 1 5061 sipfed.online.lync.<span>com</span></span>\|"#;
        let (got, codes) = run(text);
        assert_eq!(
            got,
            [pair(
                "65aba-139",
                "100 1 5061 sipfed.online.lync. <span> com",
                "100 1 5061 sipfed.online.lync.<span>com</span>"
            )]
        );
        assert_eq!(codes, [Code::UnbalancedSpan, Code::UnclosedSpan]);
    }

    #[test]
    fn stray_close_span_ends_target_and_source_early() {
        // alchemy AlchemyInsights/outlook-com-setting-changes.md, it-IT
        let text = r#"<span data-ttu-id="da681-112">Se la cassetta **Yahoo**, seguire </span> in questo [articolo](x).</span><span class="sxs-lookup"><span data-stu-id="da681-112">If the mailbox is on **Yahoo**, follow</span> found in this [article](x).</span></span> next"#;
        let (got, codes) = run(text);
        assert_eq!(
            got,
            [pair(
                "da681-112",
                "Se la cassetta **Yahoo**, seguire </span> in questo [articolo](x).",
                "If the mailbox is on **Yahoo**, follow</span> found in this [article](x)."
            )]
        );
        assert_eq!(codes, [Code::StrayCloseSpan, Code::StrayCloseSpan]);
    }

    #[test]
    fn escaped_attribute_quotes_are_recovered_and_reported() {
        // m365 microsoft-365/contentunderstanding/explanation-types-overview.md
        let text = r#"<span data-ttu-id="af9b2-260&quot;>De bibliotheek</span><span class=&quot;sxs-lookup&quot;><span data-stu-id=&quot;af9b2-260&quot;>The library</span></span>"#;
        let (got, codes) = run(text);
        assert_eq!(got, [pair("af9b2-260", "De bibliotheek", "The library")]);
        assert!(codes.iter().all(|c| *c == Code::EscapedAttributes) && !codes.is_empty());
    }

    #[test]
    fn orphans_and_mismatches() {
        let text = format!(
            "{} {} {}",
            r#"<span data-ttu-id="abcde-102">alone</span> text"#,
            r#"<span class="sxs-lookup"><span data-stu-id="abcde-103">only source</span></span>"#,
            r#"<span data-ttu-id="abcde-104">t</span><span class="sxs-lookup"><span data-stu-id="abcde-105">s</span></span>"#
        );
        let (got, codes) = run(&text);
        assert_eq!(
            got[0],
            ("abcde-102".to_owned(), Some("alone".to_owned()), None)
        );
        assert_eq!(
            got[1],
            ("abcde-103".to_owned(), None, Some("only source".to_owned()))
        );
        assert_eq!(got[2], pair("abcde-104", "t", "s"));
        assert_eq!(
            codes,
            [
                Code::TargetWithoutSource,
                Code::SourceWithoutTarget,
                Code::IdMismatch
            ]
        );
    }

    #[test]
    fn self_closing_span_inside_target() {
        // skype Teams/CQD-data-and-reports.md
        let text = r#"<span data-ttu-id="abcde-110">Solo in <span> cqd.teams.microsoft.com<span/></span><span class="sxs-lookup"><span data-stu-id="abcde-110">Only in cqd.teams.microsoft.com</span></span>"#;
        let (got, codes) = run(text);
        assert_eq!(
            got,
            [pair(
                "abcde-110",
                "Solo in <span> cqd.teams.microsoft.com<span/>",
                "Only in cqd.teams.microsoft.com"
            )]
        );
        assert!(codes.contains(&Code::SelfClosingSpan) && codes.contains(&Code::UnbalancedSpan));
    }

    #[test]
    fn unclosed_target_never_panics() {
        for text in [
            r#"<span data-ttu-id="abcde-1">never closed"#,
            r#"<span data-ttu-id="abcde-1">x<span class="sxs-lookup"><span data-stu-id="abcde-1">y"#,
            r#"<span data-ttu-id="abcde-1">x</span><span class="sxs-lookup">"#,
            r#"<span class="sxs-lookup"><span data-stu-id="abcde-1">y</span>"#,
            r#"<span data-ttu-id="abc"#,
            "<span",
            "</span></span>",
        ] {
            let _ = run(text);
        }
    }

    #[test]
    fn ids() {
        assert_eq!(parse_id("e2d3a-102"), Some(("e2d3a", false, 102)));
        assert_eq!(parse_id("5add0-p101"), Some(("5add0", true, 101)));
        assert_eq!(parse_id("4f534-10526"), Some(("4f534", false, 10526)));
        for bad in ["af9b2-260\">x", "102", "-102", "abc-", "abc-p", "ab c-1"] {
            assert_eq!(parse_id(bad), None, "{bad}");
        }
    }
}
