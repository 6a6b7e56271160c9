//! Write: publish a rendered site into the output folder atomically.
//!
//! The render stage hands over the whole site in memory, relative path → bytes. [`publish`] writes
//! it into a fresh staging folder beside the output folder and swaps that in only when every file
//! is written, so:
//!
//! - a failed or killed build leaves the previous site whole (the output folder is never written
//!   into; at worst a hidden staging folder is left behind, and the next publish removes it; for
//!   the one exception, platforms without an atomic exchange, see below);
//! - nothing from an earlier build lingers (the new site is a new folder, not an overwrite);
//! - no file is ever written outside the output folder: every path is checked before anything
//!   touches the disk ([`validate_path`]), and every folder and file inside the staging folder is
//!   created by this module, exclusively (`create_new`), so nothing planted beforehand (a symbolic
//!   link, say) is ever written through;
//! - the result depends only on the map, not on the thread count: files are written in parallel but
//!   each path is written exactly once, and errors are reported in path order.
//!
//! The swap is `renameat2(RENAME_EXCHANGE)` where the platform and filesystem have it (Linux;
//! `RENAME_SWAP` on Apple platforms), so at every instant the output folder is either the whole old
//! site or the whole new one. Elsewhere it falls back to two renames, with a short window in which
//! the output folder does not exist (see [`publish`]).

use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// What was published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishStats {
    /// Number of files written.
    pub files: usize,
    /// Total size of the files written, in bytes.
    pub bytes: u64,
    /// The previous site's folder when it could not be removed after the swap. The new site is in
    /// place regardless; the folder has a hidden name beside the output folder and the next publish
    /// removes it. The caller may warn about it.
    pub leftover: Option<PathBuf>,
}

/// Why a relative output path was refused. The checks are about where a file would land, on any
/// platform the site might be built on: a path must name a file strictly inside the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathProblem {
    /// The path is empty.
    Empty,
    /// The path starts with `/`.
    Absolute,
    /// The path has an empty component: `a//b`, a trailing `/`.
    EmptyComponent,
    /// The path has a `.` component.
    CurrentDir,
    /// The path has a `..` component, which would climb out of the output folder.
    ParentDir,
    /// The path contains `\`, a separator on Windows (so `..\x` would climb out there).
    Backslash,
    /// The path contains a NUL byte, which no filesystem accepts and which truncates C strings.
    Nul,
    /// The path contains `:`, which on Windows names a drive (`C:x` is outside the folder) or an
    /// NTFS alternate data stream.
    Colon,
    /// A component is a Windows device name (`CON`, `nul.html`, `Com1`…): opening it there opens
    /// the device, not a file in the folder.
    Reserved(String),
}

impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathProblem::Empty => f.write_str("the path is empty"),
            PathProblem::Absolute => f.write_str("it is absolute"),
            PathProblem::EmptyComponent => {
                f.write_str("it has an empty component (`//`, or a trailing `/`)")
            }
            PathProblem::CurrentDir => f.write_str("it has a `.` component"),
            PathProblem::ParentDir => f.write_str("it has a `..` component"),
            PathProblem::Backslash => f.write_str("it contains a backslash"),
            PathProblem::Nul => f.write_str("it contains a NUL byte"),
            PathProblem::Colon => {
                f.write_str("it contains `:` (a drive or stream name on Windows)")
            }
            PathProblem::Reserved(c) => write!(f, "`{c}` is a reserved device name on Windows"),
        }
    }
}

/// A failure to publish. Every variant names the path it is about. When [`publish`] returns one,
/// the output folder is as it was before the call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// A relative path in the site is unsafe or unportable; nothing was written.
    #[error("refusing to write {path:?}: {problem}")]
    BadPath {
        /// The relative path, as the render stage produced it.
        path: String,
        /// What is wrong with it.
        problem: PathProblem,
    },
    /// A path is both a file and a folder in the same site (`a` and `a/b`); nothing was written.
    #[error("refusing to write {path:?}: {file:?} is a file, so it cannot also be a folder")]
    FileIsFolder {
        /// The path that needs `file` to be a folder.
        path: String,
        /// The path that is also a file.
        file: String,
    },
    /// The output folder cannot be published to; nothing was written.
    #[error("cannot publish to {}: {reason}", path.display())]
    BadOutDir {
        /// The output folder as given.
        path: PathBuf,
        /// Why not.
        reason: &'static str,
    },
    /// A file to replace in place is not what was read from it any more (edited meanwhile, a
    /// symbolic link, gone); nothing was written.
    #[error("{} changed since it was read (or is no regular file); nothing was written", path.display())]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// Replacing files in place failed part-way, and some already replaced could not be given
    /// their old bytes back.
    #[error("cannot replace {}: {source}; and could not restore {}", path.display(), unrestored.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    PartlyReplaced {
        /// The file whose replacement failed.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: io::Error,
        /// Files that now hold their new bytes although the whole set was not replaced.
        unrestored: Vec<PathBuf>,
    },
    /// An I/O operation failed.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done, e.g. `write`, `create folder`.
        action: &'static str,
        /// The path involved.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: io::Error,
    },
}

