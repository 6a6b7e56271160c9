//! The rules that compare a whole locale: the same English translated differently, different
//! English translated the same, and length ratios far from the locale's usual.
//!
//! They run in two steps so that a check never needs every document in memory at once. While an
//! article's documents are loaded, [`sample`] keeps a few numbers per segment (hashes of the
//! normalized texts and of the raw pair, the length ratio, where the segment is). Once every
//! article is done, [`run`] finds the candidates from those numbers alone and asks a
//! [`Documents`] for the segments it must read to write the findings.
//!
//! Hashes of the normalized texts only pick candidates: the groups are formed again from the real
//! normalized texts, so a collision of those cannot change a finding. A group's members that
//! carry the very same two texts (a boilerplate sentence translated alike in a hundred articles)
//! are read once, through the first of them: they are told apart by a 128-bit hash of the pair,
//! and the first member of each pair is the only one a finding can point at. That keeps the
//! files read again to the few that hold a new variant instead of every file with a member.

use super::Finding;
use crate::align::normalize_key;
use crate::diagnostic::Code;
use crate::discover::SourceFile;
use crate::parse::{Document, Segment};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

/// Source texts shorter than this (in characters) say too little about length.
const MIN_SOURCE_CHARS: usize = 20;
/// A locale needs this many samples before its usual ratio means anything.
const MIN_SAMPLES: usize = 30;
/// Robust z-score beyond which a ratio is reported.
const THRESHOLD: f64 = 5.0;

/// What the locale-wide rules keep of one segment of an sxs document.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    /// The document, as the caller's file number (what [`Documents::segments`] is asked for).
    file: u32,
    /// The segment's index in its document.
    segment: u32,
    /// The aligned unit number, 0 for none.
    unit: u32,
    /// Where the consistency rules look at the segment: its texts' hashes.
    keys: Option<Keys>,
    /// ln(target chars / source chars), NaN where the length rule does not look at it.
    log_ratio: f64,
}

/// Hashes of a segment's two visible texts.
#[derive(Debug, Clone, Copy)]
struct Keys {
    /// The normalized source (candidate groups of the same English).
    source: u64,
    /// The normalized target (candidate groups of the same translation).
    target: u64,
    /// The raw source and target together (128 bits as two words, so that a sample keeps the
    /// alignment of a `u64`): members with equal pairs are read once.
    pair: [u64; 2],
}

/// Where the documents behind samples come from when findings are written.
pub trait Documents: Sync {
    /// The locale of file `file`.
    fn locale(&self, file: usize) -> &str;
    /// The segments `wanted` (segment indexes by file), with where they are. A file that
    /// cannot be had any more is left out (its findings are then not written).
    fn segments(&self, wanted: &BTreeMap<usize, BTreeSet<usize>>) -> Picked;
}

/// Segments picked out of their documents, by (file, segment index), so that the documents
/// need not stay.
pub type Picked = HashMap<(usize, usize), (Arc<Place>, Segment)>;

/// The file a picked segment is in.
#[derive(Debug)]
pub struct Place {
    rel_path: String,
    article: String,
    locale: String,
}

/// Pick `wanted` out of `segments`, those of `source` (file number `file`).
pub fn pick(
    source: &SourceFile,
    segments: &[Segment],
    file: usize,
    wanted: &BTreeSet<usize>,
    out: &mut Picked,
) {
    let place = Arc::new(Place {
        rel_path: source.rel_path.clone(),
        article: source.article.clone(),
        locale: source.locale.as_str().to_owned(),
    });
    for &i in wanted {
        if let Some(segment) = segments.get(i) {
            out.insert((file, i), (Arc::clone(&place), segment.clone()));
        }
    }
}

/// Samples of every segment of `doc` (an sxs version), file number `file`; `unit_of` gives a
/// segment's unit number.
pub fn sample(
    doc: &Document,
    file: usize,
    unit_of: &dyn Fn(usize) -> Option<usize>,
    out: &mut Vec<Sample>,
) {
    for (i, s) in doc.segments.iter().enumerate() {
        let keys = (s.source_text.split_whitespace().count() >= 3
            && !s.target_text.is_empty()
            && s.target_text != s.source_text)
            .then(|| Keys {
                source: key_hash(&s.source_text),
                target: key_hash(&s.target_text),
                // 128 bits: a member is written from the texts of the first member with its hash.
                pair: crate::hash::pair_hash(&s.source_text, &s.target_text),
            });
        let (t, e) = (s.target_text.chars().count(), s.source_text.chars().count());
        #[allow(
            clippy::cast_precision_loss,
            reason = "character counts are far below 2^52"
        )]
        let log_ratio = if e >= MIN_SOURCE_CHARS && t > 0 {
            (t as f64 / e as f64).ln()
        } else {
            f64::NAN
        };
        if keys.is_none() && log_ratio.is_nan() {
            continue;
        }
        out.push(Sample {
            file: u32::try_from(file).unwrap_or(u32::MAX),
            segment: u32::try_from(i).unwrap_or(u32::MAX),
            unit: unit_of(i).and_then(|u| u32::try_from(u).ok()).unwrap_or(0),
            keys,
            log_ratio,
        });
    }
}

