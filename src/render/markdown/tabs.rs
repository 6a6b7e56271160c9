//! DocFX tabbed content as WAI-ARIA tabs.
//!
//! A tab is a heading whose only content is a link to `#tab/<id>` (`# [Windows](#tab/windows)`);
//! consecutive tabs of one level make a group, which ends at a thematic break (`---`, dropped)
//! or at a heading of the same or a higher level that is not a tab. A condition after the id
//! (`#tab/windows/python`) is kept as part of the id.
//!
//! Without JavaScript every panel shows, headed by its label (a heading of the tab's level); the
//! tab list (buttons with the labels' visible text) is hidden until `locdoc.js` shows it and
//! hides the panels not selected.
//!
//! The structure (roles, ids, buttons) is trusted markup: like segments, it goes into the page
//! Markdown as placeholders and is put in only after the sanitizer has run, so the sanitizer's
//! policy stays as strict as it was and content can forge none of it. The label itself (its
//! segments, emphasis, anchors) is content and is sanitized like the rest of the page.

use super::{PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Piece};
use crate::parse::text::is_line_break;
use crate::render::url::escape_html;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use std::collections::HashSet;
use std::fmt::Write;

const TAB_LINK: &str = "#tab/";

/// Turn tab headings of `events` (a whole page, straight from the parser) into tab groups whose
/// markup is added to `pieces`.
pub(super) fn group<'e>(
    events: Vec<Event<'e>>,
    pieces: &mut Vec<Piece>,
    source_locale: &str,
) -> Vec<Event<'e>> {
    if !events.iter().any(
        |e| matches!(e, Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with(TAB_LINK)),
    ) {
        return events;
    }
    let mut pass = Pass {
        pieces,
        source_locale,
        groups: 0,
        ids: HashSet::new(),
        open: Vec::new(),
        out: Vec::with_capacity(events.len() + 16),
    };
    // Nesting of blocks: only tabs, headings and breaks at the top level count.
    let mut depth = 0usize;
    let mut events = events.into_iter();
    while let Some(event) = events.next() {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if depth == 0 => {
                let mut inner = Vec::new();
                let mut end = None;
                for e in events.by_ref() {
                    if let Event::End(TagEnd::Heading(_)) = e {
                        end = Some(e);
                        break;
                    }
                    inner.push(e);
                }
                let level_n = level as usize;
                match tab_of(&inner) {
                    Some(tab) => pass.tab(level_n, tab, inner),
                    None => {
                        pass.close_while(|g| g.level >= level_n);
                        pass.out.push(Event::Start(Tag::Heading {
                            level,
                            id,
                            classes,
                            attrs,
                        }));
                        pass.out.extend(inner);
                        pass.out.extend(end);
                    }
                }
            }
            Event::Rule if depth == 0 && !pass.open.is_empty() => pass.close_group(),
            Event::Start(_) => {
                depth += 1;
                pass.out.push(event);
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                pass.out.push(event);
            }
            other => pass.out.push(other),
        }
    }
    pass.close_while(|_| true);
    pass.out
}

/// A tab heading's link: the tab's id and where the link opens and closes in the heading.
struct TabLink {
    tab: String,
    start: usize,
    end: usize,
}

