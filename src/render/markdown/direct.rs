//! Sentences written straight from pulldown-cmark's events, without the sanitizer.
//!
//! pulldown-cmark escapes text itself, so a sentence whose events are only text, inline code,
//! emphasis, strikethrough and links cannot carry markup the policy of `sanitize` would remove:
//! the only thing left to police is each link's URL, and it is judged here exactly as the
//! sanitizer judges it (`url::Url::parse`: an allowed scheme, or relative). Such a sentence is
//! written here with the sanitizer's own serialization (what it escapes in text and in attribute
//! values), so the page is byte-for-byte what the sanitizer would have made of it, at a fraction
//! of the cost: parsing every fragment again as HTML was a sixth of a page. Anything else
//! (raw HTML, images, line breaks, a URL the sanitizer would drop, more than one paragraph)
//! returns `None` and takes the sanitizer's path. A test compares both paths over the corpus
//! and the `fragment` fuzz target compares them on arbitrary input.

use super::super::sanitize::URL_SCHEMES;
use super::{FRAGMENT_GUARD, PageContext, rewrite_link};
use pulldown_cmark::{Event, LinkType, Tag, TagEnd};

/// The sanitized HTML of a fragment that parsed as `events` (one paragraph, guard included),
/// or `None` when the fragment needs the sanitizer.
pub(super) fn fragment_html(events: &[Event<'_>], ctx: &PageContext<'_>) -> Option<String> {
    let (Event::Start(Tag::Paragraph), rest) = events.split_first()? else {
        return None;
    };
    let (Event::End(TagEnd::Paragraph), inner) = rest.split_last()? else {
        return None;
    };
    // pulldown-cmark's own escaping first (`&`, `<`, `>` in text), as the sanitizer's input was;
    // the ends are trimmed and the no-break spaces escaped after, as the sanitizer's output has
    // them.
    let mut html = String::new();
    let mut links: Vec<bool> = Vec::new();
    for event in inner {
        match event {
            Event::Text(text) | Event::Code(text) if changed_by_the_parser(text) => return None,
            Event::Text(text) => push_text(&mut html, text),
            Event::Code(code) => {
                html.push_str("<code>");
                push_text(&mut html, code);
                html.push_str("</code>");
            }
            Event::Start(Tag::Emphasis) => html.push_str("<em>"),
            Event::End(TagEnd::Emphasis) => html.push_str("</em>"),
            Event::Start(Tag::Strong) => html.push_str("<strong>"),
            Event::End(TagEnd::Strong) => html.push_str("</strong>"),
            Event::Start(Tag::Strikethrough) => html.push_str("<del>"),
            Event::End(TagEnd::Strikethrough) => html.push_str("</del>"),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) if *link_type != LinkType::Email => {
                let (href, untranslated) = rewrite_link(dest_url, ctx);
                // The value the sanitizer reads: as pulldown-cmark writes it (percent-encoded)
                // for a link, as written for locdoc's own marked link to the English page.
                let href = if untranslated {
                    href
                } else {
                    percent_encoded(&href)
                };
                if !url_kept(&href) || changed_by_the_parser(&href) || changed_by_the_parser(title)
                {
                    return None;
                }
                html.push_str("<a href=\"");
                push_attribute(&mut html, &href);
                html.push('"');
                if untranslated {
                    html.push_str(" class=\"untranslated\" hreflang=\"");
                    push_attribute(&mut html, ctx.site.source_locale());
                    html.push('"');
                }
                if !title.is_empty() {
                    html.push_str(" title=\"");
                    push_attribute(&mut html, title);
                    html.push('"');
                }
                html.push('>');
                links.push(untranslated);
            }
            Event::End(TagEnd::Link) => {
                if links.pop()? {
                    html.push_str("<span class=\"visually-hidden\"> ");
                    push_text(&mut html, &ctx.labels.in_english);
                    html.push_str("</span>");
                }
                html.push_str("</a>");
            }
            _ => return None,
        }
    }
    let trimmed = html.trim();
    Some(if trimmed.contains('\u{a0}') {
        trimmed.replace('\u{a0}', "&nbsp;")
    } else {
        trimmed.to_owned()
    })
}

/// Whether the sanitizer's HTML parser would not keep `text` as it is: it reads a carriage
/// return as a line feed, drops NUL and a leading byte-order mark. Such text takes the
/// sanitizer's path.
fn changed_by_the_parser(text: &str) -> bool {
    text.contains(['\r', '\0', '\u{feff}'])
}

/// Text as the sanitizer serializes it (`&`, `<`, `>`; the no-break space is escaped at the
/// end), without the fragment guard.
fn push_text(out: &mut String, text: &str) {
    push_escaped(out, text, false);
}

/// An attribute value as the sanitizer serializes it: as text, and `"` too.
fn push_attribute(out: &mut String, value: &str) {
    push_escaped(out, value, true);
}

fn push_escaped(out: &mut String, text: &str, in_attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if in_attribute => out.push_str("&quot;"),
            FRAGMENT_GUARD => {}
            c => out.push(c),
        }
    }
}

/// A link destination as pulldown-cmark writes it into `href`, read back as the HTML parser
/// reads it: percent-encoded where pulldown-cmark encodes, with `&` and `'` as themselves.
fn percent_encoded(dest: &str) -> String {
    let mut written = String::with_capacity(dest.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut written, dest);
    if written.contains('&') {
        written.replace("&amp;", "&").replace("&#x27;", "'")
    } else {
        written
    }
}

/// Whether the sanitizer keeps an `href` of this value: a URL with an allowed scheme, or a
/// relative one.
fn url_kept(value: &str) -> bool {
    match url::Url::parse(value) {
        Ok(url) => URL_SCHEMES.contains(&url.scheme()),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_judged_as_the_sanitizer_judges_them() {
        for kept in [
            "https://example.com/a?b=c&d",
            "mailto:a@b.c",
            "../a/",
            "#x",
            "/root",
            "//host/x",
            "a%20b",
        ] {
            assert!(url_kept(kept), "{kept}");
        }
        for dropped in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "docs:thing",
            "http://[::1",
        ] {
            assert!(!url_kept(dropped), "{dropped}");
        }
    }

    #[test]
    fn pulldown_cmark_encoding_is_read_back_as_the_parser_reads_it() {
        assert_eq!(percent_encoded("a b&c'd\"e<é"), "a%20b&c'd%22e%3C%C3%A9");
        assert_eq!(percent_encoded("../x.md#y"), "../x.md#y");
    }
}