fn key_hash(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    normalize_key(text).hash(&mut hasher);
    hasher.finish()
}

/// A candidate group: samples of one locale whose key side hashes alike and whose other side
/// does not, in document order.
struct Candidates<'s> {
    rule: Rule,
    locale: &'s str,
    members: Vec<&'s Sample>,
}

/// The locale-wide rules over `samples` (in document order: article, locale, segment).
pub fn run(samples: &[Sample], documents: &dyn Documents) -> Vec<Finding> {
    let mut by_locale: BTreeMap<&str, Vec<&Sample>> = BTreeMap::new();
    for s in samples {
        by_locale
            .entry(documents.locale(s.file as usize))
            .or_default()
            .push(s);
    }
    // Candidates from the numbers alone, a locale per core: groups whose other side has more
    // than one hash, and ratios beyond the threshold.
    let per_locale: Vec<(Vec<Candidates<'_>>, Vec<Outlier<'_>>)> = by_locale
        .par_iter()
        .map(|(&locale, samples)| {
            let groups = [Rule::SameEnglish, Rule::SameTarget]
                .into_iter()
                .flat_map(|rule| candidate_groups(rule, locale, samples))
                .collect();
            (groups, length_outliers(locale, samples))
        })
        .collect();
    let (groups, outliers): (Vec<_>, Vec<_>) = per_locale.into_iter().unzip();
    let groups: Vec<Candidates<'_>> = groups.into_iter().flatten().collect();
    let outliers: Vec<Outlier<'_>> = outliers.into_iter().flatten().collect();

    // Each group's first member of every pair (the others are read through it), and outliers.
    let mut wanted: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut want = |s: &Sample| {
        wanted
            .entry(s.file as usize)
            .or_default()
            .insert(s.segment as usize);
    };
    let firsts: Vec<Vec<&Sample>> = groups
        .iter()
        .map(|g| first_of_each_pair(&g.members))
        .collect();
    for s in firsts.iter().flatten() {
        want(s);
    }
    for o in &outliers {
        want(o.sample);
    }
    if wanted.is_empty() {
        return Vec::new();
    }
    let picked = documents.segments(&wanted);
    let get = |s: &Sample| {
        picked
            .get(&(s.file as usize, s.segment as usize))
            .map(|(place, segment)| (&**place, segment, s.unit))
    };
    let mut out = Vec::new();
    for (group, firsts) in groups.iter().zip(&firsts) {
        let by_pair: HashMap<[u64; 2], Member<'_>> = firsts
            .iter()
            .filter_map(|s| Some((s.keys?.pair, get(s)?)))
            .collect();
        // Every member, with the texts of its pair's first member.
        let found: Vec<Member<'_>> = group
            .members
            .iter()
            .filter_map(|s| {
                let (place, segment, _) = by_pair.get(&s.keys?.pair)?;
                Some((*place, *segment, s.unit))
            })
            .collect();
        consistency_group(group.rule, group.locale, &found, &mut out);
    }
    for o in outliers {
        let Some(member) = get(o.sample) else {
            continue;
        };
        let message = format!(
            "the target is {:.1}x the English length; {} is usually {:.2}x (robust z = {:.1})",
            o.sample.log_ratio.exp(),
            o.locale,
            o.center.exp(),
            o.score
        );
        out.push(finding(Code::LengthRatio, message, member));
    }
    out
}

/// The groups of `rule` among one locale's samples, in the order of their key hash (so that the
/// findings come out in the same order on every run), members in document order.
fn candidate_groups<'s>(
    rule: Rule,
    locale: &'s str,
    samples: &[&'s Sample],
) -> Vec<Candidates<'s>> {
    // (key, other, position): sorted, a group is a run of one key; its other sides differ when
    // the run's first and last differ.
    let mut keyed: Vec<(u64, u64, usize)> = samples
        .iter()
        .enumerate()
        .filter_map(|(n, s)| {
            let keys = s.keys?;
            Some(match rule {
                Rule::SameEnglish => (keys.source, keys.target, n),
                Rule::SameTarget => (keys.target, keys.source, n),
            })
        })
        .collect();
    keyed.sort_unstable();
    keyed
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.first().map(|f| f.1) != run.last().map(|l| l.1))
        .map(|run| Candidates {
            rule,
            locale,
            members: {
                let mut positions: Vec<usize> = run.iter().map(|&(_, _, n)| n).collect();
                positions.sort_unstable();
                positions.into_iter().map(|n| samples[n]).collect()
            },
        })
        .collect()
}

