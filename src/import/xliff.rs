//! Reading an XLIFF 2 document back: each unit's file, id, English and target, with the inline
//! codes turned back into the markup they stand for.
//!
//! Export writes markup as `<ph dataRef="dN"/>` with the exact characters in the unit's
//! `<originalData>`; a CAT tool keeps those, and may also give a target codes of its own kind
//! for the same data: `<pc dataRefStart dataRefEnd>…</pc>` around text, `<sc>`/`<ec>` pairs, or
//! a code that names only the `id` of a source code (XLIFF's corresponding codes). Every one of
//! them becomes its data again; `<mrk>` annotations keep their content, `<sm>`/`<em>` markers
//! are dropped, and `<cp hex>` is its character. An element of any other kind in a source or
//! target, or a code whose markup the unit does not hold, is refused: a guess would write
//! markup nobody chose.
//!
//! A unit cut into several `<segment>`s (a tool that resegments despite `canResegment="no"`)
//! is joined again, `<ignorable>` parts with their target where they have one, else their
//! source.
//!
//! The document is read into a small element tree with quick-xml first (text with entities and
//! character references resolved and line ends normalized, as any XML reader must), then
//! walked; elements of other namespaces (`<mda:metadata>`, a tool's extensions) are skipped
//! outside content.

use super::{Located, Malformed};
use crate::diagnostic::LineIndex;
use crate::export::xliff::NAMESPACE;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;
use std::collections::HashMap;

/// One `<unit>` as the document holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The `original` of its `<file>`: the file's path below the content root.
    pub file: String,
    /// The unit's `id` (unique in its file).
    pub id: String,
    /// Its `name`: the segment id as written in the Markdown, when the unit has one.
    pub name: Option<String>,
    /// The English markup at export time.
    pub source: String,
    /// The target markup; `None` when a segment has no `<target>`.
    pub target: Option<String>,
    /// Where the `<unit>` starts.
    pub at: Located,
}

/// An XLIFF document: its languages and units, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Xliff {
    /// `srcLang`.
    pub source_language: String,
    /// `trgLang`, when the root has it.
    pub target_language: Option<String>,
    /// Every unit of every file.
    pub units: Vec<Unit>,
}

/// An element of the tree: name and namespace, attributes without a prefix, children.
#[derive(Debug, Default)]
struct Element {
    name: String,
    core: bool,
    attributes: Vec<(String, String)>,
    children: Vec<Node>,
    at: Located,
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn required(&self, key: &str) -> Result<&str, Malformed> {
        self.attribute(key).ok_or_else(|| {
            Malformed::at(
                self.at,
                format!("<{}> without the `{key}` attribute", self.name),
            )
        })
    }

    fn children_named<'e>(&'e self, name: &'e str) -> impl Iterator<Item = &'e Element> {
        self.children.iter().filter_map(move |n| match n {
            Node::Element(e) if e.core && e.name == name => Some(e),
            _ => None,
        })
    }
}

/// Read an XLIFF 2 document.
pub fn read(text: &str) -> Result<Xliff, Malformed> {
    let root = tree(text)?;
    if !root.core || root.name != "xliff" {
        return Err(Malformed::at(
            root.at,
            format!(
                "the root is <{}>, not an XLIFF 2 <xliff> (namespace {NAMESPACE})",
                root.name
            ),
        ));
    }
    let version = root.required("version")?;
    if !version.starts_with("2.") {
        return Err(Malformed::at(
            root.at,
            format!("XLIFF version {version}: only XLIFF 2 is read"),
        ));
    }
    let mut units = Vec::new();
    for file in root.children_named("file") {
        let original = file.required("original")?;
        collect_units(file, original, &mut units)?;
    }
    Ok(Xliff {
        source_language: root.required("srcLang")?.to_owned(),
        target_language: root.attribute("trgLang").map(str::to_owned),
        units,
    })
}

/// The units of a `<file>` or `<group>`, groups followed.
fn collect_units(parent: &Element, file: &str, units: &mut Vec<Unit>) -> Result<(), Malformed> {
    for child in parent.children.iter().filter_map(|n| match n {
        Node::Element(e) if e.core => Some(e),
        _ => None,
    }) {
        match child.name.as_str() {
            "group" => collect_units(child, file, units)?,
            "unit" => units.push(read_unit(child, file)?),
            _ => {}
        }
    }
    Ok(())
}

