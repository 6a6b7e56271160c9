//! DocFX docs sets: one repository per locale (`[sources]`), `docfx.json` globs, and the
//! docs-set files that shape the site (navigation, landing pages, redirects).

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

const DOCFX: &str = r#"{
  "build": {
    "content": [ { "files": ["**/*.md", "**/*.yml"],
                   "exclude": ["**/obj/**", "**/includes/**", "README.md"] } ],
    "resource": [ { "files": ["**/*.png"], "exclude": ["**/obj/**"] } ]
  }
}"#;

/// A project whose English and Japanese are two repositories, each a DocFX docs set under
/// `docs/`, as docs teams keep them.
fn docs_team_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "locdoc.toml",
        "[sources]\nen-US = \"repos/help/docs\"\nja-JP = \"repos/help.ja-jp/docs\"\n",
    );
    for (repo, title, body) in [
        (
            "help",
            "Get started",
            "Install the add-in.\n\n[!INCLUDE[note](includes/note.md)]\n",
        ),
        (
            "help.ja-jp",
            "はじめに",
            "アドインをインストールします。\n\n[!INCLUDE[note](includes/note.md)]\n",
        ),
    ] {
        let docs = format!("repos/{repo}/docs");
        write(root, &format!("{docs}/docfx.json"), DOCFX);
        write(
            root,
            &format!("{docs}/toc.yml"),
            "items:\n- name: Start\n  href: start.md\n",
        );
        write(root, &format!("{docs}/README.md"), "# Not published\n");
        write(
            root,
            &format!("{docs}/obj/stale.md"),
            "# Not published either\n",
        );
        write(root, &format!("{docs}/images/a.png"), "png");
        write(
            root,
            &format!("{docs}/notes.txt"),
            "neither content nor resource",
        );
        write(root, &format!("{docs}/includes/note.md"), "Shared note.\n");
        write(
            root,
            &format!("{docs}/start.md"),
            &format!("---\ntitle: {title}\nms.date: 01/02/2022\n---\n# {title}\n\n{body}"),
        );
    }
    write(
        root,
        "repos/help.ja-jp/docs/broken.md",
        "---\ntitle: \"never closed\nms.date: 01/02/2022\n---\n# x\n",
    );
    dir
}

fn build(root: &Path) -> (Output, PathBuf) {
    let out = root.join("public");
    let output = common::locdoc(&[
        "build",
        "--root",
        root.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    (output, out)
}

#[test]
fn each_locale_builds_from_its_own_repository_as_docfx_json_says() {
    let project = docs_team_project();
    let (output, out) = build(project.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let site = common::tree(&out);
    for page in ["en-US/start/index.html", "ja-JP/start/index.html"] {
        assert!(site.contains_key(page), "{page} missing: {:?}", site.keys());
    }
    let ja = String::from_utf8_lossy(&site["ja-JP/start/index.html"]);
    assert!(
        ja.contains("アドインをインストールします") && ja.contains("Shared note."),
        "{ja}"
    );
    assert!(
        site.contains_key("ja-JP/images/a.png"),
        "resources are published"
    );
    // Includes get a page in the translators' report (`_align/`), never in the readers' site.
    for never in [
        "docfx.json",
        "toc.yml",
        "README",
        "obj/",
        "notes.txt",
        "includes/",
    ] {
        assert!(
            !site
                .keys()
                .any(|k| k.contains(never) && !k.starts_with("_align/")),
            "{never} reached the site: {:?}",
            site.keys()
        );
    }
    // A problem names the real file, in the Japanese repository, at the line to fix.
    let real = project.path().join("repos/help.ja-jp/docs/broken.md");
    assert!(
        stderr.contains(&format!("{}:2:8: error[LD0201]", real.display())),
        "{stderr}"
    );
}

#[test]
fn a_source_folder_that_is_missing_is_named_with_its_key() {
    let project = docs_team_project();
    write(
        project.path(),
        "locdoc.toml",
        "[sources]\nen-US = \"repos/help/docs\"\nfr-FR = \"repos/help.fr-fr/docs\"\n",
    );
    let (output, _) = build(project.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("locdoc.toml:3:1") && stderr.contains("[sources] fr-FR"),
        "{stderr}"
    );
}
