//! Plain translations: a translated article without sxs spans, aligned sentence by sentence with
//! its English.
//!
//! Since 2021 Microsoft publishes translations without spans, the English in a repository of its
//! own. To give such an article what an sxs article has, its sentences are paired with the
//! English ones in two steps, with no model and nothing downloaded:
//!
//! 1. **Structure.** The text blocks of both bodies ([`sentences::blocks`]: headings,
//!    paragraphs, list items, table cells, the texts of HTML blocks) are aligned by a dynamic programme over the two
//!    sequences: a pair of blocks costs little when they are of one kind, their lengths agree
//!    with the article's length ratio, and they share anchors (numbers, inline code, link
//!    destinations, URLs, words left untranslated); a block left alone costs a fixed price, so
//!    a translation made from an older English leaves blocks missing or extra instead of
//!    forcing them into pairs.
//! 2. **Sentences.** Inside each pair of blocks, the sentences ([`sentences::sentences`]) are
//!    aligned by a Gale-Church dynamic programme over their lengths, with the same anchors,
//!    allowing 1:1, 1:2, 2:1, 2:2, 1:0 and 0:1 (and up to 1:4 and 4:1, which sentence splitters
//!    that disagree on abbreviations, or on Thai clauses, need).
//!
//! Each [`Unit`] keeps its Markdown on both sides and a confidence in `0..=1` from its cost.

pub mod sentences;

use crate::diagnostic::LineIndex;
use crate::parse::text::visible_text;
use crate::parse::{BlockKind, Document, PairedEnglish, Segment};
use sentences::{Block, blocks};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::{Arc, Mutex};

/// One aligned unit of a plain translation.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The English sentence(s), as a byte range of the English body (empty range: none).
    pub source: Range<usize>,
    /// The translated sentence(s), as a byte range of the translation's body (empty: none).
    pub target: Range<usize>,
    /// The block the sentences stand in (the translation's; the English one's when the
    /// translation has none).
    pub block: BlockKind,
    /// How sure the aligner is, from 0 to 1.
    pub confidence: f64,
}

impl Unit {
    /// Whether the unit pairs English with a translation (not a missing or extra sentence).
    pub fn is_pair(&self) -> bool {
        !self.source.is_empty() && !self.target.is_empty()
    }
}

/// A sentence: its range in the body, its block, its visible length, and its anchors.
struct Sentence {
    range: Range<usize>,
    block: BlockKind,
    len: f64,
    /// Interned anchors, sorted.
    anchors: Vec<u32>,
}

/// Anchor strings as numbers, shared by both sides of one alignment: comparing sorted numbers
/// is what the dynamic programmes do for every pair they try.
#[derive(Default)]
struct Anchors(HashMap<String, u32>);

impl Anchors {
    fn intern(&mut self, anchors: Vec<String>) -> Vec<u32> {
        let mut ids: Vec<u32> = anchors
            .into_iter()
            .map(|a| {
                let next = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
                *self.0.entry(a).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        ids
    }
}

/// A plain translation aligned with its English.
#[derive(Debug, Clone)]
pub struct Alignment<'a> {
    /// The English body, as the units' `source` ranges address it.
    pub english: &'a str,
    /// The translation's body, as the `target` ranges address it.
    pub translation: &'a str,
    /// The units, in the translation's order.
    pub units: Vec<Unit>,
}

impl Alignment<'_> {
    /// The English Markdown of `unit`.
    pub fn source(&self, unit: &Unit) -> &str {
        self.english.get(unit.source.clone()).unwrap_or_default()
    }

    /// The translated Markdown of `unit`.
    pub fn target(&self, unit: &Unit) -> &str {
        self.translation
            .get(unit.target.clone())
            .unwrap_or_default()
    }
}

