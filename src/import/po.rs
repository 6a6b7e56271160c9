//! Reading a PO catalog back: the subset `export --format po` writes, plus what PO editors and
//! libraries rewrite when they save it (strings wrapped over several lines, translator and
//! previous-string comments, `#,` flags, obsolete `#~` entries, CRLF line ends).
//!
//! A hand-written reader rather than a PO crate: a refusal must name the line and column of the
//! entry in the catalog, and the crates at hand give entries without positions. It reads what
//! gettext's own parser reads of single-form messages; a plural entry is refused, since export
//! never writes one.

use super::{Located, Malformed};
use crate::export::po::LOCALE_HEADER;

/// One catalog entry that a segment may answer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The `msgctxt` (`article#unit`, as export writes it).
    pub context: String,
    /// The `msgid`: the English markup at export time.
    pub source: String,
    /// The `msgstr`: the target markup.
    pub target: String,
    /// The segment id of the `#. id:` comment, when the catalog still has it.
    pub id: Option<String>,
    /// The files of the `#:` references (line numbers dropped, isolates removed).
    pub references: Vec<String>,
    /// Where the entry starts in the catalog.
    pub at: Located,
}

/// A whole catalog: the header fields that say which locale it holds, and the live entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// `X-Locdoc-Locale`: the content locale exactly, when the header has it.
    pub locale: Option<String>,
    /// `Language` (`ll_CC`, gettext's form).
    pub language: Option<String>,
    /// Entries in catalog order, the header and obsolete entries left out.
    pub entries: Vec<Entry>,
}

/// Which string a keyword or a continuation line adds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    Str,
}

/// An entry while its lines are read.
#[derive(Debug, Default)]
struct Pending {
    context: Option<String>,
    id: Option<String>,
    target: Option<String>,
    segment_id: Option<String>,
    /// The `#:` lines' text, joined by a space: a tool that wraps long references may cut a
    /// path in U+2068…U+2069 over two lines.
    references: String,
    obsolete: bool,
    start: Option<Located>,
    field: Option<Field>,
}

impl Pending {
    fn has_strings(&self) -> bool {
        self.context.is_some() || self.id.is_some() || self.target.is_some()
    }

    fn string(&mut self, field: Field) -> &mut Option<String> {
        match field {
            Field::Context => &mut self.context,
            Field::Id => &mut self.id,
            Field::Str => &mut self.target,
        }
    }
}

/// Read a PO catalog. `text` is the whole file.
pub fn read(text: &str) -> Result<Catalog, Malformed> {
    let mut catalog = Catalog {
        locale: None,
        language: None,
        entries: Vec::new(),
    };
    let mut pending = Pending::default();
    let mut offset = 0;
    for (n, raw_line) in text.split_inclusive('\n').enumerate() {
        let line_no = u32::try_from(n + 1).unwrap_or(u32::MAX);
        let line_offset = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start().len();
        let line = line.trim_start();
        let at = |column_bytes: usize| Located {
            offset: line_offset + column_bytes,
            line: line_no,
            column: column_of(raw_line, column_bytes),
        };
        if line.is_empty() {
            finish(&mut pending, &mut catalog)?;
            continue;
        }
        // `#~` lines are an obsolete entry: read for their shape, then dropped.
        let (line, obsolete, indent) = match line.strip_prefix("#~") {
            Some(rest) => {
                let rest_trimmed = rest.trim_start();
                (
                    rest_trimmed,
                    true,
                    indent + 2 + rest.len() - rest_trimmed.len(),
                )
            }
            None => (line, false, indent),
        };
        if line.starts_with('#') || (obsolete && line.starts_with('|')) {
            // A comment after the strings starts the next entry.
            if pending.target.is_some() {
                finish(&mut pending, &mut catalog)?;
            }
            pending.start.get_or_insert(at(indent));
            pending.obsolete |= obsolete;
            if let Some(id) = line.strip_prefix("#. id: ") {
                pending.segment_id = Some(id.trim_end().to_owned());
            } else if let Some(references) = line.strip_prefix("#:") {
                if !pending.references.is_empty() {
                    pending.references.push(' ');
                }
                pending.references.push_str(references.trim());
            }
            continue;
        }
        if line.starts_with('"') {
            let Some(field) = pending.field else {
                return Err(Malformed::at(
                    at(indent),
                    "a string continues no msgctxt, msgid or msgstr",
                ));
            };
            let value = unquote(line, at(indent))?;
            pending
                .string(field)
                .get_or_insert_with(String::new)
                .push_str(&value);
            continue;
        }
        let (keyword, rest) = line.split_once([' ', '\t']).unwrap_or((line, ""));
        let field = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgstr" | "msgstr[0]" => Field::Str,
            "msgid_plural" => {
                return Err(Malformed::at(
                    at(indent),
                    "a plural entry (msgid_plural): locdoc exports none and cannot put one back",
                ));
            }
            _ => {
                return Err(Malformed::at(
                    at(indent),
                    format!("`{keyword}` is not a PO keyword"),
                ));
            }
        };
        // A new msgctxt or msgid after a msgstr starts the next entry (no blank line between).
        if field != Field::Str && pending.target.is_some() {
            finish(&mut pending, &mut catalog)?;
        }
        pending.start.get_or_insert(at(indent));
        pending.obsolete |= obsolete;
        if pending.string(field).is_some() {
            return Err(Malformed::at(
                at(indent),
                format!("a second `{keyword}` in one entry"),
            ));
        }
        let quoted_at = line.len() - rest.trim_start().len();
        let value = unquote(rest.trim_start(), at(indent + quoted_at))?;
        *pending.string(field) = Some(value);
        pending.field = Some(field);
    }
    finish(&mut pending, &mut catalog)?;
    Ok(catalog)
}

