//! A DocFX table of contents (`toc.yml`, or the older Markdown `TOC.md`) read into a tree of
//! [`TocEntry`], with nested tocs followed, and the navigation HTML built from it.
//!
//! A docs set's toc decides everything a reader uses to move around: the sidebar, the
//! breadcrumb and the previous/next links. Translated repositories carry their own toc (names
//! translated, entries sometimes missing), so [`Toc::with_fallback`] fills the gaps from the
//! English toc, marked, instead of hiding English-only pages.
//!
//! The sidebar is the one piece of HTML repeated on every page, so [`Toc::sidebar_html`] renders
//! a pruned tree: the top level, and the branch leading to the current page fully listed; every
//! other branch is one link. The whole tree goes once per locale into [`Toc::full_html`], the
//! "All topics" page. On the English office-js toc (386 entries, 13 top level) the pruned
//! sidebar of its deepest page (seven levels down) is 4.5 KB and that of a top-level page
//! 1.2 KB, against 36 KB for the whole tree (test `real_office_js_toc_loads_and_sizes`, run
//! with `--nocapture`, prints the figures).

use crate::parse::front_matter::{Value, parse_yaml};
use crate::render::url::escape_html;
use std::collections::HashSet;
use std::path::Path;

/// Where a toc entry leads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Link {
    /// An article of the docs set: its path relative to the docs root, `/`-separated, with
    /// `.`/`..` resolved and percent-escapes decoded (`overview/office-add-ins.md`,
    /// `index.yml`), so it can be compared with the keys of the files found on disk.
    Article(String),
    /// An absolute URL (`https://…`, `mailto:…`) or a site-absolute path
    /// (`/javascript/api/overview`): somewhere outside this docs set, linked as written.
    External(String),
}

impl Link {
    /// The article key, when the link is to an article of this docs set.
    pub fn article(&self) -> Option<&str> {
        match self {
            Link::Article(key) => Some(key),
            Link::External(_) => None,
        }
    }
}

/// One entry of a toc: a page, a group of entries, or both.
#[derive(Debug, Clone, PartialEq)]
pub struct TocEntry {
    /// The text shown (translated in a locale's toc; English where `english_fallback`).
    pub name: String,
    /// The page the entry links to: its `href` when that is an article or URL, else its
    /// `topicHref`. `None` for a pure group heading.
    pub href: Option<Link>,
    /// The `#fragment` of the href, without `#`, kept apart so `href` compares as a page.
    pub fragment: Option<String>,
    /// Sub-entries, including those of a nested toc the entry refers to.
    pub children: Vec<TocEntry>,
    /// DocFX `displayName`: extra words a toc filter matches, never shown.
    pub display_name: Option<String>,
    /// DocFX `expanded`: the writer wants the branch open in the full tree.
    pub expanded: bool,
    /// The nested toc this entry includes as its children (path relative to the docs root),
    /// as resolved by [`load`]; as written (a folder ends with `/`) after [`parse`] alone.
    pub toc_ref: Option<String>,
    /// The toc file the entry was read from, relative to the docs root.
    pub source: String,
    /// 1-based line of the entry's href in `source` (its name when it has no href), for
    /// problems about the entry.
    pub line: u32,
    /// 1-based column (in characters) that goes with `line`.
    pub column: u32,
    /// The entry is not in the locale's toc and was taken from the English one: the page
    /// marks its name as English.
    pub english_fallback: bool,
}

impl TocEntry {
    /// The page a link to this entry opens: its own href, else that of its first descendant
    /// with one (a collapsed branch in the sidebar links there). `None` when nothing below has
    /// a link.
    pub fn page(&self) -> Option<&Link> {
        self.href
            .as_ref()
            .or_else(|| self.children.iter().find_map(TocEntry::page))
    }

    fn walk<'a>(&'a self, out: &mut Vec<&'a TocEntry>) {
        out.push(self);
        for child in &self.children {
            child.walk(out);
        }
    }
}

/// A table of contents: the top-level entries of one toc file with nested tocs included.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Toc {
    /// The root toc file, relative to the docs root (`toc.yml`).
    pub path: String,
    /// The top-level entries, in order.
    pub entries: Vec<TocEntry>,
}

/// What kind of problem a [`TocProblem`] is, so the caller can map it to a diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TocProblemKind {
    /// A toc file could not be read (I/O error, not UTF-8).
    Unreadable,
    /// A toc file is not valid YAML.
    BadYaml,
    /// The YAML is valid but not a toc: not a list, an entry that is not a mapping, or an
    /// entry without a name.
    BadShape,
    /// A toc named by the caller or referred to by an entry does not exist.
    MissingToc,
    /// A nested toc refers back to a toc that is including it.
    Cycle,
    /// An href climbs above the docs root with `..`.
    OutsideRoot,
    /// An entry's article does not exist.
    Unresolved,
}

/// A problem found in a toc, at a position in one toc file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocProblem {
    /// The toc file, relative to the docs root, `/`-separated.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What is wrong, in words a writer understands.
    pub message: String,
    /// The kind, for mapping to a diagnostic code.
    pub kind: TocProblemKind,
}

/// The localized strings of the navigation, given by the caller from the locale's UI strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NavLabels {
    /// The `aria-label` of the `<nav>`, e.g. "Table of contents".
    pub toc: String,
    /// The text of the link from the pruned sidebar to the full tree, e.g. "All topics".
    pub all_topics: String,
    /// The URL of the locale's full-tree ("All topics") page.
    pub all_topics_url: String,
}

/// A breadcrumb or previous/next item: the name shown and where it links.
pub type Crumb = (String, Option<Link>);

/// Most nested tocs one [`load`] follows, so a toc that includes the same big toc many times
/// over cannot make loading explode.
const MAX_INCLUDES: usize = 1000;

/// Read the toc `toc_rel` (relative to `docs_root`, `toc.yml` or `TOC.md`) and every toc it
/// includes, relative to the including file. Never fails: a missing or broken file gives an
/// empty or partial toc and problems at the place to fix.
pub fn load(docs_root: &Path, toc_rel: &str) -> (Toc, Vec<TocProblem>) {
    let mut problems = Vec::new();
    let rel = toc_rel.replace('\\', "/");
    let text = match read(docs_root, &rel) {
        Ok(text) => text,
        Err((kind, message)) => {
            problems.push(TocProblem {
                path: rel.clone(),
                line: 1,
                column: 1,
                message,
                kind,
            });
            return (
                Toc {
                    path: rel,
                    entries: Vec::new(),
                },
                problems,
            );
        }
    };
    let (mut toc, found) = parse(&text, &rel);
    problems.extend(found);
    let mut stack = vec![rel];
    let mut budget = MAX_INCLUDES;
    expand(
        docs_root,
        &mut toc.entries,
        &mut stack,
        &mut budget,
        &mut problems,
    );
    (toc, problems)
}

