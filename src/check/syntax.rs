//! Markdown-aware and typographic rules for one target/source pair (LD0520–LD0530).
//!
//! Machine translation and translators' tools mangle what a reader never sees in the English:
//! the joint between a link's text and its destination, emphasis markers, autolinks, reference
//! labels, brackets and quotes, invisible characters, the space before punctuation. Every rule
//! here compares the target with its own source and reports only what the source does not share,
//! so a segment that was cut in the middle of a construct (a quote opened in one segment and
//! closed in the next) is never blamed on the translation. Precision comes before recall: each
//! rule lists, in its doc comment, what it deliberately leaves alone.

use super::segment::{Allowed, mask, needs_translation, segment_language};
use crate::diagnostic::Code;
use std::borrow::Cow;
use std::ops::Range;

/// A replacement inside a target's markup, in bytes of that markup.
pub(super) type MarkupEdit = (Range<usize>, String);

/// Every rule of this module for one pair; `push` takes the code, the message and a note.
pub(super) fn pair(
    target: &str,
    source: &str,
    (tt, st): (&str, &str),
    locale: &str,
    allow: &Allowed<'_>,
    labels: &[String],
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    // One pass over the target says which rules have anything to read: most have nothing, and
    // the masked copies are made only for the few targets that need them.
    let seen = seen(target);
    if seen & (CLOSE_BRACKET | LEAD_EF) != 0 {
        link_joint(target, source, push);
    }
    if seen & EMPHASIS != 0 {
        // Markup next to a marker counts as punctuation there, as a tag or `)` would.
        emphasis(
            &masked_with(target, '\u{1a}'),
            &masked_with(source, '\u{1a}'),
            push,
        );
    }
    if seen & TICK != 0 {
        code_ticks(target, source, push);
    }
    autolinks(target, source, push);
    if seen & CLOSE_BRACKET != 0 {
        if !labels.is_empty() && target.contains("][") {
            reference_labels(&masked(target), &masked(source), labels, push);
        }
        link_texts(target, source, tt == st, allow, push);
    }
    brackets(tt, st, push);
    tokens(tt, st, allow, push);
    if seen & (LEAD_E2 | LEAD_EF) != 0
        && let Some(edits) = invisible_edits(target, source)
        && !edits.is_empty()
    {
        let names: Vec<String> = edits
            .iter()
            .filter_map(|(range, _)| target[range.clone()].chars().next())
            .map(|c| format!("U+{:04X}", u32::from(c)))
            .collect();
        push(
            Code::ZeroWidth,
            format!("the target has zero-width characters: {}", names.join(", ")),
            None,
        );
    }
    if seen & (LEAD_E2 | LEAD_D8) != 0 {
        bidi(target, source, locale, push);
    }
    if let Some(edits) = spacing_edits(target, source, locale)
        && !edits.is_empty()
    {
        let places: Vec<String> = edits
            .iter()
            .map(|(range, _)| around(target, range.clone()))
            .collect();
        push(
            Code::PunctuationSpacing,
            spacing_message(locale, &places),
            None,
        );
    }
    spanish_marks(tt, st, locale, push);
}

const EMPHASIS: u8 = 1;
const TICK: u8 = 1 << 1;
const CLOSE_BRACKET: u8 = 1 << 2;
const LEAD_E2: u8 = 1 << 3;
const LEAD_EF: u8 = 1 << 4;
const LEAD_D8: u8 = 1 << 5;

/// The byte classes the rules look for: `*` `_`; a backtick; `]`; and the lead bytes of the
/// zero-width and bidi characters (U+200B–U+206F: 0xE2), full-width forms and U+FEFF (0xEF),
/// and U+061C (0xD8).
const CLASS: [u8; 256] = {
    let mut class = [0; 256];
    class[b'*' as usize] = EMPHASIS;
    class[b'_' as usize] = EMPHASIS;
    class[b'`' as usize] = TICK;
    class[b']' as usize] = CLOSE_BRACKET;
    class[0xE2] = LEAD_E2;
    class[0xEF] = LEAD_EF;
    class[0xD8] = LEAD_D8;
    class
};

/// Which byte classes `text` has.
fn seen(text: &str) -> u8 {
    text.bytes().fold(0, |seen, b| seen | CLASS[usize::from(b)])
}

/// Byte ranges of `markup` that are markup or code rather than words: HTML tags, code spans,
/// link destinations, autolinks, bare URLs and character references. Every range starts and ends
/// at an ASCII delimiter, so it lies on character boundaries.
pub(super) fn protected(markup: &str) -> Vec<Range<usize>> {
    let bytes = markup.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let end = match bytes[i] {
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                closing_ticks(bytes, i + run, run).unwrap_or(i + run)
            }
            b'<' if bytes
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?')) =>
            {
                memchr::memchr(b'>', &bytes[i..]).map_or(i + 1, |e| i + e + 1)
            }
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                let mut depth = 0usize;
                let mut j = i + 1;
                while j < bytes.len() {
                    match bytes[j] {
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                // Keep the `]` itself outside: rules look for it.
                found.push(i + 1..(j + 1).min(bytes.len()));
                i = j + 1;
                continue;
            }
            b'h' if (markup[i..].starts_with("https://") || markup[i..].starts_with("http://"))
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) =>
            {
                i + bytes[i..]
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || matches!(b, b')' | b'>' | b'"'))
                    .unwrap_or(bytes.len() - i)
            }
            b'&' => {
                let name = bytes[i + 1..]
                    .iter()
                    .take(10)
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
                    .count();
                if name > 0 && bytes.get(i + 1 + name) == Some(&b';') {
                    i + name + 2
                } else {
                    i + 1
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        if end > start + 1 || bytes[start] == b'`' {
            found.push(start..end);
        }
        i = end.max(start + 1);
    }
    found
}

/// Where the code span opened by `run` backticks ending at `from` closes (after its closing run).
fn closing_ticks(bytes: &[u8], from: usize, run: usize) -> Option<usize> {
    let mut j = from;
    while j < bytes.len() {
        if bytes[j] == b'`' {
            let other = bytes[j..].iter().take_while(|&&b| b == b'`').count();
            if other == run {
                return Some(j + other);
            }
            j += other;
        } else {
            j += 1;
        }
    }
    None
}

/// `markup` with its protected ranges blanked to spaces (same length, same offsets).
fn masked(markup: &str) -> Cow<'_, str> {
    masked_with(markup, ' ')
}

