//! `check`: every QA rule (structure, alignment, segment pairs, consistency, length ratios, front
//! matter) over one article's locale versions, with the default rule settings.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing and alignment
//! are done once, outside the timing. Run: `cargo bench --bench check`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::Content;
use locdoc::check::{CheckConfig, CheckInput};
use std::hint::black_box;

mod common;
use common::documents;

fn check(c: &mut Criterion) {
    let content = Content {
        documents: documents(),
        ..Content::default()
    };
    let articles = locdoc::align::align_all(&content.documents, "en-US");
    let config = CheckConfig::default();
    let segments: usize = content.documents.iter().map(|d| d.segments.len()).sum();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(segments as u64));
    group.bench_function("check_one_article", |b| {
        b.iter(|| {
            black_box(locdoc::check::check(
                &content,
                &articles,
                &CheckInput {
                    config: &config,
                    suppressions: &[],
                    ui_strings: &[],
                },
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
