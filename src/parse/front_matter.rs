//! Front matter: the YAML block between the leading `---` lines, as a typed struct.
//!
//! This is the only module that names `serde_yaml` (deprecated upstream): everything it returns
//! is locdoc's own types, so the YAML crate can be swapped here alone.
//!
//! Real files vary the key case (`MS.technology`), mix scalar and list values for one key, and
//! in one alchemy article wrap the whole front matter in sxs spans (FORMAT.md §7-§8). None of
//! that stops parsing: problems become diagnostics and the body is still read.

use crate::diagnostic::{Code, Diagnostic, LineIndex};
use chrono::NaiveDate;
use serde::Serialize;
use std::ops::Range;

/// Human or machine translation, from `ms.translationtype`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum TranslationType {
    /// `HT`: translated by a person.
    #[serde(rename = "HT")]
    Human,
    /// `MT`: machine translated (pages get a notice).
    #[serde(rename = "MT")]
    Machine,
    /// Any other value, kept as written.
    #[serde(untagged)]
    Other(String),
}

/// A front-matter value of a key locdoc has no field for, kept as written (in order).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer such as `ms:contentKeyID: 48184333`.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    String(String),
    /// A sequence.
    List(Vec<Value>),
    /// A nested mapping, keys in order.
    Map(Vec<(String, Value)>),
}

impl Value {
    /// The value as one string where it is a scalar (numbers as written in decimal).
    pub fn as_scalar_string(&self) -> Option<String> {
        match self {
            Value::String(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::List(_) | Value::Map(_) => None,
        }
    }
}

/// The typed front matter of one article. Keys are matched case-insensitively.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FrontMatter {
    /// `title` (translated in place; sentence 101 of the numbering).
    pub title: Option<String>,
    /// `description` (translated in place; sentences 102…).
    pub description: Option<String>,
    /// `author`.
    pub author: Option<String>,
    /// `ms.author`.
    pub ms_author: Option<String>,
    /// `ms.topic`.
    pub ms_topic: Option<String>,
    /// `ms.date` (empty `''` is common and means none).
    pub ms_date: Option<NaiveDate>,
    /// `ms.contentlocale`: the locale the file claims to be in.
    pub ms_contentlocale: Option<String>,
    /// `ms.translationtype`.
    pub ms_translationtype: Option<TranslationType>,
    /// `ms.openlocfilehash`: identifies the English file version that was translated.
    pub ms_openlocfilehash: Option<String>,
    /// `ms.sourcegitcommit`: the English repository commit of the hand-off.
    pub ms_sourcegitcommit: Option<String>,
    /// `ms.lasthandoff`: the hand-off date.
    pub ms_lasthandoff: Option<NaiveDate>,
    /// `ms.locfileid`: the localization system's file version id.
    pub ms_locfileid: Option<String>,
    /// `ms.assetid`: a GUID scalar in most files, a list in some (the seeds).
    pub ms_assetid: Vec<String>,
    /// `ROBOTS`, e.g. `NOINDEX, NOFOLLOW`.
    pub robots: Option<String>,
    /// Every other key, in file order, as written.
    pub extra: Vec<(String, Value)>,
}

/// Where the front matter sits in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// Byte range of the YAML text between the `---` lines, if there is a front matter block.
    pub yaml: Option<Range<usize>>,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

/// Find the front matter block: a first line `---` (after an optional BOM), up to the next line
/// that is `---` or `...`. An opening without a closing line is reported and the whole file is
/// treated as body, so its segments are still found.
pub fn split(text: &str, path: &str, index: &LineIndex, out: &mut Vec<Diagnostic>) -> Split {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let no_front_matter = Split {
        yaml: None,
        body_start: start,
    };
    let rest = &text[start..];
    let Some(first_end) = line_end(rest, 0) else {
        return no_front_matter;
    };
    if rest[..first_end.0].trim_end() != "---" {
        return no_front_matter;
    }
    let yaml_start = start + first_end.1;
    let mut pos = yaml_start;
    while pos < text.len() {
        let Some((content_end, next)) = line_end(text, pos) else {
            break;
        };
        let line = text[pos..content_end].trim_end();
        if line == "---" || line == "..." {
            return Split {
                yaml: Some(yaml_start..pos),
                body_start: next,
            };
        }
        pos = next;
    }
    out.push(Diagnostic::at(
        Code::UnclosedFrontMatter,
        path,
        index,
        text,
        start..start + 3,
        "front matter opened with --- is never closed; the whole file was read as Markdown",
    ));
    no_front_matter
}

