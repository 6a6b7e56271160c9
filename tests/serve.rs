//! `locdoc serve` end to end: a child process on an ephemeral port, a seed project in a temporary
//! folder, plain HTTP/1.1 over a `TcpStream` (so paths reach the server exactly as written).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the server when the test ends, passed or not.
struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &Path) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_locdoc"));
    command.args(["serve", "--port", "0", "--root"]).arg(root);
    launch(command)
}

/// [`start`] with the process's open-file limit set to `files`.
fn start_with_file_limit(root: &Path, files: u32) -> Server {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -n {files} && exec \"$0\" serve --port 0 --root \"$1\""
        ))
        .arg(env!("CARGO_BIN_EXE_locdoc"))
        .arg(root);
    launch(command)
}

/// Run a `serve` command and wait for the address it prints.
fn launch(mut command: Command) -> Server {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start locdoc serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the address");
    let address = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_owned();
    Server { child, address }
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

fn get(server: &Server, path: &str, extra: &str) -> Reply {
    get_as(server, &server.address, path, extra)
}

/// [`get`] with the `Host` header a browser would send for `host`.
fn get_as(server: &Server, host: &str, path: &str, extra: &str) -> Reply {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n{extra}\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        headers: head.to_ascii_lowercase(),
        body: body.to_owned(),
    }
}

/// Poll `path` until `done` holds (every 20 ms, at most 10 s).
fn wait_for(server: &Server, path: &str, what: &str, done: impl Fn(&Reply) -> bool) -> Reply {
    let started = Instant::now();
    loop {
        let reply = get(server, path, "");
        if done(&reply) {
            return reply;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what} at {path}: {} {}",
            reply.status,
            &reply.body[..reply.body.len().min(500)]
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `path:line:column` of the article somewhere in `text`.
fn has_position(text: &str, file: &str) -> bool {
    text.match_indices(file).any(|(at, _)| {
        let rest = &text[at + file.len()..];
        let mut parts = rest.splitn(3, ':');
        parts.next() == Some("")
            && parts
                .next()
                .is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
            && parts
                .next()
                .is_some_and(|c| c.bytes().next().is_some_and(|b| b.is_ascii_digit()))
    })
}

/// A project folder with the two seed articles in `content/`.
fn seed_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for locale in ["it-IT", "ro-RO"] {
        let rel = format!("content/{locale}/close-your-account.md");
        let to = dir.path().join(&rel);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(manifest.join(&rel), to).expect("copy seed");
    }
    dir
}

#[test]
fn serve_rebuilds_shows_errors_and_refuses_escapes() {
    let project = seed_project();
    let root = project.path();
    let article = root.join("content/ro-RO/close-your-account.md");
    let original = std::fs::read_to_string(&article).expect("read seed");
    let server = start(root);

    // Pages, the live-reload script, the language redirect.
    let page = get(&server, "/ro-RO/close-your-account/", "");
    assert_eq!(page.status, 200, "{}", page.headers);
    assert!(page.body.contains("Cum să vă închideți contul"));
    assert!(page.body.contains("/__locdoc/live.js"));
    assert!(page.headers.contains("content-type: text/html"));
    let root_page = get(&server, "/", "Accept-Language: it\r\n");
    assert_eq!(root_page.status, 302);
    assert!(
        root_page.headers.contains("location: /it-it/"),
        "{}",
        root_page.headers
    );
    let slash = get(&server, "/ro-RO/close-your-account", "");
    assert_eq!(slash.status, 301);
    assert_eq!(get(&server, "/sitemap.xml", "").status, 200);
    assert_eq!(get(&server, "/__locdoc/errors", "").body, "");

    // An edit is served.
    let edited = original.replace(
        "Cum să vă închideți contul</span>",
        "Cum să vă închideți contul Microsoft</span>",
    );
    assert_ne!(edited, original);
    std::fs::write(&article, &edited).expect("edit");
    wait_for(&server, "/ro-RO/close-your-account/", "the edit", |r| {
        r.body.contains("Cum să vă închideți contul Microsoft")
    });

    // Broken front matter: errors with a position, the last good page still served.
    let broken = edited.replacen("title: Cum să vă închideți contul", "title: [", 1);
    assert_ne!(broken, edited);
    std::fs::write(&article, &broken).expect("break");
    let errors = wait_for(&server, "/__locdoc/errors", "the error", |r| {
        !r.body.is_empty()
    });
    assert!(
        has_position(&errors.body, "ro-RO/close-your-account.md"),
        "{}",
        errors.body
    );
    let still = get(&server, "/ro-RO/close-your-account/", "");
    assert_eq!(still.status, 200);
    assert!(still.body.contains("Cum să vă închideți contul Microsoft"));

    // Fixed: the errors clear and the new text is served.
    let fixed = edited.replace("contul Microsoft</span>", "contul Microsoft acum</span>");
    std::fs::write(&article, &fixed).expect("fix");
    wait_for(&server, "/__locdoc/errors", "the errors to clear", |r| {
        r.status == 200 && r.body.is_empty()
    });
    wait_for(&server, "/ro-RO/close-your-account/", "the fix", |r| {
        r.body.contains("contul Microsoft acum")
    });

    // A new title reaches the locale's list of articles (only that list is re-rendered).
    let index = get(&server, "/ro-RO/", "");
    assert!(
        index.body.contains("Cum să vă închideți contul"),
        "{}",
        index.body
    );
    let retitled = fixed.replacen(
        "title: Cum să vă închideți contul",
        "title: Închiderea contului",
        1,
    );
    assert_ne!(retitled, fixed);
    std::fs::write(&article, &retitled).expect("retitle");
    wait_for(&server, "/ro-RO/", "the new title in the index", |r| {
        r.body.contains("Închiderea contului")
    });

    // Paths that try to leave the output folder.
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/",
        "/%2e%2e/Cargo.toml",
        "/ro-RO%2Fclose-your-account/",
        "/ro-RO/..%2f..%2fCargo.toml",
    ] {
        let reply = get(&server, path, "");
        assert_eq!(reply.status, 404, "{path}");
    }
    assert_eq!(get(&server, "/no-such-page/", "").status, 404);
}

