//! Align: join the locale versions of one article into units by their embedded English.
//!
//! Ids are not keys across locales: the prefix is a per-file-version hash, and a locale that
//! merged sentences into one `pN` unit numbers everything after it differently (FORMAT.md §1-§2).
//! What the versions share is the English they were translated from, so alignment compares the
//! embedded sources' visible text, white space removed and locale codes in URLs masked
//! (`/ja-jp/` and `/en-us/` are the same link).
//!
//! Plain translations take part once [`crate::plain`] has paired them with the English file:
//! their segments carry that English, so they align like sxs versions.
//!
//! One version is the *reference*: an sxs version before a plain one, then the newest hand-off
//! (then the most segments, then the first locale by name). Every other version is aligned to
//! the units built so far with a diff on the English keys; where the diff finds no exact match, a small dynamic programme finds 1:n and
//! n:1 groups whose concatenated English is equal, and pairs what is left by similarity as
//! *drift* (the English differs: translated from another version). A segment the reference lacks
//! becomes a new unit (*extra*), so later versions can align to it too; a unit a version lacks is
//! *missing* there. Units joined by a group in any version become one unit in all versions.

use crate::english::{self, EnglishArticle};
use crate::parse::{Document, Segment};
use pulldown_cmark::{Event, Parser};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// Regions larger than this many cells are aligned greedily instead of by dynamic programming.
const MAX_DP_CELLS: usize = 400_000;
/// Minimum similarity (0-1) for two unmatched segments to count as one unit whose English drifted.
const DRIFT_SIMILARITY: f32 = 0.5;

/// How one locale's version of a unit relates to the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Same English as the unit (1:1, 1:n or n:1).
    Aligned,
    /// Present, but translated from different English.
    Drift,
    /// The locale has no segment for this unit.
    Missing,
    /// The locale has this unit and the reference does not.
    Extra,
}

impl VersionKind {
    /// Whether the version has segments paired with English (sxs or plain), so that it takes
    /// part in the units.
    pub fn is_paired(self) -> bool {
        matches!(self, VersionKind::Sxs | VersionKind::Plain)
    }
}

impl Status {
    /// Lower-case name as used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Aligned => "aligned",
            Status::Drift => "drift",
            Status::Missing => "missing",
            Status::Extra => "extra",
        }
    }
}

/// How a locale version takes part in the alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionKind {
    /// Has sxs spans: aligned segment by segment.
    Sxs,
    /// A plain translation paired with its English file ([`crate::plain`]): aligned like sxs,
    /// each segment with the aligner's confidence.
    Plain,
    /// A translation without spans and without an English file to pair it with.
    Unaligned,
    /// The English article of the source locale: the reference embedded sources are checked against.
    English,
}

/// One locale version of an article.
#[derive(Debug, Clone)]
pub struct Version<'a> {
    /// The parsed file.
    pub doc: &'a Document,
    /// How it takes part.
    pub kind: VersionKind,
}

/// One locale's part of a unit.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The locale version.
    pub doc: &'a Document,
    /// The segments of that version in this unit, in document order (empty when missing).
    pub segments: Vec<&'a Segment>,
    /// Their indices in the document's `segments`.
    pub indices: Vec<usize>,
    /// How they relate to the unit's English.
    pub status: Status,
    /// Whether this locale's embedded English occurs in the current English article, when there
    /// is a real one (`false`: a stale translation, made from English that has since changed).
    pub in_current_english: Option<bool>,
}

impl Entry<'_> {
    /// The targets' markup, joined by a space.
    pub fn target(&self) -> String {
        join(
            self.segments
                .iter()
                .map(|s| self.doc.target(s).unwrap_or_default()),
        )
    }

    /// The sources' markup, joined by a space.
    pub fn source(&self) -> String {
        join(
            self.segments
                .iter()
                .map(|s| self.doc.source(s).unwrap_or_default()),
        )
    }

    /// The sources' visible text, joined by a space.
    pub fn source_text(&self) -> String {
        join(self.segments.iter().map(|s| s.source_text.as_str()))
    }

    /// The segment ids.
    pub fn ids(&self) -> Vec<&str> {
        self.segments.iter().map(|s| s.id.as_str()).collect()
    }
}