/// Align the body of a plain translation with the body of its English. Both are read as
/// CommonMark reads them (DocFX layout markers blanked, their content dedented); the units'
/// ranges are of the bodies as given.
pub fn align<'a>(english: &'a str, translation: &'a str) -> Alignment<'a> {
    let prepared_english = crate::parse::blocks::prepare(english);
    let prepared_translation = crate::parse::blocks::prepare(translation);
    let mut units = align_prepared(&prepared_english.text, &prepared_translation.text);
    let back = |prepared: &crate::parse::blocks::Prepared<'_>, range: &Range<usize>| {
        if range.is_empty() {
            range.clone()
        } else {
            prepared.unmap(range.start)..prepared.unmap(range.end)
        }
    };
    for unit in &mut units {
        unit.source = back(&prepared_english, &unit.source);
        unit.target = back(&prepared_translation, &unit.target);
    }
    Alignment {
        english,
        translation,
        units,
    }
}

/// What pairing gives one plain translation: its English and its segments.
#[derive(Debug)]
pub struct Paired {
    english: Arc<PairedEnglish>,
    segments: Vec<Segment>,
}

impl Paired {
    /// Make `doc` the aligned translation: its segments, with sources in the English.
    pub fn apply(self, doc: &mut Document) {
        doc.segments = self.segments;
        doc.english = Some(self.english);
    }
}

/// Whether `doc` is a plain translation not yet paired with its English.
pub fn needs_pairing(doc: &Document, source_locale: &str) -> bool {
    doc.segments.is_empty()
        && doc.english.is_none()
        && !doc.locale().as_str().eq_ignore_ascii_case(source_locale)
}

/// The pairings one pass over a tree made, by file path, so that the next pass over the same
/// files (the render pass after the survey, the locale-wide rules' re-reads) need not align
/// again: aligning is most of what a plain translation costs. Each is kept with a fingerprint
/// of the two texts, and used only while both are unchanged.
#[derive(Debug, Default)]
pub struct Pairings(Mutex<BTreeMap<String, Kept>>);

/// A 128-bit hash of an English text and a translation's.
type Fingerprint = [u64; 2];

/// A pairing as kept: the fingerprint of the texts, and the units.
type Kept = (Fingerprint, Arc<[Unit]>);

impl Pairings {
    fn recall(&self, file: &str, fingerprint: Fingerprint) -> Option<Arc<[Unit]>> {
        let kept = self.0.lock().ok()?;
        kept.get(file)
            .filter(|(f, _)| *f == fingerprint)
            .map(|(_, units)| Arc::clone(units))
    }

    fn keep(&self, file: &str, fingerprint: Fingerprint, units: Arc<[Unit]>) {
        if let Ok(mut kept) = self.0.lock() {
            kept.insert(file.to_owned(), (fingerprint, units));
        }
    }

    /// Take in the pairings of a later pass over some of the files.
    pub fn extend(&self, other: Pairings) {
        let other = other.0.into_inner().unwrap_or_default();
        if let Ok(mut kept) = self.0.lock() {
            kept.extend(other);
        }
    }
}

/// Pair the plain translations among one article's documents with the article's English (its document in `source_locale`): by index into `docs`, what each
/// becomes. Nothing when the article has no English file or no plain translation. Pairings
/// `memory` holds for unchanged texts are used, and new ones kept there.
pub fn pair_article(
    docs: &[&Document],
    source_locale: &str,
    memory: &Pairings,
) -> Vec<(usize, Paired)> {
    if !docs.iter().any(|d| needs_pairing(d, source_locale)) {
        return Vec::new();
    }
    let Some(english) = docs
        .iter()
        .find(|d| d.locale().as_str().eq_ignore_ascii_case(source_locale))
    else {
        return Vec::new();
    };
    let english = PairedEnglish::of(english);
    docs.iter()
        .enumerate()
        .filter(|(_, d)| needs_pairing(d, source_locale))
        .map(|(i, doc)| {
            let file = doc.file.rel_path.as_str();
            let print = crate::hash::pair_hash(english.body(), doc.body());
            let units = memory.recall(file, print).unwrap_or_else(|| {
                let units: Arc<[Unit]> = align(english.body(), doc.body()).units.into();
                memory.keep(file, print, Arc::clone(&units));
                units
            });
            (i, pair(doc, &english, &units))
        })
        .collect()
}