/// With `align_report = false` the preview has no `_align/` pages either: it shows what `build`
/// publishes.
#[test]
fn no_report_pages_when_the_report_is_off() {
    use locdoc::serve::Site;
    let dir = seed_project();
    let open = |root: &Path| {
        let project = locdoc::project::Project::load(root, None).expect("project");
        let (mut site, delta) = Site::open(project).expect("open");
        let report = site.rebuild_report();
        (delta, report)
    };
    let (_, report) = open(dir.path());
    let report = report.expect("a report by default");
    assert!(report.files.keys().any(|p| p.starts_with("_align/")));
    std::fs::write(dir.path().join("locdoc.toml"), "align_report = false\n").expect("write");
    let (delta, report) = open(dir.path());
    assert!(report.is_none());
    assert!(!delta.files.keys().any(|p| p.starts_with("_align/")));
    assert!(delta.files.keys().any(|p| p.ends_with("index.html")));
}

/// A `locales/ro-RO/locdoc.ftl` that overrides one message and adds one en-US does not have
/// (LD0602), which `check`, `build` and `serve` all report, since they share one project loader
/// and one check.
fn with_partial_strings(root: &Path) {
    let dir = root.join("locales/ro-RO");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("locdoc.ftl"),
        "mt-notice = Tradus automat.\nno-such-message = ?\n",
    )
    .expect("write");
}

#[test]
fn the_preview_report_lists_ui_string_findings_as_build_does() {
    let dir = seed_project();
    with_partial_strings(dir.path());
    let project = locdoc::project::Project::load(dir.path(), None).expect("project");
    let (mut site, _) = locdoc::serve::Site::open(project).expect("open");
    let report = site.rebuild_report().expect("a report");
    let overview = String::from_utf8(report.files["_align/index.html"].clone()).expect("UTF-8");
    assert!(overview.contains("LD0602"), "{overview}");

    let out = dir.path().join("site");
    let built = std::process::Command::new(env!("CARGO_BIN_EXE_locdoc"))
        .args(["build", "-q", "--out"])
        .arg(&out)
        .current_dir(dir.path())
        .output()
        .expect("build");
    assert!(built.status.success(), "{built:?}");
    let overview = std::fs::read_to_string(out.join("_align/index.html")).expect("overview");
    assert!(overview.contains("LD0602"), "{overview}");
}

