//! The case file to hand over (issue 17, point 7) and the refusal of reviewer messages nobody
//! would be shown. The case file route's rows of the authorization matrix are here too
//! (`casefile_rows`, run by `console_cases.rs`).
//!
//! Over HTTP: `POST /console/reports/{id}/messages` refuses (400, the translated error, nothing
//! stored) a message or note without a valid signature by a reviewer of the signed keyring —
//! from a reviewer with no signing key, or with one the keyring does not name — and stores the
//! same message signed by a keyring reviewer.
//!
//! In Chromium: a keyring reviewer opens a report with contact details, an attachment and a
//! conversation, marks a name, leaves the contact details redacted and downloads the case file:
//! it holds the fields, the conversation with its authors and verdicts, the SHA-256 of the
//! decrypted attachment (compared with one computed here from the known plaintext) and the
//! classification, and neither the marked name nor any of the contact details anywhere; the
//! audit log has the export with flags and a count only. Printing puts the same redacted case
//! file into the print view (the print stylesheet itself, which shows only that view on paper,
//! is not checked: WebDriver cannot switch the page to print media). A reviewer whose signing
//! key is not in the keyring is told so when sending, and nothing is stored.

use std::time::Duration;

use reqwest::header::COOKIE;
use reqwest::StatusCode;

use crate::browser::wait_text;
use crate::console::{enrolled, get_with, login, Rev, UNLOCK};
use crate::console_matrix::{row, Fixture, Row};
use crate::helpers::between;
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{client, follow_up, good_fields, reply, submit_ok, with};
use crate::webdriver::{self, login_in_browser, Browser};

const LONG: Duration = Duration::from_secs(120);
const UNSIGNED_EN: &str =
    "The message cannot be signed: your signing key is not in the signed keyring yet";
const UNSIGNED_DE: &str = "Die Nachricht kann nicht signiert werden";

fn report_by_receipt(inst: &Instance, receipt: &str) -> storage::reports::Report {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap()
}

fn message_count(inst: &Instance, report_id: &str) -> usize {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    storage::messages::list_messages(&mut c, report_id, true)
        .unwrap()
        .len()
}

fn reviewer_id(inst: &Instance, name: &str) -> i64 {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
        &mut c,
        storage::accounts::Lookup::Name(name),
    )
    .unwrap()
    .unwrap()
    .id
}

/// A reviewer message sealed to the reporter and the shared keyring's EUIPO keys.
fn sealed_message(report: &storage::reports::Report) -> ([u8; 16], Vec<u8>) {
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let mut to: Vec<envelope::PublicKey> = keyring
        .recipients(&[envelope::Body::Euipo])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    to.push(envelope::PublicKey(report.reporter_pk));
    let id = envelope::random_id();
    let text = br#"{"v":1,"text":"Which firewall was it?","attachments":[]}"#;
    let env = envelope::Envelope::seal(envelope::Kind::Message, id, text, &to).unwrap();
    (id, env.to_bytes())
}

async fn post_message(
    inst: &Instance,
    cookie: &str,
    csrf: &str,
    report_id: &str,
    lang: &str,
    bytes: Vec<u8>,
    signature: Option<&[u8]>,
) -> (StatusCode, String) {
    let mut req = client()
        .post(inst.url(&format!(
            "/console/reports/{report_id}/messages?lang={lang}"
        )))
        .header(COOKIE, cookie)
        .header("X-CSRF-Token", csrf)
        .header("Content-Type", "application/octet-stream")
        .body(bytes);
    if let Some(sig) = signature {
        req = req.header("X-Message-Signature", envelope::b64(sig));
    }
    let resp = req.send().await.unwrap();
    (resp.status(), resp.text().await.unwrap())
}