/// `markup` with its protected ranges filled with the ASCII `fill`.
fn masked_with(markup: &str, fill: char) -> Cow<'_, str> {
    if !markup
        .bytes()
        .any(|b| matches!(b, b'`' | b'<' | b']' | b'&'))
        && !markup.contains("http")
    {
        return Cow::Borrowed(markup);
    }
    let ranges = protected(markup);
    if ranges.is_empty() {
        return Cow::Borrowed(markup);
    }
    let mut out = String::with_capacity(markup.len());
    let mut copied = 0;
    for range in ranges {
        out.push_str(&markup[copied..range.start]);
        out.extend(std::iter::repeat_n(fill, range.len()));
        copied = range.end;
    }
    out.push_str(&markup[copied..]);
    Cow::Owned(out)
}

fn inside(ranges: &[Range<usize>], at: usize) -> bool {
    ranges.iter().any(|r| r.contains(&at))
}

/// A few characters either side of `range`, for a message.
fn around(text: &str, range: Range<usize>) -> String {
    let before: String = {
        let mut chars: Vec<char> = text[..range.start].chars().rev().take(8).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let after: String = text[range.end..].chars().take(3).collect();
    let shown = |s: &str| s.replace(['\u{a0}', '\u{202f}'], "⍽");
    format!("`{}`", shown(&format!("{before}{}{after}", &text[range])))
        .replace('\n', " ")
        .trim()
        .to_owned()
}

/// LD0520: `[text] (url)`: a space (or a full-width bracket) between a link's text and its
/// destination turns the link into literal text. Found only when the target has fewer working
/// joints `](` than the source; `] (` that the source writes too (a bracket followed by a
/// parenthesis in running text) is not reported.
fn link_joint(target: &str, source: &str, push: &mut dyn FnMut(Code, String, Option<String>)) {
    let broken = |s: &str| {
        let mut n = s.matches("]（").count() + s.matches("］(").count();
        for (i, _) in s.match_indices(']') {
            let after = &s[i + 1..];
            let gap = after.len() - after.trim_start_matches([' ', '\u{a0}']).len();
            if gap > 0 && s[i + 1 + gap..].starts_with('(') {
                n += 1;
            }
        }
        n
    };
    if !target.contains(']') && !target.contains('］') {
        return;
    }
    let bt = broken(target);
    if bt == 0 {
        return;
    }
    let joints = |s: &str| s.matches("](").count();
    if bt > broken(source) && joints(target) < joints(source) {
        push(
            Code::BrokenLinkSyntax,
            "a space or full-width bracket between `]` and `(`: the link shows as text".to_owned(),
            None,
        );
    }
}

/// Counts of emphasis delimiters outside code and URLs: `**`, `__`, and single `*` and `_`
/// that can open or close emphasis (not intraword `_`, not a `*` between spaces, not `\*`).
fn delimiters(masked: &str) -> [usize; 4] {
    let chars: Vec<char> = masked.chars().collect();
    let mut counts = [0; 4];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '*' && c != '_' {
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + run).copied();
        let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
        let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        let escaped = before == Some('\\');
        let flanking = !(escaped || space(before) && space(after));
        let intraword = c == '_' && alnum(before) && alnum(after);
        if flanking && !intraword {
            let kind = usize::from(c == '_');
            match run {
                2 => counts[kind * 2] += 1,
                1 => counts[kind * 2 + 1] += 1,
                _ => {}
            }
        }
        i += run;
    }
    counts
}

