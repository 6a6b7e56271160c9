//! Segment QA: each target against its source, and the targets of a locale against each other.
//!
//! The rules read the markup as well as the visible text, because what a translator may change
//! differs: words, yes; numbers, link targets, placeholders and inline code, no — except that a
//! URL's locale code (`/en-us/` → `/it-it/`) is expected to change.

use super::Finding;
use crate::align::normalize_key;
use crate::config::CheckConfig;
use crate::diagnostic::Code;
use crate::parse::{Document, Segment};
use memchr::memmem::Finder;
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

// Substring searchers built once: `memmem::find` and `str::contains` build one per call, and
// these run on every target and source of a tree.
static DOUBLE_SPACE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("  "));
static LINK_DESTINATION: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("]("));
static HREF: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("href=\""));
/// Placeholders between two markers: (opening, its searcher, closing, its searcher).
static ENCLOSED: LazyLock<[(&str, Finder<'static>, &str, Finder<'static>); 2]> =
    LazyLock::new(|| {
        let pair = |open: &'static str, close: &'static str| {
            (open, Finder::new(open), close, Finder::new(close))
        };
        [pair("<var>", "</var>"), pair("&lt;", "&gt;")]
    });

/// Names that need no translation, on top of the project's `[check] allow` list.
pub(super) const PRODUCT_NAMES: &[&str] = &[
    "Microsoft 365",
    "Office 365",
    "Microsoft Teams",
    "Teams",
    "Skype for Business",
    "Skype",
    "SharePoint",
    "OneDrive",
    "Outlook",
    "Exchange",
    "Exchange Online",
    "Azure",
    "Azure Active Directory",
    "Azure AD",
    "Windows",
    "PowerShell",
    "Intune",
    "Yammer",
    "Planner",
    "Excel",
    "Word",
    "PowerPoint",
    "OneNote",
    "Microsoft Edge",
    "Edge",
    "Power BI",
    "Dynamics 365",
    "Microsoft Defender",
    "Defender",
    "Bookings",
    "Stream",
    "Forms",
    "Visio",
    "Project",
    "Access",
    "Publisher",
    "Lync",
    "Office",
    "Microsoft",
    "Admin",
];

/// Front matter: `ms.contentlocale` must match the folder; articles need a title.
pub fn front_matter(doc: &Document, out: &mut Vec<Finding>) {
    let locale = doc.locale().as_str();
    let header = &doc.text[..doc.body_start];
    let line_of = |key: &str| {
        header
            .lines()
            .position(|l| l.to_ascii_lowercase().starts_with(key))
            .map_or(1, |i| u32::try_from(i + 1).unwrap_or(1))
    };
    if let Some(claimed) = doc
        .front_matter
        .ms_contentlocale
        .as_deref()
        .filter(|claimed| !claimed.eq_ignore_ascii_case(locale))
    {
        out.push(Finding::new(
            Code::ContentLocaleMismatch,
            format!("ms.contentlocale says `{claimed}` but the file is in the `{locale}` folder"),
            &doc.file.rel_path,
            (line_of("ms.contentlocale"), 1),
            locale,
            &doc.file.article,
            None,
            Some(claimed),
        ));
    }
    if let Some(title) = doc.front_matter.title.as_deref()
        && let Some(length) = longest_word(title).filter(|&n| n > MAX_WORD)
    {
        out.push(Finding::new(
            Code::LongWord,
            format!("the title has a word of {length} characters (more than {MAX_WORD}): is a space missing?"),
            &doc.file.rel_path,
            (line_of("title"), 1),
            locale,
            &doc.file.article,
            None,
            Some(title),
        ));
    }
    let has_front_matter = doc.body_start > 0;
    let broken = doc
        .diagnostics
        .iter()
        .any(|d| matches!(d.code, Code::BadYaml | Code::SpansInFrontMatter));
    if has_front_matter
        && !broken
        && doc
            .front_matter
            .title
            .as_deref()
            .is_none_or(|t| t.trim().is_empty())
    {
        out.push(Finding::new(
            Code::MissingTitle,
            "the front matter has no title",
            &doc.file.rel_path,
            (1, 1),
            locale,
            &doc.file.article,
            None,
            None,
        ));
    }
}