/// Close the entry being read: the header's fields are kept, obsolete entries dropped, a live
/// one added.
fn finish(pending: &mut Pending, catalog: &mut Catalog) -> Result<(), Malformed> {
    let entry = std::mem::take(pending);
    if !entry.has_strings() || entry.obsolete {
        return Ok(());
    }
    let at = entry.start.unwrap_or_default();
    let (Some(id), Some(target)) = (entry.id, entry.target) else {
        return Err(Malformed::at(at, "an entry without msgid or msgstr"));
    };
    if id.is_empty() && entry.context.is_none() {
        for field in target.lines() {
            if let Some((key, value)) = field.split_once(':') {
                let value = Some(value.trim().to_owned());
                match key.trim() {
                    "Language" => catalog.language = value,
                    key if key == LOCALE_HEADER => catalog.locale = value,
                    _ => {}
                }
            }
        }
        return Ok(());
    }
    let Some(context) = entry.context else {
        return Err(Malformed::at(
            at,
            "an entry without msgctxt: locdoc's catalogs key every entry by `article#unit`",
        ));
    };
    catalog.entries.push(Entry {
        context,
        source: id,
        target,
        id: entry.segment_id,
        references: read_references(&entry.references),
        at,
    });
    Ok(())
}

/// The files of a `#:` line: `path:line` items separated by white space; a path with white
/// space is wrapped in U+2068…U+2069 (gettext 0.20 and export).
fn read_references(line: &str) -> Vec<String> {
    let mut files = Vec::new();
    let mut rest = line.trim();
    while !rest.is_empty() {
        let (item, next) = match rest.strip_prefix('\u{2068}') {
            Some(isolated) => match isolated.split_once('\u{2069}') {
                Some((path, after)) => {
                    let after = after.split_once(char::is_whitespace).map_or("", |(_, a)| a);
                    (path.to_owned(), after)
                }
                None => (isolated.to_owned(), ""),
            },
            None => {
                let (item, after) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                let path = match item.rsplit_once(':') {
                    Some((path, line)) if line.bytes().all(|b| b.is_ascii_digit()) => path,
                    _ => item,
                };
                (path.to_owned(), after)
            }
        };
        files.push(item);
        rest = next.trim_start();
    }
    files
}

/// The value of one quoted PO string (`"…"`, escapes resolved); nothing but white space may
/// follow the closing quote.
fn unquote(quoted: &str, at: Located) -> Result<String, Malformed> {
    let shifted = |bytes: usize| Located {
        offset: at.offset + bytes,
        column: at.column + u32::try_from(quoted[..bytes].chars().count()).unwrap_or(0),
        ..at
    };
    let Some(body) = quoted.strip_prefix('"') else {
        return Err(Malformed::at(at, "a PO string must start with `\"`"));
    };
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let after = &body[i + 1..];
                if after.trim().is_empty() || after.trim_start().starts_with('#') {
                    return Ok(out);
                }
                let stray = after.len() - after.trim_start().len();
                return Err(Malformed::at(
                    shifted(1 + i + 1 + stray),
                    "text after the closing `\"` of a PO string",
                ));
            }
            '\\' => {
                let Some((_, escaped)) = chars.next() else {
                    break;
                };
                out.push(match escaped {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    'f' => '\u{C}',
                    'v' => '\u{B}',
                    '\\' | '"' | '\'' | '?' => escaped,
                    other => {
                        return Err(Malformed::at(
                            shifted(1 + i),
                            format!("`\\{other}` is not a PO escape"),
                        ));
                    }
                });
            }
            c => out.push(c),
        }
    }
    Err(Malformed::at(at, "a PO string without its closing `\"`"))
}

