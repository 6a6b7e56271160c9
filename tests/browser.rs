//! The built page in a real browser (headless Chromium over the DevTools protocol): each
//! sentence's English opens from the keyboard and closes with Escape, the "Read in English"
//! switch flips the article and its title and is remembered on the next page, and the page logs
//! no script errors. Skips with a notice where Chromium is not installed (`.ci/run` installs it).

mod common;

use common::chromium::Chromium;
use serde_json::json;
use std::path::Path;
use std::process::Command;

#[test]
fn disclosure_and_read_in_english_work_in_a_browser() {
    let Some(mut browser) = Chromium::start() else {
        eprintln!("skipping: chromium not installed (.ci/run installs it)");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("public");
    let status = Command::new(env!("CARGO_BIN_EXE_locdoc"))
        .args([
            "build",
            "--quiet",
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "--out",
        ])
        .arg(&out)
        .status()
        .expect("build");
    assert!(status.success());
    let url = |rel: &str| format!("file://{}", Path::new(&out).join(rel).display());

    browser.open(&url("ro-RO/close-your-account/index.html"));
    // Keyboard: Tab to the first sentence's EN button, Enter opens its English, Escape closes it.
    let mut focused = false;
    for _ in 0..15 {
        browser.key("Tab", 9, "");
        if browser.eval("document.activeElement.className") == json!("seg-toggle") {
            focused = true;
            break;
        }
    }
    assert!(focused, "the EN button is reachable with Tab");
    let label = browser.eval("document.activeElement.getAttribute('aria-label')");
    assert!(
        label.as_str().is_some_and(|l| l.starts_with("EN:")),
        "{label}"
    );
    browser.key("Enter", 13, "\r");
    assert_eq!(
        browser.eval("document.getElementById('seg-en-1').matches(':popover-open')"),
        json!(true)
    );
    assert_eq!(
        browser.eval("document.getElementById('seg-en-1').innerText"),
        json!("How to close your account")
    );
    browser.key("Escape", 27, "");
    assert_eq!(
        browser.eval("document.getElementById('seg-en-1').matches(':popover-open')"),
        json!(false)
    );

    // The switch flips the article and the title, and the next page remembers it.
    assert_eq!(
        browser.eval("document.querySelector('.read-en-switch').hidden"),
        json!(false)
    );
    browser.eval("document.querySelector('.read-en-switch').click()");
    assert_eq!(
        browser.eval("document.documentElement.classList.contains('read-en')"),
        json!(true)
    );
    assert_eq!(
        browser.eval("document.title"),
        json!("How to close your account · Help")
    );
    assert_eq!(
        browser.eval("getComputedStyle(document.querySelector('#seg-2 .seg-target')).display"),
        json!("none")
    );
    browser.open(&url("it-IT/close-your-account/index.html"));
    assert_eq!(
        browser.eval("document.documentElement.classList.contains('read-en')"),
        json!(true)
    );
    assert!(
        browser.errors.is_empty(),
        "script errors: {:?}",
        browser.errors
    );
}
