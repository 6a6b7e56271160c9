//! `build --incremental`: an unchanged tree is republished without parsing, an edited one
//! re-renders only what changed, and the output is always what a clean build makes.

mod common;

use locdoc::incremental::STATE_FILE;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn build(root: &Path, content: &Path, out: &Path, incremental: bool) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_locdoc"));
    command
        .arg("--root")
        .arg(root)
        .arg("--content")
        .arg(content)
        .args(["build", "--quiet", "--out"])
        .arg(out);
    if incremental {
        command.arg("--incremental");
    }
    let output = command.output().expect("run locdoc");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A copy of the m365 corpus root (includes, images, several locales), or of the seed articles
/// under a dozen names (and no include) when the corpus is absent; and a file to edit in it.
fn content(project: &Path) -> (PathBuf, PathBuf, Option<PathBuf>) {
    let content = project.join("content");
    if let Some(corpus) = common::corpus() {
        let root = corpus.join("m365");
        for entry in walkdir::WalkDir::new(&root).into_iter().flatten() {
            let to = content.join(entry.path().strip_prefix(&root).expect("inside"));
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("mkdir");
            } else {
                std::fs::copy(entry.path(), &to).expect("copy");
            }
        }
        let include = content.join("nl-NL/microsoft-365/includes");
        let include = std::fs::read_dir(include)
            .expect("includes")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "md"));
        return (
            content.clone(),
            content.join("it-IT/microsoft-365/commerce/close-your-account.md"),
            include,
        );
    }
    let content = common::seed_copies(project);
    (content.clone(), content.join("ro-RO/part0/a0.md"), None)
}

/// The site without the state file.
fn site(out: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut tree = common::tree(out);
    tree.remove(STATE_FILE);
    tree
}

/// The number in "N reused" on the build's last lines.
fn reused(output: &Output) -> usize {
    let text = stderr(output);
    let at = text.find(" reused").expect("a reused count");
    text[..at]
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("number")
}

/// Change the first target sentence of an sxs file.
fn edit(path: &Path, marker: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    let edited = text.replacen(
        "</span><span class=\"sxs-lookup\">",
        &format!(" {marker}</span><span class=\"sxs-lookup\">"),
        1,
    );
    assert_ne!(edited, text, "{} has no sxs segment", path.display());
    std::fs::write(path, edited).expect("write");
}

#[test]
fn incremental_builds_equal_clean_builds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = dir.path();
    let (content, article, include) = content(project);
    let out = project.join("public");
    let clean = |name: &str| {
        let fresh = project.join(name);
        build(project, &content, &fresh, true);
        common::tree(&fresh)
    };

    // The first incremental build is a clean build that also keeps its state.
    let first = build(project, &content, &out, true);
    assert_eq!(reused(&first), 0);
    let plain = project.join("plain");
    build(project, &content, &plain, false);
    assert!(site(&out) == common::tree(&plain));
    assert!(out.join(STATE_FILE).is_file());

    // Unchanged (even rewritten with the same bytes): nothing to do, nothing written.
    let before = common::tree(&out);
    let bytes = std::fs::read(&article).expect("read");
    std::fs::write(&article, bytes).expect("rewrite");
    let again = build(project, &content, &out, true);
    assert!(
        stderr(&again).contains("unchanged since the last build: nothing to do"),
        "{}",
        stderr(&again)
    );
    assert!(common::tree(&out) == before);

    // A file deleted from the output by hand: built again (its article's pages rendered, the
    // others reused), the same site as before.
    let page = before
        .keys()
        .find(|p| p.ends_with("/index.html") && !p.starts_with("_align"))
        .expect("a page")
        .clone();
    std::fs::remove_file(out.join(&page)).expect("remove");
    let repaired = build(project, &content, &out, true);
    assert!(reused(&repaired) > 0, "{}", stderr(&repaired));
    assert!(common::tree(&out) == before);

    // One article edited: its pages are rendered, the others reused; the same site as clean.
    edit(&article, "incrementalmarker");
    let edited = build(project, &content, &out, true);
    assert!(reused(&edited) > 0, "{}", stderr(&edited));
    let expected = clean("clean-1");
    assert!(common::tree(&out) == expected, "differs from a clean build");
    let rel = article
        .strip_prefix(&content)
        .expect("inside")
        .to_str()
        .expect("utf-8")
        .replace('\\', "/");
    let (locale, key) = rel.split_once('/').expect("locale folder");
    let page = &expected[&locdoc::render::page_path(locale, key)];
    assert!(String::from_utf8_lossy(page).contains("incrementalmarker"));

    // An include edited: every page may splice it, so none is reused.
    if let Some(include) = include {
        let text = std::fs::read_to_string(&include).expect("read include");
        std::fs::write(&include, format!("{text}\nincludemarker\n")).expect("write include");
        let edited = build(project, &content, &out, true);
        assert_eq!(reused(&edited), 0, "{}", stderr(&edited));
        assert!(common::tree(&out) == clean("clean-2"));
    }

    // A page deleted by hand along with an edit is rendered again, not linked from nowhere.
    let page = common::tree(&out)
        .into_keys()
        .find(|p| p.ends_with("/index.html") && p.contains('/') && !p.starts_with("_align"))
        .expect("a page");
    std::fs::remove_file(out.join(&page)).expect("remove");
    edit(&article, "secondmarker");
    build(project, &content, &out, true);
    assert!(common::tree(&out) == clean("clean-3"));
}

/// An unchanged `--incremental` build publishes nothing, but still removes what killed builds
/// left beside the output folder, as a publishing build does.
#[test]
fn an_unchanged_incremental_build_removes_leftovers_of_killed_builds() {
    let project = tempfile::tempdir().expect("tempdir");
    let content = common::seed_copies(project.path());
    let out = project.path().join("out");
    build(project.path(), &content, &out, true);
    let leftovers = [".out.locdoc-staging-999999-0", ".out.locdoc-old-999999-1"];
    for name in leftovers {
        let dir = project.path().join(name).join("ro-RO");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("index.html"), "old").expect("write");
    }
    let again = build(project.path(), &content, &out, true);
    assert!(
        stderr(&again).contains("unchanged since the last build"),
        "{}",
        stderr(&again)
    );
    for name in leftovers {
        assert!(!project.path().join(name).exists(), "{name} is still there");
    }
    assert!(out.join("ro-RO").is_dir(), "the site stays");
}
