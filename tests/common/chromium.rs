//! Headless Chromium driven over the DevTools protocol (a websocket, one page target with a
//! flattened session), for the browser tests. Debian's `chromium` with a fresh profile; `None`
//! where no Chromium is installed, so the tests can skip with a notice.

use serde_json::{Value, json};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket, stream::MaybeTlsStream};

/// A running browser with one page attached.
pub struct Chromium {
    child: Child,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
    /// Uncaught script errors the page reported (`Runtime.exceptionThrown`).
    pub errors: Vec<String>,
    _profile: tempfile::TempDir,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Chromium {
    /// Start Chromium with its default 1000x700 window, or `None` where it is not installed.
    pub fn start() -> Option<Chromium> {
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

    /// Send one DevTools command (to the page's session when `in_page`) and return its result;
    /// panics on a protocol error.
    pub fn call(&mut self, method: &str, params: Value, in_page: bool) -> Value {
        match self.try_call(method, params, in_page) {
            Ok(result) => result,
            Err(error) => panic!("{method}: {error}"),
        }
    }

    /// [`Chromium::call`], returning a protocol error instead of panicking.
    pub fn try_call(&mut self, method: &str, params: Value, in_page: bool) -> Result<Value, Value> {
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
                return match reply.get("error") {
                    Some(error) => Err(error.clone()),
                    None => Ok(reply["result"].clone()),
                };
            }
        }
    }

    /// The value of a script expression in the page (as a user gesture).
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "userGesture": true}),
            true,
        );
        result["result"]["value"].clone()
    }

    /// The value of a script expression whose result is a promise, once it settles; a rejected
    /// promise or a thrown error panics with its description.
    pub fn eval_async(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
            true,
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {}",
            result["exceptionDetails"]
        );
        result["result"]["value"].clone()
    }

    /// Poll `expression` until it is `true` (errors while a page is being replaced count as
    /// not yet); whether it became true within `timeout`.
    pub fn wait_for(&mut self, expression: &str, timeout: Duration) -> bool {
        let started = Instant::now();
        loop {
            let value = self.try_call(
                "Runtime.evaluate",
                json!({"expression": expression, "returnByValue": true}),
                true,
            );
            if value.is_ok_and(|v| v["result"]["value"] == json!(true)) {
                return true;
            }
            if started.elapsed() > timeout {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Wait until the page at `url` (the whole address) has loaded.
    pub fn wait_for_page(&mut self, url: &str) {
        let expression = format!(
            "location.href === {} && document.readyState === 'complete'",
            json!(url)
        );
        assert!(
            self.wait_for(&expression, Duration::from_secs(20)),
            "{url} did not load (at {})",
            self.eval("location.href")
        );
        // Deferred scripts' DOMContentLoaded work has run; let a frame pass.
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Open `url` and wait until it has loaded.
    pub fn open(&mut self, url: &str) {
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

    /// Give the page a `width` x `height` viewport, as a phone (touch, mobile viewport rules)
    /// when `mobile`.
    pub fn set_viewport(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
            true,
        );
    }

    /// Press and release a key: `key` and `code` as DOM names them, `text` what it types.
    pub fn key(&mut self, key: &str, code: u32, text: &str) {
        for kind in ["keyDown", "keyUp"] {
            let params = json!({"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code, "text": if kind == "keyDown" { text } else { "" }});
            self.call("Input.dispatchKeyEvent", params, true);
        }
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Press Tab.
    pub fn tab(&mut self) {
        self.key("Tab", 9, "");
    }

    /// Press Enter.
    pub fn enter(&mut self) {
        self.key("Enter", 13, "\r");
    }
}
