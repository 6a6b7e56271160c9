//! What the align, render and check benches share: the article they measure.

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
        return locdoc::load_embedded().documents;
    }
    from_corpus
}
