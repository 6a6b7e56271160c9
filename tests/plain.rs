//! Plain translations aligned with their English, scored against the gold alignment of
//! `../shared/plain` by its own scorer (`score.py`, Python's standard library only): strict F1
//! per locale, printed, with the floors asserted.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `../shared/plain`, or `None` with a notice.
fn plain_sets() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/plain");
    if !dir.join("score.py").is_file() {
        eprintln!("skipping: ../shared/plain not found");
        return None;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipping: python3 (for ../shared/plain/score.py) not found");
        return None;
    }
    Some(dir)
}

/// Export `set`'s content as JSON Lines and score it: F1 and gold pairs per locale, and the
/// overall strict F1.
fn score(plain: &Path, set: &str) -> (BTreeMap<String, (f64, usize)>, f64) {
    let content = plain.join(set).join("content");
    let export = common::locdoc(&[
        "export",
        "--content",
        content.to_str().expect("UTF-8 path"),
        "--format",
        "jsonl",
    ]);
    assert!(export.status.success(), "{export:?}");
    let dir = tempfile::tempdir().expect("tempdir");
    let system = dir.path().join("system.jsonl");
    std::fs::write(&system, &export.stdout).expect("write");
    let scored = Command::new("python3")
        .arg(plain.join("score.py"))
        .arg(plain.join(set).join("gold.jsonl"))
        .arg(&system)
        .arg("--by-locale")
        .output()
        .expect("run score.py");
    assert!(scored.status.success(), "{scored:?}");
    let report = String::from_utf8_lossy(&scored.stdout);
    println!("{set}:\n{report}");
    let mut locales = BTreeMap::new();
    let mut overall = 0.0;
    for line in report.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [locale, "F1", f1, .., "gold", gold] if locale.ends_with(':') => {
                locales.insert(
                    locale.trim_end_matches(':').to_owned(),
                    (f1.parse().expect("F1"), gold.parse().expect("count")),
                );
            }
            ["strict", "F1", f1, ..] => overall = f1.parse().expect("F1"),
            _ => {}
        }
    }
    (locales, overall)
}

#[test]
fn plain_translations_align_with_their_english_as_the_gold_does() {
    let Some(plain) = plain_sets() else { return };

    let (alchemy, overall) = score(&plain, "alchemy");
    assert!(overall >= 0.98, "alchemy: strict F1 {overall}");
    for (locale, (f1, gold)) in &alchemy {
        if *gold <= 11 {
            // The seed article, in every one of its 36 locales (Thai included): exact.
            assert!(*f1 == 1.0, "alchemy {locale}: the seed article scores {f1}");
        } else {
            assert!(*f1 >= 0.98, "alchemy {locale}: {f1}");
        }
    }
    assert!(alchemy.len() >= 36, "{alchemy:?}");

    let (skype, overall) = score(&plain, "skype");
    assert!(overall >= 0.98, "skype: strict F1 {overall}");
    for (locale, (f1, _)) in &skype {
        assert!(*f1 >= 0.98, "skype {locale}: {f1}");
    }
    assert_eq!(skype.len(), 3, "{skype:?}");
}

/// The seed article as published without spans (it-IT, ja-JP) beside its English.
fn plain_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plain")
}

fn build(content: &Path, out: &Path) -> std::process::Output {
    common::locdoc(&[
        "build",
        "--content",
        content.to_str().expect("UTF-8 path"),
        "--out",
        out.to_str().expect("UTF-8 path"),
    ])
}

fn html(path: &Path) -> scraper::Html {
    scraper::Html::parse_document(&std::fs::read_to_string(path).expect("page"))
}

fn texts(page: &scraper::Html, css: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(css).expect("selector");
    page.select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

#[test]
fn a_plain_page_shows_the_english_of_every_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("site");
    let built = build(&plain_fixture(), &out);
    assert!(built.status.success(), "{built:?}");
    let page_path = out.join("it-IT/close-your-account/index.html");
    let page = html(&page_path);
    let english = texts(&page, ".seg .seg-source");
    assert_eq!(english.len(), 11, "{english:?}");
    assert_eq!(english[0], "How to close your account");
    assert_eq!(english[5], "Delete users.");
    assert_eq!(texts(&page, ".seg .seg-target")[5], "Eliminare gli utenti.");
    assert_eq!(
        texts(&page, "#seg-6 .seg-target"),
        ["Eliminare gli utenti."]
    );
    // Read in English is offered, as on an sxs page.
    assert!(
        std::fs::read_to_string(&page_path)
            .expect("page")
            .contains("class=\"read-en-switch\"")
    );
    insta::assert_snapshot!(std::fs::read_to_string(&page_path).expect("page"));

    // The report shows both plain versions beside the English, marked as plain, all aligned.
    let report = html(&out.join("_align/close-your-account/index.html"));
    assert_eq!(texts(&report, ".align-units thead .align-tag").len(), 2);
    assert_eq!(texts(&report, "td.align-s-aligned").len(), 22);
    assert!(texts(&report, ".align-uncertain").is_empty());

    // Exchange formats take plain versions too: one translation unit per sentence.
    let tmx = common::locdoc(&[
        "export",
        "--content",
        plain_fixture().to_str().expect("UTF-8 path"),
        "--format",
        "tmx",
    ]);
    assert!(tmx.status.success(), "{tmx:?}");
    let tmx = String::from_utf8_lossy(&tmx.stdout);
    assert_eq!(tmx.matches("</tu>").count(), 11, "{tmx}");
    assert!(tmx.contains("Eliminare gli utenti.") && tmx.contains("ユーザーを削除します。"));
}

