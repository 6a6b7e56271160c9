//! `check`: every QA rule (structure, alignment, segment pairs, consistency, length ratios, front
//! matter) over one article's locale versions, with the default rule settings, through the one
//! check entry point the `check` command uses (documents held in memory, so only the rules and
//! the alignment are timed, not reading).
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing is done
//! once, outside the timing. Run: `cargo bench --bench check`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::pipeline::{self, Source};
use std::hint::black_box;

mod common;
use common::{default_project, documents, files_of};

fn check(c: &mut Criterion) {
    let documents = documents();
    let files = files_of(&documents);
    let project = default_project();
    let input = project.check_input();
    let segments: usize = documents.iter().map(|d| d.segments.len()).sum();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(segments as u64));
    group.bench_function("check_one_article", |b| {
        b.iter(|| {
            black_box(pipeline::check(
                &files,
                Source::Memory(&documents),
                Vec::new(),
                &project.config,
                &input,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
