//! `check`: every QA rule (structure, alignment, segment pairs, consistency, length ratios, front
//! matter) over one article's locale versions, with the default rule settings.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing and alignment
//! are done once, outside the timing. Run: `cargo bench --bench check`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::check::{CheckConfig, CheckInput};
use locdoc::{Content, Document};
use std::hint::black_box;
use std::path::Path;

/// The article below each locale folder of the skype corpus.
const ARTICLE: &str = "Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md";

/// The locale versions of the benchmarked article, parsed.
fn documents() -> Vec<Document> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/skype");
    let from_corpus: Vec<Document> = ["es-ES", "it-IT", "ja-JP"]
        .iter()
        .filter_map(|locale| {
            let text = std::fs::read_to_string(corpus.join(locale).join(ARTICLE)).ok()?;
            Some(locdoc::parse::parse_text(
                &format!("{locale}/{ARTICLE}"),
                &text,
            ))
        })
        .collect();
    if from_corpus.is_empty() {
        eprintln!("../shared/corpus/skype not found: benchmarking the seed article");
        return locdoc::load_embedded().documents;
    }
    from_corpus
}

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
