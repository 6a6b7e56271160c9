//! Exports read back with real parsers: TMX and XLIFF with quick-xml's reader (into a small
//! element tree), PO with polib (and `msgfmt --check` where gettext is installed), CSV with the
//! csv crate. On the seeds, on real corpus articles (merged `pN` units, tables, bold, links,
//! inline HTML, MT and HT) and on hostile content, every format must give back what the
//! alignment holds: ids, targets and sources. The whole corpus goes through the same checks
//! (about 45 s in a debug build). Snapshots pin each format on the seeds.
//! Tests that need `../shared/corpus` print a notice and pass when it is absent.

use locdoc::align::{self, ArticleAlignment, Status};
use locdoc::export::{self, csv as csv_export, po, tmx, xliff};
use locdoc::parse::TranslationType;
use locdoc::{Content, Document};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

mod common;
use common::{corpus, locdoc};

// ---------------------------------------------------------------------------------------------
// Content

fn seeds() -> Content {
    let content = locdoc::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &[])
        .expect("load seeds");
    assert_eq!(content.documents.len(), 2);
    content
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

/// Real articles: the AlchemyInsights one whose ja-JP/it-IT/de-DE versions merge two sentences
/// into `p101` while ar-SA/ro-RO keep them apart, and Skype/Teams articles with tables, bold,
/// links, code and inline HTML (MT, three locales).
fn corpus_tree(corpus: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let alchemy = "AlchemyInsights/connection-closed-error-sharepoint.md";
    let mut copied = 0;
    for entry in std::fs::read_dir(corpus.join("alchemy")).expect("read alchemy") {
        let locale = entry.expect("entry").file_name();
        let locale = locale.to_string_lossy();
        let from = corpus.join("alchemy").join(&*locale).join(alchemy);
        if from.is_file() {
            write(
                dir.path(),
                &format!("{locale}/{alchemy}"),
                &std::fs::read(from).expect("read"),
            );
            copied += 1;
        }
    }
    assert!(copied >= 5, "{copied}");
    for article in [
        "Skype/SfbServer/schema-reference/call-detail-recording-cdr-database-schema/pools.md",
        "Teams/direct-routing-connect-the-sbc.md",
        "Teams/rooms/rooms-operations.md",
    ] {
        for locale in ["es-ES", "it-IT", "ja-JP"] {
            let from = corpus.join("skype").join(locale).join(article);
            write(
                dir.path(),
                &format!("{locale}/{article}"),
                &std::fs::read(from).expect("read skype article"),
            );
        }
    }
    dir
}

fn segment(id: &str, target: &str, source: &str) -> String {
    format!(
        r#"<span data-ttu-id="{id}">{target}</span><span class="sxs-lookup"><span data-stu-id="{id}">{source}</span></span>"#
    )
}

