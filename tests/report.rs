//! The alignment report `locdoc build` writes to `_align/`: coverage, unit rows, links to the
//! sentences on the rendered pages, flags, escaping; the seed article and a real drifted one.

use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = "close-your-account.md";

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn seed(locale: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(locale)
        .join(SEED);
    std::fs::read_to_string(path).expect("seed")
}

/// A project whose content is the repository's `content/`, with some files replaced.
fn project(replace: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for locale in ["ro-RO", "it-IT"] {
        write(
            dir.path(),
            &format!("content/{locale}/{SEED}"),
            &seed(locale),
        );
    }
    for (rel, text) in replace {
        write(dir.path(), rel, text);
    }
    dir
}

/// Run `locdoc build --root <root> --out <root>/public`.
fn build(root: &Path) -> (Output, PathBuf) {
    let out = root.join("public");
    let result = Command::new(env!("CARGO_BIN_EXE_locdoc"))
        .args([
            "build",
            "--root",
            root.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
        ])
        .output()
        .expect("run locdoc");
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    (result, out)
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    html.select(&selector).collect()
}

fn select_in<'a>(element: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    element.select(&selector).collect()
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect::<String>().trim().to_owned()
}

/// The unit row `#unit-N` of an article page.
fn row(html: &Html, n: usize) -> ElementRef<'_> {
    select(html, &format!("tr#unit-{n}"))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no row unit-{n}"))
}

/// The finding codes in a row, as `CODE locale`.
fn flags(row: ElementRef<'_>) -> Vec<String> {
    select_in(row, ".align-finding")
        .into_iter()
        .map(|f| {
            format!(
                "{} {}",
                f.value().attr("data-code").unwrap_or(""),
                f.value().attr("data-locale").unwrap_or("")
            )
        })
        .collect()
}

#[test]
fn seed_overview_has_full_coverage() {
    let dir = project(&[]);
    let (result, out) = build(dir.path());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.contains("alignment report: 0 finding(s)"),
        "{stderr}"
    );
    let html = Html::parse_document(&read(&out, "_align/index.html"));
    assert_eq!(
        select(&html, "html")[0].value().attr("lang"),
        Some("en-US"),
        "the report speaks the source locale"
    );
    let rows = select(&html, ".align-overview tbody tr");
    assert_eq!(rows.len(), 1);
    let link = select_in(rows[0], "a")[0];
    assert_eq!(link.value().attr("href"), Some("close-your-account/"));
    assert_eq!(text(link), SEED);
    for locale in ["ro-RO", "it-IT"] {
        let cell = select_in(rows[0], &format!("td[data-locale=\"{locale}\"]"));
        assert_eq!(text(cell[0]), "11/11", "{locale}");
        let total = select(
            &html,
            &format!(".align-overview tfoot td[data-locale=\"{locale}\"]"),
        );
        assert_eq!(text(total[0]), "11/11", "{locale} total");
    }
    assert!(select(&html, ".align-rule-table").is_empty());
}

#[test]
fn seed_article_rows_link_to_the_sentences() {
    let dir = project(&[]);
    let (_, out) = build(dir.path());
    let page = "_align/close-your-account/index.html";
    let html = Html::parse_document(&read(&out, page));
    let rows = select(&html, ".align-units tbody tr");
    assert_eq!(rows.len(), 11);
    assert_eq!(
        text(select_in(row(&html, 1), ".align-en")[0]),
        "How to close your account"
    );
    let headers: Vec<_> = select(&html, ".align-units thead th[data-locale]")
        .into_iter()
        .filter_map(|th| th.value().attr("data-locale"))
        .collect();
    assert_eq!(headers, ["it-IT", "ro-RO"]);
    for n in 1..=11 {
        for locale in ["ro-RO", "it-IT"] {
            let cells = select_in(
                row(&html, n),
                &format!("td.align-target[data-locale=\"{locale}\"]"),
            );
            let cell = cells[0];
            assert_eq!(cell.value().attr("lang"), Some(locale));
            assert_eq!(cell.value().attr("dir"), Some("ltr"));
            assert!(cell.value().classes().any(|c| c == "align-s-aligned"));
            let href = select_in(cell, "a")[0]
                .value()
                .attr("href")
                .expect("href")
                .to_owned();
            assert_eq!(href, format!("../../{locale}/close-your-account/#seg-{n}"));
            let (path, anchor) = href.split_once('#').expect("anchor");
            let target = out
                .join("_align/close-your-account")
                .join(path)
                .join("index.html");
            let target_html = std::fs::read_to_string(&target)
                .unwrap_or_else(|e| panic!("{}: {e}", target.display()));
            assert!(
                target_html.contains(&format!("id=\"{anchor}\"")),
                "{href}: no {anchor}"
            );
        }
    }
    // The filters are hidden until the script shows them.
    let form = select(&html, "form.align-filters");
    assert!(form[0].value().attr("hidden").is_some());
}