/// The root toc of a docs folder: `toc.yml`, `TOC.yml`, `toc.md` or `TOC.md`, whichever
/// exists first, so a locale without a toc can be told from one with a broken toc.
pub fn find_root_toc(docs_root: &Path) -> Option<&'static str> {
    ["toc.yml", "TOC.yml", "toc.md", "TOC.md"]
        .into_iter()
        .find(|name| docs_root.join(name).is_file())
}

/// Parse one toc file's text; `rel_path` (relative to the docs root) decides whether it is
/// YAML or Markdown (`.md`) and what its hrefs are relative to. Nested tocs are not read:
/// entries referring to one have `toc_ref` set and no included children.
pub fn parse(text: &str, rel_path: &str) -> (Toc, Vec<TocProblem>) {
    let rel = rel_path.replace('\\', "/");
    let mut problems = Vec::new();
    let entries = if rel.to_ascii_lowercase().ends_with(".md") {
        parse_markdown(text, &rel, &mut problems)
    } else {
        parse_yaml_toc(text, &rel, &mut problems)
    };
    (Toc { path: rel, entries }, problems)
}

fn read(root: &Path, rel: &str) -> Result<String, (TocProblemKind, String)> {
    let path = root.join(rel);
    match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            (
                TocProblemKind::Unreadable,
                format!("{rel} is not valid UTF-8"),
            )
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Err((
            TocProblemKind::MissingToc,
            format!("the toc {rel} does not exist"),
        )),
        Err(err) => Err((
            TocProblemKind::Unreadable,
            format!("{rel} could not be read: {err}"),
        )),
    }
}

/// The file a toc reference names: a folder (`sub/`) holds `toc.yml` or `TOC.md`; a file name
/// is tried as written, then in the other usual case (repositories written on Windows).
fn locate_toc(root: &Path, reference: &str) -> Option<String> {
    let candidates: Vec<String> = match reference.strip_suffix('/') {
        Some(folder) => ["toc.yml", "TOC.yml", "toc.md", "TOC.md"]
            .iter()
            .map(|name| join(folder, name))
            .collect(),
        None => {
            let (folder, name) = reference.rsplit_once('/').unwrap_or(("", reference));
            let mut names = vec![name.to_owned()];
            for other in ["toc.yml", "TOC.yml", "toc.md", "TOC.md"] {
                if other.eq_ignore_ascii_case(name) && other != name {
                    names.push(other.to_owned());
                }
            }
            names.iter().map(|n| join(folder, n)).collect()
        }
    };
    candidates.into_iter().find(|c| root.join(c).is_file())
}

fn join(folder: &str, name: &str) -> String {
    if folder.is_empty() {
        name.to_owned()
    } else {
        format!("{folder}/{name}")
    }
}

fn expand(
    root: &Path,
    entries: &mut [TocEntry],
    stack: &mut Vec<String>,
    budget: &mut usize,
    problems: &mut Vec<TocProblem>,
) {
    for entry in entries {
        expand(root, &mut entry.children, stack, budget, problems);
        let Some(reference) = entry.toc_ref.clone() else {
            continue;
        };
        let mut problem = |kind, message: String| {
            problems.push(TocProblem {
                path: entry.source.clone(),
                line: entry.line,
                column: entry.column,
                message,
                kind,
            })
        };
        let Some(file) = locate_toc(root, &reference) else {
            problem(
                TocProblemKind::MissingToc,
                format!("the nested toc {reference} does not exist"),
            );
            continue;
        };
        if stack.contains(&file) {
            problem(
                TocProblemKind::Cycle,
                format!(
                    "the nested toc {file} is already being included ({} → {file}); not followed",
                    stack.join(" → ")
                ),
            );
            continue;
        }
        if *budget == 0 {
            problem(
                TocProblemKind::Cycle,
                format!("more than {MAX_INCLUDES} nested tocs; {file} not followed"),
            );
            continue;
        }
        *budget -= 1;
        let text = match read(root, &file) {
            Ok(text) => text,
            Err((kind, message)) => {
                problem(kind, message);
                continue;
            }
        };
        let (mut nested, found) = parse(&text, &file);
        problems.extend(found);
        stack.push(file.clone());
        expand(root, &mut nested.entries, stack, budget, problems);
        stack.pop();
        entry.toc_ref = Some(file);
        entry.children.extend(nested.entries);
    }
}

/// An href resolved against the folder of the toc that holds it.
#[derive(Debug, PartialEq)]
enum Target {
    Page(Link, Option<String>),
    /// A nested toc: `folder/` or a `toc.yml`/`TOC.md` path, relative to the docs root.
    Toc(String),
    OutsideRoot,
}

fn is_external(href: &str) -> bool {
    if href.starts_with('/') || href.starts_with('\\') {
        return true;
    }
    // A URL scheme: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    let mut chars = href.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_ascii_alphabetic() => {}
        _ => return false,
    }
    for (_, c) in chars {
        match c {
            ':' => return true,
            c if c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.') => {}
            _ => return false,
        }
    }
    false
}

fn is_toc_name(name: &str) -> bool {
    name.eq_ignore_ascii_case("toc.yml") || name.eq_ignore_ascii_case("toc.md")
}

/// Resolve `href` as written in a toc in folder `dir` (`""` for the docs root).
fn resolve(href: &str, dir: &str) -> Target {
    let href = href.trim();
    if href.starts_with("~/") || href.starts_with("~\\") {
        return resolve(&href[2..], "");
    }
    if is_external(href) {
        return Target::Page(Link::External(href.to_owned()), None);
    }
    let (rest, fragment) = match href.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment.to_owned()).filter(|f| !f.is_empty())),
        None => (href, None),
    };
    // A query string means nothing to an article of the docs set.
    let rest = rest.split_once('?').map_or(rest, |(path, _)| path);
    let decoded = percent_encoding::percent_decode_str(rest)
        .decode_utf8()
        .map_or_else(|_| rest.to_owned(), |s| s.into_owned())
        .replace('\\', "/");
    let folder = decoded.ends_with('/');
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Target::OutsideRoot;
                }
            }
            part => parts.push(part),
        }
    }
    let key = parts.join("/");
    if folder {
        return Target::Toc(format!("{key}/").trim_start_matches('/').to_owned());
    }
    if parts.last().is_some_and(|name| is_toc_name(name)) {
        return Target::Toc(key);
    }
    Target::Page(Link::Article(key), fragment)
}

fn folder_of(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// A `key: value` line of a block-style YAML text: the key, and where the value starts.
struct KeyLine {
    key: String,
    value: usize,
}

fn key_lines(text: &str) -> Vec<KeyLine> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let mut rest = line.trim_start();
        while let Some(item) = rest.strip_prefix("- ") {
            rest = item.trim_start();
        }
        let key_end = rest.find(':').unwrap_or(0);
        let key = &rest[..key_end];
        if key_end > 0
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            let after = &rest[key_end + 1..];
            let value_at = line.len() - after.len() + (after.len() - after.trim_start().len());
            out.push(KeyLine {
                key: key.to_owned(),
                value: start + value_at.min(line.trim_end().len()),
            });
        }
        start += line.len();
    }
    out
}