/// The tab a heading's content makes, if it is one link to `#tab/…` (with anchors or spaces
/// around it, as localized files have).
fn tab_of(inner: &[Event<'_>]) -> Option<TabLink> {
    let mut link: Option<TabLink> = None;
    let mut i = 0;
    while i < inner.len() {
        match &inner[i] {
            Event::Start(Tag::Link { dest_url, .. }) if link.is_none() => {
                let rest = dest_url.strip_prefix(TAB_LINK)?;
                let mut nested = 0usize;
                let end = (i + 1..inner.len()).find(|&j| match &inner[j] {
                    Event::Start(Tag::Link { .. }) => {
                        nested += 1;
                        false
                    }
                    Event::End(TagEnd::Link) if nested == 0 => true,
                    Event::End(TagEnd::Link) => {
                        nested -= 1;
                        false
                    }
                    _ => false,
                })?;
                let rest = rest.trim_end_matches('/');
                let (id, condition) = rest.split_once('/').unwrap_or((rest, ""));
                if id.is_empty() {
                    return None;
                }
                let tab = if condition.is_empty() {
                    id.to_owned()
                } else {
                    format!("{id}/{condition}")
                };
                link = Some(TabLink { tab, start: i, end });
                i = end;
            }
            Event::InlineHtml(_) | Event::SoftBreak => {}
            Event::Text(text) if text.trim().is_empty() => {}
            _ => return None,
        }
        i += 1;
    }
    link
}

/// An open group.
struct Group {
    /// The level of its tab headings.
    level: usize,
    /// Its number on the page, from 1.
    number: usize,
    /// The piece that opens it with its tab list (written when the group closes).
    head: usize,
    /// Its tab buttons.
    buttons: Vec<String>,
}

struct Pass<'p, 'e> {
    pieces: &'p mut Vec<Piece>,
    source_locale: &'p str,
    groups: usize,
    /// Ids given on this page (`<group>-<tab>`).
    ids: HashSet<String>,
    open: Vec<Group>,
    out: Vec<Event<'e>>,
}

impl<'e> Pass<'_, 'e> {
    /// Add trusted markup as a placeholder event.
    fn trusted(&mut self, html: String) {
        let k = self.reserve();
        self.pieces[k].html = html;
        self.push_marker(k);
    }

    fn reserve(&mut self) -> usize {
        self.pieces.push(Piece {
            html: String::new(),
            text: String::new(),
            source: None,
        });
        self.pieces.len() - 1
    }

    fn push_marker(&mut self, k: usize) {
        self.out.push(Event::Html(CowStr::from(format!(
            "{PLACEHOLDER_OPEN}{k}{PLACEHOLDER_CLOSE}"
        ))));
    }

    fn tab(&mut self, level: usize, link: TabLink, mut inner: Vec<Event<'e>>) {
        self.close_while(|g| g.level > level);
        if self.open.last().is_some_and(|g| g.level == level) {
            self.trusted("</div>\n".to_owned());
        } else {
            self.groups += 1;
            let head = self.reserve();
            self.push_marker(head);
            self.open.push(Group {
                level,
                number: self.groups,
                head,
                buttons: Vec::new(),
            });
        }
        let number = self.open.last().map_or(0, |g| g.number);
        let mut id = format!("{number}-{}", slug(&link.tab));
        if !self.ids.insert(id.clone()) {
            let base = id;
            id = (2..)
                .map(|n| format!("{base}-{n}"))
                .find(|candidate| self.ids.insert(candidate.clone()))
                .unwrap_or_default();
        }
        let tab = escape_html(&link.tab);
        let (shown, english) = label_text(&inner[link.start + 1..link.end], self.pieces);
        // A label with no text of its own (an image) is named by its id.
        let shown = if shown.is_empty() { tab.clone() } else { shown };
        let label = match english {
            Some(english) => format!(
                "<span class=\"seg-target\">{shown}</span><span class=\"seg-source\" lang=\"{}\" dir=\"ltr\">{english}</span>",
                escape_html(self.source_locale)
            ),
            None => shown,
        };
        let first = self.open.last().is_none_or(|g| g.buttons.is_empty());
        let mut button = String::new();
        let _ = write!(
            button,
            "<button type=\"button\" role=\"tab\" id=\"tab-{id}\" aria-controls=\"tabpanel-{id}\" aria-selected=\"{first}\" tabindex=\"{tabindex}\" data-tab=\"{tab}\">{label}</button>",
            tabindex = if first { "0" } else { "-1" },
        );
        if let Some(group) = self.open.last_mut() {
            group.buttons.push(button);
        }
        self.trusted(format!(
            "<div class=\"tab-panel\" role=\"tabpanel\" id=\"tabpanel-{id}\" aria-labelledby=\"tab-{id}\" tabindex=\"0\" data-tab=\"{tab}\">\n<h{level} class=\"tab-label\">"
        ));
        // The label: the link's content, with the anchors around it; not the link itself.
        inner.remove(link.end);
        inner.remove(link.start);
        self.out.extend(inner);
        self.trusted(format!("</h{level}>"));
        self.out.push(Event::Html(CowStr::Borrowed("\n")));
    }

    fn close_while(&mut self, close: impl Fn(&Group) -> bool) {
        while self.open.last().is_some_and(&close) {
            self.close_group();
        }
    }

    /// Close the innermost group: its last panel, itself, and write its head.
    fn close_group(&mut self) {
        let Some(group) = self.open.pop() else {
            return;
        };
        self.trusted("</div>\n</div>".to_owned());
        self.out.push(Event::Html(CowStr::Borrowed("\n")));
        self.pieces[group.head].html = format!(
            "<div class=\"tabs\">\n<div class=\"tab-list\" role=\"tablist\">{}</div>\n",
            group.buttons.concat()
        );
    }
}

