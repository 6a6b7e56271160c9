//! The page header's language menu and the isolation of mixed-direction text, on built pages:
//! the menu is a closed `<details>` (one line on a phone, no JavaScript needed, the summary
//! focusable from the keyboard) listing every locale by its own name; UI strings that may be in
//! another direction than the page (a right-to-left page whose strings fell back to English) are
//! isolated in `<bdi>`, so their punctuation stays on their own side.

use locdoc::render::l10n::{self, L10n};
use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::locdoc;

/// The seed article of `locale` (`content/<locale>/close-your-account.md` of the repository).
fn seed(locale: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .join(locale)
            .join("close-your-account.md"),
    )
    .expect("seed")
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// Build `root` into `root/public`.
fn build(root: &Path) -> (Output, PathBuf) {
    let out = root.join("public");
    let result = locdoc(&[
        "build",
        "--quiet",
        "--root",
        root.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    (result, out)
}

fn page(out: &Path, rel: &str) -> Html {
    let text = std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    Html::parse_document(&text)
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    html.select(&selector).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect()
}

/// The text directly inside `element`, outside its child elements.
fn own_text(element: &ElementRef<'_>) -> String {
    element
        .children()
        .filter_map(|node| node.value().as_text().map(|t| t.to_string()))
        .collect()
}

#[test]
fn the_language_menu_is_a_closed_details_of_autonyms() {
    let dir = tempfile::tempdir().expect("tempdir");
    for locale in ["ro-RO", "it-IT"] {
        write(
            dir.path(),
            &format!("content/{locale}/close-your-account.md"),
            &seed(locale),
        );
    }
    let (_, out) = build(dir.path());
    let html = page(&out, "ro-RO/close-your-account/index.html");

    // One <details> in the header's navigation, closed, and nothing listed outside it.
    let menus = select(&html, "header nav.lang-switcher > details.lang-menu");
    assert_eq!(menus.len(), 1, "a <details> menu in the header");
    assert_eq!(menus[0].value().attr("open"), None, "closed by default");
    assert!(select(&html, "nav.lang-switcher > ul").is_empty());

    // The summary (focusable natively) names the menu with the localized label and shows the
    // page's language by its own name.
    let l10n = L10n::load(None).expect("strings");
    let label = l10n.message("ro-RO", "language-picker-heading", &[]);
    let summary = select(&html, "details.lang-menu > summary");
    assert_eq!(summary.len(), 1);
    let summary_text = text(&summary[0]);
    assert!(summary_text.contains(&label), "{summary_text:?}");
    assert!(summary_text.contains("Română"), "{summary_text:?}");
    assert!(select(&html, "details.lang-menu > summary bdi").len() == 1);

    // Every locale by its autonym, marked with its language, the current one aria-current.
    let links = select(&html, "details.lang-menu > ul > li > a");
    let names: Vec<String> = links.iter().map(text).collect();
    assert_eq!(names, ["English", "Italiano", "Română"]);
    for (link, tag) in links.iter().zip(["en-US", "it-IT", "ro-RO"]) {
        assert_eq!(link.value().attr("lang"), Some(tag));
        assert_eq!(link.value().attr("hreflang"), Some(tag));
        assert_eq!(link.value().attr("dir"), Some("ltr"));
    }
    let current = select(&html, "details.lang-menu a[aria-current=page]");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].value().attr("lang"), Some("ro-RO"));
    assert_eq!(current[0].value().attr("href"), None);
    assert_eq!(
        links[1].value().attr("href"),
        Some("../../it-IT/close-your-account/")
    );
}

/// A right-to-left locale that has no strings file of its own, so its UI strings fall back to
/// English: the case the isolation is for.
fn rtl_locale_without_strings(l10n: &L10n) -> &'static str {
    ["dv-MV", "ug-CN", "ps-AF", "sd-PK", "yi-001"]
        .into_iter()
        .find(|l| l10n::is_rtl(l) && !l10n::is_rtl(&l10n.ui_locale(l)))
        .expect("some right-to-left locale falls back to a left-to-right one")
}

#[test]
fn fallback_strings_on_a_right_to_left_page_are_isolated() {
    let l10n = L10n::load(None).expect("strings");
    let locale = rtl_locale_without_strings(&l10n);
    let ui = l10n.ui_locale(locale);
    let dir = tempfile::tempdir().expect("tempdir");
    // The seed as a machine translation: the page gets the notice and its link to the English.
    let text_of_seed = seed("ro-RO")
        .replace("ms.translationtype: HT", "ms.translationtype: MT")
        .replace(
            "ms.contentlocale: ro-RO",
            &format!("ms.contentlocale: {locale}"),
        );
    write(
        dir.path(),
        &format!("content/{locale}/close-your-account.md"),
        &text_of_seed,
    );
    write(
        dir.path(),
        "content/ro-RO/close-your-account.md",
        &seed("ro-RO"),
    );
    let (_, out) = build(dir.path());
    let html = page(&out, &format!("{locale}/close-your-account/index.html"));
    assert_eq!(
        select(&html, "html")[0].value().attr("dir"),
        Some("rtl"),
        "{locale} is right to left"
    );

    // The notice: both its sentences in one isolate (so they keep their order and their full
    // stops stay at their ends), marked with the language they are written in; the link text,
    // a message of its own, isolated again.
    let notice = select(&html, "p.mt-notice");
    assert_eq!(notice.len(), 1, "a machine-translation notice");
    assert_eq!(
        own_text(&notice[0]).trim(),
        "",
        "no text outside the isolate"
    );
    let isolate = select(&html, "p.mt-notice > bdi");
    assert_eq!(isolate.len(), 1);
    assert_eq!(isolate[0].value().attr("lang"), Some(ui.as_str()));
    let notice_text = text(&isolate[0]);
    assert!(
        notice_text.starts_with(&l10n.message(locale, "mt-notice", &[])),
        "{notice_text:?}"
    );
    assert!(notice_text.trim_end().ends_with('.'), "{notice_text:?}");
    let link = select(&html, "p.mt-notice > bdi > a");
    assert_eq!(link.len(), 1);
    assert_eq!(link[0].value().attr("dir"), Some("auto"));
    assert_eq!(text(&link[0]), l10n.message(locale, "mt-notice-link", &[]));

    // The date line, the same way.
    let updated = select(&html, "p.last-updated > bdi");
    assert_eq!(updated.len(), 1, "the last-updated line is isolated");
    assert_eq!(updated[0].value().attr("lang"), Some(ui.as_str()));
    assert_eq!(own_text(&select(&html, "p.last-updated")[0]).trim(), "");

    // The menu: the label isolated, each language name in its own direction.
    let label = select(&html, "details.lang-menu > summary bdi");
    assert_eq!(label.len(), 1);
    assert_eq!(
        text(&label[0]),
        l10n.message(locale, "language-picker-heading", &[])
    );
    for link in select(&html, "details.lang-menu a") {
        let tag = link.value().attr("lang").expect("lang");
        let expected = if l10n::is_rtl(tag) { "rtl" } else { "ltr" };
        assert_eq!(link.value().attr("dir"), Some(expected), "{tag}");
    }
}
