//! `locdoc serve`: build the site in memory, serve it, rebuild what a saved file touches.

use locdoc::project::{ContentRoot, Project};
use locdoc::report::ShownPaths;
use locdoc::serve::rebuild::{self, Message};
use locdoc::serve::{Delta, Site, http::Live, watch};
use miette::IntoDiagnostic;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What `serve` was asked to do.
pub struct ServeArgs<'a> {
    /// The project root.
    pub root: &'a Path,
    /// The content tree, when given with `--content`.
    pub content: Option<&'a Path>,
    /// Address to listen on.
    pub bind: &'a str,
    /// Port (0: any free one).
    pub port: u16,
    /// Open the site in a browser.
    pub open: bool,
}

/// Run `serve` until Ctrl-C.
pub fn run(args: &ServeArgs<'_>) -> miette::Result<ExitCode> {
    let root = args.root.canonicalize().into_diagnostic()?;
    let content_root = match args.content {
        Some(content) => Some(
            content
                .canonicalize()
                .map_err(|e| miette::miette!("no content folder to serve: {e}"))?,
        ),
        None => Some(root.join("content")).filter(|c| c.is_dir()),
    };
    let project = Project::load(&root, content_root.as_deref()).into_diagnostic()?;
    // Paths as the user typed them, not canonicalized.
    let shown_paths = match &project.content {
        ContentRoot::Sources(_) => project.shown_paths(),
        _ => ShownPaths::below(
            &args
                .content
                .map_or_else(|| args.root.join("content"), Path::to_path_buf),
        ),
    };
    if project.content == ContentRoot::Embedded {
        eprintln!(
            "no content/ folder in {}: serving the embedded sample site (a content/ folder made now is served instead)",
            args.root.display()
        );
    }
    let started = Instant::now();
    let (mut site, delta) = Site::open(project).into_diagnostic()?;
    let live = Live::new(&site.source_locale());
    log(&delta, &shown_paths, started.elapsed(), "built");
    let errors = site.overlay_text(&delta.errors, &shown_paths);
    live.apply(delta, errors);
    if let Some(report) = site.rebuild_report() {
        let errors = site.overlay_text(&report.errors, &shown_paths);
        live.apply(report, errors);
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .into_diagnostic()?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind((args.bind, args.port)))
        .map_err(|e| miette::miette!("cannot listen on {}:{}: {e}", args.bind, args.port))?;
    let address = listener.local_addr().into_diagnostic()?;
    if !address.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}: the preview (your unpublished content) can be reached from the network; bind 127.0.0.1 to keep it on this machine",
            address.ip()
        );
    }
    // Rebuilds run on a thread of their own, one batch at a time.
    let (tx, rx) = mpsc::channel::<Message>();
    let watch_tx = tx.clone();
    let _watching = watch::watch(site.folders(), move |changes| {
        let _ = watch_tx.send(Message::Changes(changes));
    })
    .into_diagnostic()?;
    // Printed once the watch is armed: an edit made after this line is seen.
    let url = format!("http://{address}/");
    println!("serving {url} (Ctrl-C to stop)");

    let rebuild_live = live.clone();
    std::thread::spawn(move || {
        rebuild::run(
            site,
            &rebuild_live,
            &rx,
            &tx,
            &shown_paths,
            &|delta, took| {
                log(delta, &shown_paths, took, "rebuilt");
            },
        );
    });
    if args.open
        && let Err(err) = opener::open(&url)
    {
        eprintln!("warning: cannot open a browser: {err}");
    }

    let app = live.router();
    let stopping = live.clone();
    runtime.block_on(locdoc::serve::http::serve(listener, app, async move {
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("stopping");
        stopping.shutdown();
    }));
    Ok(ExitCode::from(super::OK))
}

/// One line per rebuild on stderr, then its errors.
fn log(delta: &Delta, paths: &ShownPaths, took: Duration, verb: &str) {
    eprintln!("{verb} {} page(s) in {} ms", delta.pages, took.as_millis());
    eprint!("{}", Site::errors_text(&delta.content, paths));
    if !delta.errors.is_empty() {
        eprint!("{}", Site::errors_text(&delta.errors, paths));
        eprintln!(
            "error: {} problem(s); the last good pages are still served",
            delta.errors.len()
        );
    }
}
