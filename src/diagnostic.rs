//! Diagnostics: the one currency for problems found in content.
//!
//! Real localization repositories contain every malformed shape (FORMAT.md part 2 §7), so a bad
//! span or a bad front matter never stops the pipeline: each stage records a [`Diagnostic`] with a
//! stable code and a position, and goes on. Only the command at the edge decides what they mean
//! for the exit code. Positions are 1-based lines and 1-based columns counted in Unicode scalar
//! values, as rustc reports them, so `file:line:column` opens the right place in any editor.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// How bad a finding is; ordered so that `max()` gives the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never affects the exit code.
    Note,
    /// Something a translator or writer should look at.
    Warning,
    /// The content is broken: the page will render wrongly or the file could not be used.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

macro_rules! codes {
    ($($variant:ident = $code:literal, $severity:ident, $summary:literal;)*) => {
        /// Stable diagnostic codes. Codes never change meaning once released, so suppression
        /// files and CI filters keep working across versions.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $(#[doc = $summary] $variant,)*
        }

        impl Code {
            /// Every code, in code order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as written in reports, e.g. `LD0101`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The severity a finding of this code has unless configured otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line saying what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }
        }
    };
}

codes! {
    Unreadable = "LD0001", Error, "the file could not be read";
    NotUtf8 = "LD0002", Error, "the file is not valid UTF-8";
    BadLocaleFolder = "LD0003", Error, "a top-level content folder is not a BCP-47 locale tag";
    LinkOutsideRoot = "LD0004", Warning, "a symbolic link points outside the content root; it was not followed";
    BinaryFile = "LD0005", Error, "the file is binary (it contains NUL bytes), not Markdown";
    UnbalancedSpan = "LD0101", Error, "unbalanced <span> inside a target or source";
    TargetWithoutSource = "LD0102", Error, "a target span has no sxs-lookup source after it";
    SourceWithoutTarget = "LD0103", Error, "an sxs-lookup source has no target span before it";
    IdMismatch = "LD0104", Error, "the target (ttu) and source (stu) ids differ";
    DuplicateId = "LD0105", Error, "the same segment id occurs twice in one file";
    BadId = "LD0106", Error, "a segment id is not PREFIX-N or PREFIX-pN";
    EscapedAttributes = "LD0107", Error, "span attributes are HTML-escaped (&quot;), browsers cannot read them";
    SelfClosingSpan = "LD0108", Warning, "self-closing <span/>: HTML treats it as an opening tag";
    StrayCloseSpan = "LD0109", Error, "a stray </span> ends a target or source early; text leaks out of the segment";
    UnclosedSpan = "LD0110", Error, "a segment span is never closed";
    SpansInFrontMatter = "LD0111", Error, "the front matter was translated in place and wrapped in spans";
    SeveralPrefixes = "LD0112", Warning, "segment ids in one file use more than one prefix";
    SegmentInCode = "LD0113", Warning, "CommonMark reads this segment as code: it renders as literal text";
    BadYaml = "LD0201", Error, "the front matter is not valid YAML";
    UnclosedFrontMatter = "LD0202", Error, "the front matter's closing --- is missing";
    BadDate = "LD0203", Warning, "a front-matter date is not MM/DD/YYYY";
    FrontMatterNotMapping = "LD0204", Error, "the front matter is not a YAML mapping";
    ContentLocaleMismatch = "LD0205", Error, "ms.contentlocale does not match the locale folder";
    MissingTitle = "LD0206", Warning, "the front matter has no title";
    FrontMatterWrongType = "LD0207", Warning, "a front-matter field that holds text has a list or mapping instead; it is ignored";
    MissingUnit = "LD0301", Warning, "a unit of the reference is missing in this locale";
    ExtraUnit = "LD0302", Warning, "this locale has a unit the reference does not have";
    EnglishDrift = "LD0303", Warning, "the embedded English differs from the reference locale's (translated from another version)";
    StaleTranslation = "LD0304", Warning, "the embedded English is not in the current English article (stale translation)";
    SourceHashDiffers = "LD0305", Note, "ms.openlocfilehash differs between locales of one article";
    EnglishMarkupDrift = "LD0306", Note, "the embedded English differs from the reference's only in markup, white space or URLs";
    Resegmented = "LD0307", Note, "the same English is segmented differently than in the reference (merged pN unit)";
    UncertainAlignment = "LD0308", Warning, "a plain translation's sentences were paired with their English with low confidence: confirm the pair";
    MissingInclude = "LD0401", Error, "an [!INCLUDE] cannot be resolved (missing, outside the content root, or a loop)";
    PageFailed = "LD0402", Error, "a page could not be rendered";
    ProjectFileFailed = "LD0403", Error, "a project file (locdoc.toml, the suppressions, a template, a .ftl file) could not be loaded";
    EmptyTarget = "LD0501", Error, "the target is empty";
    Untranslated = "LD0502", Warning, "the target is identical to the English source";
    NumbersDiffer = "LD0503", Warning, "numbers differ between target and source";
    LinksDiffer = "LD0504", Warning, "link targets or image paths differ between target and source";
    MarkupDiffers = "LD0505", Warning, "inline markup differs between target and source (bold, code, links, HTML tags)";
    PlaceholdersDiffer = "LD0506", Error, "placeholders differ between target and source ({0}, %s, <var>)";
    EdgeWhitespace = "LD0507", Note, "leading or trailing white space differs between target and source";
    FinalPunctuation = "LD0508", Note, "final punctuation differs between target and source";
    DoubleSpace = "LD0509", Note, "the target has doubled spaces the source does not have";
    LengthRatio = "LD0510", Note, "the target's length is far outside this locale's usual ratio to the English";
    InconsistentTranslation = "LD0511", Warning, "the same English is translated differently within this locale";
    InconsistentSource = "LD0512", Note, "different English is translated the same within this locale";
    LongWord = "LD0513", Warning, "a word longer than any real one (a missing space?): browsers lay it out slowly and cannot wrap it";
    RequiredTermMissing = "LD0514", Warning, "the English has a termbase term, and the target has none of the translations the termbase allows";
    ForbiddenTerm = "LD0515", Warning, "the target uses a term the termbase marks deprecated or superseded for its locale";
    Misspelled = "LD0516", Note, "a word of the target is not in the locale's spelling dictionary";
    NoDictionary = "LD0517", Note, "no spelling dictionary was found for a locale: its spelling is not checked";

    BrokenLinkSyntax = "LD0520", Warning, "a space or full-width bracket between a link's `]` and `(`: the link shows as text";
    UnbalancedEmphasis = "LD0521", Warning, "an emphasis marker or backtick is unpaired in the target but paired in the source";
    BrokenAutolink = "LD0522", Warning, "an autolink `<https://…>` of the source is mangled in the target";
    UndefinedReference = "LD0523", Warning, "a reference link's label is one the source does not use, so it is undefined";
    UntranslatedLinkText = "LD0524", Note, "a link's text or title is left in English while the rest is translated";
    UnpairedBracket = "LD0525", Warning, "a bracket or quote is unpaired in the target but paired in the source";
    MissingToken = "LD0526", Warning, "a CamelCase, ALL-CAPS or letter-digit token of the source is missing in the target";
    ZeroWidth = "LD0527", Warning, "the target has zero-width characters the source does not have";
    BidiControl = "LD0528", Warning, "the target has bidirectional control characters that reorder or break its text";
    PunctuationSpacing = "LD0529", Note, "the space before punctuation does not follow the locale's typography";
    SpanishMarks = "LD0530", Note, "a Spanish question or exclamation lacks its opening ¿ or ¡ (or its close)";
    FtlMissingMessages = "LD0601", Warning, "a UI strings file lacks messages that en-US has";
    FtlExtraMessages = "LD0602", Warning, "a UI strings file has messages that en-US lacks";
    BadDocsetFile = "LD0701", Error, "a docs-set file (docfx.json, toc.yml, an index.yml page, the redirection file) cannot be read";
    TocTargetMissing = "LD0702", Warning, "a toc entry points at an article that exists in no locale";
    BrokenLink = "LD0704", Warning, "a relative link points at no article, page or file of the site";
    MissingImage = "LD0705", Warning, "an image points at no file of the site";
    BadRedirect = "LD0703", Warning, "a redirect cannot be followed (a loop, a target that is not a page, a source outside the docs folder or still an article)";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One finding about one place in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable code, e.g. `LD0101`.
    pub code: Code,
    /// Severity (the code's default unless a stage knows better).
    pub severity: Severity,
    /// What is wrong, in words a translator understands.
    pub message: String,
    /// Path relative to the content root, `/`-separated.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in Unicode scalar values.
    pub column: u32,
    /// Byte range in the file the finding is about, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    /// A diagnostic at a byte offset of `text`, located through `index`.
    pub fn at(
        code: Code,
        path: &str,
        index: &LineIndex,
        text: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = index.locate(text, span.start);
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            path: path.to_owned(),
            line,
            column,
            span: Some(span),
        }
    }

    /// A diagnostic about a whole file (position 1:1).
    pub fn file(code: Code, path: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            path: path.to_owned(),
            line: 1,
            column: 1,
            span: None,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.path, self.line, self.column, self.severity, self.code, self.message
        )
    }
}

