//! Export: what the parse and align stages found, written for other tools.
//!
//! Writers take parsed and aligned values and an `io::Write`; they never read files, so the same
//! writer serves the CLI, tests and (later) the site's download links. Every writer is
//! deterministic: articles in key order (as [`align_all`](crate::align::align_all) returns them),
//! locales in tag order, segments in document order; no dates, no host names.
//!
//! | format | module | one record per | markup |
//! |---|---|---|---|
//! | JSON Lines | [`jsonl`] | segment (`export`) or unit (`align`) | exact |
//! | TMX 1.4b | [`tmx`] | aligned unit, all locales in one `<tu>` | visible text |
//! | XLIFF 2.1 | [`xliff`] | segment of one target locale | inline codes, exact |
//! | gettext PO | [`po`] | segment of one target locale | exact |
//! | CSV | [`csv`] | unit and locale | both |
//!
//! XLIFF and PO hold one target language per document (`trgLang`, the `Language` header), so
//! their writers take the locale to write; [`target_locales`] lists the candidates.

pub mod csv;
pub mod jsonl;
pub mod po;
pub mod tmx;
pub mod xliff;

use crate::align::{ArticleAlignment, Status};
use crate::parse::Document;
use std::collections::{BTreeSet, HashMap};

/// The language of the embedded sources: `srclang` (TMX), `srcLang` (XLIFF), the PO `msgid`s.
pub const SOURCE_LANGUAGE: &str = "en-US";

/// The source language of `articles`: the source locale they were aligned with (one for all),
/// or en-US when there is none.
pub fn source_language<'s>(articles: &'s [ArticleAlignment<'_>]) -> &'s str {
    articles
        .first()
        .map_or(SOURCE_LANGUAGE, |a| a.source_locale.as_str())
}

/// Keep only the locale versions in `locales` (compared without regard to case; all when empty),
/// and drop articles that have none of them left.
///
/// Align first and filter afterwards: unit numbers (`#seg-N` on the site, the PO `msgctxt`)
/// depend on every version of an article, so the same unit keeps its number whichever
/// locales are exported.
pub fn retain_locales(articles: &mut Vec<ArticleAlignment<'_>>, locales: &[String]) {
    if locales.is_empty() {
        return;
    }
    let keep = |doc: &Document| {
        locales
            .iter()
            .any(|l| l.eq_ignore_ascii_case(doc.locale().as_str()))
    };
    for article in articles.iter_mut() {
        article.versions.retain(|v| keep(v.doc));
        for unit in &mut article.units {
            unit.entries.retain(|e| keep(e.doc));
        }
    }
    articles.retain(|a| !a.versions.is_empty());
}

/// The locales that have a version with segments (sxs, or a plain translation paired with its
/// English) of some article, sorted.
pub fn target_locales(articles: &[ArticleAlignment<'_>]) -> Vec<String> {
    let locales: BTreeSet<&str> = articles
        .iter()
        .flat_map(|a| &a.versions)
        .filter(|v| v.kind.is_paired())
        .map(|v| v.doc.locale().as_str())
        .collect();
    locales.into_iter().map(str::to_owned).collect()
}

/// Where one segment of a version sits in its article's alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Placement {
    /// The unit number.
    pub unit: usize,
    /// The entry's status.
    pub status: Status,
    /// 1-based position of the segment within its entry, and how many segments the entry has.
    pub part: (usize, usize),
}

/// Segment index → placement, for the version `doc` of `article`.
pub(crate) fn placements(
    article: &ArticleAlignment<'_>,
    doc: &Document,
) -> HashMap<usize, Placement> {
    let mut map = HashMap::new();
    for unit in &article.units {
        for entry in unit.entries.iter().filter(|e| std::ptr::eq(e.doc, doc)) {
            let n = entry.indices.len();
            for (k, &index) in entry.indices.iter().enumerate() {
                map.insert(
                    index,
                    Placement {
                        unit: unit.number,
                        status: entry.status,
                        part: (k + 1, n),
                    },
                );
            }
        }
    }
    map
}

/// The version of `article` in `locale` that has segments (sxs or paired plain), if any.
pub(crate) fn paired_version<'a>(
    article: &ArticleAlignment<'a>,
    locale: &str,
) -> Option<&'a Document> {
    article
        .versions
        .iter()
        .find(|v| v.kind.is_paired() && v.doc.locale().as_str() == locale)
        .map(|v| v.doc)
}

