//! Alignment rules: what differs between the locale versions of one article.

use super::Finding;
use crate::align::{ArticleAlignment, Entry, Status, normalize_key};
use crate::diagnostic::Code;
use crate::parse::Document;

/// Missing and extra units, English drift (text, markup or segmentation) against the reference,
/// stale English against the current English article, and differing source hashes.
pub fn check_article(article: &ArticleAlignment<'_>, out: &mut Vec<Finding>) {
    let Some(reference) = article.reference.as_deref() else {
        return;
    };
    for unit in &article.units {
        let reference_entry = unit
            .entries
            .iter()
            .find(|e| e.doc.locale().as_str() == reference && !e.segments.is_empty());
        for entry in &unit.entries {
            let doc = entry.doc;
            let locale = doc.locale().as_str();
            match entry.status {
                Status::Missing => {
                    let at = position_before(article, unit.number, doc);
                    out.push(
                        Finding::new(
                            Code::MissingUnit,
                            format!("unit #{} is missing in {locale}", unit.number),
                            &doc.file.rel_path,
                            at,
                            locale,
                            &article.article,
                            Some(&unit.english_text),
                            None,
                        )
                        .unit(unit.number),
                    );
                    continue;
                }
                Status::Extra => {
                    let message = match &doc.english {
                        Some(english) if entry.segments.iter().all(|s| s.source.is_none()) => {
                            format!(
                                "unit #{}: this text has no counterpart in {}",
                                unit.number, english.rel_path
                            )
                        }
                        _ => format!(
                            "unit #{} is not in the reference locale {reference}",
                            unit.number
                        ),
                    };
                    out.push(
                        segment_finding(Code::ExtraUnit, message, article, entry).unit(unit.number),
                    );
                }
                Status::Drift | Status::Aligned => {}
            }
            if entry.in_current_english == Some(false) {
                out.push(
                    segment_finding(
                        Code::StaleTranslation,
                        "this English is not in the current English article: the translation is stale".to_owned(),
                        article,
                        entry,
                    )
                    .unit(unit.number),
                );
            }
            let Some(reference_entry) = reference_entry.filter(|r| !std::ptr::eq(r.doc, doc))
            else {
                continue;
            };
            if let Some(finding) = drift(article, unit.number, reference_entry, entry) {
                out.push(finding);
            }
        }
    }
    source_hashes(article, reference, out);
}

/// How `entry`'s embedded English differs from the reference's, if it does.
fn drift(
    article: &ArticleAlignment<'_>,
    unit: usize,
    reference: &Entry<'_>,
    entry: &Entry<'_>,
) -> Option<Finding> {
    let (theirs, ours) = (reference.source(), entry.source());
    // Plain translations are cut into sentences by the aligner, not by a translation tool: how
    // it grouped the same English says nothing about the translation.
    let resegmented = reference.segments.len() != entry.segments.len()
        && !reference.doc.is_plain_aligned()
        && !entry.doc.is_plain_aligned();
    if theirs == ours && !resegmented {
        return None;
    }
    let (their_text, our_text) = (reference.source_text(), entry.source_text());
    let locale = entry.doc.locale();
    let reference_locale = reference.doc.locale();
    let (code, what) = if normalize_key(&their_text) != normalize_key(&our_text) {
        (Code::EnglishDrift, "the English differs from the reference")
    } else if resegmented && normalize_key(&theirs) == normalize_key(&ours) {
        (
            Code::Resegmented,
            "the same English is segmented differently",
        )
    } else {
        (
            Code::EnglishMarkupDrift,
            "the English differs from the reference in markup, white space or URLs only",
        )
    };
    let message = format!(
        "{what} ({} segment(s) here, {} in {reference_locale})",
        entry.segments.len(),
        reference.segments.len()
    );
    let diff_of = |a: &str, b: &str| word_diff(a, b);
    let note = if code == Code::EnglishDrift {
        diff_of(&their_text, &our_text)
    } else {
        diff_of(&theirs, &ours)
    };
    Some(
        segment_finding(code, message, article, entry)
            .unit(unit)
            .note(format!("{reference_locale} → {locale}: {note}")),
    )
}