fn read_unit(unit: &Element, file: &str) -> Result<Unit, Malformed> {
    let mut data: HashMap<&str, String> = HashMap::new();
    for original in unit.children_named("originalData") {
        for item in original.children_named("data") {
            data.insert(item.required("id")?, plain_content(item)?);
        }
    }
    let mut codes = Codes {
        data: &data,
        by_id: HashMap::new(),
    };
    let (mut source, mut target) = (String::new(), String::new());
    // A unit has a target when every one of its segments has one.
    let mut has_target = true;
    for part in unit.children.iter().filter_map(|n| match n {
        Node::Element(e) if e.core && (e.name == "segment" || e.name == "ignorable") => Some(e),
        _ => None,
    }) {
        let part_source = part
            .children_named("source")
            .next()
            .ok_or_else(|| Malformed::at(part.at, format!("<{}> without <source>", part.name)))?;
        let source_text = codes.content(part_source, true)?;
        match part.children_named("target").next() {
            Some(part_target) => target.push_str(&codes.content(part_target, false)?),
            None if part.name == "ignorable" => target.push_str(&source_text),
            None => has_target = false,
        }
        source.push_str(&source_text);
    }
    Ok(Unit {
        file: file.to_owned(),
        id: unit.required("id")?.to_owned(),
        name: unit.attribute("name").map(str::to_owned),
        source,
        target: has_target.then_some(target),
        at: unit.at,
    })
}

/// The inline codes of one unit: its original data, and which data each source code id
/// stands for (for target codes that name only an id).
struct Codes<'d> {
    data: &'d HashMap<&'d str, String>,
    by_id: HashMap<String, (Option<String>, Option<String>)>,
}

