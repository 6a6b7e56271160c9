//! Mechanical fixes (`check --fix`): what a finding's fix changes in its file, and a file's fixes
//! applied together.
//!
//! Only rules whose repair needs no judgement carry a fix: edge white space as the source has it
//! (LD0507), doubled spaces (LD0509), zero-width characters (LD0527) and the space before
//! punctuation (LD0529). A fix edits the target text of one segment and nothing else: never an
//! id, a source, a tag, a code span or a URL. A fix that would reach outside (white space with a
//! line break in it, a hard line break, a character inside markup) is not made at all, and a
//! file whose segments' ids, sources or markup outside the targets would change after the edits
//! keeps its old text.

use super::Finding;
use super::syntax::{MarkupEdit, protected};
use crate::diagnostic::Code;
use crate::parse::{Document, Segment};
use std::collections::BTreeMap;
use std::ops::Range;

/// One replacement in a file: the bytes `range` of the file as it was checked, which held
/// `expected` (so a file edited since the check is not patched blindly), become `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Byte range in the file.
    pub range: Range<usize>,
    /// What the range held when the check read the file.
    pub expected: String,
    /// What it becomes.
    pub replacement: String,
}

/// A finding's repair: its edits are made together or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The edits, in file order, none overlapping.
    pub edits: Vec<Edit>,
}

/// The fix of a finding of `code` about `segment` of `doc`, when the rule has a mechanical one
/// and it stays inside the segment's target text.
pub(super) fn for_finding(
    code: Code,
    doc: &Document,
    segment: &Segment,
    locale: &str,
) -> Option<Fix> {
    let range = segment.target.clone()?;
    let target = doc.text.get(range.clone())?;
    let source = doc.source(segment)?;
    let edits = match code {
        Code::EdgeWhitespace => edge_edits(target, source)?,
        Code::DoubleSpace => double_space_edits(target)?,
        Code::ZeroWidth => super::syntax::invisible_edits(target, source)?,
        Code::PunctuationSpacing => super::syntax::spacing_edits(target, source, locale)?,
        _ => return None,
    };
    if edits.is_empty() {
        return None;
    }
    let edits = edits
        .into_iter()
        .map(|(r, replacement)| Edit {
            range: r.start + range.start..r.end + range.start,
            expected: target[r].to_owned(),
            replacement,
        })
        .collect();
    Some(Fix { edits })
}

/// The target's leading and trailing white space made the source's; `None` when either has a
/// line break there (that is the layout of the file, not a typo).
fn edge_edits(target: &str, source: &str) -> Option<Vec<MarkupEdit>> {
    let lead = |s: &str| s.len() - s.trim_start().len();
    let trail = |s: &str| s.len() - s.trim_end().len();
    if target.trim().is_empty() {
        return None;
    }
    let (tl, sl, tr, sr) = (lead(target), lead(source), trail(target), trail(source));
    let (s_lead, s_trail) = (&source[..sl], &source[source.len() - sr..]);
    let (t_lead, t_trail) = (&target[..tl], &target[target.len() - tr..]);
    if [s_lead, s_trail, t_lead, t_trail]
        .iter()
        .any(|w| w.contains(['\n', '\r']))
    {
        return None;
    }
    let mut edits = Vec::new();
    if t_lead != s_lead {
        edits.push((0..tl, s_lead.to_owned()));
    }
    if t_trail != s_trail {
        edits.push((target.len() - tr..target.len(), s_trail.to_owned()));
    }
    Some(edits)
}

