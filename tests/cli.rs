//! The binary on small fixtures: output shapes (snapshots), diagnostics on stderr and exit codes.

mod common;
use common::locdoc;
use std::path::Path;
use std::process::Command;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

const SEGMENT: &str = r#"<span data-ttu-id="abcde-102">Ciao</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Hello</span></span>"#;

#[test]
fn align_text_of_the_seeds() {
    let out = locdoc(&["align"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    insta::assert_snapshot!(text(&out.stdout));
    assert_eq!(
        text(&out.stderr),
        "2 files, 22 segments: 0 errors, 0 warnings\n"
    );
}

#[test]
fn segments_table_of_a_seed() {
    let out = locdoc(&["segments", "content/ro-RO/close-your-account.md"]);
    assert!(out.status.success());
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn export_jsonl_is_one_object_per_segment() {
    let out = locdoc(&["export", "--format", "jsonl", "--locale", "ro-RO"]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 11);
    assert!(
        lines
            .iter()
            .all(|l| l["locale"] == "ro-RO" && l["path"] == "ro-RO/close-your-account.md")
    );
    assert_eq!(lines[10]["block"], "paragraph");
    assert_eq!(lines[5]["block"], "list_item");
    assert_eq!(lines[5]["id"], "e2d3a-107");
}

#[test]
fn unreadable_input_exits_2_and_names_the_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "it-IT/good.md", SEGMENT.as_bytes());
    write(
        dir.path(),
        "it-IT/bad.md",
        b"---\ntitle: x\n---\nline\nab\xff\xfe\n",
    );
    write(dir.path(), "en_us/a.md", SEGMENT.as_bytes());
    let root = dir.path().to_str().expect("utf-8 temp path");
    let out = locdoc(&["export", "--content", root]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("it-IT/bad.md:5:3: error[LD0002]"),
        "{stderr}"
    );
    assert!(stderr.contains("en_us:1:1: error[LD0003]"), "{stderr}");
    assert_eq!(
        text(&out.stdout).lines().count(),
        1,
        "the good file is still exported"
    );
}

#[test]
fn malformed_spans_are_diagnostics_not_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let malformed = format!("{SEGMENT}\n\n<span data-ttu-id=\"abcde-103\">orphan</span> text\n");
    write(dir.path(), "it-IT/a.md", malformed.as_bytes());
    let root = dir.path().to_str().expect("utf-8 temp path");
    let out = locdoc(&["export", "--content", root]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains(
        "it-IT/a.md:3:1: error[LD0102]: target `abcde-103` has no sxs-lookup source after it"
    ));
    assert_eq!(text(&out.stdout).lines().count(), 2);
}