/// The visible text of a label, escaped, and its English where a segment of it has one.
fn label_text(events: &[Event<'_>], pieces: &[Piece]) -> (String, Option<String>) {
    let mut raw = String::new();
    for event in events {
        match event {
            Event::Text(text) | Event::Code(text) => raw.push_str(text),
            Event::SoftBreak | Event::HardBreak => raw.push(' '),
            Event::InlineHtml(tag) if is_line_break(tag) => raw.push(' '),
            _ => {}
        }
    }
    let (mut shown, mut english, mut bilingual) = (String::new(), String::new(), false);
    let mut rest = raw.as_str();
    while let Some(open) = rest.find(PLACEHOLDER_OPEN) {
        shown.push_str(&rest[..open]);
        english.push_str(&rest[..open]);
        let after = &rest[open + PLACEHOLDER_OPEN.len_utf8()..];
        let Some(close) = after.find(PLACEHOLDER_CLOSE) else {
            rest = "";
            break;
        };
        if let Some(piece) = after[..close]
            .parse::<usize>()
            .ok()
            .and_then(|k| pieces.get(k))
        {
            shown.push_str(&piece.text);
            match &piece.source {
                Some(source) => {
                    english.push_str(source);
                    bilingual = true;
                }
                None => english.push_str(&piece.text),
            }
        }
        rest = &after[close + PLACEHOLDER_CLOSE.len_utf8()..];
    }
    shown.push_str(rest);
    english.push_str(rest);
    let collapse = |s: &str| escape_html(&s.split_whitespace().collect::<Vec<_>>().join(" "));
    (collapse(&shown), bilingual.then(|| collapse(&english)))
}

/// A tab id as an HTML id part: ASCII letters, digits, `-` and `_`; anything else becomes `-`.
fn slug(tab: &str) -> String {
    tab.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::EnglishOnly;
    use super::super::{FragmentCache, Labels, Mode, PageContext, render_body};
    use std::collections::HashMap;

    /// The body of `markdown` as a page of `ro-RO/a.md`, its segments numbered as units.
    fn render(markdown: &str) -> String {
        let doc = crate::parse::parse_text("ro-RO/a.md", markdown);
        let units: HashMap<usize, usize> = (0..doc.segments.len()).map(|i| (i, i + 1)).collect();
        let labels = Labels {
            show_english: "Show English".to_owned(),
            english_button: "EN".to_owned(),
            ..Labels::default()
        };
        let ctx = PageContext {
            locale: "ro-RO",
            article: "a.md",
            content_locale: "ro-RO",
            mode: Mode::Translated,
            units: &units,
            labels: &labels,
            monikers: &[],
            site: &EnglishOnly(false),
            fragments: &FragmentCache::default(),
        };
        render_body(&doc, &ctx).html
    }

    fn count(html: &str, needle: &str) -> usize {
        html.matches(needle).count()
    }

    /// Every `id="…"` of `html` is given once.
    fn assert_unique_ids(html: &str) {
        let mut seen = std::collections::HashSet::new();
        for part in html.split(" id=\"").skip(1) {
            let id = &part[..part.find('"').expect("closed")];
            assert!(seen.insert(id.to_owned()), "id {id} twice: {html}");
        }
    }

    #[test]
    fn a_group_of_two() {
        let html = render(
            "# [Windows](#tab/windows)\nContent for Windows.\n# [macOS](#tab/macos)\nContent for macOS.\n\n---\n\nAfter.\n",
        );
        assert_eq!(count(&html, "<div class=\"tabs\">"), 1, "{html}");
        assert_eq!(count(&html, "role=\"tablist\""), 1);
        assert_eq!(count(&html, "role=\"tab\" "), 2);
        assert_eq!(count(&html, "role=\"tabpanel\""), 2);
        assert!(html.contains("<button type=\"button\" role=\"tab\" id=\"tab-1-windows\" aria-controls=\"tabpanel-1-windows\" aria-selected=\"true\" tabindex=\"0\" data-tab=\"windows\">Windows</button>"), "{html}");
        assert!(html.contains("<button type=\"button\" role=\"tab\" id=\"tab-1-macos\" aria-controls=\"tabpanel-1-macos\" aria-selected=\"false\" tabindex=\"-1\" data-tab=\"macos\">macOS</button>"), "{html}");
        assert!(html.contains("<div class=\"tab-panel\" role=\"tabpanel\" id=\"tabpanel-1-windows\" aria-labelledby=\"tab-1-windows\" tabindex=\"0\" data-tab=\"windows\">\n<h1 class=\"tab-label\">Windows</h1>\n<p>Content for Windows.</p>"), "{html}");
        // The break ends the group and is not drawn; what follows is outside it.
        assert!(!html.contains("<hr"), "{html}");
        assert!(html.contains("</div>\n</div>\n<p>After.</p>"), "{html}");
        // No link to `#tab/…` is left, nothing is hidden without JavaScript.
        assert!(
            !html.contains("#tab/") && !html.contains("hidden"),
            "{html}"
        );
        assert_unique_ids(&html);
    }

    #[test]
    fn a_group_of_three() {
        let html =
            render("## [A](#tab/a)\n\na\n\n## [B](#tab/b)\n\nb\n\n## [C](#tab/c)\n\nc\n\n---\n");
        assert_eq!(count(&html, "<div class=\"tabs\">"), 1, "{html}");
        assert_eq!(count(&html, "role=\"tab\" "), 3);
        assert_eq!(count(&html, "aria-selected=\"true\""), 1);
        assert_eq!(count(&html, "tabindex=\"-1\""), 2);
        for (tab, text) in [("a", "A"), ("b", "B"), ("c", "C")] {
            assert!(
                html.contains(&format!("id=\"tabpanel-1-{tab}\" aria-labelledby=\"tab-1-{tab}\" tabindex=\"0\" data-tab=\"{tab}\">\n<h2 class=\"tab-label\">{text}</h2>\n<p>{tab}</p>\n</div>")),
                "{html}"
            );
        }
        // The divs balance.
        assert_eq!(count(&html, "<div"), count(&html, "</div>"), "{html}");
    }

    #[test]
    fn two_groups_with_the_same_ids() {
        let md = "# [Windows](#tab/windows)\nw1\n# [macOS](#tab/macos)\nm1\n\n---\n\nBetween.\n\n# [Windows](#tab/windows)\nw2\n# [macOS](#tab/macos)\nm2\n\n---\n";
        let html = render(md);
        assert_eq!(count(&html, "<div class=\"tabs\">"), 2, "{html}");
        assert!(html.contains("id=\"tab-1-windows\"") && html.contains("id=\"tab-2-windows\""));
        assert!(html.contains("id=\"tabpanel-2-macos\""), "{html}");
        // Same data-tab in both groups: choosing one chooses the other.
        assert_eq!(count(&html, "data-tab=\"macos\""), 4);
        assert_unique_ids(&html);
        // The same id twice in one group stays unique too.
        let html = render("# [A](#tab/x)\na\n# [B](#tab/x)\nb\n");
        assert!(
            html.contains("id=\"tab-1-x\"") && html.contains("id=\"tab-1-x-2\""),
            "{html}"
        );
        assert_unique_ids(&html);
    }

    #[test]
    fn a_group_ends_at_a_break() {
        let html = render("# [A](#tab/a)\n\nin a\n\n---\n\nafter\n\n---\n\nend\n");
        let group_end = html.find("</div>\n</div>\n").expect("closed");
        assert!(html[..group_end].contains("in a"), "{html}");
        assert!(
            html[group_end..].starts_with("</div>\n</div>\n<p>after</p>"),
            "{html}"
        );
        // A second break, with no group open, stays a break.
        assert_eq!(count(&html, "<hr>"), 1, "{html}");
    }

    #[test]
    fn a_group_ends_at_a_heading_of_its_level_or_higher() {
        let html = render(
            "## [A](#tab/a)\n\na\n\n### Inside\n\nstill a\n\n## [B](#tab/b)\n\nb\n\n## Next\n\nafter\n",
        );
        let group_end = html.find("</div>\n</div>\n").expect("closed");
        // A lower heading stays in the panel; one of the tabs' level ends the group and stays.
        assert!(
            html[..group_end].contains("<h3>Inside</h3>\n<p>still a</p>"),
            "{html}"
        );
        assert!(
            html[group_end..].starts_with("</div>\n</div>\n<h2>Next</h2>\n<p>after</p>"),
            "{html}"
        );
        let html = render("## [A](#tab/a)\n\na\n\n# Top\n");
        assert!(
            html.contains("<p>a</p>\n</div>\n</div>\n<h1>Top</h1>"),
            "{html}"
        );
        // A deeper tab opens a group inside the panel.
        let html = render("# [A](#tab/a)\n\n## [X](#tab/x)\n\nx\n\n# [B](#tab/b)\n\nb\n");
        assert_eq!(count(&html, "<div class=\"tabs\">"), 2, "{html}");
        assert!(html.contains("<p>x</p>\n</div>\n</div>\n</div>\n<div class=\"tab-panel\" role=\"tabpanel\" id=\"tabpanel-1-b\""), "{html}");
        assert_eq!(count(&html, "<div"), count(&html, "</div>"), "{html}");
    }

    #[test]
    fn conditions_and_trailing_slashes() {
        let html = render(
            "#### [Python](#tab/windows/python)\n\np\n\n#### [Small](#tab/small-business/)\n\ns\n",
        );
        assert!(
            html.contains("data-tab=\"windows/python\"")
                && html.contains("id=\"tab-1-windows-python\""),
            "{html}"
        );
        assert!(
            html.contains("data-tab=\"small-business\">Small</button>"),
            "{html}"
        );
        assert!(
            html.contains("<h4 class=\"tab-label\">Python</h4>"),
            "{html}"
        );
    }

    #[test]
    fn hostile_labels_and_ids_inject_nothing() {
        let html = render(
            "# [<img src=x onerror=alert(1)>](#tab/x)\n\nx\n\n# [\"><script>alert(1)</script>](#tab/\"><b>)\n\ny\n",
        );
        for bad in ["onerror", "<script", "<b>", "alert(1)</script>"] {
            assert!(!html.contains(bad), "{bad}: {html}");
        }
        // The image label is named by its id in the tab list.
        assert!(html.contains("data-tab=\"x\">x</button>"), "{html}");
        assert!(
            html.contains("<h1 class=\"tab-label\"><img src=\"x\"></h1>"),
            "{html}"
        );
        assert!(html.contains("data-tab=\"&quot;&gt;&lt;b&gt;\""), "{html}");
        assert!(html.contains("id=\"tab-1----b-\""), "{html}");
        // Content cannot forge the tab markup: roles, ids and buttons it writes are dropped.
        let html = render(
            "<div role=\"tabpanel\" id=\"tabpanel-1-x\" data-tab=\"x\" hidden>t</div><button role=\"tab\">b</button>\n",
        );
        // (`role` on a `div` was already allowed, for alerts; no class makes it a tab group.)
        for bad in [
            "role=\"tab\"",
            "id=",
            "data-tab",
            "hidden",
            "<button",
            "class=",
        ] {
            assert!(!html.contains(bad), "{bad}: {html}");
        }
    }

    #[test]
    fn other_headings_and_links_are_untouched() {
        for md in [
            "# [Windows](other.md#tab/windows)\n\nx\n",
            "# [Windows](#windows)\n\nx\n",
            "# See [Windows](#tab/windows)\n\nx\n",
            "> # [Windows](#tab/windows)\n",
            "- # [Windows](#tab/windows)\n",
            "# [](#tab/)\n",
            "Just [a link](#tab/windows) in text.\n\n---\n",
        ] {
            let html = render(md);
            assert!(!html.contains("role=\"tab"), "{md}: {html}");
            assert!(html.contains("href=\""), "{md}: {html}");
        }
        let plain = "# Title\n\nText with [a link](#x).\n\n---\n\n## Part\n";
        let html = render(plain);
        assert_eq!(
            html,
            "<h1>Title</h1>\n<p>Text with <a href=\"#x\">a link</a>.</p>\n<hr>\n<h2>Part</h2>\n"
        );
    }

    #[test]
    fn translated_labels_keep_their_segment_and_english() {
        let md = "# <a name=\"step-1\"></a>[<span data-ttu-id=\"a-1\">Pasul 1 <br> Creați</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Step 1<br>Create</span></span>](#tab/create)\n\n<span data-ttu-id=\"a-2\">Text</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">Text en</span></span>\n\n---\n";
        let html = render(md);
        // The button: the visible text, and its English for "Read in English".
        assert!(html.contains("data-tab=\"create\"><span class=\"seg-target\">Pasul 1 Creați</span><span class=\"seg-source\" lang=\"en-US\" dir=\"ltr\">Step 1 Create</span></button>"), "{html}");
        // The label: the anchor and the segment with its disclosure.
        assert!(html.contains("<h1 class=\"tab-label\"><a name=\"step-1\"></a><span class=\"seg\" id=\"seg-1\" data-unit=\"1\">"), "{html}");
        assert_eq!(count(&html, "class=\"seg-toggle\""), 2, "{html}");
        assert_unique_ids(&html);
    }

    #[test]
    fn snapshot_of_a_tabbed_document() {
        let md = "# Install\n\nPick your system.\n\n## [Windows](#tab/windows)\n\nRun the **installer**.\n\n## [macOS](#tab/macos)\n\nOpen the `.dmg`.\n\n## [Linux](#tab/linux)\n\n```sh\napt install x\n```\n\n---\n\n## Next steps\n\n### [Windows](#tab/windows)\n\nRestart.\n\n### [macOS](#tab/macos)\n\nLog out.\n";
        insta::assert_snapshot!(render(md));
    }
}