/// End of the line starting at `pos`: (end of its content, start of the next line). `\n`,
/// `\r\n` and a lone `\r` all end a line: a file saved with old Mac line ends must not have its
/// front matter read as Markdown (and published as text).
fn line_end(text: &str, pos: usize) -> Option<(usize, usize)> {
    if pos >= text.len() {
        return None;
    }
    let bytes = text.as_bytes();
    Some(match memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
        Some(i) => {
            let end = pos + i;
            let next = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
            (end, next)
        }
        None => (text.len(), text.len()),
    })
}

/// The parser counts `\r\n`, `\r`, `\n`, NEL, LS and PS as line breaks, where the rest of
/// locdoc counts `\n` only, so its line cannot be added to the file's; walking the text its way
/// gives an offset both agree on. Past the end, the end.
fn yaml_offset(yaml: &str, line: usize, column: usize) -> usize {
    let mut current = 1;
    let mut chars = yaml.char_indices().peekable();
    while current < line {
        let Some((_, c)) = chars.next() else {
            return yaml.len();
        };
        match c {
            '\r' => {
                chars.next_if(|&(_, next)| next == '\n');
                current += 1;
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => current += 1,
            _ => {}
        }
    }
    let mut offset = chars.peek().map_or(yaml.len(), |&(i, _)| i);
    for _ in 1..column {
        match chars.next() {
            Some((_, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')) | None => break,
            Some(_) => offset = chars.peek().map_or(yaml.len(), |&(i, _)| i),
        }
    }
    offset
}

/// A YAML document that could not be read, at the 1-based line and column (in characters, lines
/// broken at `\n`) of the line to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct YamlError {
    /// What is wrong, without position.
    pub message: String,
    /// 1-based line in the text given.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Byte offset in the text given.
    pub offset: usize,
}

/// Read a whole YAML file (a DocFX `toc.yml`, an `index.yml` landing page) into locdoc's own
/// [`Value`], so docs-set files go through the one module that names the YAML crate and get the
/// same error positions as front matter. A leading `### YamlMime:…` line is a comment to YAML.
pub fn parse_yaml(text: &str) -> Result<Value, YamlError> {
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(value) => Ok(convert(value)),
        Err(err) => {
            let (offset, message) = yaml_error(text, &err);
            let (line, column) = LineIndex::new(text).locate(text, offset);
            Err(YamlError {
                message,
                line,
                column,
                offset,
            })
        }
    }
}

/// Where in `yaml` an error is to be fixed (byte offset) and what it is.
fn yaml_error(yaml: &str, err: &serde_yaml::Error) -> (usize, String) {
    let full = err.to_string();
    let problem = first_sentence(&full);
    let ((line, column), message) = match unclosed_construct(&full) {
        Some((construct, opened_at)) => (
            opened_at,
            format!("the {construct} that opens here is never closed ({problem})"),
        ),
        None => (
            err.location()
                .map_or((1, 1), |loc| (loc.line(), loc.column())),
            problem,
        ),
    };
    (yaml_offset(yaml, line, column), message)
}

impl Value {
    /// The value under `key` of a mapping (keys compared exactly, as DocFX does).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string of a scalar (numbers and booleans as written), trimmed; `None` when empty.
    pub fn text(&self) -> Option<String> {
        self.as_scalar_string()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    }

    /// The items of a sequence; nothing for any other value.
    pub fn items(&self) -> &[Value] {
        match self {
            Value::List(items) => items,
            _ => &[],
        }
    }
}

/// Parse the YAML of `yaml_range` into a [`FrontMatter`]. Never fails: bad YAML gives an empty
/// front matter and an error diagnostic at the line and column the YAML parser names.
pub fn parse(
    text: &str,
    yaml_range: Range<usize>,
    path: &str,
    index: &LineIndex,
    out: &mut Vec<Diagnostic>,
) -> FrontMatter {
    let yaml = &text[yaml_range.clone()];
    if memchr::memmem::find(yaml.as_bytes(), b"data-ttu-id").is_some() {
        let at = yaml_range.start + yaml.find("<span").unwrap_or(0);
        out.push(Diagnostic::at(
            Code::SpansInFrontMatter,
            path,
            index,
            text,
            at..at + 5,
            "the front matter is wrapped in sxs spans (translated in place), so its keys cannot be read",
        ));
    }
    let value: serde_yaml::Value = match serde_yaml::from_str(yaml) {
        Ok(v) => v,
        Err(err) => {
            let (offset, message) = yaml_error(yaml, &err);
            let at = yaml_range.start + offset;
            out.push(Diagnostic::at(
                Code::BadYaml,
                path,
                index,
                text,
                at..at,
                format!("invalid YAML in front matter: {message}"),
            ));
            return FrontMatter::default();
        }
    };
    let mapping = match value {
        serde_yaml::Value::Mapping(m) => m,
        serde_yaml::Value::Null => return FrontMatter::default(),
        _ => {
            out.push(Diagnostic::at(
                Code::FrontMatterNotMapping,
                path,
                index,
                text,
                yaml_range.start..yaml_range.start,
                "front matter must be a mapping of keys to values",
            ));
            return FrontMatter::default();
        }
    };
    let mut fm = FrontMatter::default();
    for (key, value) in mapping {
        let key = scalar_key(&key);
        let value = convert(value);
        fill(&mut fm, key, value, &mut |code, field, message| {
            out.push(Diagnostic::at(
                code,
                path,
                index,
                text,
                date_span(text, &yaml_range, field),
                message,
            ));
        });
    }
    fm
}

/// Where libyaml gives up can be far from the mistake when a construct is left open: an
/// unclosed quote is reported at the end of the front matter. Its message then also names where
/// the construct opened ("…, while scanning a quoted scalar at line 2 column 10"), in a format
/// fixed since serde_yaml was archived, and that opening is the line to fix. Other contexts
/// ("while parsing a block mapping") point at the mistake already and are left alone.
fn unclosed_construct(message: &str) -> Option<(&'static str, (usize, usize))> {
    const OPEN_CONSTRUCTS: [(&str, &str); 3] = [
        ("while scanning a quoted scalar at ", "quoted string"),
        ("while parsing a flow sequence at ", "[ list"),
        ("while parsing a flow mapping at ", "{ mapping"),
    ];
    OPEN_CONSTRUCTS.iter().find_map(|(context, construct)| {
        let mark = &message[message.find(context)? + context.len()..];
        let (line, column) = mark.strip_prefix("line ")?.split_once(" column ")?;
        let column = column.split(|c: char| !c.is_ascii_digit()).next()?;
        Some((*construct, (line.parse().ok()?, column.parse().ok()?)))
    })
}

fn first_sentence(message: &str) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_owned()
}

