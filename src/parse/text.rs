//! Visible text of a target or source: what a reader sees, with Markdown and HTML markup removed,
//! entities and backslash escapes decoded, and white space collapsed.
//!
//! The fragment is read on its own, not in the context of its page, so that the same markup gives
//! the same text in every locale and in every block kind; that is what alignment and QA compare.
//! It is read as one paragraph: line ends become spaces and a private-use character is put in
//! front, so that a target starting with `2019. ` or `# ` is not taken for a list or heading.

use super::blocks::markdown_options;
use pulldown_cmark::{Event, Parser};

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
    collapse_whitespace(raw.strip_prefix(PARAGRAPH_GUARD).unwrap_or(&raw))
}

/// True when `fragment` has nothing to interpret: no markup characters, no white space to collapse.
fn is_plain(fragment: &str) -> bool {
    let bytes = fragment.as_bytes();
    let edges_clean = bytes.first().is_none_or(|b| !b.is_ascii_whitespace())
        && bytes.last().is_none_or(|b| !b.is_ascii_whitespace());
    edges_clean
        && !bytes.iter().any(|b| {
            matches!(
                b,
                b'\\'
                    | b'&'
                    | b'<'
                    | b'>'
                    | b'*'
                    | b'_'
                    | b'['
                    | b']'
                    | b'!'
                    | b'`'
                    | b'~'
                    | b'\n'
                    | b'\r'
                    | b'\t'
                    | b'|'
            )
        })
        && !fragment.contains("  ")
        && !fragment.contains('\u{a0}')
}

fn is_line_break(tag: &str) -> bool {
    let t = tag.trim_start_matches('<').trim_start();
    t.len() >= 2 && t[..2].eq_ignore_ascii_case("br")
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

#[cfg(test)]
mod tests {
    use super::visible_text;

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
        ];
        for (fragment, text) in cases {
            assert_eq!(visible_text(fragment), text, "{fragment}");
        }
    }
}
