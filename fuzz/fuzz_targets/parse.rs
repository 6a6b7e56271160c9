//! `parse`: any bytes, read as (lossy) UTF-8, through `parse_text` (front matter + sxs scanner +
//! Markdown block pass), the English rebuild, the target-only text, the segment JSONL export and
//! the rustc-style diagnostic snippets.
//!
//! Guards the promise "parse never fails" (ARCHITECTURE.md) and that what it returns can be used
//! without panicking: every byte range of a segment or a diagnostic slices the text, segments are
//! in document order without overlapping, and every line:column is the real position in the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use locdoc::diagnostic::LineIndex;
use locdoc::{Document, english, export, parse, report};
use std::collections::HashMap;
use std::ops::Range;

const PATH: &str = "ro-RO/a.md";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = parse::parse_text(PATH, &text);
    assert_eq!(doc.text, text);
    check_document(&doc);

    let stripped = english::strip_to_target(&doc);
    let rebuilt = english::rebuild(&doc);
    if doc.segments.is_empty() {
        assert_eq!(stripped, doc.text);
        assert_eq!(rebuilt.body, doc.body());
    }

    let mut jsonl = Vec::new();
    export::jsonl::write_segments(&mut jsonl, std::slice::from_ref(&doc), &[]).expect("in memory");
    assert_eq!(
        jsonl.iter().filter(|&&b| b == b'\n').count(),
        doc.segments.len()
    );

    let index = LineIndex::new(&doc.text);
    for d in &doc.diagnostics {
        report::one_line(d, "");
        report::with_snippet(d, "", &doc.text, &index);
    }
});

fn check_document(doc: &Document) {
    let text = doc.text.as_str();
    assert!(
        text.is_char_boundary(doc.body_start),
        "body_start {}",
        doc.body_start
    );
    let _ = doc.body();

    let slices = |r: &Range<usize>| r.start <= r.end && text.get(r.clone()).is_some();
    let mut offsets = Vec::new();
    let mut previous_end = 0;
    for s in &doc.segments {
        assert!(
            slices(&s.outer) && s.outer.start < s.outer.end,
            "outer {:?}",
            s.outer
        );
        assert!(
            s.outer.start >= previous_end,
            "segments overlap or out of order at {:?}",
            s.outer
        );
        previous_end = s.outer.end;
        for r in [&s.target, &s.source].into_iter().flatten() {
            assert!(slices(r), "inner range {r:?} does not slice the text");
            assert!(
                s.outer.start <= r.start && r.end <= s.outer.end,
                "{r:?} outside {:?}",
                s.outer
            );
        }
        if let (Some(t), Some(src)) = (&s.target, &s.source) {
            assert!(t.end <= src.start, "target {t:?} after source {src:?}");
        }
        assert_eq!(doc.target(s).is_some(), s.target.is_some());
        assert_eq!(doc.source(s).is_some(), s.source.is_some());
        assert_eq!(s.number.is_some(), s.prefix.is_some(), "id {:?}", s.id);
        offsets.push(s.outer.start);
    }
    for d in &doc.diagnostics {
        assert_eq!(d.path, PATH);
        if let Some(span) = &d.span {
            assert!(
                slices(span),
                "{}: span {span:?} does not slice the text",
                d.code
            );
            offsets.push(span.start);
        }
    }
    let positions = naive_positions(text, offsets);
    for s in &doc.segments {
        assert_eq!(
            (s.line, s.column),
            positions[&s.outer.start],
            "segment {}",
            s.id
        );
    }
    let lines: Vec<&str> = text.split('\n').collect();
    for d in &doc.diagnostics {
        match &d.span {
            Some(span) => assert_eq!((d.line, d.column), positions[&span.start], "{d}"),
            None => {
                let line = lines
                    .get(d.line as usize - 1)
                    .unwrap_or_else(|| panic!("{d}"));
                assert!(
                    d.column >= 1 && d.column as usize <= line.chars().count() + 1,
                    "{d}"
                );
            }
        }
    }
    assert!(
        doc.diagnostics
            .windows(2)
            .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)),
        "diagnostics not sorted by position"
    );
}

/// 1-based (line, column in chars) of each offset, counted the slow obvious way in one sweep.
fn naive_positions(text: &str, mut offsets: Vec<usize>) -> HashMap<usize, (u32, u32)> {
    offsets.sort_unstable();
    offsets.dedup();
    let mut wanted = offsets.into_iter().peekable();
    let mut found = HashMap::new();
    let (mut line, mut column) = (1u32, 1u32);
    for (at, c) in text.char_indices().chain([(text.len(), '\0')]) {
        while wanted.next_if(|&o| o == at).is_some() {
            found.insert(at, (line, column));
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    found
}