fn date_span(text: &str, yaml: &Range<usize>, field: &str) -> Range<usize> {
    // The key may be spelt with YAML escapes (`"ms.\x64ate"`), so it need not be in the text:
    // then an empty span at the start of the YAML (a fixed length could end inside a character).
    // The key at the start of a line (`author` must not be found inside `ms.author`).
    let lower = text[yaml.clone()].to_ascii_lowercase();
    let at_line_start = |i: &usize| *i == 0 || matches!(lower.as_bytes()[i - 1], b'\n' | b'\r');
    let found = lower
        .match_indices(field)
        .map(|(i, _)| i)
        .find(at_line_start)
        .or_else(|| lower.find(field));
    match found {
        Some(i) => yaml.start + i..yaml.start + i + field.len(),
        None => yaml.start..yaml.start,
    }
}

/// The typed fields that hold one piece of text (or a date).
const TEXT_FIELDS: [&str; 13] = [
    "title",
    "description",
    "author",
    "ms.author",
    "ms.topic",
    "ms.contentlocale",
    "ms.openlocfilehash",
    "ms.sourcegitcommit",
    "ms.locfileid",
    "robots",
    "ms.translationtype",
    "ms.date",
    "ms.lasthandoff",
];

/// Put one key's value into its typed field (or `extra`); `problem` hears of a value that does
/// not fit its field: `(code, field, message)`.
fn fill(
    fm: &mut FrontMatter,
    key: String,
    value: Value,
    problem: &mut dyn FnMut(Code, &str, String),
) {
    let scalar = || value.as_scalar_string();
    let lower = key.to_ascii_lowercase();
    if let Some(field) = TEXT_FIELDS.iter().find(|f| **f == lower)
        && matches!(value, Value::List(_) | Value::Map(_))
    {
        let shape = if matches!(value, Value::List(_)) {
            "a list"
        } else {
            "a mapping"
        };
        problem(
            Code::FrontMatterWrongType,
            field,
            format!("`{field}` holds {shape}, where one value is expected; it is ignored"),
        );
        return;
    }
    match lower.as_str() {
        "title" => fm.title = scalar(),
        "description" => fm.description = scalar(),
        "author" => fm.author = scalar(),
        "ms.author" => fm.ms_author = scalar(),
        "ms.topic" => fm.ms_topic = scalar(),
        "ms.contentlocale" => fm.ms_contentlocale = scalar(),
        "ms.openlocfilehash" => fm.ms_openlocfilehash = scalar(),
        "ms.sourcegitcommit" => fm.ms_sourcegitcommit = scalar(),
        "ms.locfileid" => fm.ms_locfileid = scalar(),
        "robots" => fm.robots = scalar(),
        "ms.translationtype" => {
            fm.ms_translationtype =
                scalar().map(|s| match s.trim().to_ascii_uppercase().as_str() {
                    "HT" => TranslationType::Human,
                    "MT" => TranslationType::Machine,
                    _ => TranslationType::Other(s),
                });
        }
        "ms.assetid" => {
            fm.ms_assetid = match &value {
                Value::List(items) => items.iter().filter_map(Value::as_scalar_string).collect(),
                other => other.as_scalar_string().into_iter().collect(),
            };
        }
        field @ ("ms.date" | "ms.lasthandoff") => {
            let raw = scalar().unwrap_or_default();
            let date = if raw.trim().is_empty() {
                None
            } else {
                let parsed = parse_date(&raw);
                if parsed.is_none() {
                    problem(
                        Code::BadDate,
                        field,
                        format!("`{field}: {raw}` is not a date in the form MM/DD/YYYY"),
                    );
                }
                parsed
            };
            if field == "ms.date" {
                fm.ms_date = date;
            } else {
                fm.ms_lasthandoff = date;
            }
        }
        _ => fm.extra.push((key, value)),
    }
}

