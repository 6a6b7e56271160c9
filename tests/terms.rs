//! The termbase (LD0514, LD0515) and spelling (LD0516, LD0517) rules end to end: a project with
//! a TBX or CSV termbase over the seed articles, termbase errors through the project loader,
//! and examples from the real corpus (skipped when `../shared/corpus` is absent; the spelling
//! examples also when Debian's Hunspell dictionaries are not installed).

use std::path::{Path, PathBuf};

mod common;
use common::{corpus, locdoc};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/terms")
        .join(name)
}

/// A project over a copy of the seed articles with `settings` as its `locdoc.toml` and the
/// termbase fixtures beside it; the Italian seed says "conto" and "sottoscrizioni".
fn project(settings: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["terms.tbx", "terms.csv"] {
        std::fs::copy(fixture(name), dir.path().join(name)).expect("copy");
    }
    self::settings(dir.path(), settings);
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for locale in ["it-IT", "ro-RO"] {
        let mut text = std::fs::read_to_string(seeds.join(locale).join("close-your-account.md"))
            .expect("seed");
        if locale == "it-IT" {
            text = text
                .replace("si chiude l'account con", "si chiude il conto con")
                .replace(
                    "tutti gli abbonamenti attivi",
                    "tutte le sottoscrizione attive",
                );
        }
        let path = dir.path().join("content").join(locale);
        std::fs::create_dir_all(&path).expect("mkdir");
        std::fs::write(path.join("close-your-account.md"), text).expect("write");
    }
    dir
}

/// The JSON findings of `locdoc check` in `root` (with `extra` arguments) as (code, locale,
/// message), and the exit status.
fn findings(root: &Path, extra: &[&str]) -> (Vec<(String, String, String)>, Option<i32>) {
    let mut args = vec![
        "check",
        "--root",
        root.to_str().expect("utf-8"),
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = locdoc(&args);
    let found = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .map(|f| {
            let text = |key: &str| f[key].as_str().unwrap_or("").to_owned();
            (text("code"), text("locale"), text("message"))
        })
        .collect();
    (found, out.status.code())
}

fn of<'a>(found: &'a [(String, String, String)], code: &str) -> Vec<&'a (String, String, String)> {
    found.iter().filter(|(c, _, _)| c == code).collect()
}

#[test]
fn tbx_and_csv_termbases_find_the_same_problems_in_the_seeds() {
    let tbx = project("[check]\ntermbase = [\"terms.tbx\"]\n");
    let (found, _) = findings(tbx.path(), &[]);
    let terms: Vec<_> = found
        .iter()
        .filter(|(c, _, _)| c == "LD0514" || c == "LD0515")
        .cloned()
        .collect();
    let messages: Vec<&str> = terms.iter().map(|(_, _, m)| m.as_str()).collect();
    assert_eq!(
        messages,
        [
            "the target has `conto`, which the termbase marks deprecated for it-IT; use `account`",
            "the target has `sottoscrizione`, which the termbase marks superseded for it-IT; use `abbonamento`",
        ],
        "{found:?}"
    );
    // The Romanian seed says "contul", "contului": the term `cont` in its inflections.
    assert!(terms.iter().all(|(_, l, _)| l == "it-IT"));
    let csv = project("[check]\ntermbase = [\"terms.csv\"]\n");
    let (from_csv, _) = findings(csv.path(), &[]);
    assert_eq!(found, from_csv);
    let none = project("");
    let (plain, _) = findings(none.path(), &[]);
    assert!(of(&plain, "LD0514").is_empty() && of(&plain, "LD0515").is_empty());
}

/// Write the project's `locdoc.toml`.
fn settings(root: &Path, text: &str) {
    std::fs::write(root.join("locdoc.toml"), text).expect("write");
}

