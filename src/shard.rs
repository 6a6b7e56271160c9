//! Sharding: one build split over the machines of a CI matrix, and the merge of their outputs.
//!
//! `--shard i/n` gives each article to one shard by a hash of its key (stable across platforms,
//! releases and additions of other articles; about `1/n` of the articles each). Every shard still
//! reads, parses, aligns and checks the whole tree, because what a page shows depends on the
//! rest (links to other articles, spliced includes, QA rules that compare a locale across
//! articles); what is split is the rendering and writing of article pages and their alignment
//! report pages, which is most of a build. The pages that list every article (locale indexes,
//! the root language picker, `404.html`, `sitemap.xml`, `_align/index.html`) and the assets are
//! rendered once, by shard 1, from that same full view, so the shards' files are disjoint and
//! together are exactly the unsharded site. [`merge`] checks that the shards belong together
//! (same input, every shard once) and publishes their union atomically.

use crate::write::{Staging, WriteError};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The file a shard's output folder carries to say which shard of which build it is.
pub const MANIFEST: &str = ".locdoc-shard.json";

/// One part of a build or check split `count` ways (`index` is 1-based, as written: `2/4`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which part, from 1.
    pub index: u32,
    /// How many parts.
    pub count: u32,
}

impl Shard {
    /// The whole build: one shard of one.
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Whether this shard renders the pages of `article` (an article key, or the relative path
    /// of a file published as it is).
    pub fn owns(&self, article: &str) -> bool {
        self.count <= 1 || bucket(article) % u64::from(self.count) == u64::from(self.index - 1)
    }

    /// Whether this shard renders what lists every article (indexes, sitemap, overview).
    pub fn is_first(&self) -> bool {
        self.index == 1
    }

    /// Whether this is a real split (more than one shard).
    pub fn is_split(&self) -> bool {
        self.count > 1
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// Why `--shard` was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bad shard {0:?}: expected i/n with 1 <= i <= n, e.g. 2/4")]
pub struct BadShard(pub String);

impl FromStr for Shard {
    type Err = BadShard;

    fn from_str(s: &str) -> Result<Shard, BadShard> {
        let bad = || BadShard(s.to_owned());
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// The first 8 bytes of the SHA-256 of `key`: spread evenly, the same on every machine.
fn bucket(key: &str) -> u64 {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

/// What a shard's output folder says about itself.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    /// `i/n`.
    pub shard: String,
    /// A fingerprint of everything the build read (content, configuration, templates, strings):
    /// shards of different inputs must not be merged.
    pub input: String,
    /// Whether the site is searchable: `merge` then indexes the merged pages.
    #[serde(default)]
    pub search: bool,
}

impl Manifest {
    /// The manifest as the bytes of its file (two strings: serializing cannot fail).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}

/// A fingerprint of a build's input: feed it every input file's relative path and bytes, in a
/// fixed order.
#[derive(Default)]
pub struct Fingerprint(sha2::Sha256);

impl Fingerprint {
    /// Take in one input (its name and its bytes).
    pub fn add(&mut self, name: &str, bytes: &[u8]) {
        use sha2::Digest;
        for part in [name.as_bytes(), bytes] {
            self.0.update((part.len() as u64).to_le_bytes());
            self.0.update(part);
        }
    }

    /// The fingerprint, as hex.
    pub fn finish(self) -> String {
        use sha2::Digest;
        self.0
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// Why shard outputs could not be merged. Nothing is published when one of these is returned.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    /// A folder is not a shard's output (no or unreadable manifest).
    #[error("{}: not the output of a sharded build (no readable {MANIFEST}: {reason})", path.display())]
    NotAShard {
        /// The folder.
        path: PathBuf,
        /// What was wrong with its manifest.
        reason: String,
    },
    /// The shards are not the parts of one build.
    #[error("cannot merge: {0}")]
    Mismatch(String),
    /// Two shards wrote the same file.
    #[error("cannot merge: {path} is in both {} and {}", first.display(), second.display())]
    Overlap {
        /// The file's path in the site.
        path: String,
        /// One shard folder.
        first: PathBuf,
        /// The other.
        second: PathBuf,
    },
    /// The merged site's search index could not be built.
    #[error(transparent)]
    Search(#[from] crate::search::SearchError),
    /// A shard folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Walk {
        /// The folder.
        path: PathBuf,
        /// What walkdir said.
        #[source]
        source: walkdir::Error,
    },
    /// Publishing the merged site failed.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Read a shard folder's manifest.
pub fn read_manifest(dir: &Path) -> Result<Manifest, MergeError> {
    let not_a_shard = |reason: String| MergeError::NotAShard {
        path: dir.to_path_buf(),
        reason,
    };
    let text =
        std::fs::read_to_string(dir.join(MANIFEST)).map_err(|e| not_a_shard(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| not_a_shard(e.to_string()))
}

/// What a merge published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// How many shards.
    pub shards: usize,
    /// Files in the merged site.
    pub files: usize,
}

/// Publish the union of the shard output folders `shards` (all `n` of one build, in any order)
/// as `out`, atomically (see [`crate::write::publish`]); files are hard-linked from the shards
/// where the filesystem allows. The manifests are not part of the site.
pub fn merge(out: &Path, shards: &[PathBuf]) -> Result<Merged, MergeError> {
    let mut by_index: BTreeMap<u32, &Path> = BTreeMap::new();
    let mut expected: Option<(u32, String)> = None;
    let mut search = false;
    for dir in shards {
        let manifest = read_manifest(dir)?;
        let shard: Shard = manifest
            .shard
            .parse()
            .map_err(|e: BadShard| MergeError::NotAShard {
                path: dir.clone(),
                reason: e.to_string(),
            })?;
        search |= manifest.search;
        match &expected {
            None => expected = Some((shard.count, manifest.input.clone())),
            Some((count, input)) => {
                if *count != shard.count {
                    return Err(MergeError::Mismatch(format!(
                        "{} is shard {shard} but the first folder is of a build in {count} shards",
                        dir.display()
                    )));
                }
                if *input != manifest.input {
                    return Err(MergeError::Mismatch(format!(
                        "{} was built from different input than the first folder (content, configuration, templates or strings differ)",
                        dir.display()
                    )));
                }
            }
        }
        if let Some(other) = by_index.insert(shard.index, dir) {
            return Err(MergeError::Mismatch(format!(
                "{} and {} are both shard {shard}",
                other.display(),
                dir.display()
            )));
        }
    }
    let Some((count, _)) = expected else {
        return Err(MergeError::Mismatch("no shard folders given".to_owned()));
    };
    let missing: Vec<String> = (1..=count)
        .filter(|i| !by_index.contains_key(i))
        .map(|i| format!("{i}/{count}"))
        .collect();
    if !missing.is_empty() {
        return Err(MergeError::Mismatch(format!(
            "shard(s) {} missing",
            missing.join(", ")
        )));
    }

    let mut files: BTreeMap<String, (&Path, PathBuf)> = BTreeMap::new();
    for dir in by_index.values() {
        for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
            let entry = entry.map_err(|source| MergeError::Walk {
                path: dir.to_path_buf(),
                source,
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(dir) else {
                continue;
            };
            let rel: Vec<&str> = rel
                .components()
                .filter_map(|c| c.as_os_str().to_str())
                .collect();
            let rel = rel.join("/");
            if rel == MANIFEST {
                continue;
            }
            if let Some((first, _)) = files.get(&rel) {
                return Err(MergeError::Overlap {
                    path: rel,
                    first: first.to_path_buf(),
                    second: dir.to_path_buf(),
                });
            }
            files.insert(rel, (dir, entry.path().to_path_buf()));
        }
    }
    let staging = Staging::begin(out)?;
    for (rel, (_, from)) in &files {
        staging.link(rel, from);
    }
    if search {
        let pages = crate::search::SearchPages::default();
        for (rel, (_, from)) in files.iter().filter(|(rel, _)| rel.ends_with("index.html")) {
            if let Ok(html) = std::fs::read_to_string(from) {
                pages.add(rel, &html);
            }
        }
        for (path, bytes) in pages.bundle()? {
            staging.write(&path, &bytes);
        }
    }
    let stats = staging.commit()?;
    Ok(Merged {
        shards: by_index.len(),
        files: stats.files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_refuse_nonsense() {
        assert_eq!("2/4".parse(), Ok(Shard { index: 2, count: 4 }));
        assert_eq!("1/1".parse(), Ok(Shard::WHOLE));
        for bad in ["0/4", "5/4", "2", "a/b", "1/0", "-1/2", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_article_has_exactly_one_shard_and_the_split_is_even() {
        let keys: Vec<String> = (0..3000).map(|i| format!("Skype/a{i}.md")).collect();
        let count = 3;
        let mut sizes = vec![0; count as usize];
        for key in &keys {
            let owners: Vec<u32> = (1..=count)
                .filter(|&index| Shard { index, count }.owns(key))
                .collect();
            assert_eq!(owners.len(), 1, "{key}");
            sizes[(owners[0] - 1) as usize] += 1;
            assert!(Shard::WHOLE.owns(key));
        }
        for size in sizes {
            assert!((900..1100).contains(&size), "{size}");
        }
    }
}