/// Make a segment of every unit of `translation`'s alignment with `english`: a pair, an English
/// sentence the translation lacks (no target, at the place it would stand) or a translated
/// sentence without English (no source). Ids are `plain-N`, N the unit's number.
fn pair(translation: &Document, english: &Arc<PairedEnglish>, units: &[Unit]) -> Paired {
    let visible = |text: &str, range: &Option<Range<usize>>| {
        range
            .clone()
            .and_then(|r| text.get(r))
            .map(visible_text)
            .unwrap_or_default()
    };
    let index = LineIndex::new(&translation.text);
    let (body, english_body) = (translation.body_start, english.body_start);
    let mut at = body;
    let segments = units
        .iter()
        .enumerate()
        .map(|(n, unit)| {
            let target =
                (!unit.target.is_empty()).then(|| body + unit.target.start..body + unit.target.end);
            let source = (!unit.source.is_empty())
                .then(|| english_body + unit.source.start..english_body + unit.source.end);
            let outer = target.clone().unwrap_or(at..at);
            at = outer.end;
            let (line, column) = index.locate(&translation.text, outer.start);
            Segment {
                id: format!("plain-{}", n + 1),
                prefix: None,
                number: u32::try_from(n + 1).ok(),
                paragraph_unit: false,
                target_text: visible(&translation.text, &target),
                source_text: visible(&english.text, &source),
                target,
                source,
                outer,
                line,
                column,
                block: unit.block,
                #[allow(
                    clippy::cast_possible_truncation,
                    reason = "a confidence in 0..=1 needs no more than f32"
                )]
                confidence: Some(unit.confidence as f32),
            }
        })
        .collect();
    Paired {
        english: Arc::clone(english),
        segments,
    }
}

fn align_prepared(english: &str, translation: &str) -> Vec<Unit> {
    let source_blocks = blocks(english);
    let target_blocks = blocks(translation);
    let mut interned = Anchors::default();
    let source: Vec<Vec<Sentence>> = source_blocks
        .iter()
        .map(|b| split(english, b, &mut interned))
        .collect();
    let target: Vec<Vec<Sentence>> = target_blocks
        .iter()
        .map(|b| split(translation, b, &mut interned))
        .collect();
    // The length ratio of the whole article is skewed by what one side lacks: align once with
    // it, then again with the ratio of the blocks that paired.
    let first = length_ratio(&source, &target);
    let pairs = align_blocks(&source_blocks, &target_blocks, &source, &target, first);
    let (mut s, mut t) = (0.0, 0.0);
    for pair in &pairs {
        if let (Some(i), Some(j)) = *pair {
            s += source[i].iter().map(|x| x.len).sum::<f64>();
            t += target[j].iter().map(|x| x.len).sum::<f64>();
        }
    }
    let ratio = if s > 0.0 && t > 0.0 { t / s } else { first };
    let pairs = align_blocks(&source_blocks, &target_blocks, &source, &target, ratio);
    let mut units = Vec::new();
    for (s, t) in pairs {
        match (s, t) {
            (Some(s), Some(t)) => align_sentences(&source[s], &target[t], ratio, &mut units),
            (Some(s), None) => units.extend(source[s].iter().map(|x| Unit {
                source: x.range.clone(),
                target: 0..0,
                block: x.block,
                confidence: 1.0,
            })),
            (None, Some(t)) => units.extend(target[t].iter().map(|x| Unit {
                source: 0..0,
                target: x.range.clone(),
                block: x.block,
                confidence: 1.0,
            })),
            (None, None) => {}
        }
    }
    units
}

fn split(body: &str, block: &Block, interned: &mut Anchors) -> Vec<Sentence> {
    let text = &body[block.range.clone()];
    sentences::sentences(text)
        .into_iter()
        .map(|r| {
            let markdown = &text[r.clone()];
            let visible = visible_text(markdown);
            let range = block.range.start + r.start..block.range.start + r.end;
            Sentence {
                range,
                block: block.kind,
                len: visible.chars().count().max(1) as f64,
                anchors: interned.intern(anchors(markdown, &visible)),
            }
        })
        .collect()
}

