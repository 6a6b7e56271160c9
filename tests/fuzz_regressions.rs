//! Regression tests for what fuzzing (`fuzz/`, see `fuzz/README.md`) and writing its invariants
//! turned up. Each test names the invariant of a fuzz target it pins down.

mod common;

use locdoc::parse::parse_text;
use locdoc::{Code, Document};
use std::collections::HashMap;

/// A well-formed segment with id number `n`.
fn seg(n: u32, target: &str, source: &str) -> String {
    format!(
        "<span data-ttu-id=\"e2d3a-{n}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-{n}\">{source}</span></span>"
    )
}

/// The `ro-RO/x.md` page of a site made of `text`, rendered in memory with the embedded
/// templates and UI strings.
fn render_page(text: &str) -> String {
    let docs: Vec<Document> = vec![parse_text("ro-RO/x.md", text)];
    let files: Vec<locdoc::SourceFile> = docs.iter().map(|d| d.file.clone()).collect();
    let site = common::site_of(
        &common::default_project(),
        &files,
        locdoc::pipeline::Source::Memory(&docs),
        Vec::new(),
    );
    let rendered = site.rendered;
    assert_eq!(rendered.failed, 0, "{:?}", rendered.diagnostics);
    let page = site.files.get("ro-RO/x/index.html").expect("the page");
    String::from_utf8(page.clone()).expect("UTF-8")
}

/// `id`s that occur more than once on the page.
fn duplicate_ids(html: &str) -> Vec<String> {
    let page = scraper::Html::parse_document(html);
    let all = scraper::Selector::parse("[id]").expect("selector");
    let mut counts: HashMap<String, usize> = HashMap::new();
    for element in page.select(&all) {
        if let Some(id) = element.value().id() {
            *counts.entry(id.to_owned()).or_default() += 1;
        }
    }
    let mut duplicates: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(id, _)| id)
        .collect();
    duplicates.sort();
    duplicates
}

/// `parse` invariant "every diagnostic span slices the text". A front-matter date key spelt with a
/// YAML escape (`"ms.\x64ate"`) is not in the text, and the LD0203 span used to be the key's
/// length from the start of the YAML, which here ends inside `é` (bytes 4..11 of this text).
/// Fixed in `date_span` (src/parse/front_matter.rs): an empty span at the start of the YAML.
#[test]
fn escaped_date_key_gives_a_span_on_char_boundaries() {
    let text = "---\n# ééé\n\"ms.\\x64ate\": 13/45/2020\n---\n# T\n";
    let doc = parse_text("ro-RO/a.md", text);
    let bad_date = doc
        .diagnostics
        .iter()
        .find(|d| d.code == Code::BadDate)
        .expect("LD0203 for the escaped key");
    assert_eq!((bad_date.line, bad_date.column), (2, 1));
    let span = bad_date.span.clone().expect("a span");
    assert!(text.get(span.clone()).is_some(), "span {span:?}");
    for d in &doc.diagnostics {
        if let Some(span) = &d.span {
            assert!(text.get(span.clone()).is_some(), "{d}: {span:?}");
        }
    }

    // The key as written is still located exactly.
    let text = "---\n# ééé\nMS.DATE: 13/45/2020\n---\n";
    let doc = parse_text("ro-RO/a.md", text);
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == Code::BadDate)
        .expect("LD0203");
    assert_eq!((d.line, d.column), (3, 1));
    assert_eq!(d.span.clone().and_then(|s| text.get(s)), Some("MS.DATE"));
}

/// `render` (placeholders): content can write locdoc's private-use placeholder characters as
/// character references. `push_clean` drops the raw characters, but pulldown-cmark and the
/// sanitizer decode `&#xE010;0&#xE011;` to the characters themselves, and `substitute` then
/// replaces them by the trusted markup of segment 0 a second time: duplicate `seg-1`/`seg-en-1`
/// ids and a second disclosure button for the same popover. Not script (the pieces are trusted
/// and sanitized), but content forging locdoc's structure, which markdown.rs says it cannot.
#[test]
fn character_references_cannot_forge_a_placeholder() {
    let text = format!(
        "# T\n\n{}\n\nForged: &#xE010;0&#xE011; and &#57360;0&#57361;\n",
        seg(102, "Bună", "Hello")
    );
    let html = render_page(&text);
    assert_eq!(html.matches("class=\"seg-toggle\"").count(), 1, "{html}");
    assert_eq!(duplicate_ids(&html), Vec::<String>::new(), "{html}");
}

