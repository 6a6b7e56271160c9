//! `render`: `render_site` of one article: a page per locale, the English page, the per-locale
//! indexes, the language picker, `404.html` and `sitemap.xml`, with the default templates.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing, alignment
//! and loading the templates are done once, outside the timing. Run: `cargo bench --bench render`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::config::Config;
use locdoc::render::{self, l10n::L10n, templates::Templates};
use std::hint::black_box;
use std::sync::Arc;

mod common;
use common::documents;

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
