//! DocFX `index.yml` landing and hub pages (`### YamlMime:Landing`, `### YamlMime:Hub`): the
//! front pages of a docs set and of its product folders, which hold no Markdown, only cards of
//! links. They are read into one model, [`LandingPage`], so a translated landing page renders
//! like its English one and every link on it can be checked like an article's.
//!
//! Shapes handled (Learn's schemas; the office-js docs sets use the first two):
//! - Landing: `landingContent: [{title, linkLists: [{linkListType, links: [{text, url}]}]}]`;
//! - Hub: `highlightedContent.items`, `conceptualContent`, `tools`, `additionalContent`
//!   (`sections`, `footerLinks`) and `productDirectory`.
//!
//! Sections keep the order of the YAML. Keys the model has no place for are ignored, so a
//! schema addition does not stop a page from being built.

use super::DocsetProblem;
use crate::parse::front_matter::{Value, parse_yaml};
use crate::render::url::escape_html;

/// The `YamlMime` kind named on a DocFX YAML file's first line: it decides whether the file is a
/// page at all (`ContextObject`, `YamlDocument`… are build settings or data, not pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `### YamlMime:Landing`: a product folder's front page of link lists.
    Landing,
    /// `### YamlMime:Hub`: a docs set's front page of highlighted and conceptual cards.
    Hub,
    /// Any other kind, as written (not a page).
    Other(String),
}

impl Kind {
    /// Read the kind from a `### YamlMime:<Kind>` first line (after an optional BOM), so a
    /// caller can skip files that are not pages without parsing their YAML. `None` when the
    /// first line names no kind.
    pub fn detect(text: &str) -> Option<Kind> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = text.lines().next()?.trim();
        let rest = first
            .strip_prefix('#')?
            .trim_start_matches('#')
            .trim_start();
        let name = rest.strip_prefix("YamlMime:")?.trim();
        Some(match name {
            "Landing" => Kind::Landing,
            "Hub" => Kind::Hub,
            other => Kind::Other(other.to_owned()),
        })
    }

    /// Whether this kind is rendered as a page.
    pub fn is_page(&self) -> bool {
        matches!(self, Kind::Landing | Kind::Hub)
    }
}

/// A landing or hub page, independent of which schema it was written in, so one renderer and
/// one link checker serve both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LandingPage {
    /// Landing or Hub.
    pub kind: Kind,
    /// `title`: the page's `<h1>` (translated in place in localized repositories).
    pub title: Option<String>,
    /// `summary`: the lead paragraph under the title.
    pub summary: Option<String>,
    /// `metadata.description`: for the `<meta name="description">` and search results.
    pub description: Option<String>,
    /// `metadata.ms.date`, raw (`mm/dd/yyyy` by convention, not always kept).
    pub date: Option<String>,
    /// `brand` (hubs): the product whose colours the hub uses, for a class name.
    pub brand: Option<String>,
    /// The page's sections, in the order of the YAML.
    pub sections: Vec<Section>,
}

/// One block of a landing page: a landing card, a hub's highlighted items, its developer
/// journey, and so on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The section heading (`<h2>`); highlighted content has none.
    pub title: Option<String>,
    /// The paragraph under the heading.
    pub summary: Option<String>,
    /// Which schema block this came from: decides the markup and the class names.
    pub style: SectionStyle,
    /// The cards (or, for [`SectionStyle::LinkLists`], the link lists), in YAML order.
    pub items: Vec<Card>,
}

/// Where a section came from, so each renders with the markup its content needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStyle {
    /// A hub's `highlightedContent`: titled links with an item type.
    Highlighted,
    /// A hub's `conceptualContent`: cards of typed links with an optional footer link.
    Cards,
    /// One entry of a landing page's `landingContent`: titled, holding typed link lists.
    LinkLists,
    /// A hub's `tools`: linked cards with an image.
    Tools,
    /// One of a hub's `additionalContent.sections`: cards with a summary and links.
    Additional,
    /// A hub's `additionalContent.footerLinks`: one plain list of links.
    FooterLinks,
    /// A hub's `productDirectory`: linked cards with a summary and an image.
    Directory,
}