/// Unit numbers by (document address, segment index): the documents outlive the check, so their
/// addresses identify them without cloning paths.
pub(super) type UnitIndex = HashMap<(usize, usize), usize>;

/// Per-pair rules over every segment with both a target and a source.
pub fn pairs(docs: &[&Document], units: &UnitIndex, config: &CheckConfig, out: &mut Vec<Finding>) {
    let allow = Allowed::new(
        PRODUCT_NAMES
            .iter()
            .copied()
            .chain(config.allow.iter().map(String::as_str)),
    );
    for doc in docs {
        let labels = super::syntax::defined_labels(&doc.text);
        for (i, segment) in doc.segments.iter().enumerate() {
            let (Some(target), Some(source)) = (doc.target(segment), doc.source(segment)) else {
                continue;
            };
            let unit = units.get(&(std::ptr::from_ref(*doc).addr(), i)).copied();
            let mut push = |code: Code, message: String, note: Option<String>| {
                let mut finding = pair_finding(doc, segment, unit, code, message);
                if let Some(note) = note {
                    finding = finding.note(note);
                }
                finding.fix = super::fix::for_finding(code, doc, segment, doc.locale().as_str());
                out.push(finding);
            };
            pair(
                segment,
                target,
                source,
                doc.locale().as_str(),
                &allow,
                &labels,
                &mut push,
            );
        }
    }
}

/// A finding about one segment's pair, at the segment, with its English, target, id and unit.
pub(super) fn pair_finding(
    doc: &Document,
    segment: &Segment,
    unit: Option<usize>,
    code: Code,
    message: String,
) -> Finding {
    let finding = Finding::new(
        code,
        message,
        &doc.file.rel_path,
        (segment.line, segment.column),
        doc.locale().as_str(),
        &doc.file.article,
        Some(&segment.source_text),
        Some(&segment.target_text),
    )
    .segment(segment.id.clone());
    match unit {
        Some(unit) => finding.unit(unit),
        None => finding,
    }
}