#[test]
fn the_office_js_docs_set_builds_with_per_sentence_english() {
    let docset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/docsets/office-js");
    if !docset.is_dir() {
        eprintln!("skipping: ../shared/docsets/office-js not found");
        return;
    }
    // One content folder per locale, each the `docs/` folder of its repository.
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    for (locale, repository) in [
        ("en-US", "office-js-docs-pr"),
        ("fr-FR", "office-js-docs-pr.fr-fr"),
        ("ja-JP", "office-js-docs-pr.ja-jp"),
        ("pt-BR", "office-js-docs-pr.pt-br"),
    ] {
        let docs = docset.join(repository).join("docs");
        for file in walkdir::WalkDir::new(&docs) {
            let file = file.expect("walk");
            let rel = file.path().strip_prefix(&docs).expect("inside");
            let to = content.join(locale).join(rel);
            if file.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("mkdir");
            } else {
                std::fs::copy(file.path(), &to).expect("copy");
            }
        }
    }
    let out = dir.path().join("site");
    let built = build(&content, &out);
    assert!(built.status.success(), "{built:?}");
    let mut pages = 0;
    let mut with_english = 0;
    for locale in ["fr-FR", "ja-JP", "pt-BR"] {
        for page in walkdir::WalkDir::new(out.join(locale)) {
            let page = page.expect("walk");
            if page.file_name() != "index.html" || page.path().parent() == Some(&out.join(locale)) {
                continue;
            }
            pages += 1;
            let text = std::fs::read_to_string(page.path()).expect("page");
            if text.contains("class=\"seg-source\"") {
                with_english += 1;
            }
        }
    }
    println!("office-js: {with_english} of {pages} translated pages have per-sentence English");
    assert!(pages > 850, "{pages} translated pages");
    assert!(
        with_english * 100 >= pages * 95,
        "{with_english} of {pages} translated pages have per-sentence English"
    );
    let stderr = String::from_utf8_lossy(&built.stderr);
    let segments: usize = stderr
        .lines()
        .find_map(|l| l.split(" files, ").nth(1)?.split(' ').next()?.parse().ok())
        .unwrap_or_default();
    assert!(segments > 50_000, "{stderr}");
}

#[test]
fn uncertain_pairs_missing_sentences_and_extra_ones_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    for (path, text) in [
        // The English gained a paragraph the translation lacks.
        (
            "en-US/a.md",
            "---\ntitle: A\n---\n# Title\n\nFirst paragraph here.\n\nA paragraph added to the English later, with Contoso 2024.\n\nLast paragraph.\n",
        ),
        (
            "es-ES/a.md",
            "---\ntitle: A\n---\n# Título\n\nPrimer párrafo aquí.\n\nÚltimo párrafo.\n",
        ),
        // The translation has a paragraph of its own, and one that shares no number with its
        // English.
        (
            "en-US/b.md",
            "---\ntitle: B\n---\n# Title\n\nOpen the portal at contoso.com and sign in with your work account.\n\nLast paragraph.\n",
        ),
        (
            "es-ES/b.md",
            "---\ntitle: B\n---\n# Título\n\nVersión 7.1 de 2019: vea también las guías 12 y 14 para 3 opciones.\n\nÚltimo párrafo.\n\nUn párrafo que solo tiene la traducción, sobre la versión 8.2 de 2021 y sus 5 novedades, con muchas palabras.\n",
        ),
    ] {
        let file = content.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(file, text).expect("write");
    }
    let checked = common::locdoc(&[
        "check",
        "--content",
        content.to_str().expect("UTF-8 path"),
        "--format",
        "json",
    ]);
    let findings: Vec<serde_json::Value> = String::from_utf8_lossy(&checked.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let of = |code: &str, path: &str| {
        findings
            .iter()
            .any(|f| f["code"] == code && f["path"] == path)
    };
    // The English paragraph the translation lacks is missing, not forced into a pair.
    assert!(of("LD0301", "es-ES/a.md"), "{findings:#?}");
    assert!(!of("LD0308", "es-ES/a.md"), "{findings:#?}");
    // The translated paragraph shares no number with its English: a pair to confirm.
    assert!(of("LD0308", "es-ES/b.md"), "{findings:#?}");
    // The Spanish paragraph without English.
    assert!(of("LD0302", "es-ES/b.md"), "{findings:#?}");
}
