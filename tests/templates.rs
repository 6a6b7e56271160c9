//! Every template locdoc renders can be overridden from `<root>/templates/`, and the override is
//! what the pages it renders are made from. Rendering is being optimized, and a faster path that
//! writes a page without its template, or loads templates from somewhere other than the project,
//! would silently drop a project's override: these tests build a real site with every template of
//! [`DEFAULTS`] overridden and find each override's mark on exactly the pages that template makes.
//! A template added to `DEFAULTS` fails them until it is given its pages here.

mod common;

use locdoc::render::templates::DEFAULTS;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The pages of the fixture's site (see [`fixture`]) that each template makes, whole or in part.
/// Every template of [`DEFAULTS`] needs an entry here, and every entry a template.
const PAGES: &[(&str, &[&str])] = &[
    (
        "base.html",
        &[
            "404.html",
            "_align/close-your-account/index.html",
            "_align/index.html",
            "en-US/close-your-account/index.html",
            "en-US/index.html",
            "index.html",
            "it-IT/close-your-account/index.html",
            "it-IT/index.html",
            "ro-RO/close-your-account/index.html",
            "ro-RO/index.html",
        ],
    ),
    (
        "article.html",
        &[
            "en-US/close-your-account/index.html",
            "it-IT/close-your-account/index.html",
            "ro-RO/close-your-account/index.html",
        ],
    ),
    // ro-RO has an `index.yml`: its home is that landing page, not a list of articles.
    ("landing.html", &["ro-RO/index.html"]),
    // Included by base.html in the header of every page but the translators' report.
    (
        "search.html",
        &[
            "404.html",
            "en-US/close-your-account/index.html",
            "en-US/index.html",
            "index.html",
            "it-IT/close-your-account/index.html",
            "it-IT/index.html",
            "ro-RO/close-your-account/index.html",
            "ro-RO/index.html",
        ],
    ),
    (
        "locale_index.html",
        &["en-US/index.html", "it-IT/index.html"],
    ),
    ("index.html", &["index.html"]),
    ("404.html", &["404.html"]),
    ("align_index.html", &["_align/index.html"]),
    (
        "align_article.html",
        &["_align/close-your-account/index.html"],
    ),
];

/// The mark an override of `name` adds to the pages it makes.
fn marker(name: &str) -> String {
    format!("<!-- locdoc-test-override:{name} -->")
}

/// Where text can go in the embedded default `text` of template `name` with the template staying
/// valid: inside `{% block main %}` of a template that extends another (nothing may stand outside
/// its blocks), at the start of `<head>` of a whole page, else at the start of the fragment.
fn insertion_point(name: &str, text: &str) -> usize {
    const BLOCK: &str = "{% block main %}";
    if text.contains("{% extends") {
        text.find(BLOCK)
            .map(|at| at + BLOCK.len())
            .unwrap_or_else(|| panic!("{name} extends a template but has no {BLOCK}"))
    } else if let Some(at) = text.find("<head>\n") {
        at + "<head>\n".len()
    } else {
        0
    }
}

/// The embedded default of `name` with `insert` at its [`insertion_point`].
fn default_with(name: &str, default: &str, insert: &str) -> String {
    let at = insertion_point(name, default);
    format!("{}{insert}{}", &default[..at], &default[at..])
}

/// A project with the seed articles (it-IT, ro-RO, and the English rebuilt from them) and a hub
/// page as ro-RO's home, with search and the alignment report on (the templates of the search
/// box and the report pages are used only then).
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    common::write_file(
        dir.path(),
        "locdoc.toml",
        "search = true\nalign_report = true\n",
    );
    for (rel, text) in locdoc::EMBEDDED_CONTENT {
        common::write_file(dir.path(), &format!("content/{rel}"), text);
    }
    common::write_file(
        dir.path(),
        "content/ro-RO/index.yml",
        "### YamlMime:Hub\ntitle: Ajutor\nsummary: Tot despre cont.\nhighlightedContent:\n  items:\n  - itemType: get-started\n    title: Închideți contul\n    url: close-your-account.md\n",
    );
    dir
}

/// Build `root`, which must succeed: every file of the site.
fn built(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let (output, out) = common::build_into_public(root);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    common::tree(&out)
}

