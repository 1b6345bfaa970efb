//! A canary string typed into every free-text place a reporter has must never appear where the
//! server writes: the database files (SQLite main, WAL, SHM; a `pg_dump` of PostgreSQL), the
//! server's log (at debug level) or its temp directory. Indicators of compromise too: each
//! indicator field carries a value of its kind that is searched for in its canonical form, also
//! after a reviewer uploaded the keyed hashes of the report's indicators for blind correlation
//! (the sealed copies of the correlation keys imported too).

use std::path::Path;

use reqwest::multipart::Form;

use crate::instance::*;
use crate::intake::*;

pub const CANARY: &str = "CANARY-7f3a9c1e-trade-secret";

/// Indicator values typed in the report, as the reporter types them, and their canonical forms
/// (the one the sealed report holds): neither may appear in the clear.
const INDICATOR_CANARIES: [(&str, &str, &str); 6] = [
    (
        "indicator_ip",
        "198.51.100.77\n2001:DB8:7F3A::9C1E",
        "198.51.100.77",
    ),
    (
        "indicator_domain",
        "Canary-7f3a9c1e-Trade-Secret.example.net",
        "canary-7f3a9c1e-trade-secret.example.net",
    ),
    (
        "indicator_url",
        "https://exfil.example.net/CANARY-7f3a9c1e-trade-secret",
        "exfil.example.net/CANARY",
    ),
    (
        "indicator_email",
        "Canary.7f3a9c1e@example.net",
        "canary.7f3a9c1e@example.net",
    ),
    (
        "indicator_hash",
        "7F3A9C1E7F3A9C1E7F3A9C1E7F3A9C1E7F3A9C1E7F3A9C1E7F3A9C1E7F3A9C1E",
        "7f3a9c1e7f3a9c1e7f3a9c1e7f3a9c1e",
    ),
    (
        "indicator_file_name",
        "CANARY-7f3a9c1e-trade-secret.exe",
        "CANARY-7f3a9c1e-trade-secret.exe",
    ),
];

/// Every string that must not appear in the clear.
fn needles() -> Vec<&'static str> {
    let mut n = vec![CANARY, "2001:db8:7f3a::9c1e", "7F3A9C1E7F3A9C1E"];
    n.extend(
        INDICATOR_CANARIES
            .iter()
            .map(|(_, _, canonical)| *canonical),
    );
    n
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether `haystack` holds the canary or any indicator canary.
fn holds_canary(haystack: &[u8]) -> bool {
    needles().iter().any(|n| contains(haystack, n.as_bytes()))
}

/// The report fields with every indicator canary.
pub fn with_indicator_canaries(fields: &[(&'static str, String)]) -> Vec<(&'static str, String)> {
    let mut out = fields.to_vec();
    for (name, typed, _) in INDICATOR_CANARIES {
        out = with(&out, name, typed);
    }
    with(
        &out,
        "indicator_observations",
        &format!("Remote access tool seen, notes: {CANARY}"),
    )
}

fn scan_dir(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            found.extend(scan_dir(&p));
        } else if let Ok(bytes) = std::fs::read(&p) {
            if holds_canary(&bytes) {
                found.push(p.display().to_string());
            }
        }
    }
    found
}

async fn submit_canaries(inst: &Instance) {
    let fields = with_indicator_canaries(&with(
        &with(
            &with(
                &good_fields(),
                "narrative",
                &format!("The attacker wrote {CANARY} in a file."),
            ),
            "contact",
            &format!("{CANARY}@example.dk"),
        ),
        "what_taken",
        &format!("Formula {CANARY}"),
    ));
    let file = format!("attachment body {CANARY} end")
        .repeat(5000)
        .into_bytes();
    let receipt = submit_ok(inst, &fields, &[(&format!("{CANARY}.txt"), file.clone())]).await;
    // A submission that fails validation carries the canary too.
    let token = csrf_in(&page(inst, "/report").await);
    let _ = post_report(
        inst,
        Some(&token),
        &with(&fields, "member_state", "XX"),
        &[("x.txt", file)],
    )
    .await;
    // And a reply in the follow-up conversation.
    let (_, html) = follow_up(inst, &receipt).await;
    let (status, _) = reply(inst, &html, &receipt, &format!("More details: {CANARY}")).await;
    assert!(status.is_success());
    // And a follow-up form post carrying it as the receipt.
    let token = csrf_in(&page(inst, "/followup").await);
    let _ = client()
        .post(inst.url("/followup"))
        .form(&[("csrf", token.as_str()), ("receipt", CANARY)])
        .send()
        .await;
    let _ = client()
        .post(inst.url("/followup/reply"))
        .multipart(Form::new().text("receipt", CANARY).text("text", CANARY))
        .send()
        .await;
}

