//! The built page in a real browser (headless Chromium over the DevTools protocol): each
//! sentence's English opens from the keyboard and closes with Escape, the "Read in English"
//! switch flips the article and its title and is remembered on the next page, and the page logs
//! no script errors. Skips with a notice where Chromium is not installed (`.ci/run` installs it).

use serde_json::{Value, json};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket, stream::MaybeTlsStream};

struct Chromium {
    child: Child,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
    errors: Vec<String>,
    _profile: tempfile::TempDir,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Chromium {
    fn start() -> Option<Chromium> {
        let binary = ["chromium", "chromium-browser", "google-chrome"]
            .into_iter()
            .find(|b| {
                Command::new(b)
                    .arg("--version")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok()
            })?;
        let profile = tempfile::tempdir().expect("profile dir");
        let child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--remote-debugging-port=0",
                "--window-size=1000,700",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        // Chromium writes the port and the browser endpoint here once it listens.
        let active = profile.path().join("DevToolsActivePort");
        let started = Instant::now();
        let endpoint = loop {
            if let Ok(text) = std::fs::read_to_string(&active) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    break format!("ws://127.0.0.1:{port}{path}");
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "Chromium did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let (socket, _) = tungstenite::connect(endpoint).expect("DevTools websocket");
        let mut browser = Chromium {
            child,
            socket,
            session: String::new(),
            next_id: 0,
            errors: Vec::new(),
            _profile: profile,
        };
        let target = browser.call("Target.createTarget", json!({"url": "about:blank"}), false);
        let target_id = target["targetId"].as_str().expect("target id").to_owned();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
            false,
        );
        browser.session = attached["sessionId"].as_str().expect("session").to_owned();
        browser.call("Runtime.enable", json!({}), true);
        browser.call("Page.enable", json!({}), true);
        Some(browser)
    }

    fn call(&mut self, method: &str, params: Value, in_page: bool) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if in_page {
            message["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .expect("send");
        loop {
            let Ok(Message::Text(text)) = self.socket.read() else {
                continue;
            };
            let reply: Value = serde_json::from_str(text.as_str()).expect("json");
            if reply["method"] == "Runtime.exceptionThrown" {
                self.errors
                    .push(reply["params"]["exceptionDetails"].to_string());
            }
            if reply["id"] == json!(id) {
                assert!(reply.get("error").is_none(), "{method}: {}", reply["error"]);
                return reply["result"].clone();
            }
        }
    }

    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "userGesture": true}),
            true,
        );
        result["result"]["value"].clone()
    }

    fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url}), true);
        let started = Instant::now();
        while self.eval("document.readyState") != json!("complete") {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "page did not load"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    fn key(&mut self, key: &str, code: u32, text: &str) {
        for kind in ["keyDown", "keyUp"] {
            let params = json!({"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code, "text": if kind == "keyDown" { text } else { "" }});
            self.call("Input.dispatchKeyEvent", params, true);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

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