/// A word diff: `[-removed-]` and `{+added+}`, as `git diff --word-diff` prints it, with a run
/// of changed words shown as one change.
pub fn word_diff(old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_words(old, new);
    let mut out = String::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let flush = |out: &mut String, removed: &mut String, added: &mut String| {
        let (r, a) = (removed.trim_end(), added.trim_end());
        if !r.is_empty() {
            out.push_str(&format!("[-{r}-]"));
        }
        if !a.is_empty() {
            out.push_str(&format!("{{+{a}+}}"));
        }
        let tail = if removed.len() > r.len() {
            &removed[r.len()..]
        } else {
            &added[a.len()..]
        };
        out.push_str(tail);
        removed.clear();
        added.clear();
    };
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            similar::ChangeTag::Equal
                if value.trim().is_empty() && !(removed.is_empty() && added.is_empty()) =>
            {
                removed.push_str(value);
                added.push_str(value);
            }
            similar::ChangeTag::Equal => {
                flush(&mut out, &mut removed, &mut added);
                out.push_str(value);
            }
            similar::ChangeTag::Delete => removed.push_str(value),
            similar::ChangeTag::Insert => added.push_str(value),
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// Units of plain translations that the aligner paired with less than `min_confidence`.
pub fn uncertain(article: &ArticleAlignment<'_>, min_confidence: f64, out: &mut Vec<Finding>) {
    for unit in &article.units {
        for entry in unit.entries.iter().filter(|e| e.doc.is_plain_aligned()) {
            if entry.status == Status::Missing || entry.status == Status::Extra {
                continue;
            }
            let confidence = entry
                .segments
                .iter()
                .filter_map(|s| s.confidence)
                .fold(f32::INFINITY, f32::min);
            if f64::from(confidence) < min_confidence {
                out.push(
                    segment_finding(
                        Code::UncertainAlignment,
                        format!(
                            "unit #{}: the aligner paired this text with its English with confidence {confidence:.2}; confirm the pair",
                            unit.number
                        ),
                        article,
                        entry,
                    )
                    .unit(unit.number),
                );
            }
        }
    }
}

fn segment_finding(
    code: Code,
    message: String,
    article: &ArticleAlignment<'_>,
    entry: &Entry<'_>,
) -> Finding {
    let doc = entry.doc;
    let first = entry.segments.first();
    let at = first.map_or((1, 1), |s| (s.line, s.column));
    let english = entry.source_text();
    let target: Vec<&str> = entry
        .segments
        .iter()
        .map(|s| s.target_text.as_str())
        .collect();
    Finding::new(
        code,
        message,
        &doc.file.rel_path,
        at,
        doc.locale().as_str(),
        &article.article,
        Some(&english),
        Some(&target.join(" ")),
    )
    .segment(entry.ids().join("+"))
}

/// Where a missing unit would be: the line of the locale's last segment before it.
fn position_before(article: &ArticleAlignment<'_>, unit: usize, doc: &Document) -> (u32, u32) {
    article
        .units
        .iter()
        .take(unit.saturating_sub(1))
        .flat_map(|u| u.entries.iter())
        .filter(|e| std::ptr::eq(e.doc, doc))
        .filter_map(|e| e.segments.last())
        .next_back()
        .map_or((1, 1), |s| (s.line, s.column))
}

/// `ms.openlocfilehash` identifies the English file version a locale was translated from.
fn source_hashes(article: &ArticleAlignment<'_>, reference: &str, out: &mut Vec<Finding>) {
    let sxs = || article.versions.iter().filter(|v| v.kind.is_paired());
    let Some(reference_hash) = sxs()
        .find(|v| v.doc.locale().as_str() == reference)
        .and_then(|v| v.doc.front_matter.ms_openlocfilehash.clone())
    else {
        return;
    };
    for version in sxs() {
        let doc = version.doc;
        if let Some(hash) = doc
            .front_matter
            .ms_openlocfilehash
            .as_deref()
            .filter(|h| *h != reference_hash)
        {
            let line = doc.text[..doc.body_start]
                .lines()
                .position(|l| l.to_ascii_lowercase().starts_with("ms.openlocfilehash"))
                .map_or(1, |i| u32::try_from(i + 1).unwrap_or(1));
            out.push(Finding::new(
                Code::SourceHashDiffers,
                format!("ms.openlocfilehash {hash} differs from {reference}'s {reference_hash}: translated from another English version"),
                &doc.file.rel_path,
                (line, 1),
                doc.locale().as_str(),
                &article.article,
                Some(&reference_hash),
                Some(hash),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::word_diff;

    #[test]
    fn word_diffs() {
        assert_eq!(
            word_diff(
                "Select More actions (three dots), then",
                "Select the three dots (more actions), then"
            ),
            "Select [-More actions (three dots),-]{+the three dots (more actions),+} then"
        );
    }
}
