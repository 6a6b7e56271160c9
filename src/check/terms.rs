//! The termbase rules: a term of the English must be translated as the termbase says (LD0514),
//! and a term the termbase forbids in a locale must not be used there (LD0515).
//!
//! A termbase is a TBX file (ISO 30042: TBX-Basic and TBX-Core as termbase tools write them,
//! `<termEntry>`/`<conceptEntry>` → `<langSet>`/`<langSec xml:lang>` → `<tig>`/`<ntig>`/
//! `<termSec>` → `<term>`, with the usage status in a `termNote` of type `administrativeStatus`
//! or `normativeAuthorization`, or in the DCT style's `<administrativeStatus>` element) or a
//! CSV file with the columns `source,locale,target,status`. A term without a status is
//! preferred; preferred and admitted terms are what a translation may use, deprecated and
//! superseded ones are forbidden.
//!
//! Matching is by whole words in each language's sense (ICU4X word boundaries, so Japanese and
//! Chinese terms too): the English case-insensitively in ASCII, a target in lower case. Each
//! locale's terms are one Aho-Corasick automaton built the first time the locale is checked;
//! a target is segmented into words only when the automaton found a candidate in it.

use super::Finding;
use super::words::Boundaries;
use crate::config::{ConfigError, invalid};
use crate::diagnostic::Code;
use crate::parse::{Document, Segment};
use aho_corasick::{AhoCorasick, MatchKind};
use quick_xml::events::Event;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// How a termbase says a term may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Usage {
    /// The term to use (`preferredTerm-admn-sts`, also standardized, legal and regulated terms).
    Preferred,
    /// A term that may be used (`admittedTerm-admn-sts`).
    Admitted,
    /// A term not to use (`deprecatedTerm-admn-sts`, TBX-Min's `notRecommended`).
    Deprecated,
    /// A term replaced by another (`supersededTerm-admn-sts`, TBX-Min's `obsolete`).
    Superseded,
}

impl Usage {
    /// The status as a termbase writes it, in any of the TBX dialects or the CSV form; `None`
    /// for a value none of them has, which the loader refuses rather than guess.
    fn parse(value: &str) -> Option<Usage> {
        let value = value.trim().to_ascii_lowercase();
        let value = value.strip_suffix("-admn-sts").unwrap_or(&value);
        Some(match value.strip_suffix("term").unwrap_or(value) {
            "preferred" | "standardized" | "legal" | "regulated" => Usage::Preferred,
            "admitted" => Usage::Admitted,
            "deprecated" | "notrecommended" | "forbidden" => Usage::Deprecated,
            "superseded" | "obsolete" => Usage::Superseded,
            _ => return None,
        })
    }

    fn is_forbidden(self) -> bool {
        matches!(self, Usage::Deprecated | Usage::Superseded)
    }

    fn name(self) -> &'static str {
        match self {
            Usage::Preferred => "preferred",
            Usage::Admitted => "admitted",
            Usage::Deprecated => "deprecated",
            Usage::Superseded => "superseded",
        }
    }
}

const USAGE_VALUES: &str = "preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts";

/// One term of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    usage: Usage,
}

/// One concept: its English terms and its terms per language tag (lower-cased, as the
/// termbase writes it: `it-it`, or `it` for every Italian locale).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Concept {
    english: Vec<String>,
    targets: BTreeMap<String, Vec<Term>>,
}

/// The project's termbases, read when the project loads.
#[derive(Debug, Default)]
pub struct Termbase {
    concepts: Vec<Concept>,
    /// The English terms (ASCII case-insensitive), and each pattern's concept.
    english: Option<(AhoCorasick, Vec<usize>)>,
    /// Each content locale's terms, made the first time an article of it is checked.
    locales: Mutex<HashMap<String, Arc<LocaleTerms>>>,
}