/// One aligned unit: the same English sentence(s) in every locale that has them.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    /// 1-based number, in reference order: `#seg-N` names the unit on every locale's page.
    pub number: usize,
    /// The unit's English markup (from the version it was first seen in).
    pub english: String,
    /// The unit's English visible text.
    pub english_text: String,
    /// Whether the English occurs in the current English article, when there is a real one.
    pub in_current_english: Option<bool>,
    /// One entry per sxs version, in locale order (versions that lack an extra unit are left out).
    pub entries: Vec<Entry<'a>>,
}

impl Unit<'_> {
    /// The worst status over the entries (aligned < drift < missing < extra).
    pub fn status(&self) -> Status {
        self.entries
            .iter()
            .map(|e| e.status)
            .max()
            .unwrap_or(Status::Aligned)
    }
}

/// All locale versions of one article, and their units.
#[derive(Debug, Clone)]
pub struct ArticleAlignment<'a> {
    /// The article key (path below the locale folder).
    pub article: String,
    /// Every version, in locale order.
    pub versions: Vec<Version<'a>>,
    /// The locale whose version is the reference, if any version has spans.
    pub reference: Option<String>,
    /// Units in order.
    pub units: Vec<Unit<'a>>,
    /// The English article: the real one if the source locale has the file, else rebuilt from the reference.
    pub english: Option<EnglishArticle>,
    /// The locale of the English (`source_locale` in `locdoc.toml`): the source language the
    /// exchange formats name.
    pub source_locale: String,
}

/// Align every article of `documents`. `source_locale` (e.g. `en-US`) marks the English files.
/// Articles come out sorted by key; the work is spread over all cores.
pub fn align_all<'a>(
    documents: impl IntoIterator<Item = &'a Document>,
    source_locale: &str,
) -> Vec<ArticleAlignment<'a>> {
    let mut by_article: BTreeMap<&str, Vec<&'a Document>> = BTreeMap::new();
    for doc in documents {
        by_article
            .entry(doc.file.article.as_str())
            .or_default()
            .push(doc);
    }
    by_article
        .into_par_iter()
        .map(|(article, docs)| align_article(article, docs, source_locale))
        .collect()
}

/// A unit slot while versions are being added: where a unit's segments are collected.
struct Slot<'a> {
    key: String,
    origin: &'a Document,
    origin_segment: &'a Segment,
    from_reference: bool,
    joined_with_next: bool,
    /// Per version index: segments and whether any was drift.
    members: BTreeMap<usize, (Vec<usize>, bool)>,
}