/// What a reviewer's browser does after opening the canary report: the keyed hashes of its
/// canonical indicators and organisation identifier (computed here with EUIPO's correlation
/// key, as console/correlation.js does) posted to the console, after the operator imported
/// the sealed copies of both bodies' correlation keys.
async fn upload_canary_hashes(inst: &Instance) {
    use crate::console::{enrolled, login};
    use crate::console_cases::inbox_html;
    crate::helpers::import_correlation_keys(inst, &inst.keys);
    let mut rev = enrolled(inst, "EUIPO", "cora").await;
    let cookie = login(inst, &mut rev).await;
    let csrf = csrf_in(&inbox_html(inst, &cookie, "en").await);
    let id = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let all = storage::reports::list_reports_for_body(&mut c, storage::Body::Euipo).unwrap();
        all[0].id.clone()
    };
    let wrapped = keystore::read_key_file(&inst.keys.join("euipo-correlation.key")).unwrap();
    let key = wrapped
        .unwrap_correlation(crate::helpers::PASSPHRASE.as_bytes())
        .unwrap();
    let mut values: Vec<(&str, String)> = INDICATOR_CANARIES
        .iter()
        .map(|(field, _, canonical)| {
            (
                field.trim_start_matches("indicator_"),
                canonical.to_string(),
            )
        })
        .collect();
    values.push(("ip", "2001:db8:7f3a::9c1e".into()));
    values.push(("hash", "7f3a9c1e".repeat(8)));
    values.push(("organisation", "DK12345678".into()));
    let hashes: Vec<serde_json::Value> = values
        .iter()
        .map(|(kind, v)| serde_json::json!({"kind": kind, "hash": key.indicator_hash(kind, v).unwrap()}))
        .collect();
    let body = serde_json::json!({ "key_id": key.id_b64().unwrap(), "hashes": hashes });
    let resp = client()
        .post(inst.url(&format!("/console/reports/{id}/correlation")))
        .header(reqwest::header::COOKIE, &cookie)
        .header("X-CSRF-Token", &csrf)
        .header("Content-Type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), reqwest::StatusCode::OK);
    let stored: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(stored["stored"], serde_json::json!(values.len()));
}

pub fn assert_clean_log_and_tmp(inst: &Instance) {
    let log = inst.log();
    assert!(
        !log.is_empty(),
        "the server logged nothing at all; the test would prove nothing"
    );
    for n in needles() {
        assert!(!log.contains(n), "the canary {n} reached the server log");
    }
    assert!(
        scan_dir(&inst.tmpdir).is_empty(),
        "the canary reached the temp directory"
    );
}

/// The SQLite database, its WAL and SHM, and everything else in its directory.
pub fn assert_clean_sqlite(inst: &Instance) {
    let db = inst.sqlite_file.clone().unwrap();
    let mut checked = 0;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", db.display());
        if let Ok(bytes) = std::fs::read(&path) {
            checked += 1;
            assert!(!holds_canary(&bytes), "canary in {path}");
        }
    }
    assert!(checked >= 2, "expected the database and its WAL");
    let dir = db.parent().unwrap();
    assert!(
        scan_dir(dir).is_empty(),
        "canary somewhere under the data directory"
    );
}

#[tokio::test]
async fn canary_never_reaches_sqlite_files_logs_or_temp() {
    let inst = Instance::sqlite_process(&[]);
    submit_canaries(&inst).await;
    upload_canary_hashes(&inst).await;
    assert_eq!(inst.counts()[0], 1);
    assert_clean_sqlite(&inst);
    assert_clean_log_and_tmp(&inst);
}

#[tokio::test]
async fn canary_never_reaches_postgres_logs_or_temp() {
    let Some(inst) = Instance::postgres_process(&[]) else {
        return;
    };
    submit_canaries(&inst).await;
    upload_canary_hashes(&inst).await;
    assert_eq!(inst.counts()[0], 1);
    assert_clean_pg(&inst);
    assert_clean_log_and_tmp(&inst);
}