#[test]
fn a_project_file_that_stops_loading_is_an_error_on_that_file_and_the_site_stays() {
    use locdoc::serve::{ChangeKind, Site};
    let dir = seed_project();
    let project = locdoc::project::Project::load(dir.path(), None).expect("project");
    let (mut site, _) = Site::open(project).expect("open");
    let suppressions = dir.path().join(locdoc::check::SUPPRESSIONS_FILE);
    std::fs::write(&suppressions, "[[suppress]]\nfingerprint = 1\n").expect("write");
    let delta = site.rebuild(&ChangeKind::Config);
    assert!(delta.files.is_empty(), "nothing is re-rendered");
    let error = delta
        .errors
        .iter()
        .find(|d| d.code == locdoc::Code::ProjectFileFailed)
        .unwrap_or_else(|| {
            panic!(
                "the broken suppression file is reported: {:?}",
                delta.errors
            )
        });
    assert!(
        error.path.ends_with("locdoc-suppressions.toml"),
        "{error:?}"
    );
    assert_eq!((error.line, error.column), (2, 15), "{error:?}");

    std::fs::remove_file(&suppressions).expect("remove");
    std::fs::write(dir.path().join("locdoc.toml"), "title = [\n").expect("write");
    let delta = site.rebuild(&ChangeKind::Config);
    let error = delta
        .errors
        .iter()
        .find(|d| d.code == locdoc::Code::ProjectFileFailed)
        .unwrap_or_else(|| panic!("the broken locdoc.toml is reported: {:?}", delta.errors));
    assert!(error.path.ends_with("locdoc.toml"), "{error:?}");
    assert!(
        delta
            .errors
            .iter()
            .all(|d| d.code != locdoc::Code::PageFailed)
    );

    std::fs::remove_file(dir.path().join("locdoc.toml")).expect("remove");
    let delta = site.rebuild(&ChangeKind::Config);
    assert!(delta.errors.is_empty(), "{:?}", delta.errors);
    assert!(
        delta
            .files
            .contains_key("ro-RO/close-your-account/index.html")
    );
}

/// Every answer forbids type sniffing and framing and limits scripts to the server's own; a
/// request for another host name (a rebound DNS name) is refused.
#[test]
fn serve_sends_security_headers_and_refuses_foreign_host_names() {
    let project = seed_project();
    let server = start(project.path());
    for path in [
        "/ro-RO/close-your-account/",
        "/__locdoc/live.js",
        "/no-such-page/",
    ] {
        let reply = get(&server, path, "");
        for header in [
            "x-content-type-options: nosniff",
            "x-frame-options: deny",
            "content-security-policy: default-src 'self'; script-src 'self'",
        ] {
            assert!(
                reply.headers.contains(header),
                "{path}: {header}\n{}",
                reply.headers
            );
        }
    }
    let port = server.address.rsplit(':').next().expect("port");
    let local = get_as(
        &server,
        &format!("localhost:{port}"),
        "/ro-RO/close-your-account/",
        "",
    );
    assert_eq!(local.status, 200, "{}", local.headers);
    let rebound = get_as(
        &server,
        &format!("attacker.example:{port}"),
        "/ro-RO/close-your-account/",
        "",
    );
    assert_eq!(rebound.status, 421, "{}", rebound.headers);
    assert!(
        !rebound.body.contains("Cum să"),
        "no content for a foreign name"
    );
}