/// The case file's rows of the console's authorization matrix (run by `console_cases.rs`):
/// `POST /console/reports/{id}/casefile` logs an export with flags and a count only, for a
/// report the reviewer may open, with the session's CSRF token; `member` is a member-state
/// user's session (cookie, CSRF token).
pub(crate) fn casefile_rows(f: &Fixture<'_>, member: (&str, &str)) -> Vec<Row> {
    use StatusCode as S;
    let (e, b) = (f.e.id.as_str(), f.b.id.as_str());
    let none = "0123456789abcdef0123456789abcdef";
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let path = |id: &str| format!("/console/reports/{id}/casefile");
    fn form<'a>(
        csrf: &'a str,
        format: &'a str,
        parts: &'a str,
        terms: &'a str,
    ) -> [(&'static str, &'a str); 5] {
        [
            ("csrf", csrf),
            ("format", format),
            ("parts", parts),
            ("contact_redacted", "1"),
            ("redacted_terms", terms),
        ]
    }
    let (ce, cc) = (f.ce, f.cc);
    let (csrf_e, csrf_c) = (f.csrf_e, f.csrf_c);
    let ok = form(csrf_e, "html", "fields", "0");
    vec![
        row(
            "anonymous",
            None,
            "POST",
            &path(e),
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "forged",
            Some(f.forged),
            "POST",
            &path(e),
            &ok,
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(member.0),
            "POST",
            &path(e),
            &form(member.1, "html", "fields", "0"),
            S::SEE_OTHER,
            expired,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &path(e),
            &form("", "html", "fields", "0"),
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &path(e),
            &form(csrf_e, "pdf", "fields", "0"),
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &path(e),
            &form(csrf_e, "html", "fields,content", "0"),
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &path(e),
            &form(csrf_e, "print", "fields", "Alice"),
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &path(e),
            &form(csrf_e, "print", "fields,conversation", "2"),
            S::OK,
            None,
        ),
        row("EUIPO", ce, "POST", &path(none), &ok, S::NOT_FOUND, None),
        row(
            "EC3",
            cc,
            "POST",
            &path(e),
            &form(csrf_c, "html", "fields", "0"),
            S::NOT_FOUND,
            None,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &path(b),
            &form(csrf_c, "html", "fields", "0"),
            S::OK,
            None,
        ),
    ]
}

#[tokio::test]
async fn the_console_refuses_reviewer_messages_no_keyring_reviewer_signed() {
    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &with(&good_fields(), "recipients", "EUIPO"), &[]).await;
    let report = report_by_receipt(&inst, &receipt);
    let rid = envelope::unhex::<16>(&report.id).unwrap();
    let mut ada = enrolled(&inst, "EUIPO", "ada").await;
    let cookie = login(&inst, &mut ada).await;
    let page = get_with(
        &inst,
        &format!("/console/reports/{}?lang=en", report.id),
        &cookie,
    )
    .await
    .text()
    .await
    .unwrap();
    let csrf = between(&page, "data-csrf=\"", "\"").to_string();

    // Ada has no signing key: refused, in the reviewer's language, nothing stored.
    for (lang, text) in [("en", UNSIGNED_EN), ("de", UNSIGNED_DE)] {
        let (_, bytes) = sealed_message(&report);
        let (status, body) =
            post_message(&inst, &cookie, &csrf, &report.id, lang, bytes, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["error"]["code"], "unsigned", "{body}");
        assert!(
            json["error"]["message"].as_str().unwrap().contains(text),
            "{body}"
        );
    }
    assert_eq!(message_count(&inst, &report.id), 0);

    // A signing key of her own that the keyring does not name: her valid signature is still
    // refused, and so is a note.
    let own = envelope::SigningKey::generate();
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let pk = own.public_key().unwrap();
        storage::accounts::set_reviewer_signing_key(
            &mut c,
            reviewer_id(&inst, "ada"),
            Some((&pk.0, "{}")),
        )
        .unwrap();
    }
    let (mid, bytes) = sealed_message(&report);
    let sig = envelope::signature::sign_message(&own, &rid, &mid, &bytes).unwrap();
    let (status, body) =
        post_message(&inst, &cookie, &csrf, &report.id, "en", bytes, Some(&sig)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains(UNSIGNED_EN), "{body}");
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let euipo: Vec<envelope::PublicKey> = keyring
        .recipients(&[envelope::Body::Euipo])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    let note_id = envelope::random_id();
    let note = envelope::Envelope::seal(envelope::Kind::Note, note_id, b"{}", &euipo)
        .unwrap()
        .to_bytes();
    let sig = envelope::signature::sign_message(&own, &rid, &note_id, &note).unwrap();
    let (status, body) =
        post_message(&inst, &cookie, &csrf, &report.id, "en", note, Some(&sig)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(message_count(&inst, &report.id), 0);

    // With the signing key the keyring names for EUIPO's reviewer, the same message is stored.
    let keyring_key = reviewer_signing_key(envelope::Body::Euipo);
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let pk = keyring_key.public_key().unwrap();
        storage::accounts::set_reviewer_signing_key(
            &mut c,
            reviewer_id(&inst, "ada"),
            Some((&pk.0, "{}")),
        )
        .unwrap();
    }
    let (mid, bytes) = sealed_message(&report);
    let sig = envelope::signature::sign_message(&keyring_key, &rid, &mid, &bytes).unwrap();
    let (status, body) =
        post_message(&inst, &cookie, &csrf, &report.id, "en", bytes, Some(&sig)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(message_count(&inst, &report.id), 1);
}

