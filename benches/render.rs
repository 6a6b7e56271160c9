//! `render`: `render_site` of one article: a page per locale, the English page, the per-locale
//! indexes, the language picker, `404.html` and `sitemap.xml`, with the default templates.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing, alignment
//! and loading the templates are done once, outside the timing. Run: `cargo bench --bench render`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::Document;
use locdoc::config::Config;
use locdoc::render::{self, l10n::L10n, templates::Templates};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

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

fn render(c: &mut Criterion) {
    let docs = documents();
    let config = Config::default();
    let articles = locdoc::align::align_all(&docs, &config.source_locale);
    let l10n = Arc::new(L10n::load(None).expect("UI strings"));
    let templates = Templates::load(None, Arc::clone(&l10n)).expect("templates");
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("render_site_one_article", |b| {
        b.iter(|| {
            black_box(render::render_site(
                &docs,
                &articles,
                &config,
                &templates,
                &l10n,
                &render::Progress::none(),
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