fn io_err(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> WriteError {
    let path = path.to_path_buf();
    move |source| WriteError::Io {
        action,
        path,
        source,
    }
}

/// Refuse an output folder that publishing would destroy something in: the publish swaps the
/// whole folder for the new site, so everything in it that is not the site goes. The project root,
/// the content root, a folder holding either or the current folder, and the home folder are
/// refused before anything is written; the answer says why.
pub fn unsafe_out(out: &Path, root: &Path, content_root: &Path) -> Option<&'static str> {
    let resolved = resolve(out);
    if resolved.parent().is_none() {
        return Some("is the file system root");
    }
    if resolved == resolve(root) {
        return Some("is the project root");
    }
    if content_root.is_dir() {
        let content = resolve(content_root);
        if content == resolved {
            return Some("is the content root");
        }
        if content.starts_with(&resolved) {
            return Some("contains the content root");
        }
    }
    if let Ok(cwd) = std::env::current_dir().map(|d| resolve(&d))
        && cwd.starts_with(&resolved)
    {
        return Some("is or contains the current folder");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty())
        && resolve(Path::new(&home)) == resolved
    {
        return Some("is the home folder");
    }
    None
}

/// `path` made absolute with symbolic links resolved as far as it exists (the output folder may
/// not exist yet); the missing rest is appended with `.` and `..` applied lexically.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let mut base = loop {
        if let Ok(real) = existing.canonicalize() {
            break real;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last.as_os_str().to_os_string());
                existing = parent;
            }
            _ => break absolute.clone(),
        }
    };
    for name in rest.into_iter().rev() {
        match name.to_str() {
            Some("..") => {
                base.pop();
            }
            Some(".") => {}
            _ => base.push(name),
        }
    }
    base
}

/// Windows device names, matched case-insensitively against a component's stem. `COM0`/`LPT0` and
/// the superscript digits are reserved too on current Windows.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
    "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// Whether Windows would open a device for this component: the part before the first `.`, with
/// trailing spaces dropped, is a device name (`nul.html` and `CON .txt` are both the device).
fn is_reserved(component: &str) -> bool {
    let stem = component.split('.').next().unwrap_or(component);
    let stem = stem.trim_end_matches(' ');
    RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem))
}

/// Check one relative output path (`/`-separated, e.g. `ro-RO/close-your-account/index.html`).
///
/// Content comes from many vendors and is treated as hostile: a path accepted here names a file
/// strictly inside the output folder on Linux, macOS and Windows alike.
pub fn validate_path(path: &str) -> Result<(), PathProblem> {
    if path.is_empty() {
        return Err(PathProblem::Empty);
    }
    if path.contains('\0') {
        return Err(PathProblem::Nul);
    }
    if path.contains('\\') {
        return Err(PathProblem::Backslash);
    }
    if path.contains(':') {
        return Err(PathProblem::Colon);
    }
    if path.starts_with('/') {
        return Err(PathProblem::Absolute);
    }
    for component in path.split('/') {
        match component {
            "" => return Err(PathProblem::EmptyComponent),
            "." => return Err(PathProblem::CurrentDir),
            ".." => return Err(PathProblem::ParentDir),
            c if is_reserved(c) => return Err(PathProblem::Reserved(c.to_owned())),
            _ => {}
        }
    }
    Ok(())
}

/// Check every path of a site: each must pass [`validate_path`], and no file may also be needed as
/// a folder (`a` and `a/b`). The first problem in path order is reported.
pub fn validate(files: &BTreeMap<String, Vec<u8>>) -> Result<(), WriteError> {
    for path in files.keys() {
        validate_path(path).map_err(|problem| WriteError::BadPath {
            path: path.clone(),
            problem,
        })?;
        for (i, _) in path.match_indices('/') {
            let folder = &path[..i];
            if files.contains_key(folder) {
                return Err(WriteError::FileIsFolder {
                    path: path.clone(),
                    file: folder.to_owned(),
                });
            }
        }
    }
    Ok(())
}

/// Distinguishes the staging folders of several publishes in one process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

const STAGING_TAG: &str = ".locdoc-staging-";
const OLD_TAG: &str = ".locdoc-old-";

/// `.<outname><tag>`, the start of the names of this output folder's temporary siblings.
fn sibling_prefix(out_name: &OsStr, tag: &str) -> OsString {
    let mut name = OsString::from(".");
    name.push(out_name);
    name.push(tag);
    name
}

/// Whether `name` is one of the temporary siblings of the output folder `out_name`: exactly
/// `.<outname>.locdoc-staging-<pid>-<n>` or `.<outname>.locdoc-old-<pid>-<n>` (`-<n>` optional).
fn is_leftover_name(name: &OsStr, out_name: &OsStr) -> bool {
    let name = name.as_encoded_bytes();
    [STAGING_TAG, OLD_TAG].iter().any(|tag| {
        let prefix = sibling_prefix(out_name, tag);
        let Some(rest) = name.strip_prefix(prefix.as_encoded_bytes()) else {
            return false;
        };
        let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
        match rest.iter().position(|&b| b == b'-') {
            Some(i) => digits(&rest[..i]) && digits(&rest[i + 1..]),
            None => digits(rest),
        }
    })
}

