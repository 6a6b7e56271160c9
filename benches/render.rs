//! `render`: the render pass of the one pipeline over one article: a page per locale, the
//! English page, its `_align/` page, the per-locale indexes, the language picker, `404.html`,
//! `sitemap.xml` and the report's overview, with the default templates, into memory.
//!
//! The article is the corpus's "call flow using ExpressRoute" (es-ES, it-IT, ja-JP) when
//! `../shared/corpus/skype` is present, else the seed article (it-IT, ro-RO). Parsing, the
//! survey (alignment, check) and loading the templates are done once, outside the timing.
//! Run: `cargo bench --bench render`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use locdoc::pipeline::{self, Look, Purpose, Scope, Source};
use locdoc::render::{Memory, Progress};
use std::hint::black_box;

mod common;
use common::{default_project, documents, files_of};

fn render(c: &mut Criterion) {
    let docs = documents();
    let files = files_of(&docs);
    let project = default_project();
    let check = project.check_input();
    let survey = pipeline::survey(
        &files,
        Source::Memory(&docs),
        Vec::new(),
        &Purpose {
            config: &project.config,
            check: Some(&check),
            site: true,
        },
        &pipeline::all,
    );
    let docsets = locdoc::docset::Docsets::default();
    let look = Look {
        config: &project.config,
        templates: &project.templates().expect("the default templates compile"),
        l10n: &project.l10n,
        docsets: &docsets,
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("render_site_one_article", |b| {
        b.iter(|| {
            let memory = Memory::default();
            black_box(pipeline::render_site(
                &files,
                &survey,
                Source::Memory(&docs),
                &look,
                &Scope::everything(),
                &Progress::none(),
                &memory,
            ));
            black_box(memory.into_files())
        })
    });
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