/// What a translation keeps as it is: numbers, inline code, link destinations, URLs, and words
/// with a capital or a digit inside (product names, identifiers), in order.
fn anchors(markdown: &str, visible: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        out.push(format!("→{}", &after[..end]));
        rest = &after[end..];
    }
    let mut in_code = false;
    for (i, piece) in markdown.split('`').enumerate() {
        if i > 0 {
            in_code = !in_code;
        }
        if in_code {
            out.push(format!("`{piece}"));
        }
    }
    for word in visible.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-')) {
        let word = word.trim_matches(['.', '-']);
        if word.is_empty() {
            continue;
        }
        let digits = word.chars().any(|c| c.is_ascii_digit());
        let inner_capital = word.chars().skip(1).any(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        if digits || inner_capital {
            out.push(word.to_owned());
        }
    }
    out
}

/// Target characters per source character over the whole article.
fn length_ratio(source: &[Vec<Sentence>], target: &[Vec<Sentence>]) -> f64 {
    let total = |blocks: &[Vec<Sentence>]| -> f64 { blocks.iter().flatten().map(|s| s.len).sum() };
    let (s, t) = (total(source), total(target));
    if s > 0.0 && t > 0.0 { t / s } else { 1.0 }
}

/// How many anchors of one side the other side lacks. A count, not a share: merging sentences
/// must not hide a disagreement.
fn anchor_mismatch(a: &[Sentence], b: &[Sentence]) -> f64 {
    f64::from(unmatched(&merged_anchors(a), &merged_anchors(b)))
}

/// The anchors of consecutive sentences together, sorted.
fn merged_anchors(side: &[Sentence]) -> Cow<'_, [u32]> {
    match side {
        [one] => Cow::Borrowed(&one.anchors),
        _ => {
            let mut all: Vec<u32> = side
                .iter()
                .flat_map(|s| s.anchors.iter().copied())
                .collect();
            all.sort_unstable();
            Cow::Owned(all)
        }
    }
}

/// The size of the symmetric difference of two sorted multisets.
fn unmatched(a: &[u32], b: &[u32]) -> u32 {
    let (mut i, mut j, mut count) = (0, 0, 0u32);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                count += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                count += 1;
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    count + u32::try_from(a.len() - i + b.len() - j).unwrap_or(u32::MAX)
}

/// Gale and Church's length cost: how unlikely a target of length `t` is for a source of length
/// `s`, as −log of a normal's two-sided tail (variance 6.8 per source character).
fn length_cost(s: f64, t: f64, ratio: f64) -> f64 {
    if s == 0.0 && t == 0.0 {
        return 0.0;
    }
    let mean = (s + t / ratio) / 2.0;
    let delta = (ratio * s - t) / (6.8 * ratio * ratio * mean).sqrt().max(1e-9);
    let p = 2.0 * (1.0 - normal_cdf(delta.abs()));
    -(p.max(1e-12)).ln()
}

/// The standard normal's distribution function (Abramowitz and Stegun 26.2.17).
fn normal_cdf(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.231_641_9 * x);
    let poly = t
        * (0.319_381_530
            + t * (-0.356_563_782
                + t * (1.781_477_937 + t * (-1.821_255_978 + t * 1.330_274_429))));
    1.0 - (-x * x / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt() * poly
}

/// The beads the sentence programme may use, with −log of their prior probability.
const BEADS: [(usize, usize, f64); 10] = [
    (1, 1, 0.116),
    (1, 0, 5.3),
    (0, 1, 5.3),
    (2, 1, 3.1),
    (1, 2, 3.1),
    (2, 2, 7.0),
    (3, 1, 5.0),
    (1, 3, 5.0),
    (4, 1, 6.5),
    (1, 4, 6.5),
];

/// Weight of the anchor disagreement in a bead's cost.
const ANCHOR_WEIGHT: f64 = 1.0;

/// Align the sentences of two paired blocks and append the units.
fn align_sentences(source: &[Sentence], target: &[Sentence], ratio: f64, units: &mut Vec<Unit>) {
    let (n, m) = (source.len(), target.len());
    if n == 1 && m == 1 {
        let cost = bead_cost(&source[..1], &target[..1], ratio, 0.0);
        units.push(unit(&source[..1], &target[..1], cost));
        return;
    }
    let moves: Vec<(usize, usize)> = BEADS.iter().map(|&(a, b, _)| (a, b)).collect();
    let steps = cheapest_path(n, m, None, &moves, &|i, j, a, b| {
        let prior = BEADS
            .iter()
            .find(|bead| (bead.0, bead.1) == (a, b))
            .map_or(f64::INFINITY, |bead| bead.2);
        bead_cost(&source[i..i + a], &target[j..j + b], ratio, prior)
    });
    for (s, t, step) in steps {
        units.push(unit(&source[s], &target[t], step));
    }
}

