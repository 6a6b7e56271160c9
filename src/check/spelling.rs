//! The spelling rule (LD0516): words of a target that the locale's Hunspell dictionary does not
//! know, read with spellbook (pure Rust). A locale without a dictionary is named once (LD0517)
//! and not checked.
//!
//! Only prose is checked: code spans and `<code>`/`<var>`/`<kbd>`/`<pre>`/`<samp>` elements,
//! link destinations, autolinks, URLs, paths, e-mail addresses, file and host names,
//! placeholders, numbers and tokens with digits are left out, and so are identifiers
//! (CamelCase, ALL CAPS), the `[check] allow` names and built-in product names, the
//! termbase's terms, and words the segment's English has too (names and labels kept in
//! English). Words are ICU4X word segments made of letters.
//!
//! Dictionaries are found by the locale tag (`it-IT` → `it_IT.dic`/`.aff`, then `it.dic`) in
//! `[check.spelling] dictionaries`, then in the system folders; `[check.spelling.locales]`
//! names one locale's `.dic` outright. Each is read the first time a target of its locale is
//! checked, once per run, and shared by every thread.

use super::Finding;
use crate::config::CheckConfig;
use crate::diagnostic::Code;
use crate::parse::{Document, Segment};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// Where Debian, Fedora and most other systems install Hunspell dictionaries.
const SYSTEM_FOLDERS: &[&str] = &[
    "/usr/share/hunspell",
    "/usr/share/myspell/dicts",
    "/usr/share/myspell",
];

/// A locale's dictionary, or why it has none.
type Loaded = Result<Arc<Speller>, String>;

/// The project's spelling dictionaries, each read on first use.
#[derive(Debug, Default)]
pub struct Dictionaries {
    enabled: bool,
    /// Searched in order for `ll_CC.dic` and `ll.dic`.
    folders: Vec<PathBuf>,
    /// Per lower-cased locale, the `.dic` the project names for it.
    named: BTreeMap<String, PathBuf>,
    /// Per locale (as its folder names it), its dictionary once asked for.
    loaded: Mutex<BTreeMap<String, Arc<OnceLock<Loaded>>>>,
    /// Lower-cased words of the `[check] allow` names and the built-in product names.
    names: HashSet<String>,
    /// The project's own words, lower-cased.
    words: HashSet<String>,
}

impl Dictionaries {
    /// The dictionaries `[check.spelling]` points at (paths already resolved against the
    /// settings file), with the system folders after them. Nothing is read yet.
    pub fn new(config: &CheckConfig) -> Dictionaries {
        let folders = config
            .spelling
            .dictionaries
            .iter()
            .cloned()
            .chain(SYSTEM_FOLDERS.iter().map(PathBuf::from))
            .collect();
        Dictionaries::in_folders(config, folders)
    }

    /// [`Dictionaries::new`] with the search folders given (tests leave the system's out).
    pub fn in_folders(config: &CheckConfig, folders: Vec<PathBuf>) -> Dictionaries {
        let names = super::segment::PRODUCT_NAMES
            .iter()
            .copied()
            .chain(config.allow.iter().map(String::as_str));
        Dictionaries {
            enabled: config.spelling.enabled,
            folders,
            named: config
                .spelling
                .locales
                .iter()
                .map(|(locale, path)| (locale.to_ascii_lowercase(), path.clone()))
                .collect(),
            loaded: Mutex::default(),
            names: name_words(names),
            words: config
                .spelling
                .words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
        }
    }

    /// The dictionary of `locale`, read the first time it is asked for.
    fn get(&self, locale: &str) -> Loaded {
        let cell = {
            let mut loaded = self.loaded.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(loaded.entry(locale.to_owned()).or_default())
        };
        cell.get_or_init(|| self.load(locale)).clone()
    }

    fn load(&self, locale: &str) -> Loaded {
        let dic = match self.named.get(&locale.to_ascii_lowercase()) {
            Some(path) => path.clone(),
            None => {
                let stems = file_stems(locale);
                let found = self.folders.iter().find_map(|folder| {
                    stems.iter().find_map(|stem| {
                        let dic = folder.join(format!("{stem}.dic"));
                        (dic.is_file() && dic.with_extension("aff").is_file()).then_some(dic)
                    })
                });
                let Some(dic) = found else {
                    let folders: Vec<String> = self
                        .folders
                        .iter()
                        .map(|f| f.display().to_string())
                        .collect();
                    let names: Vec<String> = stems.iter().map(|s| format!("{s}.dic")).collect();
                    return Err(format!(
                        "looked for {} in {}; install one (Debian: `apt-cache search hunspell`) or name it in [check.spelling]",
                        names.join(", "),
                        folders.join(", "),
                    ));
                };
                dic
            }
        };
        Speller::read(&dic).map(Arc::new)
    }
}

