//! The office-js docs set (one repository per locale, `[sources]`) built and served over HTTP,
//! in headless Chromium, on a desktop window and a phone-sized one:
//!
//! - from a deep Japanese article, the sidebar reaches another article with the keyboard alone
//!   (on the phone, through the menu button first), and a breadcrumb link opens a page;
//! - the Pagefind search box finds a Japanese word on Japanese pages and a French word on French
//!   pages, and its first result opens;
//! - the fallback notice (an article Japanese lacks) and the outdated notice are visible;
//! - axe-core finds nothing serious or critical on an article, the fallback and the outdated
//!   pages and a landing page.
//!
//! Skips with a notice where Chromium or `../shared/docsets` is absent; the axe-core part skips
//! with a notice where npm cannot install axe-core (offline, no npm).

mod common;

use common::chromium::Chromium;
use serde_json::json;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const DEEP: &str = "ja-JP/excel/excel-add-ins-charts/";
const FALLBACK: &str = "ja-JP/outlook/manage-state-and-settings-outlook/";
const OUTDATED: &str = "ja-JP/design/add-in-design/";
const LANDING: &str = "ja-JP/";
const FRENCH: &str = "fr-FR/excel/excel-add-ins-charts/";

/// The two windows every check runs in: (name, width, height, mobile).
const WINDOWS: [(&str, u32, u32, bool); 2] =
    [("desktop", 1280, 900, false), ("mobile", 390, 844, true)];

#[test]
fn the_docs_set_site_works_from_the_keyboard_searches_and_passes_axe() {
    let docsets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/docsets/office-js");
    if !docsets.is_dir() {
        eprintln!("skipping: ../shared/docsets/office-js not found");
        return;
    }
    let Some(mut browser) = Chromium::start() else {
        eprintln!("skipping: chromium not installed (.ci/run installs it)");
        return;
    };
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("tempdir");
    let out = build(&docsets, dir.path());
    eprintln!("built the docs set in {:.1?}", started.elapsed());
    let base = serve(out);
    let axe = axe_core();

    let mut violations = Vec::new();
    for (window, width, height, mobile) in WINDOWS {
        browser.set_viewport(width, height, mobile);
        sidebar_and_breadcrumb(&mut browser, &base, mobile);
        notices(&mut browser, &base);
        if let Some(axe) = &axe {
            for page in [DEEP, FALLBACK, OUTDATED, LANDING] {
                for v in run_axe(&mut browser, axe, &format!("{base}{page}")) {
                    violations.push(format!("{window} {page}: {v}"));
                }
            }
        }
    }
    // The search box is the same on both windows; once, on the desktop one.
    browser.set_viewport(1280, 900, false);
    search(&mut browser, &base, DEEP, "グラフ", "ja-JP");
    search(&mut browser, &base, FRENCH, "graphique", "fr-FR");

    assert!(
        violations.is_empty(),
        "axe-core, serious or critical:\n{}",
        violations.join("\n")
    );
    assert!(
        browser.errors.is_empty(),
        "script errors: {:?}",
        browser.errors
    );
    eprintln!("docs-set browser test done in {:.1?}", started.elapsed());
}

/// Build the four office-js repositories as one site under `dir/public`.
fn build(docsets: &Path, dir: &Path) -> PathBuf {
    // No alignment report: nothing here reads it, and the build is quicker without it.
    let mut config = String::from("align_report = false\n[sources]\n");
    for (locale, repository) in [
        ("en-US", "office-js-docs-pr"),
        ("ja-JP", "office-js-docs-pr.ja-jp"),
        ("fr-FR", "office-js-docs-pr.fr-fr"),
        ("pt-BR", "office-js-docs-pr.pt-br"),
    ] {
        let docs = docsets.join(repository).join("docs");
        config.push_str(&format!(
            "{locale} = {}\n",
            json!(docs.to_str().expect("UTF-8"))
        ));
    }
    let project = dir.join("project");
    std::fs::create_dir_all(&project).expect("mkdir");
    std::fs::write(project.join("locdoc.toml"), config).expect("write locdoc.toml");
    let out = dir.join("public");
    let built = Command::new(env!("CARGO_BIN_EXE_locdoc"))
        .args(["build", "--quiet", "--root"])
        .arg(&project)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run locdoc");
    assert!(built.status.success(), "{built:?}");
    out
}