/// Content built to break writers: markup characters, `]]>`, quotes, control characters that
/// XML cannot hold (NUL is not among them: a file with NUL is binary, LD0005), CR LF inside a segment, U+FFFE, ids with spaces and slashes, a
/// duplicate id, an empty source, a file name with a space and `#`, drift, missing and extra.
fn hostile_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let front = |kind: &str, locale: &str| {
        format!(
            "---\ntitle: \"x\"\nms.translationtype: {kind}\nms.contentlocale: {locale}\nms.lasthandoff: 01/02/2021\n---\n"
        )
    };
    let it = [
        front("MT", "it-IT"),
        format!(
            "# {}\n\n",
            segment(
                "aaaaa-101",
                "Titolo <b>&amp;</b> ]]> \"q\" 'a'",
                "Title <b>&amp;</b> ]]> \"q\" 'a'"
            )
        ),
        format!(
            "{} {}\n\n",
            segment(
                "aaaaa-102",
                "Ctrl \u{1}\u{b}\u{c}\u{1f} \u{fffe} tab\there",
                "Control \u{1}\u{b}\u{c}\u{1f} \u{fffe} tab\there"
            ),
            segment(
                "aaaaa-103",
                "Due\r\nrighe </seg></target>",
                "Two\r\nlines </seg></source>"
            )
        ),
        format!(
            "- {}\n- {}\n",
            segment(
                "a b/c",
                "**Grassetto** `codice` [link](https://x/it-it/y \"t\") \\*",
                "**Bold** `code` [link](https://x/en-us/y \"t\") \\*"
            ),
            segment("aaaaa-105", "Niente", "")
        ),
        format!(
            "- {}\n- {}\n\n",
            segment(
                "aaaaa-106",
                "Uno 😀 עברית",
                "One more sentence for the drift check here"
            ),
            segment("aaaaa-106", "Doppio", "Duplicate id")
        ),
        format!(
            "{}\n",
            segment("aaaaa-108", "Solo italiano", "Only in Italian")
        ),
    ]
    .concat();
    let ro = [
        front("HT", "ro-RO"),
        format!(
            "# {}\n\n",
            segment(
                "bbbbb-101",
                "Titlu <b>&amp;</b> ]]> \"q\" 'a'",
                "Title <b>&amp;</b> ]]> \"q\" 'a'"
            )
        ),
        format!(
            "{}\n\n",
            segment(
                "bbbbb-102",
                "Control \u{1}\u{b}\u{c}\u{1f} \u{fffe} tab\there",
                "Control \u{1}\u{b}\u{c}\u{1f} \u{fffe} tab\there"
            )
        ),
        format!(
            "- {}\n\n",
            segment(
                "bbbbb-106",
                "Unu",
                "One more sentence for the drift test here"
            )
        ),
    ]
    .concat();
    for (locale, text) in [("it-IT", &it), ("ro-RO", &ro)] {
        write(
            dir.path(),
            &format!("{locale}/odd name #1.md"),
            text.as_bytes(),
        );
        write(
            dir.path(),
            &format!("{locale}/a/b.md"),
            segment("ccccc-1", "x", "Same").as_bytes(),
        );
    }
    write(
        dir.path(),
        "it-IT/a_b.md",
        segment("ddddd-1", "y", "Other").as_bytes(),
    );
    dir
}

fn load(root: &Path) -> Content {
    let content = locdoc::load(root, &[]).expect("load");
    assert_eq!(content.unreadable, 0);
    content
}

fn aligned(content: &Content) -> Vec<ArticleAlignment<'_>> {
    align::align_all(&content.documents, "en-US")
}

fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("exports are UTF-8")
}

fn tmx_of(articles: &[ArticleAlignment<'_>]) -> String {
    let mut out = Vec::new();
    tmx::write_tmx(&mut out, articles).expect("write tmx");
    utf8(out)
}

fn xliff_of(articles: &[ArticleAlignment<'_>], locale: &str) -> String {
    let mut out = Vec::new();
    xliff::write_xliff(&mut out, articles, locale).expect("write xliff");
    utf8(out)
}

fn po_of(articles: &[ArticleAlignment<'_>], locale: &str) -> String {
    let mut out = Vec::new();
    po::write_po(&mut out, articles, locale).expect("write po");
    utf8(out)
}

fn csv_of(articles: &[ArticleAlignment<'_>]) -> String {
    let mut out = Vec::new();
    csv_export::write_csv(&mut out, articles).expect("write csv");
    utf8(out)
}

// ---------------------------------------------------------------------------------------------
// A small element tree read with quick-xml

#[derive(Debug, Clone)]
enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, Default)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    children: Vec<Node>,
}

impl Element {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn req(&self, key: &str) -> &str {
        self.attr(key)
            .unwrap_or_else(|| panic!("<{}> lacks the required attribute {key}", self.name))
    }

    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn named<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Element> {
        self.elements().filter(move |e| e.name == name)
    }

    fn one(&self, name: &str) -> &Element {
        let found: Vec<&Element> = self.elements().filter(|e| e.name == name).collect();
        assert_eq!(found.len(), 1, "<{}> must hold one <{name}>", self.name);
        found[0]
    }

    /// The text directly inside; the element must hold no elements.
    fn text(&self) -> String {
        let mut text = String::new();
        for child in &self.children {
            match child {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) => panic!("<{}> holds <{}>, text expected", self.name, e.name),
            }
        }
        text
    }

    /// Structural elements hold only white space between their children.
    fn assert_no_stray_text(&self) {
        for child in &self.children {
            if let Node::Text(t) = child {
                assert!(
                    t.chars().all(char::is_whitespace),
                    "text {t:?} inside <{}>",
                    self.name
                );
            }
        }
    }

    fn child_names(&self) -> Vec<&str> {
        self.elements().map(|e| e.name.as_str()).collect()
    }
}

fn element(start: &BytesStart<'_>) -> Element {
    let name = String::from_utf8(start.name().as_ref().to_vec()).expect("name");
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.expect("well-formed attribute");
        let key = String::from_utf8(attribute.key.as_ref().to_vec()).expect("key");
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
            .expect("attribute value");
        attributes.push((key, value.into_owned()));
    }
    Element {
        name,
        attributes,
        children: Vec::new(),
    }
}