#[test]
fn seed_article_snapshot() {
    let dir = project(&[]);
    let (_, out) = build(dir.path());
    let html = Html::parse_document(&read(&out, "_align/close-your-account/index.html"));
    let main = select(&html, "main")[0].html();
    insta::assert_snapshot!(main);
}

#[test]
fn missing_and_drifted_units_are_flagged() {
    let ro = seed("ro-RO");
    let missing = ro
        .lines()
        .filter(|l| !l.contains("e2d3a-107"))
        .collect::<Vec<_>>()
        .join("\n");
    let drifted = missing.replace(
        ">Cancel all active subscriptions.<",
        ">Cancel all of the active subscriptions now.<",
    );
    assert_ne!(drifted, missing);
    let dir = project(&[(&format!("content/ro-RO/{SEED}"), drifted)]);
    let (_, out) = build(dir.path());
    let overview = Html::parse_document(&read(&out, "_align/index.html"));
    let ro_cell = select(&overview, ".align-overview tbody td[data-locale=\"ro-RO\"]");
    assert_eq!(text(ro_cell[0]), "9/11");
    let codes = text(select(&overview, ".align-overview tbody .align-rules")[0]);
    assert!(codes.contains("LD0301×1"), "{codes}");
    assert!(codes.contains("LD0303×1"), "{codes}");

    let html = Html::parse_document(&read(&out, "_align/close-your-account/index.html"));
    let unit6 = row(&html, 6);
    assert_eq!(unit6.value().attr("data-flags"), Some("LD0301"));
    assert!(flags(unit6).contains(&"LD0301 ro-RO".to_owned()));
    let cell = select_in(unit6, "td[data-locale=\"ro-RO\"]")[0];
    assert!(cell.value().classes().any(|c| c == "align-s-missing"));
    assert!(
        select_in(cell, "a").is_empty(),
        "no sentence to link to on the page"
    );
    let unit7 = row(&html, 7);
    assert!(
        flags(unit7).contains(&"LD0303 ro-RO".to_owned()),
        "{:?}",
        flags(unit7)
    );
    // The word diff is in a <details>, the message in the code's title.
    let note = text(select_in(unit7, ".align-note")[0]);
    assert!(note.contains("now"), "{note}");
    assert!(!select_in(unit7, ".align-note ins").is_empty());
    let filters: Vec<_> = select(&html, "input[data-filter=\"flag\"]")
        .into_iter()
        .filter_map(|i| i.value().attr("value"))
        .collect();
    assert_eq!(filters, ["LD0301", "LD0303"]);
    assert!(flags(row(&html, 1)).is_empty());
}

