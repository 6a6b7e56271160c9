//! `build --incremental`: what the last build was made from, kept in its output, so the next one
//! redoes only what changed.
//!
//! The state ([`BuildState`], `<out>/.locdoc-build.json`) is written into the staging folder with
//! the site and swapped in with it, so it always describes exactly the site beside it (a killed
//! build leaves the old site and the old state). It holds a hash of every input file's bytes, a
//! hash of the settings (configuration, template and string overrides, the locales and shard
//! asked for, the locdoc version), and per article a key over everything its pages are made from.
//!
//! - Nothing changed (same settings, same files with the same bytes) and the output folder still
//!   holds the files the state lists: there is nothing to do, and nothing is written (the site
//!   in place is the one a clean build would make).
//! - Something changed: everything is parsed, aligned and checked again (the alignment report and
//!   the lists of articles depend on the whole tree), but an article page is re-rendered only
//!   when its key changed. The key covers the article's own files, the settings, the list of
//!   files (links between articles follow it), the articles that have an English page (links to
//!   untranslated articles point there), and every include (pages splice them).
//!
//! Hashes are SHA-256 of the bytes, not timestamps: a fresh checkout (new timestamps, same
//! bytes) is still unchanged, and a save within the same second is never missed.

use crate::shard::Fingerprint;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The state file's name in the output folder.
pub const STATE_FILE: &str = ".locdoc-build.json";

/// What a build was made from.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BuildState {
    /// The fingerprint of the settings (see [`settings_fingerprint`]).
    pub settings: String,
    /// Every input file (Markdown and published as is), by path below the content root: the
    /// SHA-256 of its bytes.
    pub inputs: BTreeMap<String, String>,
    /// Per article: the key its pages were rendered under, and their paths.
    pub articles: BTreeMap<String, ArticleState>,
    /// Every file of the site (but this state), with its size: what the output folder must
    /// still hold for an unchanged tree to need no build at all.
    pub files: BTreeMap<String, u64>,
}

/// What one article's pages were made from.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ArticleState {
    /// The key (see the module documentation).
    pub key: String,
    /// The article's page paths in the output (this shard's).
    pub pages: Vec<String>,
}

impl BuildState {
    /// The state of the site in `out`, if it has a readable one.
    pub fn load(out: &Path) -> Option<BuildState> {
        let text = std::fs::read_to_string(out.join(STATE_FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// The state as the bytes of its file (deterministic: maps are sorted).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Whether a tree with these settings and input hashes is exactly what this state was made
    /// from.
    pub fn unchanged(&self, settings: &str, inputs: &BTreeMap<String, String>) -> bool {
        self.settings == settings && self.inputs == *inputs
    }

    /// Whether `out` still holds exactly the files of this state, with their sizes (nobody
    /// deleted or added a file by hand since).
    pub fn matches_output(&self, out: &Path) -> bool {
        let mut found = 0usize;
        for entry in walkdir::WalkDir::new(out).min_depth(1) {
            let Ok(entry) = entry else { return false };
            if entry.file_type().is_dir() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(out) else {
                return false;
            };
            let rel: Vec<&str> = rel
                .components()
                .filter_map(|c| c.as_os_str().to_str())
                .collect();
            let rel = rel.join("/");
            if rel == STATE_FILE {
                continue;
            }
            let size = entry.metadata().map(|m| m.len()).ok();
            if !entry.file_type().is_file() || self.files.get(&rel).copied() != size {
                return false;
            }
            found += 1;
        }
        found == self.files.len()
    }

    /// The pages an article can take over from the previous site: its key is the same and every
    /// page is still in `out`.
    pub fn reusable(&self, article: &str, key: &str, out: &Path) -> Option<&[String]> {
        let previous = self.articles.get(article)?;
        (previous.key == key && previous.pages.iter().all(|p| out.join(p).is_file()))
            .then_some(previous.pages.as_slice())
    }
}

/// The SHA-256 of `bytes`, as hex.
pub fn hash_bytes(bytes: &[u8]) -> String {
    let mut fingerprint = Fingerprint::default();
    fingerprint.add("", bytes);
    fingerprint.finish()
}

/// Hash every file (`(relative path, path on disk)`), on all cores. A file that cannot be read
/// gets an empty hash (the build that follows reports it).
pub fn hash_files(files: &[(String, PathBuf)]) -> BTreeMap<String, String> {
    use rayon::prelude::*;
    files
        .par_iter()
        .map(|(rel, path)| {
            let hash = std::fs::read(path)
                .map(|bytes| hash_bytes(&bytes))
                .unwrap_or_default();
            (rel.clone(), hash)
        })
        .collect()
}

/// The fingerprint of what every page depends on besides content: `parts` (the configuration
/// as read, the locales and shard asked for), the template and string overrides under `root`,
/// and the locdoc version.
pub fn settings_fingerprint(root: &Path, parts: &[&str]) -> String {
    let mut fingerprint = Fingerprint::default();
    fingerprint.add("locdoc", env!("CARGO_PKG_VERSION").as_bytes());
    for part in parts {
        fingerprint.add("setting", part.as_bytes());
    }
    for dir in ["templates", "locales"] {
        for entry in walkdir::WalkDir::new(root.join(dir))
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
        {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let name = entry
                .path()
                .strip_prefix(root)
                .unwrap_or(entry.path())
                .to_string_lossy();
            fingerprint.add(&name, &bytes);
        }
    }
    fingerprint.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_and_compares() {
        let mut state = BuildState {
            settings: "s".to_owned(),
            ..BuildState::default()
        };
        state
            .inputs
            .insert("ro-RO/a.md".to_owned(), hash_bytes(b"a"));
        state.articles.insert(
            "a.md".to_owned(),
            ArticleState {
                key: "k".to_owned(),
                pages: vec!["ro-RO/a/index.html".to_owned()],
            },
        );
        let bytes = state.to_bytes();
        let back: BuildState = serde_json::from_slice(&bytes).expect("parse");
        assert_eq!(back, state);
        assert!(state.unchanged("s", &state.inputs.clone()));
        assert!(!state.unchanged("t", &state.inputs.clone()));
        let mut edited = state.inputs.clone();
        edited.insert("ro-RO/a.md".to_owned(), hash_bytes(b"b"));
        assert!(!state.unchanged("s", &edited));
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(state.reusable("a.md", "k", dir.path()), None, "page gone");
        std::fs::create_dir_all(dir.path().join("ro-RO/a")).expect("mkdir");
        std::fs::write(dir.path().join("ro-RO/a/index.html"), "x").expect("write");
        assert!(state.reusable("a.md", "k", dir.path()).is_some());
        assert!(
            !state.matches_output(dir.path()),
            "a file the state does not list"
        );
        state.files.insert("ro-RO/a/index.html".to_owned(), 1);
        assert!(state.matches_output(dir.path()));
        state.files.insert("ro-RO/a/index.html".to_owned(), 2);
        assert!(!state.matches_output(dir.path()), "another size");
        assert_eq!(state.reusable("a.md", "other", dir.path()), None);
    }
}
