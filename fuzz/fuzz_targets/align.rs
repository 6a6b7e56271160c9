//! `align`: two locale versions of one article (and, after a second 0xFF byte, its English file)
//! through `align_all` and the unit JSONL export.
//!
//! The input is split at 0xFF bytes (never part of UTF-8): `it-IT/x.md`, `ro-RO/x.md`,
//! `en-US/x.md`. Guards what `src/align.rs` promises: every segment of every sxs version is in
//! exactly one unit; a unit's aligned entries have the same English key (the concatenation of
//! their segments' keys, as the diff and the groups compare them); units are numbered 1..=n;
//! entries point at their own segments; a missing entry has none; the reference's entry of a unit
//! is aligned and a unit without it is an extra; `in_current_english` is known exactly when
//! there is a real English file.

#![no_main]

use libfuzzer_sys::fuzz_target;
use locdoc::align::{self, Status, VersionKind};
use locdoc::{Document, Segment, export, parse};

const PATHS: [&str; 3] = ["it-IT/x.md", "ro-RO/x.md", "en-US/x.md"];

fuzz_target!(
    init: {
        let _ = rayon::ThreadPoolBuilder::new().num_threads(1).build_global();
    },
    |data: &[u8]| {
        let docs: Vec<Document> = data
            .splitn(PATHS.len(), |&b| b == 0xFF)
            .zip(PATHS)
            .map(|(bytes, path)| parse::parse_text(path, &String::from_utf8_lossy(bytes)))
            .collect();
        let has_english = docs.len() == 3;
        let articles = align::align_all(&docs, "en-US");
        assert_eq!(articles.len(), 1);
        let article = &articles[0];
        assert_eq!(article.article, "x.md");
        assert_eq!(article.versions.len(), docs.len());

        let sxs: Vec<&Document> = article
            .versions
            .iter()
            .filter(|v| v.kind == VersionKind::Sxs)
            .map(|v| v.doc)
            .collect();
        assert!(sxs.iter().all(|d| d.is_sxs() && d.locale().as_str() != "en-US"));
        assert_eq!(article.reference.is_some(), !sxs.is_empty());
        assert_eq!(article.english.is_some(), has_english || !sxs.is_empty());

        let mut seen: Vec<Vec<usize>> = sxs.iter().map(|d| vec![0; d.segments.len()]).collect();
        for (n, unit) in article.units.iter().enumerate() {
            assert_eq!(unit.number, n + 1);
            assert_eq!(unit.in_current_english.is_some(), has_english);
            let mut keys = Vec::new();
            let mut has_reference = false;
            let mut last_version = None;
            for entry in &unit.entries {
                let v = sxs
                    .iter()
                    .position(|d| std::ptr::eq(*d, entry.doc))
                    .expect("an entry belongs to an sxs version");
                assert!(last_version < Some(v), "entries not one per version in locale order");
                last_version = Some(v);
                assert!(entry.indices.windows(2).all(|w| w[0] < w[1]), "{:?}", entry.indices);
                assert_eq!(entry.indices.len(), entry.segments.len());
                for (&i, segment) in entry.indices.iter().zip(&entry.segments) {
                    assert!(std::ptr::eq(&entry.doc.segments[i], *segment));
                    seen[v][i] += 1;
                }
                assert_eq!(entry.status == Status::Missing, entry.segments.is_empty());
                assert_eq!(entry.in_current_english.is_some(), has_english);
                if Some(entry.doc.locale().to_string()) == article.reference {
                    has_reference = true;
                    assert_eq!(entry.status, Status::Aligned, "unit {}", unit.number);
                }
                if entry.status == Status::Aligned {
                    keys.push(entry.segments.iter().map(|s| key(entry.doc, s)).collect::<String>());
                }
            }
            if has_reference {
                assert_eq!(unit.entries.len(), sxs.len(), "unit {}", unit.number);
            } else {
                assert!(
                    unit.entries.iter().all(|e| e.status == Status::Extra),
                    "unit {} is not the reference's and not extra",
                    unit.number
                );
            }
            assert!(keys.windows(2).all(|w| w[0] == w[1]), "unit {}: {keys:?}", unit.number);
        }
        for (doc, counts) in sxs.iter().zip(&seen) {
            assert!(counts.iter().all(|&c| c == 1), "{}: {counts:?}", doc.locale());
        }

        let mut jsonl = Vec::new();
        export::jsonl::write_units(&mut jsonl, &articles).expect("in memory");
        assert_eq!(jsonl.iter().filter(|&&b| b == b'\n').count(), article.units.len());
    }
);

/// A segment's alignment key, as `align.rs` computes it: the source's visible text, or its
/// markup where the visible text is empty, normalized.
fn key(doc: &Document, segment: &Segment) -> String {
    if segment.source_text.is_empty() {
        align::normalize_key(doc.source(segment).unwrap_or_default())
    } else {
        align::normalize_key(&segment.source_text)
    }
}