/// Advisory folder locks (`flock`). A publish holds one on its staging folder and one on the old
/// site for as long as it uses them, so that no other publish, in this process or another, takes
/// them for leftovers. Process ids could not say that (containers reuse them); the lock does, and
/// the kernel drops it when its process dies, so a killed build's folders are free to remove.
#[cfg(all(
    unix,
    not(any(
        target_os = "solaris",
        target_os = "espidf",
        target_os = "horizon",
        target_os = "vita"
    ))
))]
mod folder_lock {
    use rustix::fs::{FlockOperation, Mode, OFlags, flock, open};
    use std::io;
    use std::path::Path;

    /// An exclusive lock on a folder, released when dropped (or when the process dies).
    pub(super) struct FolderLock {
        _fd: rustix::fd::OwnedFd,
    }

    /// Lock a real folder (never through a symbolic link); `None` when someone else holds it.
    pub(super) fn try_lock(path: &Path) -> io::Result<Option<FolderLock>> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let fd = open(path, flags, Mode::empty())?;
        match flock(&fd, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => Ok(Some(FolderLock { _fd: fd })),
            Err(e) if e == rustix::io::Errno::WOULDBLOCK => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}

/// Without `flock` nothing is locked and every leftover is removed: a concurrent publish to the
/// same folder may then fail (cleanly: its output folder stays as it was).
#[cfg(not(all(
    unix,
    not(any(
        target_os = "solaris",
        target_os = "espidf",
        target_os = "horizon",
        target_os = "vita"
    ))
)))]
mod folder_lock {
    use std::io;
    use std::path::Path;

    /// Holds nothing.
    pub(super) struct FolderLock;

    /// Always succeeds.
    pub(super) fn try_lock(_path: &Path) -> io::Result<Option<FolderLock>> {
        Ok(Some(FolderLock))
    }
}

use folder_lock::try_lock;

/// Remove staging and old-site folders left beside the output folder by builds that were killed.
/// Only real folders (not symbolic links, not files) whose names match exactly are touched, and
/// never one that a running publish holds locked. Best effort: a leftover that cannot be removed
/// (another user's, say) stays, hidden, and does not stop the build.
fn remove_leftovers(parent: &Path, out_name: &OsStr) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        if !is_leftover_name(&entry.file_name(), out_name) {
            continue;
        }
        let path = entry.path();
        // `symlink_metadata`: a link named like ours is not ours, and is never followed (the lock
        // opens with O_NOFOLLOW too).
        if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        if let Ok(Some(_lock)) = try_lock(&path) {
            let _ = remove_tree(&path);
        }
    }
}

/// Remove what killed builds left beside the output folder `out` (staging folders, old sites),
/// as a publishing build does before it starts: never a folder a running publish holds locked.
/// For a build that publishes nothing (an unchanged `--incremental` build), so that leftovers do
/// not outlive every later build.
pub fn clean_leftovers(out: &Path) {
    let Some(out_name) = out.file_name() else {
        return;
    };
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    remove_leftovers(parent, out_name);
}

/// How many files are unlinked at once when a whole site is removed.
const REMOVERS: usize = 8;

/// Remove the folder `root` and everything in it, as `fs::remove_dir_all` does (links are removed,
/// never followed), with the files unlinked [`REMOVERS`] at a time: an old site after the swap, a
/// failed build's staging folder, a killed build's leftovers. Removing an old site is the last
/// step of every rebuild into an existing folder, and unlinking waits on the file system far
/// more than on the CPU: 12,600 files of a 10,000-page site took 2.8 s one after the other and
/// 1.8 s eight at a time on the development machine, so the threads are a pool of their own,
/// not the build's one per core.
fn remove_tree(root: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    // A folder is listed before its contents, so that one the owner may not write (an output
    // folder kept read-only) is made writable before they are unlinked from it.
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.map_err(io::Error::from)?;
        if entry.file_type().is_dir() {
            let permissions = entry.metadata().map_err(io::Error::from)?.permissions();
            if let Some(writable) = owner_writable(permissions) {
                fs::set_permissions(entry.path(), writable)?;
            }
            folders.push(entry.into_path());
        } else {
            files.push(entry.into_path());
        }
    }
    // Contents first: every folder comes after what is in it, so it is empty when its turn comes.
    folders.reverse();
    let unlink = |files: &[PathBuf]| files.par_iter().try_for_each(fs::remove_file);
    match rayon::ThreadPoolBuilder::new()
        .num_threads(REMOVERS)
        .build()
    {
        Ok(pool) => pool.install(|| unlink(&files))?,
        Err(_) => unlink(&files)?,
    }
    folders.iter().try_for_each(fs::remove_dir)
}

/// `permissions` with the owner allowed to list, enter and change the folder, if they do not
/// allow it already.
#[cfg(unix)]
fn owner_writable(mut permissions: fs::Permissions) -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let mode = permissions.mode();
    (mode & 0o700 != 0o700).then(|| {
        permissions.set_mode(mode | 0o700);
        permissions
    })
}

/// `permissions` with the read-only flag cleared, if it is set.
#[cfg(not(unix))]
fn owner_writable(mut permissions: fs::Permissions) -> Option<fs::Permissions> {
    permissions.readonly().then(|| {
        permissions.set_readonly(false);
        permissions
    })
}