/// Opens a report in the browser, unlocking the key if the page asks.
async fn open_report(b: &Browser, inst: &Instance, id: &str) {
    b.goto(&inst.url(&format!("/console/reports/{id}?lang=en")))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    crate::console_triage::unlock_if_asked(b, UNLOCK).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
}

const NAME: &str = "Jonas Lindqvist";
const PHONE: &str = "+45 20 30 40 50";
const EMAIL: &str = "security@example.dk";

#[tokio::test]
async fn a_redacted_case_file_is_built_in_the_browser_and_its_export_audited() {
    if !webdriver::available() {
        return;
    }
    let mut inst = Instance::sqlite_own_keys(&[]);
    let (mut rita, _, _) = crate::signed_messages::enrol_with_signing_key(&inst, "rita").await;
    // Ada's key pair is in the keyring (she can read), but she has no signing key.
    let mut ada: Rev = enrolled(&inst, "EUIPO", "ada").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();

    let narrative = format!(
        "Our engineer {NAME} saw the copy first; call him on {PHONE}. The drawings left by mail."
    );
    let fields = with(
        &with(
            &with(&good_fields(), "recipients", "EUIPO"),
            "contact",
            &format!("{EMAIL}, {PHONE}"),
        ),
        "narrative",
        &narrative,
    );
    let (_, plain) = webdriver::write_test_file(&inst.tmpdir, "evidence.bin", 70_000);
    let receipt = submit_ok(&inst, &fields, &[("evidence.bin", plain.clone())]).await;
    let report = report_by_receipt(&inst, &receipt);
    let digest = envelope::hex(&libsodium_rs::crypto_hash::sha256::hash(&plain));

    // Rita (a keyring reviewer) asks a question in the browser; the reporter answers with the
    // contact details again.
    let b = Browser::start().await;
    login_in_browser(&b, &inst, &mut rita).await;
    open_report(&b, &inst, &report.id).await;
    let question = format!("Could {} send us the mail logs?", NAME.to_lowercase());
    b.set_value("#message-text", &question).await;
    b.click(&b.find("#message-submit").await.unwrap()).await;
    wait_text(&b, "#message-1", "Could").await;
    let (_, html) = follow_up(&inst, &receipt).await;
    let answer = format!("Yes, he will write from {EMAIL} tomorrow.");
    let (status, _) = reply(&inst, &html, &receipt, &answer).await;
    assert_eq!(status, StatusCode::OK);
    open_report(&b, &inst, &report.id).await;
    wait_text(&b, "#message-2", "tomorrow").await;

    // The case file: the name marked, the contact details left redacted (the default).
    let contact_box = b.find("#casefile-redact-contact").await.unwrap();
    assert_eq!(b.property(&contact_box, "checked").await, true);
    b.set_value("#casefile-terms", &format!("  {NAME}  \n\n"))
        .await;
    let name = format!("casefile-{}.html", report.id);
    let _ = std::fs::remove_file(b.download_dir().join(&name));
    // By keyboard: from the terms, Tab reaches the download button and Enter presses it.
    b.execute("document.getElementById('casefile-terms').focus();", vec![])
        .await;
    b.keys(&webdriver::key::TAB.to_string()).await;
    let focused = b.execute("return document.activeElement.id;", vec![]).await;
    assert_eq!(focused, "casefile-download");
    b.keys(&webdriver::key::ENTER.to_string()).await;
    let file = String::from_utf8(b.downloaded(&name, LONG).await).unwrap();
    wait_text(&b, "#casefile-status", "The case file export was recorded").await;

    // What it holds.
    for want in [
        "Case file of report",
        report.id.as_str(),
        "CAD drawings of the pump impeller",
        "saw the copy first",
        "The drawings left by mail.",
        "mail logs?",
        "tomorrow.",
        "rita (EUIPO reviewer) (signature verified)",
        "The reporter",
        "evidence.bin (70000 B)",
        digest.as_str(),
        "Classification",
        "Standing of the report",
        "[REDACTED]",
        "Terms marked by the reviewer",
        "Content-Security-Policy",
    ] {
        assert!(
            file.contains(want),
            "{want} missing from the case file:\n{file}"
        );
    }
    assert!(!file.contains("<script"), "{file}");
    // What it must not hold, anywhere, in any letter case.
    let lower = file.to_lowercase();
    for gone in [
        "jonas",
        "lindqvist",
        EMAIL,
        PHONE,
        "20 30 40 50",
        "dk12345678",
    ] {
        assert!(
            !lower.contains(&gone.to_lowercase()),
            "{gone} in the case file:\n{file}"
        );
    }

    // "Print or save as PDF": the same case file alone in #casefile-view for the print
    // stylesheet, then the print dialog (replaced here by a function noting what it would
    // print, so that the headless browser does not wait on a dialog).
    b.execute(
        "window.__printed = null; window.print = () => { \
         window.__printed = document.body.classList.contains('casefile-printing') \
           ? document.getElementById('casefile-view').textContent : ''; };",
        vec![],
    )
    .await;
    b.click(&b.find("#casefile-print").await.unwrap()).await;
    let mut printed = serde_json::Value::Null;
    for _ in 0..600 {
        printed = b.execute("return window.__printed;", vec![]).await;
        if !printed.is_null() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let printed = printed
        .as_str()
        .expect("the print dialog was opened")
        .to_string();
    assert!(printed.contains(&digest), "{printed}");
    assert!(printed.contains("saw the copy first"), "{printed}");
    for gone in ["jonas", "lindqvist", EMAIL, PHONE] {
        assert!(
            !printed.to_lowercase().contains(gone),
            "{gone} printed: {printed}"
        );
    }

    // The audit log: the exports, with flags and a count only.
    let entries: Vec<storage::audit::AuditRecord> = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::audit::audit_entries(&mut c, 0, 10_000)
            .unwrap()
            .into_iter()
            .filter(|r| r.action == "report.casefile_exported")
            .collect()
    };
    assert_eq!(entries.len(), 2, "{entries:?}");
    let details: serde_json::Value = serde_json::from_str(&entries[0].detail).unwrap();
    assert_eq!(
        details,
        serde_json::json!({
            "format": "html",
            "parts": {"fields": true, "conversation": true, "attachments": true,
                      "classification": true},
            "contact_redacted": true,
            "redacted_terms": 1,
        })
    );
    let print: serde_json::Value = serde_json::from_str(&entries[1].detail).unwrap();
    assert_eq!(print["format"], "print");
    let row = format!("{entries:?}").to_lowercase();
    for gone in ["jonas", "lindqvist", "example.dk", "drawings"] {
        assert!(!row.contains(gone), "{gone} in the audit row: {row}");
    }

    // Ada, whose signing key the keyring does not name, is told so and nothing is stored.
    let before = message_count(&inst, &report.id);
    let b2 = Browser::start().await;
    login_in_browser(&b2, &inst, &mut ada).await;
    open_report(&b2, &inst, &report.id).await;
    b2.set_value("#message-text", "A question nobody would be shown.")
        .await;
    b2.click(&b2.find("#message-submit").await.unwrap()).await;
    wait_text(&b2, "#report-status-line", UNSIGNED_EN).await;
    b2.set_value("#note-text", "A note nobody would be shown.")
        .await;
    b2.click(&b2.find("#note-submit").await.unwrap()).await;
    wait_text(&b2, "#report-status-line", UNSIGNED_EN).await;
    assert_eq!(message_count(&inst, &report.id), before);
}