/// Serve `root` over HTTP on a free local port (Pagefind fetches its index, which a file://
/// page may not); the site's base address, ending in `/`.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}/", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || respond(&root, stream));
        }
    });
    base
}

/// Answer one GET request with a file under `root` (a folder's `index.html`; a folder
/// without its trailing slash redirects, as a static host does), then close.
fn respond(root: &Path, mut stream: TcpStream) {
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The headers: read and ignored.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = request.split(' ').nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let mut file = root.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        if part == ".." {
            return write_response(&mut stream, "400 Bad Request", "text/plain", b"");
        }
        file.push(part);
    }
    if file.is_dir() {
        if !path.ends_with('/') {
            let head = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {path}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.write_all(head.as_bytes());
            return;
        }
        file.push("index.html");
    }
    match std::fs::read(&file) {
        Ok(body) => write_response(&mut stream, "200 OK", content_type(&file), &body),
        Err(_) => {
            let body = std::fs::read(root.join("404.html")).unwrap_or_default();
            write_response(
                &mut stream,
                "404 Not Found",
                "text/html; charset=utf-8",
                &body,
            );
        }
    }
}

fn write_response(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    }
}

/// Whether the page the browser shows loaded with status 200 and has a heading.
fn page_is_good(browser: &mut Chromium) -> bool {
    browser.eval(
        "performance.getEntriesByType('navigation')[0].responseStatus === 200 \
         && !!document.querySelector('main h1')",
    ) == json!(true)
}

/// From the deep article, Tab (on the phone: to the menu button, Enter opens the sidebar, then
/// on) to a sidebar link beside the current one, Enter opens that article; then the first
/// breadcrumb link opens a page.
fn sidebar_and_breadcrumb(browser: &mut Chromium, base: &str, mobile: bool) {
    browser.open(&format!("{base}{DEEP}"));
    let drawer_open = "document.querySelector('details.toc-drawer').open";
    assert_eq!(browser.eval(drawer_open), json!(!mobile), "sidebar open");
    if mobile {
        assert!(
            tab_until(
                browser,
                "document.activeElement.matches('summary.toc-menu-button')"
            ),
            "the menu button is reachable with Tab"
        );
        browser.enter();
        assert_eq!(
            browser.eval(drawer_open),
            json!(true),
            "Enter opens the sidebar"
        );
    }
    // A link in the same list as the current page's: another article of the same section.
    let beside_current = "(() => { const a = document.activeElement, \
         c = document.querySelector('.toc a[aria-current=\"page\"]'); \
         return a.matches('.toc a:not([aria-current])') && a.closest('ul') === c.closest('ul') \
         && a.getBoundingClientRect().height > 0; })()";
    assert!(
        tab_until(browser, beside_current),
        "a sidebar link is reachable with Tab"
    );
    let href = browser.eval("document.activeElement.href");
    let href = href.as_str().expect("link address").to_owned();
    assert_ne!(href, format!("{base}{DEEP}"));
    browser.enter();
    browser.wait_for_page(&href);
    assert!(page_is_good(browser), "{href} opened from the sidebar");
    assert_eq!(
        browser.eval("document.querySelector('.toc a[aria-current=\"page\"]').href"),
        json!(href),
        "the sidebar marks the new page"
    );
    assert_eq!(
        browser.eval("document.querySelector('article.article') !== null"),
        json!(true),
        "{href} is an article"
    );

    let crumb = browser.eval("document.querySelector('.breadcrumbs a').href");
    let crumb = crumb.as_str().expect("a breadcrumb link").to_owned();
    browser.eval("document.querySelector('.breadcrumbs a').click()");
    browser.wait_for_page(&crumb);
    assert!(page_is_good(browser), "{crumb} opened from the breadcrumb");
}