/// Finds each entry's position in the toc text. Values carry no positions, so entries are
/// matched to `name:` keys in document order (the walk is in document order too), and the
/// href is looked for among the keys of the entry's own lines.
struct Locator<'a> {
    text: &'a str,
    index: crate::diagnostic::LineIndex,
    keys: Vec<KeyLine>,
    /// The next `keys` index to look at for a `name:` key.
    cursor: usize,
    /// Byte offset of the last entry located; `None` before the first.
    last: Option<usize>,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Self {
        Locator {
            text,
            index: crate::diagnostic::LineIndex::new(text),
            keys: key_lines(text),
            cursor: 0,
            last: None,
        }
    }

    fn locate(&self, offset: usize) -> (u32, u32) {
        self.index.locate(self.text, offset)
    }

    /// Position of the current entry's link (or name); moves past its keys.
    fn next_entry(&mut self, has_name: bool, link_value: Option<&str>) -> (u32, u32) {
        let is_name = |k: &KeyLine| k.key == "name";
        let name_at = has_name
            .then(|| self.keys[self.cursor..].iter().position(is_name))
            .flatten()
            .map(|i| self.cursor + i);
        // The entry's own keys run from its name to the next `name:` key.
        let block_start = name_at.map_or(self.cursor, |i| i + 1);
        let block_end = self.keys[block_start..]
            .iter()
            .position(is_name)
            .map_or(self.keys.len(), |i| block_start + i);
        let link_at = link_value.and_then(|value| {
            (block_start..block_end).find(|&i| {
                let k = &self.keys[i];
                matches!(k.key.as_str(), "href" | "tocHref" | "topicHref")
                    && self.text[k.value..]
                        .trim_start_matches(['\'', '"'])
                        .starts_with(value)
            })
        });
        let found = link_at.or(name_at);
        let offset = match found {
            Some(i) => {
                self.cursor = self.cursor.max(i + 1);
                self.keys[i].value
            }
            None => self.next_item(),
        };
        self.last = Some(offset);
        self.locate(offset)
    }

    /// Where the next `- ` list item after the last position starts: the place of an entry
    /// with neither name nor link.
    fn next_item(&self) -> usize {
        let from = self.last.map_or(0, |last| {
            self.text[last..]
                .find('\n')
                .map_or(self.text.len(), |i| last + i + 1)
        });
        let mut start = from;
        for line in self.text[from..].split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.starts_with('-') {
                return start + line.len() - trimmed.len();
            }
            start += line.len();
        }
        self.last.unwrap_or(0)
    }
}

fn parse_yaml_toc(text: &str, rel: &str, problems: &mut Vec<TocProblem>) -> Vec<TocEntry> {
    let value = match parse_yaml(text) {
        Ok(value) => value,
        Err(err) => {
            problems.push(TocProblem {
                path: rel.to_owned(),
                line: err.line,
                column: err.column,
                message: format!("the toc is not valid YAML: {}", err.message),
                kind: TocProblemKind::BadYaml,
            });
            return Vec::new();
        }
    };
    let list = match &value {
        Value::List(_) => &value,
        Value::Map(_) => value.get("items").unwrap_or(&Value::Null),
        Value::Null => return Vec::new(),
        _ => &value,
    };
    if !matches!(list, Value::List(_) | Value::Null) {
        problems.push(TocProblem {
            path: rel.to_owned(),
            line: 1,
            column: 1,
            message: "the toc is neither a list of entries nor a mapping with `items:`".into(),
            kind: TocProblemKind::BadShape,
        });
        return Vec::new();
    }
    let mut locator = Locator::new(text);
    yaml_entries(list, rel, &mut locator, problems)
}

fn yaml_entries(
    list: &Value,
    rel: &str,
    locator: &mut Locator<'_>,
    problems: &mut Vec<TocProblem>,
) -> Vec<TocEntry> {
    let dir = folder_of(rel);
    let mut out = Vec::new();
    for item in list.items() {
        if !matches!(item, Value::Map(_)) {
            let (line, column) = locator.next_entry(false, None);
            problems.push(TocProblem {
                path: rel.to_owned(),
                line,
                column,
                message: "a toc entry is not a mapping with `name:` and `href:`".into(),
                kind: TocProblemKind::BadShape,
            });
            continue;
        }
        let field = |key: &str| item.get(key).and_then(Value::text);
        let name = field("name");
        let href = field("href");
        let toc_href = field("tocHref");
        let topic_href = field("topicHref");
        let shown_link = href.as_ref().or(toc_href.as_ref()).or(topic_href.as_ref());
        let (line, column) = locator.next_entry(name.is_some(), shown_link.map(String::as_str));
        let mut problem = |kind, message: String| {
            problems.push(TocProblem {
                path: rel.to_owned(),
                line,
                column,
                message,
                kind,
            })
        };
        let mut entry = TocEntry {
            name: String::new(),
            href: None,
            fragment: None,
            children: Vec::new(),
            display_name: field("displayName"),
            expanded: matches!(item.get("expanded"), Some(Value::Bool(true))),
            toc_ref: None,
            source: rel.to_owned(),
            line,
            column,
            english_fallback: false,
        };
        // `href` is the entry's page, or a nested toc to include; `topicHref` is the page of
        // an entry whose href (or `tocHref`) is a toc. An absolute `tocHref` is another
        // site's toc (the breadcrumb toc): nothing to include.
        let written = [
            ("href", &href),
            ("topicHref", &topic_href),
            ("tocHref", &toc_href),
        ];
        for (key, value) in written {
            let Some(value) = value else { continue };
            match (key, resolve(value, dir)) {
                ("href" | "topicHref", Target::Page(link, fragment)) if entry.href.is_none() => {
                    entry.href = Some(link);
                    entry.fragment = fragment;
                }
                ("href" | "tocHref", Target::Toc(reference)) if entry.toc_ref.is_none() => {
                    entry.toc_ref = Some(reference);
                }
                (_, Target::OutsideRoot) => problem(
                    TocProblemKind::OutsideRoot,
                    format!("{key}: {value} climbs above the docs root"),
                ),
                _ => {}
            }
        }
        entry.name = match name {
            Some(name) => name,
            None => {
                problem(
                    TocProblemKind::BadShape,
                    "a toc entry has no `name:`".into(),
                );
                href.unwrap_or_default()
            }
        };
        if let Some(items) = item.get("items") {
            entry.children = yaml_entries(items, rel, locator, problems);
        }
        out.push(entry);
    }
    out
}

