//! `fragment`: the two ways of rendering a sentence hold the same document.
//!
//! A sentence whose Markdown is only text, code, emphasis and links is written straight from
//! pulldown-cmark's events, without the sanitizer (`render::markdown::direct`). For any input
//! the direct path takes, on a page where linked articles exist and on one where only their
//! English does, its HTML must parse (HTML5, as a browser parses it) to the same tree as what
//! the sanitizer makes of the same sentence. Any difference in the document, not only in the
//! serialization, is a crash.

#![no_main]

use libfuzzer_sys::fuzz_target;
use locdoc::render::markdown::fragment_both_ways;

/// The fragment's tree, serialized by one serializer, so that only the document is compared.
fn tree(html: &str) -> String {
    scraper::Html::parse_fragment(html).root_element().html()
}

fuzz_target!(|data: &[u8]| {
    let Ok(markdown) = std::str::from_utf8(data) else {
        return;
    };
    for english_elsewhere in [false, true] {
        let (direct, sanitized) = fragment_both_ways(markdown, english_elsewhere);
        if let Some(direct) = direct {
            assert_eq!(
                tree(&direct),
                tree(&sanitized),
                "{markdown:?}\ndirect:    {direct}\nsanitized: {sanitized}"
            );
        }
    }
});
