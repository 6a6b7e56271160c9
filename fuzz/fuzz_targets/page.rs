//! `page`: a page that skips the sanitizer is what the sanitizer would have written.
//!
//! The Markdown around a page's sentences goes through the sanitizer unless
//! `render::markdown::direct::PageCheck` finds in it only markup the policy keeps as it is; then
//! the HTML is only respelled. For any input the check lets through, on a page where linked
//! articles exist and on one where only their English does, the respelled HTML must be byte for
//! byte the sanitizer's: locdoc replaces its placeholders in that HTML by reading its quoting, so
//! the bytes matter, not only the tree.

#![no_main]

use libfuzzer_sys::fuzz_target;
use locdoc::render::markdown::page_both_ways;

fuzz_target!(|data: &[u8]| {
    let Ok(markdown) = std::str::from_utf8(data) else {
        return;
    };
    for english_elsewhere in [false, true] {
        let (respelled, sanitized) = page_both_ways(markdown, english_elsewhere);
        if let Some(respelled) = respelled {
            assert_eq!(respelled, sanitized, "{markdown:?}");
        }
    }
});