impl SectionStyle {
    /// The class name of the section, stable for style sheets.
    pub fn class(self) -> &'static str {
        match self {
            SectionStyle::Highlighted => "highlighted",
            SectionStyle::Cards => "conceptual",
            SectionStyle::LinkLists => "link-lists",
            SectionStyle::Tools => "tools",
            SectionStyle::Additional => "additional",
            SectionStyle::FooterLinks => "footer-links",
            SectionStyle::Directory => "directory",
        }
    }
}

/// A card, or a landing page's link list: whatever of title, link, summary, links and footer its
/// schema block has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Card {
    /// The card heading (or linked title).
    pub title: Option<String>,
    /// `itemType` or `linkListType` (`overview`, `quickstart`…): a class for an icon; not shown
    /// as text, since the value is an English keyword, not a translated label.
    pub kind: Option<String>,
    /// Where the card itself links.
    pub url: Option<String>,
    /// The card's paragraph.
    pub summary: Option<String>,
    /// `imageSrc` (tools, product directory): decorative, so rendered with an empty `alt`.
    pub image: Option<String>,
    /// The card's links, in YAML order.
    pub links: Vec<LinkItem>,
    /// `footerLink`: the "see more" link at the bottom.
    pub footer: Option<LinkItem>,
}

/// One link of a card.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkItem {
    /// The link text (the url is shown when there is none).
    pub text: Option<String>,
    /// The target as written: an article path, a site-absolute path or a URL.
    pub url: Option<String>,
    /// `itemType` of the link, where the schema has one.
    pub kind: Option<String>,
}

/// Read a landing or hub page. `Ok(None)` when the file is a YAML document of another kind (or
/// names none), so a caller can pass every `.yml` of a docs set; an error only when the YAML
/// itself cannot be read, at the line and column of the fault.
pub fn parse(text: &str, rel_path: &str) -> Result<Option<LandingPage>, DocsetProblem> {
    let kind = match Kind::detect(text) {
        Some(kind) if kind.is_page() => kind,
        _ => return Ok(None),
    };
    let root = parse_yaml(text).map_err(|e| DocsetProblem {
        path: rel_path.to_owned(),
        line: e.line,
        column: e.column,
        message: format!("this landing page's YAML cannot be read: {}", e.message),
    })?;
    let Value::Map(entries) = &root else {
        return Err(DocsetProblem {
            path: rel_path.to_owned(),
            line: 1,
            column: 1,
            message: "a landing page must be a YAML mapping (title:, summary:, …)".to_owned(),
        });
    };
    let metadata = root.get("metadata");
    let meta = |key: &str| metadata.and_then(|m| m.get(key)).and_then(Value::text);
    let mut page = LandingPage {
        kind,
        title: text_of(&root, "title"),
        summary: text_of(&root, "summary"),
        description: meta("description"),
        date: meta("ms.date"),
        brand: text_of(&root, "brand"),
        sections: Vec::new(),
    };
    for (key, value) in entries {
        match key.as_str() {
            "landingContent" => {
                page.sections
                    .extend(value.items().iter().map(landing_section));
            }
            "highlightedContent" => page.sections.push(Section {
                title: text_of(value, "title"),
                summary: text_of(value, "summary"),
                style: SectionStyle::Highlighted,
                items: items_of(value).iter().map(card).collect(),
            }),
            "conceptualContent" => page.sections.push(titled(value, SectionStyle::Cards)),
            "tools" => page.sections.push(titled(value, SectionStyle::Tools)),
            "productDirectory" => page.sections.push(titled(value, SectionStyle::Directory)),
            "additionalContent" => {
                let sections = value.get("sections").map(Value::items).unwrap_or(&[]);
                page.sections
                    .extend(sections.iter().map(|s| titled(s, SectionStyle::Additional)));
                let footer: Vec<LinkItem> = value
                    .get("footerLinks")
                    .map(Value::items)
                    .unwrap_or(&[])
                    .iter()
                    .map(link)
                    .collect();
                if !footer.is_empty() {
                    page.sections.push(Section {
                        title: None,
                        summary: None,
                        style: SectionStyle::FooterLinks,
                        items: vec![Card {
                            links: footer,
                            ..Card::default()
                        }],
                    });
                }
            }
            _ => {}
        }
    }
    Ok(Some(page))
}