/// The rules for one target/source pair.
fn pair(
    segment: &Segment,
    target: &str,
    source: &str,
    locale: &str,
    allow: &Allowed<'_>,
    labels: &[String],
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    let (tt, st) = (segment.target_text.as_str(), segment.source_text.as_str());
    if tt.trim().is_empty() {
        if !st.trim().is_empty() {
            push(Code::EmptyTarget, "the target is empty".to_owned(), None);
        }
        return;
    }
    if tt == st && needs_translation(st, allow) {
        push(
            Code::Untranslated,
            "the target is identical to the English source".to_owned(),
            None,
        );
    }
    let (tn, sn) = (
        numbers(&without_placeholders(tt)),
        numbers(&without_placeholders(st)),
    );
    let lost = missing_from(&sn, &tn);
    if !lost.is_empty() {
        // Only numbers of the source that the target lacks: a translation may write "two" as 2.
        push(
            Code::NumbersDiffer,
            format!(
                "the source's {} not in the target (target has {})",
                list(&lost),
                list(&tn)
            ),
            None,
        );
    }
    let (tl, sl) = (links(target), links(source));
    if tl != sl {
        // Shown as written (the comparison masks locale codes, `/it-it/` against `/en-us/`).
        let written = |markup: &str| -> Vec<String> {
            destinations(markup)
                .into_iter()
                .map(str::to_owned)
                .collect()
        };
        push(
            Code::LinksDiffer,
            format!(
                "link targets differ: target has {}, source has {}",
                list(&written(target)),
                list(&written(source))
            ),
            None,
        );
    }
    let (tm, sm) = (markup(target), markup(source));
    if tm != sm {
        let describe = |m: &BTreeMap<String, usize>| {
            m.iter()
                .map(|(k, v)| format!("{k}×{v}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        push(
            Code::MarkupDiffers,
            format!(
                "inline markup differs: target [{}], source [{}]",
                describe(&tm),
                describe(&sm)
            ),
            None,
        );
    }
    let (tp, sp) = (placeholders(target), placeholders(source));
    if tp != sp {
        push(
            Code::PlaceholdersDiffer,
            format!(
                "placeholders differ: target has {}, source has {}",
                list(&tp),
                list(&sp)
            ),
            None,
        );
    }
    let edges = |s: &str| {
        (
            s.starts_with(char::is_whitespace),
            s.ends_with(char::is_whitespace),
        )
    };
    if edges(target) != edges(source) {
        push(
            Code::EdgeWhitespace,
            "leading or trailing white space differs from the source".to_owned(),
            None,
        );
    }
    if !same_ending(
        final_punctuation(tt),
        final_punctuation(st),
        segment_language(locale),
    ) {
        push(
            Code::FinalPunctuation,
            {
                let ending = |p: Option<char>| {
                    p.map_or("has no final punctuation".to_owned(), |c| {
                        format!("ends with `{c}`")
                    })
                };
                format!(
                    "the target {}, the source {}",
                    ending(final_punctuation(tt)),
                    ending(final_punctuation(st))
                )
            },
            None,
        );
    }
    if let Some(length) = longest_word(tt).filter(|&n| n > MAX_WORD) {
        push(
            Code::LongWord,
            format!("a word of {length} characters (more than {MAX_WORD}): is a space missing?"),
            None,
        );
    }
    let doubled = |s: &str| DOUBLE_SPACE.find(s.trim().as_bytes()).is_some();
    if doubled(target) && !doubled(source) {
        push(
            Code::DoubleSpace,
            "the target has doubled spaces".to_owned(),
            None,
        );
    }
    super::syntax::pair(target, source, (tt, st), locale, allow, labels, push);
}

/// Whether the target's ending is the source's as the target's language writes it (the
/// script's own stops, `。` `؟` `।` `።` `။` `։`, are folded by [`final_punctuation`]). An English
/// `!` may end calmly in a `.` (the style guides of most languages tone exclamations down), and
/// an English `…` be written `...`.
/// Japanese, Chinese and Korean end a heading without a stop, a command with `。`, and turn a
/// colon before a list or a `What is X?` heading into a plain ending: only a question, an
/// exclamation or a semicolon the source does not have is reported there. Greek asks with `;`;
/// Thai, Lao, Khmer and Burmese end a sentence with a space, not a full stop.
fn same_ending(target: Option<char>, source: Option<char>, language: &str) -> bool {
    match (language, target, source) {
        (_, t, s) if t == s => true,
        // `...` for `…`, and an English `!` ended calmly.
        (_, Some('.'), Some('!' | '…')) => true,
        ("ja" | "zh" | "ko", t, _) if !matches!(t, Some('?' | '!' | ';')) => true,
        ("el", Some(';'), Some('?')) => true,
        ("th" | "lo" | "km" | "my", None, Some('.')) => true,
        _ => false,
    }
}

/// The longest a word of a spaced script may be before LD0513 doubts it: German compounds and
/// chemical names stay under it, a run of text with its spaces lost does not.
const MAX_WORD: usize = 60;

/// The length of the longest run of letters in `text`, counting only scripts that separate
/// words with spaces (a Japanese or Thai sentence has no spaces to lose). Paths, registry keys
/// and URLs are runs of short words between their separators.
fn longest_word(text: &str) -> Option<usize> {
    let unspaced = |c: char| {
        matches!(c,
            '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
            | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}'
            | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
    };
    text.split(|c: char| !c.is_alphabetic() || unspaced(c))
        .map(|word| word.chars().count())
        .filter(|&n| n > 0)
        .max()
}

/// Names that need no translation, longest first, each with its searcher: made once per
/// article, not once per segment and name.
pub(super) struct Allowed<'a>(Vec<Finder<'a>>);

impl<'a> Allowed<'a> {
    pub(super) fn new(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut names: Vec<&str> = names.into_iter().collect();
        names.sort_by_key(|name| std::cmp::Reverse(name.len()));
        Allowed(names.into_iter().map(Finder::new).collect())
    }

    /// Whether `word` is one of the names, exactly.
    pub(super) fn names(&self, word: &str) -> bool {
        self.0.iter().any(|name| name.needle() == word.as_bytes())
    }
}

/// Whether text identical in both languages is suspicious: it has words left once numbers,
/// URLs, code, allowed names and punctuation are set aside.
pub(super) fn needs_translation(text: &str, allow: &Allowed<'_>) -> bool {
    let mut rest = text.to_owned();
    for name in &allow.0 {
        if name.find(rest.as_bytes()).is_some() {
            rest = blank_out(&rest, name);
        }
    }
    let words = rest
        .split_whitespace()
        .filter(|token| {
            !(token.contains("://")
                || token.contains(['.', '_', '@', '\\', '/', '$', '='])
                || token.chars().any(|c| c.is_ascii_digit())
                || is_code_like(token.trim_matches(|c: char| !c.is_alphanumeric())))
        })
        .map(|token| token.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    words >= 2
}

/// `text` with every occurrence of `name` replaced by a space, as `str::replace` does.
fn blank_out(text: &str, name: &Finder<'_>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    // A match starts where the (UTF-8) name starts: always on a character boundary.
    for at in name.find_iter(text.as_bytes()) {
        out.push_str(&text[copied..at]);
        out.push(' ');
        copied = at + name.needle().len();
    }
    out.push_str(&text[copied..]);
    out
}

/// CamelCase, ALLCAPS or snake_case identifiers (cmdlets, parameters) need no translation.
pub(super) fn is_code_like(word: &str) -> bool {
    let inner_upper = word.chars().skip(1).any(char::is_uppercase);
    let all_upper = word.chars().all(|c| !c.is_lowercase());
    inner_upper || all_upper || word.contains('_')
}

/// Numbers as digit strings (full-width digits folded, group separators removed).
fn numbers(text: &str) -> Vec<String> {
    fn fold_digit(c: char) -> char {
        match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        }
    }
    // Most sentences have no digit at all; full-width digits all start with the byte 0xEF.
    if !text.bytes().any(|b| b.is_ascii_digit() || b == 0xEF) {
        return Vec::new();
    }
    let mut chars = text.chars().map(fold_digit as fn(char) -> char).peekable();
    let mut found = Vec::new();
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut digits = String::from(c);
        while let Some(&next) = chars.peek() {
            if next.is_ascii_digit() {
                digits.push(next);
            } else if matches!(next, ',' | '.' | '\u{a0}' | '\u{202f}' | '\'')
                && digits.len() <= 3
                && chars.clone().nth(1).is_some_and(|c| c.is_ascii_digit())
            {
                // A group or decimal separator between digits: locales write them differently.
            } else {
                break;
            }
            chars.next();
        }
        found.push(digits);
    }
    found.sort();
    found
}