/// DocFX's Markdown toc: `# [Name](href)` headings, nesting by heading level; a heading
/// without a link is a group.
fn parse_markdown(text: &str, rel: &str, problems: &mut Vec<TocProblem>) -> Vec<TocEntry> {
    let dir = folder_of(rel);
    // Open entries by level: (heading level, entry); closed into their parent when a heading
    // of the same or a lower level comes.
    let mut open: Vec<(usize, TocEntry)> = Vec::new();
    let mut top = Vec::new();
    let close = |open: &mut Vec<(usize, TocEntry)>, top: &mut Vec<TocEntry>| {
        if let Some((_, entry)) = open.pop() {
            match open.last_mut() {
                Some((_, parent)) => parent.children.push(entry),
                None => top.push(entry),
            }
        }
    };
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let line_offset = offset;
        offset += raw.len();
        let line = raw.trim_end();
        let hashes = line.len() - line.trim_start_matches('#').len();
        if hashes == 0 || line.starts_with("#!") {
            continue;
        }
        let content = line[hashes..].trim();
        let content_at = line_offset + line.len() - line[hashes..].trim_start().len();
        let (name, href, href_at) = match markdown_link(content) {
            Some((name, href, at)) => (name, Some(href), content_at + at),
            None => (content.to_owned(), None, content_at),
        };
        let column =
            u32::try_from(text[line_offset..href_at].chars().count() + 1).unwrap_or(u32::MAX);
        let mut entry = TocEntry {
            name,
            href: None,
            fragment: None,
            children: Vec::new(),
            display_name: None,
            expanded: false,
            toc_ref: None,
            source: rel.to_owned(),
            line: line_no,
            column,
            english_fallback: false,
        };
        if let Some(href) = href {
            match resolve(&href, dir) {
                Target::Page(link, fragment) => {
                    entry.href = Some(link);
                    entry.fragment = fragment;
                }
                Target::Toc(reference) => entry.toc_ref = Some(reference),
                Target::OutsideRoot => problems.push(TocProblem {
                    path: rel.to_owned(),
                    line: line_no,
                    column,
                    message: format!("{href} climbs above the docs root"),
                    kind: TocProblemKind::OutsideRoot,
                }),
            }
        }
        while open.last().is_some_and(|(level, _)| *level >= hashes) {
            close(&mut open, &mut top);
        }
        open.push((hashes, entry));
    }
    while !open.is_empty() {
        close(&mut open, &mut top);
    }
    top
}

/// `[Name](href "title")` → (name, href, byte offset of the href in `content`).
fn markdown_link(content: &str) -> Option<(String, String, usize)> {
    let rest = content.strip_prefix('[')?;
    let close = rest.rfind("](")?;
    let name = rest[..close].replace("\\[", "[").replace("\\]", "]");
    let after = &rest[close + 2..];
    let end = after.rfind(')')?;
    let inner = after[..end].trim();
    let href = inner
        .strip_prefix('<')
        .and_then(|s| s.split_once('>').map(|(h, _)| h))
        .unwrap_or_else(|| inner.split_whitespace().next().unwrap_or(""));
    let at = 1 + close + 2 + after.find(href).unwrap_or(0);
    Some((name.trim().to_owned(), href.to_owned(), at))
}

impl Toc {
    /// Every entry, depth-first in toc order.
    fn all(&self) -> Vec<&TocEntry> {
        let mut out = Vec::new();
        for entry in &self.entries {
            entry.walk(&mut out);
        }
        out
    }

    /// Article keys in depth-first toc order, each once (its first place wins): the order of
    /// the previous/next links.
    pub fn reading_order(&self) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.all()
            .into_iter()
            .filter_map(|e| e.href.as_ref().and_then(Link::article))
            .filter(|key| seen.insert(*key))
            .collect()
    }

    /// The entries before and after article `key` in [`Toc::reading_order`] (each the first
    /// entry of its article), for the previous/next links. `(None, None)` when the article is
    /// not in the toc.
    pub fn neighbours(&self, key: &str) -> (Option<&TocEntry>, Option<&TocEntry>) {
        let mut seen = HashSet::new();
        let firsts: Vec<&TocEntry> = self
            .all()
            .into_iter()
            .filter(|e| {
                e.href
                    .as_ref()
                    .and_then(Link::article)
                    .is_some_and(|k| seen.insert(k))
            })
            .collect();
        let Some(i) = firsts
            .iter()
            .position(|e| e.href.as_ref().and_then(Link::article) == Some(key))
        else {
            return (None, None);
        };
        (
            i.checked_sub(1).and_then(|p| firsts.get(p).copied()),
            firsts.get(i + 1).copied(),
        )
    }

    /// The entries from the top level down to the first entry of article `key` (inclusive):
    /// the breadcrumb, and the branch the sidebar opens.
    pub fn path_to(&self, key: &str) -> Option<Vec<&TocEntry>> {
        fn find<'a>(entries: &'a [TocEntry], key: &str, path: &mut Vec<&'a TocEntry>) -> bool {
            for entry in entries {
                path.push(entry);
                if entry.href.as_ref().and_then(Link::article) == Some(key)
                    || find(&entry.children, key, path)
                {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = Vec::new();
        find(&self.entries, key, &mut path).then_some(path)
    }

    /// The breadcrumb of article `key`: each ancestor's name and page, then the article's
    /// own. Empty when the article is not in the toc.
    pub fn breadcrumbs(&self, key: &str) -> Vec<Crumb> {
        self.path_to(key)
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.name.clone(), e.href.clone()))
            .collect()
    }

    /// Entries whose article does not exist, by `exists(key)`: the page would link nowhere.
    pub fn unresolved(&self, exists: impl Fn(&str) -> bool) -> Vec<TocProblem> {
        self.all()
            .into_iter()
            .filter_map(|e| {
                let key = e.href.as_ref()?.article()?;
                (!exists(key)).then(|| TocProblem {
                    path: e.source.clone(),
                    line: e.line,
                    column: e.column,
                    message: format!(
                        "the toc entry \"{}\" links to {key}, which does not exist",
                        e.name
                    ),
                    kind: TocProblemKind::Unresolved,
                })
            })
            .collect()
    }

    /// This locale's toc completed from the English toc: each English entry whose article
    /// this toc lacks (anywhere) is inserted at its English place, after the nearest
    /// preceding sibling both tocs share, with `english_fallback` set so the page marks the
    /// English name. Groups the locale lacks come along when they hold a missing article. An
    /// empty locale toc gives the whole English toc, marked.
    pub fn with_fallback(&self, english: &Toc) -> Toc {
        let present: HashSet<&str> = self
            .all()
            .into_iter()
            .filter_map(|e| e.href.as_ref().and_then(Link::article))
            .collect();
        Toc {
            path: self.path.clone(),
            entries: merge(&self.entries, &english.entries, &present),
        }
    }

    /// The pruned navigation of one page, small enough to repeat on every page: all top-level
    /// entries; the branch down to `current` (an article key) opened with all its children;
    /// every other branch one link (class `toc-branch`) to its page; then a link to the full
    /// tree. `url` turns a link into the href to write.
    pub fn sidebar_html(
        &self,
        current: &str,
        url: &dyn Fn(&Link) -> String,
        labels: &NavLabels,
    ) -> String {
        let path = self.path_to(current).unwrap_or_default();
        let mut html = String::with_capacity(4096);
        html.push_str("<nav class=\"toc\" aria-label=\"");
        html.push_str(&escape_html(&labels.toc));
        html.push_str("\">\n<ul>\n");
        let ctx = Render {
            path: &path,
            url,
            full: false,
        };
        for entry in &self.entries {
            ctx.entry(entry, &mut html);
        }
        html.push_str("</ul>\n<p class=\"toc-all\"><a href=\"");
        html.push_str(&escape_html(&labels.all_topics_url));
        html.push_str("\">");
        html.push_str(&escape_html(&labels.all_topics));
        html.push_str("</a></p>\n</nav>\n");
        html
    }

    /// The whole tree, every branch a `<details>` (open on the way to `current`, or where the
    /// toc says `expanded`), for the one "All topics" page of a locale.
    pub fn full_html(
        &self,
        current: Option<&str>,
        url: &dyn Fn(&Link) -> String,
        labels: &NavLabels,
    ) -> String {
        let path = current
            .and_then(|key| self.path_to(key))
            .unwrap_or_default();
        let mut html = String::with_capacity(64 * 1024);
        html.push_str("<nav class=\"toc toc-full\" aria-label=\"");
        html.push_str(&escape_html(&labels.toc));
        html.push_str("\">\n<ul>\n");
        let ctx = Render {
            path: &path,
            url,
            full: true,
        };
        for entry in &self.entries {
            ctx.entry(entry, &mut html);
        }
        html.push_str("</ul>\n</nav>\n");
        html
    }
}