/// One step of a path through the alignment grid: the source and target items it takes, and
/// what it cost.
type Step = (Range<usize>, Range<usize>, f64);

/// The cheapest monotone path from `(0, 0)` to `(n, m)` by `moves` (`(a, b)`: take `a` source
/// and `b` target items), a move from `(i, j)` costing `cost(i, j, a, b)`; its steps in order.
/// Of equal costs the earlier move in `moves` wins, so the result does not depend on anything
/// but the input. With a `band`, only cells that close to the straight line from `(0, 0)` to
/// `(n, m)` are tried. The one dynamic programme under both the block and the sentence alignment.
fn cheapest_path(
    n: usize,
    m: usize,
    band: Option<usize>,
    moves: &[(usize, usize)],
    cost: &dyn Fn(usize, usize, usize, usize) -> f64,
) -> Vec<Step> {
    const NONE: u8 = u8::MAX;
    let width = m + 1;
    let mut total = vec![f64::INFINITY; (n + 1) * width];
    // The move (its index in `moves`) that reached each cell most cheaply.
    let mut back = vec![NONE; (n + 1) * width];
    total[0] = 0.0;
    for i in 0..=n {
        // Within `band` of the straight line from (0, 0) to (n, m), when there is one.
        let (from, to) = band.map_or((0, m), |band| {
            let centre = (i * m).checked_div(n).unwrap_or(m);
            (centre.saturating_sub(band), (centre + band).min(m))
        });
        for j in from..=to {
            let here = total[i * width + j];
            if !here.is_finite() {
                continue;
            }
            for (k, &(a, b)) in moves.iter().enumerate() {
                if i + a > n || j + b > m {
                    continue;
                }
                let c = here + cost(i, j, a, b);
                let to = (i + a) * width + j + b;
                if c < total[to] {
                    total[to] = c;
                    back[to] = u8::try_from(k).unwrap_or(NONE);
                }
            }
        }
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(&(a, b)) = moves.get(usize::from(back[i * width + j])) else {
            break;
        };
        let cost = total[i * width + j] - total[(i - a) * width + j - b];
        steps.push((i - a..i, j - b..j, cost));
        i -= a;
        j -= b;
    }
    steps.reverse();
    steps
}

fn bead_cost(source: &[Sentence], target: &[Sentence], ratio: f64, prior: f64) -> f64 {
    let s: f64 = source.iter().map(|x| x.len).sum();
    let t: f64 = target.iter().map(|x| x.len).sum();
    prior + length_cost(s, t, ratio) + ANCHOR_WEIGHT * anchor_mismatch(source, target)
}

fn unit(source: &[Sentence], target: &[Sentence], cost: f64) -> Unit {
    let span = |x: &[Sentence]| match (x.first(), x.last()) {
        (Some(first), Some(last)) => first.range.start..last.range.end,
        _ => 0..0,
    };
    let block = target
        .first()
        .or(source.first())
        .map_or(BlockKind::Paragraph, |x| x.block);
    Unit {
        source: span(source),
        target: span(target),
        block,
        confidence: (-cost / 4.0).exp().clamp(0.0, 1.0),
    }
}

/// Cost of leaving a block without a partner.
const BLOCK_SKIP: f64 = 8.0;

/// The most that disagreeing anchors add to a pair of blocks. A long cell whose translation
/// localizes every date and number disagrees on all of them; uncapped, that outweighs leaving
/// both blocks alone, and a translated cell would be reported missing beside an extra one.
const BLOCK_ANCHOR_CAP: f64 = 12.0;