/// The link and image destinations of `markup`, as written, in order.
fn destinations(markup: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for start in LINK_DESTINATION.find_iter(markup.as_bytes()) {
        let after = &markup[start + 2..];
        let end = after
            .find(|c: char| c == ')' || c.is_whitespace())
            .unwrap_or(after.len());
        found.push(&after[..end]);
    }
    for start in HREF.find_iter(markup.as_bytes()) {
        let after = &markup[start + 6..];
        let end = memchr::memchr(b'"', after.as_bytes()).unwrap_or(after.len());
        found.push(&after[..end]);
    }
    found
}

/// The destinations as compared: locale codes and language parameters masked, sorted.
fn links(markup: &str) -> Vec<String> {
    let mut found: Vec<String> = destinations(markup).into_iter().map(mask).collect();
    found.sort();
    found
}

/// `text` with its placeholders (`{0}`, `%1$s`) blanked: their digits are no numbers.
fn without_placeholders(text: &str) -> std::borrow::Cow<'_, str> {
    let found = placeholders(text);
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut rest = text.to_owned();
    for placeholder in found {
        rest = rest.replace(&placeholder, " ");
    }
    std::borrow::Cow::Owned(rest)
}

/// A destination as compared: normalized, locale codes and language parameters masked.
pub(super) fn mask(url: &str) -> String {
    let mut masked = normalize_key(url).to_ascii_lowercase();
    for param in ["clcid=", "lang=", "locale=", "ui=", "rs="] {
        if let Some(i) = masked.find(param) {
            let end = masked[i..].find('&').map_or(masked.len(), |e| i + e);
            masked.replace_range(i..end, param);
        }
    }
    masked
}