/// `MM/DD/YYYY`, with or without zero padding (`04/8/2021` is real); ISO `YYYY-MM-DD` too.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    let parts: Vec<&str> = raw.split('/').collect();
    if let [m, d, y] = parts.as_slice() {
        let (m, d, y) = (m.parse().ok()?, d.parse().ok()?, y.parse().ok()?);
        if (1000..10000).contains(&y) {
            return NaiveDate::from_ymd_opt(y, m, d);
        }
        return None;
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()
}

fn scalar_key(key: &serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s.clone(),
        other => convert(other.clone())
            .as_scalar_string()
            .unwrap_or_else(|| "?".to_owned()),
    }
}

fn convert(value: serde_yaml::Value) -> Value {
    match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => Value::List(items.into_iter().map(convert).collect()),
        serde_yaml::Value::Mapping(m) => Value::Map(
            m.into_iter()
                .map(|(k, v)| (scalar_key(&k), convert(v)))
                .collect(),
        ),
        serde_yaml::Value::Tagged(tagged) => convert(tagged.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_field_holding_a_list_or_mapping_is_reported_not_ignored() {
        let text = "---\ntitle: T\nms.date: [1, 2]\nms.author: a\nauthor:\n  name: x\nms.assetid: [\"1\", \"2\"]\n---\nbody";
        let index = LineIndex::new(text);
        let mut out = Vec::new();
        let found = split(text, "x.md", &index, &mut out);
        let fm = parse(
            text,
            found.yaml.expect("front matter"),
            "x.md",
            &index,
            &mut out,
        );
        assert_eq!(fm.ms_date, None);
        assert_eq!(fm.author, None);
        assert_eq!(fm.ms_assetid, ["1", "2"], "a list is right there");
        let found: Vec<(Code, u32)> = out.iter().map(|d| (d.code, d.line)).collect();
        assert_eq!(
            found,
            [
                (Code::FrontMatterWrongType, 3),
                (Code::FrontMatterWrongType, 5)
            ]
        );
    }

    #[test]
    fn front_matter_with_carriage_returns_alone_is_front_matter() {
        let text = "---\rtitle: T\rms.author: pebaum\r---\r# Heading\r";
        let index = LineIndex::new(text);
        let mut out = Vec::new();
        let found = split(text, "x.md", &index, &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(
            found.yaml.map(|r| &text[r]),
            Some("title: T\rms.author: pebaum\r")
        );
        assert_eq!(&text[found.body_start..], "# Heading\r");
        let mixed = "---\r\ntitle: T\n---\r# H\n";
        let found = split(mixed, "x.md", &LineIndex::new(mixed), &mut out);
        assert_eq!(&mixed[found.body_start..], "# H\n");
    }

    #[test]
    fn yaml_positions_count_lines_as_the_parser_does() {
        let yaml = "a: 1\rb: 2\r\nc: ë\u{2028}d: [\n";
        assert_eq!(yaml_offset(yaml, 1, 1), 0);
        assert_eq!(yaml_offset(yaml, 2, 1), 5);
        assert_eq!(yaml_offset(yaml, 3, 4), 14, "the ë");
        assert_eq!(&yaml[yaml_offset(yaml, 4, 1)..], "d: [\n");
        assert_eq!(yaml_offset(yaml, 4, 99), yaml.len() - 1);
        assert_eq!(yaml_offset(yaml, 40, 1), yaml.len());
    }

    fn run(text: &str) -> (Split, FrontMatter, Vec<Diagnostic>) {
        let index = LineIndex::new(text);
        let mut out = Vec::new();
        let split = split(text, "x.md", &index, &mut out);
        let fm = split
            .yaml
            .clone()
            .map(|r| parse(text, r, "x.md", &index, &mut out))
            .unwrap_or_default();
        (split, fm, out)
    }

    #[test]
    fn seed_front_matter() {
        let text = include_str!("../../content/ro-RO/close-your-account.md");
        let (split, fm, diags) = run(text);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(fm.title.as_deref(), Some("Cum să vă închideți contul"));
        assert_eq!(fm.ms_translationtype, Some(TranslationType::Human));
        assert_eq!(fm.ms_lasthandoff, NaiveDate::from_ymd_opt(2020, 3, 25));
        assert_eq!(fm.ms_assetid, ["9002317", "4502"]);
        assert_eq!(fm.ms_locfileid.as_deref(), Some("42954047"));
        assert_eq!(fm.robots.as_deref(), Some("NOINDEX, NOFOLLOW"));
        let extra: Vec<_> = fm.extra.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(extra, ["ms.audience", "localization_priority", "ms.custom"]);
        assert!(text[split.body_start..].starts_with("# <a name"));
    }

    #[test]
    fn bom_crlf_and_key_case() {
        let text = "\u{feff}---\r\nTitle: T\r\nMS.ContentLocale: it-IT\r\nms.date: 04/8/2021\r\n---\r\nbody";
        let (split, fm, diags) = run(text);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(fm.title.as_deref(), Some("T"));
        assert_eq!(fm.ms_contentlocale.as_deref(), Some("it-IT"));
        assert_eq!(fm.ms_date, NaiveDate::from_ymd_opt(2021, 4, 8));
        assert_eq!(&text[split.body_start..], "body");
    }

    #[test]
    fn no_front_matter_is_fine() {
        let (split, fm, diags) = run("# Title\n");
        assert_eq!((split.yaml, split.body_start), (None, 0));
        assert_eq!(fm, FrontMatter::default());
        assert!(diags.is_empty());
    }

    #[test]
    fn bad_yaml_names_line_and_column() {
        let text = "---\ntitle: ok\nms.topic: [unclosed\n---\nbody\n";
        let (_, _, diags) = run(text);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::BadYaml);
        assert!(diags[0].line >= 3, "{:?}", diags[0]);
    }

    #[test]
    fn an_unclosed_construct_is_reported_where_it_opens_not_where_the_parser_gave_up() {
        for (text, line, column, construct) in [
            (
                "---\ntitle: \"Close it\nms.topic: x\nms.date: 1\n---\n",
                2,
                8,
                "quoted string",
            ),
            (
                "---\ntitle: 'Close it\nms.date: 1\n---\n",
                2,
                8,
                "quoted string",
            ),
            (
                "---\ntitle: ok\nms.topic: [a, b\nms.date: 1\n---\n",
                3,
                11,
                "[ list",
            ),
            (
                "---\ntitle: ok\nms.topic: {a: 1\nms.date: 1\n---\n",
                3,
                11,
                "{ mapping",
            ),
        ] {
            let (_, _, diags) = run(text);
            assert_eq!(diags.len(), 1, "{text:?}: {diags:?}");
            assert_eq!((diags[0].line, diags[0].column), (line, column), "{text:?}");
            assert!(diags[0].message.contains(construct), "{}", diags[0].message);
            assert!(
                diags[0].message.contains("never closed"),
                "{}",
                diags[0].message
            );
        }
    }

    #[test]
    fn a_mistake_inside_a_mapping_is_reported_on_its_own_line() {
        for (text, line, column) in [
            ("---\ntitle: ok\n  bad: indent\n---\n", 3, 6),
            ("---\ntitle: a: b\n---\n", 2, 9),
            ("---\ntitle: ok\n\tms.date: 1\n---\n", 3, 1),
            ("---\ntitle: ok\nfoo: @bar\n---\n", 3, 6),
        ] {
            let (_, _, diags) = run(text);
            assert_eq!(diags.len(), 1, "{text:?}: {diags:?}");
            assert_eq!((diags[0].line, diags[0].column), (line, column), "{text:?}");
        }
    }

    #[test]
    fn a_yaml_file_reads_into_values_and_its_errors_have_positions() {
        let value =
            parse_yaml("### YamlMime:Landing\ntitle: Docs\nitems:\n- name: A\n  href: a.md\n")
                .expect("valid");
        assert_eq!(
            value.get("title").and_then(Value::text).as_deref(),
            Some("Docs")
        );
        let items = value.get("items").map(Value::items).unwrap_or_default();
        assert_eq!(
            items[0].get("href").and_then(Value::text).as_deref(),
            Some("a.md")
        );
        let err = parse_yaml("items:\n- name: \"A\n  href: a.md\n").expect_err("unclosed");
        assert_eq!((err.line, err.column), (2, 9), "{err:?}");
    }

    #[test]
    fn duplicate_keys_are_an_error() {
        let (_, _, diags) = run("---\ntitle: a\ntitle: b\n---\n");
        assert_eq!(diags[0].code, Code::BadYaml);
        assert!(
            diags[0].message.contains("duplicate"),
            "{}",
            diags[0].message
        );
    }

    #[test]
    fn unclosed_front_matter() {
        let (split, _, diags) = run("---\ntitle: a\nbody\n");
        assert_eq!(split.body_start, 0);
        assert_eq!(diags[0].code, Code::UnclosedFrontMatter);
    }

    #[test]
    fn bad_and_empty_dates() {
        let (_, fm, diags) = run("---\nms.date: ''\nms.lasthandoff: 13/45/2020\n---\n");
        assert_eq!(fm.ms_date, None);
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].code, diags[0].line), (Code::BadDate, 3));
    }
}
