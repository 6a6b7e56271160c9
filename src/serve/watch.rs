//! File-system events (notify) to [`ChangeKind`]s: `content/`, `templates/`, `locales/` and
//! `locdoc.toml` are watched; a burst of events is gathered until the tree has been quiet for
//! [`DEBOUNCE`]; editor temporary files (`.swp`, `~`, `#…#`, hidden files, vim's `4913`) are
//! ignored.

use super::{ChangeKind, Project};
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long the tree must be quiet before a rebuild starts.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// Watching; dropping it stops the watcher and its thread.
pub struct Watching {
    _watcher: notify::RecommendedWatcher,
}

/// Whether a file name is an editor's temporary or backup file (or hidden).
pub fn is_temporary(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [".swp", ".swx", ".swo", ".tmp", ".kate-swp", ".bak"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// What a changed path means for the site (`None`: nothing).
pub fn classify(project: &Project, path: &Path) -> Option<ChangeKind> {
    if is_temporary(path) {
        return None;
    }
    let root = &project.root;
    if path.starts_with(&project.content_root) {
        return Some(ChangeKind::Content(BTreeSet::from([path.to_path_buf()])));
    }
    if path.starts_with(root.join("templates")) {
        return Some(ChangeKind::Templates);
    }
    if path.starts_with(root.join("locales")) {
        return Some(ChangeKind::Locales);
    }
    let name = path.file_name()?;
    (path.parent() == Some(root.as_path())
        && (name == "locdoc.toml" || name == crate::check::SUPPRESSIONS_FILE))
        .then_some(ChangeKind::Config)
}

/// Merge changes: content paths are joined; a reload of templates, strings or configuration
/// re-renders everything, so the content paths are kept alongside it.
pub fn merge(changes: impl IntoIterator<Item = ChangeKind>) -> Vec<ChangeKind> {
    let mut paths = BTreeSet::new();
    let mut reload = Vec::new();
    for change in changes {
        match change {
            ChangeKind::Content(p) => paths.extend(p),
            other => {
                if !reload.contains(&other) {
                    reload.push(other);
                }
            }
        }
    }
    let mut out = Vec::new();
    if !paths.is_empty() {
        out.push(ChangeKind::Content(paths));
    }
    // One reload re-renders everything whichever file it was.
    out.extend(reload.into_iter().take(1));
    out
}

/// Watch the project; `on_change` gets each debounced batch (from a thread of its own).
/// The paths in `project` should be canonical, as the events' are.
pub fn watch(
    project: Project,
    mut on_change: impl FnMut(Vec<ChangeKind>) + Send + 'static,
) -> notify::Result<Watching> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(&project.content_root, RecursiveMode::Recursive)?;
    for dir in ["templates", "locales"] {
        let dir = project.root.join(dir);
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    watcher.watch(&project.root, RecursiveMode::NonRecursive)?;
    std::thread::spawn(move || {
        let interesting = |event: notify::Result<notify::Event>| -> Vec<PathBuf> {
            match event {
                Ok(e) if !matches!(e.kind, EventKind::Access(_)) => e.paths,
                _ => Vec::new(),
            }
        };
        // Ends when the watcher is dropped (the sender goes with it).
        while let Ok(first) = rx.recv() {
            let mut paths = interesting(first);
            loop {
                match rx.recv_timeout(DEBOUNCE) {
                    Ok(event) => paths.extend(interesting(event)),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
            let changes = merge(paths.iter().filter_map(|p| classify(&project, p)));
            if !changes.is_empty() {
                on_change(changes);
            }
        }
    });
    Ok(Watching { _watcher: watcher })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        Project {
            root: PathBuf::from("/p"),
            content_root: PathBuf::from("/p/content"),
        }
    }

    #[test]
    fn paths_are_classified() {
        let p = project();
        let c = |s: &str| classify(&p, Path::new(s));
        assert_eq!(
            c("/p/content/ro-RO/a.md"),
            Some(ChangeKind::Content(BTreeSet::from([PathBuf::from(
                "/p/content/ro-RO/a.md"
            )])))
        );
        assert_eq!(c("/p/templates/article.html"), Some(ChangeKind::Templates));
        assert_eq!(c("/p/locales/it-IT/main.ftl"), Some(ChangeKind::Locales));
        assert_eq!(c("/p/locdoc.toml"), Some(ChangeKind::Config));
        assert_eq!(c("/p/public/index.html"), None);
        assert_eq!(c("/p/content/ro-RO/.a.md.swp"), None);
        assert_eq!(c("/p/content/ro-RO/a.md~"), None);
        assert_eq!(c("/p/content/ro-RO/4913"), None);
    }

    #[test]
    fn batches_merge() {
        let a = ChangeKind::Content(BTreeSet::from([PathBuf::from("/a")]));
        let b = ChangeKind::Content(BTreeSet::from([PathBuf::from("/b")]));
        let merged = merge([a, ChangeKind::Templates, b, ChangeKind::Config]);
        assert_eq!(merged.len(), 2);
        assert_eq!(
            merged[0],
            ChangeKind::Content(BTreeSet::from([PathBuf::from("/a"), PathBuf::from("/b")]))
        );
    }
}