/// `ll_CC` and `ll` names for a locale tag (`sr-Latn-RS` → `sr_Latn_RS`, `sr_RS`, `sr`).
fn file_stems(locale: &str) -> Vec<String> {
    let parts: Vec<&str> = locale.split(['-', '_']).collect();
    let language = parts[0].to_ascii_lowercase();
    let region = parts[1..]
        .iter()
        .rev()
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|r| r.to_ascii_uppercase());
    let mut stems = Vec::new();
    if parts.len() > 2 {
        stems.push(parts.join("_"));
    }
    if let Some(region) = region {
        stems.push(format!("{language}_{region}"));
    }
    stems.push(language);
    stems
}

/// One dictionary, with the words already looked up.
pub struct Speller {
    dictionary: spellbook::Dictionary,
    /// Words already looked up: the same words come back in every article of a locale, and
    /// a look-up through the affix rules costs more than a hash (the skype corpus: 2.25 s of
    /// CPU without it, 1.28 s with it). Hashed as spellbook hashes its own tables.
    known: Mutex<HashMap<String, bool, spellbook::DefaultHashBuilder>>,
}

impl std::fmt::Debug for Speller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speller")
    }
}

impl Speller {
    /// Read `dic` and the `.aff` beside it, in the encoding the `.aff`'s `SET` names.
    fn read(dic: &Path) -> Result<Speller, String> {
        let aff = dic.with_extension("aff");
        let read = |path: &Path| {
            std::fs::read(path).map_err(|err| format!("{} cannot be read: {err}", path.display()))
        };
        let (aff_bytes, dic_bytes) = (read(&aff)?, read(dic)?);
        let encoding = encoding_of(&aff_bytes);
        let decode = |bytes: &[u8]| encoding.decode_with_bom_removal(bytes).0.into_owned();
        let dictionary = spellbook::Dictionary::new(&decode(&aff_bytes), &decode(&dic_bytes))
            .map_err(|err| format!("{} is not a Hunspell dictionary: {err}", dic.display()))?;
        Ok(Speller {
            dictionary,
            known: Mutex::default(),
        })
    }

    /// Whether the dictionary knows `word`.
    fn check(&self, word: &str) -> bool {
        if let Some(&known) = self
            .known
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(word)
        {
            return known;
        }
        let known = self.dictionary.check(word)
            || (word.contains('\u{2019}') && self.dictionary.check(&word.replace('\u{2019}', "'")))
            || self.check_elided(word);
        self.known
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(word.to_owned(), known);
        known
    }

    /// `dell'account` where the dictionary has no rule for the elision: the elided article or
    /// preposition (`dell'`, or `dell` where the dictionary lists it bare) and the word after
    /// it are looked up on their own.
    fn check_elided(&self, word: &str) -> bool {
        let Some(at) = word.find(['\'', '\u{2019}']) else {
            return false;
        };
        let after = at + word[at..].chars().next().map_or(1, char::len_utf8);
        let head_known = self.dictionary.check(&format!("{}'", &word[..at]))
            || self.dictionary.check(&word[..at]);
        let tail = &word[after..];
        head_known && (tail.is_empty() || self.dictionary.check(tail))
    }
}

/// The encoding an `.aff` file's `SET` line names (UTF-8 when none or unknown).
fn encoding_of(aff: &[u8]) -> &'static encoding_rs::Encoding {
    aff.split(|&b| b == b'\n')
        .find_map(|line| line.strip_prefix(b"SET "))
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim_ascii()))
        .unwrap_or(encoding_rs::UTF_8)
}

/// What a segment's words are checked against beside the dictionary.
struct Skips<'a> {
    /// Lower-cased words of the `[check] allow` names and built-in product names.
    names: &'a HashSet<String>,
    /// The termbase's terms of the locale.
    terms: &'a super::terms::LocaleTerms,
    /// The project's own words (`[check.spelling] words`), lower-cased.
    words: &'a HashSet<String>,
}

