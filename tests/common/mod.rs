//! Shared by the integration tests.

use std::path::{Path, PathBuf};

/// `../shared/corpus`, or `None` with a printed notice when it is absent (a fresh clone must
/// still pass `cargo test`).
pub fn corpus() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipping: ../shared/corpus not found");
        None
    }
}