/// Make a new, empty staging folder beside the output folder; returns it and its number.
fn create_staging(parent: &Path, out_name: &OsStr) -> Result<(PathBuf, u64), WriteError> {
    let pid = std::process::id();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut name = sibling_prefix(out_name, STAGING_TAG);
        name.push(format!("{pid}-{n}"));
        let path = parent.join(name);
        match fs::create_dir(&path) {
            Ok(()) => return Ok((path, n)),
            // Left by an earlier process with the same pid (another container, say) and still in
            // use: take the next number.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_err("create staging folder", &path)(e)),
        }
    }
}

/// Make the staged files durable before they are swapped in, so that after a power cut the output
/// folder does not hold a new site with empty or partial files. On Linux one `syncfs` flushes the
/// whole staging tree (file data and folder entries) at once: about 50 ms for 5,000 files of
/// 12 KB on ext4, where an `fsync` per file (even in parallel) took 2 s. The price is that it
/// flushes everything else dirty on that filesystem too. Elsewhere this does nothing: a killed
/// build is safe without it (written data is in the kernel's cache), only a machine crash is not.
fn sync_tree(staging: &Path) -> Result<(), WriteError> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let dir = fs::File::open(staging).map_err(io_err("open", staging))?;
        rustix::fs::syncfs(&dir).map_err(|e| io_err("sync", staging)(e.into()))?;
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    let _ = staging;
    Ok(())
}

/// Make the renames in `parent` durable. Best effort: by the time this runs the swap is done.
fn sync_folder(parent: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(parent) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = parent;
}

/// The outcome of trying an atomic exchange.
enum Exchange {
    Done,
    Unsupported,
}