/// A trimmed, non-empty scalar under `key`.
fn text_of(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::text)
}

/// The `items` list of a block (empty when absent).
fn items_of(value: &Value) -> &[Value] {
    value.get("items").map(Value::items).unwrap_or(&[])
}

/// A block with `title`, `summary` and `items` of cards.
fn titled(value: &Value, style: SectionStyle) -> Section {
    Section {
        title: text_of(value, "title"),
        summary: text_of(value, "summary"),
        style,
        items: items_of(value).iter().map(card).collect(),
    }
}

/// One `landingContent` entry: its link lists become cards whose kind is the `linkListType`.
fn landing_section(value: &Value) -> Section {
    let lists = value.get("linkLists").map(Value::items).unwrap_or(&[]);
    Section {
        title: text_of(value, "title"),
        summary: text_of(value, "summary"),
        style: SectionStyle::LinkLists,
        items: lists
            .iter()
            .map(|list| Card {
                kind: text_of(list, "linkListType"),
                links: links_of(list),
                ..Card::default()
            })
            .collect(),
    }
}

/// A card of any hub block: every field the schemas use, whichever are present.
fn card(value: &Value) -> Card {
    Card {
        title: text_of(value, "title"),
        kind: text_of(value, "itemType"),
        url: text_of(value, "url"),
        summary: text_of(value, "summary"),
        image: text_of(value, "imageSrc"),
        links: links_of(value),
        footer: value.get("footerLink").map(link),
    }
}

/// The `links` list of a card or link list.
fn links_of(value: &Value) -> Vec<LinkItem> {
    value
        .get("links")
        .map(Value::items)
        .unwrap_or(&[])
        .iter()
        .map(link)
        .collect()
}

/// One `{text, url, itemType}` link.
fn link(value: &Value) -> LinkItem {
    LinkItem {
        text: text_of(value, "text"),
        url: text_of(value, "url"),
        kind: text_of(value, "itemType"),
    }
}

impl LandingPage {
    /// Every url on the page (card links, link lists, footers, images), in page order, so the
    /// build can check them as it checks an article's links.
    pub fn links(&self) -> impl Iterator<Item = &str> {
        self.sections.iter().flat_map(|s| &s.items).flat_map(|c| {
            c.url
                .iter()
                .chain(&c.image)
                .chain(c.links.iter().flat_map(|l| &l.url))
                .chain(c.footer.iter().flat_map(|f| &f.url))
                .map(String::as_str)
        })
    }

    /// The page body as semantic HTML: landmarks and a heading outline (`h1` title, `h2`
    /// sections, `h3` cards) so screen-reader users can skim it as sighted readers skim cards.
    /// Text is escaped; every url goes through `resolve` (article path to page URL) and is then
    /// escaped for the attribute. Class names only: the look belongs to the theme.
    pub fn to_html(&self, resolve: &dyn Fn(&str) -> String) -> String {
        let mut out = String::new();
        let kind = match &self.kind {
            Kind::Landing => "landing",
            Kind::Hub => "hub",
            Kind::Other(_) => "other",
        };
        out.push_str(&format!("<div class=\"landing-page {kind}"));
        if let Some(brand) = &self.brand {
            out.push_str(&format!(" brand-{}", class_token(brand)));
        }
        out.push_str("\">\n");
        if let Some(title) = &self.title {
            out.push_str(&format!("<h1>{}</h1>\n", escape_html(title)));
        }
        if let Some(summary) = &self.summary {
            out.push_str(&format!(
                "<p class=\"summary\">{}</p>\n",
                escape_html(summary)
            ));
        }
        for section in &self.sections {
            section_html(&mut out, section, resolve);
        }
        out.push_str("</div>\n");
        out
    }
}