/// What `locdoc check` says on stderr when it refuses to run in `root`.
fn refused(root: &Path) -> String {
    let out = locdoc(&["check", "--root", root.to_str().expect("utf-8")]);
    assert_ne!(out.status.code(), Some(0));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_broken_or_missing_termbase_stops_the_check_at_its_line_and_column() {
    let dir = project("[check]\ntermbase = [\"terms.tbx\"]\n");
    std::fs::write(
        dir.path().join("terms.tbx"),
        "<martif><text><body><termEntry>\n<langSet xml:lang=\"it\"><tig><term>conto</term>\n<termNote type=\"administrativeStatus\">wrongTerm</termNote></tig></langSet></termEntry></body></text></martif>\n",
    )
    .expect("write");
    let stderr = refused(dir.path());
    assert!(stderr.contains("terms.tbx:3:39"), "{stderr}");
    assert!(
        stderr.contains("unknown usage status `wrongTerm`"),
        "{stderr}"
    );
    settings(dir.path(), "[check]\ntermbase = [\"nowhere.csv\"]\n");
    let stderr = refused(dir.path());
    assert!(stderr.contains("locdoc.toml:2:13"), "{stderr}");
    assert!(stderr.contains("nowhere.csv does not exist"), "{stderr}");
}

#[test]
fn corpus_examples_of_the_termbase_rules() {
    let Some(corpus) = corpus() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(fixture("skype-it.csv"), dir.path().join("skype-it.csv")).expect("copy");
    settings(dir.path(), "[check]\ntermbase = [\"skype-it.csv\"]\n");
    let content = corpus.join("skype");
    let out = locdoc(&[
        "check",
        "--root",
        dir.path().to_str().expect("utf-8"),
        "--content",
        content.to_str().expect("utf-8"),
        "--locale",
        "it-IT",
        "--format",
        "json",
    ]);
    let found: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let at = |code: &str, path: &str, says: &str| {
        found.iter().any(|f| {
            f["code"] == code
                && f["path"].as_str().is_some_and(|p| p.ends_with(path))
                && f["message"].as_str().is_some_and(|m| m.contains(says))
        })
    };
    // "Advanced Features" → "Caratteristiche avanzate": the deprecated term, whole, in its plural
    // only through the required-term rule; the singular is LD0515.
    assert!(
        found.iter().any(|f| f["code"] == "LD0515"
            && f["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("the target has `caratteristica`"))),
        "no LD0515 for caratteristica"
    );
    assert!(
        at("LD0514", "", "the English has the term `feature`"),
        "no LD0514 for feature"
    );
    // Kept in English as a name: "Domain Name System" is no missing `dominio`.
    assert!(!found.iter().any(|f| {
        f["code"] == "LD0514"
            && f["target"]
                .as_str()
                .is_some_and(|t| t.contains("Domain Name System"))
            && f["message"]
                .as_str()
                .is_some_and(|m| m.contains("`Domain`"))
    }));
    // Japanese and Spanish have no terms in this termbase.
    assert!(found.iter().all(|f| f["locale"] == "it-IT"));
}

/// Whether Debian's Italian and Romanian dictionaries are installed, with a notice when not.
fn dictionaries() -> bool {
    let there = ["it_IT", "ro_RO"].iter().all(|d| {
        Path::new("/usr/share/hunspell")
            .join(format!("{d}.dic"))
            .is_file()
    });
    if !there {
        eprintln!(
            "skipping: no Hunspell it_IT/ro_RO dictionaries (apt-get install hunspell-it hunspell-ro)"
        );
    }
    there
}

#[test]
fn spelling_is_off_by_default_and_names_locales_without_a_dictionary() {
    let dir = project("");
    let (found, _) = findings(dir.path(), &[]);
    assert!(of(&found, "LD0516").is_empty() && of(&found, "LD0517").is_empty());
    // Only a folder of our own: no locale has a dictionary, each says so once.
    std::fs::create_dir(dir.path().join("dicts")).expect("mkdir");
    settings(
        dir.path(),
        "[check.spelling]\nenabled = true\n[check.spelling.locales]\n\"it-IT\" = \"dicts/it.dic\"\n",
    );
    assert!(
        refused(dir.path()).contains("dicts/it.dic does not exist"),
        "a named dictionary must exist"
    );
    if !dictionaries() {
        return;
    }
    settings(dir.path(), "[check.spelling]\nenabled = true\n");
    let (found, status) = findings(dir.path(), &[]);
    assert_eq!(status, Some(0), "notes do not fail a check");
    // The seeds are spelt right (the Italian one with its "conto" and "sottoscrizione" too).
    assert!(of(&found, "LD0516").is_empty(), "{found:?}");
    assert!(of(&found, "LD0517").is_empty());
}

#[test]
fn corpus_examples_of_the_spelling_rule() {
    let Some(corpus) = corpus() else { return };
    if !dictionaries() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    settings(dir.path(), "[check.spelling]\nenabled = true\n");
    let content = corpus.join("alchemy");
    let (found, _) = findings(
        dir.path(),
        &[
            "--content",
            content.to_str().expect("utf-8"),
            "--locale",
            "it-IT",
            "--locale",
            "ro-RO",
            "--locale",
            "ja-JP",
        ],
    );
    let spelling = of(&found, "LD0516");
    let says = |locale: &str, word: &str| {
        spelling
            .iter()
            .any(|(_, l, m)| l == locale && m.contains(&format!("`{word}`")))
    };
    // A typo, and two words run together, in the Italian articles.
    assert!(says("it-IT", "infornation"));
    assert!(says("it-IT", "equindi"));
    // Romanian written with cedillas (ş) instead of commas below (ș), and without diacritics.
    assert!(says("ro-RO", "şi"));
    assert!(says("ro-RO", "informatiile"));
    // Words the English has too, names and code are not checked.
    assert!(!says("it-IT", "SharePoint") && !says("it-IT", "app"));
    // Japanese has no dictionary here: one note, no findings.
    let unchecked = of(&found, "LD0517");
    assert_eq!(unchecked.len(), 1, "{unchecked:?}");
    assert_eq!(unchecked[0].1, "ja-JP");
    assert!(!spelling.iter().any(|(_, l, _)| l == "ja-JP"));
}