/// Counts of inline markup: bold, code spans, links, images and HTML tags by name.
fn markup(text: &str) -> BTreeMap<String, usize> {
    let bytes = text.as_bytes();
    let (mut bold, mut ticks, mut links, mut images) = (0, 0, 0, 0);
    let mut counts = BTreeMap::new();
    let mut i = 0;
    while i < bytes.len() {
        let next = bytes.get(i + 1).copied();
        match bytes[i] {
            b'*' if next == Some(b'*') => {
                bold += 1;
                i += 2;
                continue;
            }
            b'`' => ticks += 1,
            b']' if next == Some(b'(') => links += 1,
            b'!' if next == Some(b'[') => images += 1,
            b'<' => {
                let name = crate::parse::text::element_name(&text[i..]);
                if !name.is_empty() && name != "span" && name != "br" {
                    *counts.entry(format!("<{name}>")).or_insert(0) += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let fixed = [
        ("**", bold / 2),
        ("`", ticks / 2),
        ("link", usize::saturating_sub(links, images)),
        ("image", images),
    ];
    for (key, n) in fixed {
        if n > 0 {
            counts.insert(key.to_owned(), n);
        }
    }
    counts
}

/// `{0}`, `{name}`, `%s`, `%1$s`, `<var>…</var>`, `&lt;…&gt;` placeholders.
fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                if let Some(end) = text[i..].find('}') {
                    let inner = &text[i + 1..i + end];
                    if !inner.is_empty()
                        && inner.len() <= 30
                        && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    {
                        found.push(format!("{{{inner}}}"));
                    }
                }
            }
            b'%' => {
                let spec: String = text[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '$')
                    .collect();
                if let Some(kind) = text[i + 1 + spec.len()..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, 's' | 'd' | 'i' | 'f' | 'x'))
                {
                    found.push(format!("%{spec}{kind}"));
                }
            }
            _ => {}
        }
        i += 1;
    }
    for (open, open_finder, close, close_finder) in ENCLOSED.iter() {
        let mut rest = text;
        while let Some(start) = open_finder.find(rest.as_bytes()) {
            let after = &rest[start + open.len()..];
            match close_finder.find(after.as_bytes()) {
                Some(end) if end <= 60 => {
                    found.push(format!("{open}{}{close}", after[..end].trim()));
                    rest = &after[end + close.len()..];
                }
                _ => break,
            }
        }
    }
    found.sort();
    found
}

/// The sentence-final punctuation, with full-width forms folded (`。` is `.`).
fn final_punctuation(text: &str) -> Option<char> {
    let end = text
        .trim_end()
        .trim_end_matches(['"', '\'', ')', '”', '’', '」', '）', '*']);
    let last = end.chars().last()?;
    Some(match last {
        '。' | '．' | '.' | '۔' | '।' | '։' | '።' | '။' => '.',
        '！' | '!' => '!',
        '？' | '?' | '؟' | '፧' => '?',
        '：' | ':' => ':',
        '；' | ';' | '؛' | '\u{37e}' => ';',
        '…' => '…',
        _ => return None,
    })
}