#[test]
fn missing_content_root_is_a_clear_error() {
    let out = locdoc(&["export", "--content", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no/such/folder is not a folder"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn unknown_locales_are_refused_not_built_empty() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("site");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let seeds = seeds.to_str().expect("utf-8");
    let site = out.to_str().expect("utf-8");
    for args in [
        &["--content", seeds, "build", "--out", site, "--locale", ".."][..],
        &[
            "--content",
            seeds,
            "build",
            "--out",
            site,
            "--locale",
            "ro-RO",
            "--locale",
            "xx-YY",
        ],
        &["--content", seeds, "check", "--locale", "it_IT"],
    ] {
        let run = locdoc(args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let stderr = text(&run.stderr);
        assert!(stderr.contains("no content in locale(s)"), "{stderr}");
        assert!(stderr.contains("it-IT, ro-RO"), "{stderr}");
    }
    assert!(!out.exists(), "nothing was built");
    let run = locdoc(&[
        "--content",
        seeds,
        "build",
        "--out",
        site,
        "--locale",
        "RO-ro",
        "--locale",
        "en-US",
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
}

/// `align` and `export` read the source locale from `locdoc.toml`, as `build` does: an English
/// original in `en-GB` is the English of the article, not a translation without spans.
#[test]
fn align_and_export_take_the_source_locale_from_the_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/ro-RO/close-your-account.md");
    let content = root.join("content");
    std::fs::create_dir_all(content.join("ro-RO")).expect("mkdir");
    std::fs::create_dir_all(content.join("en-GB")).expect("mkdir");
    std::fs::copy(&seed, content.join("ro-RO/close-your-account.md")).expect("copy");
    std::fs::write(
        content.join("en-GB/close-your-account.md"),
        "---\ntitle: Close your account\n---\n# Close your account\n\nSign in first.\n",
    )
    .expect("write");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_locdoc"))
            .args(args)
            .current_dir(root)
            .output()
            .expect("run locdoc")
    };
    let listing = text(&run(&["align"]).stdout);
    assert!(
        listing.contains("en-GB no spans and no English file: unaligned"),
        "{listing}"
    );
    std::fs::write(root.join("locdoc.toml"), "source_locale = \"en-GB\"\n").expect("write");
    let listing = text(&run(&["align"]).stdout);
    assert!(listing.contains("en-GB English original"), "{listing}");
    let csv = text(&run(&["export", "--format", "csv"]).stdout);
    assert!(
        !csv.contains("en-GB,"),
        "the English original is no target: {csv}"
    );
}

/// `segments` on a file without spans lists its sentences as the plain aligner cuts them.
#[test]
fn segments_of_a_plain_file_are_its_sentences() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.md");
    std::fs::write(
        &file,
        "---\ntitle: T\n---\n# Chiudere l'account\n\nAccedere, ad es. con il portale. Aprire la versione 1.2 poi.\n\n- Selezionare **Chiudi**.\n",
    )
    .expect("write");
    let run = locdoc(&["segments", file.to_str().expect("UTF-8")]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let table = text(&run.stdout);
    assert!(table.contains("4 sentences"), "{table}");
    for line in [
        "4:3  heading     Chiudere l'account",
        "6:1  paragraph   Accedere, ad es. con il portale.",
        "6:34  paragraph   Aprire la versione 1.2 poi.",
        "8:3  listitem    Selezionare **Chiudi**.",
    ] {
        assert!(table.contains(line), "{line}\n{table}");
    }
}

#[test]
fn deny_fails_a_build_on_content_problems_and_segments_fails_on_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let malformed = format!("{SEGMENT}\n\n<span data-ttu-id=\"abcde-103\">orphan</span> text\n");
    write(dir.path(), "content/it-IT/a.md", malformed.as_bytes());
    let root = dir.path().to_str().expect("utf-8 temp path");
    let build = |extra: &[&str]| {
        let out_dir = dir.path().join("public");
        let _ = std::fs::remove_dir_all(&out_dir);
        let mut args = vec!["build", "--quiet", "--root", root];
        args.extend_from_slice(extra);
        let out = locdoc(&args);
        (out, out_dir.join("it-IT/a/index.html").is_file())
    };
    // Without --deny the content's errors are reported and the build succeeds.
    let (out, published) = build(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(published);
    // With it, the site is still published and the run fails, for CI.
    let (out, published) = build(&["--deny", "errors"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(published);
    assert!(text(&out.stderr).contains("error: --deny errors: the content has 1 problem(s)"));
    // The default comes from locdoc.toml.
    write(dir.path(), "locdoc.toml", b"deny = \"errors\"\n");
    let (out, _) = build(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    // A clean file passes even --deny warnings.
    write(
        dir.path(),
        "content/it-IT/a.md",
        format!("{SEGMENT}\n").as_bytes(),
    );
    let (out, _) = build(&["--deny", "warnings"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // segments exits 1 when the file it lists has errors.
    write(dir.path(), "bad.md", malformed.as_bytes());
    let out = locdoc(&["segments", &format!("{root}/bad.md")]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let out = locdoc(&["segments", &format!("{root}/content/it-IT/a.md")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn config_locales_are_checked_against_the_content_and_honoured_by_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().to_str().expect("utf-8 temp path");
    let malformed = format!("{SEGMENT}\n\n<span data-ttu-id=\"abcde-103\">orphan</span> text\n");
    write(dir.path(), "content/it-IT/a.md", malformed.as_bytes());
    write(dir.path(), "content/ro-RO/a.md", malformed.as_bytes());
    write(
        dir.path(),
        "locdoc.toml",
        b"locales = [\"xx-YY\", \"ro-RO\"]\n",
    );
    let out = locdoc(&["build", "--quiet", "--root", root]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("no content in locale(s) `xx-YY`"));
    write(dir.path(), "locdoc.toml", b"locales = [\"ro-RO\"]\n");
    let out = locdoc(&["check", "--root", root, "--format", "json"]);
    let findings = text(&out.stdout);
    assert!(findings.contains("ro-RO/a.md"), "{findings}");
    assert!(!findings.contains("it-IT/a.md"), "{findings}");
    // A bad value is an error at its place.
    write(dir.path(), "locdoc.toml", b"base_url = \"not a url\"\n");
    let out = locdoc(&["build", "--quiet", "--root", root]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("locdoc.toml:1:12"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn counts_of_one_are_singular() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "it-IT/a.md", format!("{SEGMENT}\n").as_bytes());
    let root = dir.path().to_str().expect("utf-8 temp path");
    let out = locdoc(&["export", "--content", root]);
    assert!(
        text(&out.stderr).contains("1 file, 1 segment: 0 errors, 0 warnings"),
        "{}",
        text(&out.stderr)
    );
    let out = locdoc(&["check", "--content", root]);
    assert!(
        text(&out.stdout).contains("0 findings in 1 file (0 suppressed)"),
        "{}",
        text(&out.stdout)
    );
}

/// `--root` naming a file is one clear usage error, not "Not a directory" twice.
#[test]
fn a_file_given_as_the_root_is_refused_once() {
    let out = locdoc(&["build", "--root", "README.md"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.contains("`README.md` is a file"), "{said}");
    assert!(!said.contains("Not a directory"), "{said}");
}