/// 1-based column in characters of byte `bytes` of `line`.
fn column_of(line: &str, bytes: usize) -> u32 {
    let prefix = line.get(..bytes).unwrap_or(line);
    u32::try_from(prefix.chars().count() + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOG: &str = "# it-IT translations\nmsgid \"\"\nmsgstr \"\"\n\"Language: it_IT\\n\"\n\"X-Locdoc-Locale: it-IT\\n\"\n\n#. id: 8d894-102\n#. status: aligned\n#: it-IT/close-your-account.md:11\n#, fuzzy\nmsgctxt \"close-your-account.md#1\"\nmsgid \"**Close** \\\"your\\\" account\"\nmsgstr \"\"\n\"**Chiudi** l'account\\n\"\n\"seconda riga\"\n";

    #[test]
    fn reads_header_entries_flags_and_wrapped_strings() {
        let catalog = read(CATALOG).expect("reads");
        assert_eq!(catalog.locale.as_deref(), Some("it-IT"));
        assert_eq!(catalog.language.as_deref(), Some("it_IT"));
        assert_eq!(catalog.entries.len(), 1);
        let entry = &catalog.entries[0];
        assert_eq!(entry.context, "close-your-account.md#1");
        assert_eq!(entry.source, "**Close** \"your\" account");
        assert_eq!(entry.target, "**Chiudi** l'account\nseconda riga");
        assert_eq!(entry.id.as_deref(), Some("8d894-102"));
        assert_eq!(entry.references, ["it-IT/close-your-account.md"]);
        assert_eq!((entry.at.line, entry.at.column), (7, 1));
    }

    #[test]
    fn obsolete_entries_and_crlf_are_read_past() {
        let text = "msgctxt \"a.md#1\"\r\nmsgid \"A\"\r\nmsgstr \"B\"\r\n#~ msgctxt \"a.md#2\"\r\n#~ msgid \"C\"\r\n#~ msgstr \"D\"\r\nmsgctxt \"a.md#3\"\nmsgid \"E\"\nmsgstr \"F\"\n";
        let catalog = read(text).expect("reads");
        let contexts: Vec<&str> = catalog.entries.iter().map(|e| e.context.as_str()).collect();
        assert_eq!(contexts, ["a.md#1", "a.md#3"]);
        assert_eq!(catalog.entries[1].at.line, 7);
    }

    #[test]
    fn references_keep_paths_with_spaces() {
        let wrapped = "msgctxt \"a\"\n#: \u{2068}it-IT/odd\n#: name.md\u{2069}:4\nmsgid \"b\"\nmsgstr \"c\"\n";
        assert_eq!(
            read(wrapped).expect("reads").entries[0].references,
            ["it-IT/odd name.md"]
        );
        assert_eq!(
            read_references(" \u{2068}it-IT/odd name #1.md\u{2069}:4 it-IT/b.md:7 c.md"),
            ["it-IT/odd name #1.md", "it-IT/b.md", "c.md"]
        );
    }

    #[test]
    fn malformed_catalogs_are_refused_with_line_and_column() {
        let error = |text: &str| read(text).expect_err("refused");
        let e = error("msgctxt \"a\"\nmsgid \"b\\q\"\nmsgstr \"\"\n");
        assert_eq!((e.at.line, e.at.column), (2, 9), "{e:?}");
        let e = error("msgctxt \"a\"\nmsgid \"b\" x\nmsgstr \"\"\n");
        assert_eq!((e.at.line, e.at.column), (2, 11), "{e:?}");
        let e = error("msgctxt \"a\"\nmsgid \"b\"\nmsgid_plural \"c\"\n");
        assert_eq!(e.at.line, 3);
        let e = error("\"loose\"\n");
        assert_eq!(e.at.line, 1);
        let e = error("msgctxt \"a\"\nmsgid \"b\nmsgstr \"\"\n");
        assert!(e.message.contains("closing"), "{e:?}");
        let e = error("msgid \"b\"\nmsgstr \"c\"\n");
        assert!(e.message.contains("msgctxt"), "{e:?}");
    }
}