/// Swap `a` and `b` atomically, or report that this platform or filesystem cannot.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<Exchange> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(Exchange::Done),
        // Old kernels (ENOSYS), filesystems without exchange (EINVAL on Linux, ENOTSUP on Apple).
        Err(e) if [Errno::NOSYS, Errno::INVAL, Errno::NOTSUP, Errno::OPNOTSUPP].contains(&e) => {
            Ok(Exchange::Unsupported)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<Exchange> {
    Ok(Exchange::Unsupported)
}

/// Put the staged site at `out_dir`, which exists and is a folder. Returns where the old site
/// went. On error `out_dir` holds the old site.
fn swap(staging: &Path, out_dir: &Path, old: &Path) -> Result<PathBuf, WriteError> {
    match exchange(staging, out_dir) {
        Ok(Exchange::Done) => Ok(staging.to_path_buf()),
        Ok(Exchange::Unsupported) => swap_by_renames(staging, out_dir, old),
        Err(e) => Err(io_err("swap the new site into", out_dir)(e)),
    }
}

/// The fallback where there is no atomic exchange: two renames. Between them `out_dir` does not
/// exist (a server would answer 404 for a moment), and a build killed right there leaves the old
/// site whole under `old`, the new one under `staging`, and no `out_dir`; the next publish removes
/// both and publishes again. Returns `old`. On error `out_dir` holds the old site, unless even
/// moving it back failed, in which case the error names where it is.
fn swap_by_renames(staging: &Path, out_dir: &Path, old: &Path) -> Result<PathBuf, WriteError> {
    fs::rename(out_dir, old).map_err(io_err("move the old site out of", out_dir))?;
    if let Err(e) = fs::rename(staging, out_dir) {
        return Err(match fs::rename(old, out_dir) {
            Ok(()) => io_err("move the new site into", out_dir)(e),
            Err(_) => io_err("move the new site into place; the old site is kept at", old)(e),
        });
    }
    Ok(old.to_path_buf())
}

/// Publish `files` (relative `/`-separated path → bytes) as the whole content of `out_dir`.
///
/// All paths are validated first ([`validate`]); if one is refused nothing touches the disk. The
/// site is then written into a new staging folder `.<outname>.locdoc-staging-<pid>-<n>` beside
/// `out_dir` (same parent, so the same filesystem and the rename is atomic), flushed to disk
/// (`syncfs` on Linux), and swapped in:
///
/// - if `out_dir` does not exist (its parent is created if needed), the staging folder is renamed
///   to it;
/// - if it is a folder, the two are exchanged atomically with `renameat2(RENAME_EXCHANGE)`, so at
///   every instant `out_dir` is the whole old site or the whole new one; the old site, now under
///   the staging name, is then removed. Where exchange is unsupported (not Linux or Apple, or a
///   filesystem without it) `out_dir` is renamed to `.<outname>.locdoc-old-<pid>-<n>` and the
///   staging folder to `out_dir`: between the two renames `out_dir` briefly does not exist.
///
/// On any error the staging folder is removed and `out_dir` is left as it was. Staging and old
/// folders left beside `out_dir` by killed builds are removed at the start (those of a publish
/// still running are locked with `flock` and left alone).
///
/// `out_dir` is refused when it is empty, `/`, or ends in `..` (no folder name to make siblings
/// from), when it exists and is not a folder, and when it is a symbolic link: swapping would
/// replace the link itself with a folder, silently cutting off wherever it pointed (often a folder
/// a web server serves), and following it would make locdoc create and delete folders beside the
/// link's target, somewhere the user never named. Point `out_dir` at the real folder instead.
pub fn publish(
    out_dir: &Path,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<PublishStats, WriteError> {
    validate(files)?;
    let staging = Staging::begin(out_dir)?;
    files
        .par_iter()
        .for_each(|(rel, bytes)| staging.write(rel, bytes));
    staging.commit()
}

/// A new site being written beside the output folder, file by file, from any thread, so that a
/// build never holds the whole site in memory: the render stage hands each page over as soon as
/// it is made. [`Staging::commit`] swaps it in exactly as [`publish`] does; dropping it
/// uncommitted (a failed build) removes it and leaves the output folder as it was.
///
/// Writes never fail on the spot: the first failure in path order is what `commit` returns, so
/// the error a user sees does not depend on the thread count.
pub struct Staging {
    out_dir: PathBuf,
    parent: PathBuf,
    out_name: OsString,
    path: PathBuf,
    number: u64,
    exists: bool,
    _staging_lock: io::Result<Option<folder_lock::FolderLock>>,
    _old_lock: Option<io::Result<Option<folder_lock::FolderLock>>>,
    /// Folders created or being created (relative): each is created once, by this module, never
    /// reused. The lock covers the map only; a folder is made under its own cell, so that the
    /// other threads' writes do not wait on the file system for it.
    folders: Mutex<HashMap<String, Arc<FolderCell>>>,
    failures: Mutex<Vec<(String, WriteError)>>,
    /// Every file written or linked so far, with its size.
    written: Mutex<Vec<(String, u64)>>,
    files: AtomicU64,
    bytes: AtomicU64,
    committed: bool,
}

/// A staging folder's creation: done once, its outcome kept for every file that goes into it.
type FolderCell = std::sync::OnceLock<Result<(), (io::ErrorKind, String)>>;

impl Staging {
    /// Check `out_dir` and create an empty staging folder beside it.
    ///
    /// `out_dir` is refused when it is empty, `/`, or ends in `..` (no folder name to make
    /// siblings from), when it exists and is not a folder, and when it is a symbolic link (see
    /// [`publish`]).
    pub fn begin(out_dir: &Path) -> Result<Staging, WriteError> {
        let bad_out = |reason| WriteError::BadOutDir {
            path: out_dir.to_path_buf(),
            reason,
        };
        if out_dir.as_os_str().is_empty() {
            return Err(bad_out("the output folder is empty"));
        }
        let (Some(out_name), Some(parent)) = (out_dir.file_name(), out_dir.parent()) else {
            return Err(bad_out(
                "the output folder must end in a folder name (not `/`, `.` or `..`)",
            ));
        };
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        // `public/.` and `public/` name `public`, but the kernel refuses to rename them (EBUSY)
        // or reads them differently: from here on the folder is always `<parent>/<name>`.
        let out_dir = parent.join(out_name);
        let exists = match fs::symlink_metadata(&out_dir) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(bad_out(
                    "it is a symbolic link; locdoc replaces the output folder and will not replace or follow a link (point the output at the real folder)",
                ));
            }
            Ok(m) if m.is_dir() => true,
            Ok(_) => return Err(bad_out("it exists and is not a folder")),
            Err(e) if e.kind() == io::ErrorKind::NotFound => false,
            Err(e) => return Err(io_err("inspect", &out_dir)(e)),
        };
        fs::create_dir_all(parent).map_err(io_err("create folder", parent))?;
        remove_leftovers(parent, out_name);
        let (path, number) = create_staging(parent, out_name)?;
        // Held to the end, through the swap and the removal of the old site. Locking only guards
        // against a concurrent publish's cleanup, so a lock that cannot be had is not an error.
        let staging_lock = try_lock(&path);
        let old_lock = exists.then(|| try_lock(&out_dir));
        Ok(Staging {
            out_dir,
            parent: parent.to_path_buf(),
            out_name: out_name.to_os_string(),
            path,
            number,
            exists,
            _staging_lock: staging_lock,
            _old_lock: old_lock,
            folders: Mutex::new(HashMap::new()),
            failures: Mutex::new(Vec::new()),
            written: Mutex::new(Vec::new()),
            files: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            committed: false,
        })
    }

    /// The output folder this staging will replace.
    pub fn out_dir(&self) -> &Path {
        &self.out_dir
    }

    /// Write the file at `rel` (a `/`-separated path, checked by [`validate_path`]).
    pub fn write(&self, rel: &str, bytes: &[u8]) {
        let result = self.prepare(rel).and_then(|path| {
            // `create_new` (O_EXCL): never opens an existing file or follows a link. Two paths
            // that alias on a case-insensitive filesystem fail here instead of racing.
            fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .and_then(|mut f| f.write_all(bytes))
                .map_err(io_err("write", &path))
        });
        self.record(rel, result, bytes.len() as u64);
    }

    /// Put at `rel` the file `from` holds (a file of the previous site, say), as a hard link
    /// where the filesystem allows, else as a copy.
    pub fn link(&self, rel: &str, from: &Path) {
        let result = self.prepare(rel).and_then(|path| {
            let size = fs::symlink_metadata(from)
                .map_err(io_err("inspect", from))?
                .len();
            if fs::hard_link(from, &path).is_err() {
                fs::copy(from, &path).map_err(io_err("copy", from))?;
            }
            Ok(size)
        });
        match result {
            Ok(size) => self.record(rel, Ok(()), size),
            Err(e) => self.record(rel, Err(e), 0),
        }
    }

    /// Every file staged so far, with its size, by path.
    pub fn listing(&self) -> BTreeMap<String, u64> {
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    /// Check `rel` and create the folders it needs; its absolute path in the staging folder.
    fn prepare(&self, rel: &str) -> Result<PathBuf, WriteError> {
        validate_path(rel).map_err(|problem| WriteError::BadPath {
            path: rel.to_owned(),
            problem,
        })?;
        for (i, _) in rel.match_indices('/') {
            let folder = &rel[..i];
            let cell = Arc::clone(
                self.folders
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .entry(folder.to_owned())
                    .or_default(),
            );
            // `create_dir`, not `create_dir_all`: a folder that already exists here was not made
            // by us (or is a case-insensitive alias, or a file of the site), and is not written
            // into. A thread that needs a folder another is making waits for that one.
            cell.get_or_init(|| {
                fs::create_dir(self.path.join(folder)).map_err(|e| (e.kind(), e.to_string()))
            })
            .clone()
            .map_err(|(kind, message)| {
                let path = self.path.join(folder);
                io_err("create folder", &path)(io::Error::new(kind, message))
            })?;
        }
        Ok(self.path.join(rel))
    }

    fn record(&self, rel: &str, result: Result<(), WriteError>, size: u64) {
        match result {
            Ok(()) => {
                self.files.fetch_add(1, Ordering::Relaxed);
                self.bytes.fetch_add(size, Ordering::Relaxed);
                self.written
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((rel.to_owned(), size));
            }
            Err(e) => self
                .failures
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((rel.to_owned(), e)),
        }
    }

    /// Make the staged site durable and swap it in (see [`publish`]); on any failure so far or
    /// now, the staging folder is removed and the output folder left as it was.
    pub fn commit(mut self) -> Result<PublishStats, WriteError> {
        let mut failures =
            std::mem::take(&mut *self.failures.lock().unwrap_or_else(|e| e.into_inner()));
        failures.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some((_, first)) = failures.into_iter().next() {
            return Err(first);
        }
        sync_tree(&self.path)?;
        if self.exists {
            // The new site keeps the old one's mode (a folder kept read-only stays so).
            let kept = fs::metadata(&self.out_dir)
                .map_err(io_err("read the mode of", &self.out_dir))?
                .permissions();
            fs::set_permissions(&self.path, kept).map_err(io_err("set the mode of", &self.path))?;
        }
        let old = if self.exists {
            let mut old = sibling_prefix(&self.out_name, OLD_TAG);
            old.push(format!("{}-{}", std::process::id(), self.number));
            swap(&self.path, &self.out_dir, &self.parent.join(old)).map(Some)?
        } else {
            fs::rename(&self.path, &self.out_dir)
                .map_err(io_err("move the new site into", &self.out_dir))?;
            None
        };
        self.committed = true;
        sync_folder(&self.parent);
        let leftover = old.filter(|old| match remove_tree(old) {
            Ok(()) => false,
            Err(e) => e.kind() != io::ErrorKind::NotFound,
        });
        Ok(PublishStats {
            files: self.files.load(Ordering::Relaxed) as usize,
            bytes: self.bytes.load(Ordering::Relaxed),
            leftover,
        })
    }
}

impl crate::render::Emit for Staging {
    fn emit(&self, path: &str, bytes: Vec<u8>) {
        self.write(path, &bytes);
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort; a staging folder that cannot be removed now is removed next time.
            let _ = remove_tree(&self.path);
        }
    }
}

