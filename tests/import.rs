//! `locdoc import`: the translators' round trip, export → CAT tool → import.
//!
//! - Export then import without edits changes nothing, for XLIFF and PO, for every target
//!   locale of every corpus root (each copied into a temporary folder first).
//! - An XLIFF edited and saved by translate-toolkit's XLIFF 2 storage and a PO saved by polib
//!   come back with exactly the edited targets changed, in sxs and in plain translations
//!   (`tests/import/edit.py`; Python packages installed with pip into a venv in the test's
//!   cache folder, or the test skips with a notice where that cannot be done).
//! - Files that no longer match the content (English changed, unknown unit, unknown file) are
//!   refused, naming the unit and its line, and nothing is written; `--dry-run` prints a diff
//!   and writes nothing.
//!
//! Tests that need `../shared/corpus` print a notice and pass when it is absent.

mod common;

use common::{copy_tree, corpus, locdoc, tree};
use locdoc::align::{self, ArticleAlignment};
use locdoc::export::{self, po, xliff};
use locdoc::import::{self, Plan};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn exported(articles: &[ArticleAlignment<'_>], locale: &str, format: import::Format) -> String {
    let mut out = Vec::new();
    match format {
        import::Format::Xliff => xliff::write_xliff(&mut out, articles, locale),
        import::Format::Po => po::write_po(&mut out, articles, locale),
    }
    .expect("export");
    String::from_utf8(out).expect("utf-8")
}

fn plan_of(
    articles: &[ArticleAlignment<'_>],
    format: import::Format,
    text: &str,
) -> Result<Plan, import::ImportError> {
    let name = match format {
        import::Format::Xliff => "file.xliff",
        import::Format::Po => "file.po",
    };
    import::plan(&import::read(Path::new(name), text)?, articles)
}

#[test]
fn export_then_import_changes_nothing_on_every_corpus_root() {
    let Some(corpus) = corpus() else { return };
    // The roots, and m365-plain's nl-NL translation with the English from m365 (alone, the
    // plain roots have no English to pair with, so nothing to export).
    let with_english = "m365-plain + m365/en-US";
    for root in common::CORPUS_ROOTS.into_iter().chain([with_english]) {
        let dir = tempfile::tempdir().expect("tempdir");
        let original = if root == with_english {
            copy_tree(&corpus.join("m365-plain"), dir.path());
            copy_tree(&corpus.join("m365/en-US"), &dir.path().join("en-US"));
            tree(dir.path())
        } else {
            copy_tree(&corpus.join(root), dir.path());
            tree(&corpus.join(root))
        };
        let started = Instant::now();
        let content = locdoc::load(dir.path(), &[]).expect("load");
        let articles = align::align_all(&content.documents, "en-US");
        let locales = export::target_locales(&articles);
        let mut units = [0usize; 2];
        let mut files = BTreeSet::new();
        for locale in &locales {
            for (n, format) in [import::Format::Xliff, import::Format::Po]
                .into_iter()
                .enumerate()
            {
                let text = exported(&articles, locale, format);
                let plan = plan_of(&articles, format, &text)
                    .unwrap_or_else(|e| panic!("{root} {locale} {format:?}: {e}"));
                assert!(
                    plan.files.is_empty(),
                    "{root} {locale} {format:?} would change {:?}",
                    plan.files.iter().map(|f| &f.rel_path).collect::<Vec<_>>()
                );
                assert_eq!(plan.locale, *locale);
                import::apply(&plan).expect("nothing to write");
                units[n] += plan.units;
            }
            files.extend(
                content
                    .documents
                    .iter()
                    .filter(|d| d.locale().as_str() == locale && !d.segments.is_empty())
                    .map(|d| d.file.rel_path.clone()),
            );
        }
        let segments: usize = content
            .documents
            .iter()
            .filter(|d| locales.iter().any(|l| l == d.locale().as_str()))
            .map(|d| d.segments.len())
            .sum();
        assert_eq!(units[0], segments, "{root}: every segment is an XLIFF unit");
        eprintln!(
            "{root}: {} locales, {} files, {} XLIFF units, {} PO entries, round trip in {:.2?}",
            locales.len(),
            files.len(),
            units[0],
            units[1],
            started.elapsed()
        );
        assert!(root != with_english || units[0] > 0, "{root}: plain units");
        assert_eq!(
            tree(dir.path()),
            original,
            "{root}: the tree is byte-identical"
        );
    }
}

/// A content tree in a temporary folder: the seed articles, and (with the corpus) the m365
/// `close-your-account.md` in its 8 locales (sxs de-DE, it-IT, nl-NL; plain ar-SA, da-DK,
/// pl-PL, tr-TR with the en-US English), and in the five main AlchemyInsights locales the
/// article whose ja-JP version merges two sentences into one `p101` unit and one whose name
/// holds a space (PO references in U+2068…U+2069, which PO libraries wrap over two lines).
fn content_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        dir.path(),
    );
    if let Some(corpus) = corpus() {
        let article = "microsoft-365/commerce/close-your-account.md";
        for locale in std::fs::read_dir(corpus.join("m365")).expect("list m365") {
            let locale = locale.expect("entry").file_name();
            let to = dir.path().join(&locale).join(article);
            std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
            std::fs::copy(corpus.join("m365").join(&locale).join(article), to).expect("copy");
        }
        for locale in ["ar-SA", "de-DE", "it-IT", "ja-JP", "ro-RO"] {
            for article in [
                "AlchemyInsights/connection-closed-error-sharepoint.md",
                "AlchemyInsights/sharepoint-onedrive-restore-users-admin rights.md",
            ] {
                let to = dir.path().join(locale).join(article);
                std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
                std::fs::copy(corpus.join("alchemy").join(locale).join(article), to).expect("copy");
            }
        }
    }
    dir
}