/// One `<section>`; cards get `h3` under a section heading, `h2` when the section has none, so
/// the outline never skips a level.
fn section_html(out: &mut String, section: &Section, resolve: &dyn Fn(&str) -> String) {
    out.push_str(&format!("<section class=\"{}\">\n", section.style.class()));
    if let Some(title) = &section.title {
        out.push_str(&format!("<h2>{}</h2>\n", escape_html(title)));
    }
    if let Some(summary) = &section.summary {
        out.push_str(&format!(
            "<p class=\"summary\">{}</p>\n",
            escape_html(summary)
        ));
    }
    let level = if section.title.is_some() { 3 } else { 2 };
    match section.style {
        SectionStyle::LinkLists | SectionStyle::FooterLinks => {
            for list in &section.items {
                links_html(out, list.kind.as_deref(), &list.links, resolve);
            }
        }
        _ => {
            out.push_str("<ul class=\"cards\">\n");
            for card in &section.items {
                card_html(out, card, level, resolve);
            }
            out.push_str("</ul>\n");
        }
    }
    out.push_str("</section>\n");
}

/// One card as a list item. A card that is only a linked title (highlighted items) is a link,
/// not a heading: eight one-line headings would swamp the outline.
fn card_html(out: &mut String, card: &Card, level: u8, resolve: &dyn Fn(&str) -> String) {
    out.push_str("<li class=\"card");
    if let Some(kind) = &card.kind {
        out.push_str(&format!(" kind-{}", class_token(kind)));
    }
    out.push_str("\">");
    if let Some(image) = &card.image {
        out.push_str(&format!(
            "<img src=\"{}\" alt=\"\">",
            escape_html(&resolve(image))
        ));
    }
    let title = card.title.as_deref().map(|t| match &card.url {
        Some(url) => anchor(t, url, resolve),
        None => escape_html(t),
    });
    let only_title = card.summary.is_none() && card.links.is_empty() && card.footer.is_none();
    match title {
        Some(title) if only_title => out.push_str(&title),
        Some(title) => out.push_str(&format!("<h{level}>{title}</h{level}>")),
        None => {
            if let Some(url) = &card.url {
                out.push_str(&anchor(url, url, resolve));
            }
        }
    }
    if let Some(summary) = &card.summary {
        out.push_str(&format!("<p>{}</p>", escape_html(summary)));
    }
    if !card.links.is_empty() {
        links_html(out, None, &card.links, resolve);
    }
    if let Some(footer) = &card.footer {
        out.push_str("<p class=\"card-footer\">");
        out.push_str(&link_html(footer, resolve));
        out.push_str("</p>");
    }
    out.push_str("</li>\n");
}

/// A `<ul class="links">` of links; each link's type becomes a class for an icon.
fn links_html(
    out: &mut String,
    kind: Option<&str>,
    links: &[LinkItem],
    resolve: &dyn Fn(&str) -> String,
) {
    out.push_str("<ul class=\"links");
    if let Some(kind) = kind {
        out.push_str(&format!(" kind-{}", class_token(kind)));
    }
    out.push_str("\">\n");
    for item in links {
        match &item.kind {
            Some(kind) => out.push_str(&format!("<li class=\"kind-{}\">", class_token(kind))),
            None => out.push_str("<li>"),
        }
        out.push_str(&link_html(item, resolve));
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// A link, or its text alone when it has no url (the text is never lost).
fn link_html(item: &LinkItem, resolve: &dyn Fn(&str) -> String) -> String {
    match (&item.text, &item.url) {
        (Some(text), Some(url)) => anchor(text, url, resolve),
        (None, Some(url)) => anchor(url, url, resolve),
        (Some(text), None) => format!("<span>{}</span>", escape_html(text)),
        (None, None) => String::new(),
    }
}

/// `<a href>` with the resolved url escaped for the attribute and the text escaped.
fn anchor(text: &str, url: &str, resolve: &dyn Fn(&str) -> String) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape_html(&resolve(url)),
        escape_html(text)
    )
}