/// Each run of spaces inside the trimmed target made one space; `None` when a run is
/// indentation (after a line break), a hard line break (before one) or inside markup.
fn double_space_edits(target: &str) -> Option<Vec<MarkupEdit>> {
    let start = target.len() - target.trim_start().len();
    let end = target.trim_end().len();
    let bytes = target.as_bytes();
    let shielded = protected(target);
    let mut edits = Vec::new();
    let mut i = start;
    while i < end {
        if bytes[i] != b' ' {
            i += 1;
            continue;
        }
        let run = bytes[i..end].iter().take_while(|&&b| b == b' ').count();
        if run >= 2 {
            let after_break = i > 0 && matches!(bytes[i - 1], b'\n' | b'\r');
            let before_break = matches!(bytes.get(i + run), Some(b'\n' | b'\r'));
            if after_break || before_break || shielded.iter().any(|r| r.contains(&i)) {
                return None;
            }
            edits.push((i..i + run, " ".to_owned()));
        }
        i += run;
    }
    Some(edits)
}

/// One file after its fixes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedFile {
    /// The new text (the old one when nothing could be fixed).
    pub text: String,
    /// Fixes made, per rule.
    pub fixed: BTreeMap<Code, usize>,
    /// Fixes not made: they overlapped another, the file changed since the check, or the result
    /// would have changed more than target text.
    pub refused: usize,
}

/// Apply the fixes of `findings` (those of one file, `rel_path`, whose text is `text`).
/// Overlapping fixes: the first in file order is made, the later ones wait for the next run. A
/// side-by-side file is parsed again after the edits, and if any segment's id or source, or
/// anything outside the targets, differs, none of its fixes is made.
pub fn fix_file(rel_path: &str, text: &str, findings: &[&Finding]) -> FixedFile {
    let mut fixes: Vec<(Code, &Fix)> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref().map(|fix| (f.code, fix)))
        .collect();
    fixes.sort_by_key(|(code, fix)| (fix.edits.first().map(|e| e.range.start), *code));
    let mut taken: Vec<&Edit> = Vec::new();
    let mut fixed = BTreeMap::new();
    let mut refused = 0;
    for (code, fix) in &fixes {
        let fits = fix.edits.iter().all(|edit| {
            text.get(edit.range.clone()) == Some(edit.expected.as_str())
                && !taken.iter().any(|t| overlaps(&t.range, &edit.range))
        });
        if fits {
            taken.extend(&fix.edits);
            *fixed.entry(*code).or_insert(0) += 1;
        } else {
            refused += 1;
        }
    }
    taken.sort_by_key(|e| e.range.start);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for edit in &taken {
        out.push_str(&text[copied..edit.range.start]);
        out.push_str(&edit.replacement);
        copied = edit.range.end;
    }
    out.push_str(&text[copied..]);
    if !taken.is_empty() && !only_targets_changed(rel_path, text, &out) {
        return FixedFile {
            text: text.to_owned(),
            fixed: BTreeMap::new(),
            refused: fixes.len(),
        };
    }
    FixedFile {
        text: out,
        fixed,
        refused,
    }
}

/// Two edits touch the same bytes, or insert at the same place.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end || a.start == b.start
}

