//! Pushing an export to a TAXII 2.1 collection (static/js/taxii.js, as the console does, run
//! under node): OASIS's medallion TAXII server, started here with one collection, takes the
//! STIX bundle, and reading the collection back gives the same objects. Wrong credentials are
//! refused and add nothing. In the browser the TAXII server must also allow the console's
//! origin with CORS: medallion has none, so this test runs the module under node, and the push
//! from the console in Chromium (console_browser.rs) goes to medallion wrapped with CORS
//! (tests/python/medallion_cors.py).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub struct Medallion(Child);

impl Drop for Medallion {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub const COLLECTION: &str = "8c4b3c2e-4a7d-4e55-9a35-0d2b8c7e1f01";

/// medallion on a free port with one collection and the user `csirt` / `push-secret`; with
/// `cors`, through tests/python/medallion_cors.py (for a push from Chromium).
pub fn start_medallion(
    python: &std::path::Path,
    dir: &std::path::Path,
    cors: bool,
) -> (Medallion, u16) {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let data = json!({
        "/discovery": {
            "title": "TSR test TAXII server",
            "default": format!("{base}/tsr/"),
            "api_roots": [format!("{base}/tsr/")],
        },
        "tsr": {
            "information": {
                "title": "TSR exports",
                "versions": ["application/taxii+json;version=2.1"],
                "max_content_length": 10_485_760,
            },
            "status": [],
            "collections": [{
                "id": COLLECTION,
                "title": "Trade-secret theft indicators",
                "can_read": true,
                "can_write": true,
                "media_types": ["application/stix+json;version=2.1"],
                "objects": [],
                "manifest": [],
            }],
        },
    });
    let data_file = dir.join("data.json");
    std::fs::write(&data_file, data.to_string()).unwrap();
    let config = json!({
        "backend": {
            "module": "medallion.backends.memory_backend",
            "module_class": "MemoryBackend",
            "filename": data_file,
        },
        "users": { "csirt": "push-secret" },
        "taxii": { "max_page_size": 1000 },
    });
    let config_file = dir.join("config.json");
    std::fs::write(&config_file, config.to_string()).unwrap();
    let mut cmd = if cors {
        let mut c = Command::new(python);
        c.arg(crate::node::root().join("tests/python/medallion_cors.py"))
            .arg(&config_file)
            .arg(port.to_string());
        c
    } else {
        let mut c = Command::new(python.parent().unwrap().join("medallion"));
        c.args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .arg(&config_file);
        c
    };
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("medallion starts");
    let m = Medallion(child);
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "medallion did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (m, port)
}

#[test]
fn a_push_lands_in_the_collection_and_reads_back_equal() {
    let Some(python) = crate::helpers::test_python() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (_medallion, port) = start_medallion(&python, dir.path(), false);
    let root = crate::node::root();
    let input = json!({
        "report": crate::intel_export::report_json(),
        "collectionUrl": format!("http://127.0.0.1:{port}/tsr/collections/{COLLECTION}"),
        "username": "csirt",
        "password": "push-secret",
        "wrongPassword": "guess",
    });
    let Some(out) = crate::node::run(
        "taxii-push.mjs",
        &[
            ("TSR_EXPORT_JS", root.join("server/static/js/export.js")),
            ("TSR_TAXII_JS", root.join("server/static/js/taxii.js")),
        ],
        &serde_json::to_vec(&input).unwrap(),
    ) else {
        return;
    };
    let out: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(out["refused"], 401, "wrong credentials are refused");
    let sent = out["bundle"]["objects"].as_array().unwrap();
    assert_eq!(out["status"]["status"], "complete");
    assert_eq!(out["status"]["success_count"], sent.len());
    assert_eq!(out["status"]["failure_count"], 0);
    let mut sent: Vec<Value> = sent.clone();
    let mut got: Vec<Value> = out["readBack"].as_array().unwrap().clone();
    let by_id = |v: &Value| v["id"].as_str().unwrap().to_string();
    sent.sort_by_key(by_id);
    got.sort_by_key(by_id);
    assert_eq!(got, sent, "the collection holds exactly the pushed objects");
    assert!(got
        .iter()
        .any(|o| o["pattern"] == "[ipv4-addr:value = '192.0.2.7']"));
}

/// The collection's objects, read back over TAXII.
pub async fn collection_objects(port: u16) -> Vec<Value> {
    let envelope: Value = reqwest::Client::new()
        .get(format!(
            "http://127.0.0.1:{port}/tsr/collections/{COLLECTION}/objects/"
        ))
        .basic_auth("csirt", Some("push-secret"))
        .header("Accept", "application/taxii+json;version=2.1")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    envelope["objects"].as_array().cloned().unwrap_or_default()
}

/// On an opened report page of the console: the reviewer types the collection and credentials
/// and pushes; the page says so, and the collection holds the report's indicator.
pub async fn push_from_console(b: &crate::webdriver::Browser, port: u16) {
    let url = format!("http://127.0.0.1:{port}/tsr/collections/{COLLECTION}/");
    b.set_value("#taxii-url", &url).await;
    b.set_value("#taxii-user", "csirt").await;
    b.set_value("#taxii-password", "push-secret").await;
    b.click(&b.find("#export-taxii").await.unwrap()).await;
    crate::browser::wait_text(b, "#report-status-line", "added to the TAXII collection").await;
    let pushed = collection_objects(port).await;
    assert!(pushed
        .iter()
        .any(|o| o["pattern"] == "[ipv4-addr:value = '192.0.2.7']"));
    assert!(!Value::from(pushed)
        .to_string()
        .contains("security@example.dk"));
}

/// The console's browser may connect to the configured TAXII servers and nowhere else.
#[tokio::test]
async fn the_csp_lets_the_console_reach_the_configured_taxii_origins_only() {
    let csp = |inst: &crate::instance::Instance| {
        let inst_url = inst.url("/console/login");
        async move {
            let resp = reqwest::get(inst_url).await.unwrap();
            resp.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .to_string()
        }
    };
    let inst = crate::instance::Instance::sqlite(&[(
        "TAXII_ORIGINS",
        "https://taxii.example.eu:8443 https://cti.example.org",
    )]);
    assert!(csp(&inst)
        .await
        .contains("connect-src 'self' https://taxii.example.eu:8443 https://cti.example.org;"));
    let inst = crate::instance::Instance::sqlite(&[]);
    assert!(csp(&inst).await.contains("connect-src 'self';"));
}
