//! A tiny W3C WebDriver client over `reqwest`, enough to drive headless Chromium through
//! chromedriver: one chromedriver process and one session per [`Browser`], both ended on drop.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The key W3C WebDriver uses for element references.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Whether browser tests can run. Under `CI=true` a missing browser fails the test; elsewhere
/// the test prints SKIPPED and returns.
pub fn available() -> bool {
    let present = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !present {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but {CHROMIUM} or {CHROMEDRIVER} is missing (.ci/run installs them)");
        }
        eprintln!(
            "SKIPPED: {CHROMIUM} or {CHROMEDRIVER} not installed; set CI=true to make this fail"
        );
    }
    present
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// A browser session; the session is deleted and chromedriver killed when dropped.
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    client: reqwest::Client,
    profile: tempfile::TempDir,
}

#[derive(Clone, Debug)]
pub struct Element(String);

impl Browser {
    /// Starts chromedriver on a free port and opens a headless Chromium session with a fresh
    /// profile.
    pub async fn start() -> Browser {
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let base = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(120))
            .build()
            .unwrap();
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Browser {
            driver,
            base,
            session: String::new(),
            client,
            profile,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = browser
                .client
                .get(format!("{}/status", browser.base))
                .send()
                .await
                .ok();
            let ready = match ready {
                Some(r) => r
                    .json::<Value>()
                    .await
                    .ok()
                    .is_some_and(|v| v["value"]["ready"] == true),
                None => false,
            };
            if ready {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile_dir = browser.profile.path().display().to_string();
        let downloads = browser.download_dir();
        std::fs::create_dir_all(&downloads).unwrap();
        let caps = json!({
            "capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        format!("--user-data-dir={profile_dir}"),
                    ],
                    "prefs": {
                        "download.default_directory": downloads.display().to_string(),
                        "download.prompt_for_download": false,
                    },
                },
                "goog:loggingPrefs": {"browser": "ALL"},
            }}
        });
        let v = browser
            .call(reqwest::Method::POST, "/session", Some(caps))
            .await;
        browser.session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {v}"))
            .to_string();
        browser
    }

    /// Where the browser saves downloads.
    pub fn download_dir(&self) -> PathBuf {
        self.profile.path().join("downloads")
    }

    /// Waits for a completed download called `name` and returns its content.
    pub async fn downloaded(&self, name: &str, timeout: Duration) -> Vec<u8> {
        let path = self.download_dir().join(name);
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(bytes) = std::fs::read(&path) {
                if !bytes.is_empty() {
                    return bytes;
                }
            }
            assert!(
                Instant::now() < deadline,
                "no download {name} after {timeout:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let mut req = self.client.request(method.clone(), &url);
        if let Some(b) = body {
            req = req.json(&b);
        } else if method == reqwest::Method::POST {
            req = req.json(&json!({}));
        }
        let resp = req
            .send()
            .await
            .unwrap_or_else(|e| panic!("WebDriver {path}: {e}"));
        let status = resp.status();
        let v: Value = resp.json().await.unwrap_or(Value::Null);
        assert!(
            status.is_success(),
            "WebDriver {method} {path}: {status} {v}"
        );
        v["value"].clone()
    }

    /// As `call` within the session, but `None` when the driver answers with an error (an
    /// element that went stale while waiting, a command it does not offer).
    async fn try_call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Option<Value> {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut req = self.client.request(method, &url);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.ok()?;
        if !resp.status().is_success() {
            return None;
        }
        resp.json::<Value>().await.ok().map(|v| v["value"].clone())
    }

    async fn get(&self, path: &str) -> Value {
        self.call(
            reqwest::Method::GET,
            &format!("/session/{}{path}", self.session),
            None,
        )
        .await
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.call(
            reqwest::Method::POST,
            &format!("/session/{}{path}", self.session),
            Some(body),
        )
        .await
    }

    pub async fn goto(&self, url: &str) {
        self.post("/url", json!({ "url": url })).await;
    }

    /// Sets the browser window's size in CSS pixels.
    pub async fn set_window_size(&self, width: u32, height: u32) {
        self.post("/window/rect", json!({"width": width, "height": height}))
            .await;
    }

    pub async fn title(&self) -> String {
        self.get("/title")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The first element matching a CSS selector, if any.
    pub async fn find(&self, css: &str) -> Option<Element> {
        let v = self
            .try_call(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await?;
        v[ELEMENT].as_str().map(|id| Element(id.to_string()))
    }

    /// The element matching `css`, waiting up to `timeout` for it to appear.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> Element {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(e) = self.find(css).await {
                return e;
            }
            if Instant::now() > deadline {
                panic!(
                    "no element matches {css} after {timeout:?}; browser log:\n{}",
                    self.console_log().await.join("\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `css` matches a displayed element.
    pub async fn wait_visible(&self, css: &str, timeout: Duration) -> Element {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(e) = self.find(css).await {
                if self.displayed(&e).await {
                    return e;
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "no visible element matches {css} after {timeout:?}; browser log:\n{}",
                    self.console_log().await.join("\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether the element is displayed (false if it went stale).
    pub async fn displayed(&self, e: &Element) -> bool {
        self.try_call(
            reqwest::Method::GET,
            &format!("/element/{}/displayed", e.0),
            None,
        )
        .await
            == Some(Value::Bool(true))
    }

    pub async fn click(&self, e: &Element) {
        self.post(&format!("/element/{}/click", e.0), json!({}))
            .await;
    }

    /// Types `text` into an element (for a file input: an absolute path selects that file).
    pub async fn send_keys(&self, e: &Element, text: &str) {
        self.post(&format!("/element/{}/value", e.0), json!({ "text": text }))
            .await;
    }

    /// Finds `css` and types into it.
    pub async fn type_into(&self, css: &str, text: &str) {
        let e = self
            .find(css)
            .await
            .unwrap_or_else(|| panic!("no element matches {css}"));
        self.send_keys(&e, text).await;
    }

    /// Selects the option with `value` of a `<select>` found by `select_css`.
    pub async fn select(&self, select_css: &str, value: &str) {
        let option = self
            .find(&format!("{select_css} option[value=\"{value}\"]"))
            .await
            .unwrap_or_else(|| panic!("{select_css} has no option {value}"));
        self.click(&option).await;
    }

    pub async fn text(&self, e: &Element) -> String {
        self.get(&format!("/element/{}/text", e.0))
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The element's text, or `None` if it went stale (replaced by the page meanwhile).
    pub async fn try_text(&self, e: &Element) -> Option<String> {
        self.try_call(
            reqwest::Method::GET,
            &format!("/element/{}/text", e.0),
            None,
        )
        .await
        .and_then(|v| v.as_str().map(str::to_string))
    }

    pub async fn attribute(&self, e: &Element, name: &str) -> Option<String> {
        self.get(&format!("/element/{}/attribute/{name}", e.0))
            .await
            .as_str()
            .map(str::to_string)
    }

    pub async fn property(&self, e: &Element, name: &str) -> Value {
        self.get(&format!("/element/{}/property/{name}", e.0)).await
    }

    /// Runs `script` in the page (WebDriver's own channel, not subject to the page's CSP).
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
            .await
    }

    /// Runs `script` asynchronously: it ends by calling its last argument with the result.
    /// Waits up to `timeout` for that.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>, timeout: Duration) -> Value {
        self.post("/timeouts", json!({ "script": timeout.as_millis() as u64 }))
            .await;
        self.post("/execute/async", json!({ "script": script, "args": args }))
            .await
    }

    /// Adds a virtual authenticator (W3C WebAuthn, "Automation": CTAP2 over USB, resident keys,
    /// user verification that always succeeds) to the session; returns its id.
    pub async fn add_virtual_authenticator(&self) -> String {
        let body = json!({
            "protocol": "ctap2",
            "transport": "usb",
            "hasResidentKey": true,
            "hasUserVerification": true,
            "isUserVerified": true,
        });
        let v = self.post("/webauthn/authenticator", body).await;
        v.as_str()
            .unwrap_or_else(|| panic!("no authenticator id in {v}"))
            .to_string()
    }

    /// The credentials a virtual authenticator holds (W3C WebAuthn "Get Credentials").
    pub async fn virtual_credentials(&self, authenticator: &str) -> Vec<Value> {
        let v = self
            .get(&format!(
                "/webauthn/authenticator/{authenticator}/credentials"
            ))
            .await;
        v.as_array().cloned().unwrap_or_default()
    }

    /// Presses and releases each key of `keys` in turn, as a keyboard would, into whatever has
    /// focus (W3C Actions key input only: no pointer, no script). Characters are typed as they
    /// are; the [`key`] constants name the others.
    pub async fn keys(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|k| {
                [
                    json!({"type": "keyDown", "value": k.to_string()}),
                    json!({"type": "keyUp", "value": k.to_string()}),
                ]
            })
            .collect();
        self.key_actions(actions).await;
    }

    /// Presses `key` while `modifier` is held (Shift+Tab).
    pub async fn chord(&self, modifier: char, key: char) {
        let (m, k) = (modifier.to_string(), key.to_string());
        self.key_actions(vec![
            json!({"type": "keyDown", "value": m}),
            json!({"type": "keyDown", "value": k}),
            json!({"type": "keyUp", "value": k}),
            json!({"type": "keyUp", "value": m}),
        ])
        .await;
    }

    async fn key_actions(&self, actions: Vec<Value>) {
        self.post(
            "/actions",
            json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}),
        )
        .await;
    }

    /// Sets a control's value as if typed (used for `<input type="month">`, whose typed form
    /// depends on the browser's locale).
    pub async fn set_value(&self, css: &str, value: &str) {
        self.execute(
            "const el = document.querySelector(arguments[0]); el.value = arguments[1]; \
             el.dispatchEvent(new Event('input', {bubbles: true})); \
             el.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![json!(css), json!(value)],
        )
        .await;
    }

    /// A PNG screenshot of the current viewport.
    pub async fn screenshot(&self) -> Vec<u8> {
        use base64::Engine;
        let b64 = self.get("/screenshot").await;
        base64::engine::general_purpose::STANDARD
            .decode(b64.as_str().unwrap_or_default())
            .expect("the screenshot is base64")
    }

    /// The browser console since the last call (chromedriver's `goog:loggingPrefs` log), as
    /// "LEVEL message" lines; empty if the driver does not offer it.
    pub async fn console_log(&self) -> Vec<String> {
        self.try_call(
            reqwest::Method::POST,
            "/se/log",
            Some(json!({"type": "browser"})),
        )
        .await
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["level"].as_str().unwrap_or("?"),
                e["message"].as_str().unwrap_or("")
            )
        })
        .collect()
    }
}

/// Deletes a session with a plain blocking HTTP request (drop cannot await): chromedriver then
/// closes Chromium, which a bare kill of chromedriver would leave running.
fn delete_session(base: &str, session: &str) {
    use std::io::{Read, Write};
    let Some(addr) = base.strip_prefix("http://") else {
        return;
    };
    let Ok(mut stream) = std::net::TcpStream::connect(addr) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let request = format!(
        "DELETE /session/{session} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut sink = Vec::new();
        let _ = stream.read_to_end(&mut sink);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            delete_session(&self.base, &self.session);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A file of `len` bytes with content that does not repeat at chunk boundaries.
pub fn write_test_file(dir: &Path, name: &str, len: usize) -> (PathBuf, Vec<u8>) {
    let mut state: u32 = 0x1234_5678;
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    let mut bytes = bytes;
    // The canary of tests/e2e/canary.rs, so the browser path is checked for leaks too.
    let canary = crate::canary::CANARY.as_bytes();
    if bytes.len() > 2 * canary.len() {
        let mid = bytes.len() / 2;
        bytes[mid..mid + canary.len()].copy_from_slice(canary);
    }
    let path = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    (path, bytes)
}

/// W3C WebDriver codes of the keys that are not characters, for [`Browser::keys`].
pub mod key {
    pub const TAB: char = '\u{E004}';
    pub const ENTER: char = '\u{E007}';
    pub const SHIFT: char = '\u{E008}';
    pub const SPACE: char = '\u{E00D}';
    pub const RIGHT: char = '\u{E014}';
    pub const DOWN: char = '\u{E015}';
}

/// Logs a reviewer in through the console's login form in the browser and waits for the inbox.
pub async fn login_in_browser(
    b: &Browser,
    inst: &crate::instance::Instance,
    rev: &mut crate::console::Rev,
) {
    b.goto(&inst.url("/console/login?lang=en")).await;
    b.type_into("#name", &rev.name).await;
    b.type_into("#password", crate::console::PASSWORD).await;
    b.type_into("#code", &rev.fresh_code()).await;
    b.click(&b.find("#content form button[type=submit]").await.unwrap())
        .await;
    b.wait_for("#inbox", Duration::from_secs(120)).await;
}
