//! Import: a translator's XLIFF or PO file, exported by [`crate::export`] and edited in a CAT
//! tool, put back into the Markdown.
//!
//! [`read`] turns the file into [`Incoming`] units whatever its format ([`xliff`], [`po`]);
//! [`plan`] finds each unit's segment in the content as it is now (the same alignment export
//! made) and computes every changed file in memory; [`apply`] writes them, all or none.
//!
//! A unit is found by the key export gave it: in XLIFF the `<file original>` (the file's path
//! below the content root) and the unit `id` (the segment id, made unique in its file in
//! segment order), in PO the `msgctxt` (`article#unit`). Each is then checked against the
//! content: the English the file carries must be the segment's English now, the segment id
//! (`name`, `#. id:`) and the file (`#:`) must agree. Anything that does not match refuses the
//! whole file, every problem named with its line and column, and nothing is written: a
//! translation of other English must not land on this English.
//!
//! Only targets change: an sxs file gets each changed target span's content replaced in
//! place (ids, English and every other byte kept), a plain translation the sentence the unit
//! pairs. A unit whose target is what the Markdown has changes nothing, so exporting and
//! importing again leaves every file byte-identical. An sxs file is parsed again after its
//! edits, and refused unless it has the same segments with the same English and exactly the
//! new targets (a target holding `</span>` would otherwise break the file).

pub mod po;
pub mod xliff;

use crate::align::ArticleAlignment;
use crate::export;
use crate::parse::Document;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A place in the exchange file: byte offset, 1-based line and column in characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Located {
    /// Byte offset in the file.
    pub offset: usize,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// The exchange file is not well-formed XLIFF 2 or PO, at this place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {}, column {}: {message}", at.line, at.column)]
pub struct Malformed {
    /// Where.
    pub at: Located,
    /// What is wrong.
    pub message: String,
}

impl Malformed {
    pub(crate) fn at(at: Located, message: impl Into<String>) -> Malformed {
        Malformed {
            at,
            message: message.into(),
        }
    }
}

/// The two formats export writes for translators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// XLIFF 2.1.
    Xliff,
    /// gettext PO.
    Po,
}

impl Format {
    /// The format of `path`: by its extension (`.xliff`, `.xlf`; `.po`), else by its content
    /// (XML, or PO keywords). A CAT tool may save under another name, so the content decides
    /// when the name does not.
    pub fn detect(path: &Path, text: &str) -> Option<Format> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("xliff" | "xlf" | "xlf2") => return Some(Format::Xliff),
            Some("po" | "pot") => return Some(Format::Po),
            _ => {}
        }
        let start = text.trim_start_matches('\u{FEFF}').trim_start();
        if start.starts_with('<') {
            Some(Format::Xliff)
        } else if text
            .lines()
            .any(|l| l.starts_with("msgid ") || l.starts_with("msgctxt "))
        {
            Some(Format::Po)
        } else {
            None
        }
    }

    /// The name people know the format by.
    pub fn name(self) -> &'static str {
        match self {
            Format::Xliff => "XLIFF",
            Format::Po => "PO",
        }
    }
}

/// How an exchange unit names its segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// XLIFF: the file's path below the content root, the unit `id`, and its `name` (the
    /// segment id as written).
    Xliff {
        /// `<file original>`.
        file: String,
        /// `<unit id>`.
        id: String,
        /// `<unit name>`.
        name: Option<String>,
    },
    /// PO: the `msgctxt`, with the `#. id:` and `#:` comments when the catalog kept them.
    Po {
        /// `msgctxt`.
        context: String,
        /// The segment id of `#. id:`.
        id: Option<String>,
        /// The files of `#:`.
        references: Vec<String>,
    },
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Xliff { file, id, name } => match name {
                Some(name) if name != id => write!(f, "unit `{id}` (`{name}`) of {file}"),
                _ => write!(f, "unit `{id}` of {file}"),
            },
            Key::Po { context, .. } => write!(f, "msgctxt `{context}`"),
        }
    }
}