/// The items of `of` (a sorted multiset) that `within` (sorted) does not have.
fn missing_from(of: &[String], within: &[String]) -> Vec<String> {
    let mut rest: Vec<&String> = within.iter().collect();
    of.iter()
        .filter(|item| match rest.iter().position(|r| r == item) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// The primary language of a locale tag.
pub(super) fn segment_language(locale: &str) -> &str {
    locale.split('-').next().unwrap_or(locale)
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_not_numbers_and_messages_show_what_was_written() {
        let found = |target: &str, source: &str| {
            let parsed = crate::parse::parse_text(
                "it-IT/a.md",
                "<span data-ttu-id=\"a1b2c-101\">x</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-101\">y</span></span>\n",
            );
            let segment = Segment {
                target_text: crate::parse::text::visible_text(target),
                source_text: crate::parse::text::visible_text(source),
                ..parsed.segments[0].clone()
            };
            let mut out = Vec::new();
            pair(
                &segment,
                target,
                source,
                "it-IT",
                &Allowed::new([]),
                &[],
                &mut |code, message, _| out.push((code, message)),
            );
            out
        };
        let codes: Vec<Code> = found("Valore {1}", "Value {0}")
            .into_iter()
            .map(|(c, _)| c)
            .collect();
        assert_eq!(codes, [Code::PlaceholdersDiffer]);
        let links = found(
            "[a](https://contoso.com/it-it/b) [c](x.md)",
            "[a](https://contoso.com/en-us/b) [c](y.md)",
        );
        assert!(
            links
                .iter()
                .any(|(c, m)| *c == Code::LinksDiffer
                    && m.contains("https://contoso.com/it-it/b, x.md")),
            "{links:?}"
        );
        let ends = found("Fatto", "Done.");
        assert!(
            ends.iter().any(|(c, m)| *c == Code::FinalPunctuation
                && m == "the target has no final punctuation, the source ends with `.`"),
            "{ends:?}"
        );
    }

    #[test]
    fn words_longer_than_any_real_one_are_flagged() {
        assert_eq!(
            longest_word("Donaudampfschifffahrtsgesellschaft fährt"),
            Some(34)
        );
        assert!(longest_word(&"a".repeat(100_000)).is_some_and(|n| n > MAX_WORD));
        let key = r"HKEY_CURRENT_USER\SOFTWARE\Microsoft\Office\16.0\WEF\AllowedDialogCommunicationDomains";
        assert_eq!(longest_word(key), Some(33));
        assert!(longest_word(&"日本語の文".repeat(50)).is_none());
    }

    #[test]
    fn numbers_ignore_group_separators() {
        assert_eq!(
            numbers("1.000 utenti, 30 giorni"),
            numbers("1,000 users, 30 days")
        );
        assert_ne!(numbers("30 giorni"), numbers("90 days"));
        assert_eq!(numbers("２０２０年"), vec!["2020".to_owned()]);
    }

    #[test]
    fn url_locale_codes_are_expected_to_change() {
        assert_eq!(
            links("[x](https://support.microsoft.com/it-it/office/a)"),
            links("[x](https://support.microsoft.com/en-us/office/a)")
        );
        assert_ne!(links("[x](a.md)"), links("[x](b.md)"));
    }

    #[test]
    fn placeholders_and_markup() {
        assert_eq!(
            placeholders("Ciao {0}, %s e <var>nome</var>"),
            placeholders("Hi %s {0} <var>nome</var>")
        );
        assert_ne!(placeholders("Ciao"), placeholders("Hi {0}"));
        assert_ne!(markup("**a** b"), markup("a b"));
        assert_eq!(markup("**a** [b](c)"), markup("[b](c) **a**"));
    }

    #[test]
    fn identical_text_that_needs_no_translation() {
        let allow = Allowed::new(PRODUCT_NAMES.iter().copied());
        for fine in [
            "Microsoft Teams",
            "Get-CsTeamsUpgradeStatus",
            "100 1 5061 sipfed.online.lync.com",
            "https://aka.ms/x",
            "TLS 1.2",
            "SharePoint Online",
            "_sipfederationtls._tcp",
            "_sip._tls",
        ] {
            assert!(!needs_translation(fine, &allow), "{fine}");
        }
        assert!(needs_translation(
            "Delete all disabled subscriptions.",
            &allow
        ));
    }

    #[test]
    fn blank_out_replaces_as_str_replace_does() {
        for (text, name) in [
            ("Microsoft Teams and Microsoft Teams", "Microsoft Teams"),
            ("aaaa", "aa"),
            ("Skype für Business", "für"),
            ("nothing here", "Teams"),
            ("", "x"),
        ] {
            assert_eq!(
                blank_out(text, &Finder::new(name)),
                text.replace(name, " "),
                "{text}"
            );
        }
    }

    #[test]
    fn punctuation_folds_full_width() {
        assert_eq!(
            final_punctuation("削除します。"),
            final_punctuation("Delete.")
        );
        assert_ne!(final_punctuation("Elimina"), final_punctuation("Delete."));
    }
}