#[test]
fn serve_prints_the_content_problems_build_prints() {
    let dir = seed_project();
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::write(outside.path().join("secret.md"), "# secret\n").expect("write");
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        dir.path().join("content/ro-RO/secret.md"),
    )
    .expect("symlink");
    std::fs::write(
        dir.path().join("content/it-IT/orphan.md"),
        "<span data-ttu-id=\"abcde-103\">orphan</span> text\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("content/it-IT/includes-nothing.md"),
        "# Titolo\n\n[!INCLUDE [x](includes/gone.md)]\n",
    )
    .expect("write");
    let project = locdoc::project::Project::load(dir.path(), None).expect("project");
    let (mut site, delta) = locdoc::serve::Site::open(project).expect("open");
    let codes: Vec<String> = delta
        .content
        .iter()
        .map(|d| format!("{} {}", d.code, d.path))
        .collect();
    assert_eq!(
        codes,
        [
            "LD0004 ro-RO/secret.md",
            "LD0102 it-IT/orphan.md",
            "LD0401 it-IT/includes-nothing.md"
        ]
    );
    // The browser's overlay lists the errors among them, as `build` prints them.
    let overlay = site.overlay_text(
        &delta.errors,
        &locdoc::report::ShownPaths::below(Path::new("content")),
    );
    assert!(
        overlay.contains("content/it-IT/orphan.md:") && overlay.contains("LD0401"),
        "{overlay}"
    );
    assert!(
        !overlay.contains("LD0004"),
        "warnings stay on the terminal: {overlay}"
    );
    // Told once: a rebuild that changes nothing does not repeat them.
    let again = site.rebuild(&locdoc::serve::ChangeKind::Config);
    assert!(again.content.is_empty(), "{:?}", again.content);
}

/// `mv content_new content`, `rm -rf content` and a new `content/`: the preview follows the
/// folder now at the content root's path, shows the missing root as an error meanwhile, and
/// ignores edits in the folder that was moved away. (What is served while `rm -rf` runs depends
/// on how its deletions are batched: the files may go before the folder does.)
#[test]
fn a_replaced_or_recreated_content_root_is_watched_again() {
    let dir = seed_project();
    let server = start(dir.path());
    let page = "/ro-RO/close-your-account/";
    let content = dir.path().join("content");
    let replacement = dir.path().join("content_new");
    let mark = |folder: &Path, word: &str| {
        let file = folder.join("ro-RO/close-your-account.md");
        let text = std::fs::read_to_string(&file).expect("read seed");
        let marked = text.replacen("\n\n", &format!("\n\n{word}\n\n"), 2);
        std::fs::write(&file, marked).expect("write");
    };
    copy_tree(&content, &replacement);
    mark(&replacement, "Replacedmark");
    std::fs::rename(&content, dir.path().join("content_old")).expect("move away");
    std::fs::rename(&replacement, &content).expect("move in");
    wait_for(&server, page, "the replaced content", |r| {
        r.body.contains("Replacedmark")
    });

    mark(&dir.path().join("content_old"), "Oldfoldermark");
    mark(&content, "Stillwatchedmark");
    wait_for(&server, page, "an edit in the new folder", |r| {
        r.body.contains("Stillwatchedmark")
    });
    assert!(!get(&server, page, "").body.contains("Oldfoldermark"));

    std::fs::remove_dir_all(&content).expect("rm -rf content");
    wait_for(&server, "/__locdoc/errors", "the missing root", |r| {
        r.body.contains("content")
    });
    copy_tree(&dir.path().join("content_old"), &content);
    wait_for(&server, "/__locdoc/errors", "the root back", |r| {
        r.body.is_empty()
    });
    wait_for(&server, page, "the recreated content", |r| {
        r.body.contains("Oldfoldermark")
    });
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A client that sends nothing, or trickles its headers, is cut off after the header-read
/// timeout; under a low file limit, a crowd of idle connections neither starves the server of
/// descriptors nor keeps a real request or a rebuild from going through.
#[test]
fn idle_and_trickling_connections_are_cut_off_and_cannot_starve_the_server() {
    let dir = seed_project();
    let server = start_with_file_limit(dir.path(), 128);
    let timeout = locdoc::serve::http::HEADER_READ_TIMEOUT;

    let mut trickle = TcpStream::connect(&server.address).expect("connect");
    trickle
        .set_read_timeout(Some(Duration::from_millis(500)))
        .expect("timeout");
    let started = Instant::now();
    let mut cut_off = false;
    for byte in b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
        if trickle.write_all(&[*byte]).is_err() {
            cut_off = true;
            break;
        }
        let mut buf = [0u8; 64];
        match trickle.read(&mut buf) {
            Ok(0) | Err(_) if started.elapsed() >= timeout => {
                cut_off = true;
                break;
            }
            _ => {}
        }
    }
    assert!(cut_off, "a trickling client kept its connection");
    assert!(started.elapsed() < timeout * 3, "{:?}", started.elapsed());

    let idle: Vec<TcpStream> = (0..100)
        .filter_map(|_| TcpStream::connect(&server.address).ok())
        .collect();
    assert!(idle.len() > 40, "only {} connections", idle.len());
    let file = dir.path().join("content/ro-RO/close-your-account.md");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replacen("\n\n", "\n\nCrowdmark\n\n", 2)).expect("write");
    let mut late = TcpStream::connect(&server.address).expect("connect");
    late.set_read_timeout(Some(timeout * 12)).expect("timeout");
    write!(
        late,
        "GET /ro-RO/close-your-account/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut reply = Vec::new();
    late.read_to_end(&mut reply)
        .expect("a reply despite the crowd");
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply:.200}");
    assert!(
        reply.contains("Crowdmark"),
        "the edit made meanwhile was not rebuilt"
    );
    drop(idle);
}