/// Byte offsets of line starts, to turn offsets into line:column without rescanning the file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Checkpoints inside long lines, in byte order: (byte offset on a char boundary, chars from
    /// its line's start). One about every [`CHECKPOINT`] bytes, so a column is counted from the
    /// nearest checkpoint, not from the line start: a 10 MB one-line file with 76,000 segments was
    /// quadratic (a minute counting chars) without them.
    marks: Vec<(usize, usize)>,
}

/// Bytes between two column checkpoints of a long line.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    /// Index the line starts of `text`: `\n`, `\r\n` and a lone `\r` each end a line, as they
    /// do for CommonMark (a file with old Mac line ends is not one long line).
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
                .map(|i| i + 1),
        );
        let mut marks = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(text.len(), |&next| next);
            let (mut prev, mut chars) = (start, 0);
            let mut at = start + CHECKPOINT;
            while at < end {
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                chars += text[prev..at].chars().count();
                marks.push((at, chars));
                prev = at;
                at += CHECKPOINT;
            }
        }
        LineIndex { starts, marks }
    }

    /// 1-based line and column (in chars) of byte `offset` in `text`, the text this index was built from.
    pub fn locate(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let (from, before) = match self.marks.partition_point(|&(at, _)| at <= offset) {
            0 => (start, 0),
            i if self.marks[i - 1].0 > start => self.marks[i - 1],
            _ => (start, 0),
        };
        let column = text
            .get(from..offset)
            .map_or(offset - start, |prefix| before + prefix.chars().count());
        (to_u32(line + 1), to_u32(column + 1))
    }

    /// 1-based line of byte `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        to_u32(self.starts.partition_point(|&s| s <= offset))
    }

    /// Byte range of 1-based `line` in a text of length `len`, without its line end.
    pub fn line_range(&self, text: &str, line: u32) -> Option<Range<usize>> {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let mut end = self.starts.get(i + 1).map_or(text.len(), |&n| n - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Some(start..end.max(start))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SARIF's `helpUri` sends readers to the README's rule table: it lists every code with its
    /// default level and summary, and nothing else.
    #[test]
    fn the_readme_lists_every_rule() {
        let readme = include_str!("../README.md");
        let table: Vec<&str> = readme
            .lines()
            .skip_while(|l| *l != "## Rules")
            .filter(|l| l.starts_with("| `LD"))
            .collect();
        let mut expected: Vec<String> = Code::ALL
            .iter()
            .map(|c| {
                format!(
                    "| `{}` | {} | {} |",
                    c.as_str(),
                    c.default_severity(),
                    c.summary().replace('|', "\\|")
                )
            })
            .collect();
        expected.sort();
        assert_eq!(table, expected);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let text = "a\rb\r\nc\nd";
        let index = LineIndex::new(text);
        let lines: Vec<u32> = ["a", "b", "c", "d"]
            .iter()
            .map(|x| index.locate(text, text.find(x).expect("there")).0)
            .collect();
        assert_eq!(lines, [1, 2, 3, 4]);
        assert_eq!(index.line_range(text, 1).map(|r| &text[r]), Some("a"));
        assert_eq!(index.line_range(text, 2).map(|r| &text[r]), Some("b"));
    }

    #[test]
    fn locates_in_chars_not_bytes() {
        let text = "ab\nșă<x\r\nz";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 0), (1, 1));
        let lt = text.find('<').expect("has <");
        assert_eq!(index.locate(text, lt), (2, 3));
        assert_eq!(index.locate(text, text.len() - 1), (3, 1));
        assert_eq!(index.line_range(text, 2), Some(3..lt + 2));
    }

    #[test]
    fn columns_in_long_lines_use_checkpoints() {
        // Multi-byte chars straddle the checkpoints; every column must equal a plain count.
        let line: String = "aș€😀".repeat(3000);
        let text = format!("x\n{line}\n{line}");
        let index = LineIndex::new(&text);
        assert!(index.marks.len() > 10);
        for offset in (0..text.len()).filter(|&o| o % 997 == 0 && text.is_char_boundary(o)) {
            let start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
            let expected = text[start..offset].chars().count() + 1;
            assert_eq!(
                index.locate(&text, offset).1 as usize,
                expected,
                "offset {offset}"
            );
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut seen: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), Code::ALL.len());
    }
}