fn content_arg(dir: &Path) -> String {
    dir.display().to_string()
}

/// Export `locale` in `format` through the command line into `file`.
fn export_file(dir: &Path, format: &str, locale: &str, file: &Path) {
    let out = locdoc(&[
        "--content",
        &content_arg(dir),
        "export",
        "--format",
        format,
        "--locale",
        locale,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(file, out.stdout).expect("write export");
}

fn import_file(dir: &Path, file: &Path, dry_run: bool) -> std::process::Output {
    let file = file.display().to_string();
    let mut args = vec!["--content", dir.to_str().expect("utf-8 path"), "import"];
    if dry_run {
        args.push("--dry-run");
    }
    args.push(&file);
    locdoc(&args)
}

/// `import FILE`, which must succeed: its standard output.
fn import_ok(dir: &Path, file: &Path, what: &str) -> String {
    let out = import_file(dir, file, false);
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn cli_round_trip_without_edits_leaves_the_tree_byte_identical() {
    let dir = content_tree();
    let before = tree(dir.path());
    let work = tempfile::tempdir().expect("tempdir");
    for (format, locale) in [("xliff", "it-IT"), ("po", "ro-RO"), ("po", "it-IT")] {
        let file = work.path().join(format!("{locale}.{format}"));
        export_file(dir.path(), format, locale, &file);
        let stdout = import_ok(dir.path(), &file, locale);
        assert!(
            stdout.contains(" units changed in 0 files") && stdout.contains(": 0 of "),
            "{stdout}"
        );
    }
    assert_eq!(tree(dir.path()), before);
}

#[test]
fn dry_run_prints_a_diff_and_writes_nothing() {
    let dir = content_tree();
    let before = tree(dir.path());
    let work = tempfile::tempdir().expect("tempdir");
    let file = work.path().join("it.xliff");
    export_file(dir.path(), "xliff", "it-IT", &file);
    let text = std::fs::read_to_string(&file).expect("read");
    let edited = text.replacen(
        "<target>Come chiudere l'account</target>",
        "<target>Come chiudere il proprio account</target>",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(&file, edited).expect("write");

    let out = import_file(dir.path(), &file, true);
    assert!(out.status.success());
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.starts_with(
            "--- a/it-IT/close-your-account.md\n+++ b/it-IT/close-your-account.md\n@@"
        ),
        "{diff}"
    );
    assert!(diff.contains("\n-# <a name=\"how-to-close-your-account\"></a><span data-ttu-id=\"8d894-102\">Come chiudere l'account</span>"), "{diff}");
    assert!(diff.contains("\n+# <a name=\"how-to-close-your-account\"></a><span data-ttu-id=\"8d894-102\">Come chiudere il proprio account</span>"), "{diff}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(" units would change in 1 file"), "{stderr}");
    assert!(
        stderr.contains(": 1 of ") && stderr.contains("(8d894-102)"),
        "{stderr}"
    );
    assert_eq!(tree(dir.path()), before, "--dry-run writes nothing");

    let out = import_file(dir.path(), &file, false);
    assert!(out.status.success());
    let after = tree(dir.path());
    let changed: Vec<&String> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(bytes))
        .map(|(path, _)| path)
        .collect();
    assert_eq!(changed, ["it-IT/close-your-account.md"]);
    let new_text = String::from_utf8(after["it-IT/close-your-account.md"].clone()).expect("utf-8");
    let old_text = String::from_utf8(before["it-IT/close-your-account.md"].clone()).expect("utf-8");
    assert_eq!(
        new_text,
        old_text.replacen(
            ">Come chiudere l'account<",
            ">Come chiudere il proprio account<",
            1
        )
    );
}

#[test]
fn files_that_no_longer_match_are_refused_and_nothing_is_written() {
    let dir = content_tree();
    let work = tempfile::tempdir().expect("tempdir");
    let xliff_file = work.path().join("it.xliff");
    let po_file = work.path().join("it.po");
    export_file(dir.path(), "xliff", "it-IT", &xliff_file);
    export_file(dir.path(), "po", "it-IT", &po_file);
    // Every file gets an edit that would be written if the file were accepted.
    for file in [&xliff_file, &po_file] {
        let text = std::fs::read_to_string(file).expect("read");
        let edited = text.replace(
            "Come chiudere l'account",
            "Come chiudere il proprio account",
        );
        assert_ne!(edited, text);
        std::fs::write(file, edited).expect("write");
    }

    // The English of 8d894-103 changes after export.
    let article = dir.path().join("it-IT/close-your-account.md");
    let markdown = std::fs::read_to_string(&article).expect("read");
    let english = "When you close your account with Microsoft";
    assert!(markdown.contains(english));
    std::fs::write(
        &article,
        markdown.replacen(english, "When you shut your account with Microsoft", 1),
    )
    .expect("write");
    let before = tree(dir.path());
    for (file, unit) in [
        (
            &xliff_file,
            "unit `8d894-103` of it-IT/close-your-account.md",
        ),
        (&po_file, "msgctxt `close-your-account.md#2`"),
    ] {
        let out = import_file(dir.path(), file, false);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(unit), "{stderr}");
        assert!(
            stderr.contains("the English changed since export"),
            "{stderr}"
        );
        assert!(stderr.contains("nothing was written"), "{stderr}");
        // The unit's line: XLIFF's `<unit>`, PO's first comment line of the entry.
        let line = std::fs::read_to_string(file)
            .expect("read")
            .lines()
            .position(|l| l.contains("8d894-103"))
            .expect("unit in file");
        let column = if file == &xliff_file { 5 } else { 1 };
        assert!(
            stderr.contains(&format!(
                "{}:{}:{column}: error: {unit}: the English changed since export",
                file.display(),
                line + 1
            )),
            "file, line, column and unit named: {stderr}"
        );
        assert_eq!(tree(dir.path()), before, "nothing written");
    }
    std::fs::write(&article, &markdown).expect("restore");
    let before = tree(dir.path());

    // An id the content does not have, and a file it does not have.
    let text = std::fs::read_to_string(&xliff_file).expect("read");
    for (edited, expected) in [
        (
            text.replace("<unit id=\"8d894-105\"", "<unit id=\"8d894-905\""),
            "unit `8d894-905` (`8d894-105`) of it-IT/close-your-account.md: no such unit",
        ),
        (
            text.replace(
                "original=\"it-IT/close-your-account.md\"",
                "original=\"it-IT/gone.md\"",
            ),
            "no file it-IT/gone.md in the content",
        ),
    ] {
        std::fs::write(&xliff_file, edited).expect("write");
        let out = import_file(dir.path(), &xliff_file, false);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{stderr}");
        assert_eq!(tree(dir.path()), before, "nothing written");
    }

    // A file that is not XLIFF at all: line and column of the fault.
    std::fs::write(
        &xliff_file,
        "<?xml version=\"1.0\"?>\n<xliff>\n  <file>\n</xliff>\n",
    )
    .expect("write");
    let out = import_file(dir.path(), &xliff_file, false);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a well-formed XLIFF file"), "{stderr}");
    assert_eq!(tree(dir.path()), before, "nothing written");
}

/// A Python with translate-toolkit and polib, in a venv in the test's cache folder (made the
/// first time), or `None` with a notice where Python, pip or the network is missing.
fn python_with_cat_libraries() -> Option<PathBuf> {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-venv");
    let python = venv.join("bin/python");
    let ready = |python: &Path| {
        Command::new(python)
            .args(["-c", "import translate.storage.xliff2, polib"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if ready(&python) {
        return Some(python);
    }
    let made = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .is_ok_and(|s| s.success())
        && Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "translate-toolkit", "polib"])
            .status()
            .is_ok_and(|s| s.success());
    if made && ready(&python) {
        Some(python)
    } else {
        eprintln!(
            "skipping the CAT tool round trip: pip could not install translate-toolkit and polib"
        );
        None
    }
}

/// Every segment target of every document, by (file, segment id): text and byte range.
fn targets(dir: &Path) -> BTreeMap<(String, String), (String, std::ops::Range<usize>)> {
    let content = locdoc::load(dir, &[]).expect("load");
    let mut out = BTreeMap::new();
    for doc in &content.documents {
        for segment in &doc.segments {
            if let (Some(range), Some(text)) = (segment.target.clone(), doc.target(segment)) {
                out.insert(
                    (doc.file.rel_path.clone(), segment.id.clone()),
                    (text.to_owned(), range),
                );
            }
        }
    }
    out
}

#[test]
fn cat_tool_edits_come_back_exactly() {
    let Some(python) = python_with_cat_libraries() else {
        return;
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import/edit.py");
    let dir = content_tree();
    let work = tempfile::tempdir().expect("tempdir");
    let mut cases = vec![("xliff", "it-IT"), ("po", "ro-RO")];
    if corpus().is_some() {
        // sxs with lists, links and bold; plain translations paired with their English.
        cases.extend([
            ("xliff", "de-DE"),
            ("po", "nl-NL"),
            ("xliff", "da-DK"),
            ("po", "pl-PL"),
            ("xliff", "ja-JP"),
            ("po", "ar-SA"),
        ]);
    }
    let mut with_codes = 0;
    for (format, locale) in cases {
        let before_tree = tree(dir.path());
        let before = targets(dir.path());
        let exported_file = work.path().join(format!("{locale}.{format}"));
        let edited_file = work.path().join(format!("{locale}.edited.{format}"));
        export_file(dir.path(), format, locale, &exported_file);
        let out = Command::new(&python)
            .arg(&script)
            .args([format, &exported_file.display().to_string()])
            .arg(&edited_file)
            .arg("3")
            .output()
            .expect("run edit.py");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("edited segments as JSON");
        let edited: Vec<(String, String)> =
            serde_json::from_value(report["edited"].clone()).expect("pairs");
        assert!(edited.len() >= 2, "{format} {locale}: {edited:?}");
        with_codes += report["with_codes"].as_u64().unwrap_or_default();

        let stdout = import_ok(dir.path(), &edited_file, locale);
        assert!(
            stdout.contains(&format!("{} of ", edited.len())),
            "{format} {locale}: {stdout}"
        );

        // Each edited file is its old bytes with exactly the edited targets wrapped in « ».
        let mut expected = before_tree.clone();
        let mut by_file: BTreeMap<&str, Vec<(std::ops::Range<usize>, String)>> = BTreeMap::new();
        for key in &edited {
            let (text, range) = before.get(key).unwrap_or_else(|| panic!("{key:?}"));
            by_file
                .entry(&key.0)
                .or_default()
                .push((range.clone(), format!("«{text}»")));
        }
        for (file, mut edits) in by_file {
            edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
            let bytes = expected.get_mut(file).expect("file");
            for (range, text) in edits {
                bytes.splice(range, text.into_bytes());
            }
        }
        let after_tree = tree(dir.path());
        assert_eq!(
            after_tree.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>()
        );
        for (path, bytes) in &expected {
            assert!(
                after_tree[path] == *bytes,
                "{format} {locale}: {path} is not its old text with exactly the edited targets changed"
            );
        }
        eprintln!(
            "{format} {locale}: {} targets edited by the CAT library came back",
            edited.len()
        );
    }
    assert!(
        with_codes > 0,
        "some edited XLIFF targets hold inline codes"
    );
}
