//! Sentences written straight from pulldown-cmark's events, without the sanitizer.
//!
//! pulldown-cmark escapes text itself, so a sentence whose events are only text, inline code,
//! emphasis, strikethrough and links cannot carry markup the policy of `sanitize` would remove:
//! the only thing left to police is each link's URL, and it is judged here exactly as the
//! sanitizer judges it (`url::Url::parse`: an allowed scheme, or relative). Such a sentence is
//! written here with the sanitizer's own serialization (what it escapes in text and in attribute
//! values), so the page is byte-for-byte what the sanitizer would have made of it, at a fraction
//! of the cost: parsing every fragment again as HTML was a sixth of a page. Anything else
//! (raw HTML, images, line breaks, a URL the sanitizer would drop, a link inside a link, more
//! than one paragraph) returns `None` and takes the sanitizer's path. A test compares both paths
//! over the corpus and the `fragment` fuzz target compares them on arbitrary input.
//!
//! Pages (the Markdown around the sentences) are judged, not rewritten: [`PageCheck`] follows the
//! events as pulldown-cmark writes them and says whether the sanitizer would only change how
//! that HTML is spelled, which [`PageCheck::finish`] then does itself.

use super::super::sanitize::URL_SCHEMES;
use super::{FRAGMENT_GUARD, PageContext, rewrite_link};
use pulldown_cmark::{Event, LinkType, Tag, TagEnd};

/// Whether a page's HTML, as pulldown-cmark writes the events `render_events` gives it, is
/// already what the sanitizer makes of it up to spelling.
///
/// It is when every piece of markup in it is markup the policy keeps as it is: pulldown-cmark's
/// own blocks and inlines (without attributes the policy drops), links and images whose URL the
/// policy keeps, locdoc's own markup (alerts, table wrappers, links to English pages), and of
/// raw HTML only the sxs heading anchors (`<a name="…"></a>`) and line breaks. Then the
/// sanitizer's HTML parser builds the tree pulldown-cmark wrote, and its serializer changes only
/// the spelling of void tags (`<br />` → `<br>`), of apostrophes pulldown-cmark escapes in
/// attributes, and of no-break spaces, which [`PageCheck::finish`] applies. The raw HTML of
/// content, anything the policy removes, and text the parser reads differently (carriage
/// returns, NUL, byte-order marks) refuse, and the page takes the sanitizer. A test holds both
/// paths byte-equal on every corpus page and the `page` fuzz target on arbitrary Markdown.
#[derive(Debug, Default)]
pub(super) struct PageCheck {
    refused: bool,
    /// Links open around the current event (an anchor inside a link would be reparented).
    links: usize,
    /// A heading anchor was opened and its `</a>` must come next.
    anchor_open: bool,
}

impl PageCheck {
    /// A check for a page written from `markdown`.
    pub(super) fn new(markdown: &str) -> PageCheck {
        PageCheck {
            refused: changed_by_the_parser(markdown),
            ..PageCheck::default()
        }
    }

    /// A check that has refused already, for what takes the sanitizer whatever it holds (a
    /// sentence's own fallback path): nothing is judged.
    pub(super) fn off() -> PageCheck {
        PageCheck {
            refused: true,
            ..PageCheck::default()
        }
    }

    /// An event of content, written by pulldown-cmark as it is.
    pub(super) fn content(&mut self, event: &Event<'_>) {
        if self.refused {
            return;
        }
        let closes_anchor = matches!(event, Event::InlineHtml(html) if html.as_ref() == "</a>");
        if self.anchor_open != closes_anchor {
            self.refused = true;
        }
        let kept = match event {
            Event::Start(Tag::Heading {
                id, classes, attrs, ..
            }) => id.is_none() && classes.is_empty() && attrs.is_empty(),
            // Their URLs are judged where they are rewritten (`link`, `image`).
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => false,
            Event::Start(tag) => kept_as_written(tag.to_end()),
            Event::End(TagEnd::Image) => true,
            Event::End(tag) => kept_as_written(*tag),
            Event::Text(_) | Event::Code(_) | Event::SoftBreak | Event::HardBreak | Event::Rule => {
                true
            }
            Event::InlineHtml(html) => {
                if closes_anchor {
                    self.anchor_open = false;
                    true
                } else if is_heading_anchor(html) && self.links == 0 && !self.anchor_open {
                    self.anchor_open = true;
                    true
                } else {
                    matches!(html.as_ref(), "<br>" | "<br />")
                }
            }
            _ => false,
        };
        if !kept {
            self.refused = true;
        }
    }