/// Whether `after` differs from `before` only inside segment targets: same segments, ids and
/// sources, and the same text between the targets.
fn only_targets_changed(rel_path: &str, before: &str, after: &str) -> bool {
    let (old, new) = (
        crate::parse::parse_text(rel_path, before),
        crate::parse::parse_text(rel_path, after),
    );
    if old.segments.is_empty() && new.segments.is_empty() {
        // A plain translation: its fixes were made inside its sentences' ranges.
        return true;
    }
    let outside = |doc: &Document| -> Vec<String> {
        let mut pieces = Vec::new();
        let mut copied = 0;
        for segment in &doc.segments {
            if let Some(r) = &segment.target {
                pieces.push(doc.text[copied..r.start].to_owned());
                copied = r.end;
            }
        }
        pieces.push(doc.text[copied..].to_owned());
        pieces
    };
    let sources = |doc: &Document| -> Vec<(String, Option<String>)> {
        doc.segments
            .iter()
            .map(|s| (s.id.clone(), doc.source(s).map(str::to_owned)))
            .collect()
    };
    sources(&old) == sources(&new) && outside(&old) == outside(&new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sxs(target: &str, source: &str) -> String {
        format!(
            "<span data-ttu-id=\"a1b2c-101\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-101\">{source}</span></span>\n"
        )
    }

    fn fix_of(code: Code, target: &str, source: &str, locale: &str) -> Option<String> {
        let rel = format!("{locale}/a.md");
        let text = sxs(target, source);
        let doc = crate::parse::parse_text(&rel, &text);
        let fix = for_finding(code, &doc, &doc.segments[0], locale)?;
        let mut finding = Finding::new(code, "", &rel, (1, 1), locale, "a", None, None);
        finding.fix = Some(fix);
        let fixed = fix_file(&rel, &text, &[&finding]);
        let doc = crate::parse::parse_text(&rel, &fixed.text);
        doc.target(&doc.segments[0]).map(str::to_owned)
    }

    #[test]
    fn edges_follow_the_source() {
        assert_eq!(
            fix_of(Code::EdgeWhitespace, " Ciao", "Hello ", "it-IT").as_deref(),
            Some("Ciao ")
        );
        assert_eq!(
            fix_of(Code::EdgeWhitespace, "Ciao\n", "Hello", "it-IT"),
            None
        );
    }

    #[test]
    fn doubled_spaces_but_not_indentation_hard_breaks_or_code() {
        assert_eq!(
            fix_of(
                Code::DoubleSpace,
                "Aprire  il   file",
                "Open the file",
                "it-IT"
            )
            .as_deref(),
            Some("Aprire il file")
        );
        for kept in ["a  \nb", "a\n   b", "a `x  y` b"] {
            assert_eq!(
                fix_of(Code::DoubleSpace, kept, "a b", "it-IT"),
                None,
                "{kept}"
            );
        }
    }

    #[test]
    fn zero_width_and_french_spacing() {
        assert_eq!(
            fix_of(Code::ZeroWidth, "Eli\u{200B}mina", "Delete", "it-IT").as_deref(),
            Some("Elimina")
        );
        assert_eq!(
            fix_of(
                Code::PunctuationSpacing,
                "Remarque : voir",
                "Note: see",
                "fr-FR"
            )
            .as_deref(),
            Some("Remarque\u{a0}: voir")
        );
    }

    #[test]
    fn overlapping_or_stale_fixes_are_refused() {
        let edit = |range: Range<usize>, expected: &str, replacement: &str| Edit {
            range,
            expected: expected.to_owned(),
            replacement: replacement.to_owned(),
        };
        let finding = |code, edits| {
            let mut f = Finding::new(code, "", "x.md", (1, 1), "it-IT", "x", None, None);
            f.fix = Some(Fix { edits });
            f
        };
        let a = finding(Code::DoubleSpace, vec![edit(1..3, "  ", " ")]);
        let b = finding(Code::ZeroWidth, vec![edit(2..3, " ", "")]);
        let stale = finding(Code::ZeroWidth, vec![edit(0..1, "z", "")]);
        let fixed = fix_file("x.md", "a  b", &[&a, &b, &stale]);
        assert_eq!(fixed.text, "a b");
        assert_eq!(fixed.fixed, BTreeMap::from([(Code::DoubleSpace, 1)]));
        assert_eq!(fixed.refused, 2);
    }

    #[test]
    fn an_edit_outside_the_targets_is_not_made() {
        let text = sxs("Ciao", "Hello  there");
        let at = text.find("Hello").expect("source") + 5;
        let mut finding = Finding::new(
            Code::DoubleSpace,
            "",
            "it-IT/a.md",
            (1, 1),
            "it-IT",
            "a",
            None,
            None,
        );
        finding.fix = Some(Fix {
            edits: vec![Edit {
                range: at..at + 2,
                expected: "  ".to_owned(),
                replacement: " ".to_owned(),
            }],
        });
        let fixed = fix_file("it-IT/a.md", &text, &[&finding]);
        assert_eq!(fixed.text, text);
        assert_eq!(fixed.refused, 1);
    }
}
