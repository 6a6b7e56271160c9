//! `parse_only`: locdoc's own floor. Discover `<content>` and read and parse every file with
//! `locdoc::parse` on all cores (front matter, spans, block kinds, visible text), then drop it:
//! no alignment, no rules, no pages, nothing written.
//!
//! Every locdoc command that looks at segments does at least this, so `check` cannot be faster
//! than it; `bench/run.sh` times it beside the floor program (`examples/floor.rs`) to show how
//! much of the distance to the floor is the parse itself and how much the work after it.
//!
//! Run: `cargo run --release --example parse_only -- <content>`. Prints
//! `parse_only: N files, S segments, B bytes`.

use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;

/// The allocator the `locdoc` binary runs with.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [content] = args.as_slice() else {
        eprintln!("usage: parse_only <content>");
        return ExitCode::from(2);
    };
    let discovery = match locdoc::discover::discover(content, &[]) {
        Ok(discovery) => discovery,
        Err(err) => {
            eprintln!("parse_only: {err}");
            return ExitCode::FAILURE;
        }
    };
    let (segments, bytes) = discovery
        .files
        .par_iter()
        .map(|file| match locdoc::parse::read_and_parse(file.clone()) {
            Ok(doc) => (doc.segments.len(), doc.text.len()),
            Err(_) => (0, 0),
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!(
        "parse_only: {} files, {segments} segments, {bytes} bytes",
        discovery.files.len()
    );
    ExitCode::SUCCESS
}