/// LD0521: an emphasis marker (`**`, `__`, `*`, `_`) without its partner where the source's are
/// paired: Markdown then prints the stars. Intraword `_` (`snake_case`), a `*` between spaces
/// (multiplication, a list), and markers inside code spans, tags and URLs are not counted; a
/// marker the source leaves unpaired too (emphasis across segments) is not reported.
fn emphasis(tm: &str, sm: &str, push: &mut dyn FnMut(Code, String, Option<String>)) {
    if !tm.contains(['*', '_']) {
        return;
    }
    const NAMES: [&str; 4] = ["**", "*", "__", "_"];
    let (ct, cs) = (delimiters(tm), delimiters(sm));
    let odd: Vec<&str> = (0..4)
        .filter(|&k| ct[k] % 2 == 1 && cs[k] % 2 == 0)
        .map(|k| NAMES[k])
        .collect();
    if !odd.is_empty() {
        push(
            Code::UnbalancedEmphasis,
            format!(
                "unpaired emphasis marker in the target: {}",
                odd.iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None,
        );
    }
}

/// LD0521 for code: an odd number of backtick runs where the source's are paired, so the rest
/// of the paragraph becomes code (or the code span becomes text).
fn code_ticks(target: &str, source: &str, push: &mut dyn FnMut(Code, String, Option<String>)) {
    let runs = |s: &str| {
        let mut n = 0;
        let mut previous = false;
        for b in s.bytes() {
            let tick = b == b'`';
            if tick && !previous {
                n += 1;
            }
            previous = tick;
        }
        n
    };
    if !target.contains('`') {
        return;
    }
    if runs(target) % 2 == 1 && runs(source) % 2 == 0 {
        push(
            Code::UnbalancedEmphasis,
            "unpaired backtick in the target: the code span does not close".to_owned(),
            None,
        );
    }
}

/// Well-formed `<http(s)://…>` autolinks.
fn autolink_count(markup: &str) -> usize {
    markup
        .match_indices("<http")
        .filter(|(i, _)| {
            let rest = &markup[i + 1..];
            (rest.starts_with("https://") || rest.starts_with("http://"))
                && rest
                    .find(|c: char| c == '>' || c.is_whitespace() || c == '<')
                    .is_some_and(|e| rest[e..].starts_with('>'))
        })
        .count()
}

/// LD0522: an autolink `<https://…>` of the source that the target mangled: a space after `<`
/// or after `https:`, a full-width or translated bracket. Reported when the target has fewer
/// well-formed autolinks than the source; a source without autolinks is never compared, so a
/// `<` of running text is no concern.
fn autolinks(target: &str, source: &str, push: &mut dyn FnMut(Code, String, Option<String>)) {
    if !source.contains("<http") {
        return;
    }
    let (t, s) = (autolink_count(target), autolink_count(source));
    if t < s {
        let shapes = [
            "< http",
            "<https: //",
            "<http: //",
            "＜http",
            "〈http",
            "‹http",
            "«http",
        ];
        let seen: Vec<&str> = shapes
            .iter()
            .copied()
            .filter(|shape| target.contains(shape))
            .collect();
        push(
            Code::BrokenAutolink,
            format!(
                "the source has {s} autolink(s) `<https://…>`, the target {t} well-formed{}",
                if seen.is_empty() {
                    String::new()
                } else {
                    format!(" (it has `{}`)", seen.join("`, `"))
                }
            ),
            None,
        );
    }
}

/// Normalized reference labels used as `[text][label]` (and `[text][]`, whose label is the
/// text), outside code and URLs. DocFX's `[!INCLUDE[…]]` and `[!NOTE]` forms are not links.
fn reference_labels_of(masked: &str) -> Vec<String> {
    let mut labels = Vec::new();
    for (i, _) in masked.match_indices("][") {
        let rest = &masked[i + 2..];
        let Some(end) = rest.find(']') else { continue };
        let mut label = &rest[..end];
        let Some(open) = masked[..i].rfind('[') else {
            continue;
        };
        // `[!INCLUDE[x][y]]`, `[!NOTE]`, `word[x][y]`: no link text opens there.
        let opener = masked[..open].chars().next_back();
        if label.contains('[')
            || masked[open + 1..].starts_with('!')
            || opener.is_some_and(|c| c.is_alphanumeric() || c == '!')
        {
            continue;
        }
        if label.trim().is_empty() {
            // Collapsed: the label is the link text.
            label = &masked[open + 1..i];
        }
        if label.trim().is_empty() {
            continue;
        }
        labels.push(normal_label(label));
    }
    labels
}

/// The labels an article defines (`[label]: destination` lines), normalized as references
/// are: made once per document, for LD0523.
pub(super) fn defined_labels(text: &str) -> Vec<String> {
    if !text.contains("]:") {
        return Vec::new();
    }
    let mut labels: Vec<String> = text
        .lines()
        .filter_map(|line| {
            let line = line.trim_start_matches([' ', '>']);
            let rest = line.strip_prefix('[')?;
            let end = rest.find("]:")?;
            Some(normal_label(&rest[..end]))
        })
        .collect();
    labels.sort_unstable();
    labels.dedup();
    labels
}

/// A label as CommonMark matches it: white space folded, case folded.
fn normal_label(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// LD0523: a reference link `[text][label]` (or `[text][]`) whose label the article does not
/// define where the source's label there is defined: the definitions are written once, in
/// English, so a translated label points at nothing and the link shows as text. Only a target
/// whose source has a working reference is judged, so bracketed text that is no link in either
/// (`+[country code][area code]`) is left alone; shortcut references `[label]` cannot be told
/// from bracketed text and are not read.
fn reference_labels(
    tm: &str,
    sm: &str,
    defined: &[String],
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    if !tm.contains("][") || defined.is_empty() {
        return;
    }
    let is_defined = |l: &String| defined.binary_search(l).is_ok();
    if !reference_labels_of(sm).iter().any(is_defined) {
        return;
    }
    let unknown: Vec<String> = reference_labels_of(tm)
        .into_iter()
        .filter(|l| !is_defined(l))
        .collect();
    if !unknown.is_empty() {
        push(
            Code::UndefinedReference,
            format!(
                "reference label(s) the article does not define: [{}]",
                unknown.join("], [")
            ),
            None,
        );
    }
}

/// A link `[text](destination "title")`: text, destination and title as written, and whether
/// a parenthesis follows it (`[English title](x.md) (translated title)`).
struct Link<'a> {
    text: &'a str,
    destination: &'a str,
    title: Option<&'a str>,
    glossed: bool,
}

/// The inline links (not images) of `markup`.
fn inline_links(markup: &str) -> Vec<Link<'_>> {
    let mut links = Vec::new();
    for (joint, _) in markup.match_indices("](") {
        let Some(open) = markup[..joint].rfind('[') else {
            continue;
        };
        if markup[..open].ends_with('!') || markup[open + 1..joint].contains(']') {
            continue;
        }
        let rest = &markup[joint + 2..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let inner = rest[..close].trim();
        let (destination, title) = match inner.find(char::is_whitespace) {
            Some(space) => (
                &inner[..space],
                Some(inner[space..].trim().trim_matches(['"', '\''])),
            ),
            None => (inner, None),
        };
        let glossed = rest[close + 1..].trim_start().starts_with(['(', '（']);
        links.push(Link {
            text: &markup[open + 1..joint],
            destination,
            title,
            glossed,
        });
    }
    links
}

/// LD0524: a link's text (or title) left in English while the rest of the segment was
/// translated. Links are matched by destination (locale codes masked). Texts that need no
/// translation are skipped with the same test as LD0502 (`needs_translation`: URLs, code,
/// numbers, product names and `[check] allow` names, single words), and so are proper names:
/// a text that starts with a product or allowed name (`Microsoft Secure Score`, `Outlook
/// Suggestion Box`) or whose every word is capitalized with no English function word among them
/// (`School Data Sync`, `Veritas Customer Support`). A link followed by a parenthesis is an
/// English title glossed in the target language (`[Title](x.md) (Titel)`), a convention of
/// Japanese docs. A segment identical to its source is LD0502's, not this rule's.
fn link_texts(
    target: &str,
    source: &str,
    identical: bool,
    allow: &Allowed<'_>,
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    if identical || !target.contains("](") {
        return;
    }
    if !source.contains("](") {
        return;
    }
    let sources: Vec<(Link<'_>, String)> = inline_links(source)
        .into_iter()
        .map(|l| {
            let masked = mask(l.destination);
            (l, masked)
        })
        .collect();
    let mut left = Vec::new();
    for link in inline_links(target) {
        let english = sources
            .iter()
            .find(|(s, _)| s.destination == link.destination)
            .or_else(|| {
                let masked = mask(link.destination);
                sources.iter().find(|(_, m)| *m == masked)
            });
        let Some((english, _)) = english else {
            continue;
        };
        let text = crate::parse::text::visible_text(link.text);
        if text == crate::parse::text::visible_text(english.text)
            && needs_translation(&text, allow)
            && !link.glossed
            && !proper_name(&text, allow)
        {
            left.push(format!("link text `{}`", text.trim()));
        }
        if let (Some(title), Some(english)) = (link.title, english.title)
            && title == english
            && needs_translation(title, allow)
        {
            left.push(format!("link title \"{title}\""));
        }
    }
    if !left.is_empty() {
        push(
            Code::UntranslatedLinkText,
            format!("left in English: {}", left.join(", ")),
            None,
        );
    }
}

/// Small English words a title has and a name does not.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "with", "your", "from", "by",
    "at", "about", "how", "what", "is", "are",
];

/// Whether a link text reads as a name rather than words to translate.
fn proper_name(text: &str, allow: &Allowed<'_>) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return true;
    };
    let starts_with_name = allow.names(first.trim_matches(|c: char| !c.is_alphanumeric()));
    let capitalized = words.iter().all(|w| {
        w.chars().next().is_some_and(|c| !c.is_lowercase())
            && !FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
    });
    starts_with_name || capitalized
}