/// The site-level trail of a breadcrumb toc (`breadcrumb/toc.yml`, parsed with [`parse`]):
/// its first entry at each level, with the page each names (`topicHref`). DocFX's breadcrumb
/// toc for one docs set is one such chain (Office → Add-ins); it goes before
/// [`Toc::breadcrumbs`].
pub fn site_trail(breadcrumb: &Toc) -> Vec<Crumb> {
    let mut out = Vec::new();
    let mut level = &breadcrumb.entries;
    while let Some(first) = level.first() {
        out.push((first.name.clone(), first.href.clone()));
        level = &first.children;
    }
    out
}

/// The article keys of `entry` and everything below it.
fn articles(entry: &TocEntry) -> HashSet<&str> {
    let mut all = Vec::new();
    entry.walk(&mut all);
    all.into_iter()
        .filter_map(|e| e.href.as_ref().and_then(Link::article))
        .collect()
}

/// Whether locale entry `local` is English entry `english` translated: the same page, or for
/// a group (no page of its own) a group holding some of the same articles (or, when neither
/// holds any, the same name).
fn same_entry(local: &TocEntry, english: &TocEntry) -> bool {
    if english.href.is_some() {
        return local.href == english.href;
    }
    if local.href.is_some() {
        return false;
    }
    let (mine, theirs) = (articles(local), articles(english));
    if mine.is_empty() && theirs.is_empty() {
        local.name == english.name
    } else {
        !mine.is_disjoint(&theirs)
    }
}

/// `english` reduced to what `present` lacks, marked: the entry itself when its article is
/// missing, and its children that hold something missing. `None` when nothing is missing.
fn missing_part(english: &TocEntry, present: &HashSet<&str>) -> Option<TocEntry> {
    let own_missing = english
        .href
        .as_ref()
        .and_then(Link::article)
        .is_some_and(|key| !present.contains(key));
    let children: Vec<TocEntry> = english
        .children
        .iter()
        .filter_map(|c| missing_part(c, present))
        .collect();
    if !own_missing && children.is_empty() {
        return None;
    }
    Some(TocEntry {
        children,
        english_fallback: true,
        ..english.clone()
    })
}

fn merge(locale: &[TocEntry], english: &[TocEntry], present: &HashSet<&str>) -> Vec<TocEntry> {
    // Each entry with the index of the locale entry it is (`None`: inserted from English).
    let mut out: Vec<(Option<usize>, TocEntry)> = locale
        .iter()
        .enumerate()
        .map(|(i, e)| (Some(i), e.clone()))
        .collect();
    let mut used = vec![false; locale.len()];
    // Where the next English-only entry goes: after the last shared or inserted one.
    let mut at = 0;
    for e in english {
        let shared = (0..locale.len()).find(|&i| !used[i] && same_entry(&locale[i], e));
        if let Some(i) = shared {
            used[i] = true;
            if let Some(j) = out.iter().position(|(k, _)| *k == Some(i)) {
                let merged = merge(&locale[i].children, &e.children, present);
                out[j].1.children = merged;
                at = j + 1;
            }
        } else if let Some(missing) = missing_part(e, present) {
            out.insert(at, (None, missing));
            at += 1;
        }
    }
    out.into_iter().map(|(_, e)| e).collect()
}

struct Render<'a> {
    path: &'a [&'a TocEntry],
    url: &'a dyn Fn(&Link) -> String,
    full: bool,
}

