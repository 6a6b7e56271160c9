//! `check --format sarif` as code-scanning tools read it: Microsoft's own validator
//! (`sarif-multitool validate`, npm `@microsoft/sarif-multitool`) reports nothing on every corpus
//! root, with the files inside the project (URIs relative to `%SRCROOT%`) and outside it
//! (absolute `file://` URIs). Real file names hold spaces and zero-width spaces, which must be
//! percent-encoded.
//!
//! Skips with a notice where `../shared/corpus` is absent or npm cannot install the validator.

mod common;

use std::path::Path;

/// The validator's results on `logs`: (rule, level, message) of each.
fn validate(logs: &[&Path], out: &Path) -> Option<Vec<(String, String, String)>> {
    let tool = common::npm_file(
        "sarif-multitool",
        "@microsoft/sarif-multitool@5",
        ".bin/sarif-multitool",
    )?;
    let run = std::process::Command::new(tool)
        .arg("validate")
        .args(logs)
        .arg("--output")
        .arg(out)
        .args(["--log", "ForceOverwrite"])
        .output()
        .expect("run sarif-multitool");
    assert!(
        run.status.success(),
        "sarif-multitool failed: {}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let log: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out).expect("validator's log")).expect("json");
    let results = log["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    Some(
        results
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap_or_default().to_owned(),
                    r["level"].as_str().unwrap_or("warning").to_owned(),
                    r["message"].to_string(),
                )
            })
            .collect(),
    )
}

/// `check --format sarif` of `content` in the project at `root`, written to `to`.
fn sarif(root: &Path, content: &Path, to: &Path) -> serde_json::Value {
    let out = common::locdoc(&[
        "check",
        "--root",
        root.to_str().expect("utf-8"),
        "--content",
        content.to_str().expect("utf-8"),
        "--format",
        "sarif",
    ]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{out:?}");
    std::fs::write(to, &out.stdout).expect("write the log");
    serde_json::from_slice(&out.stdout).expect("SARIF is JSON")
}

#[test]
fn every_corpus_root_passes_microsofts_sarif_validator() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut logs = Vec::new();
    let mut relative = 0;
    for entry in std::fs::read_dir(&corpus).expect("corpus") {
        let root = entry.expect("entry").path();
        if !root.is_dir() {
            continue;
        }
        let name = root
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let to = dir.path().join(format!("{name}.sarif"));
        let log = sarif(&root, &root, &to);
        let run = &log["runs"][0];
        let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            .as_str()
            .expect("%SRCROOT% is given");
        assert!(
            base.starts_with("file:///") && base.ends_with('/'),
            "{base}"
        );
        for result in run["results"].as_array().expect("results") {
            let location = &result["locations"][0]["physicalLocation"]["artifactLocation"];
            let uri = location["uri"].as_str().expect("uri");
            assert_eq!(location["uriBaseId"], "%SRCROOT%", "{uri}");
            assert!(!uri.starts_with('/') && !uri.contains(' '), "{uri}");
            relative += 1;
        }
        logs.push(to);
    }
    assert!(relative > 1000, "the corpus has findings: {relative}");
    // Content outside the project: absolute file URIs.
    let elsewhere = dir.path().join("elsewhere.sarif");
    let log = sarif(dir.path(), &corpus.join("skype"), &elsewhere);
    let uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"]
        .as_str()
        .expect("uri");
    assert!(uri.starts_with("file:///"), "{uri}");
    logs.push(elsewhere);

    let paths: Vec<&Path> = logs.iter().map(|p| p.as_path()).collect();
    let Some(results) = validate(&paths, &dir.path().join("validation.sarif")) else {
        return;
    };
    assert!(results.is_empty(), "{results:#?}");
}
