//! `server serve` on both backends: migrations applied at start, health, security headers.

use std::fs;

use crate::helpers::*;
use crate::pg::PgDatabase;

async fn health(base: &str) -> (u16, serde_json::Value, reqwest::header::HeaderMap) {
    let resp = reqwest::get(format!("{base}/healthz"))
        .await
        .expect("GET /healthz");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, resp.json().await.expect("JSON body"), headers)
}

async fn serves_and_reports_health(database_url: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    let srv = spawn_server(database_url, &keys);
    let base = srv.base.clone();

    let (status, body, headers) = health(&base).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["database"], "ok");
    assert_eq!(body["migrations"], "current");
    assert_eq!(body["keyring"], "valid");
    let csp = headers["content-security-policy"].to_str().unwrap();
    for directive in [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["x-content-type-options"], "nosniff");

    // A keyring altered on disk while the server runs makes it unhealthy.
    let path = keys.join("keyring.json");
    let mut bytes = fs::read(&path).unwrap();
    let pos = bytes
        .windows(10)
        .position(|w| w == b"\"serial\":1")
        .unwrap()
        + 9;
    bytes[pos] = b'7';
    fs::write(&path, bytes).unwrap();
    let (status, body, _) = health(&base).await;
    assert_eq!(status, 503);
    assert_eq!(body["keyring"], "invalid");
}

#[tokio::test]
async fn serves_on_sqlite() {
    let tmp = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}",
        tmp.path().join("nested/dir/server.db").display()
    );
    serves_and_reports_health(&url).await;
    assert!(tmp.path().join("nested/dir/server.db").exists());
}

#[tokio::test]
async fn serves_on_postgres() {
    let Some(db) = PgDatabase::create() else {
        return;
    };
    serves_and_reports_health(&db.url).await;
}

#[test]
fn a_database_url_typo_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    for url in [
        "postgress://localhost/x",
        "mysql://localhost/x",
        "data/server.db",
    ] {
        let out = run(server()
            .arg("serve")
            .env("DATABASE_URL", url)
            .env("KEYS_DIR", &keys)
            .env("BIND", "127.0.0.1:0"));
        assert!(!out.status.success(), "{url} accepted");
        let err = text(&out.stderr);
        assert!(
            err.contains("sqlite://") && err.contains("postgres://"),
            "{url}: {err}"
        );
    }
}

#[test]
fn serve_without_a_keyring_says_how_to_make_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(server()
        .arg("serve")
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/db.sqlite", tmp.path().display()),
        )
        .env("KEYS_DIR", tmp.path().join("nokeys"))
        .env("KEYRING_FINGERPRINT", "ABCD-EFGH-JKMN-PQRS")
        .env("BIND", "127.0.0.1:0"));
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("tsr-admin keys init"));
}

/// Every setting is checked once at start: an invalid value stops `server serve` with the
/// variable named, before anything listens.
#[test]
fn an_invalid_setting_stops_the_server_naming_the_variable() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    let db = format!("sqlite://{}/db.sqlite", tmp.path().display());
    for (name, value) in [
        ("BLOCKING_THREADS", "abc"),
        ("POW_BITS", "99"),
        ("MAX_FILE_MB", "lots"),
        ("SESSION_IDLE_SECS", "-5"),
        ("LOG_FORMAT", "yaml"),
        ("BIND", "everywhere"),
    ] {
        let out = run(server()
            .arg("serve")
            .env("DATABASE_URL", &db)
            .env("KEYS_DIR", &keys)
            .env("BIND", "127.0.0.1:0")
            .env(name, value));
        assert!(!out.status.success(), "{name}={value} accepted");
        let err = text(&out.stderr);
        assert!(err.starts_with(&format!("error: {name}")), "{name}: {err}");
    }
    assert!(
        !tmp.path().join("db.sqlite").exists(),
        "nothing is created before the configuration is valid"
    );
}