/// `render` (placeholders): a segment inside a link title (`[x](url 'SEGMENT')`) or any attribute
/// leaves its placeholder in the attribute value after sanitizing; `substitute` puts the trusted
/// `<span class="seg" …>` markup there, whose first `"` ends the attribute, and the rest of the
/// disclosure lands as page content while the link text is cut off. The link should keep its
/// text and its title should hold no markup.
#[test]
fn segment_in_a_link_title_stays_inside_the_attribute() {
    let text = format!(
        "# T\n\nSee [the article](https://example.com/a '{}') now.\n",
        seg(102, "Titlu", "Title")
    );
    let html = render_page(&text);
    let page = scraper::Html::parse_document(&html);
    let links =
        scraper::Selector::parse("main a[href=\"https://example.com/a\"]").expect("selector");
    let link = page.select(&links).next().expect("the link");
    assert_eq!(link.text().collect::<String>(), "the article", "{html}");
    let attributes: Vec<&str> = link.value().attrs().map(|(name, _)| name).collect();
    assert!(
        attributes.iter().all(|a| matches!(*a, "href" | "title")),
        "{attributes:?}"
    );
    assert!(!link.value().attr("title").unwrap_or_default().contains('<'));
}

/// `parse` invariant "a diagnostic's line:column is a position in the text". The YAML parser
/// counts a lone `\r` (and NEL, LS, PS) as a line break and locdoc did not, so LD0201 used to be
/// placed by adding the parser's line to the front matter's first line: line 36 of a 29-line
/// file (found by `cargo fuzz run parse`, `tests/fuzz/yaml-lone-cr.md`). The position is now
/// found by walking the YAML the parser's way, and the diagnostic has a span.
#[test]
fn yaml_errors_after_lone_carriage_returns_point_into_the_file() {
    let found = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/yaml-lone-cr.md"),
    )
    .expect("the fuzzer's input");
    let cases = [
        String::from_utf8_lossy(&found).into_owned(),
        "---\ntitle: x\rauthor: y\rkey\rmore: [\n---\n# T\n".to_owned(),
    ];
    for text in &cases {
        let doc = parse_text("ro-RO/a.md", text);
        let bad = doc
            .diagnostics
            .iter()
            .find(|d| d.code == Code::BadYaml)
            .expect("LD0201");
        let span = bad.span.clone().expect("a span");
        // `\n`, `\r\n` and a lone `\r` each end a line, for YAML, CommonMark and locdoc alike.
        let before = text
            .get(..span.start)
            .expect("on a char boundary")
            .replace("\r\n", "\n")
            .replace('\r', "\n");
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        assert_eq!(
            (bad.line as usize, bad.column as usize),
            (line, column),
            "{bad}"
        );
        let lines = text.replace("\r\n", "\n").replace('\r', "\n");
        assert!(line <= lines.split('\n').count(), "{bad}");
    }
}

/// No panic: a tag longer than the scanner's limit whose limit falls inside a multi-byte
/// character (a U+FFFD from lossy decoding here) used to be sliced there (found by
/// `cargo fuzz run parse`, `tests/fuzz/tag-limit-in-char.md`). The limit is now moved back to a
/// character boundary.
#[test]
fn a_tag_cut_inside_a_character_does_not_panic() {
    let found = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/tag-limit-in-char.md"),
    )
    .expect("the fuzzer's input");
    let text = String::from_utf8_lossy(&found);
    let doc = parse_text("ro-RO/a.md", &text);
    for s in &doc.segments {
        assert!(text.get(s.outer.clone()).is_some());
    }
    let long = format!("<span data-ttu-id=\"{}é\">x</span>", "a".repeat(4096));
    let doc = parse_text("ro-RO/b.md", &long);
    assert!(
        doc.segments
            .iter()
            .all(|s| long.get(s.outer.clone()).is_some())
    );
}