/// A value from the file made safe as part of a class name: lower-case ASCII letters, digits
/// and `-`; anything else becomes `-`.
fn class_token(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn page(text: &str) -> LandingPage {
        match parse(text, "index.yml") {
            Ok(Some(page)) => page,
            other => panic!("expected a page, got {other:?}"),
        }
    }

    fn identity(url: &str) -> String {
        url.to_owned()
    }

    const LANDING: &str = "### YamlMime:Landing

title: Excel add-ins documentation # < 60 chars
summary: Build Excel add-ins.
metadata:
  title: Excel add-ins
  description: Resources for learning about Excel add-ins.
  ms.date: 02/24/2022
landingContent:
  - title: About Excel add-ins
    linkLists:
      - linkListType: overview
        links:
          - text: What are Excel add-ins?
            url: excel-add-ins-overview.md
      - linkListType: quickstart
        links:
          - text: Build your first Excel add-in
            url: ../quickstarts/excel-quickstart-jquery.md
          - text: Explore APIs with Script Lab
            url: ../overview/explore-with-script-lab.md
  - title: Resources
    linkLists:
      - linkListType: reference
        links:
          - text: Ask questions
            url: https://stackoverflow.com/questions/tagged/office-js
";

    #[test]
    fn landing_page_link_lists_keep_their_order_and_types() {
        let page = page(LANDING);
        assert_eq!(page.kind, Kind::Landing);
        assert_eq!(page.title.as_deref(), Some("Excel add-ins documentation"));
        assert_eq!(page.summary.as_deref(), Some("Build Excel add-ins."));
        assert_eq!(
            page.description.as_deref(),
            Some("Resources for learning about Excel add-ins.")
        );
        assert_eq!(page.date.as_deref(), Some("02/24/2022"));
        assert_eq!(page.sections.len(), 2);
        let first = &page.sections[0];
        assert_eq!(first.style, SectionStyle::LinkLists);
        assert_eq!(first.title.as_deref(), Some("About Excel add-ins"));
        assert_eq!(first.items.len(), 2);
        assert_eq!(first.items[1].kind.as_deref(), Some("quickstart"));
        assert_eq!(first.items[1].links.len(), 2);
        assert_eq!(
            page.links().collect::<Vec<_>>(),
            [
                "excel-add-ins-overview.md",
                "../quickstarts/excel-quickstart-jquery.md",
                "../overview/explore-with-script-lab.md",
                "https://stackoverflow.com/questions/tagged/office-js",
            ]
        );
        let html = page.to_html(&|url| format!("/r/{url}"));
        assert!(html.contains("<h1>Excel add-ins documentation</h1>"));
        assert!(html.contains("<section class=\"link-lists\">\n<h2>About Excel add-ins</h2>"));
        assert!(html.contains("<ul class=\"links kind-quickstart\">"));
        assert!(
            html.contains("<a href=\"/r/excel-add-ins-overview.md\">What are Excel add-ins?</a>")
        );
        assert!(!html.contains("style="));
    }

    const HUB: &str = "### YamlMime:Hub
title: Office Add-ins documentation
summary: Build solutions that extend Office.
brand: office
metadata:
  description: Learn how to build Office Add-ins.
  ms.date: 02/10/2022
highlightedContent:
  items:
    - itemType: overview
      title: Office Add-ins platform overview
      url: overview/office-add-ins.md
    - itemType: reference
      title: API reference
      url: /javascript/api/overview
conceptualContent:
  title: Your developer journey
  summary: \"\"
  items:
    - title: Explore
      links:
        - url: overview/learning-path-beginner.md
          itemType: get-started
          text: Get started
      footerLink:
        url: overview/more.md
        text: See more
tools:
  title: Tools
  summary: Build with these.
  items:
    - title: Script Lab
      url: overview/explore-with-script-lab.md
      imageSrc: images/script-lab.svg
additionalContent:
  sections:
    - title: Community
      summary: Talk to us.
      items:
        - title: Q&A
          summary: Ask questions.
          url: /answers/products/m365
          links:
            - text: Stack Overflow
              url: https://stackoverflow.com/questions/tagged/office-js
  footerLinks:
    - text: Blog
      url: https://devblogs.microsoft.com/
productDirectory:
  title: Products
  items:
    - title: Excel
      summary: Excel add-ins.
      url: excel/index.yml
      imageSrc: images/excel.svg
";

    #[test]
    fn hub_blocks_become_sections_in_yaml_order() {
        let page = page(HUB);
        assert_eq!(page.kind, Kind::Hub);
        assert_eq!(page.brand.as_deref(), Some("office"));
        let styles: Vec<_> = page.sections.iter().map(|s| s.style).collect();
        assert_eq!(
            styles,
            [
                SectionStyle::Highlighted,
                SectionStyle::Cards,
                SectionStyle::Tools,
                SectionStyle::Additional,
                SectionStyle::FooterLinks,
                SectionStyle::Directory,
            ]
        );
        let highlighted = &page.sections[0];
        assert_eq!(highlighted.title, None);
        assert_eq!(highlighted.items[1].kind.as_deref(), Some("reference"));
        assert_eq!(
            highlighted.items[1].url.as_deref(),
            Some("/javascript/api/overview")
        );
        let conceptual = &page.sections[1];
        assert_eq!(conceptual.title.as_deref(), Some("Your developer journey"));
        assert_eq!(conceptual.summary, None, "an empty summary is no summary");
        assert_eq!(
            conceptual.items[0].links[0].kind.as_deref(),
            Some("get-started")
        );
        assert_eq!(
            conceptual.items[0]
                .footer
                .as_ref()
                .and_then(|f| f.text.as_deref()),
            Some("See more")
        );
        assert_eq!(
            page.sections[2].items[0].image.as_deref(),
            Some("images/script-lab.svg")
        );
        let additional = &page.sections[3];
        assert_eq!(additional.title.as_deref(), Some("Community"));
        assert_eq!(
            additional.items[0].summary.as_deref(),
            Some("Ask questions.")
        );
        assert_eq!(page.sections[4].items[0].links.len(), 1);
        assert_eq!(
            page.sections[5].items[0].url.as_deref(),
            Some("excel/index.yml")
        );
        assert_eq!(page.links().count(), 11);

        let html = page.to_html(&identity);
        assert!(html.contains("<div class=\"landing-page hub brand-office\">"));
        // Highlighted items are links, not headings; the section has no h2 to skip.
        assert!(html.contains(
            "<li class=\"card kind-overview\"><a href=\"overview/office-add-ins.md\">Office Add-ins platform overview</a></li>"
        ));
        assert!(html.contains("<h3>Explore</h3>"));
        assert!(html.contains("<li class=\"kind-get-started\"><a href=\"overview/learning-path-beginner.md\">Get started</a></li>"));
        assert!(
            html.contains("<p class=\"card-footer\"><a href=\"overview/more.md\">See more</a></p>")
        );
        assert!(html.contains("<img src=\"images/script-lab.svg\" alt=\"\">"));
        assert!(html.contains(
            "<h3><a href=\"/answers/products/m365\">Q&amp;A</a></h3><p>Ask questions.</p>"
        ));
        assert!(html.contains("<section class=\"footer-links\">\n<ul class=\"links\">"));
        assert_eq!(html.matches("<section").count(), 6);
        assert_eq!(html.matches("</section>").count(), 6);
    }

    #[test]
    fn text_and_urls_are_escaped() {
        let page = page(
            "### YamlMime:Hub
title: <script>alert(1)</script>
highlightedContent:
  items:
    - title: Tom & \"Jerry\"
      itemType: 'x\" onclick=\"y'
      url: a.md
",
        );
        let html = page.to_html(&|_| "/p?a=1&b=\"2\"".to_owned());
        assert!(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("href=\"/p?a=1&amp;b=&quot;2&quot;\""));
        assert!(html.contains(">Tom &amp; &quot;Jerry&quot;</a>"));
        assert!(html.contains("class=\"card kind-x--onclick--y\""));
    }

    #[test]
    fn other_yaml_mime_kinds_are_not_pages() {
        let context =
            "### YamlMime:ContextObject\nbreadcrumb_path: /x/toc.json\ntoc_rel: toc.yml\n";
        assert_eq!(
            Kind::detect(context),
            Some(Kind::Other("ContextObject".to_owned()))
        );
        assert_eq!(parse(context, "context.yml"), Ok(None));
        assert_eq!(parse("### YamlMime:YamlDocument\n- [\n", "x.yml"), Ok(None));
        assert_eq!(parse("title: no header\n", "x.yml"), Ok(None));
        assert_eq!(Kind::detect("\u{feff}### YamlMime:Hub\n"), Some(Kind::Hub));
    }

    #[test]
    fn bad_yaml_is_a_problem_at_its_line_and_column() {
        let text = "### YamlMime:Landing\ntitle: ok\nsummary: [unclosed, list\nmetadata:\n  x: 1\n";
        let problem = parse(text, "excel/index.yml").expect_err("bad YAML");
        assert_eq!(problem.path, "excel/index.yml");
        assert_eq!((problem.line, problem.column), (3, 10));
        assert!(
            problem.message.contains("never closed"),
            "{}",
            problem.message
        );

        let problem = parse("### YamlMime:Hub\n- a\n- b\n", "index.yml").expect_err("a list");
        assert_eq!((problem.line, problem.column), (1, 1));
    }

    fn shared(rel: &str) -> Option<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/docsets/office-js");
        if root.is_dir() {
            Some(root.join(rel))
        } else {
            println!("skipped: {} is absent", root.display());
            None
        }
    }

    fn real(rel: &str) -> Option<LandingPage> {
        let path = shared(rel)?;
        let text = std::fs::read_to_string(&path).expect("readable");
        match parse(&text, rel) {
            Ok(Some(page)) => Some(page),
            other => panic!("{rel}: {other:?}"),
        }
    }

    #[test]
    fn real_english_hub_has_its_two_sections() {
        let Some(page) = real("office-js-docs-pr/docs/index.yml") else {
            return;
        };
        assert_eq!(page.kind, Kind::Hub);
        assert_eq!(page.title.as_deref(), Some("Office Add-ins documentation"));
        assert_eq!(page.date.as_deref(), Some("02/10/2022"));
        assert_eq!(page.sections.len(), 2);
        assert_eq!(page.sections[0].style, SectionStyle::Highlighted);
        assert_eq!(page.sections[0].items.len(), 8);
        assert_eq!(page.sections[1].style, SectionStyle::Cards);
        assert_eq!(
            page.sections[1].title.as_deref(),
            Some("Your developer journey")
        );
        let cards: Vec<_> = page.sections[1]
            .items
            .iter()
            .map(|c| (c.title.as_deref().unwrap_or(""), c.links.len()))
            .collect();
        assert_eq!(
            cards,
            [
                ("Explore", 4),
                ("Build", 4),
                ("Test and debug", 3),
                ("Deploy", 2),
                ("Publish", 2),
                ("Engage", 5),
            ]
        );
        assert_eq!(page.links().count(), 28);
    }

    #[test]
    fn real_japanese_hub_has_japanese_titles() {
        let Some(page) = real("office-js-docs-pr.ja-jp/docs/index.yml") else {
            return;
        };
        assert_eq!(page.title.as_deref(), Some("Office アドイン ドキュメント"));
        assert_eq!(page.sections.len(), 2);
        assert_eq!(page.sections[1].title.as_deref(), Some("開発者の体験"));
        assert_eq!(
            page.sections[0].items[0].title.as_deref(),
            Some("Office アドイン プラットフォームの概要")
        );
        let html = page.to_html(&identity);
        assert!(html.contains("<h1>Office アドイン ドキュメント</h1>"));
    }

    #[test]
    fn every_real_yaml_mime_file_reads() {
        let Some(root) = shared("") else {
            return;
        };
        let mut pages = 0;
        for repo in [
            "office-js-docs-pr",
            "office-js-docs-pr.ja-jp",
            "office-js-docs-pr.fr-fr",
            "office-js-docs-pr.pt-br",
        ] {
            for folder in [
                "",
                "excel/",
                "onenote/",
                "outlook/",
                "powerpoint/",
                "project/",
                "visio/",
                "word/",
            ] {
                let rel = format!("{repo}/docs/{folder}index.yml");
                let text = std::fs::read_to_string(root.join(&rel)).expect("readable");
                let page = match parse(&text, &rel) {
                    Ok(Some(page)) => page,
                    other => panic!("{rel}: {other:?}"),
                };
                assert!(page.title.is_some(), "{rel}");
                assert!(!page.sections.is_empty(), "{rel}");
                assert!(page.links().all(|l| !l.is_empty()), "{rel}");
                pages += 1;
            }
            let rel = format!("{repo}/docs/context.yml");
            let text = std::fs::read_to_string(root.join(&rel)).expect("readable");
            assert_eq!(parse(&text, &rel), Ok(None), "{rel}");
        }
        assert_eq!(pages, 32);
        let excel = real("office-js-docs-pr/docs/excel/index.yml");
        assert_eq!(excel.map(|p| p.sections.len()), Some(3));
    }
}
