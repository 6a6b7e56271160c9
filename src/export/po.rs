//! gettext PO: the catalog of one target locale, for Weblate, Pontoon, Poedit and other
//! PO-based platforms.
//!
//! ```po
//! #. id: c1fe9-p101
//! #. status: aligned
//! #: ja-JP/AlchemyInsights/connection-closed-error-sharepoint.md:24
//! msgctxt "AlchemyInsights/connection-closed-error-sharepoint.md#2"
//! msgid "If you are receiving the error …"
//! msgstr "SharePoint で …"
//! ```
//!
//! Decisions:
//!
//! - **One catalog per target locale** (the `Language` header is one language); the writer
//!   takes the locale to write. Several locales are several runs: `--locale L` each.
//! - **One entry per segment**, in document order, so a translation maps back onto one sxs span
//!   pair. `msgid` is the segment's own embedded English markup and `msgstr` its target markup,
//!   both exact (Markdown and HTML kept: PO has no inline codes).
//! - **`msgctxt` = `article#unit`**, the alignment unit (the `#seg-N` of the site), which is the
//!   same in every locale. Where this locale has several segments in one unit (another locale
//!   merged them into one `pN` unit), the k-th is `article#unit.k`, so every entry's key
//!   (`msgctxt`, `msgid`) is unique. A segment outside any unit has `article#id:ID`.
//! - **`#, fuzzy` for machine translation** (`ms.translationtype: MT`), as XLIFF's
//!   `state="initial"`: nobody has reviewed it, and gettext tools show it as needing review
//!   (`msgfmt` leaves fuzzy entries out of compiled catalogs; these catalogs are for review
//!   and exchange, not for `.mo` files).
//! - `#.` comments carry the segment id and the alignment status, `#:` the file and line (a path
//!   with white space is wrapped in U+2068…U+2069, as gettext does).
//! - A segment with no English (a malformed span pair) is left out: an empty `msgid` has nothing
//!   to translate from, and PO tools take it for the header.
//! - Escapes: `\\`, `\"`, `\n`, `\r`, `\t`; other control characters are written as they are
//!   (gettext reads them), except NUL, which a PO string cannot hold (U+FFFD). Comments are one
//!   line each: control characters in them become U+FFFD.

use crate::align::ArticleAlignment;
use crate::parse::TranslationType;
use std::io::{self, Write};

/// The header field naming the content locale exactly (`Language` is gettext's `ll_CC`, which
/// loses a script other than Latin or Cyrillic): `import` finds the locale's files by it.
pub const LOCALE_HEADER: &str = "X-Locdoc-Locale";