/// One unit of an exchange file, whatever the format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Which segment it is.
    pub key: Key,
    /// The English markup it was exported with.
    pub source: String,
    /// The target markup; `None` when the unit has none or an empty one (untranslated:
    /// nothing to put back).
    pub target: Option<String>,
    /// Where it is in the exchange file.
    pub at: Located,
}

/// Which locale the exchange file holds, as it says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleClaim {
    /// The content locale exactly (XLIFF `trgLang`, PO `X-Locdoc-Locale`).
    Exact(String),
    /// Only gettext's `Language` (`ll_CC`): the content locale whose catalog would say so.
    Language(String),
    /// Nothing.
    Unknown,
}

/// An exchange file read: its format, its locale, its units in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// XLIFF or PO.
    pub format: Format,
    /// The target locale it names.
    pub locale: LocaleClaim,
    /// Its units.
    pub units: Vec<Incoming>,
}

/// Why an import stops before writing anything, or why writing failed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Neither the name nor the content says XLIFF or PO.
    #[error("neither XLIFF nor PO: name it .xliff or .po")]
    UnknownFormat,
    /// The file is not well-formed.
    #[error("not a well-formed {} file: {malformed}", format.name())]
    Malformed {
        /// The format it was read as.
        format: Format,
        /// Where and what.
        malformed: Malformed,
    },
    /// The file names no locale of the content, or one that several locales could be.
    #[error(
        "the file's target language {claim} is none of the locales with side-by-side or paired plain versions ({known}){}",
        if *ambiguous { ": several locales could be it" } else { "" }
    )]
    UnknownLocale {
        /// What the file says.
        claim: String,
        /// The locales the content has, comma-separated.
        known: String,
        /// True when several locales match.
        ambiguous: bool,
    },
    /// Some units do not match the content; nothing was written.
    #[error("{} of the file's units do not match the content; nothing was written", problems.len())]
    Refused {
        /// Every unit that does not match, in file order.
        problems: Vec<Problem>,
    },
    /// Writing the files failed.
    #[error(transparent)]
    Write(#[from] crate::write::WriteError),
}

/// A unit of the exchange file that does not fit the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the unit is in the exchange file.
    pub at: Located,
    /// The unit, as the file names it.
    pub unit: String,
    /// What does not fit.
    pub kind: ProblemKind,
}

/// What does not fit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    /// No content file has this path.
    #[error("no file {file} in the content (renamed or removed since export?)")]
    UnknownFile {
        /// The path the exchange file names.
        file: String,
    },
    /// The file is in another locale than the exchange file's.
    #[error("{file} is not a file of {locale}, the file's target language")]
    OtherLocale {
        /// The path the exchange file names.
        file: String,
        /// The exchange file's locale.
        locale: String,
    },
    /// The content has no segment with this key any more.
    #[error("no such unit in the content any more (segments removed or renumbered since export)")]
    UnknownUnit,
    /// The unit's segment has another id now.
    #[error("the unit is segment `{now}` in the content, the file says `{exported}`")]
    OtherId {
        /// The id in the exchange file.
        exported: String,
        /// The id in the content.
        now: String,
    },
    /// The unit's segment is in another file now.
    #[error("the unit is in {now} in the content, the file says {exported}")]
    OtherFile {
        /// The files of the exchange file's reference.
        exported: String,
        /// The file in the content.
        now: String,
    },
    /// The English changed since export.
    #[error("the English changed since export: the file has \"{}\", the content has \"{}\"", short(.exported), short(.now))]
    EnglishChanged {
        /// The English in the exchange file.
        exported: String,
        /// The English in the content.
        now: String,
    },
    /// The unit comes twice.
    #[error("the unit comes twice in the file")]
    Duplicate,
    /// The segment has no target span to put a translation in.
    #[error("the segment has no target in the Markdown to put the translation in")]
    NoTarget,
    /// The new target would change the file's segments.
    #[error(
        "the new target breaks the side-by-side markup (it changes the file's spans: `<span>` or `</span>` in the text?)"
    )]
    BreaksSpans,
    /// The new target of a plain sentence starts a new block.
    #[error("the new target holds a blank line, which would make the sentence a new paragraph")]
    NewBlock,
}