/// Align the versions of one article.
pub fn align_article<'a>(
    article: &str,
    mut docs: Vec<&'a Document>,
    source_locale: &str,
) -> ArticleAlignment<'a> {
    docs.sort_by(|a, b| a.locale().cmp(b.locale()));
    let versions: Vec<Version<'a>> = docs
        .iter()
        .map(|doc| Version {
            doc,
            kind: if doc.locale().as_str().eq_ignore_ascii_case(source_locale) {
                VersionKind::English
            } else if doc.is_sxs() {
                VersionKind::Sxs
            } else if doc.is_plain_aligned() {
                VersionKind::Plain
            } else {
                VersionKind::Unaligned
            },
        })
        .collect();
    let mut sxs: Vec<usize> = (0..versions.len())
        .filter(|&i| versions[i].kind.is_paired())
        .collect();
    // An sxs version is the reference before any plain one: its spans are the translation
    // tool's own units, where a plain translation's are the aligner's guess.
    sxs.sort_by(|&a, &b| {
        let (da, db) = (versions[a].doc, versions[b].doc);
        da.is_plain_aligned()
            .cmp(&db.is_plain_aligned())
            .then(
                db.front_matter
                    .ms_lasthandoff
                    .cmp(&da.front_matter.ms_lasthandoff),
            )
            .then(db.segments.len().cmp(&da.segments.len()))
            .then(da.locale().cmp(db.locale()))
    });
    let english_doc = versions
        .iter()
        .find(|v| v.kind == VersionKind::English)
        .map(|v| v.doc);
    let reference = sxs.first().map(|&i| versions[i].doc);
    let english = english_doc
        .map(english::from_english_file)
        .or_else(|| reference.map(english::rebuild));

    let mut slots: Vec<Slot<'a>> = Vec::new();
    for (order, &v) in sxs.iter().enumerate() {
        let doc = versions[v].doc;
        let keys: Vec<String> = doc.segments.iter().map(|s| segment_key(doc, s)).collect();
        if order == 0 {
            for (i, (segment, key)) in doc.segments.iter().zip(keys).enumerate() {
                slots.push(Slot {
                    key,
                    origin: doc,
                    origin_segment: segment,
                    // A plain translation's sentence without English is extra wherever it is.
                    from_reference: !(doc.is_plain_aligned() && segment.source.is_none()),
                    joined_with_next: false,
                    members: BTreeMap::from([(v, (vec![i], false))]),
                });
            }
            continue;
        }
        let slot_keys: Vec<&str> = slots.iter().map(|s| s.key.as_str()).collect();
        let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let ops = align_sequences(&slot_keys, &key_refs, |a, b| {
            similarity(
                &slots[a].origin_segment.source_text,
                &doc.segments[b].source_text,
            )
        });
        let mut inserts: Vec<(usize, Slot<'a>)> = Vec::new();
        for op in ops {
            match op {
                Op::Group(a, b) => {
                    for slot in &mut slots[a.start..a.end - 1] {
                        slot.joined_with_next = true;
                    }
                    slots[a.start].members.insert(v, (b.collect(), false));
                }
                Op::Drift(a, b) => {
                    slots[a].members.insert(v, (vec![b], true));
                }
                Op::Missing(_) => {}
                Op::Extra(b, before) => inserts.push((
                    before,
                    Slot {
                        key: keys[b].clone(),
                        origin: doc,
                        origin_segment: &doc.segments[b],
                        from_reference: false,
                        joined_with_next: false,
                        members: BTreeMap::from([(v, (vec![b], false))]),
                    },
                )),
            }
        }
        for (before, slot) in inserts.into_iter().rev() {
            slots.insert(before.min(slots.len()), slot);
        }
    }

    let current_english = english_doc.map(|doc| normalized_visible_body(doc.body()));
    let units = build_units(slots, &versions, &sxs, current_english.as_deref());
    ArticleAlignment {
        article: article.to_owned(),
        reference: reference.map(|d| d.locale().to_string()),
        versions,
        units,
        english,
        source_locale: source_locale.to_owned(),
    }
}

fn build_units<'a>(
    slots: Vec<Slot<'a>>,
    versions: &[Version<'a>],
    sxs: &[usize],
    current_english: Option<&str>,
) -> Vec<Unit<'a>> {
    let mut units = Vec::new();
    let mut group: Vec<Slot<'a>> = Vec::new();
    let mut sxs_in_locale_order = sxs.to_vec();
    sxs_in_locale_order.sort_unstable();
    for slot in slots {
        let joined = slot.joined_with_next;
        group.push(slot);
        if joined {
            continue;
        }
        let members = std::mem::take(&mut group);
        let from_reference = members.iter().any(|s| s.from_reference);
        let english = join(
            members
                .iter()
                .map(|s| s.origin.source(s.origin_segment).unwrap_or_default()),
        );
        let english_text = join(
            members
                .iter()
                .map(|s| s.origin_segment.source_text.as_str()),
        );
        let key: String = members.iter().map(|s| s.key.as_str()).collect();
        let mut entries = Vec::new();
        for &v in &sxs_in_locale_order {
            let doc = versions[v].doc;
            let mut indices: Vec<usize> = Vec::new();
            let mut drift = false;
            for slot in &members {
                if let Some((segs, d)) = slot.members.get(&v) {
                    indices.extend(segs);
                    drift |= d;
                }
            }
            indices.sort_unstable();
            indices.dedup();
            // An English sentence a plain translation lacks is a segment without a target.
            if doc.is_plain_aligned() && indices.iter().all(|&i| doc.segments[i].target.is_none()) {
                indices.clear();
            }
            let status = match (indices.is_empty(), drift, from_reference) {
                (true, _, true) => Status::Missing,
                (true, _, false) => continue,
                (false, true, _) => Status::Drift,
                (false, false, true) => Status::Aligned,
                (false, false, false) => Status::Extra,
            };
            let segments: Vec<&'a Segment> = indices.iter().map(|&i| &doc.segments[i]).collect();
            // A plain translation was paired with the current English itself.
            let in_current_english = current_english.map(|en| {
                let own: String = segments.iter().map(|s| segment_key(doc, s)).collect();
                doc.is_plain_aligned() || (!own.is_empty() && en.contains(&own))
            });
            entries.push(Entry {
                doc,
                indices,
                segments,
                status,
                in_current_english,
            });
        }
        units.push(Unit {
            number: units.len() + 1,
            english,
            english_text,
            in_current_english: current_english.map(|en| {
                members.iter().any(|s| s.origin.is_plain_aligned())
                    || (!key.is_empty() && en.contains(&key))
            }),
            entries,
        });
    }
    units
}

