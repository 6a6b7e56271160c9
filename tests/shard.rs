//! `--shard i/n` and `merge`: n shard builds run as separate processes, merged, give the
//! unsharded site byte for byte; n sharded checks give the unsharded findings.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SHARDS: u32 = 3;

fn locdoc(root: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_locdoc"));
    command.arg("--root").arg(root);
    command
}

fn run(command: &mut Command) -> Output {
    command.output().expect("run locdoc")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A content tree with many articles: the m365 corpus root (includes, images, DocFX, several
/// locales), or without the corpus the seed articles under a dozen names.
fn content(project: &Path) -> PathBuf {
    if let Some(corpus) = common::corpus() {
        return corpus.join("m365");
    }
    common::seed_copies(project)
}

#[test]
fn sharded_builds_merge_into_the_unsharded_site() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = dir.path();
    let content = content(project);
    let build = |out: &Path, shard: &str| {
        let mut command = locdoc(project);
        command
            .arg("--content")
            .arg(&content)
            .args(["build", "--quiet", "--shard", shard, "--out"])
            .arg(out);
        command
    };
    let whole = project.join("whole");
    let output = run(&mut build(&whole, "1/1"));
    assert!(output.status.success(), "{}", stderr(&output));

    // The shards run at once, as the machines of a CI matrix would.
    let shard_dirs: Vec<PathBuf> = (1..=SHARDS)
        .map(|i| project.join(format!("shard-{i}")))
        .collect();
    let children: Vec<_> = shard_dirs
        .iter()
        .enumerate()
        .map(|(i, out)| {
            build(out, &format!("{}/{SHARDS}", i + 1))
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn shard")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("shard");
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let trees: Vec<_> = shard_dirs.iter().map(|d| common::tree(d)).collect();
    let mut seen = std::collections::BTreeSet::new();
    for tree in &trees {
        assert!(tree.contains_key(locdoc::shard::MANIFEST));
        let pages = tree.keys().filter(|p| p.ends_with("/index.html")).count();
        assert!(pages > 0, "every shard has pages");
        for path in tree.keys().filter(|p| *p != locdoc::shard::MANIFEST) {
            assert!(seen.insert(path.clone()), "{path} written by two shards");
        }
    }
    assert!(trees[0].contains_key("sitemap.xml"));
    assert!(!trees[1].contains_key("sitemap.xml"));

    // Merged in any order: the unsharded site, byte for byte.
    let merged = project.join("merged");
    let output = run(locdoc(project).args(["merge", "--out"]).arg(&merged).args([
        &shard_dirs[2],
        &shard_dirs[0],
        &shard_dirs[1],
    ]));
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = common::tree(&whole);
    let got = common::tree(&merged);
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    assert!(
        got == expected,
        "merged site differs from the unsharded one"
    );

    // A missing shard, or one given twice: refused, the merged site left as it was.
    for shards in [
        &shard_dirs[..2],
        &[shard_dirs[0].clone(), shard_dirs[0].clone()][..],
    ] {
        let output = run(locdoc(project)
            .args(["merge", "--out"])
            .arg(&merged)
            .args(shards));
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("missing") || stderr(&output).contains("are both"),
            "{}",
            stderr(&output)
        );
        assert!(common::tree(&merged) == expected);
    }
    // A folder that is not a shard.
    let output = run(locdoc(project)
        .args(["merge", "--out"])
        .arg(&merged)
        .arg(&whole));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(".locdoc-shard.json"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn sharded_checks_add_up_to_the_unsharded_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = dir.path();
    let content = content(project);
    let check = |shard: &str| -> Vec<String> {
        let output = run(locdoc(project)
            .arg("--content")
            .arg(&content)
            .args(["check", "--format", "json", "--shard", shard]));
        assert!(
            output.status.code().is_some_and(|c| c < 2),
            "{}",
            stderr(&output)
        );
        let mut lines: Vec<String> = String::from_utf8(output.stdout)
            .expect("utf-8")
            .lines()
            .map(str::to_owned)
            .collect();
        lines.sort();
        lines
    };
    let whole = check("1/1");
    assert!(!whole.is_empty());
    let mut parts: Vec<String> = (1..=SHARDS)
        .flat_map(|i| check(&format!("{i}/{SHARDS}")))
        .collect();
    parts.sort();
    assert_eq!(parts, whole);
    let output = run(locdoc(project).args(["check", "--shard", "4/3"]));
    assert_eq!(output.status.code(), Some(2));
}
