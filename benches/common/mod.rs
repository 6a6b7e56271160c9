//! What the align, render and check benches share: the article they measure, and the project
//! defaults they run the pipeline with.

use locdoc::Document;
use std::path::Path;

/// The article below each locale folder of the skype corpus: 257/233 segments, merged `pN` units.
const ARTICLE: &str = "Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md";

/// The locale versions of the benchmarked article, parsed; the seed article when the corpus is absent.
pub fn documents() -> Vec<Document> {
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
        return locdoc::project::Input::embedded()
            .documents
            .unwrap_or_default();
    }
    from_corpus
}

/// A project with every default (embedded templates and strings), as `build` loads it.
#[allow(dead_code, reason = "the align bench needs no project")]
pub fn default_project() -> locdoc::project::Project {
    locdoc::project::Project::load(Path::new("/nonexistent-locdoc-root"), None)
        .expect("the defaults load")
}

/// The file list of documents held in memory (file `n` is document `n`).
#[allow(dead_code, reason = "the align bench needs no file list")]
pub fn files_of(documents: &[Document]) -> Vec<locdoc::SourceFile> {
    documents.iter().map(|d| d.file.clone()).collect()
}