/// Align the block sequences: `(source block, target block)` in order, either side `None` for
/// a block left alone.
fn align_blocks(
    source_blocks: &[Block],
    target_blocks: &[Block],
    source: &[Vec<Sentence>],
    target: &[Vec<Sentence>],
    ratio: f64,
) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (source_blocks.len(), target_blocks.len());
    // Each block's length and anchors, once: the programme tries every pair of blocks.
    // Each block's log length and anchors, once: the programme tries every pair of blocks.
    let facts = |sentences: &[Vec<Sentence>]| -> Vec<(f64, Vec<u32>)> {
        sentences
            .iter()
            .map(|block| {
                let len: f64 = block.iter().map(|x| x.len).sum();
                (len.ln(), merged_anchors(block).into_owned())
            })
            .collect()
    };
    let (source_facts, target_facts) = (facts(source), facts(target));
    let log_ratio = ratio.ln();
    let pair_cost = |i: usize, j: usize| -> f64 {
        let kind = if source_blocks[i].kind == target_blocks[j].kind {
            0.0
        } else {
            BLOCK_SKIP
        };
        let ((log_s, a), (log_t, b)) = (&source_facts[i], &target_facts[j]);
        let anchors = f64::from(unmatched(a, b)).min(BLOCK_ANCHOR_CAP);
        // |ln(t / (ratio · s))|: how far the lengths are from the expected ratio.
        kind + (log_t - log_ratio - log_s).abs() * 2.0 + ANCHOR_WEIGHT * anchors
    };
    // A path strays from the straight line by what one side lacks, and by a few blocks more.
    let band = n.abs_diff(m) + (n.max(m) / 10).max(40);
    let steps = cheapest_path(
        n,
        m,
        Some(band),
        &[(1, 1), (1, 0), (0, 1)],
        &|i, j, a, b| {
            if (a, b) == (1, 1) {
                pair_cost(i, j)
            } else {
                BLOCK_SKIP
            }
        },
    );
    steps
        .into_iter()
        .map(|(s, t, _)| {
            let one = |r: Range<usize>| (!r.is_empty()).then_some(r.start);
            (one(s), one(t))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(english: &str, translation: &str) -> Vec<(String, String)> {
        let aligned = align(english, translation);
        aligned
            .units
            .iter()
            .map(|u| (aligned.source(u).to_owned(), aligned.target(u).to_owned()))
            .collect()
    }

    #[test]
    fn sentences_pair_inside_blocks_that_pair() {
        let english = "# Close your account\n\nSign in first. Then open the settings.\n\n- Select **Close**.\n";
        let italian = "# Chiudere l'account\n\nAccedere prima. Aprire poi le impostazioni.\n\n- Selezionare **Chiudi**.\n";
        assert_eq!(
            pairs(english, italian),
            [
                (
                    "Close your account".to_owned(),
                    "Chiudere l'account".to_owned()
                ),
                ("Sign in first.".to_owned(), "Accedere prima.".to_owned()),
                (
                    "Then open the settings.".to_owned(),
                    "Aprire poi le impostazioni.".to_owned()
                ),
                (
                    "Select **Close**.".to_owned(),
                    "Selezionare **Chiudi**.".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn two_english_sentences_translated_as_one_are_one_unit() {
        let english =
            "Open the portal. It is at portal.office.com. Then sign in with your account.\n";
        let german = "Öffnen Sie das Portal unter portal.office.com. Melden Sie sich dann mit Ihrem Konto an.\n";
        assert_eq!(
            pairs(english, german),
            [
                (
                    "Open the portal. It is at portal.office.com.".to_owned(),
                    "Öffnen Sie das Portal unter portal.office.com.".to_owned()
                ),
                (
                    "Then sign in with your account.".to_owned(),
                    "Melden Sie sich dann mit Ihrem Konto an.".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_paragraph_the_translation_lacks_is_missing_not_forced_into_a_pair() {
        let english = "# Title\n\nFirst paragraph here.\n\nA paragraph added to the English later, with Contoso 2024.\n\nLast paragraph.\n";
        let spanish = "# Título\n\nPrimer párrafo aquí.\n\nÚltimo párrafo.\n";
        let aligned = align(english, spanish);
        let units = &aligned.units;
        let missing: Vec<&str> = units
            .iter()
            .filter(|u| u.target.is_empty())
            .map(|u| aligned.source(u))
            .collect();
        assert_eq!(
            missing,
            ["A paragraph added to the English later, with Contoso 2024."]
        );
        assert_eq!(units.iter().filter(|u| u.is_pair()).count(), 3);
    }
}
