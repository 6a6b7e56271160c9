//! `parse`: locdoc's parse + extract against a bare pulldown-cmark parse of the same bytes.
//!
//! The floor is what any Markdown tool pays to read the text at all; the target is that locdoc's
//! parse stage (front matter, span scanning, block kinds, visible text of every segment) runs at
//! least half as fast as that floor, single-threaded. Run: `cargo bench --bench parse`.
//! Uses the whole `../shared/corpus` when present, else the seed content.

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
        let found = locdoc::discover::discover(&root).expect("discover");
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
                let events = Parser::new_ext(text, locdoc::parse::blocks::markdown_options())
                    .into_offset_iter();
                black_box(events.count());
            }
        })
    });
    group.bench_function("locdoc_parse_extract", |b| {
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
