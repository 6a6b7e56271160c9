//! TMX 1.4b: a translation memory, one `<tu>` per aligned unit with a `<tuv>` for the English and
//! for every locale that translated it.
//!
//! ```xml
//! <tu tuid="close-your-account.md#1">
//!   <prop type="x-locdoc-article">close-your-account.md</prop>
//!   <prop type="x-locdoc-unit">1</prop>
//!   <prop type="x-locdoc-status">aligned</prop>
//!   <tuv xml:lang="en-US"><seg>How to close your account</seg></tuv>
//!   <tuv xml:lang="it-IT"><prop type="x-locdoc-ids">8d894-102</prop><seg>Come chiudere l'account</seg></tuv>
//! </tu>
//! ```
//!
//! Decisions:
//!
//! - **Plain text** (TMX level 1, `datatype="plaintext"`): each `<seg>` holds the visible text the
//!   parser computed (Markdown and HTML removed, entities decoded, white space collapsed), the
//!   text a translation memory matches on. The exact markup is in the XLIFF, PO, CSV and JSONL
//!   exports; `<ph>` codes in a TM add nothing most tools can match on.
//! - **Every `<tu>` is a set of true equivalents.** A unit's `<tu>` holds the English and the
//!   locales whose entry is `aligned` (or `extra`: a unit the reference lacks, whose other
//!   locales share its English). A *drift* entry was translated from different English, so it
//!   is not a translation of the unit's English; it is still a correct pair with the English it
//!   was made from, so it gets a `<tu>` of its own (`tuid` `article#N@locale`, prop
//!   `x-locdoc-status` `drift`) with that embedded English. *Missing* entries have nothing to
//!   write. Tools that want only the matrix can drop `tu`s whose status is `drift`.
//! - A `<tuv>` whose text is empty (a segment that is only an image, say) is left out, and so is
//!   a `<tu>` left with no translation or no English.
//! - Characters XML cannot hold become U+FFFD; no dates are written, so the output is
//!   reproducible.

use super::xml::Xml;
use crate::align::{ArticleAlignment, Entry, Status};
use std::io::{self, Write};