/// The first of `members` (in document order) with each pair of texts.
fn first_of_each_pair<'s>(members: &[&'s Sample]) -> Vec<&'s Sample> {
    let mut seen = std::collections::HashSet::new();
    members
        .iter()
        .copied()
        .filter(|s| s.keys.is_some_and(|k| seen.insert(k.pair)))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// The same English translated different ways.
    SameEnglish,
    /// Different English translated the same way.
    SameTarget,
}

/// One of a segment's two visible texts.
type Side = fn(&Segment) -> &str;

/// A segment with its file and unit (0: none).
type Member<'d> = (&'d Place, &'d Segment, u32);

/// A length ratio far from its locale's usual.
struct Outlier<'s> {
    locale: &'s str,
    /// The locale's usual log ratio (the median).
    center: f64,
    /// Robust z-score of the sample's log ratio.
    score: f64,
    sample: &'s Sample,
}

/// Length ratios far from the locale's usual: robust statistics (median and median absolute
/// deviation of the log ratio) over every sample of the locale.
fn length_outliers<'s>(locale: &'s str, samples: &[&'s Sample]) -> Vec<Outlier<'s>> {
    let rated: Vec<&Sample> = samples
        .iter()
        .copied()
        .filter(|s| !s.log_ratio.is_nan())
        .collect();
    if rated.len() < MIN_SAMPLES {
        return Vec::new();
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let center = median(rated.iter().map(|s| s.log_ratio).collect());
    let mad = median(rated.iter().map(|s| (s.log_ratio - center).abs()).collect()) * 1.4826;
    if mad <= f64::EPSILON {
        return Vec::new();
    }
    rated
        .into_iter()
        .filter_map(|s| {
            let score = (s.log_ratio - center) / mad;
            (score.abs() > THRESHOLD).then_some(Outlier {
                locale,
                center,
                score,
                sample: s,
            })
        })
        .collect()
}

/// One candidate group, formed again from the real normalized texts (a hash group may hold
/// several real groups, in theory), each reported where its other side diverges.
fn consistency_group(rule: Rule, locale: &str, members: &[Member<'_>], out: &mut Vec<Finding>) {
    let (key_side, other_side): (Side, Side) = match rule {
        Rule::SameEnglish => (|s| &s.source_text, |s| &s.target_text),
        Rule::SameTarget => (|s| &s.target_text, |s| &s.source_text),
    };
    let mut real: BTreeMap<String, Vec<Member<'_>>> = BTreeMap::new();
    for &member in members {
        real.entry(normalize_key(key_side(member.1)))
            .or_default()
            .push(member);
    }
    for group in real.values() {
        let Some((at, variants)) = divergent(group, other_side) else {
            continue;
        };
        let message = match rule {
            Rule::SameEnglish => format!(
                "the same English is translated {} ways in {locale} ({} occurrences)",
                variants.len(),
                group.len()
            ),
            Rule::SameTarget => format!(
                "{} different English sentences have this same translation",
                variants.len()
            ),
        };
        let code = match rule {
            Rule::SameEnglish => Code::InconsistentTranslation,
            Rule::SameTarget => Code::InconsistentSource,
        };
        out.push(finding(code, message, at).note(variants.join(" | ")));
    }
}

/// Where a group of segments (same key on one side) differs on the other side: the first segment
/// that differs from the group's first, and the distinct variants. `None` when all agree.
fn divergent<'d>(group: &[Member<'d>], side: Side) -> Option<(Member<'d>, Vec<String>)> {
    let mut variants: Vec<&str> = group.iter().map(|m| side(m.1)).collect();
    variants.sort_unstable();
    variants.dedup_by(|a, b| normalize_key(a) == normalize_key(b));
    if variants.len() < 2 {
        return None;
    }
    let first = normalize_key(side(group[0].1));
    let at = group
        .iter()
        .find(|m| normalize_key(side(m.1)) != first)
        .copied()
        .unwrap_or(group[0]);
    Some((at, variants.into_iter().map(str::to_owned).collect()))
}

fn finding(code: Code, message: String, (place, s, unit): Member<'_>) -> Finding {
    let finding = Finding::new(
        code,
        message,
        &place.rel_path,
        (s.line, s.column),
        &place.locale,
        &place.article,
        Some(&s.source_text),
        Some(&s.target_text),
    )
    .segment(s.id.clone());
    match unit {
        0 => finding,
        unit => finding.unit(unit as usize),
    }
}

/// Documents that are all in memory: file `n` is the `n`th.
pub struct InMemory<'a>(pub Vec<&'a Document>);