/// At most 60 characters of `s`, for a message.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// One content file to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEdit {
    /// Its path below the content root.
    pub rel_path: String,
    /// Its path on disk.
    pub path: PathBuf,
    /// Its text now.
    pub before: String,
    /// Its text with the new targets.
    pub after: String,
    /// The ids of the segments whose targets change, in file order.
    pub segments: Vec<String>,
}

/// What an import does: every file that changes, computed and checked, nothing written yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The exchange file's format.
    pub format: Format,
    /// The locale it holds.
    pub locale: String,
    /// How many units the file has.
    pub units: usize,
    /// Files that change, by path.
    pub files: Vec<FileEdit>,
}

impl Plan {
    /// How many units change a target.
    pub fn changed_units(&self) -> usize {
        self.files.iter().map(|f| f.segments.len()).sum()
    }

    /// The changes as a unified diff, file by file (`a/` and `b/` before the paths below the
    /// content root, as git writes them).
    pub fn diff(&self) -> String {
        let mut out = String::new();
        for file in &self.files {
            let diff = similar::TextDiff::from_lines(&file.before, &file.after);
            out.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(
                        &format!("a/{}", file.rel_path),
                        &format!("b/{}", file.rel_path),
                    )
                    .to_string(),
            );
        }
        out
    }
}

/// Read an exchange file's text (`path` only decides the format with [`Format::detect`]).
pub fn read(path: &Path, text: &str) -> Result<Exchange, ImportError> {
    let format = Format::detect(path, text).ok_or(ImportError::UnknownFormat)?;
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let body = &text[bom..];
    let malformed = |mut malformed: Malformed| {
        malformed.at.offset += bom;
        ImportError::Malformed { format, malformed }
    };
    match format {
        Format::Xliff => {
            let document = xliff::read(body).map_err(malformed)?;
            Ok(Exchange {
                format,
                locale: document
                    .target_language
                    .map_or(LocaleClaim::Unknown, LocaleClaim::Exact),
                units: document
                    .units
                    .into_iter()
                    .map(|u| Incoming {
                        key: Key::Xliff {
                            file: u.file,
                            id: u.id,
                            name: u.name,
                        },
                        source: u.source,
                        // An empty target is an untranslated unit (as tools write them), not
                        // a request to empty the span.
                        target: u.target.filter(|t| !t.is_empty()),
                        at: u.at,
                    })
                    .collect(),
            })
        }
        Format::Po => {
            let catalog = po::read(body).map_err(malformed)?;
            let locale = match (catalog.locale, catalog.language) {
                (Some(locale), _) => LocaleClaim::Exact(locale),
                (None, Some(language)) => LocaleClaim::Language(language),
                (None, None) => LocaleClaim::Unknown,
            };
            Ok(Exchange {
                format,
                locale,
                units: catalog
                    .entries
                    .into_iter()
                    .map(|e| Incoming {
                        key: Key::Po {
                            context: e.context,
                            id: e.id,
                            references: e.references,
                        },
                        source: e.source,
                        // An untranslated entry (empty msgstr) puts nothing back.
                        target: (!e.target.is_empty()).then_some(e.target),
                        at: e.at,
                    })
                    .collect(),
            })
        }
    }
}

/// The content locale `claim` names among the locales `articles` can export.
fn locale_of(
    claim: &LocaleClaim,
    articles: &[ArticleAlignment<'_>],
) -> Result<String, ImportError> {
    let known = export::target_locales(articles);
    let (claim, matches): (String, Vec<&String>) = match claim {
        LocaleClaim::Exact(tag) => (
            format!("`{tag}`"),
            known
                .iter()
                .filter(|l| l.eq_ignore_ascii_case(tag))
                .collect(),
        ),
        LocaleClaim::Language(language) => (
            format!("`{language}` (PO Language)"),
            known
                .iter()
                .filter(|l| export::po::language(l) == *language)
                .collect(),
        ),
        LocaleClaim::Unknown => ("(none given)".to_owned(), Vec::new()),
    };
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        _ => Err(ImportError::UnknownLocale {
            claim,
            known: known.join(", "),
            ambiguous: matches.len() > 1,
        }),
    }
}