/// The lower-cased words of names that need no translation.
fn name_words<'a>(names: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    names
        .into_iter()
        .flat_map(|name| {
            super::words::letter_words(&name.to_lowercase())
                .into_iter()
                .map(|(_, w)| w.to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The spelling rule over every segment with a target and a source; locales without a
/// dictionary are skipped (their LD0517 comes from [`unchecked`]).
pub fn pairs(
    docs: &[&Document],
    units: &super::segment::UnitIndex,
    dictionaries: &Dictionaries,
    termbase: &super::terms::Termbase,
    out: &mut Vec<Finding>,
) {
    if !dictionaries.enabled {
        return;
    }
    for doc in docs {
        let locale = doc.locale().as_str();
        let Ok(speller) = dictionaries.get(locale) else {
            continue;
        };
        let terms = termbase.locale(locale);
        let skips = Skips {
            words: &dictionaries.words,
            names: &dictionaries.names,
            terms: &terms,
        };
        for (i, segment) in doc.segments.iter().enumerate() {
            let (Some(target), Some(_)) = (doc.target(segment), doc.source(segment)) else {
                continue;
            };
            let unknown = misspelled(&speller, segment, target, &skips);
            if unknown.is_empty() {
                continue;
            }
            let unit = units.get(&(std::ptr::from_ref(*doc).addr(), i)).copied();
            let shown: Vec<String> = unknown.iter().map(|w| format!("`{w}`")).collect();
            let message = match shown.as_slice() {
                [one] => format!("{one} is not in the {locale} dictionary"),
                many => format!(
                    "{} words are not in the {locale} dictionary: {}",
                    many.len(),
                    many.join(", ")
                ),
            };
            out.push(
                super::segment::pair_finding(doc, segment, unit, Code::Misspelled, message)
                    .about(&unknown.join(" ")),
            );
        }
    }
}

/// The words of `target` (its markup) the dictionary does not know, each once, in order.
fn misspelled(
    speller: &Speller,
    segment: &Segment,
    target: &str,
    skips: &Skips<'_>,
) -> Vec<String> {
    // A target without markup is its own visible text: no Markdown to read.
    let prose = if target == segment.target_text {
        words_only(target)
    } else {
        prose(target)
    };
    let mut english: Option<HashSet<String>> = None;
    let mut unknown: Vec<String> = Vec::new();
    for (range, word) in super::words::letter_words(&prose) {
        if word.chars().count() < 2
            || word.chars().any(|c| c.is_numeric())
            || super::segment::is_code_like(word)
            || unknown.iter().any(|u| u == word)
        {
            continue;
        }
        // Most words are known: the dictionary (its answers cached) comes before the English,
        // which costs a segmentation of the source.
        if speller.check(word) {
            continue;
        }
        let lower = word.to_lowercase();
        // `l'app`: the word after an elided article is what a name or the English has.
        let elided = lower.rsplit(['\'', '\u{2019}']).next().unwrap_or(&lower);
        let english = english.get_or_insert_with(|| english_words(&segment.source_text));
        let skipped = |w: &str| {
            skips.names.contains(w)
                || skips.words.contains(w)
                || skips.terms.has_word(w)
                || english.contains(w)
        };
        if skipped(&lower) || skipped(elided) {
            continue;
        }
        // `bzw.`, `etc.`: abbreviations are listed with their period; `Abrechnungs-` (and
        // `-daten`) stands for a compound's part.
        let then = prose[range.end..].chars().next();
        if matches!(then, Some('.' | '-'))
            && speller.check(&format!("{word}{}", then.unwrap_or('.')))
        {
            continue;
        }
        // `Wiederherstellungs-Kennwort`: a compound's parts are words only together.
        let hyphenated = hyphenated_around(&prose, &range);
        if hyphenated.len() > word.len() && speller.check(hyphenated) {
            continue;
        }
        unknown.push(word.to_owned());
    }
    unknown
}

/// The lower-cased words of the English, each also without its plural ending (`apps` →
/// `app`): a target keeps English words in their singular as often as not.
fn english_words(english: &str) -> HashSet<String> {
    let mut words = HashSet::new();
    for (_, word) in super::words::letter_words(&english.to_lowercase()) {
        for ending in ["es", "s"] {
            if let Some(stem) = word.strip_suffix(ending).filter(|s| s.len() > 1) {
                words.insert(stem.to_owned());
            }
        }
        words.insert(word.to_owned());
    }
    words
}

/// The run of letters and hyphens around `range` of `text` (the word itself when it has no
/// hyphen beside it).
fn hyphenated_around<'t>(text: &'t str, range: &std::ops::Range<usize>) -> &'t str {
    let part = |c: char| c.is_alphabetic() || c == '-';
    let start = text[..range.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| part(c))
        .last()
        .map_or(range.start, |(at, _)| at);
    let end = text[range.end..]
        .char_indices()
        .find(|&(_, c)| !part(c))
        .map_or(text.len(), |(at, _)| range.end + at);
    text[start..end].trim_matches('-')
}

/// The prose of a target's markup: its text with code, HTML tags and link destinations left
/// out, and with every white-space token that is no word (a URL, a path, a host or file name,
/// an e-mail address, a placeholder, a token with digits) blanked.
fn prose(markup: &str) -> String {
    use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
    let mut text = String::with_capacity(markup.len());
    let mut hidden = 0usize;
    let mut autolinks = 0usize;
    for event in Parser::new_ext(markup, crate::parse::text::markdown_options()) {
        match event {
            Event::Text(t) if hidden == 0 && autolinks == 0 => text.push_str(&t),
            Event::Start(Tag::CodeBlock(_)) => hidden += 1,
            Event::End(TagEnd::CodeBlock) => hidden = hidden.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => autolinks += 1,
            Event::End(TagEnd::Link) => autolinks = autolinks.saturating_sub(1),
            Event::InlineHtml(tag) | Event::Html(tag) => {
                let name = crate::parse::text::element_name(&tag);
                if matches!(
                    name.as_str(),
                    "code" | "var" | "kbd" | "pre" | "samp" | "script" | "style"
                ) {
                    if tag.trim_start().starts_with("</") {
                        hidden = hidden.saturating_sub(1);
                    } else if !tag.trim_end().ends_with("/>") {
                        hidden += 1;
                    }
                }
                text.push(' ');
            }
            Event::Code(_) | Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                text.push(' ');
            }
            _ => {}
        }
    }
    words_only(&text)
}

