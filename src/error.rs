//! Hard failures: the few things that stop a whole run (as opposed to content problems, which are
//! [`crate::Diagnostic`]s and never stop anything).

use std::path::PathBuf;

/// A failure that prevents locdoc from doing the job at all. Every variant names the path it is
/// about, so the user never sees a bare "No such file or directory".
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The content root is missing or not a folder.
    #[error("content root {} is not a folder (expected <root>/content/<locale>/<path>.md, or pass --content DIR)", path.display())]
    NoContentRoot {
        /// The path that was looked at.
        path: PathBuf,
    },
    /// The content root holds no locale folder, and looks like something else: a project
    /// folder, or a folder of content roots.
    #[error("{} is not a content root: {hint}", path.display())]
    NotAContentRoot {
        /// The path that was given as the content root.
        path: PathBuf,
        /// What it looks like, and what to pass instead.
        hint: String,
    },
    /// An I/O operation on a path failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// Walking the content tree failed.
    #[error("cannot walk {}: {source}", path.display())]
    Walk {
        /// The folder being walked.
        path: PathBuf,
        /// What walkdir said.
        #[source]
        source: walkdir::Error,
    },
}

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