/// Where an exchange key leads in the content: the documents of the locale and, per key, the
/// segment.
struct Slots<'a> {
    /// XLIFF: file path → (document, unit id → segment index).
    files: HashMap<&'a str, (&'a Document, HashMap<String, usize>)>,
    /// PO: msgctxt → (document, segment index).
    contexts: HashMap<String, (&'a Document, usize)>,
    /// Every file of the content and its locale, for "exists, but in another locale".
    all_files: HashMap<&'a str, &'a str>,
}

impl<'a> Slots<'a> {
    /// The keys export gives the segments of `locale`, computed as export computes them.
    fn new(articles: &[ArticleAlignment<'a>], locale: &str, format: Format) -> Slots<'a> {
        let mut slots = Slots {
            files: HashMap::new(),
            contexts: HashMap::new(),
            all_files: HashMap::new(),
        };
        for article in articles {
            slots.all_files.extend(
                article
                    .versions
                    .iter()
                    .map(|v| (v.doc.file.rel_path.as_str(), v.doc.locale().as_str())),
            );
            let Some(doc) = export::paired_version(article, locale) else {
                continue;
            };
            match format {
                Format::Xliff => {
                    let mut used = HashSet::new();
                    let ids = doc
                        .segments
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (export::xliff::unique_nmtoken(&s.id, &mut used), i))
                        .collect();
                    slots.files.insert(doc.file.rel_path.as_str(), (doc, ids));
                }
                Format::Po => {
                    let placements = export::placements(article, doc);
                    for (i, segment) in doc.segments.iter().enumerate() {
                        if export::po::has_entry(doc.source(segment).unwrap_or_default()) {
                            let context = export::po::context(
                                &article.article,
                                placements.get(&i),
                                &segment.id,
                            );
                            slots.contexts.insert(context, (doc, i));
                        }
                    }
                }
            }
        }
        slots
    }

    /// The segment `key` names, or why there is none.
    fn find(&self, key: &Key, locale: &str) -> Result<(&'a Document, usize), ProblemKind> {
        let (doc, index) = match key {
            Key::Xliff { file, id, .. } => {
                let Some((doc, ids)) = self.files.get(file.as_str()) else {
                    return Err(match self.all_files.get(file.as_str()) {
                        // The file is there, without segments now.
                        Some(l) if l.eq_ignore_ascii_case(locale) => ProblemKind::UnknownUnit,
                        Some(_) => ProblemKind::OtherLocale {
                            file: file.clone(),
                            locale: locale.to_owned(),
                        },
                        None => ProblemKind::UnknownFile { file: file.clone() },
                    });
                };
                let index = ids.get(id).ok_or(ProblemKind::UnknownUnit)?;
                (*doc, *index)
            }
            Key::Po { context, .. } => {
                *self.contexts.get(context).ok_or(ProblemKind::UnknownUnit)?
            }
        };
        let segment = &doc.segments[index];
        let exported_id = match key {
            Key::Xliff { name, .. } => name.as_deref(),
            Key::Po { id, .. } => id.as_deref(),
        };
        // Export writes an id as XML or a PO comment can hold it (U+FFFD for what they cannot).
        let written_id = match key {
            Key::Xliff { .. } => segment
                .id
                .chars()
                .map(|c| {
                    if export::xml::is_xml_char(c) {
                        c
                    } else {
                        '\u{FFFD}'
                    }
                })
                .collect(),
            Key::Po { .. } => export::po::comment(&segment.id),
        };
        if let Some(exported) = exported_id
            && exported != written_id
        {
            return Err(ProblemKind::OtherId {
                exported: exported.to_owned(),
                now: segment.id.clone(),
            });
        }
        if let Key::Po { references, .. } = key
            && !references.is_empty()
            && !references.contains(&doc.file.rel_path)
        {
            return Err(ProblemKind::OtherFile {
                exported: references.join(", "),
                now: doc.file.rel_path.clone(),
            });
        }
        Ok((doc, index))
    }
}

/// A document's new targets by segment index, each with the unit that brought it.
type NewTargets<'x> = BTreeMap<usize, (&'x str, &'x Incoming)>;

/// Match every unit of `exchange` with its segment in `articles` (the content aligned over all
/// its locales, as export aligns it) and compute the files that change. Refuses the whole file
/// when any unit does not match; writes nothing.
pub fn plan(exchange: &Exchange, articles: &[ArticleAlignment<'_>]) -> Result<Plan, ImportError> {
    let locale = locale_of(&exchange.locale, articles)?;
    let slots = Slots::new(articles, &locale, exchange.format);
    let mut problems = Vec::new();
    // Per document (by path, so files come out sorted): its new targets by segment index.
    let mut edits: BTreeMap<&str, (&Document, NewTargets<'_>)> = BTreeMap::new();
    let mut seen: HashSet<(&str, usize)> = HashSet::new();
    for unit in &exchange.units {
        let problem = |kind| Problem {
            at: unit.at,
            unit: unit.key.to_string(),
            kind,
        };
        let (doc, index) = match slots.find(&unit.key, &locale) {
            Ok(found) => found,
            Err(kind) => {
                problems.push(problem(kind));
                continue;
            }
        };
        if !seen.insert((doc.file.rel_path.as_str(), index)) {
            problems.push(problem(ProblemKind::Duplicate));
            continue;
        }
        let segment = &doc.segments[index];
        let now = doc.source(segment).unwrap_or_default();
        if unit.source != now {
            problems.push(problem(ProblemKind::EnglishChanged {
                exported: unit.source.clone(),
                now: now.to_owned(),
            }));
            continue;
        }
        let Some(target) = unit.target.as_deref() else {
            continue;
        };
        match doc.target(segment) {
            Some(current) if current == target => {}
            Some(current) => {
                if doc.is_plain_aligned() && has_blank_line(target) && !has_blank_line(current) {
                    problems.push(problem(ProblemKind::NewBlock));
                    continue;
                }
                edits
                    .entry(doc.file.rel_path.as_str())
                    .or_insert_with(|| (doc, BTreeMap::new()))
                    .1
                    .insert(index, (target, unit));
            }
            None => problems.push(problem(ProblemKind::NoTarget)),
        }
    }
    let mut files = Vec::with_capacity(edits.len());
    for (doc, targets) in edits.into_values() {
        let after = replaced(doc, &targets);
        if doc.is_sxs()
            && let Some(index) = first_broken(doc, &after, &targets)
        {
            let unit = targets
                .get(&index)
                .or_else(|| targets.values().next())
                .map(|(_, unit)| *unit);
            if let Some(unit) = unit {
                problems.push(Problem {
                    at: unit.at,
                    unit: unit.key.to_string(),
                    kind: ProblemKind::BreaksSpans,
                });
            }
            continue;
        }
        files.push(FileEdit {
            rel_path: doc.file.rel_path.clone(),
            path: doc.file.path.clone(),
            before: doc.text.clone(),
            after,
            segments: targets
                .keys()
                .map(|&i| doc.segments[i].id.clone())
                .collect(),
        });
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.at.offset);
        return Err(ImportError::Refused { problems });
    }
    Ok(Plan {
        format: exchange.format,
        locale,
        units: exchange.units.len(),
        files,
    })
}

/// Write the plan's files, all or none ([`crate::write::replace_files`]); a file edited since
/// it was read is refused.
pub fn apply(plan: &Plan) -> Result<(), ImportError> {
    let replacements: Vec<crate::write::Replacement<'_>> = plan
        .files
        .iter()
        .map(|f| crate::write::Replacement {
            path: &f.path,
            expected: f.before.as_bytes(),
            bytes: f.after.as_bytes(),
        })
        .collect();
    crate::write::replace_files(&replacements)?;
    Ok(())
}

/// `doc`'s text with the targets of the segments in `targets` replaced.
fn replaced(doc: &Document, targets: &NewTargets<'_>) -> String {
    let mut ranges: Vec<(Range<usize>, &str)> = targets
        .iter()
        .filter_map(|(&i, (text, _))| doc.segments[i].target.clone().map(|r| (r, *text)))
        .collect();
    ranges.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(doc.text.len() + 64);
    let mut at = 0;
    for (range, text) in ranges {
        // Segments' targets never overlap; should two ever do, the text is not cut twice.
        if range.start < at {
            continue;
        }
        out.push_str(&doc.text[at..range.start]);
        out.push_str(text);
        at = range.end;
    }
    out.push_str(&doc.text[at..]);
    out
}

/// Parse the edited text of the sxs file `doc` again: the index of the first segment that is
/// not what it should be (other id, other English, other target than the one put in), or of the
/// first changed target when the segments no longer line up or the file has new diagnostics.
/// `None` when all is as meant.
fn first_broken(doc: &Document, after: &str, targets: &NewTargets<'_>) -> Option<usize> {
    let again = crate::parse::parse(doc.file.clone(), after.to_owned());
    let first_edit = targets.keys().next().copied();
    // The scanner recovers from stray span tags (FORMAT.md §7): a new diagnostic is a break
    // even where the segments still read the same.
    if again.segments.len() != doc.segments.len() || again.diagnostics.len() > doc.diagnostics.len()
    {
        return first_edit;
    }
    doc.segments
        .iter()
        .zip(&again.segments)
        .enumerate()
        .find(|(i, (old, new))| {
            let wanted = targets
                .get(i)
                .map(|(t, _)| Some(*t))
                .unwrap_or_else(|| doc.target(old));
            old.id != new.id || doc.source(old) != again.source(new) || again.target(new) != wanted
        })
        .map(|(i, _)| {
            if targets.contains_key(&i) {
                i
            } else {
                first_edit.unwrap_or(i)
            }
        })
}

/// Whether `text` holds an empty line (a paragraph break in Markdown).
fn has_blank_line(text: &str) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    lines.len() > 2
        && lines[1..lines.len() - 1]
            .iter()
            .any(|l| l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RO: &str = "---\ntitle: x\nms.translationtype: HT\n---\n# <span data-ttu-id=\"e2d3a-101\">Închide</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-101\">Close</span></span>\n\n<span data-ttu-id=\"e2d3a-102\">Fă **clic** [aici](https://x).</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-102\">Click **here** [now](https://x).</span></span>\n";

    fn tree() -> Vec<Document> {
        vec![crate::parse::parse_text("ro-RO/a.md", RO)]
    }

    fn exported(docs: &[Document], format: Format) -> String {
        let articles = crate::align::align_all(docs, "en-US");
        let mut out = Vec::new();
        match format {
            Format::Xliff => export::xliff::write_xliff(&mut out, &articles, "ro-RO"),
            Format::Po => export::po::write_po(&mut out, &articles, "ro-RO"),
        }
        .expect("export");
        String::from_utf8(out).expect("utf-8")
    }

    fn planned(docs: &[Document], format: Format, text: &str) -> Result<Plan, ImportError> {
        let articles = crate::align::align_all(docs, "en-US");
        let name = if format == Format::Xliff {
            "x.xliff"
        } else {
            "x.po"
        };
        plan(&read(Path::new(name), text)?, &articles)
    }

    #[test]
    fn unchanged_exports_change_nothing() {
        let docs = tree();
        for format in [Format::Xliff, Format::Po] {
            let plan = planned(&docs, format, &exported(&docs, format)).expect("plan");
            assert_eq!((plan.units, plan.files.len()), (2, 0), "{format:?}");
            assert_eq!(plan.locale, "ro-RO");
        }
    }

    #[test]
    fn a_catalog_without_the_locale_field_is_known_by_its_language() {
        let docs = tree();
        let po = exported(&docs, Format::Po).replace("\"X-Locdoc-Locale: ro-RO\\n\"\n", "");
        assert!(!po.contains("X-Locdoc-Locale"));
        assert_eq!(
            planned(&docs, Format::Po, &po).expect("plan").locale,
            "ro-RO"
        );
        let po = po.replace("Language: ro_RO", "Language: fr_FR");
        assert!(matches!(
            planned(&docs, Format::Po, &po),
            Err(ImportError::UnknownLocale { .. })
        ));
    }

    #[test]
    fn codes_come_back_as_markup_and_only_the_target_changes() {
        let docs = tree();
        let xliff = exported(&docs, Format::Xliff).replace(
            "<target>Fă <ph id=\"1\" dataRef=\"d1\"/>clic<ph id=\"2\" dataRef=\"d1\"/>",
            "<target>Apasă <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\">clic</pc>",
        );
        let plan = planned(&docs, Format::Xliff, &xliff).expect("plan");
        assert_eq!(plan.files.len(), 1);
        assert_eq!(plan.files[0].segments, ["e2d3a-102"]);
        assert_eq!(
            plan.files[0].after,
            RO.replace("Fă **clic** [aici]", "Apasă **clic** [aici]")
        );
        assert!(
            plan.diff()
                .contains("+<span data-ttu-id=\"e2d3a-102\">Apasă **clic**")
        );
        assert!(
            plan.diff()
                .starts_with("--- a/ro-RO/a.md\n+++ b/ro-RO/a.md\n")
        );
    }

    #[test]
    fn po_edits_come_back_and_english_changes_are_refused() {
        let docs = tree();
        let po = exported(&docs, Format::Po).replace("msgstr \"Închide\"", "msgstr \"Închideți\"");
        let plan = planned(&docs, Format::Po, &po).expect("plan");
        assert_eq!(plan.files[0].after, RO.replace(">Închide<", ">Închideți<"));

        let changed = vec![crate::parse::parse_text(
            "ro-RO/a.md",
            &RO.replace(">Close<", ">Shut<"),
        )];
        for format in [Format::Xliff, Format::Po] {
            let Err(ImportError::Refused { problems }) =
                planned(&changed, format, &exported(&docs, format))
            else {
                panic!("{format:?}: English changed must be refused");
            };
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(
                matches!(problems[0].kind, ProblemKind::EnglishChanged { .. }),
                "{problems:?}"
            );
            assert!(problems[0].at.line > 1);
        }
    }

    #[test]
    fn unknown_units_files_and_broken_spans_are_refused() {
        let docs = tree();
        let xliff = exported(&docs, Format::Xliff);
        let refused = |text: &str| match planned(&docs, Format::Xliff, text) {
            Err(ImportError::Refused { problems }) => problems[0].kind.clone(),
            other => panic!("not refused: {other:?}"),
        };
        assert_eq!(
            refused(&xliff.replace("unit id=\"e2d3a-102\"", "unit id=\"e2d3a-109\"")),
            ProblemKind::UnknownUnit
        );
        assert!(matches!(
            refused(&xliff.replace("original=\"ro-RO/a.md\"", "original=\"ro-RO/b.md\"")),
            ProblemKind::UnknownFile { .. }
        ));
        assert_eq!(
            refused(&xliff.replace(
                "<target>Închide</target>",
                "<target>Închide&lt;/span&gt;</target>"
            )),
            ProblemKind::BreaksSpans
        );
        let po = exported(&docs, Format::Po).replace("a.md#2", "a.md#7");
        assert!(matches!(
            planned(&docs, Format::Po, &po),
            Err(ImportError::Refused { .. })
        ));
    }

    #[test]
    fn formats_are_told_by_name_then_content() {
        assert_eq!(Format::detect(Path::new("a.XLF"), ""), Some(Format::Xliff));
        assert_eq!(Format::detect(Path::new("a.po"), "<"), Some(Format::Po));
        assert_eq!(
            Format::detect(Path::new("a.txt"), "\u{FEFF} <?xml"),
            Some(Format::Xliff)
        );
        assert_eq!(
            Format::detect(Path::new("a"), "# c\nmsgid \"\""),
            Some(Format::Po)
        );
        assert_eq!(Format::detect(Path::new("a"), "hello"), None);
    }

    #[test]
    fn blank_lines_are_found() {
        assert!(has_blank_line("a\n\nb"));
        assert!(has_blank_line("a\n  \nb"));
        assert!(!has_blank_line("a\nb"));
        assert!(!has_blank_line("a"));
    }
}
