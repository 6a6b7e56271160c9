//! `floor`: the least work any static-site generator must do for a Markdown tree, on all cores.
//!
//! Walk `<content>`, read every `.md` file, render it to HTML with pulldown-cmark (the same
//! options locdoc uses: tables, GFM, strikethrough) and write `<out>/<rel-without-.md>/index.html`.
//! Nothing else: no front matter, no templates, no alignment, no links, no indexes, no sanitizing.
//! Every generator has to read the bytes, parse the Markdown and write a page per file, so no
//! generator can be faster than this on the same machine; `bench/run.sh` times locdoc against it
//! (target: `build` at most 1.5x, `check` at most 1x).
//!
//! With `--sanitize`, every page also goes through locdoc's HTML policy (ammonia) before it is
//! written: the least work of a generator that publishes raw HTML from content it does not trust,
//! as locdoc does and Hugo with `unsafe = true` does not. `bench/run.sh` times both.
//!
//! Run: `cargo run --release --example floor -- [--sanitize] <content> <out>`. Prints
//! `floor: N pages, B bytes`.

use pulldown_cmark::{Options, Parser, html};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The options locdoc's parser uses (`locdoc::parse::text::markdown_options`).
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_GFM | Options::ENABLE_STRIKETHROUGH
}

/// Read, render and write one file; returns its size in bytes.
fn page(content: &Path, out: &Path, path: &Path, sanitize: bool) -> std::io::Result<usize> {
    let text = std::fs::read_to_string(path)?;
    let mut body = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut body, Parser::new_ext(&text, options()));
    if sanitize {
        body = locdoc::render::sanitize::clean(&body);
    }
    let rel = path
        .strip_prefix(content)
        .map_err(std::io::Error::other)?
        .with_extension("");
    let dir = out.join(rel);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("index.html"), body)?;
    Ok(text.len())
}

fn main() -> ExitCode {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let sanitize = args.first().is_some_and(|a| a.as_os_str() == "--sanitize");
    if sanitize {
        args.remove(0);
    }
    let [content, out] = args.as_slice() else {
        eprintln!("usage: floor [--sanitize] <content> <out>");
        return ExitCode::from(2);
    };
    let files: Vec<PathBuf> = walkdir::WalkDir::new(content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    let results: Vec<std::io::Result<usize>> = files
        .par_iter()
        .map(|path| page(content, out, path, sanitize))
        .collect();
    let mut bytes = 0;
    for (path, result) in files.iter().zip(results) {
        match result {
            Ok(n) => bytes += n,
            Err(e) => {
                eprintln!("floor: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    println!("floor: {} pages, {bytes} bytes", files.len());
    ExitCode::SUCCESS
}
