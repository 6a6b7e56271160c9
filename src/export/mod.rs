//! Export: what the parse and align stages found, written for other tools.
//!
//! Writers take parsed and aligned values and an `io::Write`; they never read files, so the same
//! writer serves the CLI, tests and (later) the site's download links.

pub mod jsonl;