/// One file to replace in place with [`replace_files`].
#[derive(Debug, Clone, Copy)]
pub struct Replacement<'a> {
    /// The file.
    pub path: &'a Path,
    /// The bytes it held when it was read: a file that holds others now is not overwritten.
    pub expected: &'a [u8],
    /// Its new bytes.
    pub bytes: &'a [u8],
}

/// Replace files in place, all of them or none, each atomically: every new file is written
/// beside its old one first (a hidden temporary file with the old one's permissions, synced),
/// and only when all are written is each renamed over its old one. A reader never sees half a
/// file; a failure before the renames leaves every file as it was. Should a rename fail, the
/// files already replaced get their old bytes back the same way (a failure to do that is
/// [`WriteError::PartlyReplaced`], naming them).
///
/// A file that is not a regular file any more, or does not hold `expected`, is refused before
/// anything is written ([`WriteError::Changed`]): the new bytes were made from the old ones, and
/// an edit made meanwhile would be lost.
pub fn replace_files(files: &[Replacement<'_>]) -> Result<(), WriteError> {
    for file in files {
        let unchanged = fs::symlink_metadata(file.path).is_ok_and(|m| m.file_type().is_file())
            && fs::read(file.path).is_ok_and(|bytes| bytes == file.expected);
        if !unchanged {
            return Err(WriteError::Changed {
                path: file.path.to_path_buf(),
            });
        }
    }
    let mut temps: Vec<PathBuf> = Vec::with_capacity(files.len());
    for file in files {
        match write_beside(file.path, file.bytes) {
            Ok(temp) => temps.push(temp),
            Err(err) => {
                for temp in &temps {
                    let _ = fs::remove_file(temp);
                }
                return Err(err);
            }
        }
    }
    for (k, (file, temp)) in files.iter().zip(&temps).enumerate() {
        if let Err(source) = fs::rename(temp, file.path) {
            for temp in &temps[k..] {
                let _ = fs::remove_file(temp);
            }
            let unrestored: Vec<PathBuf> = files[..k]
                .iter()
                .filter(|done| {
                    write_beside(done.path, done.expected)
                        .and_then(|back| {
                            fs::rename(&back, done.path).map_err(|e| {
                                let _ = fs::remove_file(&back);
                                io_err("restore", done.path)(e)
                            })
                        })
                        .is_err()
                })
                .map(|done| done.path.to_path_buf())
                .collect();
            if unrestored.is_empty() {
                return Err(io_err("replace", file.path)(source));
            }
            return Err(WriteError::PartlyReplaced {
                path: file.path.to_path_buf(),
                source,
                unrestored,
            });
        }
    }
    let folders: HashSet<&Path> = files.iter().filter_map(|f| f.path.parent()).collect();
    for folder in folders {
        sync_folder(if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        });
    }
    Ok(())
}