/// How a visible text's brackets and quotes stand: for each kind, whether it is unpaired.
fn unpaired(text: &str) -> Vec<&'static str> {
    let slot = |c: char| -> Option<usize> {
        Some(match c {
            '(' => 0,
            ')' => 1,
            '[' => 2,
            ']' => 3,
            '{' => 4,
            '}' => 5,
            '「' => 6,
            '」' => 7,
            '『' => 8,
            '』' => 9,
            '（' => 10,
            '）' => 11,
            '„' => 12,
            '“' => 13,
            '”' => 14,
            '«' => 15,
            '»' => 16,
            '"' => 17,
            _ => return None,
        })
    };
    let mut counts = [0usize; 18];
    for c in text.chars() {
        if let Some(k) = slot(c) {
            counts[k] += 1;
        }
    }
    let count = |c: char| slot(c).map_or(0, |k| counts[k]);
    let mut found = Vec::new();
    for (open, close, name) in [
        ('(', ')', "()"),
        ('[', ']', "[]"),
        ('{', '}', "{}"),
        ('「', '」', "「」"),
        ('『', '』', "『』"),
    ] {
        if count(open) != count(close) {
            found.push(name);
        }
    }
    if count('（') + count('(') != count('）') + count(')') && count('（') + count('）') > 0 {
        found.push("（）");
    }
    let (low, left, right) = (count('„'), count('“'), count('”'));
    let quotes_ok = if low > 0 {
        // „…“ (de, cs…) or „…” (pl, ro, hu…).
        low == left + right
    } else if left > 0 {
        left == right
    } else {
        // ”…” (sv, fi) or none.
        right % 2 == 0
    };
    if !quotes_ok {
        found.push("“”");
    }
    let (guillemet_open, guillemet_close) = (count('«'), count('»'));
    let guillemets_ok = if guillemet_open == 0 {
        guillemet_close % 2 == 0 // »…» (fi, sv)
    } else {
        guillemet_open == guillemet_close // «…» or »…« (da, de)
    };
    if !guillemets_ok {
        found.push("«»");
    }
    if count('"') % 2 == 1 {
        found.push("\"\"");
    }
    found
}

/// LD0525: a bracket or quote without its partner in the target where every bracket and quote
/// of the source is paired. The visible text is read (tags, URLs and link destinations are not
/// in it). Quotes are judged by the target's own style (`„…“`, `„…”`, `“…”`, `”…”`, `«…»`,
/// `»…«`, `»…»`); a source with anything unpaired (a segment cut inside a parenthesis, a list
/// numbered `a)`) is not compared.
fn brackets(tt: &str, st: &str, push: &mut dyn FnMut(Code, String, Option<String>)) {
    // Every mark is an ASCII byte or starts with one of these lead bytes.
    if !tt.bytes().any(|b| {
        matches!(
            b,
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | 0xC2 | 0xE2 | 0xE3 | 0xEF
        )
    }) {
        return;
    }
    let found = unpaired(tt);
    if !found.is_empty() && unpaired(st).is_empty() {
        push(
            Code::UnpairedBracket,
            format!(
                "unpaired in the target (paired in the source): {}",
                found.join(" ")
            ),
            None,
        );
    }
}

/// Abbreviations and units that languages write their own way (`GB` is `Go` in French, `IT`
/// is `TI` in Spanish), English words a heading writes in capitals, and key names (`ENTER` is
/// the `Enter` key in Japanese docs).
const LOCALIZED_TOKENS: &[&str] = &[
    "AM",
    "PM",
    "GB",
    "MB",
    "KB",
    "TB",
    "US",
    "USA",
    "UK",
    "EU",
    "IT",
    "FAQ",
    "FAQs",
    "OK",
    "ID",
    "IDs",
    "NOTE",
    "TIP",
    "IMPORTANT",
    "WARNING",
    "CAUTION",
    "NEW",
    "TBD",
    "CEO",
    "CFO",
    "HR",
    "Q&A",
    "VS",
    "AI",
    "IP",
    "ENTER",
    "ESC",
    "TAB",
    "CTRL",
    "ALT",
    "SHIFT",
    "DEL",
    "HOME",
    "END",
];

/// The CamelCase, ALL-CAPS and letter-digit tokens of `text` (`OneDrive`, `PIN`, `Win32`).
fn special_tokens(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let (mut upper_inside, mut lower, mut digit, mut letters) = (false, false, false, 0);
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            let b = bytes[i];
            upper_inside |= i > start && b.is_ascii_uppercase();
            lower |= b.is_ascii_lowercase();
            digit |= b.is_ascii_digit();
            letters += usize::from(b.is_ascii_alphabetic());
            i += 1;
        }
        // A token glued to a non-ASCII letter (`café`, `Ωmega`) is a word of another kind.
        let glued = |at: Option<&u8>| at.is_some_and(|b| *b >= 0x80);
        if i - start < 2
            || !bytes[start].is_ascii_alphabetic()
            || glued(bytes.get(i))
            || (start > 0 && glued(bytes.get(start - 1)))
        {
            continue;
        }
        let all_caps = !lower && letters >= 2;
        let special = (upper_inside && lower)
            || all_caps
            || (digit && (bytes[start].is_ascii_uppercase() || upper_inside));
        // ASCII bytes between ASCII boundaries: a slice of `text` on char boundaries.
        if special
            && let Some(word) = text.get(start..i)
            && !LOCALIZED_TOKENS.contains(&word)
        {
            found.push(word);
        }
    }
    found
}

/// Full-width ASCII (`ＰＩＮ`) folded to ASCII.
fn fold_width(text: &str) -> Cow<'_, str> {
    if !text.contains(|c: char| ('\u{ff01}'..='\u{ff5e}').contains(&c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{ff01}'..='\u{ff5e}' => {
                    char::from_u32(u32::from(c) - 0xff01 + 0x21).unwrap_or(c)
                }
                c => c,
            })
            .collect(),
    )
}