#[test]
fn hostile_targets_are_escaped() {
    let ro = seed("ro-RO").replace(
        ">Ștergerea utilizatorilor.<",
        ">Ștergerea `<script>alert(1)</script>` utilizatorilor <img src=x onerror=alert(2)>.<",
    );
    let dir = project(&[(&format!("content/ro-RO/{SEED}"), ro)]);
    let (_, out) = build(dir.path());
    let raw = read(&out, "_align/close-your-account/index.html");
    assert!(!raw.contains("<script>alert"), "unescaped script");
    assert!(!raw.contains("<img"), "unescaped img");
    assert!(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let html = Html::parse_document(&raw);
    assert!(
        select(&html, "script")
            .iter()
            .all(|s| s.value().attr("src").is_some()),
        "only the site's script"
    );
    let cell = select_in(row(&html, 6), "td[data-locale=\"ro-RO\"]")[0];
    assert!(
        text(cell).contains("<script>alert(1)</script>"),
        "{}",
        text(cell)
    );
}

#[test]
fn m365_drifted_article() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/m365");
    if !corpus.is_dir() {
        eprintln!("skipping: ../shared/corpus/m365 not found");
        return;
    }
    let article = "microsoft-365/commerce/close-your-account.md";
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(&corpus).expect("corpus") {
        let locale = entry.expect("entry").file_name();
        let locale = locale.to_string_lossy();
        let file = corpus.join(&*locale).join(article);
        if file.is_file() {
            write(
                dir.path(),
                &format!("content/{locale}/{article}"),
                &std::fs::read_to_string(&file).expect("read"),
            );
        }
    }
    let (_, out) = build(dir.path());
    let page = "_align/microsoft-365/commerce/close-your-account/index.html";
    let html = Html::parse_document(&read(&out, page));
    let headers: Vec<_> = select(&html, ".align-units thead th[data-locale]")
        .into_iter()
        .filter_map(|th| th.value().attr("data-locale"))
        .collect();
    // The plain versions are aligned with the English file and shown beside the sxs ones,
    // marked as plain.
    assert_eq!(
        headers,
        [
            "ar-SA", "da-DK", "de-DE", "it-IT", "nl-NL", "pl-PL", "tr-TR"
        ]
    );
    let plain: Vec<_> = select(&html, ".align-units thead th[data-locale]")
        .into_iter()
        .filter(|th| !select_in(*th, ".align-tag").is_empty())
        .filter_map(|th| th.value().attr("data-locale"))
        .collect();
    assert_eq!(plain, ["ar-SA", "da-DK", "pl-PL", "tr-TR"]);
    // nl-NL's 50 units, and the sentences the English gained since, extra in the plain ones.
    let rows = select(&html, ".align-units tbody tr");
    assert!(rows.len() > 50, "{}", rows.len());
    let nl_rows = select(
        &html,
        "td.align-target[data-locale=\"nl-NL\"]:not(.align-s-none)",
    );
    assert_eq!(nl_rows.len(), 50);
    // A plain pair shows the aligner's confidence.
    assert!(!select(&html, "td[data-locale=\"pl-PL\"] .align-confidence").is_empty());
    let all: Vec<String> = select(&html, ".align-units tbody tr")
        .into_iter()
        .flat_map(flags)
        .collect();
    for flag in [
        "LD0303 de-DE",
        "LD0303 it-IT",
        "LD0301 de-DE",
        "LD0301 it-IT",
    ] {
        assert!(all.iter().any(|f| f == flag), "{flag} missing");
    }
    // A drifted unit's target still links to its sentence on the locale's page.
    let drifted = select(&html, "td.align-s-drift[data-locale=\"it-IT\"] a");
    let href = drifted[0].value().attr("href").expect("href");
    assert!(
        href.starts_with("../../../../it-IT/microsoft-365/commerce/close-your-account/#seg-"),
        "{href}"
    );
    let (path, anchor) = href.split_once('#').expect("anchor");
    let target = out
        .join("_align/microsoft-365/commerce/close-your-account")
        .join(path)
        .join("index.html");
    assert!(
        read(
            &out,
            target
                .strip_prefix(&out)
                .expect("inside")
                .to_str()
                .expect("utf-8")
        )
        .contains(&format!("id=\"{anchor}\""))
    );
    // The overview counts plain versions' coverage, marked as plain.
    let overview = Html::parse_document(&read(&out, "_align/index.html"));
    let ar = select(&overview, ".align-overview tbody td[data-locale=\"ar-SA\"]");
    assert!(ar[0].value().classes().any(|c| c == "align-plain"));
}

#[test]
fn right_to_left_targets_keep_their_direction() {
    let ar = seed("ro-RO").replace("ms.contentlocale: ro-RO", "ms.contentlocale: ar-SA");
    let dir = project(&[(&format!("content/ar-SA/{SEED}"), ar)]);
    let (_, out) = build(dir.path());
    let html = Html::parse_document(&read(&out, "_align/close-your-account/index.html"));
    let cells = select(&html, "td.align-target[data-locale=\"ar-SA\"]");
    assert_eq!(cells.len(), 11);
    for cell in cells {
        assert_eq!(cell.value().attr("lang"), Some("ar-SA"));
        assert_eq!(cell.value().attr("dir"), Some("rtl"));
        // The status label is the report's language, not the target's.
        let status = select_in(cell, ".align-status")[0];
        assert_eq!(status.value().attr("dir"), Some("ltr"));
    }
    let english = select(&html, "td.align-en")[0];
    assert_eq!(english.value().attr("dir"), Some("ltr"));
}
