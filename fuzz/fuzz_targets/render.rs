//! `render`: a whole article to HTML in memory, with the embedded templates and UI strings.
//!
//! The input is split at 0xFF bytes (never part of UTF-8): `ro-RO/x.md`, then `it-IT/x.md`
//! (also served as the include `ro-RO/includes/i.md`, so `[!INCLUDE[..](includes/i.md)]` splices
//! it), then `en-US/x.md`. The documents are parsed, aligned and rendered by the pipeline's `render_site`
//! (article pages, English page, indexes, 404, sitemap); nothing is written to disk.
//!
//! Guards: no panic anywhere in parse → align → render; no page fails; every planned page is
//! there; and content cannot add script to a page (each page holds exactly the site's one
//! `<script src>`, no `on*` handler attributes, no `javascript:` URLs, no frames, objects or
//! SVG), checked on the HTML5 parse of the page as `tests/hostile.rs` does; and no id occurs
//! twice on a page (a forged or misplaced placeholder would repeat one).

#![no_main]

use libfuzzer_sys::fuzz_target;
use locdoc::pipeline;
use locdoc::project::Project;
use locdoc::render;
use locdoc::{Document, align, parse};
use std::sync::OnceLock;

const PATHS: [&[&str]; 3] = [
    &["ro-RO/x.md"],
    &["it-IT/x.md", "ro-RO/includes/i.md"],
    &["en-US/x.md"],
];

static PROJECT: OnceLock<Project> = OnceLock::new();

fn site() -> &'static Project {
    PROJECT.get_or_init(|| {
        Project::load(std::path::Path::new("/nonexistent-locdoc-root"), None)
            .expect("embedded templates and UI strings")
    })
}

fuzz_target!(
    init: {
        let _ = rayon::ThreadPoolBuilder::new().num_threads(1).build_global();
        site();
    },
    |data: &[u8]| {
        let site = site();
        let docs: Vec<Document> = data
            .splitn(PATHS.len(), |&b| b == 0xFF)
            .zip(PATHS)
            .flat_map(|(bytes, paths)| {
                let text = String::from_utf8_lossy(bytes);
                paths.iter().map(move |path| parse::parse_text(path, &text))
            })
            .collect();
        let articles = align::align_all(&docs, &site.config.source_locale);
        let planned: usize = articles
            .iter()
            .map(|a| render::plan_article(a, &site.config).len())
            .sum();
        // Through the one pipeline, as `build` runs it (without the report).
        let files: Vec<locdoc::SourceFile> = docs.iter().map(|d| d.file.clone()).collect();
        let source = pipeline::Source::Memory(&docs);
        let survey = pipeline::survey(
            &files,
            source,
            Vec::new(),
            &pipeline::Purpose {
                config: &site.config,
                check: None,
                site: true,
            },
            &pipeline::all,
        );
        let memory = render::Memory::default();
        let rendered = pipeline::render_site(
            &files,
            &survey,
            source,
            &pipeline::Look {
                config: &site.config,
                templates: &site.templates().expect("the default templates compile"),
                l10n: &site.l10n,
            },
            &pipeline::Scope::everything(),
            &render::Progress::none(),
            &memory,
        );
        assert_eq!(rendered.failed, 0, "{:?}", rendered.diagnostics);
        assert_eq!(rendered.pages, planned);
        for (path, bytes) in &memory.into_files() {
            if path.ends_with(".html") {
                let html = std::str::from_utf8(bytes).expect("pages are UTF-8");
                check_page(path, html);
            }
        }
    }
);

/// Attributes a browser follows as a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "cite",
    "poster",
    "data",
];

/// No script, handler or `javascript:` URL from content in `html`: the page's only script is the
/// site's own `<script src=… defer>`.
fn check_page(path: &str, html: &str) {
    let page = scraper::Html::parse_document(html);
    let all = scraper::Selector::parse("*").expect("selector");
    let mut scripts = 0;
    let mut ids = std::collections::HashSet::new();
    for element in page.select(&all) {
        let name = element.value().name();
        if let Some(id) = element.value().id() {
            // Content cannot forge locdoc's structure (placeholders, disclosures).
            assert!(ids.insert(id.to_owned()), "{path}: id {id:?} twice");
        }
        assert!(
            !matches!(
                name,
                "iframe" | "frame" | "svg" | "math" | "object" | "embed" | "form" | "base"
            ),
            "{path}: <{name}>"
        );
        if name == "script" {
            scripts += 1;
            assert!(
                element
                    .value()
                    .attr("src")
                    .is_some_and(|s| s.ends_with(".js")),
                "{path}"
            );
            assert_eq!(element.text().count(), 0, "{path}: inline script");
        }
        for (attr, value) in element.value().attrs() {
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "{path}: {attr}={value}"
            );
            if URL_ATTRIBUTES.contains(&attr) {
                let url: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect();
                assert!(
                    !url.to_ascii_lowercase().starts_with("javascript:"),
                    "{path}: {attr}={value}"
                );
            }
        }
    }
    assert_eq!(scripts, 1, "{path}: {scripts} <script> elements");
}