    /// A link opened: `href` as given to pulldown-cmark, or for locdoc's own markup
    /// (`escaped_by_locdoc`) as escaped into its attribute.
    pub(super) fn link(&mut self, link_type: LinkType, href: &str, escaped_by_locdoc: bool) {
        if self.refused {
            return;
        }
        // A link inside a link (an autolink in a link's text): the HTML parser closes the outer
        // one first, so the tree is not the one written.
        if self.links > 0 {
            self.refused = true;
        }
        self.links += 1;
        let read_back = match (escaped_by_locdoc, link_type) {
            (true, _) => href.to_owned(),
            (false, LinkType::Email) => format!("mailto:{}", percent_encoded(href)),
            (false, _) => percent_encoded(href),
        };
        if !url_kept(&read_back) {
            self.refused = true;
        }
    }

    /// A link closed.
    pub(super) fn link_end(&mut self) {
        self.links = self.links.saturating_sub(1);
    }

    /// An image, its source as given to pulldown-cmark.
    pub(super) fn image(&mut self, src: &str) {
        if self.refused {
            return;
        }
        if !url_kept(&percent_encoded(src)) {
            self.refused = true;
        }
    }

    /// The page's HTML as the sanitizer would write it, or `None` when it must go through the
    /// sanitizer.
    pub(super) fn finish(self, html: &str) -> Option<String> {
        if self.refused || self.anchor_open {
            return None;
        }
        Some(respelled(html))
    }
}

/// Whether the policy keeps an element pulldown-cmark writes for this tag as it is written
/// (headings, links and images aside).
fn kept_as_written(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(None)
            | TagEnd::CodeBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
    )
}

/// `<a name="…">` with a plain name, as sxs headings carry them.
fn is_heading_anchor(html: &str) -> bool {
    html.strip_prefix("<a name=\"")
        .and_then(|rest| rest.strip_suffix("\">"))
        .is_some_and(|name| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
        })
}

/// HTML from pulldown-cmark (and locdoc's markup) spelled as the sanitizer's serializer spells
/// it. Without raw HTML, ` />` only ends a void tag (text and attribute values have `>`
/// escaped), and `&#39;`/`&#x27;` only stand for an apostrophe in an attribute value (an `&` of
/// text is written `&amp;`).
fn respelled(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 64);
    push_replaced(&mut out, html, |rest| match rest {
        [b' ', b'/', b'>', ..] => Some((">", 3)),
        [b'&', b'#', b'3', b'9', b';', ..] => Some(("'", 5)),
        [b'&', b'#', b'x', b'2', b'7', b';', ..] => Some(("'", 6)),
        [0xC2, 0xA0, ..] => Some(("&nbsp;", 2)),
        _ => None,
    });
    out
}

/// `text` appended to `out` with what `replacement` finds at a byte (the bytes from there on)
/// replaced: by what, for how many bytes. The runs between are copied as they are, so a
/// replacement must begin at an ASCII byte or a character's lead byte.
fn push_replaced(
    out: &mut String,
    text: &str,
    replacement: impl Fn(&[u8]) -> Option<(&'static str, usize)>,
) {
    let bytes = text.as_bytes();
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        match replacement(&bytes[i..]) {
            Some((with, width)) => {
                out.push_str(&text[copied..i]);
                out.push_str(with);
                i += width;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[copied..]);
}

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
            }) if *link_type != LinkType::Email && links.is_empty() => {
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

/// Text (of locdoc's own markup) as the sanitizer serializes it, so that a page carrying it can
/// skip the sanitizer.
pub(super) fn text_html(text: &str) -> String {
    let mut html = String::with_capacity(text.len());
    push_text(&mut html, text);
    html
}

/// An attribute value as the sanitizer serializes it: as text, and `"` too.
fn push_attribute(out: &mut String, value: &str) {
    push_escaped(out, value, true);
}

fn push_escaped(out: &mut String, text: &str, in_attribute: bool) {
    let mut guard = [0u8; 4];
    let guard = FRAGMENT_GUARD.encode_utf8(&mut guard).as_bytes();
    push_replaced(out, text, |rest| match rest[0] {
        b'&' => Some(("&amp;", 1)),
        b'<' => Some(("&lt;", 1)),
        b'>' => Some(("&gt;", 1)),
        b'"' if in_attribute => Some(("&quot;", 1)),
        b if b == guard[0] && rest.starts_with(guard) => Some(("", guard.len())),
        _ => None,
    });
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