/// A `pg_dump` of the instance's database holds ciphertext and no canary.
fn assert_clean_pg(inst: &Instance) {
    let out = std::process::Command::new("pg_dump")
        .arg("--dbname")
        .arg(&inst.db_url)
        .output()
        .expect("pg_dump runs (Debian postgresql-client)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.len() > 10_000, "the dump holds the ciphertext");
    assert!(!holds_canary(&out.stdout), "canary in pg_dump");
}

/// Messages to and from reviewers: a reviewer's message and internal note posted to the
/// console as the browser does (sealed here with the Rust side of the same format), and the
/// reporter's answer through the follow-up form; each holds the canary.
async fn converse_with_canaries(inst: &Instance) {
    use crate::console::{enrolled, login};
    use crate::console_cases::inbox_html;
    let receipt = submit_ok(inst, &with(&good_fields(), "recipients", "EUIPO"), &[]).await;
    let mut rev = enrolled(inst, "EUIPO", "vera").await;
    let cookie = login(inst, &mut rev).await;
    let csrf = csrf_in(&inbox_html(inst, &cookie, "en").await);
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(&receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap();
    // Vera signs with the development EUIPO reviewer's signing key, which the shared keyring
    // names: the reporter's page shows only messages signed by a keyring reviewer.
    let signing = reviewer_signing_key(envelope::Body::Euipo);
    let vera = storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
        &mut c,
        storage::accounts::Lookup::Name("vera"),
    )
    .unwrap()
    .unwrap();
    storage::accounts::set_reviewer_signing_key(
        &mut c,
        vera.id,
        Some((&signing.public_key().unwrap().0, "{}")),
    )
    .unwrap();
    let rid = envelope::unhex::<16>(&report.id).unwrap();
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let euipo: Vec<envelope::PublicKey> = keyring
        .recipients(&[envelope::Body::Euipo])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    let to_reporter = [vec![envelope::PublicKey(report.reporter_pk)], euipo.clone()].concat();
    let text = serde_json::json!({"v": 1, "text": CANARY, "attachments": []}).to_string();
    for (kind, keys) in [
        (envelope::Kind::Message, &to_reporter),
        (envelope::Kind::Note, &euipo),
    ] {
        let id = envelope::random_id();
        let env = envelope::Envelope::seal(kind, id, text.as_bytes(), keys)
            .unwrap()
            .to_bytes();
        let sig = envelope::signature::sign_message(&signing, &rid, &id, &env).unwrap();
        // The message acknowledges the report (status and message in one transaction).
        let ack = if kind == envelope::Kind::Message {
            "?acknowledge=1"
        } else {
            ""
        };
        let resp = client()
            .post(inst.url(&format!("/console/reports/{}/messages{ack}", report.id)))
            .header(reqwest::header::COOKIE, &cookie)
            .header("X-CSRF-Token", &csrf)
            .header("Content-Type", "application/octet-stream")
            .header("X-Message-Signature", envelope::b64(&sig))
            .body(env)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), reqwest::StatusCode::OK);
    }
    let (_, html) = follow_up(inst, &receipt).await;
    assert!(
        html.contains(CANARY),
        "the reporter reads the reviewer's message"
    );
    let (status, _) = reply(inst, &html, &receipt, &format!("Answer: {CANARY}")).await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let all = storage::messages::list_messages(&mut c, &report.id, true).unwrap();
    assert_eq!(all.len(), 3);
    let now = storage::reports::find_report(&mut c, &report.id)
        .unwrap()
        .unwrap();
    assert_eq!(now.status, storage::Status::Acknowledged);
}

#[tokio::test]
async fn canary_in_messages_to_and_from_reviewers_sqlite() {
    let inst = Instance::sqlite_process(&[]);
    converse_with_canaries(&inst).await;
    assert_clean_sqlite(&inst);
    assert_clean_log_and_tmp(&inst);
}

#[tokio::test]
async fn canary_in_messages_to_and_from_reviewers_postgres() {
    let Some(inst) = Instance::postgres_process(&[]) else {
        return;
    };
    converse_with_canaries(&inst).await;
    assert_clean_pg(&inst);
    assert_clean_log_and_tmp(&inst);
}