/// LD0526: a CamelCase, ALL-CAPS or letter-digit token of the source (`OneDrive`, `PIN`,
/// `Win32`, `HTTP2`) that the target mangled or lost. Two shapes are reported:
/// - the token is there with other letter case (`IOS`, `Aad`, `Api`, `http`): names, cmdlets
///   and acronyms keep their case in every language, so this is machine translation's doing;
/// - the token is gone and is one that is never translated: it has a digit (`Win32`, `P1`),
///   or it is a product name or an `[check] allow` name (`OneDrive`).
///
/// An ALL-CAPS acronym or a CamelCase feature name that is simply gone is not reported: the
/// languages' own terminology spells many out (`IM` is *messaggistica istantanea*, `PSTN` is
/// *RTC*, `AutoSave` is *salvataggio automatico*), and on the corpus those were most of what
/// Xbench's stricter form of this check found. A token found inside a longer word counts as
/// kept (German `OneDrive-Ordner`, Finnish `OneDrivessa`), as do its singular (`PCs` → `PC`),
/// its full-width form, and a capitalized first letter (`eDiscovery` opening a sentence).
/// Abbreviations languages localize (units, `IT`, `FAQ`, `AM`/`PM`, `ID`, capitalized note
/// headings; [`LOCALIZED_TOKENS`]) and tokens starting with a digit (`5GB`) are not checked; a
/// two-letter token is not matched against a lower-case word (German `im` is not `IM`).
fn tokens(
    tt: &str,
    st: &str,
    allow: &Allowed<'_>,
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    let wanted = special_tokens(st);
    if wanted.is_empty() {
        return;
    }
    let target = fold_width(tt);
    let kept = |token: &str| {
        if target.contains(token) {
            return true;
        }
        let mut upper_first = token.to_owned();
        if let Some(first) = upper_first.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        target.contains(upper_first.as_str())
            || token
                .strip_suffix('s')
                .is_some_and(|singular| singular.len() >= 2 && target.contains(singular))
    };
    let mut words: Option<Vec<&str>> = None;
    let mut mangled = Vec::new();
    let mut lost = Vec::new();
    for token in wanted {
        if kept(token) {
            continue;
        }
        let words = words.get_or_insert_with(|| {
            target
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect()
        });
        let recased = words.iter().find(|w| {
            w.eq_ignore_ascii_case(token)
                && !(token.len() <= 2 && w.chars().all(|c| c.is_lowercase()))
        });
        if let Some(word) = recased {
            mangled.push(format!("{token} (written {word})"));
        } else if token.chars().any(|c| c.is_ascii_digit()) || allow.names(token) {
            lost.push(token.to_owned());
        }
    }
    mangled.sort_unstable();
    mangled.dedup();
    lost.sort_unstable();
    lost.dedup();
    if !mangled.is_empty() || !lost.is_empty() {
        let mut parts = Vec::new();
        if !lost.is_empty() {
            parts.push(format!("not in the target: {}", lost.join(", ")));
        }
        if !mangled.is_empty() {
            parts.push(format!("with other letter case: {}", mangled.join(", ")));
        }
        push(
            Code::MissingToken,
            format!("the source's tokens {}", parts.join("; ")),
            None,
        );
    }
}

/// Characters of scripts that join letters with U+200C/U+200D (Arabic, Persian, the Indic
/// scripts, Sinhala, Khmer…): there the joiners are spelling, not noise.
fn joins(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0900}'..='\u{0DFF}'
            | '\u{1780}'..='\u{17FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// Emoji and symbols a U+200D joins into one picture.
fn pictographic(c: Option<char>) -> bool {
    c.is_some_and(|c| matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}'))
}

/// LD0527 (and its fix): the zero-width characters of `target` to remove, as edits of the
/// target's markup; `None` when one of them sits in markup (a URL, a tag), which the fix must
/// not touch. Flagged: U+200B, U+2060 and U+FEFF anywhere; U+200C and U+200D except between
/// letters of scripts that spell with them and inside emoji sequences. A character the source
/// has as often is left alone.
pub(super) fn invisible_edits(target: &str, source: &str) -> Option<Vec<MarkupEdit>> {
    const ZERO_WIDTH: [char; 5] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];
    // All five encode as three bytes starting 0xE2 or 0xEF.
    if !target.bytes().any(|b| b == 0xE2 || b == 0xEF) || !target.contains(ZERO_WIDTH) {
        return Some(Vec::new());
    }
    let mut edits = Vec::new();
    for (i, c) in target
        .char_indices()
        .filter(|(_, c)| ZERO_WIDTH.contains(c))
    {
        if source.matches(c).count() >= target.matches(c).count() {
            continue;
        }
        let before = target[..i].chars().next_back();
        let after = target[i + c.len_utf8()..].chars().next();
        let spelling = matches!(c, '\u{200C}' | '\u{200D}')
            && ((joins(before) && joins(after))
                || (c == '\u{200D}' && (pictographic(before) || pictographic(after))));
        if !spelling {
            edits.push((i..i + c.len_utf8(), String::new()));
        }
    }
    let shielded = protected(target);
    if edits.iter().any(|(r, _)| inside(&shielded, r.start)) {
        return None;
    }
    Some(edits)
}

/// Languages written right to left, where LRM/RLM are part of correct text.
fn right_to_left(language: &str) -> bool {
    matches!(
        language,
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb"
    )
}

/// LD0528: bidirectional control characters. In a left-to-right locale every embedding,
/// override, isolate and mark (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) the source does
/// not have is flagged: they reorder text invisibly. In a right-to-left locale (ar, he, fa, ur…)
/// marks (LRM, RLM, ALM) and balanced embeddings and isolates are how English names and numbers
/// are placed, so only what breaks the text is flagged: an override (LRO/RLO, which reverses
/// letters) and an embedding or isolate that is not closed (or a close without an opening).
fn bidi(
    target: &str,
    source: &str,
    locale: &str,
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    let control = |c: char| {
        matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
    };
    if !target.bytes().any(|b| b == 0xE2 || b == 0xD8) || !target.contains(control) {
        return;
    }
    let count = |s: &str, f: &dyn Fn(char) -> bool| s.chars().filter(|&c| f(c)).count();
    let problem = if right_to_left(segment_language(locale)) {
        let overrides = count(target, &|c| matches!(c, '\u{202D}' | '\u{202E}'));
        let embeddings = count(target, &|c| {
            matches!(c, '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}')
        });
        let pops = count(target, &|c| c == '\u{202C}');
        let isolates = count(target, &|c| matches!(c, '\u{2066}'..='\u{2068}'));
        let isolate_pops = count(target, &|c| c == '\u{2069}');
        if overrides > count(source, &|c| matches!(c, '\u{202D}' | '\u{202E}')) {
            Some("a direction override (LRO/RLO) reverses the letters after it".to_owned())
        } else if embeddings != pops || isolates != isolate_pops {
            Some("an embedding or isolate is not closed (or closes nothing)".to_owned())
        } else {
            None
        }
    } else {
        let extra: Vec<String> = target
            .chars()
            .filter(|&c| control(c))
            .filter(|&c| target.matches(c).count() > source.matches(c).count())
            .map(|c| format!("U+{:04X}", u32::from(c)))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        (!extra.is_empty()).then(|| {
            format!(
                "bidirectional control characters in a left-to-right text: {}",
                extra.join(", ")
            )
        })
    };
    if let Some(message) = problem {
        push(Code::BidiControl, message, None);
    }
}

/// Whether `locale` writes French typography, and whether it is Canadian French (which, after
/// the OQLF, sets no space before `;`, `!` and `?`).
fn french(locale: &str) -> Option<bool> {
    (segment_language(locale) == "fr").then(|| locale.to_ascii_lowercase().ends_with("-ca"))
}

