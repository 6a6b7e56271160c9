//! Shared by the integration tests.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `../shared/corpus`, or `None` with a printed notice when it is absent (a fresh clone must
/// still pass `cargo test`).
#[allow(dead_code, reason = "not every test file reads the corpus")]
pub fn corpus() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipping: ../shared/corpus not found");
        None
    }
}

/// Every file of a tree, by relative path, to compare whole outputs byte for byte.
#[allow(dead_code, reason = "not every test file compares trees")]
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

/// A content tree of 24 seed copies (it-IT and ro-RO, 12 articles in 3 folders) under
/// `root/content`: enough articles to split into shards or edit one of, without the corpus.
#[allow(dead_code, reason = "only the shard and incremental tests build it")]
pub fn seed_copies(root: &Path) -> PathBuf {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let content = root.join("content");
    for locale in ["it-IT", "ro-RO"] {
        let text = std::fs::read_to_string(seeds.join(locale).join("close-your-account.md"))
            .expect("read seed");
        for i in 0..12 {
            let path = content.join(locale).join(format!("part{}/a{i}.md", i % 3));
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, &text).expect("write");
        }
    }
    content
}
