//! `parse`: locdoc's parse + extract against a bare pulldown-cmark parse of the same bytes.
//!
//! The floor is what any Markdown tool pays to read the text at all. `locdoc_extract` is the
//! Markdown side of the parse stage (span scanning, block kinds, visible text of every segment),
//! the part the target "at least half the speed of the bare parse, single-threaded" is about;
//! `locdoc_parse_full` adds the front matter's YAML (serde_yaml), reported beside it.
//! Run: `cargo bench --bench parse`. Uses the whole `../shared/corpus` when present, else the
//! seed content.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use locdoc::SourceFile;
use pulldown_cmark::Parser;
use std::hint::black_box;
use std::path::Path;

fn inputs() -> Vec<(SourceFile, String)> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = manifest.join("../shared/corpus");
    let roots: Vec<_> = if corpus.is_dir() {
        std::fs::read_dir(&corpus)
            .expect("corpus")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect()
    } else {
        eprintln!("../shared/corpus not found: benchmarking the seed content only");
        vec![manifest.join("content")]
    };
    let mut files = Vec::new();
    for root in roots {
        let found = locdoc::discover::discover(&root, &[]).expect("discover");
        for file in found.files {
            let text = std::fs::read_to_string(&file.path).expect("read");
            files.push((file, text));
        }
    }
    files
}

fn parse(c: &mut Criterion) {
    let files = inputs();
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("pulldown_cmark_bare", |b| {
        b.iter(|| {
            for (_, text) in &files {
                let events = Parser::new_ext(text, locdoc::parse::text::markdown_options())
                    .into_offset_iter();
                black_box(events.count());
            }
        })
    });
    group.bench_function("locdoc_extract", |b| {
        b.iter(|| {
            for (file, text) in &files {
                let index = locdoc::diagnostic::LineIndex::new(text);
                let mut diagnostics = Vec::new();
                let split = locdoc::parse::front_matter::split(
                    text,
                    &file.rel_path,
                    &index,
                    &mut diagnostics,
                );
                black_box(locdoc::parse::extract(
                    text,
                    split.body_start,
                    &file.rel_path,
                    &index,
                    &mut diagnostics,
                ));
            }
        })
    });
    group.bench_function("locdoc_parse_full", |b| {
        b.iter_batched(
            || files.clone(),
            |files| {
                for (file, text) in files {
                    black_box(locdoc::parse::parse(file, text));
                }
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