/// One step of aligning sequence `a` (unit slots) with `b` (a version's segments).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `a[range]` and `b[range]` have the same concatenated English (1:1, 1:n, n:1 or n:m).
    Group(Range<usize>, Range<usize>),
    /// `a[i]` and `b[j]` stand for the same sentence but their English differs.
    Drift(usize, usize),
    /// `a[i]` has no counterpart in `b`.
    Missing(usize),
    /// `b[j]` has no counterpart in `a`; it belongs before `a[i]` (`a.len()` for the end).
    Extra(usize, usize),
}

/// Align two sequences of English keys; see the module documentation. `similarity(i, j)` rates
/// how alike `a[i]` and `b[j]` are (0-1), to pair what does not match exactly as drift.
pub fn align_sequences(
    a: &[&str],
    b: &[&str],
    similarity: impl Fn(usize, usize) -> f32,
) -> Vec<Op> {
    let diff = similar::capture_diff_slices(similar::Algorithm::Myers, a, b);
    let mut ops = Vec::new();
    let mut region: Option<(Range<usize>, Range<usize>)> = None;
    for op in diff {
        if let similar::DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            if let Some((ra, rb)) = region.take() {
                align_region(a, b, ra, rb, &similarity, &mut ops);
            }
            ops.extend((0..len).map(|k| {
                Op::Group(
                    old_index + k..old_index + k + 1,
                    new_index + k..new_index + k + 1,
                )
            }));
        } else {
            let (ra, rb) = (op.old_range(), op.new_range());
            region = Some(match region {
                Some((pa, pb)) => (pa.start..ra.end.max(pa.end), pb.start..rb.end.max(pb.end)),
                None => (ra, rb),
            });
        }
    }
    if let Some((ra, rb)) = region {
        align_region(a, b, ra, rb, &similarity, &mut ops);
    }
    ops
}

/// The group starting at `a[i]`, `b[j]` whose concatenations are equal, if any: grow whichever
/// side is a proper prefix of the other until they are equal or diverge.
fn group_at(
    a: &[&str],
    b: &[&str],
    i: usize,
    j: usize,
    a_end: usize,
    b_end: usize,
) -> Option<(usize, usize)> {
    let (mut ia, mut jb) = (i + 1, j + 1);
    let (mut sa, mut sb) = (a[i].to_owned(), b[j].to_owned());
    loop {
        if sa == sb {
            return (!sa.is_empty() || (ia - i == 1 && jb - j == 1)).then_some((ia, jb));
        }
        if sb.starts_with(sa.as_str()) && ia < a_end {
            sa.push_str(a[ia]);
            ia += 1;
        } else if sa.starts_with(sb.as_str()) && jb < b_end {
            sb.push_str(b[jb]);
            jb += 1;
        } else {
            return None;
        }
    }
}