/// Press Tab until `condition` holds (at most 80 times); whether it did.
fn tab_until(browser: &mut Chromium, condition: &str) -> bool {
    for _ in 0..80 {
        browser.tab();
        if browser.eval(condition) == json!(true) {
            return true;
        }
    }
    false
}

/// The fallback and outdated notices are shown, with text.
fn notices(browser: &mut Chromium, base: &str) {
    for (page, notice) in [
        (FALLBACK, ".fallback-notice"),
        (OUTDATED, ".outdated-notice"),
    ] {
        browser.open(&format!("{base}{page}"));
        assert!(page_is_good(browser), "{page}");
        let shown = browser.eval(&format!(
            "(() => {{ const n = document.querySelector('{notice}'); \
             return !!n && getComputedStyle(n).display !== 'none' \
             && n.getBoundingClientRect().height > 0 && n.innerText.trim().length > 0; }})()"
        ));
        assert_eq!(shown, json!(true), "{notice} is visible on {page}");
    }
}

/// Type `word` into the search box of `page`; the first result is a `locale` page, and opening
/// it shows a page with the word.
fn search(browser: &mut Chromium, base: &str, page: &str, word: &str, locale: &str) {
    browser.open(&format!("{base}{page}"));
    assert!(
        browser.wait_for(
            "!!document.querySelector('.pagefind-ui__search-input')",
            Duration::from_secs(10)
        ),
        "the search box appears on {page}"
    );
    browser.eval(&format!(
        "(() => {{ const i = document.querySelector('.pagefind-ui__search-input'); i.focus(); \
         i.value = {}; i.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()",
        json!(word)
    ));
    assert!(
        browser.wait_for(
            "!!document.querySelector('.pagefind-ui__result-link')",
            Duration::from_secs(20)
        ),
        "no search result for {word} on {page}"
    );
    let href = browser.eval("document.querySelector('.pagefind-ui__result-link').href");
    let href = href.as_str().expect("result address").to_owned();
    assert!(
        href.starts_with(&format!("{base}{locale}/")),
        "the first result for {word} is a {locale} page: {href}"
    );
    // The result may be the page the search was made on: wait for the document the click
    // loads, not the one it leaves.
    browser.eval(
        "window.locdocLeft = true; document.querySelector('.pagefind-ui__result-link').click()",
    );
    assert!(
        browser.wait_for("!window.locdocLeft", Duration::from_secs(20)),
        "the result {href} did not open"
    );
    browser.wait_for_page(&href);
    assert!(page_is_good(browser), "{href} opened from the search");
    assert_eq!(browser.eval("document.documentElement.lang"), json!(locale));
    assert_eq!(
        browser.eval(&format!(
            "document.querySelector('main').innerText.includes({})",
            json!(word)
        )),
        json!(true),
        "{href} has {word}"
    );
}

/// axe-core's `axe.min.js`; `None` with a notice where npm cannot install it.
fn axe_core() -> Option<String> {
    let script = common::npm_file("axe-core", "axe-core@4", "axe-core/axe.min.js")?;
    Some(std::fs::read_to_string(script).expect("read axe.min.js"))
}

/// Open `url`, wait for the search box, and run axe-core over the page: its serious and
/// critical violations, one line each.
fn run_axe(browser: &mut Chromium, axe: &str, url: &str) -> Vec<String> {
    browser.open(url);
    browser.wait_for(
        "!!document.querySelector('.pagefind-ui__search-input')",
        Duration::from_secs(10),
    );
    browser.eval(axe);
    // `#search` is left out: it holds Pagefind's own UI, whose text box is named by its `title`
    // alone (axe's serious `label-title-only`), markup that comes with Pagefind, not locdoc.
    let found = browser.eval_async(
        "axe.run({ exclude: [['#search']] }, { resultTypes: ['violations'] }).then(r => r.violations \
         .filter(v => v.impact === 'serious' || v.impact === 'critical') \
         .map(v => `${v.impact} ${v.id} (${v.help}): ` + v.nodes.slice(0, 5) \
         .map(n => n.target.join(' ') + ' -- ' + n.failureSummary.replace(/\\s+/g, ' ')) \
         .join(' | ') + (v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '')))",
    );
    found
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}