impl Render<'_> {
    fn on_path(&self, entry: &TocEntry) -> bool {
        self.path.iter().any(|p| std::ptr::eq(*p, entry))
    }

    fn is_current(&self, entry: &TocEntry) -> bool {
        self.path.last().is_some_and(|p| std::ptr::eq(*p, entry))
    }

    fn entry(&self, entry: &TocEntry, html: &mut String) {
        let on_path = self.on_path(entry);
        let branch = !entry.children.is_empty();
        let collapsed = branch && !on_path && !self.full;
        let mut classes = Vec::new();
        if collapsed {
            classes.push("toc-branch");
        }
        if entry.english_fallback {
            classes.push("toc-fallback");
        }
        html.push_str("<li");
        if !classes.is_empty() {
            html.push_str(" class=\"");
            html.push_str(&classes.join(" "));
            html.push('"');
        }
        html.push('>');
        if !branch || collapsed {
            let (link, fragment) = match &entry.href {
                Some(link) => (Some(link), entry.fragment.as_deref()),
                None => (entry.page(), None),
            };
            self.label(entry, link, fragment, html);
            html.push_str("</li>\n");
            return;
        }
        html.push_str(if on_path || entry.expanded {
            "<details open><summary>"
        } else {
            "<details><summary>"
        });
        self.label(entry, entry.href.as_ref(), entry.fragment.as_deref(), html);
        html.push_str("</summary>\n<ul>\n");
        for child in &entry.children {
            self.entry(child, html);
        }
        html.push_str("</ul></details></li>\n");
    }

    /// The entry's name, as a link when it has one.
    fn label(
        &self,
        entry: &TocEntry,
        link: Option<&Link>,
        fragment: Option<&str>,
        html: &mut String,
    ) {
        let name = escape_html(&entry.name);
        let name = if entry.english_fallback {
            format!("<span lang=\"en-US\">{name}</span>")
        } else {
            name
        };
        let Some(link) = link else {
            html.push_str("<span>");
            html.push_str(&name);
            html.push_str("</span>");
            return;
        };
        let mut href = (self.url)(link);
        if let Some(fragment) = fragment {
            href.push('#');
            href.push_str(fragment);
        }
        html.push_str("<a href=\"");
        html.push_str(&escape_html(&href));
        html.push('"');
        if self.is_current(entry) {
            html.push_str(" aria-current=\"page\"");
        }
        html.push('>');
        html.push_str(&name);
        html.push_str("</a>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn article(key: &str) -> Option<Link> {
        Some(Link::Article(key.to_owned()))
    }

    fn names(entries: &[TocEntry]) -> Vec<&str> {
        entries.iter().map(|e| e.name.as_str()).collect()
    }

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create folder");
        }
        fs::write(path, text).expect("write file");
    }

    fn url(link: &Link) -> String {
        match link {
            Link::Article(key) => format!("/en-us/{}", key.trim_end_matches(".md")),
            Link::External(url) => url.clone(),
        }
    }

    fn labels() -> NavLabels {
        NavLabels {
            toc: "Table of contents".into(),
            all_topics: "All topics".into(),
            all_topics_url: "/en-us/toc".into(),
        }
    }

    fn count_articles(entries: &[TocEntry]) -> usize {
        entries
            .iter()
            .map(|e| {
                usize::from(e.href.as_ref().and_then(Link::article).is_some())
                    + count_articles(&e.children)
            })
            .sum()
    }

    #[test]
    fn hrefs_resolve_against_the_toc_folder() {
        assert_eq!(
            resolve("../a%20b/./c.md#part", "x/y"),
            Target::Page(Link::Article("x/a b/c.md".into()), Some("part".into()))
        );
        assert_eq!(
            resolve("~/index.yml", "x"),
            Target::Page(Link::Article("index.yml".into()), None)
        );
        assert_eq!(
            resolve("/javascript/api/overview", "x"),
            Target::Page(Link::External("/javascript/api/overview".into()), None)
        );
        assert_eq!(
            resolve("https://aka.ms/x#y", ""),
            Target::Page(Link::External("https://aka.ms/x#y".into()), None)
        );
        assert_eq!(resolve("sub/", "x"), Target::Toc("x/sub/".into()));
        assert_eq!(
            resolve("sub/TOC.yml", ""),
            Target::Toc("sub/TOC.yml".into())
        );
        assert_eq!(resolve("../../a.md", "x"), Target::OutsideRoot);
    }

    #[test]
    fn yaml_entries_keep_names_links_keywords_and_lines() {
        let text = "### YamlMime:TableOfContent\nitems:\n- name: Home\n  href: index.yml\n\n\
                    - name: Guide\n  displayName: Excel, Word\n  expanded: true\n  items:\n  \
                    - name: Overview\n    href: 'guide/over view.md#top'\n  \
                    - name: API\n    href: /javascript/api/overview\n";
        let (toc, problems) = parse(text, "toc.yml");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(names(&toc.entries), ["Home", "Guide"]);
        assert_eq!(toc.entries[0].href, article("index.yml"));
        assert_eq!((toc.entries[0].line, toc.entries[0].column), (4, 9));
        let guide = &toc.entries[1];
        assert_eq!(guide.display_name.as_deref(), Some("Excel, Word"));
        assert!(guide.expanded);
        assert_eq!(guide.href, None);
        assert_eq!(guide.line, 6);
        let overview = &guide.children[0];
        assert_eq!(overview.href, article("guide/over view.md"));
        assert_eq!(overview.fragment.as_deref(), Some("top"));
        assert_eq!((overview.line, overview.column), (11, 11));
        assert_eq!(
            guide.children[1].href,
            Some(Link::External("/javascript/api/overview".into()))
        );
    }

    #[test]
    fn bad_yaml_and_bad_entries_are_reported_at_their_line() {
        let (toc, problems) = parse("- name: A\n  href: [a.md\n", "toc.yml");
        assert!(toc.entries.is_empty());
        assert_eq!(problems[0].kind, TocProblemKind::BadYaml);
        assert_eq!(problems[0].line, 2);
        let (toc, problems) = parse(
            "- name: A\n  href: a.md\n- href: b.md\n- just text\n",
            "toc.yml",
        );
        assert_eq!(names(&toc.entries), ["A", "b.md"]);
        let found: Vec<_> = problems.iter().map(|p| (p.kind, p.line)).collect();
        assert_eq!(
            found,
            [(TocProblemKind::BadShape, 3), (TocProblemKind::BadShape, 4)]
        );
    }

    #[test]
    fn nested_tocs_are_included_relative_to_the_referring_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        write(
            root,
            "toc.yml",
            "- name: Excel\n  href: excel/\n  topicHref: excel/index.yml\n\
             - name: Word\n  tocHref: word/toc.yml\n  topicHref: word/overview.md\n",
        );
        write(
            root,
            "excel/toc.yml",
            "- name: Ranges\n  href: ranges.md\n- name: Deep\n  href: deep/TOC.md\n",
        );
        write(root, "excel/deep/TOC.md", "# [Charts](charts.md)\n");
        write(
            root,
            "word/toc.yml",
            "- name: Paragraphs\n  href: ../shared/para.md\n",
        );
        let (toc, problems) = load(root, "toc.yml");
        assert!(problems.is_empty(), "{problems:?}");
        let excel = &toc.entries[0];
        assert_eq!(excel.href, article("excel/index.yml"));
        assert_eq!(excel.toc_ref.as_deref(), Some("excel/toc.yml"));
        assert_eq!(names(&excel.children), ["Ranges", "Deep"]);
        assert_eq!(excel.children[0].href, article("excel/ranges.md"));
        assert_eq!(excel.children[0].source, "excel/toc.yml");
        assert_eq!(
            excel.children[1].children[0].href,
            article("excel/deep/charts.md")
        );
        let word = &toc.entries[1];
        assert_eq!(word.href, article("word/overview.md"));
        assert_eq!(word.children[0].href, article("shared/para.md"));
    }

    #[test]
    fn a_cycle_of_nested_tocs_is_reported_not_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        write(root, "toc.yml", "- name: A\n  href: a/\n");
        write(
            root,
            "a/toc.yml",
            "- name: Page\n  href: page.md\n- name: Back\n  href: ../toc.yml\n",
        );
        let (toc, problems) = load(root, "toc.yml");
        assert_eq!(problems.len(), 1, "{problems:?}");
        let p = &problems[0];
        assert_eq!(p.kind, TocProblemKind::Cycle);
        assert_eq!((p.path.as_str(), p.line, p.column), ("a/toc.yml", 4, 9));
        assert!(p.message.contains("toc.yml → a/toc.yml"), "{}", p.message);
        assert_eq!(names(&toc.entries[0].children), ["Page", "Back"]);
        assert!(toc.entries[0].children[1].children.is_empty());
    }

    #[test]
    fn a_missing_nested_or_root_toc_is_reported_with_its_line() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        write(
            root,
            "toc.yml",
            "- name: Here\n  href: here.md\n- name: Gone\n  href: gone/\n",
        );
        let (toc, problems) = load(root, "toc.yml");
        assert_eq!(toc.entries.len(), 2);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, TocProblemKind::MissingToc);
        assert_eq!((problems[0].line, problems[0].column), (4, 9));
        assert!(problems[0].message.contains("gone/"));
        let (toc, problems) = load(root, "nothing/toc.yml");
        assert!(toc.entries.is_empty());
        assert_eq!(problems[0].kind, TocProblemKind::MissingToc);
        assert_eq!(find_root_toc(root), Some("toc.yml"));
    }

    #[test]
    fn a_markdown_toc_nests_by_heading_level() {
        let text = "# [Home](index.md)\n# Concepts\n## [Basics](concepts/basics.md \"t\")\n\
                    ### [Deeper](concepts/deeper.md#x)\n## [Sub toc](sub/)\n# [Site](https://example.com)\n";
        let (toc, problems) = parse(text, "docs/TOC.md");
        assert!(problems.is_empty());
        assert_eq!(names(&toc.entries), ["Home", "Concepts", "Site"]);
        assert_eq!(toc.entries[0].href, article("docs/index.md"));
        let concepts = &toc.entries[1];
        assert_eq!(concepts.href, None);
        assert_eq!(names(&concepts.children), ["Basics", "Sub toc"]);
        let basics = &concepts.children[0];
        assert_eq!(basics.href, article("docs/concepts/basics.md"));
        assert_eq!((basics.line, basics.column), (3, 13));
        assert_eq!(basics.children[0].fragment.as_deref(), Some("x"));
        assert_eq!(concepts.children[1].toc_ref.as_deref(), Some("docs/sub/"));
        assert_eq!(
            toc.entries[2].href,
            Some(Link::External("https://example.com".into()))
        );
    }

    #[test]
    fn duplicate_names_and_hrefs_get_their_own_lines_in_unresolved() {
        let text = "- name: Overview\n  href: a.md\n- name: Group\n  items:\n  \
                    - name: Overview\n    href: gone.md\n  - name: Overview\n    href: a.md\n\
                    - name: Overview\n  href: gone.md\n- name: Web\n  href: https://x.test/gone.md\n";
        let (toc, problems) = parse(text, "toc.yml");
        assert!(problems.is_empty());
        let unresolved = toc.unresolved(|key| key == "a.md");
        let at: Vec<(u32, u32)> = unresolved.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(at, [(6, 11), (10, 9)]);
        assert!(
            unresolved
                .iter()
                .all(|p| p.kind == TocProblemKind::Unresolved)
        );
        assert!(unresolved[0].message.contains("gone.md"));
    }

    #[test]
    fn windows_line_ends_and_commented_out_entries_keep_lines_right() {
        let text = "- name: A\r\n  href: a.md\r\n# - name: Old\r\n#   href: gone.md\r\n\
                    - name: B\r\n  href: \"gone.md\"\r\n";
        let (toc, problems) = parse(text, "toc.yml");
        assert!(problems.is_empty(), "{problems:?}");
        let unresolved = toc.unresolved(|key| key == "a.md");
        let at: Vec<(u32, u32)> = unresolved.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(at, [(6, 9)]);
        let (md, _) = parse("# [A](a.md)\r\n## [B](b.md)\r\n", "TOC.md");
        assert_eq!(md.entries[0].children[0].href, article("b.md"));
        assert_eq!(md.entries[0].children[0].line, 2);
    }

    fn english() -> Toc {
        let text = "- name: Home\n  href: index.yml\n- name: Start\n  href: start.md\n\
                    - name: Guide\n  items:\n  - name: One\n    href: one.md\n  \
                    - name: Two\n    href: two.md\n  - name: Three\n    href: three.md\n\
                    - name: Last\n  href: last.md\n";
        parse(text, "toc.yml").0
    }

    #[test]
    fn fallback_inserts_missing_english_entries_at_their_place_marked() {
        let ja = "- name: ホーム\n  href: index.yml\n- name: ガイド\n  items:\n  \
                  - name: 三\n    href: three.md\n- name: 最後\n  href: last.md\n";
        let (ja, _) = parse(ja, "toc.yml");
        let merged = ja.with_fallback(&english());
        assert_eq!(
            names(&merged.entries),
            ["ホーム", "Start", "ガイド", "最後"]
        );
        assert!(merged.entries[1].english_fallback);
        assert!(!merged.entries[2].english_fallback);
        let guide = &merged.entries[2].children;
        assert_eq!(names(guide), ["One", "Two", "三"]);
        let marks: Vec<bool> = guide.iter().map(|e| e.english_fallback).collect();
        assert_eq!(marks, [true, true, false]);
        assert_eq!(
            merged.reading_order().len(),
            english().reading_order().len()
        );
    }

    #[test]
    fn fallback_brings_a_missing_group_with_only_its_missing_articles() {
        let fr = "- name: Accueil\n  href: index.yml\n- name: Trois\n  href: three.md\n";
        let (fr, _) = parse(fr, "toc.yml");
        let merged = fr.with_fallback(&english());
        // Last follows Home, the last sibling both share, after Start and Guide: the locale's own
        // Trois keeps its place after them.
        assert_eq!(
            names(&merged.entries),
            ["Accueil", "Start", "Guide", "Last", "Trois"]
        );
        assert_eq!(names(&merged.entries[2].children), ["One", "Two"]);
        assert!(merged.entries[2].english_fallback);
    }

    #[test]
    fn no_locale_toc_means_the_english_toc_all_marked() {
        let merged = Toc::default().with_fallback(&english());
        assert_eq!(merged.reading_order(), english().reading_order());
        assert!(merged.all().iter().all(|e| e.english_fallback));
    }

    #[test]
    fn reading_order_paths_breadcrumbs_and_neighbours() {
        let mut toc = english();
        toc.entries.push(toc.entries[1].clone());
        assert_eq!(
            toc.reading_order(),
            [
                "index.yml",
                "start.md",
                "one.md",
                "two.md",
                "three.md",
                "last.md"
            ]
        );
        let path = toc.path_to("two.md").expect("in the toc");
        assert_eq!(
            path.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
            ["Guide", "Two"]
        );
        assert_eq!(toc.path_to("nowhere.md"), None);
        assert_eq!(
            toc.breadcrumbs("two.md"),
            [
                ("Guide".to_owned(), None),
                ("Two".to_owned(), article("two.md"))
            ]
        );
        let (prev, next) = toc.neighbours("two.md");
        assert_eq!(prev.map(|e| e.name.as_str()), Some("One"));
        assert_eq!(next.map(|e| e.name.as_str()), Some("Three"));
        let (prev, next) = toc.neighbours("index.yml");
        assert!(prev.is_none());
        assert_eq!(next.map(|e| e.name.as_str()), Some("Start"));
    }

    #[test]
    fn the_breadcrumb_toc_gives_the_site_trail() {
        let text = "- name: Office\n  tocHref: /office/\n  topicHref: /office/index\n  items:\n  \
                    - name: Add-ins\n    tocHref: /office/dev/add-ins/\n    topicHref: /office/dev/add-ins\n";
        let (crumbs, problems) = parse(text, "breadcrumb/toc.yml");
        assert!(problems.is_empty());
        assert_eq!(
            site_trail(&crumbs),
            [
                (
                    "Office".to_owned(),
                    Some(Link::External("/office/index".into()))
                ),
                (
                    "Add-ins".to_owned(),
                    Some(Link::External("/office/dev/add-ins".into()))
                ),
            ]
        );
    }

    #[test]
    fn the_sidebar_opens_only_the_current_branch() {
        let text = "- name: Home\n  href: index.yml\n- name: Guide\n  items:\n  \
                    - name: One\n    href: one.md\n  - name: Sub\n    items:\n    \
                    - name: Deep\n      href: deep.md\n- name: Reference\n  href: ref/index.md\n  items:\n  \
                    - name: Hidden child\n    href: ref/hidden.md\n- name: Tools & <tips>\n  items:\n  \
                    - name: Hidden tool\n    href: tools/a.md\n";
        let (toc, _) = parse(text, "toc.yml");
        let html = toc.sidebar_html("one.md", &url, &labels());
        assert!(html.starts_with("<nav class=\"toc\" aria-label=\"Table of contents\">"));
        for top in ["Home", "Guide", "Reference", "Tools &amp; &lt;tips&gt;"] {
            assert!(html.contains(top), "{top} missing: {html}");
        }
        assert!(html.contains("<details open><summary><span>Guide</span></summary>"));
        assert!(html.contains("<a href=\"/en-us/one\" aria-current=\"page\">One</a>"));
        assert_eq!(html.matches("aria-current").count(), 1);
        // Sub is a sibling on the open branch: listed, not expanded.
        assert!(html.contains("<li class=\"toc-branch\"><a href=\"/en-us/deep\">Sub</a></li>"));
        assert!(!html.contains("Deep<"));
        assert!(
            html.contains("<li class=\"toc-branch\"><a href=\"/en-us/ref/index\">Reference</a>")
        );
        assert!(!html.contains("Hidden"));
        assert!(html.contains("<li class=\"toc-branch\"><a href=\"/en-us/tools/a\">Tools"));
        assert!(
            html.ends_with(
                "<p class=\"toc-all\"><a href=\"/en-us/toc\">All topics</a></p>\n</nav>\n"
            )
        );

        let deep = toc.sidebar_html("deep.md", &url, &labels());
        assert!(deep.contains("<details open><summary><span>Sub</span></summary>"));
        assert!(deep.contains("aria-current=\"page\">Deep</a>"));

        let full = toc.full_html(Some("deep.md"), &url, &labels());
        assert!(full.contains("Hidden child") && full.contains("Hidden tool"));
        assert!(
            full.contains("<details><summary><a href=\"/en-us/ref/index\">Reference</a></summary>")
        );
        assert!(full.contains("<details open><summary><span>Sub</span></summary>"));
        assert!(!full.contains("toc-all"));
    }

    #[test]
    fn fallback_entries_are_marked_english_in_the_html() {
        let ja = "- name: ホーム\n  href: index.yml\n";
        let merged = parse(ja, "toc.yml").0.with_fallback(&english());
        let html = merged.sidebar_html("start.md", &url, &labels());
        assert!(html.contains(
            "<li class=\"toc-fallback\"><a href=\"/en-us/start\" aria-current=\"page\"><span lang=\"en-US\">Start</span></a></li>"
        ), "{html}");
        assert!(html.contains("<li class=\"toc-branch toc-fallback\">"));
    }

    const OFFICE_JS: &str = "/work/shared/docsets/office-js";

    #[test]
    fn real_office_js_toc_loads_and_sizes() {
        let english_root = Path::new(OFFICE_JS).join("office-js-docs-pr/docs");
        if !english_root.join("toc.yml").is_file() {
            println!("skipped: {} is not on this machine", english_root.display());
            return;
        }
        let (english, problems) = load(&english_root, "toc.yml");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(english.entries.len(), 13);
        assert_eq!(english.all().len(), 386);
        for p in english.unresolved(|key| english_root.join(key).is_file()) {
            println!(
                "unresolved: {}:{}:{}: {}",
                p.path, p.line, p.column, p.message
            );
        }

        for locale in ["ja-jp", "fr-fr", "pt-br"] {
            let root = Path::new(OFFICE_JS).join(format!("office-js-docs-pr.{locale}/docs"));
            let (toc, problems) = load(&root, "toc.yml");
            assert!(problems.is_empty(), "{locale}: {problems:?}");
            let merged = toc.with_fallback(&english);
            let fallbacks = merged.all().iter().filter(|e| e.english_fallback).count();
            let unresolved = merged.unresolved(|key| root.join(key).is_file());
            for p in &unresolved {
                println!(
                    "{locale} unresolved: {}:{}:{}: {}",
                    p.path, p.line, p.column, p.message
                );
            }
            let unresolved = unresolved.len();
            println!(
                "{locale}: {} entries, {fallbacks} from English, {unresolved} unresolved in the locale's repository",
                merged.all().len()
            );
            assert!(count_articles(&merged.entries) >= count_articles(&english.entries));
            let (crumbs, problems) = load(&root, "breadcrumb/toc.yml");
            assert!(problems.is_empty(), "{locale}: {problems:?}");
            assert_eq!(site_trail(&crumbs).len(), 2);
        }

        let deep = english
            .all()
            .into_iter()
            .filter_map(|e| e.href.as_ref().and_then(Link::article))
            .max_by_key(|key| english.path_to(key).map_or(0, |p| p.len()))
            .unwrap_or("index.yml");
        let depth = english.path_to(deep).map_or(0, |p| p.len());
        let sidebar = english.sidebar_html(deep, &url, &labels());
        let full = english.full_html(None, &url, &labels());
        let shallow = english.sidebar_html("overview/office-add-ins.md", &url, &labels());
        println!(
            "sizes: sidebar of {deep} (depth {depth}) {} bytes; top-level page sidebar {} bytes; full toc {} bytes",
            sidebar.len(),
            shallow.len(),
            full.len()
        );
        if std::env::var_os("LOCDOC_TOC_SHOW").is_some() {
            println!("{sidebar}");
        }
        assert!(sidebar.len() * 4 < full.len());
    }
}
