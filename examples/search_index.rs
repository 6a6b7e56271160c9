//! `search_index`: what full-text search adds to a built site, timed.
//!
//! Walk `<public>` for `**/index.html` (not the alignment report, `_align/`), hand every page to `locdoc::search::index` and print the
//! time it took, then the bundle's files and bytes per language (the files named after a
//! language: its meta, word indexes, fragments and stemmer) and for the files every language
//! shares (scripts, UI, generic search module). With `--write`, the bundle is also written to
//! `<public>/pagefind/`.
//!
//! Until the templates mark the article, `<article class="article">` is given
//! `data-pagefind-body` here, as the templates will (`--as-is` indexes the pages unchanged: their
//! whole `<body>`).
//!
//! Run: `cargo run --release --example search_index -- [--as-is] [--write] <public>`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn pages(public: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(public).sort_by_file_name() {
        let entry = entry?;
        if entry.file_name() != "index.html" || !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(public)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        // The alignment report is for translators, not readers.
        if rel.starts_with("_align/") {
            continue;
        }
        let url = rel.strip_suffix("index.html").unwrap_or(&rel).to_owned();
        out.push((url, std::fs::read_to_string(entry.path())?));
    }
    Ok(out)
}

fn main() -> ExitCode {
    let mut as_is = false;
    let mut write = false;
    let mut public = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--as-is" => as_is = true,
            "--write" => write = true,
            _ => public = Some(PathBuf::from(arg)),
        }
    }
    let Some(public) = public else {
        eprintln!("usage: search_index [--as-is] [--write] <public>");
        return ExitCode::from(2);
    };

    let started = Instant::now();
    let mut pages = match pages(&public) {
        Ok(pages) => pages,
        Err(e) => {
            eprintln!("{}: {e}", public.display());
            return ExitCode::FAILURE;
        }
    };
    if !as_is {
        for (_, html) in &mut pages {
            *html = html.replacen(
                "<article class=\"article\">",
                "<article class=\"article\" data-pagefind-body>",
                1,
            );
        }
    }
    let html_bytes: usize = pages.iter().map(|(_, html)| html.len()).sum();
    let read = started.elapsed();

    let started = Instant::now();
    let files = match locdoc::search::index(
        pages
            .iter()
            .map(|(url, html)| locdoc::search::SearchPage { url, html }),
        "pagefind",
    ) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let indexed = started.elapsed();

    println!(
        "read {} pages ({} bytes of HTML) in {:.2?}; indexed in {:.2?}",
        pages.len(),
        html_bytes,
        read,
        indexed
    );

    // Which language a bundle file belongs to: `pagefind.<lang>_<hash>.pf_meta`,
    // `index/<lang>_<hash>.pf_index`, `fragment/<lang>_<hash>.pf_fragment`,
    // `wasm.<lang>.pagefind`; everything else is shared.
    let mut by_language: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (path, contents) in &files {
        let name = path.rsplit('/').next().unwrap_or(path);
        let name = name.strip_prefix("pagefind.").unwrap_or(name);
        let language = if let Some(rest) = name.strip_prefix("wasm.") {
            rest.strip_suffix(".pagefind")
                .filter(|l| *l != "unknown")
                .map(str::to_owned)
        } else if name.ends_with(".pf_meta")
            || name.ends_with(".pf_index")
            || name.ends_with(".pf_fragment")
            || name.ends_with(".pf_filter")
        {
            name.split_once('_').map(|(l, _)| l.to_owned())
        } else {
            None
        };
        let slot = by_language
            .entry(language.unwrap_or_else(|| "(shared)".into()))
            .or_default();
        slot.0 += 1;
        slot.1 += contents.len();
    }
    // How many pages each language's index holds, from the bundle's entry file.
    let entry: serde_json::Value = files
        .iter()
        .find(|(path, _)| path == "pagefind/pagefind-entry.json")
        .and_then(|(_, bytes)| serde_json::from_slice(bytes).ok())
        .unwrap_or_default();
    let total: usize = files.iter().map(|(_, c)| c.len()).sum();
    for (language, (count, bytes)) in &by_language {
        let indexed = &entry["languages"][language]["page_count"];
        let indexed = if indexed.is_null() {
            String::new()
        } else {
            format!(" ({indexed} pages)")
        };
        println!("{language:>10}: {count:>6} files {bytes:>11} bytes{indexed}");
    }
    println!(
        "{:>10}: {:>6} files {total:>11} bytes",
        "total",
        files.len()
    );

    if write {
        for (path, contents) in &files {
            let target = public.join(path);
            let written = target
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&target, contents));
            if let Err(e) = written {
                eprintln!("{}: {e}", target.display());
                return ExitCode::FAILURE;
            }
        }
        println!("wrote {}", public.join("pagefind").display());
    }
    ExitCode::SUCCESS
}
