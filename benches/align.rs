//! `align`: aligning one multi-locale article by its embedded English.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing is done once,
//! outside the timing; `align_article` (unit slots, 1:n / n:1 joins, drift, the rebuilt English
//! article) is what is measured. Run: `cargo bench --bench align`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod common;
use common::documents;

fn align(c: &mut Criterion) {
    let docs = documents();
    let article = docs[0].file.article.clone();
    let segments: usize = docs.iter().map(|d| d.segments.len()).sum();
    let mut group = c.benchmark_group("align");
    group.throughput(Throughput::Elements(segments as u64));
    group.bench_function("align_article", |b| {
        b.iter(|| {
            black_box(locdoc::align::align_article(
                &article,
                docs.iter().collect(),
                "en-US",
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, align);
criterion_main!(benches);