impl Codes<'_> {
    /// A `<source>` or `<target>` with every code replaced by its markup.
    fn content(&mut self, element: &Element, is_source: bool) -> Result<String, Malformed> {
        let mut out = String::new();
        self.append(element, is_source, &mut out)?;
        Ok(out)
    }

    fn append(
        &mut self,
        element: &Element,
        is_source: bool,
        out: &mut String,
    ) -> Result<(), Malformed> {
        for node in &element.children {
            let child = match node {
                Node::Text(text) => {
                    out.push_str(text);
                    continue;
                }
                Node::Element(child) if child.core => child,
                Node::Element(child) => {
                    return Err(Malformed::at(
                        child.at,
                        format!(
                            "<{}> of another namespace inside <{}>",
                            child.name, element.name
                        ),
                    ));
                }
            };
            match child.name.as_str() {
                "ph" | "sc" | "ec" => {
                    let data = self.code(child, "dataRef", 0, is_source)?;
                    out.push_str(data);
                }
                "pc" => {
                    let start = self.code(child, "dataRefStart", 0, is_source)?.to_owned();
                    out.push_str(&start);
                    self.append(child, is_source, out)?;
                    let end = self.code(child, "dataRefEnd", 1, is_source)?;
                    out.push_str(end);
                }
                "mrk" => self.append(child, is_source, out)?,
                "sm" | "em" => {}
                "cp" => out.push(code_point(child)?),
                other => {
                    return Err(Malformed::at(
                        child.at,
                        format!(
                            "<{other}> inside <{}> is no inline code locdoc can put back",
                            element.name
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The markup a code stands for: its data reference, else (in a target) that of the source
    /// code with its `id` (`startRef` for an `<ec>`). `end` picks a `<pc>`'s closing data.
    fn code(
        &mut self,
        code: &Element,
        key: &str,
        end: usize,
        is_source: bool,
    ) -> Result<&str, Malformed> {
        let id = code
            .attribute("id")
            .or_else(|| code.attribute("startRef"))
            .map(str::to_owned);
        let reference = match code.attribute(key) {
            Some(r) => Some(r.to_owned()),
            None => id.as_ref().and_then(|id| {
                self.by_id.get(id).and_then(|(start, close)| {
                    if end == 0 {
                        start.clone()
                    } else {
                        close.clone()
                    }
                })
            }),
        };
        let Some(reference) = reference else {
            return Err(Malformed::at(
                code.at,
                format!(
                    "<{}> without `{key}`, and no source code with its id: which markup it stands for is unknown",
                    code.name
                ),
            ));
        };
        if is_source && let Some(id) = id {
            let slot = self.by_id.entry(id).or_default();
            if end == 0 {
                slot.0 = Some(reference.clone());
            } else {
                slot.1 = Some(reference.clone());
            }
        }
        self.data
            .get(reference.as_str())
            .map(String::as_str)
            .ok_or_else(|| {
                Malformed::at(
                    code.at,
                    format!(
                        "<{}> refers to data `{reference}`, which the unit's <originalData> lacks",
                        code.name
                    ),
                )
            })
    }
}

/// The text of a `<data>`: characters and `<cp>`.
fn plain_content(element: &Element) -> Result<String, Malformed> {
    let mut out = String::new();
    for node in &element.children {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element(cp) if cp.core && cp.name == "cp" => out.push(code_point(cp)?),
            Node::Element(other) => {
                return Err(Malformed::at(
                    other.at,
                    format!("<{}> inside <{}>", other.name, element.name),
                ));
            }
        }
    }
    Ok(out)
}

/// The character of a `<cp hex="…"/>`.
fn code_point(cp: &Element) -> Result<char, Malformed> {
    let hex = cp.required("hex")?;
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| Malformed::at(cp.at, format!("<cp hex=\"{hex}\"> is no character")))
}

/// The document as a tree of elements and resolved text.
fn tree(text: &str) -> Result<Element, Malformed> {
    let index = LineIndex::new(text);
    let locate = |offset: u64| {
        let offset = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(text.len());
        let (line, column) = index.locate(text, offset);
        Located {
            offset,
            line,
            column,
        }
    };
    let mut reader = NsReader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let before = reader.buffer_position();
        let (namespace, event) = match reader.read_resolved_event() {
            Ok((ns, event)) => (
                matches!(ns, ResolveResult::Bound(n) if n.as_ref() == NAMESPACE.as_bytes()),
                event,
            ),
            Err(err) => {
                return Err(Malformed::at(
                    locate(reader.error_position()),
                    format!("not well-formed XML: {err}"),
                ));
            }
        };
        let xml_error = |err: &dyn std::fmt::Display| {
            Malformed::at(locate(before), format!("not well-formed XML: {err}"))
        };
        match event {
            Event::Start(start) => {
                stack.push(element(&start, namespace, locate(before)).map_err(|e| xml_error(&e))?);
            }
            Event::Empty(start) => {
                let empty =
                    element(&start, namespace, locate(before)).map_err(|e| xml_error(&e))?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(empty));
                }
            }
            Event::End(_) => {
                let done = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(done)),
                    None => {
                        return Err(Malformed::at(
                            locate(before),
                            "a closing tag without its opening tag",
                        ));
                    }
                }
            }
            Event::Text(t) => {
                let text = t.xml10_content().map_err(|e| xml_error(&e))?;
                push_text(&mut stack, &text);
            }
            Event::CData(t) => {
                let text = t.xml10_content().map_err(|e| xml_error(&e))?;
                push_text(&mut stack, &text);
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(|e| xml_error(&e))? {
                    Some(c) => c,
                    None => match &*r.decode().map_err(|e| xml_error(&e))? {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => {
                            return Err(Malformed::at(
                                locate(before),
                                format!("the entity `&{other};` is not one XML predefines"),
                            ));
                        }
                    },
                };
                push_text(&mut stack, resolved.encode_utf8(&mut [0; 4]));
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::DocType(_) | Event::Comment(_) => {}
        }
    }
    let document = stack.pop().unwrap_or_default();
    if !stack.is_empty() {
        return Err(Malformed::at(
            document.at,
            format!("<{}> is never closed", document.name),
        ));
    }
    document
        .children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| Malformed::at(locate(0), "no root element"))
}