impl Documents for InMemory<'_> {
    fn locale(&self, file: usize) -> &str {
        self.0.get(file).map_or("", |d| d.locale().as_str())
    }

    fn segments(&self, wanted: &BTreeMap<usize, BTreeSet<usize>>) -> Picked {
        let mut picked = Picked::new();
        for (&file, segments) in wanted {
            if let Some(doc) = self.0.get(file) {
                pick(&doc.file, &doc.segments, file, segments, &mut picked);
            }
        }
        picked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_text;

    fn doc(path: &str, target: &str, source: &str) -> Document {
        parse_text(
            path,
            &format!(
                "<span data-ttu-id=\"a1b2c-101\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-101\">{source}</span></span>\n"
            ),
        )
    }

    fn samples_of(docs: &[&Document]) -> Vec<Sample> {
        let mut samples = Vec::new();
        for (file, doc) in docs.iter().enumerate() {
            sample(doc, file, &|_| Some(1), &mut samples);
        }
        samples
    }

    #[test]
    fn the_same_english_translated_two_ways_is_found() {
        let a = doc(
            "it-IT/a.md",
            "Selezionare Salva adesso.",
            "Select Save now.",
        );
        let b = doc("it-IT/b.md", "Fare clic su Salva.", "Select  Save now.");
        let docs = [&a, &b];
        let found = run(&samples_of(&docs), &InMemory(docs.to_vec()));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, Code::InconsistentTranslation);
        assert_eq!(found[0].path, "it-IT/b.md");
        assert_eq!(found[0].unit, Some(1));
    }

    /// Counts the segments asked for, to see which members are read.
    struct Counting<'a>(InMemory<'a>, std::sync::Mutex<usize>);

    impl Documents for Counting<'_> {
        fn locale(&self, file: usize) -> &str {
            self.0.locale(file)
        }

        fn segments(&self, wanted: &BTreeMap<usize, BTreeSet<usize>>) -> Picked {
            *self.1.lock().expect("not poisoned") +=
                wanted.values().map(BTreeSet::len).sum::<usize>();
            self.0.segments(wanted)
        }
    }

    #[test]
    fn members_with_the_same_texts_are_read_once() {
        let same = |path| doc(path, "Selezionare Salva adesso.", "Select Save now.");
        let (a, b, c) = (same("it-IT/a.md"), same("it-IT/b.md"), same("it-IT/c.md"));
        let d = doc("it-IT/d.md", "Fare clic su Salva.", "Select  Save now.");
        let docs = [&a, &b, &c, &d];
        let samples = samples_of(&docs);
        let counting = Counting(InMemory(docs.to_vec()), Default::default());
        let found = run(&samples, &counting);
        assert_eq!(*counting.1.lock().expect("not poisoned"), 2, "a and d only");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "it-IT/d.md");
        assert!(
            found[0].message.contains("(4 occurrences)"),
            "{}",
            found[0].message
        );

        // Every member read as its own pair gives the very same findings.
        let mut apart = samples.clone();
        for (n, s) in apart.iter_mut().enumerate() {
            if let Some(keys) = &mut s.keys {
                keys.pair = [n as u64, 0];
            }
        }
        let counting = Counting(InMemory(docs.to_vec()), Default::default());
        assert_eq!(run(&apart, &counting), found);
        assert_eq!(*counting.1.lock().expect("not poisoned"), 4);
    }

    #[test]
    fn a_hash_collision_does_not_make_a_finding() {
        let a = doc(
            "it-IT/a.md",
            "Selezionare Salva adesso.",
            "Select Save now.",
        );
        let b = doc("it-IT/b.md", "Fare clic su Annulla.", "Select Cancel now.");
        let docs = [&a, &b];
        let mut samples = samples_of(&docs);
        // Pretend both English sentences hash alike: the real texts must split them again.
        let forged = samples[0].keys.map(|k| k.source);
        for s in &mut samples {
            if let (Some(keys), Some(forged)) = (&mut s.keys, forged) {
                keys.source = forged;
            }
        }
        assert!(run(&samples, &InMemory(docs.to_vec())).is_empty());
    }
}