/// The site's HTML pages (not the search bundle's files), by path.
fn pages(site: &BTreeMap<String, Vec<u8>>) -> BTreeMap<&str, String> {
    site.iter()
        .filter(|(path, _)| path.ends_with(".html") && !path.starts_with("pagefind/"))
        .map(|(path, bytes)| {
            let text = String::from_utf8(bytes.clone()).expect("pages are UTF-8");
            (path.as_str(), text)
        })
        .collect()
}

/// `PAGES` names every template locdoc renders, and nothing else.
#[test]
fn every_template_has_its_pages_here() {
    let defaults: BTreeSet<&str> = DEFAULTS.iter().map(|(name, _)| *name).collect();
    let covered: BTreeSet<&str> = PAGES.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        defaults, covered,
        "each template locdoc renders needs the pages it makes listed in PAGES"
    );
    assert_eq!(
        PAGES.len(),
        covered.len(),
        "a template listed twice in PAGES"
    );
}

/// Each template overridden by its default with a mark: every mark is on exactly the pages of its
/// template, and without the marks the site is the one the embedded defaults make.
#[test]
fn every_override_makes_exactly_the_pages_of_its_template() {
    let project = fixture();
    let templates = project.path().join("templates");
    for (name, default) in DEFAULTS {
        let text = default_with(name, default, &marker(name));
        common::write_file(&templates, name, &text);
    }
    let site = built(project.path());
    let pages = pages(&site);
    for (name, _) in DEFAULTS {
        let expected: BTreeSet<&str> = PAGES
            .iter()
            .find(|(listed, _)| listed == name)
            .map(|(_, pages)| pages.iter().copied().collect())
            .unwrap_or_else(|| panic!("{name} is not in PAGES"));
        let mark = marker(name);
        let marked: BTreeSet<&str> = pages
            .iter()
            .filter(|(_, html)| html.contains(&mark))
            .map(|(path, _)| *path)
            .collect();
        assert_eq!(
            marked,
            expected,
            "the pages made from templates/{name}: {:?}",
            pages.keys()
        );
        for path in &marked {
            assert_eq!(
                pages[path].matches(&mark).count(),
                1,
                "{path} has templates/{name}'s mark more than once"
            );
        }
    }

    // Apart from the marks, the overrides (the defaults as they are) make the default site.
    let plain = fixture();
    let default_site = built(plain.path());
    assert_eq!(
        site.keys().collect::<Vec<_>>(),
        default_site.keys().collect::<Vec<_>>(),
        "overrides changed which files the site has"
    );
    for (path, html) in &pages {
        let unmarked = DEFAULTS.iter().fold(html.clone(), |html, (name, _)| {
            html.replace(&marker(name), "")
        });
        let default = String::from_utf8_lossy(&default_site[*path]);
        assert!(
            !default.contains("locdoc-test-override"),
            "{path} is marked without an override"
        );
        assert_eq!(unmarked, default, "{path} differs beyond the marks");
    }
}

/// An override that tera cannot parse stops the build before anything is written, naming the
/// override's file and the tag to fix (`tests/build.rs` has an override that fails to render).
#[test]
fn an_override_that_does_not_compile_fails_the_build_naming_its_file() {
    const UNCLOSED: &str = "{% if page.title %}";
    for (name, default) in DEFAULTS {
        let project = fixture();
        let text = default_with(name, default, UNCLOSED);
        common::write_file(&project.path().join("templates"), name, &text);
        let (output, out) = common::build_into_public(project.path());
        assert_eq!(output.status.code(), Some(2), "{name} compiled");
        assert!(!out.exists(), "a site was written without templates/{name}");
        // The report wraps long lines and draws a gutter: read it as one line of words.
        let stderr = String::from_utf8_lossy(&output.stderr)
            .split_whitespace()
            .filter(|word| *word != "│")
            .collect::<Vec<_>>()
            .join(" ");
        let at = insertion_point(name, default);
        let line = default[..at].matches('\n').count() + 1;
        let column = default[..at]
            .rsplit('\n')
            .next()
            .map_or(0, |tail| tail.chars().count())
            + 1;
        let place = format!("templates/{name}:{line}:{column}: `{UNCLOSED}` is never closed");
        assert!(stderr.contains(&place), "{name}: {stderr}");
    }
}