fn push_text(stack: &mut [Element], text: &str) {
    let Some(parent) = stack.last_mut() else {
        return;
    };
    match parent.children.last_mut() {
        Some(Node::Text(previous)) => previous.push_str(text),
        _ => parent.children.push(Node::Text(text.to_owned())),
    }
}

fn element(start: &BytesStart<'_>, core: bool, at: Located) -> Result<Element, String> {
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| e.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name: String::from_utf8_lossy(start.local_name().as_ref()).into_owned(),
        core,
        attributes,
        children: Vec::new(),
        at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(units: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"{NAMESPACE}\" xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.1\" srcLang=\"en-US\" trgLang=\"it-IT\">\n  <file id=\"a.md\" original=\"it-IT/a.md\" xml:space=\"preserve\">\n{units}\n  </file>\n</xliff>\n"
        )
    }

    #[test]
    fn codes_become_their_markup_again() {
        let text = document(
            "<unit id=\"u1\" name=\"abc-101\"><mda:metadata><mda:metaGroup/></mda:metadata><originalData><data id=\"d1\">**</data><data id=\"d2\">](https://x/y?a=1&amp;b=2)</data><data id=\"d3\">[</data></originalData>\
<segment state=\"translated\"><source><ph id=\"1\" dataRef=\"d1\"/>Bold<ph id=\"2\" dataRef=\"d1\"/> <ph id=\"3\" dataRef=\"d3\"/>link<ph id=\"4\" dataRef=\"d2\"/>&#xD;</source>\
<target><pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\">Grassetto</pc> <ph id=\"3\"/><mrk id=\"m\" translate=\"no\">collegamento</mrk><sm id=\"s\"/><ph id=\"4\" dataRef=\"d2\"/><cp hex=\"0001\"/>\r\n&lt;&amp;</target></segment></unit>",
        );
        let xliff = read(&text).expect("reads");
        assert_eq!(xliff.target_language.as_deref(), Some("it-IT"));
        let unit = &xliff.units[0];
        assert_eq!((unit.file.as_str(), unit.id.as_str()), ("it-IT/a.md", "u1"));
        assert_eq!(unit.name.as_deref(), Some("abc-101"));
        assert_eq!(unit.source, "**Bold** [link](https://x/y?a=1&b=2)\r");
        assert_eq!(
            unit.target.as_deref(),
            Some("**Grassetto** [collegamento](https://x/y?a=1&b=2)\u{1}\n<&")
        );
        assert_eq!(unit.at.line, 4);
    }

    #[test]
    fn segments_and_ignorables_are_joined_and_a_missing_target_is_none() {
        let text = document(
            "<unit id=\"u1\"><segment><source>One.</source><target>Uno.</target></segment><ignorable><source> </source></ignorable><segment><source>Two.</source><target>Due.</target></segment></unit>\
<unit id=\"u2\"><segment><source>Three.</source></segment></unit>",
        );
        let xliff = read(&text).expect("reads");
        assert_eq!(xliff.units[0].source, "One. Two.");
        assert_eq!(xliff.units[0].target.as_deref(), Some("Uno. Due."));
        assert_eq!(xliff.units[1].target, None);
    }

    #[test]
    fn unknown_codes_and_broken_xml_are_refused_where_they_are() {
        let e = read(&document(
            "<unit id=\"u1\"><segment><source>a</source><target>b<ph id=\"9\" dataRef=\"d9\"/></target></segment></unit>",
        ))
        .expect_err("unknown data");
        assert_eq!(e.at.line, 4, "{e:?}");
        assert!(e.message.contains("d9"), "{e:?}");
        let e = read(&document(
            "<unit id=\"u1\"><segment><source>a</source><target>b<x/></target></segment></unit>",
        ))
        .expect_err("unknown element");
        assert!(e.message.contains("<x>"), "{e:?}");
        let e = read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n<file original=\"a\"><unit id=\"u\"></file></xliff>").expect_err("ill-formed");
        assert_eq!(e.at.line, 2, "{e:?}");
        let e = read("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>")
            .expect_err("XLIFF 1.2");
        assert!(e.message.contains("not an XLIFF 2"), "{e:?}");
    }
}