/// Write `bytes` to a new hidden file beside `path`, with `path`'s permissions, synced; its path.
fn write_beside(path: &Path, bytes: &[u8]) -> Result<PathBuf, WriteError> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path.file_name().unwrap_or_else(|| OsStr::new("file"));
    let permissions = fs::metadata(path)
        .map_err(io_err("inspect", path))?
        .permissions();
    loop {
        let mut temp_name = OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(
            ".locdoc-{}-{}.tmp",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let temp = parent.join(temp_name);
        let mut file = match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_err("create", &temp)(e)),
        };
        let written = file
            .write_all(bytes)
            .and_then(|()| file.set_permissions(permissions.clone()))
            .and_then(|()| file.sync_all());
        if let Err(e) = written {
            drop(file);
            let _ = fs::remove_file(&temp);
            return Err(io_err("write", &temp)(e));
        }
        return Ok(temp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_files_replaces_all_or_refuses_before_writing() {
        let dir = std::env::temp_dir().join(format!("locdoc-replace-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("sub")).expect("mkdir");
        let (a, b) = (dir.join("a.md"), dir.join("sub/b.md"));
        fs::write(&a, "old a").expect("write");
        fs::write(&b, "old b").expect("write");
        let both = |b_was: &'static [u8]| {
            replace_files(&[
                Replacement {
                    path: &a,
                    expected: b"old a",
                    bytes: b"new a",
                },
                Replacement {
                    path: &b,
                    expected: b_was,
                    bytes: b"new b",
                },
            ])
        };
        let stale = both(b"what was read");
        assert!(
            matches!(stale, Err(WriteError::Changed { .. })),
            "{stale:?}"
        );
        assert_eq!(fs::read(&a).expect("read"), b"old a");
        both(b"old b").expect("replaced");
        assert_eq!(fs::read(&a).expect("read"), b"new a");
        assert_eq!(fs::read(&b).expect("read"), b"new b");
        let names: Vec<_> = fs::read_dir(&dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn accepts_ordinary_site_paths() {
        for p in [
            "index.html",
            "ro-RO/close-your-account/index.html",
            "assets/site.css",
            ".well-known/security.txt",
            "a..b/c...d",
            "...",
            "console/index.html",
            "nul-terminated.html",
            "com10.html",
            "lpt/x",
            "conx",
            "de-DE/fragen/übersicht.html",
        ] {
            assert_eq!(validate_path(p), Ok(()), "{p}");
        }
    }

    #[test]
    fn refuses_paths_that_leave_the_folder() {
        use PathProblem::*;
        let cases: &[(&str, PathProblem)] = &[
            ("", Empty),
            ("/abs", Absolute),
            ("/", Absolute),
            ("../x", ParentDir),
            ("a/../../x", ParentDir),
            ("..", ParentDir),
            ("a/..", ParentDir),
            ("a//b", EmptyComponent),
            ("a/", EmptyComponent),
            ("a/./b", CurrentDir),
            (".", CurrentDir),
            ("./a", CurrentDir),
            ("a\\b", Backslash),
            ("..\\x", Backslash),
            ("a\0b", Nul),
            ("C:x", Colon),
            ("a/index.html:stream", Colon),
        ];
        for (p, want) in cases {
            assert_eq!(validate_path(p).as_ref(), Err(want), "{p:?}");
        }
    }

    #[test]
    fn refuses_windows_device_names_in_any_case_and_with_extensions() {
        for (p, component) in [
            ("con/x", "con"),
            ("CON", "CON"),
            ("a/Nul.html", "Nul.html"),
            ("aux.tar.gz", "aux.tar.gz"),
            ("x/PRN", "PRN"),
            ("com1/index.html", "com1"),
            ("LPT9", "LPT9"),
            ("Com0", "Com0"),
            ("con .txt", "con .txt"),
            ("COM¹", "COM¹"),
        ] {
            assert_eq!(
                validate_path(p),
                Err(PathProblem::Reserved(component.to_owned())),
                "{p}"
            );
        }
    }

    #[test]
    fn a_file_cannot_also_be_a_folder() {
        let mut files = BTreeMap::new();
        files.insert("a".to_owned(), vec![]);
        files.insert("a-c".to_owned(), vec![]);
        files.insert("a/b/c".to_owned(), vec![]);
        match validate(&files) {
            Err(WriteError::FileIsFolder { path, file }) => {
                assert_eq!((path.as_str(), file.as_str()), ("a/b/c", "a"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn recognises_only_exact_leftover_names() {
        let out = OsStr::new("public");
        for ours in [
            ".public.locdoc-staging-12-3",
            ".public.locdoc-staging-12",
            ".public.locdoc-old-12",
            ".public.locdoc-old-12-0",
        ] {
            assert!(is_leftover_name(OsStr::new(ours), out), "{ours}");
        }
        for other in [
            "public",
            ".public",
            ".public.locdoc-staging-",
            ".public.locdoc-staging-12-",
            ".public.locdoc-staging--1",
            ".public.locdoc-staging-x-1",
            ".public.locdoc-staging-1-2-3",
            ".public.locdoc-old-12a",
            ".publicx.locdoc-staging-1-1",
            ".other.locdoc-staging-1-1",
            "x.public.locdoc-staging-1-1",
            ".public.locdoc-staging-1-1.locdoc-staging-2-2",
        ] {
            assert!(!is_leftover_name(OsStr::new(other), out), "{other}");
        }
    }

    fn folder_with(dir: &Path, file: &str, text: &str) {
        fs::create_dir(dir).expect("mkdir");
        fs::write(dir.join(file), text).expect("write");
    }

    #[test]
    fn fallback_swap_moves_the_old_site_aside() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (staging, out, old) = (
            tmp.path().join(".s"),
            tmp.path().join("out"),
            tmp.path().join(".o"),
        );
        folder_with(&staging, "new", "n");
        folder_with(&out, "old", "o");
        let moved = swap_by_renames(&staging, &out, &old).expect("swap");
        assert_eq!(moved, old);
        assert!(out.join("new").is_file() && !out.join("old").exists());
        assert!(old.join("old").is_file());
        assert!(!staging.exists());
    }

    #[test]
    fn fallback_swap_puts_the_old_site_back_on_failure() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (staging, out, old) = (
            tmp.path().join(".missing"),
            tmp.path().join("out"),
            tmp.path().join(".o"),
        );
        folder_with(&out, "old", "o");
        match swap_by_renames(&staging, &out, &old) {
            Err(WriteError::Io { path, .. }) => assert_eq!(path, out),
            other => panic!("{other:?}"),
        }
        assert!(out.join("old").is_file(), "old site back in place");
        assert!(!old.exists());
    }

    #[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
    #[test]
    fn a_locked_folder_is_not_a_leftover() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join(".public.locdoc-staging-1-0");
        fs::create_dir(&dir).expect("mkdir");
        let held = try_lock(&dir).expect("lock");
        assert!(held.is_some());
        assert!(try_lock(&dir).expect("lock").is_none(), "held elsewhere");
        remove_leftovers(tmp.path(), OsStr::new("public"));
        assert!(dir.exists());
        drop(held);
        remove_leftovers(tmp.path(), OsStr::new("public"));
        assert!(!dir.exists());
    }

    #[test]
    fn remove_tree_removes_everything_below_and_follows_no_link() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let site = tmp.path().join("old");
        for n in 0..50 {
            let folder = site.join(format!("de-DE/a{}/b{n}", n % 7));
            fs::create_dir_all(&folder).expect("mkdir");
            fs::write(folder.join("index.html"), format!("page {n}")).expect("write");
        }
        fs::create_dir(site.join("empty")).expect("mkdir");
        let outside = tmp.path().join("outside");
        fs::create_dir(&outside).expect("mkdir");
        fs::write(outside.join("keep.txt"), "keep").expect("write");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, site.join("de-DE/link")).expect("symlink");
        remove_tree(&site).expect("removed");
        assert!(!site.exists());
        assert_eq!(
            fs::read_to_string(outside.join("keep.txt")).expect("kept"),
            "keep"
        );
        let gone = remove_tree(&site).expect_err("nothing to remove");
        assert_eq!(gone.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn errors_name_the_path() {
        let e = WriteError::BadPath {
            path: "a\0b".to_owned(),
            problem: PathProblem::Nul,
        };
        assert_eq!(
            e.to_string(),
            r#"refusing to write "a\0b": it contains a NUL byte"#
        );
    }

    #[test]
    fn replace_files_refuses_a_missing_file_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let a = tmp.path().join("a.md");
        fs::write(&a, "old a").expect("write");
        let missing = tmp.path().join("gone/c.md");
        let err = replace_files(&[
            Replacement {
                path: &a,
                expected: b"old a",
                bytes: b"new a",
            },
            Replacement {
                path: &missing,
                expected: b"",
                bytes: b"c",
            },
        ]);
        assert!(matches!(err, Err(WriteError::Changed { .. })), "{err:?}");
        assert_eq!(fs::read_to_string(&a).expect("read"), "old a");
        let names: Vec<_> = fs::read_dir(tmp.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