/// The TMX document for `articles`, in article and unit order.
pub fn write_tmx<W: Write + ?Sized>(
    out: &mut W,
    articles: &[ArticleAlignment<'_>],
) -> io::Result<()> {
    let source = super::source_language(articles);
    let mut xml = Xml::new(out);
    xml.declaration()?;
    xml.indent(0)?;
    xml.start("tmx", &[("version", "1.4")])?;
    xml.indent(1)?;
    xml.empty(
        "header",
        &[
            ("creationtool", "locdoc"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", "sentence"),
            ("o-tmf", "locdoc"),
            ("adminlang", source),
            ("srclang", source),
            ("datatype", "plaintext"),
        ],
    )?;
    xml.indent(1)?;
    xml.start("body", &[])?;
    for article in articles {
        for unit in &article.units {
            let translations: Vec<&Entry<'_>> = unit
                .entries
                .iter()
                .filter(|e| matches!(e.status, Status::Aligned | Status::Extra))
                .collect();
            let status = if unit.entries.iter().any(|e| e.status == Status::Aligned) {
                Status::Aligned
            } else {
                Status::Extra
            };
            let unit_number = unit.number.to_string();
            let tuid = format!("{}#{}", article.article, unit_number);
            write_tu(
                &mut xml,
                &Tu {
                    tuid: &tuid,
                    source,
                    article: &article.article,
                    unit: &unit_number,
                    status,
                    english: &unit.english_text,
                    translations: &translations,
                },
            )?;
            for entry in unit.entries.iter().filter(|e| e.status == Status::Drift) {
                let tuid = format!("{tuid}@{}", entry.doc.locale());
                write_tu(
                    &mut xml,
                    &Tu {
                        tuid: &tuid,
                        source,
                        article: &article.article,
                        unit: &unit_number,
                        status: Status::Drift,
                        english: &entry.source_text(),
                        translations: &[entry],
                    },
                )?;
            }
        }
    }
    xml.indent(1)?;
    xml.end("body")?;
    xml.indent(0)?;
    xml.end("tmx")?;
    xml.indent(0)
}

struct Tu<'t, 'a> {
    tuid: &'t str,
    /// The source language.
    source: &'t str,
    article: &'t str,
    unit: &'t str,
    status: Status,
    english: &'t str,
    translations: &'t [&'t Entry<'a>],
}

/// The visible text of an entry's targets, joined like [`Entry::target`].
fn target_text(entry: &Entry<'_>) -> String {
    let parts: Vec<&str> = entry
        .segments
        .iter()
        .map(|s| s.target_text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    parts.join(" ")
}

fn write_tu<W: Write + ?Sized>(xml: &mut Xml<'_, W>, tu: &Tu<'_, '_>) -> io::Result<()> {
    let texts: Vec<(&Entry<'_>, String)> = tu
        .translations
        .iter()
        .map(|e| (*e, target_text(e)))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    if texts.is_empty() || tu.english.is_empty() {
        return Ok(());
    }
    xml.indent(2)?;
    xml.start("tu", &[("tuid", tu.tuid)])?;
    for (kind, value) in [
        ("x-locdoc-article", tu.article),
        ("x-locdoc-unit", tu.unit),
        ("x-locdoc-status", tu.status.as_str()),
    ] {
        xml.indent(3)?;
        xml.text_element("prop", &[("type", kind)], value)?;
    }
    xml.indent(3)?;
    xml.start("tuv", &[("xml:lang", tu.source)])?;
    xml.indent(4)?;
    xml.text_element("seg", &[], tu.english)?;
    xml.indent(3)?;
    xml.end("tuv")?;
    for (entry, text) in texts {
        xml.indent(3)?;
        xml.start("tuv", &[("xml:lang", entry.doc.locale().as_str())])?;
        xml.indent(4)?;
        xml.text_element("prop", &[("type", "x-locdoc-ids")], &entry.ids().join(" "))?;
        xml.indent(4)?;
        xml.text_element("seg", &[], &text)?;
        xml.indent(3)?;
        xml.end("tuv")?;
    }
    xml.indent(2)?;
    xml.end("tu")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::align_all;
    use crate::parse::parse_text;

    fn segment(id: &str, target: &str, source: &str) -> String {
        format!(
            r#"<span data-ttu-id="{id}">{target}</span><span class="sxs-lookup"><span data-stu-id="{id}">{source}</span></span>"#
        )
    }

    #[test]
    fn hostile_text_is_escaped_and_drift_gets_its_own_tu() {
        let it = format!(
            "{}\n\n{}\n",
            segment(
                "aaaaa-1",
                "Uno &lt;b&gt; </seg>\u{1} ]]>",
                "One &lt;/seg&gt;"
            ),
            segment("aaaaa-2", "Due nuovo", "Two entirely new words here")
        );
        let ro = format!(
            "{}\n\n{}\n",
            segment("bbbbb-1", "Unu", "One &lt;/seg&gt;"),
            segment("bbbbb-2", "Doi", "Two entirely different words here")
        );
        let docs = vec![parse_text("it-IT/a.md", &it), parse_text("ro-RO/a.md", &ro)];
        let articles = align_all(&docs, "en-US");
        let mut out = Vec::new();
        write_tmx(&mut out, &articles).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.contains("<seg>One &lt;/seg&gt;</seg>"), "{text}");
        assert!(text.contains("\u{FFFD}"), "{text}");
        assert!(!text.contains('\u{1}'));
        assert_eq!(text.matches("<tu ").count(), 3, "{text}");
        assert!(text.contains(r#"<tu tuid="a.md#2@"#), "{text}");
        assert!(text.contains("<prop type=\"x-locdoc-status\">drift</prop>"));
    }
}
