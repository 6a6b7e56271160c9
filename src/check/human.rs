//! Findings for people, in rustc's shape: the rule and message, `--> path:line:column`, the
//! source line with a caret, then the English beside the target; and a summary table.

use super::{Finding, Report};
use crate::diagnostic::{Code, Diagnostic, LineIndex};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// One finding; `source` is the text of its file when it is at hand (for the snippet).
pub fn finding(
    f: &Finding,
    paths: &crate::report::ShownPaths,
    source: Option<(&str, &LineIndex)>,
) -> String {
    let diagnostic = Diagnostic {
        code: f.code,
        severity: f.severity,
        message: f.message.clone(),
        path: f.path.clone(),
        line: f.line,
        column: f.column,
        span: None,
    };
    let mut out = match source {
        Some((text, index)) => crate::report::with_snippet(&diagnostic, paths, text, index),
        None => format!(
            "{}[{}]: {}\n  --> {}:{}:{}\n",
            f.severity,
            f.code,
            f.message,
            paths.show(&f.path),
            f.line,
            f.column
        ),
    };
    let pad = " ".repeat(f.line.to_string().len());
    if let Some(unit) = f.unit {
        let _ = writeln!(
            out,
            "{pad} = unit: #{unit}{}",
            f.segment
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        );
    }
    if let Some(english) = &f.english {
        let _ = writeln!(out, "{pad} = english: {english}");
    }
    if let Some(target) = &f.target {
        let _ = writeln!(out, "{pad} = target:  {target}");
    }
    if let Some(note) = &f.note {
        let _ = writeln!(out, "{pad} = note: {note}");
    }
    let _ = writeln!(out, "{pad} = fingerprint: {}", f.fingerprint);
    out
}

/// `text` in at most `width` characters: cut at the last word that fits, with `…` (a rule's
/// name cut mid-word reads as another word).
fn shortened(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let head: String = text.chars().take(width).collect();
    let cut = head.rfind(' ').unwrap_or(head.len());
    let kept = head[..cut].trim_end_matches([' ', ',', ';', ':', '(', '-']);
    format!("{kept}…")
}

/// Findings per rule (rows) and locale (columns), with totals.
pub fn summary(report: &Report) -> String {
    let counts = report.summary();
    let locales: BTreeSet<&str> = counts.keys().map(|(_, l)| l.as_str()).collect();
    let codes: BTreeSet<Code> = counts.keys().map(|(c, _)| *c).collect();
    let mut per_locale: BTreeMap<&str, usize> = BTreeMap::new();
    let width = locales.iter().map(|l| l.len().max(5)).collect::<Vec<_>>();
    let mut out = String::new();
    let _ = write!(out, "{:<8} {:<58}", "rule", "");
    for (locale, w) in locales.iter().zip(&width) {
        let _ = write!(out, " {locale:>w$}");
    }
    let _ = writeln!(out, " {:>6}", "total");
    for code in &codes {
        let _ = write!(
            out,
            "{:<8} {:<58}",
            code.as_str(),
            shortened(code.summary(), 58)
        );
        let mut total = 0;
        for (locale, w) in locales.iter().zip(&width) {
            let n = counts
                .get(&(*code, (*locale).to_owned()))
                .copied()
                .unwrap_or(0);
            total += n;
            *per_locale.entry(locale).or_insert(0) += n;
            if n == 0 {
                let _ = write!(out, " {:>w$}", "·");
            } else {
                let _ = write!(out, " {n:>w$}");
            }
        }
        let _ = writeln!(out, " {total:>6}");
    }
    let _ = write!(out, "{:<8} {:<58}", "total", "");
    for (locale, w) in locales.iter().zip(&width) {
        let _ = write!(out, " {:>w$}", per_locale.get(locale).copied().unwrap_or(0));
    }
    let _ = writeln!(out, " {:>6}", report.findings.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_cut_between_words() {
        assert_eq!(shortened("short name", 58), "short name");
        assert_eq!(
            shortened(
                "the embedded English differs from the reference locale's (or",
                58
            ),
            "the embedded English differs from the reference locale's…"
        );
        assert_eq!(
            shortened("link targets or image paths (differ", 30),
            "link targets or image paths…"
        );
        for code in Code::ALL {
            let shown = shortened(code.summary(), 58);
            assert!(shown.chars().count() <= 58, "{shown}");
            assert!(
                shown == code.summary() || code.summary().starts_with(shown.trim_end_matches('…')),
                "{shown}"
            );
        }
    }
}