fn push_text(parent: &mut Element, text: &str) {
    if let Some(Node::Text(last)) = parent.children.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        parent.children.push(Node::Text(text.to_owned()));
    }
}

/// Every character XML 1.0 allows (the `Char` production).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// Parse a whole document into its root element, as a conforming reader sees it (line ends and
/// attribute values normalized, references resolved).
fn parse_xml(xml: &str) -> Element {
    if let Some(bad) = xml.chars().find(|&c| !is_xml_char(c)) {
        panic!("character U+{:04X} is not allowed in XML", u32::from(bad));
    }
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![Element::default()];
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let top = stack.last_mut().expect("stack");
        match event {
            Event::Start(start) => stack.push(element(&start)),
            Event::Empty(start) => top.children.push(Node::Element(element(&start))),
            Event::End(_) => {
                let done = stack.pop().expect("open element");
                stack
                    .last_mut()
                    .expect("parent")
                    .children
                    .push(Node::Element(done));
            }
            Event::Text(text) => push_text(top, &text.xml10_content().expect("text")),
            Event::CData(data) => push_text(top, &data.decode().expect("cdata")),
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().expect("character reference") {
                    Some(c) => c.to_string(),
                    None => {
                        let name = reference.decode().expect("entity name");
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .unwrap_or_else(|| panic!("undefined entity &{name};"))
                            .to_owned()
                    }
                };
                push_text(top, &resolved);
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::DocType(_) => panic!("no DOCTYPE expected"),
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    let document = stack.pop().expect("document");
    document.assert_no_stray_text();
    let mut roots: Vec<Element> = document
        .children
        .into_iter()
        .filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .collect();
    assert_eq!(roots.len(), 1, "one root element");
    roots.remove(0)
}

/// `xs:NMTOKEN`, restricted to the ASCII name characters the writers use.
fn is_nmtoken(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'))
}

// ---------------------------------------------------------------------------------------------
// TMX

/// One translation read back: (tuid, locale, ids, text). English tuvs have no ids.
type Tuv = (String, String, String, String);

/// Check the TMX 1.4b structure and return every `<tuv>`.
fn read_tmx(xml: &str) -> Vec<Tuv> {
    let root = parse_xml(xml);
    assert_eq!(root.name, "tmx");
    assert_eq!(root.req("version"), "1.4");
    root.assert_no_stray_text();
    assert_eq!(root.child_names(), ["header", "body"]);
    let header = root.one("header");
    for required in [
        "creationtool",
        "creationtoolversion",
        "o-tmf",
        "adminlang",
        "datatype",
    ] {
        assert!(!header.req(required).is_empty());
    }
    assert!(["block", "paragraph", "sentence", "phrase"].contains(&header.req("segtype")));
    assert_eq!(header.req("srclang"), "en-US");
    let body = root.one("body");
    body.assert_no_stray_text();
    let mut tuvs = Vec::new();
    let mut tuids = HashSet::new();
    for tu in body.elements() {
        assert_eq!(tu.name, "tu");
        tu.assert_no_stray_text();
        let tuid = tu.req("tuid").to_owned();
        assert!(tuids.insert(tuid.clone()), "duplicate tuid {tuid}");
        let names = tu.child_names();
        let first_tuv = names.iter().position(|n| *n == "tuv").expect("a <tuv>");
        assert!(names[..first_tuv].iter().all(|n| *n == "prop"));
        assert!(names[first_tuv..].iter().all(|n| *n == "tuv"));
        let props: BTreeMap<&str, String> = tu
            .named("prop")
            .map(|p| (p.req("type"), p.text()))
            .collect();
        let (article, unit) = tuid.rsplit_once('#').expect("tuid article#unit");
        assert_eq!(props["x-locdoc-article"], article);
        assert!(unit.starts_with(&props["x-locdoc-unit"]));
        let mut langs = Vec::new();
        for tuv in tu.named("tuv") {
            tuv.assert_no_stray_text();
            let lang = tuv.req("xml:lang").to_owned();
            let ids = tuv
                .named("prop")
                .find(|p| p.req("type") == "x-locdoc-ids")
                .map(Element::text)
                .unwrap_or_default();
            let seg = tuv.one("seg").text();
            assert!(!seg.is_empty());
            langs.push(lang.clone());
            tuvs.push((tuid.clone(), lang, ids, seg));
        }
        assert_eq!(langs[0], "en-US", "English first");
        assert!(langs.len() >= 2, "a <tu> holds a translation");
    }
    tuvs
}

fn joined_target_text(entry: &align::Entry<'_>) -> String {
    let parts: Vec<&str> = entry
        .segments
        .iter()
        .map(|s| s.target_text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    parts.join(" ")
}

/// The TMX rules, from the alignment: aligned/extra entries in the unit's `<tu>`, drift in one
/// of its own with the embedded English; empty text left out.
fn expected_tmx(articles: &[ArticleAlignment<'_>]) -> BTreeSet<Tuv> {
    let mut expected = BTreeSet::new();
    let xml_text = |s: &str| -> String {
        s.chars()
            .map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' })
            .collect()
    };
    for article in articles {
        for unit in &article.units {
            let tuid = format!("{}#{}", article.article, unit.number);
            let mut tu: Vec<Tuv> = Vec::new();
            for entry in &unit.entries {
                let text = joined_target_text(entry);
                if text.is_empty() {
                    continue;
                }
                let locale = entry.doc.locale().to_string();
                let ids = entry.ids().join(" ");
                match entry.status {
                    Status::Aligned | Status::Extra => {
                        tu.push((tuid.clone(), locale, ids, xml_text(&text)))
                    }
                    Status::Drift if !entry.source_text().is_empty() => {
                        let own = format!("{tuid}@{locale}");
                        expected.insert((
                            own.clone(),
                            "en-US".into(),
                            String::new(),
                            xml_text(&entry.source_text()),
                        ));
                        expected.insert((own, locale, ids, xml_text(&text)));
                    }
                    _ => {}
                }
            }
            if !tu.is_empty() && !unit.english_text.is_empty() {
                expected.insert((
                    tuid,
                    "en-US".into(),
                    String::new(),
                    xml_text(&unit.english_text),
                ));
                expected.extend(tu);
            }
        }
    }
    expected
}

fn check_tmx(articles: &[ArticleAlignment<'_>]) -> usize {
    let xml = tmx_of(articles);
    let got: Vec<Tuv> = read_tmx(&xml);
    let set: BTreeSet<Tuv> = got.iter().cloned().collect();
    assert_eq!(set.len(), got.len(), "no tuv twice");
    assert_eq!(set, expected_tmx(articles));
    got.len()
}

// ---------------------------------------------------------------------------------------------
// XLIFF

/// One segment read back from XLIFF.
#[derive(Debug)]
struct XliffSegment {
    original: String,
    name: String,
    state: String,
    source: String,
    target: Option<String>,
}

fn inline(element: &Element, data: &HashMap<String, String>, ids: &mut HashSet<String>) -> String {
    let mut out = String::new();
    for child in &element.children {
        match child {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name == "cp" => {
                let hex = e.req("hex");
                assert!(hex.len() % 2 == 0, "xs:hexBinary has an even length: {hex}");
                let code = u32::from_str_radix(hex, 16).expect("hex");
                let c = char::from_u32(code).expect("code point");
                assert!(!is_xml_char(c), "cp only for characters XML cannot hold");
                out.push(c);
            }
            Node::Element(e) if e.name == "ph" => {
                let id = e.req("id");
                assert!(is_nmtoken(id));
                assert!(ids.insert(id.to_owned()), "inline id {id} used twice");
                let reference = e.req("dataRef");
                out.push_str(
                    data.get(reference)
                        .unwrap_or_else(|| panic!("dataRef {reference} has no <data>")),
                );
            }
            Node::Element(e) => panic!("unexpected inline element <{}>", e.name),
        }
    }
    out
}

/// Check the XLIFF 2.1 core structure (required attributes, content models, id rules) and
/// return every segment with its markup rebuilt from text, `<cp>` and `<data>`.
fn read_xliff(xml: &str, locale: &str) -> Vec<XliffSegment> {
    let root = parse_xml(xml);
    assert_eq!(root.name, "xliff");
    assert_eq!(root.req("xmlns"), "urn:oasis:names:tc:xliff:document:2.0");
    assert_eq!(root.req("version"), "2.1");
    assert_eq!(root.req("srcLang"), "en-US");
    assert_eq!(root.attr("trgLang"), Some(locale));
    root.assert_no_stray_text();
    assert!(root.elements().count() >= 1, "at least one <file>");
    let mut segments = Vec::new();
    let mut file_ids = HashSet::new();
    for file in root.elements() {
        assert_eq!(file.name, "file");
        file.assert_no_stray_text();
        let id = file.req("id");
        assert!(is_nmtoken(id), "file id {id}");
        assert!(file_ids.insert(id.to_owned()), "file id {id} twice");
        let original = file.req("original").to_owned();
        assert_eq!(file.attr("canResegment"), Some("no"));
        assert!(file.elements().count() >= 1, "at least one <unit>");
        let mut unit_ids = HashSet::new();
        for unit in file.elements() {
            assert_eq!(unit.name, "unit");
            unit.assert_no_stray_text();
            let id = unit.req("id");
            assert!(is_nmtoken(id), "unit id {id}");
            assert!(
                unit_ids.insert(id.to_owned()),
                "unit id {id} twice in a file"
            );
            // notes? originalData? segment+
            let names = unit.child_names();
            let mut rest = names.as_slice();
            if rest.first() == Some(&"notes") {
                rest = &rest[1..];
            }
            if rest.first() == Some(&"originalData") {
                rest = &rest[1..];
            }
            assert!(
                !rest.is_empty() && rest.iter().all(|n| *n == "segment"),
                "{names:?}"
            );
            for notes in unit.named("notes") {
                notes.assert_no_stray_text();
                assert!(notes.elements().count() >= 1);
                assert!(notes.elements().all(|n| n.name == "note"));
            }
            let mut data = HashMap::new();
            for original_data in unit.named("originalData") {
                original_data.assert_no_stray_text();
                assert!(original_data.elements().count() >= 1);
                for d in original_data.elements() {
                    assert_eq!(d.name, "data");
                    let id = d.req("id").to_owned();
                    assert!(is_nmtoken(&id));
                    let text = inline(d, &HashMap::new(), &mut HashSet::new());
                    assert!(data.insert(id, text).is_none(), "data id twice");
                }
            }
            let segment = unit.one("segment");
            segment.assert_no_stray_text();
            let state = segment.attr("state").unwrap_or("initial").to_owned();
            assert!(["initial", "translated", "reviewed", "final"].contains(&state.as_str()));
            let names = segment.child_names();
            assert!(
                names == ["source"] || names == ["source", "target"],
                "{names:?}"
            );
            let mut source_ids = HashSet::new();
            let source = inline(segment.one("source"), &data, &mut source_ids);
            let target = segment
                .named("target")
                .next()
                .map(|t| inline(t, &data, &mut HashSet::new()));
            assert!(
                target.is_some() || state == "initial",
                "state {state} without target"
            );
            segments.push(XliffSegment {
                original: original.clone(),
                name: unit.req("name").to_owned(),
                state,
                source,
                target,
            });
        }
    }
    segments
}

fn check_xliff(content: &Content, articles: &[ArticleAlignment<'_>]) -> usize {
    let mut count = 0;
    for locale in export::target_locales(articles) {
        let xml = xliff_of(articles, &locale);
        let got = read_xliff(&xml, &locale);
        let docs: Vec<&Document> = content
            .documents
            .iter()
            .filter(|d| d.locale().as_str() == locale && !d.segments.is_empty())
            .collect();
        let expected: Vec<(&str, &str, &str, Option<&str>)> = docs
            .iter()
            .flat_map(|d| {
                d.segments.iter().map(|s| {
                    (
                        d.file.rel_path.as_str(),
                        s.id.as_str(),
                        d.source(s).unwrap_or_default(),
                        d.target(s),
                    )
                })
            })
            .collect();
        let got_tuples: Vec<(&str, &str, &str, Option<&str>)> = got
            .iter()
            .map(|s| {
                (
                    s.original.as_str(),
                    s.name.as_str(),
                    s.source.as_str(),
                    s.target.as_deref(),
                )
            })
            .collect();
        assert_eq!(got_tuples, expected, "{locale}");
        for (s, doc) in got.iter().zip(
            docs.iter()
                .flat_map(|d| std::iter::repeat_n(*d, d.segments.len())),
        ) {
            let want = match (&doc.front_matter.ms_translationtype, &s.target) {
                (Some(TranslationType::Human), Some(_)) => "translated",
                _ => "initial",
            };
            assert_eq!(s.state, want, "{}", s.name);
        }
        count += got.len();
    }
    count
}

// ---------------------------------------------------------------------------------------------
// PO

fn check_po(articles: &[ArticleAlignment<'_>]) -> usize {
    let mut count = 0;
    for locale in export::target_locales(articles) {
        let text = po_of(articles, &locale);
        msgfmt_check(&text);
        let catalog = polib::po_file::parse_from_reader(text.as_bytes()).expect("polib parses");
        let language = catalog.metadata.language.clone();
        let expected_language = match locale.split('-').collect::<Vec<_>>()[..] {
            [language, "Latn", region] => format!("{language}_{region}@latin"),
            [language, "Cyrl", region] => format!("{language}_{region}@cyrillic"),
            _ => locale.replace('-', "_"),
        };
        assert_eq!(language, expected_language);
        // Every expected entry, keyed by (path, id, ordinal among equal ids).
        let mut expected: Vec<(String, String, String, String, bool, String)> = Vec::new();
        for article in articles {
            let Some(doc) = article
                .versions
                .iter()
                .map(|v| v.doc)
                .find(|d| d.locale().as_str() == locale && !d.segments.is_empty())
            else {
                continue;
            };
            let mut context_of: HashMap<usize, String> = HashMap::new();
            for unit in &article.units {
                for entry in unit.entries.iter().filter(|e| std::ptr::eq(e.doc, doc)) {
                    for (k, &index) in entry.indices.iter().enumerate() {
                        let context = if entry.indices.len() > 1 {
                            format!("{}#{}.{}", article.article, unit.number, k + 1)
                        } else {
                            format!("{}#{}", article.article, unit.number)
                        };
                        context_of.insert(index, context);
                    }
                }
            }
            let fuzzy = doc.front_matter.ms_translationtype == Some(TranslationType::Machine);
            for (index, s) in doc.segments.iter().enumerate() {
                let source = doc.source(s).unwrap_or_default();
                if source.is_empty() {
                    continue;
                }
                let po_string = |t: &str| t.replace('\0', "\u{FFFD}");
                // A segment in no entry (an English sentence a plain translation lacks) is
                // named by its id.
                let context = context_of
                    .get(&index)
                    .cloned()
                    .unwrap_or_else(|| format!("{}#id:{}", article.article, s.id));
                expected.push((
                    context,
                    s.id.clone(),
                    po_string(source),
                    po_string(doc.target(s).unwrap_or_default()),
                    fuzzy,
                    format!("{}:{}", doc.file.rel_path, s.line),
                ));
            }
        }
        let mut got = Vec::new();
        for message in catalog.messages() {
            let comments = message.extracted_comments();
            let id = comments
                .lines()
                .find_map(|l| l.strip_prefix("id: "))
                .expect("id comment")
                .to_owned();
            let reference = message
                .source()
                .trim_start_matches('\u{2068}')
                .replace('\u{2069}', "");
            got.push((
                message.msgctxt().expect("msgctxt").to_owned(),
                id,
                message.msgid().to_owned(),
                message.msgstr().expect("singular").to_owned(),
                message.is_fuzzy(),
                reference,
            ));
        }
        // polib keeps one message per (msgctxt, msgid): equal counts mean unique keys.
        assert_eq!(got, expected, "{locale}");
        count += got.len();
    }
    count
}

/// gettext's own checker, where it is installed.
fn msgfmt_check(po: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("x.po");
    std::fs::write(&path, po).expect("write po");
    match std::process::Command::new("msgfmt")
        .arg("--check-format")
        .arg("--check-domain")
        .arg("-o")
        .arg(dir.path().join("x.mo"))
        .arg(&path)
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "msgfmt rejects the PO: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!("msgfmt not installed: PO checked with polib only"),
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

fn check_csv(articles: &[ArticleAlignment<'_>]) -> usize {
    let text = csv_of(articles);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, csv_export::HEADER);
    let got: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect();
    let mut expected = Vec::new();
    for article in articles {
        for unit in &article.units {
            for entry in &unit.entries {
                let present = !entry.segments.is_empty();
                expected.push(vec![
                    article.article.clone(),
                    unit.number.to_string(),
                    entry.doc.locale().to_string(),
                    entry.ids().join(" "),
                    entry.status.as_str().to_owned(),
                    if present {
                        entry.source()
                    } else {
                        unit.english.clone()
                    },
                    entry.target(),
                    if present {
                        entry.source_text()
                    } else {
                        unit.english_text.clone()
                    },
                    entry
                        .segments
                        .iter()
                        .map(|s| s.target_text.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    entry.doc.file.rel_path.clone(),
                    entry
                        .segments
                        .first()
                        .map(|s| s.line.to_string())
                        .unwrap_or_default(),
                ]);
            }
        }
    }
    assert_eq!(got, expected);
    got.len()
}

fn check_all(content: &Content) -> [usize; 4] {
    let articles = aligned(content);
    [
        check_tmx(&articles),
        check_xliff(content, &articles),
        check_po(&articles),
        check_csv(&articles),
    ]
}

// ---------------------------------------------------------------------------------------------
// Tests

#[test]
fn seeds_round_trip_in_every_format() {
    let content = seeds();
    // 11 units: English + 2 locales in each TMX tu; 11 segments per locale; 22 CSV rows.
    assert_eq!(check_all(&content), [33, 22, 22, 22]);
}

#[test]
fn corpus_articles_round_trip_in_every_format() {
    let Some(corpus) = corpus() else { return };
    let tree = corpus_tree(&corpus);
    let content = load(tree.path());
    let [tuvs, xliff_segments, po_entries, rows] = check_all(&content);
    let segments: usize = content.documents.iter().map(|d| d.segments.len()).sum();
    assert_eq!(xliff_segments, segments);
    assert!(po_entries > 0 && tuvs > 0 && rows > 0);

    let articles = aligned(&content);
    // The merged unit: ro-RO's two sentences share the ja-JP `p101` unit.
    let ro = po_of(&articles, "ro-RO");
    let context = "AlchemyInsights/connection-closed-error-sharepoint.md#2";
    assert!(ro.contains(&format!("msgctxt \"{context}.1\"")), "{ro}");
    assert!(ro.contains(&format!("msgctxt \"{context}.2\"")), "{ro}");
    let ja = po_of(&articles, "ja-JP");
    assert!(ja.contains(&format!("msgctxt \"{context}\"\n")), "{ja}");
    let tmx = tmx_of(&articles);
    assert!(tmx.contains("<prop type=\"x-locdoc-ids\">7167c-103 7167c-104</prop>"));
    // Skype tables: bold cells become inline codes with their markup kept as data.
    let xml = xliff_of(&articles, "ja-JP");
    assert!(xml.contains("<data id=\"d1\">**</data>"), "bold as code");
    assert!(xml.contains(
        "<source><ph id=\"1\" dataRef=\"d1\"/>Column<ph id=\"2\" dataRef=\"d1\"/></source>"
    ));
    assert!(xml.contains("<segment state=\"initial\">"), "MT is initial");
}

#[test]
fn hostile_content_round_trips_and_stays_well_formed() {
    let tree = hostile_tree();
    let content = load(tree.path());
    let [tuvs, xliff_segments, po_entries, rows] = check_all(&content);
    assert!(tuvs > 0 && xliff_segments > 0 && po_entries > 0 && rows > 0);
    let articles = aligned(&content);
    let statuses: BTreeSet<Status> = articles
        .iter()
        .flat_map(|a| &a.units)
        .flat_map(|u| &u.entries)
        .map(|e| e.status)
        .collect();
    assert!(
        statuses.contains(&Status::Drift) && statuses.contains(&Status::Missing),
        "{statuses:?}"
    );
    let xml = xliff_of(&articles, "it-IT");
    assert!(xml.contains("<cp hex=\"0001\"/>"));
    assert!(xml.contains("<cp hex=\"FFFE\"/>"));
    assert!(xml.contains("&#xD;"), "CR kept as a reference");
    assert!(xml.contains("id=\"a_b.md\"") && xml.contains("id=\"a_b.md_2\""));
    assert!(xml.contains("name=\"a b/c\"") && xml.contains("id=\"a_b_c\""));
    assert!(
        xml.contains("id=\"aaaaa-106_2\" name=\"aaaaa-106\""),
        "duplicate id"
    );
    let po = po_of(&articles, "it-IT");
    assert!(po.contains("#: \u{2068}it-IT/odd name #1.md\u{2069}:"));
    assert!(po.contains("#, fuzzy"));
    assert!(!po.contains("Niente"), "no entry without English");
    assert!(
        !po_of(&articles, "ro-RO").contains("#, fuzzy"),
        "HT is not fuzzy"
    );
}

#[test]
fn locale_filter_keeps_unit_numbers_of_the_whole_tree() {
    let tree = hostile_tree();
    let content = load(tree.path());
    let all = aligned(&content);
    let mut only_ro = aligned(&content);
    export::retain_locales(&mut only_ro, &["RO-ro".to_owned()]);
    assert_eq!(export::target_locales(&only_ro), ["ro-RO"]);
    assert_eq!(po_of(&only_ro, "ro-RO"), po_of(&all, "ro-RO"));
    assert!(!tmx_of(&only_ro).contains("it-IT"));
    // Aligning ro-RO alone numbers differently: that is why export filters after aligning.
    let ro_docs: Vec<Document> = content
        .documents
        .iter()
        .filter(|d| d.locale().as_str() == "ro-RO")
        .cloned()
        .collect();
    let alone = align::align_all(&ro_docs, "en-US");
    assert_ne!(po_of(&alone, "ro-RO"), po_of(&all, "ro-RO"));
}

#[test]
fn xliff_without_files_is_an_error_not_an_invalid_document() {
    let content = seeds();
    let articles = aligned(&content);
    let mut out = Vec::new();
    let err = xliff::write_xliff(&mut out, &articles, "de-DE").expect_err("no de-DE");
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    assert!(out.is_empty());
}

fn snapshot_text(text: String) -> String {
    text.replace(env!("CARGO_PKG_VERSION"), "[version]")
}

#[test]
fn tmx_snapshot_of_the_seeds() {
    let content = seeds();
    insta::assert_snapshot!(snapshot_text(tmx_of(&aligned(&content))));
}

#[test]
fn xliff_snapshot_of_the_seeds() {
    let content = seeds();
    let articles = aligned(&content);
    let both = format!(
        "{}\n{}",
        xliff_of(&articles, "it-IT"),
        xliff_of(&articles, "ro-RO")
    );
    insta::assert_snapshot!(snapshot_text(both));
}

#[test]
fn po_snapshot_of_the_seeds() {
    let content = seeds();
    let articles = aligned(&content);
    let both = format!(
        "{}\n{}",
        po_of(&articles, "it-IT"),
        po_of(&articles, "ro-RO")
    );
    insta::assert_snapshot!(snapshot_text(both));
}

#[test]
fn csv_snapshot_of_the_seeds() {
    let content = seeds();
    insta::assert_snapshot!(csv_of(&aligned(&content)));
}

// ---------------------------------------------------------------------------------------------
// The command

#[test]
fn cli_writes_the_library_output() {
    let content = seeds();
    let articles = aligned(&content);
    let mut only_it = aligned(&content);
    export::retain_locales(&mut only_it, &["it-IT".to_owned()]);
    for (args, want) in [
        (vec!["export", "--format", "tmx"], tmx_of(&articles)),
        (vec!["export", "--format", "csv"], csv_of(&articles)),
        (
            vec!["export", "--format", "xliff", "--locale", "it-IT"],
            xliff_of(&articles, "it-IT"),
        ),
        (
            vec!["export", "--format", "po", "--locale", "it-IT"],
            po_of(&articles, "it-IT"),
        ),
        (
            vec!["export", "--format", "tmx", "--locale", "it-IT"],
            tmx_of(&only_it),
        ),
    ] {
        let out = locdoc(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{args:?}");
    }
}

#[test]
fn cli_asks_for_one_locale_for_xliff_and_po() {
    for format in ["xliff", "po"] {
        let out = locdoc(&["export", "--format", format]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("one target language"), "{stderr}");
        assert!(stderr.contains("--locale"), "{stderr}");
    }
    let out = locdoc(&["export", "--format", "po", "--locale", "de-DE"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to export"));
}

#[test]
fn whole_corpus_round_trips_in_every_format() {
    let Some(corpus) = corpus() else { return };
    for root in ["alchemy", "m365", "skype"] {
        let started = std::time::Instant::now();
        let content = load(&corpus.join(root));
        let counts = check_all(&content);
        eprintln!("{root}: {counts:?} in {:?}", started.elapsed());
    }
}