/// `serve` in a folder without `content/` serves the embedded sample, as `build` builds it, and
/// a `content/` folder made meanwhile is served from then on.
#[test]
fn serve_without_content_serves_the_sample_until_content_appears() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start(dir.path());
    let sample = get(&server, "/ro-RO/close-your-account/", "");
    assert_eq!(sample.status, 200, "{}", sample.body);
    let file = dir.path().join("content/ro-RO/nou.md");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(&file, "---\ntitle: Nou\n---\n# Titlu nou\n\nText nou.\n").expect("write");
    wait_for(&server, "/ro-RO/nou/", "the new content", |r| {
        r.status == 200 && r.body.contains("Titlu nou")
    });
}

/// A docs team's layout (`[sources]`: a folder per locale) is served and watched as `build`
/// reads it: an edit to an article and to a toc in a locale's own folder show up, and so does
/// the search box's bundle.
#[test]
fn locales_with_folders_of_their_own_are_served_and_watched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write(
        "locdoc.toml",
        "[sources]\nen-US = \"repos/help/docs\"\nja-JP = \"repos/help.ja-jp/docs\"\n",
    );
    write(
        "repos/help/docs/start.md",
        "---\ntitle: Start\n---\n# Start\n\nInstall it.\n",
    );
    write(
        "repos/help/docs/toc.yml",
        "- name: Start\n  href: start.md\n",
    );
    write(
        "repos/help.ja-jp/docs/start.md",
        "---\ntitle: 開始\n---\n# 開始\n\nインストールします。\n",
    );
    write(
        "repos/help.ja-jp/docs/toc.yml",
        "- name: 開始\n  href: start.md\n",
    );
    let server = start(dir.path());
    let page = "/ja-JP/start/";
    let first = wait_for(&server, page, "the Japanese page", |r| r.status == 200);
    assert!(first.body.contains("インストールします"), "{}", first.body);
    assert_eq!(get(&server, "/pagefind/pagefind-ui.js", "").status, 200);

    write(
        "repos/help.ja-jp/docs/start.md",
        "---\ntitle: 開始\n---\n# 開始\n\n編集しました。\n",
    );
    wait_for(&server, page, "the edited article", |r| {
        r.body.contains("編集しました")
    });
    write(
        "repos/help.ja-jp/docs/toc.yml",
        "- name: はじめに\n  href: start.md\n",
    );
    wait_for(&server, page, "the edited toc", |r| {
        r.body.contains("はじめに")
    });
}