fn align_region(
    a: &[&str],
    b: &[&str],
    ra: Range<usize>,
    rb: Range<usize>,
    similarity: &impl Fn(usize, usize) -> f32,
    ops: &mut Vec<Op>,
) {
    let (n, m) = (ra.len(), rb.len());
    // Matched (a, b) groups in order; everything else is unmatched.
    let mut groups: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    if n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_DP_CELLS {
        // score[i][j]: most elements matched in groups aligning a[ra.start+i..] with b[rb.start+j..].
        let width = m + 1;
        let mut score = vec![0u32; (n + 1) * (m + 1)];
        let mut choice: Vec<Option<(usize, usize)>> = vec![None; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                let mut best = score[(i + 1) * width + j].max(score[i * width + j + 1]);
                if let Some((ie, je)) = group_at(a, b, ra.start + i, rb.start + j, ra.end, rb.end) {
                    let (ie, je) = (ie - ra.start, je - rb.start);
                    let take =
                        score[ie * width + je] + u32::try_from(ie - i + je - j).unwrap_or(u32::MAX);
                    if take > best {
                        best = take;
                        choice[i * width + j] = Some((ie, je));
                    }
                }
                score[i * width + j] = best;
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            if let Some((ie, je)) = choice[i * width + j] {
                groups.push((ra.start + i..ra.start + ie, rb.start + j..rb.start + je));
                i = ie;
                j = je;
            } else if score[(i + 1) * width + j] >= score[i * width + j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    let (mut pa, mut pb) = (ra.start, rb.start);
    for (ga, gb) in groups {
        unmatched(pa..ga.start, pb..gb.start, similarity, ops);
        pa = ga.end;
        pb = gb.end;
        ops.push(Op::Group(ga, gb));
    }
    unmatched(pa..ra.end, pb..rb.end, similarity, ops);
}

/// Pair leftovers between two matches as drift where they are alike, in order; the rest are
/// missing (from `a`) or extra (from `b`).
fn unmatched(
    ra: Range<usize>,
    rb: Range<usize>,
    similarity: &impl Fn(usize, usize) -> f32,
    ops: &mut Vec<Op>,
) {
    let mut j = rb.start;
    for i in ra.clone() {
        let found = (j..rb.end).find(|&k| similarity(i, k) >= DRIFT_SIMILARITY);
        match found {
            Some(k) => {
                ops.extend((j..k).map(|e| Op::Extra(e, i)));
                ops.push(Op::Drift(i, k));
                j = k + 1;
            }
            None => ops.push(Op::Missing(i)),
        }
    }
    ops.extend((j..rb.end).map(|e| Op::Extra(e, ra.end)));
}

/// The alignment key of a segment: its source's visible text without white space and with URL
/// locale codes masked; the source markup where the visible text is empty (an image, say).
fn segment_key(doc: &Document, segment: &Segment) -> String {
    if doc.is_plain_aligned() && segment.source.is_none() {
        // Matches nothing: a sentence without English is no other version's sentence.
        return format!("\u{1}{}\u{1}{}", doc.locale(), segment.id);
    }
    if segment.source_text.is_empty() {
        normalize_key(doc.source(segment).unwrap_or_default())
    } else {
        normalize_key(&segment.source_text)
    }
}

/// Remove white space and mask locale codes in URL paths (`/ja-JP/` → `/xx-xx/`).
pub fn normalize_key(text: &str) -> String {
    let mut compact = String::with_capacity(text.len());
    let (bytes, mut run_start, mut i) = (text.as_bytes(), 0, 0);
    while i < bytes.len() {
        let (width, space) = match bytes[i] {
            b if b.is_ascii() => (1, b.is_ascii_whitespace() || b == 0x0b),
            // Only these lead bytes begin a non-ASCII white space (U+0085 … U+3000).
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = text[i..].chars().next().unwrap_or_default();
                (c.len_utf8(), c.is_whitespace())
            }
            b if b < 0xE0 => (2, false),
            b if b < 0xF0 => (3, false),
            _ => (4, false),
        };
        if space {
            compact.push_str(&text[run_start..i]);
            run_start = i + width;
        }
        i += width;
    }
    compact.push_str(&text[run_start..]);
    mask_url_locales(compact)
}

fn mask_url_locales(text: String) -> String {
    if !text.contains('/') {
        return text;
    }
    let parts: Vec<&str> = text.split('/').collect();
    let last = parts.len() - 1;
    let masked = |i: usize, part: &str| i > 0 && i < last && is_locale_code(part);
    if !parts.iter().enumerate().any(|(i, part)| masked(i, part)) {
        return text;
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, &part)| if masked(i, part) { "xx-xx" } else { part })
        .collect::<Vec<_>>()
        .join("/")
}

fn is_locale_code(part: &str) -> bool {
    let Some((lang, region)) = part.split_once('-') else {
        return false;
    };
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphabetic())
        && (2..=4).contains(&region.len())
        && region.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The visible text of a whole Markdown body, normalized like keys, to look embedded English up in.
fn normalized_visible_body(body: &str) -> String {
    let mut text = String::with_capacity(body.len());
    for event in Parser::new_ext(body, crate::parse::text::markdown_options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::InlineHtml(h) | Event::Html(h) => {
                text.push_str(&crate::parse::text::visible_text(&h))
            }
            _ => {}
        }
    }
    normalize_key(&text)
}