impl Termbase {
    /// Read every termbase file (`.tbx`/`.xml` as TBX, `.csv` as CSV). The English is the
    /// language of `source_locale` (its terms in any region's language set count). A file that
    /// cannot be read or is malformed is an error naming it, with the line and column.
    pub fn load(paths: &[PathBuf], source_locale: &str) -> Result<Termbase, ConfigError> {
        let english = primary_language(source_locale).to_ascii_lowercase();
        let mut concepts = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
                path: path.clone(),
                source,
            })?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            if is_csv(path) {
                concepts.extend(read_csv(text, path, &english)?);
            } else {
                concepts.extend(read_tbx(text, path, &english)?);
            }
        }
        Ok(Termbase::new(concepts))
    }

    fn new(concepts: Vec<Concept>) -> Termbase {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (i, concept) in concepts.iter().enumerate() {
            for term in &concept.english {
                patterns.push(term.as_str());
                owners.push(i);
            }
        }
        let english = automaton(&patterns, true).map(|a| (a, owners));
        Termbase {
            concepts,
            english,
            locales: Mutex::default(),
        }
    }

    /// Whether there is any term to check against.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The terms of content locale `locale`: those of its own language sets and of its
    /// language's (`it` applies to `it-IT` and `it-CH`).
    pub(super) fn locale(&self, locale: &str) -> Arc<LocaleTerms> {
        let key = locale.to_ascii_lowercase();
        let mut locales = self.locales.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(
            locales
                .entry(key)
                .or_insert_with(|| Arc::new(LocaleTerms::new(&self.concepts, locale))),
        )
    }

    /// The concepts whose English term stands as a whole word in `english`, each with the
    /// term as the English writes it, in order of appearance.
    fn concepts_in<'e>(&self, english: &'e str) -> Vec<(usize, &'e str)> {
        let Some((automaton, owners)) = &self.english else {
            return Vec::new();
        };
        let mut bounds = Boundaries::of(english);
        let mut found: Vec<(usize, &str)> = Vec::new();
        for m in automaton.find_overlapping_iter(english) {
            let concept = owners[m.pattern().as_usize()];
            if !found.iter().any(|&(c, _)| c == concept)
                && is_english_word(&mut bounds, english, &m.range())
            {
                found.push((concept, &english[m.range()]));
            }
        }
        found
    }
}

/// Whether `range` of `text` is an English term as a whole word, or in its plural or
/// possessive (`accounts`, `addresses`, `account's`): the term is still there.
fn is_english_word(bounds: &mut Boundaries<'_>, text: &str, range: &Range<usize>) -> bool {
    let word_end = |s: &str| !s.starts_with(|c: char| c.is_alphanumeric());
    let rest = &text[range.end..];
    bounds.is_whole_word(range)
        || (bounds.is_whole_word(&(range.start..range.start))
            && ["s", "es", "'s", "\u{2019}s"]
                .iter()
                .any(|ending| rest.strip_prefix(ending).is_some_and(word_end)))
}

/// Whether a translation of a term is in a (lower-cased) target in some inflected form: each
/// word of the term (of three letters or more) stands at the start of a word of the target
/// with its final vowels left out, followed by at most [`ENDING`] more letters (`abbonament`
/// in "abbonamenti", `cont` in "contului"; in "accountability" `account` is followed by too
/// many). Japanese and Chinese terms are looked for anywhere: their compounds hold them whole
/// (ユーザーアカウント). Only the required-term rule reads terms this loosely: finding a term
/// that is not there would hide a finding, never make one.
fn loosely_present(lower_target: &str, term: &str) -> bool {
    let term = term.to_lowercase();
    super::words::letter_words(&term)
        .into_iter()
        .map(|(_, word)| word)
        .filter(|word| word.chars().count() >= 3 || word.chars().any(unspaced))
        .all(|word| {
            if word.chars().any(unspaced) {
                return lower_target.contains(word);
            }
            let stem = word.trim_end_matches(is_vowel);
            let stem = if stem.chars().count() >= 3 {
                stem
            } else {
                word
            };
            lower_target.match_indices(stem).any(|(at, _)| {
                let before = lower_target[..at].chars().next_back();
                let starts_word =
                    before.is_none_or(|c| !c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}'));
                let rest = &lower_target[at + stem.len()..];
                let ending = rest.chars().take_while(|c| c.is_alphabetic()).count();
                starts_word && ending <= ENDING
            })
        })
}

/// The most letters an inflection adds to a stem (Romanian `cont` → `contului`).
const ENDING: usize = 4;

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'á'
            | 'â'
            | 'ä'
            | 'è'
            | 'é'
            | 'ê'
            | 'ì'
            | 'í'
            | 'î'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'ö'
            | 'ù'
            | 'ú'
            | 'û'
            | 'ü'
            | 'ă'
    )
}

/// Scripts written without spaces between words (kana, ideographs, Thai, Hangul syllables).
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// One pattern of a locale's automaton.
#[derive(Debug)]
struct Pattern {
    concept: usize,
    term: usize,
}

/// A content locale's terms, with the automaton over them.
#[derive(Debug)]
pub struct LocaleTerms {
    locale: String,
    matcher: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    /// Per concept, its terms for this locale (empty: the concept says nothing here).
    terms: Vec<Vec<Term>>,
    words: HashSet<String>,
}

