//! File-system events (notify) to [`ChangeKind`]s: `content/`, `templates/`, `locales/` and
//! `locdoc.toml` are watched; a burst of events is gathered until the tree has been quiet for
//! [`DEBOUNCE`], or only for [`SETTLE`] once every file written in the burst has been closed
//! (inotify reports the close, so a save is rebuilt ~5 ms after the editor finishes instead of
//! 50 ms; where the platform reports no close, the full debounce applies); editor temporary
//! files (`.swp`, `~`, `#…#`, hidden files, vim's `4913`) are ignored.

use super::{ChangeKind, Folders};
use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak, mpsc};
use std::time::Duration;

/// How long the tree must be quiet before a rebuild starts while a written file is still open.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// How long the tree must be quiet once every written file has been closed (the rest of a save:
/// a rename, a second file, arrives within microseconds).
pub const SETTLE: Duration = Duration::from_millis(5);

/// A burst of events being gathered: the paths touched, and those written but not yet closed.
#[derive(Debug, Default)]
pub struct Burst {
    paths: Vec<PathBuf>,
    open_for_writing: BTreeSet<PathBuf>,
}

impl Burst {
    /// Take in one event.
    pub fn add(&mut self, event: notify::Event) {
        match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
                for path in &event.paths {
                    self.open_for_writing.remove(path);
                }
                self.paths.extend(event.paths);
            }
            EventKind::Access(_) => {}
            EventKind::Create(CreateKind::File) | EventKind::Modify(ModifyKind::Data(_)) => {
                self.open_for_writing.extend(event.paths.iter().cloned());
                self.paths.extend(event.paths);
            }
            _ => self.paths.extend(event.paths),
        }
    }

    /// How long to wait for more events before the burst is complete.
    pub fn quiet_period(&self) -> Duration {
        if self.open_for_writing.is_empty() {
            SETTLE
        } else {
            DEBOUNCE
        }
    }

    /// The paths touched.
    pub fn into_paths(self) -> Vec<PathBuf> {
        self.paths
    }
}

