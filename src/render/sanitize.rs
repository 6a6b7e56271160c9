//! The one HTML policy for everything that came from content (ammonia).
//!
//! Vendor content is not trusted: scripts, event handlers, `javascript:` URLs, frames, forms and
//! styles never reach a page. Content may not set `id`s (they could clobber locdoc's own anchors
//! and scripts); classes are limited to the ones locdoc itself puts into bodies.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The URL schemes content may link to; any other absolute URL loses its `href`/`src`.
/// `markdown/direct.rs` judges the sentences it writes without the sanitizer by the same list.
pub(super) const URL_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Sanitize an HTML fragment.
pub fn clean(html: &str) -> String {
    policy().clean(html).to_string()
}

fn policy() -> &'static ammonia::Builder<'static> {
    static POLICY: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    POLICY.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .add_tags([
                "caption",
                "col",
                "colgroup",
                "figure",
                "figcaption",
                "mark",
                "tfoot",
                "var",
                "details",
                "summary",
            ])
            .add_generic_attributes(["dir"])
            .add_tag_attributes("a", ["name", "hreflang"])
            .add_tag_attributes("img", ["width", "height"])
            .add_tag_attributes("ol", ["start"])
            .add_tag_attributes("div", ["role", "tabindex"])
            .link_rel(None)
            .url_schemes(HashSet::from(URL_SCHEMES))
            .allowed_classes(HashMap::from([
                (
                    "div",
                    HashSet::from([
                        "alert",
                        "alert-note",
                        "alert-tip",
                        "alert-important",
                        "alert-caution",
                        "alert-warning",
                        "docfx-row",
                        "docfx-column",
                        "docfx-zone",
                        "table-wrap",
                    ]),
                ),
                ("p", HashSet::from(["alert-title"])),
                ("a", HashSet::from(["untranslated"])),
                (
                    "span",
                    HashSet::from(["visually-hidden", "missing-include"]),
                ),
            ]));
        builder
    })
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn hostile_markup_is_removed() {
        let hostile = r#"<script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a><iframe src="https://evil"></iframe><svg><script>alert(1)</script></svg><span id="seg-1" class="seg" style="color:red">t</span>"#;
        let out = clean(hostile);
        for bad in [
            "<script",
            "onerror",
            "javascript:",
            "<iframe",
            "<svg",
            "id=",
            "style=",
            "class=\"seg\"",
        ] {
            assert!(!out.contains(bad), "{bad} survived: {out}");
        }
        assert!(out.contains("<img src=\"x\">"), "{out}");
    }

    #[test]
    fn docfx_and_locdoc_markup_is_kept() {
        let html = r#"<h1><a name="close"></a>T</h1><div class="alert alert-note" role="note"><p class="alert-title">Note</p></div><a href="../x/" class="untranslated" hreflang="en-US">x<span class="visually-hidden"> (in English)</span></a><p dir="rtl" lang="ar">ع</p>"#;
        let out = clean(html);
        assert!(out.contains(r#"<a name="close">"#), "{out}");
        assert!(out.contains(r#"class="alert alert-note""#), "{out}");
        assert!(
            out.contains(r#"class="untranslated""#) && out.contains(r#"hreflang="en-US""#),
            "{out}"
        );
        assert!(
            out.contains(r#"dir="rtl""#) && out.contains(r#"lang="ar""#),
            "{out}"
        );
    }
}