/// Writing XML with quick-xml, with the escaping content needs beyond `<`, `&` and quotes.
///
/// quick-xml escapes markup characters only. A conforming XML reader also rewrites `\r\n` and a
/// lone `\r` in text to `\n`, and tab, CR and LF in attribute values to spaces, so those are
/// written as character references to come back unchanged. Characters that XML 1.0 cannot hold
/// at all (C0 controls other than tab, CR, LF; U+FFFE, U+FFFF) are handed to the caller: XLIFF
/// writes them as `<cp hex="…"/>`, elsewhere they become U+FFFD.
pub(crate) mod xml {
    use quick_xml::Writer;
    use quick_xml::events::attributes::Attribute;
    use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
    use quick_xml::name::QName;
    use std::borrow::Cow;
    use std::io::{self, Write};

    /// Whether XML 1.0 can hold `c` (the `Char` production).
    pub fn is_xml_char(c: char) -> bool {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    }

    /// Escape `s` for text content (`attribute: false`) or a double-quoted attribute value.
    /// Characters XML cannot hold become U+FFFD.
    pub fn escape(s: &str, attribute: bool) -> String {
        let mut out = String::with_capacity(s.len() + 8);
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attribute => out.push_str("&quot;"),
                '\r' => out.push_str("&#xD;"),
                '\n' if attribute => out.push_str("&#xA;"),
                '\t' if attribute => out.push_str("&#x9;"),
                c if is_xml_char(c) => out.push(c),
                _ => out.push('\u{FFFD}'),
            }
        }
        out
    }

    /// A quick-xml writer that indents only where the caller says so, so that mixed content
    /// (`<seg>`, `<source>`) is never changed by pretty-printing.
    pub struct Xml<'w, W: Write + ?Sized> {
        writer: Writer<&'w mut W>,
    }

    impl<'w, W: Write + ?Sized> Xml<'w, W> {
        /// Wrap `out`.
        pub fn new(out: &'w mut W) -> Self {
            Xml {
                writer: Writer::new(out),
            }
        }

        /// `<?xml version="1.0" encoding="UTF-8"?>`.
        pub fn declaration(&mut self) -> io::Result<()> {
            self.writer
                .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        }

        fn tag<'a>(name: &'a str, attributes: &[(&'a str, &str)]) -> BytesStart<'a> {
            let mut start = BytesStart::new(name);
            for (key, value) in attributes {
                start.push_attribute(Attribute {
                    key: QName(key.as_bytes()),
                    value: Cow::Owned(escape(value, true).into_bytes()),
                });
            }
            start
        }

        /// An opening tag.
        pub fn start(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
            self.writer
                .write_event(Event::Start(Self::tag(name, attributes)))
        }

        /// An empty element.
        pub fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
            self.writer
                .write_event(Event::Empty(Self::tag(name, attributes)))
        }

        /// A closing tag.
        pub fn end(&mut self, name: &str) -> io::Result<()> {
            self.writer.write_event(Event::End(BytesEnd::new(name)))
        }

        /// Text content; characters XML cannot hold become U+FFFD.
        pub fn text(&mut self, text: &str) -> io::Result<()> {
            if text.is_empty() {
                return Ok(());
            }
            self.writer
                .write_event(Event::Text(BytesText::from_escaped(escape(text, false))))
        }

        /// An element holding only text.
        pub fn text_element(
            &mut self,
            name: &str,
            attributes: &[(&str, &str)],
            text: &str,
        ) -> io::Result<()> {
            self.start(name, attributes)?;
            self.text(text)?;
            self.end(name)
        }

        /// A line break and `level` steps of two spaces.
        pub fn indent(&mut self, level: usize) -> io::Result<()> {
            let mut s = String::with_capacity(1 + 2 * level);
            s.push('\n');
            for _ in 0..level {
                s.push_str("  ");
            }
            self.writer
                .write_event(Event::Text(BytesText::from_escaped(s)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::xml::{Xml, escape, is_xml_char};

    #[test]
    fn xml_escaping_keeps_what_a_reader_would_normalize() {
        assert_eq!(escape("a<b>&\"c\"", false), "a&lt;b&gt;&amp;\"c\"");
        assert_eq!(escape("a\"\t\n\r", true), "a&quot;&#x9;&#xA;&#xD;");
        assert_eq!(escape("x\r\ny", false), "x&#xD;\ny");
        assert_eq!(
            escape("\u{0}\u{1}\u{1F}\u{FFFE}", false),
            "\u{FFFD}".repeat(4)
        );
        assert_eq!(escape("]]>", false), "]]&gt;");
        assert!(is_xml_char('\u{10FFFF}') && !is_xml_char('\u{FFFF}') && !is_xml_char('\u{B}'));
    }

    #[test]
    fn xml_writer_escapes_attributes_and_text() {
        let mut out = Vec::new();
        let mut xml = Xml::new(&mut out);
        xml.text_element("a", &[("k", "\"<'>\"")], "</a><b>")
            .expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "<a k=\"&quot;&lt;'&gt;&quot;\">&lt;/a&gt;&lt;b&gt;</a>"
        );
    }
}