/// LD0529 (and its fix): spaces before punctuation against the locale's typography, as edits of
/// the target's markup. French: a no-break space (U+00A0 or U+202F) before `:` `;` `!` `?` and
/// inside `« »`; a normal space there is replaced by U+00A0 (before `:` and inside guillemets)
/// or U+202F (before `;` `!` `?`), a missing one is inserted (fr-CA: only before `:` and inside
/// guillemets). Other locales: no space before `.` (at the end), `,` `:` `;` `!` `?`; it is
/// removed. Only
/// punctuation between a letter (or a closing quote or bracket) and a space or the end is
/// judged, so `10:30`, `https://`, `.NET`, `...` and code (masked) are never touched; a
/// pattern the source has too is left alone. `None` when an edit would reach into markup.
pub(super) fn spacing_edits(target: &str, source: &str, locale: &str) -> Option<Vec<MarkupEdit>> {
    let edits = spacing(target, locale);
    if edits.is_empty() {
        return Some(edits);
    }
    // A pattern the English has as well is the source's typography, not a mistake.
    let in_source = match french(locale) {
        Some(_) if source != target => 0,
        _ => spacing(source, "en").len(),
    };
    if in_source >= edits.len() {
        return Some(Vec::new());
    }
    let shielded = protected(target);
    if edits.iter().any(|(r, _)| inside(&shielded, r.start)) {
        return None;
    }
    Some(edits)
}

/// The spacing edits of `target` by `locale`'s typography, before any comparison.
fn spacing(target: &str, locale: &str) -> Vec<MarkupEdit> {
    let bytes = target.as_bytes();
    let spaced_mark = |i: usize| {
        i > 0
            && matches!(bytes[i], b'.' | b',' | b':' | b';' | b'!' | b'?')
            && (bytes[i - 1] == b' ' || (i > 1 && bytes[i - 2..i] == [0xC2, 0xA0]))
    };
    let worth_reading = match french(locale) {
        Some(_) => bytes
            .iter()
            .any(|b| matches!(b, b':' | b';' | b'!' | b'?' | 0xAB | 0xBB)),
        None => (1..bytes.len()).any(spaced_mark),
    };
    if !worth_reading {
        return Vec::new();
    }
    // Filled with a control character: neither a space nor a letter next to punctuation.
    let text = masked_with(target, '\u{1a}');
    let bytes = text.as_bytes();
    let language = segment_language(locale);
    if matches!(language, "ja" | "zh" | "ko" | "th") {
        return Vec::new();
    }
    let mut edits = Vec::new();
    let ends_word = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '»' | '"' | '”' | ')' | '’'))
    };
    let free_after = |at: usize| text[at..].chars().next().is_none_or(char::is_whitespace);
    match french(locale) {
        Some(canadian) => {
            for (i, c) in text.char_indices() {
                let narrow = matches!(c, ';' | '!' | '?');
                if !(c == ':' || narrow) || !free_after(i + 1) {
                    continue;
                }
                let wanted = if narrow { "\u{202F}" } else { "\u{A0}" };
                if text[..i].ends_with(' ') && ends_word(i - 1) {
                    edits.push((i - 1..i, wanted.to_owned()));
                } else if ends_word(i) && !(canadian && narrow) && !text[..i].ends_with('’') {
                    edits.push((i..i, wanted.to_owned()));
                }
            }
            for (i, _) in text.match_indices('«') {
                let after = i + '«'.len_utf8();
                if bytes.get(after) == Some(&b' ') {
                    edits.push((after..after + 1, "\u{A0}".to_owned()));
                }
            }
            for (i, _) in text.match_indices('»') {
                if i > 0 && bytes[i - 1] == b' ' {
                    edits.push((i - 1..i, "\u{A0}".to_owned()));
                }
            }
        }
        None => {
            for (i, c) in text.char_indices() {
                if !matches!(c, '.' | ',' | ':' | ';' | '!' | '?') || !free_after(i + 1) {
                    continue;
                }
                // `en . WAV` is a file extension split off, not a full stop to pull in: a `.`
                // is judged only where it ends the text.
                let last = text[i + 1..]
                    .trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '\u{1a}' | ')' | '"' | '”' | '*')
                    })
                    .is_empty();
                if c == '.' && !last {
                    continue;
                }
                let spaces = text[..i].len() - text[..i].trim_end_matches([' ', '\u{a0}']).len();
                if spaces > 0 && ends_word(i - spaces) && !text[..i - spaces].ends_with('.') {
                    edits.push((i - spaces..i, String::new()));
                }
            }
        }
    }
    edits
}

fn spacing_message(locale: &str, places: &[String]) -> String {
    match french(locale) {
        Some(_) => format!(
            "French typography wants a no-break space before `:` `;` `!` `?` and inside « »: {}",
            places.join(", ")
        ),
        None => format!("a space before punctuation: {}", places.join(", ")),
    }
}

