//! Visible text of a target or source: what a reader sees, with Markdown and HTML markup removed,
//! entities and backslash escapes decoded, and white space collapsed.
//!
//! The fragment is read on its own, not in the context of its page, so that the same markup gives
//! the same text in every locale and in every block kind; that is what alignment and QA compare.
//! It is read as one paragraph: line ends become spaces and a private-use character is put in
//! front, so that a target starting with `2019. ` or `# ` is not taken for a list or heading.

use pulldown_cmark::{Event, Options, Parser};

/// The Markdown options locdoc reads content with: GFM tables, alerts and strikethrough, as DocFX does.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_GFM | Options::ENABLE_STRIKETHROUGH
}

/// `<br>`, `<br/>`, `<BR />`: an inline line break.
pub fn is_line_break(tag: &str) -> bool {
    let t = tag.trim_start_matches('<').trim_start();
    t.len() >= 2
        && t[..2].eq_ignore_ascii_case("br")
        && !t[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// The lower-case element name of the HTML tag that `tag` starts with (`<td class=…>` and
/// `</TD>` are both `td`; empty for a `<` that opens no tag).
pub fn element_name(tag: &str) -> String {
    tag.strip_prefix('<')
        .unwrap_or(tag)
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Private-use character that makes any fragment start a paragraph; removed from the result.
const PARAGRAPH_GUARD: char = '\u{E000}';

/// The visible text of an inline Markdown/HTML fragment.
pub fn visible_text(fragment: &str) -> String {
    if is_plain(fragment) {
        return fragment.to_owned();
    }
    let mut input = String::with_capacity(fragment.len() + 3);
    input.push(PARAGRAPH_GUARD);
    for c in fragment.chars() {
        input.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    let mut raw = String::with_capacity(fragment.len());
    for event in Parser::new_ext(&input, markdown_options()) {
        match event {
            Event::Text(t) | Event::Code(t) => raw.push_str(&t),
            Event::SoftBreak | Event::HardBreak => raw.push(' '),
            Event::InlineHtml(tag) | Event::Html(tag) if is_line_break(&tag) => raw.push(' '),
            _ => {}
        }
    }
    match raw.strip_prefix(PARAGRAPH_GUARD) {
        Some(rest) => collapse_whitespace(rest),
        None => collapse_owned(raw),
    }
}

/// True when `fragment` has nothing to interpret: no markup characters, no white space to collapse.
fn is_plain(fragment: &str) -> bool {
    let bytes = fragment.as_bytes();
    !bytes.iter().any(|b| {
        matches!(
            b,
            b'\\' | b'&' | b'<' | b'>' | b'*' | b'_' | b'[' | b']' | b'!' | b'`' | b'~' | b'|'
        )
    }) && !needs_collapse(fragment)
}

/// True when `text` has white space other than single inner spaces: leading or trailing white
/// space, a run of spaces, a tab or line end, or a non-ASCII space (U+00A0, U+2000-U+200A, U+3000, …).
pub fn needs_collapse(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return true;
    }
    // Most bytes are none of these, and are passed over by the table alone.
    let mut at = 0;
    while let Some(offset) = bytes[at..]
        .iter()
        .position(|&b| MAY_COLLAPSE[usize::from(b)])
    {
        let i = at + offset;
        let found = match bytes[i] {
            b' ' => bytes.get(i + 1) == Some(&b' '),
            // Lead bytes of the non-ASCII White_Space characters; check the character itself.
            0xc2 | 0xe1 | 0xe2 | 0xe3 => text[i..].chars().next().is_some_and(char::is_whitespace),
            _ => true,
        };
        if found {
            return true;
        }
        at = i + 1;
    }
    false
}

/// The bytes [`needs_collapse`] looks at: the space, ASCII white space other than it, and the
/// lead bytes of the non-ASCII white space characters.
const MAY_COLLAPSE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b, 0x09..=0x0d | 0x20 | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        b += 1;
    }
    table
};

/// Trim, and turn every run of white space (including no-break spaces) into one space.
pub fn collapse_owned(text: String) -> String {
    if needs_collapse(&text) {
        collapse_whitespace(&text)
    } else {
        text
    }
}

/// Trim, and turn every run of white space (including no-break spaces) into one space.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The next `[!INCLUDE[title](path)]` in `text[from..to]`: (its byte range, its path).
pub fn find_include(
    text: &str,
    from: usize,
    to: usize,
) -> Option<(std::ops::Range<usize>, String)> {
    let hay = &text[from..to];
    let mut search = 0;
    while let Some(found) = hay[search..].find("[!INCLUDE") {
        let start = search + found;
        let rest = &hay[start + "[!INCLUDE".len()..];
        let after_space = rest.trim_start();
        let parsed = after_space.strip_prefix('[').and_then(|r| {
            let title_end = r.find(']')?;
            let r = r[title_end + 1..].strip_prefix('(')?;
            let path_end = r.find(')')?;
            let path = r[..path_end].trim();
            let r = r[path_end + 1..].strip_prefix(']')?;
            Some((path.to_owned(), hay.len() - r.len()))
        });
        if let Some((path, end)) = parsed {
            return Some((from + start..from + end, path));
        }
        search = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{needs_collapse, visible_text};

    #[test]
    fn needs_collapse_knows_every_white_space_character() {
        let mut text = String::new();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            text.clear();
            text.extend(['a', c, 'b']);
            let expected = c.is_whitespace() && c != ' ';
            assert_eq!(needs_collapse(&text), expected, "U+{:04X}", c as u32);
        }
        for (text, expected) in [
            ("a b", false),
            ("a  b", true),
            (" a", true),
            ("a ", true),
            ("日本語\u{3000}です", true),
            ("日本語です", false),
            ("", false),
        ] {
            assert_eq!(needs_collapse(text), expected, "{text:?}");
        }
    }

    #[test]
    fn strips_markup_and_decodes() {
        let cases = [
            ("Cum să vă închideți contul", "Cum să vă închideți contul"),
            (
                "**Rapporten** \\> <a href=\"x\" target=\"_blank\">Gebruik</a>.",
                "Rapporten > Gebruik.",
            ),
            (
                "vedere [Închiderea contului](https://x/y).",
                "vedere Închiderea contului.",
            ),
            ("0800&nbsp;589&nbsp;2330", "0800 589 2330"),
            ("&lt; *Bearer-token* &gt; .", "< Bearer-token > ."),
            ("www. <span></span> contoso .com", "www. contoso .com"),
            ("Două\nrânduri  acum ", "Două rânduri acum"),
            ("2019. Accedi", "2019. Accedi"),
            ("2019. Accedi a `cmd /c`", "2019. Accedi a cmd /c"),
            ("# not a heading", "# not a heading"),
            ("a<br/>b", "a b"),
            ("![alt text](i.png) rest", "alt text rest"),
            ("", ""),
            ("a\u{a0}b\u{3000}c", "a b c"),
            ("日本語のテキスト", "日本語のテキスト"),
        ];
        for (fragment, text) in cases {
            assert_eq!(visible_text(fragment), text, "{fragment}");
        }
    }
}