/// Similarity of two texts, 0 (nothing shared) to 1 (equal), by a character diff.
pub fn similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    similar::TextDiff::from_words(a, b).ratio()
}

fn join<'s>(parts: impl Iterator<Item = &'s str>) -> String {
    let mut out = String::new();
    for part in parts {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(a: &[&str], b: &[&str]) -> Vec<Op> {
        align_sequences(a, b, |i, j| similarity(a[i], b[j]))
    }

    #[test]
    fn merges_and_splits_become_groups() {
        let a = ["Ifyousee.", "Formore,see:", "Update"];
        let b = ["Ifyousee.Formore,see:", "Update"];
        assert_eq!(ops(&a, &b), [Op::Group(0..2, 0..1), Op::Group(2..3, 1..2)]);
        assert_eq!(ops(&b, &a), [Op::Group(0..1, 0..2), Op::Group(1..2, 2..3)]);
    }

    #[test]
    fn drift_missing_extra() {
        let a = ["Selectthethreedots(moreactions).", "Gone.", "Same."];
        let b = [
            "Selectthethreedots(moreactions)now.",
            "Same.",
            "Relatedcontent",
        ];
        let a_words = ["Select the three dots (more actions).", "Gone.", "Same."];
        let b_words = [
            "Select the three dots (more actions) now.",
            "Same.",
            "Related content",
        ];
        let got = align_sequences(&a, &b, |i, j| similarity(a_words[i], b_words[j]));
        assert_eq!(
            got,
            [
                Op::Drift(0, 0),
                Op::Missing(1),
                Op::Group(2..3, 1..2),
                Op::Extra(2, 3)
            ]
        );
    }

    #[test]
    fn url_locale_codes_are_masked() {
        assert_eq!(
            normalize_key("See [x](https://support.microsoft.com/ja-JP/office/a)"),
            normalize_key("See  [x](https://support.microsoft.com/en-us/office/a)")
        );
        assert_ne!(normalize_key("a/b-c/d"), normalize_key("a/bcd/d"));
    }

    #[test]
    fn keys_drop_every_unicode_white_space() {
        let text = "a b\tc\nd\x0be\x0cf\rg\u{85}h\u{a0}i\u{3000}j\u{2009}k\u{202f}l\u{200b}m 日本\u{3000}語";
        let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(normalize_key(text), expected);
        assert_eq!(normalize_key("  "), "");
        assert_eq!(
            normalize_key("ja-JP/a/en-us"),
            "ja-JP/a/en-us",
            "first and last parts stay"
        );
        assert_eq!(normalize_key("x/ja-JP/y"), "x/xx-xx/y");
    }
}