/// LD0530: a Spanish question or exclamation without its opening `¿` / `¡` (or an opening
/// without its close). A closing mark counts only where it ends a word (after a letter, before
/// a space, a comma, a closing bracket or quote, or the end), so regular expressions (`^0?`),
/// DocFX alerts (`[!NOTE]`) and names in the middle of a token are not questions; nor is a
/// target that keeps the English beside its translation (`Why? (¿Por qué?)`). Only when the source has the `?` or `!` too (a segment may hold the end
/// of a question begun in the previous one only if the English also splits it), and only in
/// text outside URLs (a query string's `?` is no question).
fn spanish_marks(
    tt: &str,
    st: &str,
    locale: &str,
    push: &mut dyn FnMut(Code, String, Option<String>),
) {
    if segment_language(locale) != "es" || !tt.contains(['?', '!', '¿', '¡']) {
        return;
    }
    let words = |s: &str| -> String {
        s.split_whitespace()
            .filter(|w| !w.contains("://"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (text, english) = (words(tt), words(st));
    // A closing mark ends a word: not `^+?(` in a pattern, `[!NOTE]` or `Yahoo!com`.
    let count = |s: &str, c: char| {
        s.match_indices(c)
            .filter(|&(i, _)| {
                matches!(c, '¿' | '¡')
                    || (s[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_alphanumeric() || matches!(p, ')' | '"' | '”'))
                        && s[i + 1..].chars().next().is_none_or(|n| {
                            !n.is_alphanumeric() && !matches!(n, '(' | '$' | '*' | '+')
                        }))
            })
            .count()
    };
    if text.contains(english.as_str()) {
        // The English kept with its translation beside it: `Why? (¿Por qué?)`.
        return;
    }
    let mut unpaired = Vec::new();
    if count(&text, '¿') != count(&text, '?') && count(&english, '?') > 0 {
        unpaired.push("¿…?");
    }
    if count(&text, '¡') != count(&text, '!') && count(&english, '!') > 0 {
        unpaired.push("¡…!");
    }
    if !unpaired.is_empty() {
        push(
            Code::SpanishMarks,
            format!(
                "Spanish opens what it closes: {} unpaired",
                unpaired.join(" ")
            ),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(target: &str, source: &str, locale: &str) -> Vec<(Code, String)> {
        let allow = Allowed::new(super::super::segment::PRODUCT_NAMES.iter().copied());
        let (tt, st) = (
            crate::parse::text::visible_text(target),
            crate::parse::text::visible_text(source),
        );
        let mut out = Vec::new();
        pair(
            target,
            source,
            (&tt, &st),
            locale,
            &allow,
            &[normal_label("admin"), normal_label("Teams")],
            &mut |c, m, _| {
                out.push((c, m));
            },
        );
        out
    }

    fn codes(target: &str, source: &str, locale: &str) -> Vec<Code> {
        found(target, source, locale)
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    }

    #[test]
    fn a_space_in_the_link_joint() {
        let source = "See [the article](https://aka.ms/x).";
        assert_eq!(
            codes("Vedere [l'articolo] (https://aka.ms/x).", source, "it-IT"),
            [Code::BrokenLinkSyntax]
        );
        assert!(codes("Vedere [l'articolo](https://aka.ms/x).", source, "it-IT").is_empty());
        // UI labels in brackets with a gloss, where the English has no link.
        assert!(
            codes(
                "[OK] (または [適用]) を選択します。",
                "Select OK (or Apply).",
                "ja-JP"
            )
            .is_empty()
        );
        // The English has the same bracket-then-parenthesis in running text.
        assert!(
            codes(
                "Premere [Ctrl] (Windows).",
                "Press [Ctrl] (Windows).",
                "it-IT"
            )
            .is_empty()
        );
    }

    #[test]
    fn unpaired_emphasis_and_ticks() {
        assert_eq!(
            codes(
                "Selezionare **Impostazioni*.",
                "Select **Settings**.",
                "it-IT"
            ),
            [Code::UnbalancedEmphasis]
        );
        assert_eq!(
            codes("Eseguire `Get-CsUser.", "Run `Get-CsUser`.", "it-IT"),
            [Code::UnbalancedEmphasis]
        );
        // Intraword underscores, a star between spaces, markers in code: no emphasis.
        for (target, source) in [
            ("Il file my_file.txt", "The file my_file.txt"),
            ("2 * 3 = 6", "2 * 3 = 6"),
            ("Usare `a*b`", "Use `a*b`"),
            (
                "Aprire https://contoso.com/a_b",
                "Open https://contoso.com/a_b",
            ),
            ("alle 10:00 \\*AM", "at 10:00 AM"),
            ("**[Asignar:](#a)** Asigne.", "**[Assign](#a)**: Assign."),
        ] {
            assert!(codes(target, source, "it-IT").is_empty(), "{target}");
        }
        // Emphasis across segments: the source is unpaired too.
        assert!(codes("**Nota", "**Note", "it-IT").is_empty());
    }

    #[test]
    fn mangled_autolinks() {
        let source = "Go to <https://admin.microsoft.com>.";
        for bad in [
            "Accedere a < https://admin.microsoft.com>.",
            "Accedere a <https: //admin.microsoft.com>.",
            "Accedere a ＜https://admin.microsoft.com＞.",
        ] {
            assert_eq!(codes(bad, source, "it-IT"), [Code::BrokenAutolink], "{bad}");
        }
        assert!(codes("Accedere a <https://admin.microsoft.com>.", source, "it-IT").is_empty());
    }

    #[test]
    fn reference_labels_the_source_does_not_use() {
        let source = "See [the admin center][admin] and [Teams][].";
        assert!(
            codes(
                "Vedere [l'interfaccia][admin] e [Teams][].",
                source,
                "it-IT"
            )
            .is_empty()
        );
        let bad = found(
            "Vedere [l'interfaccia][amministrazione] e [Squadre][].",
            source,
            "it-IT",
        );
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].1.contains("[amministrazione], [squadre]"), "{bad:?}");
        // Bracketed text that is no link in the English either.
        assert!(codes("+[prefisso][numero]", "+[area code][phone number]", "it-IT").is_empty());
        assert_eq!(
            defined_labels("x\n[Admin]: https://a\n  [Two  Words]: b.md\n"),
            ["admin", "two words"]
        );
        // DocFX includes are not reference links.
        assert!(codes("[!INCLUDE[x][y]]", "[!INCLUDE[x][z]]", "it-IT").is_empty());
    }

    #[test]
    fn link_text_left_in_english() {
        let source = "To learn more, see [Manage user accounts](users.md).";
        assert_eq!(
            codes(
                "Per altre informazioni, vedere [Manage user accounts](users.md).",
                source,
                "it-IT"
            ),
            [Code::UntranslatedLinkText]
        );
        assert!(
            codes(
                "Per altre informazioni, vedere [Gestire gli account](users.md).",
                source,
                "it-IT"
            )
            .is_empty()
        );
        // Product names, URLs and cmdlets need no translation.
        for text in [
            "Microsoft Teams",
            "https://aka.ms/x",
            "Get-CsOnlineUser",
            "Microsoft Secure Score",
            "School Data Sync",
        ] {
            let target = format!("Vedere [{text}](x.md).");
            let source = format!("See [{text}](x.md).");
            assert!(codes(&target, &source, "it-IT").is_empty(), "{text}");
        }
    }

    #[test]
    fn an_english_title_glossed_in_the_target_language() {
        assert!(
            codes(
                "[Forward messages to another account](x.md) (メッセージを転送する)",
                "[Forward messages to another account](x.md)",
                "ja-JP"
            )
            .is_empty()
        );
    }

    #[test]
    fn brackets_and_quotes_by_the_target_s_style() {
        assert_eq!(
            codes("Fare clic (in alto.", "Click (at the top).", "it-IT"),
            [Code::UnpairedBracket]
        );
        for (target, locale) in [
            ("Klicken Sie auf „Speichern“.", "de-DE"),
            ("Kliknij „Zapisz”.", "pl-PL"),
            ("Cliquez sur « Enregistrer ».", "fr-FR"),
            ("Klicka på ”Spara”.", "sv-SE"),
            ("Klik på »Gem«.", "da-DK"),
            ("「保存」をクリックします。", "ja-JP"),
        ] {
            assert!(
                !codes(target, "Click \"Save\".", locale).contains(&Code::UnpairedBracket),
                "{target}"
            );
        }
        assert_eq!(
            codes("Klicken Sie auf „Speichern.", "Click \"Save\".", "de-DE"),
            [Code::UnpairedBracket]
        );
        // A list numbered `a)` in the English is not paired there either.
        assert!(codes("a) Aprire", "a) Open", "it-IT").is_empty());
    }

    #[test]
    fn names_and_acronyms_kept() {
        assert_eq!(
            codes(
                "Aprire il disco e il codice.",
                "Open OneDrive and the PIN.",
                "it-IT"
            ),
            [Code::MissingToken]
        );
        let message = &found("Aprire.", "Open OneDrive with Win32 and HTTP2.", "it-IT")[0].1;
        assert!(message.contains("HTTP2, OneDrive, Win32"), "{message}");
        for target in [
            "Öffnen Sie den OneDrive-Ordner und die PIN.",
            "Avaa OneDrivessa PIN.",
            "ＯｎｅＤｒｉｖｅ と ＰＩＮ を開きます。",
        ] {
            assert!(
                codes(target, "Open OneDrive and the PIN.", "de-DE").is_empty(),
                "{target}"
            );
        }
        // Localized abbreviations and a plural's singular.
        assert!(codes("5 Go di spazio sui PC", "5 GB of space on PCs", "fr-FR").is_empty());
        // Case mangled by machine translation.
        let mangled = &found("Aggiornare l'Api di Aad.", "Update the AAD API.", "it-IT")[0].1;
        assert!(
            mangled.contains("AAD (written Aad), API (written Api)"),
            "{mangled}"
        );
        // Acronyms the language spells out, a German preposition that is no acronym.
        for (target, source) in [
            (
                "Crea criteri per la messaggistica istantanea.",
                "Creates IM policies.",
            ),
            ("Die Datei im Ordner.", "The file in IM."),
            ("Eseguire l'eDiscovery.", "Run eDiscovery."),
            ("EDiscovery ausführen.", "Run eDiscovery."),
        ] {
            assert!(codes(target, source, "de-DE").is_empty(), "{target}");
        }
    }

    #[test]
    fn zero_width_characters() {
        assert_eq!(
            codes("Elimina\u{200B} l'account", "Delete the account", "it-IT"),
            [Code::ZeroWidth]
        );
        // Persian ZWNJ and an emoji ZWJ sequence are spelling.
        assert!(invisible_edits("می\u{200C}خواهم", "I want").is_some_and(|e| e.is_empty()));
        assert!(invisible_edits("👩\u{200D}💻", "x").is_some_and(|e| e.is_empty()));
        // In a URL: flagged, but the fix may not touch it.
        assert!(invisible_edits("https://a\u{200B}b.com", "https://ab.com").is_none());
        assert_eq!(
            invisible_edits("a\u{FEFF}b", "ab"),
            Some(vec![(1..4, String::new())])
        );
    }

    #[test]
    fn bidi_controls_by_direction() {
        assert_eq!(
            codes("Apri\u{200E} il file", "Open the file", "it-IT"),
            [Code::BidiControl]
        );
        // Marks and closed embeddings are how Arabic and Hebrew place English names.
        assert!(codes("افتح \u{200F}Teams\u{200F}", "Open Teams", "ar-SA").is_empty());
        assert!(codes("פתח \u{202A}Teams\u{202C}", "Open Teams", "he-IL").is_empty());
        assert_eq!(
            codes("פתח \u{202A}Teams", "Open Teams", "he-IL"),
            [Code::BidiControl]
        );
        assert_eq!(
            codes("افتح \u{202E}Teams\u{202C}", "Open Teams", "ar-SA"),
            [Code::BidiControl]
        );
    }

    #[test]
    fn french_spacing_and_its_edits() {
        let edits = spacing_edits(
            "Remarque : voir « Teams ».",
            "Note: see \"Teams\".",
            "fr-FR",
        )
        .expect("no markup touched");
        assert_eq!(edits.len(), 3, "{edits:?}");
        assert!(
            spacing_edits(
                "Remarque\u{a0}: voir «\u{a0}Teams\u{a0}».",
                "Note: see \"Teams\".",
                "fr-FR"
            )
            .is_some_and(|e| e.is_empty())
        );
        assert_eq!(
            spacing_edits("Vraiment?", "Really?", "fr-FR"),
            Some(vec![(8..8, "\u{202f}".to_owned())])
        );
        // Canadian French sets no space before `?`, but still one before `:`.
        assert!(spacing_edits("Vraiment?", "Really?", "fr-CA").is_some_and(|e| e.is_empty()));
        assert_eq!(
            spacing_edits("Remarque:", "Note:", "fr-CA").map(|e| e.len()),
            Some(1)
        );
        // Times, URLs and code are not punctuation.
        for fine in [
            "À 10:30, ouvrez https://contoso.com.",
            "Exécutez `Get-X -A:$true`.",
            "Voir [ici](https://a.com/b?c=d).",
        ] {
            assert!(
                spacing_edits(fine, "x", "fr-FR").is_some_and(|e| e.is_empty()),
                "{fine}"
            );
        }
    }

    #[test]
    fn spaces_before_punctuation_elsewhere() {
        assert_eq!(
            spacing_edits("Aprire il file .", "Open the file.", "it-IT"),
            Some(vec![(14..15, String::new())])
        );
        for fine in [
            "Usare .NET e ...",
            "Il file è pronto...",
            "Aprire il file.",
            "Vedere (A , B)",
            "salvato in . WAV o . MP3",
        ] {
            assert!(
                spacing_edits(fine, "Open (A , B)", "it-IT").is_some_and(|e| e.is_empty()),
                "{fine}"
            );
        }
        // The English has it too.
        assert!(spacing_edits("Scelta :", "Choice :", "it-IT").is_some_and(|e| e.is_empty()));
    }

    #[test]
    fn spanish_opening_marks() {
        assert_eq!(
            codes("Quiere continuar?", "Do you want to continue?", "es-ES"),
            [Code::SpanishMarks]
        );
        assert!(codes("¿Quiere continuar?", "Do you want to continue?", "es-ES").is_empty());
        assert!(codes("Vea https://a.com/?q=1", "See https://a.com/?q=1", "es-ES").is_empty());
        assert!(codes("Why? (¿Por qué?)", "Why?", "es-ES").is_empty());
        for fine in [
            "la regla ^0?(999)$",
            "> [!NOTE]> No admite.",
            "Vea el panel ¿Necesita ayuda?.",
            "¿Admite Office 365?",
        ] {
            assert!(
                codes(fine, "Why? ^0?(999)$ [!NOTE] Yes!", "es-ES").is_empty(),
                "{fine}"
            );
        }
    }

    #[test]
    fn protected_ranges_cover_markup_not_words() {
        let markup = "a `b` <b>c</b> [d](e f) https://g.h &amp; i";
        let texts: Vec<&str> = protected(markup).into_iter().map(|r| &markup[r]).collect();
        assert_eq!(
            texts,
            ["`b`", "<b>", "</b>", "(e f)", "https://g.h", "&amp;"]
        );
    }
}