/// Watching; dropping it stops the watcher and its thread.
pub struct Watching {
    _watcher: Arc<Mutex<notify::RecommendedWatcher>>,
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
pub fn classify(project: &Folders, path: &Path) -> Option<ChangeKind> {
    if is_temporary(path) {
        return None;
    }
    let root = &project.root;
    if path == project.content_root {
        return Some(ChangeKind::ContentRoot);
    }
    if path.starts_with(&project.content_root)
        || project.sources.iter().any(|(_, dir)| path.starts_with(dir))
    {
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

/// Merge changes: content paths are joined, or dropped when the whole content root is read
/// again; a reload of templates, strings or configuration re-renders everything, so the content
/// change is kept alongside it.
pub fn merge(changes: impl IntoIterator<Item = ChangeKind>) -> Vec<ChangeKind> {
    let mut paths = BTreeSet::new();
    let mut root_replaced = false;
    let mut reload = Vec::new();
    for change in changes {
        match change {
            ChangeKind::Content(p) => paths.extend(p),
            ChangeKind::ContentRoot => root_replaced = true,
            other => {
                if !reload.contains(&other) {
                    reload.push(other);
                }
            }
        }
    }
    let mut out = Vec::new();
    if root_replaced {
        out.push(ChangeKind::ContentRoot);
    } else if !paths.is_empty() {
        out.push(ChangeKind::Content(paths));
    }
    // One reload re-renders everything whichever file it was.
    out.extend(reload.into_iter().take(1));
    out
}

/// Watch the project; `on_change` gets each debounced batch (from a thread of its own).
/// The paths in `project` should be canonical, as the events' are.
///
/// The content root's parent is watched too, so that a content root that is removed, created
/// or replaced by another folder (`mv content_new content`) is seen: its watch is then armed
/// again on the folder now at that path (a watch follows the folder it was set on, wherever it
/// is moved), and the change is [`ChangeKind::ContentRoot`].
pub fn watch(
    project: Folders,
    mut on_change: impl FnMut(Vec<ChangeKind>) + Send + 'static,
) -> notify::Result<Watching> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    // A project without `content/` (the embedded sample) is watched for one to appear.
    if project.content_root.is_dir() {
        watcher.watch(&project.content_root, RecursiveMode::Recursive)?;
    }
    // Each locale's own folder (`[sources]`): its articles, toc and landing pages.
    for (_, dir) in &project.sources {
        watcher.watch(dir, RecursiveMode::Recursive)?;
    }
    for dir in ["templates", "locales"] {
        let dir = project.root.join(dir);
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    watcher.watch(&project.root, RecursiveMode::NonRecursive)?;
    if let Some(parent) = project.content_root.parent()
        && parent != project.root
    {
        watcher.watch(parent, RecursiveMode::NonRecursive)?;
    }
    let watcher = Arc::new(Mutex::new(watcher));
    let rearm = Arc::downgrade(&watcher);
    std::thread::spawn(move || {
        // Ends when the watcher is dropped (the sender goes with it).
        while let Ok(first) = rx.recv() {
            let mut burst = Burst::default();
            burst.add(first.unwrap_or_else(|_| notify::Event::default()));
            loop {
                match rx.recv_timeout(burst.quiet_period()) {
                    Ok(event) => burst.add(event.unwrap_or_else(|_| notify::Event::default())),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
            let paths = burst.into_paths();
            let changes = merge(paths.iter().filter_map(|p| classify(&project, p)));
            if changes.contains(&ChangeKind::ContentRoot) {
                watch_content_root_again(&rearm, &project.content_root);
            }
            if !changes.is_empty() {
                on_change(changes);
            }
        }
    });
    Ok(Watching { _watcher: watcher })
}

/// Move the content root's watch to the folder now at its path (if there is one).
fn watch_content_root_again(watcher: &Weak<Mutex<notify::RecommendedWatcher>>, root: &Path) {
    let Some(watcher) = watcher.upgrade() else {
        return;
    };
    let mut watcher = watcher
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // The old watch may be gone with its folder already.
    let _ = watcher.unwatch(root);
    if root.is_dir() {
        let _ = watcher.watch(root, RecursiveMode::Recursive);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Folders {
        Folders {
            root: PathBuf::from("/p"),
            content_root: PathBuf::from("/p/content"),
            sources: vec![("ja-JP".to_owned(), PathBuf::from("/repos/help.ja-jp/docs"))],
        }
    }

    #[test]
    fn paths_are_classified() {
        let p = project();
        let c = |s: &str| classify(&p, Path::new(s));
        assert_eq!(
            c("/repos/help.ja-jp/docs/toc.yml"),
            Some(ChangeKind::Content(BTreeSet::from([PathBuf::from(
                "/repos/help.ja-jp/docs/toc.yml"
            )])))
        );
        assert_eq!(
            c("/p/content/ro-RO/a.md"),
            Some(ChangeKind::Content(BTreeSet::from([PathBuf::from(
                "/p/content/ro-RO/a.md"
            )])))
        );
        assert_eq!(c("/p/templates/article.html"), Some(ChangeKind::Templates));
        assert_eq!(c("/p/locales/it-IT/main.ftl"), Some(ChangeKind::Locales));
        assert_eq!(c("/p/locdoc.toml"), Some(ChangeKind::Config));
        assert_eq!(c("/p/content"), Some(ChangeKind::ContentRoot));
        assert_eq!(c("/p/public/index.html"), None);
        assert_eq!(c("/p/content/ro-RO/.a.md.swp"), None);
        assert_eq!(c("/p/content/ro-RO/a.md~"), None);
        assert_eq!(c("/p/content/ro-RO/4913"), None);
    }

    #[test]
    fn a_burst_settles_quickly_once_written_files_are_closed() {
        let event = |kind: EventKind, path: &str| notify::Event::new(kind).add_path(path.into());
        let mut burst = Burst::default();
        assert_eq!(burst.quiet_period(), SETTLE);
        burst.add(event(
            EventKind::Modify(ModifyKind::Data(notify::event::DataChange::Any)),
            "/p/content/ro-RO/a.md",
        ));
        assert_eq!(
            burst.quiet_period(),
            DEBOUNCE,
            "a.md is still being written"
        );
        burst.add(event(
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            "/p/content/ro-RO/b.md",
        ));
        burst.add(event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            "/p/content/ro-RO/a.md",
        ));
        assert_eq!(burst.quiet_period(), SETTLE);
        burst.add(event(
            EventKind::Modify(ModifyKind::Name(notify::event::RenameMode::Both)),
            "/p/content/ro-RO/c.md",
        ));
        assert_eq!(burst.quiet_period(), SETTLE, "a rename needs no close");
        assert_eq!(
            burst.into_paths(),
            [
                "/p/content/ro-RO/a.md",
                "/p/content/ro-RO/a.md",
                "/p/content/ro-RO/c.md"
            ]
            .map(PathBuf::from),
            "opening a file for reading touches nothing"
        );
    }

    #[test]
    fn a_replaced_content_root_takes_the_place_of_its_files() {
        let a = ChangeKind::Content(BTreeSet::from([PathBuf::from("/p/content/ro-RO/a.md")]));
        assert_eq!(
            merge([a, ChangeKind::ContentRoot, ChangeKind::Templates]),
            [ChangeKind::ContentRoot, ChangeKind::Templates]
        );
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
