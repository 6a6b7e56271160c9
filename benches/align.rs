//! `align`: aligning one multi-locale article by its embedded English.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing is done once,
//! outside the timing; `align_article` (unit slots, 1:n / n:1 joins, drift, the rebuilt English
//! article) is what is measured. Run: `cargo bench --bench align`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::Document;
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