impl LocaleTerms {
    fn new(concepts: &[Concept], locale: &str) -> LocaleTerms {
        let tag = locale.to_ascii_lowercase();
        let language = primary_language(&tag);
        let mut terms = Vec::with_capacity(concepts.len());
        for concept in concepts {
            let mut here: Vec<Term> = concept
                .targets
                .iter()
                .filter(|(written, _)| **written == tag || written.as_str() == language)
                .flat_map(|(_, terms)| terms.iter().cloned())
                .collect();
            here.sort_by(|a, b| (a.usage, &a.text).cmp(&(b.usage, &b.text)));
            here.dedup();
            terms.push(here);
        }
        let mut lowered = Vec::new();
        let mut patterns = Vec::new();
        let mut words = HashSet::new();
        for (concept, here) in terms.iter().enumerate() {
            for (term, t) in here.iter().enumerate() {
                let lower = t.text.to_lowercase();
                words.extend(
                    super::words::letter_words(&lower)
                        .into_iter()
                        .map(|(_, w)| w.to_owned()),
                );
                lowered.push(lower);
                patterns.push(Pattern { concept, term });
            }
        }
        let refs: Vec<&str> = lowered.iter().map(String::as_str).collect();
        LocaleTerms {
            locale: locale.to_owned(),
            matcher: automaton(&refs, false),
            patterns,
            terms,
            words,
        }
    }

    /// Whether `word` (lower case) is part of a term of this locale.
    pub fn has_word(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// The whole-word matches in `target`: (byte range in the lower-cased target, pattern).
    fn matches(&self, lower: &str) -> Vec<(Range<usize>, &Pattern)> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut bounds = Boundaries::of(lower);
        matcher
            .find_overlapping_iter(lower)
            .filter(|m| bounds.is_whole_word(&m.range()))
            .map(|m| (m.range(), &self.patterns[m.pattern().as_usize()]))
            .collect()
    }

    fn term(&self, pattern: &Pattern) -> &Term {
        &self.terms[pattern.concept][pattern.term]
    }

    /// The terms a translation of `concept` may use here.
    fn allowed(&self, concept: usize) -> impl Iterator<Item = &Term> {
        self.terms[concept]
            .iter()
            .filter(|t| !t.usage.is_forbidden())
    }