/// `text` with its white-space tokens that are no words blanked ([`is_word_token`]).
fn words_only(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for token in text.split_whitespace() {
        if !kept.is_empty() {
            kept.push(' ');
        }
        if is_word_token(token) {
            kept.push_str(token);
        }
    }
    kept
}

/// Whether a white-space token of prose may hold words to check: not a URL, path, e-mail
/// address, host or file name, placeholder, or anything with a digit.
fn is_word_token(token: &str) -> bool {
    let inner = token.trim_matches(|c: char| !c.is_alphanumeric());
    !(token.contains("://")
        || token.starts_with("www.")
        || token.contains([
            '@', '/', '\\', '_', '=', '{', '}', '%', '$', '#', '&', '<', '>', '|', '~',
        ])
        || inner.contains('.')
        || token.chars().any(|c| c.is_numeric()))
}

/// LD0517 for every locale whose dictionary was asked for and not found or not readable:
/// once per locale, after every article was checked.
pub fn unchecked(dictionaries: &Dictionaries) -> Vec<Finding> {
    if !dictionaries.enabled {
        return Vec::new();
    }
    let loaded = dictionaries
        .loaded
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    loaded
        .iter()
        .filter_map(|(locale, cell)| match cell.get() {
            Some(Err(why)) => Some((locale, why)),
            _ => None,
        })
        .map(|(locale, why)| {
            Finding::new(
                Code::NoDictionary,
                format!("no spelling dictionary for {locale}: its spelling is not checked"),
                locale,
                (1, 1),
                locale,
                "",
                None,
                None,
            )
            .note(why.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dictionary folder with one tiny Italian dictionary (`it_IT`), in `encoding`.
    fn folder(encoding: &'static encoding_rs::Encoding) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let label = if encoding == encoding_rs::UTF_8 {
            "UTF-8"
        } else {
            "ISO8859-1"
        };
        let aff = format!("SET {label}\nTRY aeiou\n\nSFX S Y 1\nSFX S o i o\n");
        let dic = "9\nchiudere\naccount\nconto/S\nil\nla\ncittà\ndei\ndella\ne\n";
        std::fs::write(dir.path().join("it_IT.aff"), encoding.encode(&aff).0).expect("aff");
        std::fs::write(dir.path().join("it_IT.dic"), encoding.encode(dic).0).expect("dic");
        dir
    }

    fn config(words: &[&str]) -> CheckConfig {
        let mut config = CheckConfig::default();
        config.spelling.enabled = true;
        config.spelling.words = words.iter().map(|w| (*w).to_owned()).collect();
        config.allow = vec!["Contoso Cloud".to_owned()];
        config
    }

    /// The unknown words of one target/source pair in it-IT.
    fn unknown(dictionaries: &Dictionaries, target: &str, source: &str) -> Vec<String> {
        let doc = crate::parse::parse_text(
            "it-IT/a.md",
            &format!(
                "<span data-ttu-id=\"a1b2c-101\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-101\">{source}</span></span>\n"
            ),
        );
        let speller = dictionaries.get("it-IT").expect("the test dictionary");
        let termbase = super::super::terms::Termbase::default();
        let terms = termbase.locale("it-IT");
        let segment = &doc.segments[0];
        let markup = doc.target(segment).expect("a target");
        misspelled(
            &speller,
            segment,
            markup,
            &Skips {
                names: &dictionaries.names,
                terms: &terms,
                words: &dictionaries.words,
            },
        )
    }

    #[test]
    fn code_links_names_numbers_and_english_words_are_not_checked() {
        let dir = folder(encoding_rs::UTF_8);
        let dictionaries = Dictionaries::in_folders(&config(&["tenant"]), vec![dir.path().into()]);
        assert_eq!(
            unknown(&dictionaries, "Chiudere il contto", "Close the account"),
            ["contto"]
        );
        for (target, source) in [
            ("Chiudere `Get-Foo` <code>xyzzy</code> il conto", "Close it"),
            (
                "Chiudere [il conto](https://contoso.com/qwerty) https://aka.ms/zzz",
                "Close",
            ),
            (
                "Chiudere {nome} %s sipfed.online.lync.com C:\\temp\\xx a@b.it",
                "Close",
            ),
            ("Chiudere 42 Office365 Windows10 il conto", "Close"),
            ("Chiudere Contoso Cloud e il tenant", "Close"),
            ("Chiudere PowerShell e SharePoint e TLS", "Close"),
            ("Chiudere i conti dei meeting", "Close the meetings"),
            ("    qwerty asdf\n", "code"),
        ] {
            assert_eq!(
                unknown(&dictionaries, target, source),
                Vec::<String>::new(),
                "{target}"
            );
        }
    }

    #[test]
    fn elided_articles_and_legacy_encodings() {
        let dir = folder(encoding_rs::WINDOWS_1252);
        let dictionaries = Dictionaries::in_folders(&config(&[]), vec![dir.path().into()]);
        // `l'`/`dell'` are not in this dictionary on their own: the word after them is checked.
        assert!(unknown(&dictionaries, "il conto della città", "x").is_empty());
        assert_eq!(unknown(&dictionaries, "l'acount", "x"), ["l'acount"]);
        assert!(unknown(&dictionaries, "la città", "the city").is_empty());
    }

    #[test]
    fn a_locale_without_a_dictionary_is_named_once_with_where_it_was_looked_for() {
        let dir = folder(encoding_rs::UTF_8);
        let dictionaries = Dictionaries::in_folders(&config(&[]), vec![dir.path().into()]);
        assert!(dictionaries.get("it-IT").is_ok());
        assert!(
            dictionaries.get("it-CH").is_err(),
            "no it_CH.dic nor it.dic"
        );
        let why = dictionaries.get("sr-Latn-RS").expect_err("none");
        assert!(why.contains("sr_Latn_RS.dic, sr_RS.dic, sr.dic"), "{why}");
        let notes = unchecked(&dictionaries);
        let named: Vec<(&str, Code)> = notes.iter().map(|f| (f.locale.as_str(), f.code)).collect();
        assert_eq!(
            named,
            [
                ("it-CH", Code::NoDictionary),
                ("sr-Latn-RS", Code::NoDictionary)
            ]
        );
        assert!(notes.iter().all(|f| f.article.is_empty()));
        let off = Dictionaries::in_folders(&CheckConfig::default(), vec![dir.path().into()]);
        assert!(off.get("xx").is_err());
        assert!(
            unchecked(&off).is_empty(),
            "a rule that is off says nothing"
        );
    }

    #[test]
    fn file_names_from_locale_tags() {
        assert_eq!(file_stems("it-IT"), ["it_IT", "it"]);
        assert_eq!(file_stems("fr"), ["fr"]);
        assert_eq!(file_stems("sr-Latn-RS"), ["sr_Latn_RS", "sr_RS", "sr"]);
    }
}