/// The PO catalog of `locale`: a header, then one entry per segment of every article's sxs
/// version in that locale, articles in key order.
pub fn write_po<W: Write + ?Sized>(
    out: &mut W,
    articles: &[ArticleAlignment<'_>],
    locale: &str,
) -> io::Result<()> {
    let language = language(locale);
    writeln!(
        out,
        "# {} translations of side-by-side Markdown, exported by locdoc.",
        comment(locale)
    )?;
    writeln!(out, "msgid \"\"")?;
    writeln!(out, "msgstr \"\"")?;
    for field in [
        "Project-Id-Version: locdoc export".to_owned(),
        format!("Language: {language}"),
        "MIME-Version: 1.0".to_owned(),
        "Content-Type: text/plain; charset=UTF-8".to_owned(),
        "Content-Transfer-Encoding: 8bit".to_owned(),
        format!("X-Generator: locdoc {}", env!("CARGO_PKG_VERSION")),
        format!("X-Source-Language: {}", super::source_language(articles)),
        format!("{LOCALE_HEADER}: {locale}"),
    ] {
        writeln!(out, "\"{}\\n\"", escape(&field))?;
    }
    for article in articles {
        let Some(doc) = super::paired_version(article, locale) else {
            continue;
        };
        let fuzzy = doc.front_matter.ms_translationtype == Some(TranslationType::Machine);
        let placements = super::placements(article, doc);
        for (index, segment) in doc.segments.iter().enumerate() {
            let source = doc.source(segment).unwrap_or_default();
            if !has_entry(source) {
                continue;
            }
            let placement = placements.get(&index);
            let context = context(&article.article, placement, &segment.id);
            writeln!(out)?;
            writeln!(out, "#. id: {}", comment(&segment.id))?;
            if let Some(p) = placement {
                writeln!(out, "#. status: {}", p.status.as_str())?;
            }
            writeln!(out, "#: {}:{}", reference(&doc.file.rel_path), segment.line)?;
            if fuzzy {
                writeln!(out, "#, fuzzy")?;
            }
            write_string(out, "msgctxt", &context)?;
            write_string(out, "msgid", source)?;
            write_string(out, "msgstr", doc.target(segment).unwrap_or_default())?;
        }
    }
    Ok(())
}

/// The `msgctxt` of a segment: `article#unit`, `article#unit.k` when the unit holds several
/// segments of this locale, `article#id:ID` outside any unit. One function, so that `import`
/// finds a catalog's entries by the keys this writer gave them.
pub(crate) fn context(article: &str, placement: Option<&super::Placement>, id: &str) -> String {
    match placement {
        Some(p) if p.part.1 > 1 => format!("{article}#{}.{}", p.unit, p.part.0),
        Some(p) => format!("{article}#{}", p.unit),
        None => format!("{article}#id:{id}"),
    }
}

/// Whether a segment gets a catalog entry: one without English has nothing to translate from,
/// and an empty `msgid` is the header to PO tools.
pub(crate) fn has_entry(source: &str) -> bool {
    !source.is_empty()
}

/// `keyword "string"`; a string with line breaks is written one line per `\n`, after `""`.
fn write_string<W: Write + ?Sized>(out: &mut W, keyword: &str, value: &str) -> io::Result<()> {
    let lines: Vec<&str> = value.split_inclusive('\n').collect();
    if lines.len() <= 1 {
        return writeln!(out, "{keyword} \"{}\"", escape(value));
    }
    writeln!(out, "{keyword} \"\"")?;
    for line in lines {
        writeln!(out, "\"{}\"", escape(line))?;
    }
    Ok(())
}

/// Escape for a PO string.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Comment text on one line: control characters become U+FFFD.
pub(crate) fn comment(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

/// A `#:` file name: one line, wrapped in U+2068…U+2069 when it holds white space (gettext 0.20).
fn reference(path: &str) -> String {
    let path = comment(path);
    if path.chars().any(char::is_whitespace) {
        format!("\u{2068}{path}\u{2069}")
    } else {
        path
    }
}

/// The `Language` header of a catalog of `locale`.
pub(crate) fn language(locale: &str) -> String {
    crate::Locale::parse(locale)
        .map_or_else(|| locale.replace('-', "_"), |l| posix_language(&l.langid()))
}

/// The gettext `Language` value: `ll_CC`, with `@latin`/`@cyrillic` for a script (`sr_RS@latin`).
fn posix_language(id: &unic_langid::LanguageIdentifier) -> String {
    let mut out = id.language.as_str().to_owned();
    if let Some(region) = id.region {
        out.push('_');
        out.push_str(region.as_str());
    }
    match id.script.as_ref().map(|s| s.as_str()) {
        Some("Latn") => out.push_str("@latin"),
        Some("Cyrl") => out.push_str("@cyrillic"),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_and_split_at_line_breaks() {
        let mut out = Vec::new();
        write_string(&mut out, "msgid", "a \"b\" \\ \t\r\nc\u{0}\u{1}").expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "msgid \"\"\n\"a \\\"b\\\" \\\\ \\t\\r\\n\"\n\"c\u{FFFD}\u{1}\"\n"
        );
        let mut out = Vec::new();
        write_string(&mut out, "msgstr", "one line").expect("write");
        assert_eq!(out, b"msgstr \"one line\"\n");
    }

    #[test]
    fn comments_stay_on_one_line() {
        assert_eq!(comment("a\nb\rc"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(reference("it-IT/a b.md"), "\u{2068}it-IT/a b.md\u{2069}");
        assert_eq!(reference("it-IT/a.md"), "it-IT/a.md");
    }

    #[test]
    fn posix_language_names() {
        let lang = |tag: &str| posix_language(&tag.parse().expect("tag"));
        assert_eq!(lang("it-IT"), "it_IT");
        assert_eq!(lang("sr-Latn-RS"), "sr_RS@latin");
        assert_eq!(lang("ja"), "ja");
    }
}