    /// What the termbase says of `concept` here, for a finding's note.
    fn describe(&self, english: &str, concept: usize) -> String {
        let listed = |forbidden: bool| {
            self.terms[concept]
                .iter()
                .filter(|t| t.usage.is_forbidden() == forbidden)
                .map(|t| format!("{} ({})", t.text, t.usage.name()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (allowed, forbidden) = (listed(false), listed(true));
        let mut note = format!("termbase, {}: {english} → ", self.locale);
        note.push_str(if allowed.is_empty() {
            "no allowed term"
        } else {
            &allowed
        });
        if !forbidden.is_empty() {
            note.push_str("; not ");
            note.push_str(&forbidden);
        }
        note
    }
}

/// Both termbase rules over every segment with a target and a source.
pub fn pairs(
    docs: &[&Document],
    units: &super::segment::UnitIndex,
    termbase: &Termbase,
    out: &mut Vec<Finding>,
) {
    if termbase.is_empty() {
        return;
    }
    for doc in docs {
        let terms = termbase.locale(doc.locale().as_str());
        if terms.matcher.is_none() {
            continue;
        }
        for (i, segment) in doc.segments.iter().enumerate() {
            if doc.target(segment).is_none() || doc.source(segment).is_none() {
                continue;
            }
            let unit = units.get(&(std::ptr::from_ref(*doc).addr(), i)).copied();
            pair(
                termbase,
                &terms,
                segment,
                &mut |code, message, note, term| {
                    out.push(
                        super::segment::pair_finding(doc, segment, unit, code, message)
                            .note(note)
                            .about(term),
                    );
                },
            );
        }
    }
}

/// The termbase rules for one segment: `push(code, message, note, term)`.
fn pair(
    termbase: &Termbase,
    terms: &LocaleTerms,
    segment: &Segment,
    push: &mut dyn FnMut(Code, String, String, &str),
) {
    let target = segment.target_text.as_str();
    if target.trim().is_empty() || target == segment.source_text {
        // Empty and untranslated targets are other rules' findings (LD0501, LD0502).
        return;
    }
    let wanted: Vec<(usize, &str)> = termbase
        .concepts_in(&segment.source_text)
        .into_iter()
        .filter(|&(concept, _)| terms.allowed(concept).next().is_some())
        .collect();
    let has_forbidden = terms
        .patterns
        .iter()
        .any(|p| terms.term(p).usage.is_forbidden());
    if wanted.is_empty() && !has_forbidden {
        return;
    }
    let lower = target.to_lowercase();
    let found = terms.matches(&lower);
    for (concept, english) in wanted {
        // A term the target keeps in English is part of a name, a UI label or a title left
        // untranslated on purpose ("Domain Name System", "Skype Meeting Broadcast").
        let mut bounds = Boundaries::of(&lower);
        let kept = lower
            .match_indices(&english.to_lowercase())
            .any(|(at, kept)| is_english_word(&mut bounds, &lower, &(at..at + kept.len())));
        // A forbidden term of the concept in its place is LD0515's finding, which names the
        // allowed ones.
        let present = kept
            || found.iter().any(|(_, p)| p.concept == concept)
            || terms
                .allowed(concept)
                .any(|t| loosely_present(&lower, &t.text));
        if !present {
            let expected: Vec<String> = terms
                .allowed(concept)
                .map(|t| format!("`{}`", t.text))
                .collect();
            push(
                Code::RequiredTermMissing,
                format!(
                    "the English has the term `{english}`, but the target has none of its {} translations: {}",
                    terms.locale,
                    expected.join(", ")
                ),
                terms.describe(english, concept),
                english,
            );
        }
    }
    for (range, pattern) in &found {
        let term = terms.term(pattern);
        let covered = found.iter().any(|(other, p)| {
            !terms.term(p).usage.is_forbidden()
                && other.start <= range.start
                && range.end <= other.end
        });
        if !term.usage.is_forbidden() || covered {
            continue;
        }
        let english = termbase.concepts[pattern.concept]
            .english
            .first()
            .map_or("", String::as_str);
        let instead: Vec<String> = terms
            .allowed(pattern.concept)
            .map(|t| format!("`{}`", t.text))
            .collect();
        let advice = if instead.is_empty() {
            String::new()
        } else {
            format!("; use {}", instead.join(" or "))
        };
        push(
            Code::ForbiddenTerm,
            format!(
                "the target has `{}`, which the termbase marks {} for {}{advice}",
                &lower[range.clone()],
                term.usage.name(),
                terms.locale,
            ),
            terms.describe(english, pattern.concept),
            &term.text,
        );
    }
}

/// An automaton over `patterns` that reports overlapping matches (a short term inside a longer
/// one must not hide it); `None` when there is nothing to look for.
fn automaton(patterns: &[&str], ascii_case_insensitive: bool) -> Option<AhoCorasick> {
    if patterns.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(ascii_case_insensitive)
        .build(patterns)
        .ok()
}

fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Whether a termbase file is read as CSV (by its extension; anything else is TBX).
pub fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Whether `tag` is the English's language set.
fn is_english(tag: &str, english: &str) -> bool {
    primary_language(tag).eq_ignore_ascii_case(english)
}

/// The element of a TBX file a reader is in, by role (the names differ between TBX versions
/// and dialects; the roles do not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Concept,
    Language,
    TermGroup,
    Term,
    Status,
    Other,
}

fn role(name: &[u8], start: &quick_xml::events::BytesStart<'_>) -> Role {
    match name {
        b"termEntry" | b"conceptEntry" | b"entry" => Role::Concept,
        b"langSet" | b"langSec" | b"langGroup" => Role::Language,
        b"tig" | b"ntig" | b"termSec" | b"termGroup" => Role::TermGroup,
        b"term" => Role::Term,
        b"administrativeStatus" | b"normativeAuthorization" | b"termStatus" => Role::Status,
        b"termNote" => {
            let status = start.attributes().flatten().any(|a| {
                a.key.local_name().as_ref() == b"type"
                    && matches!(
                        a.value.as_ref(),
                        b"administrativeStatus" | b"normativeAuthorization"
                    )
            });
            if status { Role::Status } else { Role::Other }
        }
        _ => Role::Other,
    }
}

/// What a TBX reader has open.
#[derive(Default)]
struct TbxState {
    concept: Option<Concept>,
    language: Option<String>,
    /// The term being read: its text, where it started, and its status.
    term: Option<(String, usize, Option<Usage>)>,
    /// The text being collected (of a `<term>` or a status), and where it started.
    text: Option<(String, usize)>,
}

/// Read a TBX file's concepts.
fn read_tbx(text: &str, path: &Path, english: &str) -> Result<Vec<Concept>, ConfigError> {
    let fail = |at: usize, message: &str| invalid(text, path, at, message);
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut open: Vec<(Role, usize)> = Vec::new();
    let mut state = TbxState::default();
    let mut concepts = Vec::new();
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let event = reader.read_event().map_err(|err| {
            let at = usize::try_from(reader.error_position()).unwrap_or(0);
            fail(at, &format!("not well-formed XML: {err}"))
        })?;
        let after = usize::try_from(reader.buffer_position()).unwrap_or(0);
        match event {
            Event::Start(start) => {
                let role = role(start.local_name().as_ref(), &start);
                open_element(&mut state, role, &start, before, after, &fail)?;
                open.push((role, before));
            }
            Event::Empty(start) => {
                let role = role(start.local_name().as_ref(), &start);
                open_element(&mut state, role, &start, before, after, &fail)?;
                close_element(&mut state, role, &mut concepts, english, &fail)?;
            }
            Event::End(_) => {
                if let Some((role, _)) = open.pop() {
                    close_element(&mut state, role, &mut concepts, english, &fail)?;
                }
            }
            Event::Text(t) => {
                if let Some((collected, _)) = &mut state.text {
                    let content = t
                        .xml10_content()
                        .map_err(|err| fail(before, &format!("not UTF-8: {err}")))?;
                    collected.push_str(&content);
                }
            }
            Event::CData(t) => {
                if let Some((collected, _)) = &mut state.text {
                    collected.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if let Some((collected, _)) = &mut state.text {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => r.decode().ok().and_then(|name| {
                            quick_xml::escape::resolve_predefined_entity(&name).map(str::to_owned)
                        }),
                    };
                    let Some(resolved) = resolved else {
                        return Err(fail(before, "an entity reference TBX does not define"));
                    };
                    collected.push_str(&resolved);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(&(_, at)) = open.last() {
        return Err(fail(at, "this element is never closed"));
    }
    Ok(concepts)
}

fn open_element(
    state: &mut TbxState,
    role: Role,
    start: &quick_xml::events::BytesStart<'_>,
    before: usize,
    after: usize,
    fail: &dyn Fn(usize, &str) -> ConfigError,
) -> Result<(), ConfigError> {
    match role {
        Role::Concept => state.concept = Some(Concept::default()),
        Role::Language => {
            let lang = start
                .attributes()
                .flatten()
                .find(|a| a.key.as_ref() == b"xml:lang" || a.key.as_ref() == b"lang")
                .map(|a| {
                    String::from_utf8_lossy(&a.value)
                        .trim()
                        .to_ascii_lowercase()
                })
                .filter(|l| !l.is_empty());
            let Some(lang) = lang else {
                return Err(fail(before, "a language set without xml:lang"));
            };
            state.language = Some(lang);
        }
        Role::TermGroup => state.term = Some((String::new(), before, None)),
        Role::Term | Role::Status => state.text = Some((String::new(), after)),
        Role::Other => {}
    }
    Ok(())
}

fn close_element(
    state: &mut TbxState,
    role: Role,
    concepts: &mut Vec<Concept>,
    english: &str,
    fail: &dyn Fn(usize, &str) -> ConfigError,
) -> Result<(), ConfigError> {
    match role {
        Role::Term => {
            let (text, at) = state.text.take().unwrap_or_default();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                return Err(fail(at, "an empty <term>"));
            }
            match &mut state.term {
                Some((term, _, _)) => *term = text,
                // A term straight in its language set (TBX-Core allows no group).
                None => add_term(state, text, at, None, english, fail)?,
            }
        }
        Role::Status => {
            let (value, at) = state.text.take().unwrap_or_default();
            let Some(usage) = Usage::parse(&value) else {
                return Err(fail(
                    at,
                    &format!(
                        "unknown usage status `{}`: expected {USAGE_VALUES}",
                        value.trim()
                    ),
                ));
            };
            if let Some((_, _, status)) = &mut state.term {
                // Two statuses (administrative and normative): the stricter one holds.
                *status = Some(status.map_or(usage, |s: Usage| s.max(usage)));
            }
        }
        Role::TermGroup => {
            if let Some((text, at, usage)) = state.term.take() {
                if text.is_empty() {
                    return Err(fail(at, "a term group without a <term>"));
                }
                add_term(state, text, at, usage, english, fail)?;
            }
        }
        Role::Language => state.language = None,
        Role::Concept => {
            if let Some(concept) = state.concept.take()
                && !concept.english.is_empty() | !concept.targets.is_empty()
            {
                concepts.push(concept);
            }
        }
        Role::Other => {}
    }
    Ok(())
}

fn add_term(
    state: &mut TbxState,
    text: String,
    at: usize,
    usage: Option<Usage>,
    english: &str,
    fail: &dyn Fn(usize, &str) -> ConfigError,
) -> Result<(), ConfigError> {
    let (Some(concept), Some(language)) = (&mut state.concept, &state.language) else {
        return Err(fail(at, "a term outside a concept's language set"));
    };
    let usage = usage.unwrap_or(Usage::Preferred);
    if is_english(language, english) {
        if !usage.is_forbidden() {
            concept.english.push(text);
        }
    } else {
        concept
            .targets
            .entry(language.clone())
            .or_default()
            .push(Term { text, usage });
    }
    Ok(())
}

/// The CSV form's columns: `source` (the English term), `locale` (a locale tag, or a language
/// for all its locales), `target` (the term in that locale), `status` (optional: preferred,
/// admitted, deprecated, superseded or forbidden; empty is preferred). Rows with the same
/// English are one concept.
const CSV_COLUMNS: [&str; 4] = ["source", "locale", "target", "status"];

/// Read a CSV termbase's concepts.
fn read_csv(text: &str, path: &Path, english: &str) -> Result<Vec<Concept>, ConfigError> {
    let fail = |at: usize, message: &str| invalid(text, path, at, message);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let offset_of = |err: &csv::Error| {
        err.position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(0)
    };
    let headers = reader
        .headers()
        .map_err(|err| fail(offset_of(&err), &format!("not valid CSV: {err}")))?
        .clone();
    let mut column = [None; 4];
    for (i, name) in headers.iter().enumerate() {
        let name = name.trim();
        match CSV_COLUMNS
            .iter()
            .position(|c| c.eq_ignore_ascii_case(name))
        {
            Some(known) => column[known] = Some(i),
            None => {
                return Err(fail(
                    text.find(name).unwrap_or(0),
                    &format!(
                        "unknown termbase column `{name}`: the columns are {}",
                        CSV_COLUMNS.join(",")
                    ),
                ));
            }
        }
    }
    if let Some(missing) = (0..3).find(|&i| column[i].is_none()) {
        return Err(fail(
            0,
            &format!(
                "the header has no `{}` column: the columns are {}",
                CSV_COLUMNS[missing],
                CSV_COLUMNS.join(",")
            ),
        ));
    }
    let mut concepts: Vec<Concept> = Vec::new();
    let mut by_english: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        let record =
            record.map_err(|err| fail(offset_of(&err), &format!("not valid CSV: {err}")))?;
        let start = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(0);
        let field = |i: usize| column[i].and_then(|c| record.get(c)).unwrap_or("").trim();
        let at = |value: &str| start + text[start..].find(value).unwrap_or(0);
        let (source, locale, target, status) = (field(0), field(1), field(2), field(3));
        if source.is_empty() && locale.is_empty() && target.is_empty() {
            continue;
        }
        let usage = if status.is_empty() {
            Usage::Preferred
        } else {
            Usage::parse(status).ok_or_else(|| {
                fail(
                    at(status),
                    &format!(
                        "unknown status `{status}`: expected preferred, admitted, deprecated, superseded or forbidden"
                    ),
                )
            })?
        };
        if locale.is_empty() || target.is_empty() {
            return Err(fail(start, "a row needs a `locale` and a `target` term"));
        }
        if crate::discover::Locale::parse(locale).is_none() {
            return Err(fail(
                at(locale),
                &format!(
                    "`{locale}` is not a locale tag such as `it-IT` or a language such as `it`"
                ),
            ));
        }
        if source.is_empty() && !usage.is_forbidden() {
            return Err(fail(
                start,
                "a preferred or admitted term needs its English in `source`",
            ));
        }
        let key = source.to_lowercase();
        let index = if source.is_empty() {
            concepts.push(Concept::default());
            concepts.len() - 1
        } else {
            *by_english.entry(key).or_insert_with(|| {
                concepts.push(Concept {
                    english: vec![source.to_owned()],
                    ..Concept::default()
                });
                concepts.len() - 1
            })
        };
        if !is_english(locale, english) {
            concepts[index]
                .targets
                .entry(locale.to_ascii_lowercase())
                .or_default()
                .push(Term {
                    text: target.to_owned(),
                    usage,
                });
        }
    }
    Ok(concepts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TBX: &str = include_str!("../../tests/fixtures/terms/terms.tbx");
    const CSV: &str = include_str!("../../tests/fixtures/terms/terms.csv");

    fn termbase(text: &str, name: &str) -> Result<Termbase, ConfigError> {
        let path = Path::new(name);
        let concepts = if is_csv(path) {
            read_csv(text, path, "en")?
        } else {
            read_tbx(text, path, "en")?
        };
        Ok(Termbase::new(concepts))
    }

    /// Each concept's terms for `locale`, as (English, term, usage).
    fn listed(termbase: &Termbase, locale: &str) -> Vec<(String, String, Usage)> {
        let terms = termbase.locale(locale);
        let mut listed: Vec<_> = termbase
            .concepts
            .iter()
            .zip(&terms.terms)
            .flat_map(|(concept, here)| {
                here.iter()
                    .map(|t| (concept.english.join("|"), t.text.clone(), t.usage))
            })
            .collect();
        listed.sort();
        listed
    }

    #[test]
    fn tbx_and_csv_forms_read_the_same_terms() {
        let tbx = termbase(TBX, "terms.tbx").expect("the TBX reads");
        let csv = termbase(CSV, "terms.csv").expect("the CSV reads");
        let italian = listed(&tbx, "it-IT");
        assert_eq!(
            italian,
            [
                ("account", "account", Usage::Preferred),
                ("account", "conto", Usage::Deprecated),
                (
                    "admin center",
                    "interfaccia di amministrazione",
                    Usage::Admitted
                ),
                ("subscription", "abbonamento", Usage::Preferred),
                ("subscription", "sottoscrizione", Usage::Superseded),
            ]
            .map(|(e, t, u)| (e.to_owned(), t.to_owned(), u))
        );
        assert_eq!(italian, listed(&csv, "it-IT"));
        // `xml:lang="ro"` holds for every Romanian locale; nothing holds for Japanese.
        assert_eq!(listed(&tbx, "ro-RO").len(), 1);
        assert_eq!(listed(&tbx, "ro-RO"), listed(&csv, "ro-RO"));
        assert!(listed(&tbx, "ja-JP").is_empty());
    }

    #[test]
    fn tbx_core_and_dct_style_statuses() {
        let tbx = r#"<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<text><body>
<conceptEntry id="1">
  <langSec xml:lang="en"><termSec><term>sign in</term></termSec></langSec>
  <langSec xml:lang="ja"><termSec><term>サインイン</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
  <termSec><term>ログオン</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
</conceptEntry>
</body></text></tbx>"#;
        let terms = termbase(tbx, "t.tbx").expect("TBX 3 reads");
        assert_eq!(
            listed(&terms, "ja-JP"),
            [
                (
                    "sign in".to_owned(),
                    "サインイン".to_owned(),
                    Usage::Preferred
                ),
                (
                    "sign in".to_owned(),
                    "ログオン".to_owned(),
                    Usage::Deprecated
                ),
            ]
        );
    }

    #[test]
    fn malformed_files_are_errors_at_their_line_and_column() {
        let cases = [
            (
                "terms.tbx",
                "<martif><text><body>\n<termEntry>\n  <langSet xml:lang=\"it\"><tig><term>a</term></tig>\n</termEntry>\n",
                4,
                1,
                "not well-formed",
            ),
            (
                "terms.tbx",
                "<martif><text><body><termEntry>\n<langSet xml:lang=\"it\"><tig><term>a</term>\n  <termNote type=\"administrativeStatus\">maybeTerm</termNote></tig></langSet>\n</termEntry></body></text></martif>\n",
                3,
                41,
                "unknown usage status `maybeTerm`",
            ),
            (
                "terms.tbx",
                "<martif><text><body><termEntry>\n<langSet><tig><term>a</term></tig></langSet>\n</termEntry></body></text></martif>\n",
                2,
                1,
                "without xml:lang",
            ),
            (
                "terms.tbx",
                "<martif><text><body><termEntry><langSet xml:lang=\"it\">\n",
                1,
                32,
                "never closed",
            ),
            (
                // Entities a DOCTYPE declares are never expanded (no "billion laughs").
                "terms.tbx",
                "<!DOCTYPE martif [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"it\"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>\n",
                2,
                66,
                "an entity reference TBX does not define",
            ),
            (
                "terms.csv",
                "source,locale,target,status\naccount,it-IT,account,\naccount,it-IT,conto,banned\n",
                3,
                21,
                "unknown status `banned`",
            ),
            (
                "terms.csv",
                "source,locale,target,comment\n",
                1,
                22,
                "unknown termbase column `comment`",
            ),
            (
                "terms.csv",
                "source,locale,target\naccount,it-IT\n",
                2,
                1,
                "not valid CSV",
            ),
            (
                "terms.csv",
                "source,locale,target\naccount,it_IT!,account\n",
                2,
                9,
                "`it_IT!` is not a locale tag",
            ),
        ];
        for (name, text, line, column, says) in cases {
            match termbase(text, name) {
                Err(ConfigError::Invalid {
                    path,
                    line: l,
                    column: c,
                    message,
                }) => {
                    assert_eq!(path, Path::new(name));
                    assert_eq!((l, c), (line, column), "{text}: {message}");
                    assert!(message.contains(says), "{message}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    /// The termbase findings on one pair of `locale`: (code, message).
    fn check(termbase: &Termbase, locale: &str, target: &str, source: &str) -> Vec<(Code, String)> {
        let doc = crate::parse::parse_text(
            &format!("{locale}/a.md"),
            &format!(
                "<span data-ttu-id=\"a1b2c-101\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-101\">{source}</span></span>\n"
            ),
        );
        let mut out = Vec::new();
        pair(
            termbase,
            &termbase.locale(locale),
            &doc.segments[0],
            &mut |code, message, _, _| out.push((code, message)),
        );
        out
    }

    fn codes(found: &[(Code, String)]) -> Vec<Code> {
        found.iter().map(|(code, _)| *code).collect()
    }

    #[test]
    fn required_terms_are_looked_for_in_any_inflection() {
        let terms = termbase(TBX, "terms.tbx").expect("reads");
        // Plural English, plural Italian: the term is there.
        assert!(
            check(
                &terms,
                "it-IT",
                "Annullare gli abbonamenti.",
                "Cancel subscriptions."
            )
            .is_empty()
        );
        // Romanian case endings; an elided article before the Italian term.
        assert!(check(&terms, "ro-RO", "Închideți contului", "Close your account").is_empty());
        assert!(check(&terms, "it-IT", "Chiudere l'account", "Close the account").is_empty());
        // `accountability` holds no `account`.
        assert!(check(&terms, "it-IT", "Responsabilità", "Accountability").is_empty());
        let missing = check(
            &terms,
            "it-IT",
            "Annullare le licenze.",
            "Cancel the subscription.",
        );
        assert_eq!(codes(&missing), [Code::RequiredTermMissing]);
        assert_eq!(
            missing[0].1,
            "the English has the term `subscription`, but the target has none of its it-IT translations: `abbonamento`"
        );
        // Kept in English (a name or a label): not this rule's finding; nor is an untranslated target.
        assert!(
            check(
                &terms,
                "it-IT",
                "Pagina Subscription Center",
                "Subscription Center page"
            )
            .is_empty()
        );
        assert!(
            check(
                &terms,
                "it-IT",
                "Cancel the subscription.",
                "Cancel the subscription."
            )
            .is_empty()
        );
    }

    #[test]
    fn forbidden_terms_are_whole_words_and_name_the_allowed_ones() {
        let terms = termbase(TBX, "terms.tbx").expect("reads");
        let found = check(
            &terms,
            "it-IT",
            "Chiudere il conto e l'account.",
            "Close the account.",
        );
        assert_eq!(codes(&found), [Code::ForbiddenTerm]);
        assert_eq!(
            found[0].1,
            "the target has `conto`, which the termbase marks deprecated for it-IT; use `account`"
        );
        // `contorno` is another word; `Conto` at a sentence start is the term.
        assert!(
            check(
                &terms,
                "it-IT",
                "Il contorno dell'account",
                "The account outline"
            )
            .is_empty()
        );
        assert_eq!(
            codes(&check(
                &terms,
                "it-IT",
                "Conto e account chiusi",
                "Account closed"
            )),
            [Code::ForbiddenTerm]
        );
        // Not forbidden in another locale.
        assert!(check(&terms, "ro-RO", "conto cont", "account").is_empty());
    }

    #[test]
    fn forbidden_japanese_and_chinese_terms_only_where_they_stand_alone() {
        let csv = "source,locale,target,status\nsign in,ja,サインイン,preferred\nsign in,ja,ログオン,deprecated\naccount,zh-CN,账户,preferred\naccount,zh-CN,帐户,deprecated\n";
        let terms = termbase(csv, "t.csv").expect("reads");
        assert_eq!(
            codes(&check(&terms, "ja-JP", "ログオンします", "Sign in")),
            [Code::ForbiddenTerm]
        );
        // A katakana run is one word: ログオンページ is another term.
        assert!(
            check(
                &terms,
                "ja-JP",
                "サインインしてログオンページを開きます",
                "Sign in and open the page"
            )
            .is_empty()
        );
        assert_eq!(
            codes(&check(
                &terms,
                "zh-CN",
                "删除用户帐户。",
                "Delete the user account."
            )),
            [Code::ForbiddenTerm]
        );
        assert!(
            check(
                &terms,
                "zh-CN",
                "删除用户账户。",
                "Delete the user account."
            )
            .is_empty()
        );
    }
}
