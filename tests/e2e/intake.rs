//! The reporter's no-JavaScript path over HTTP: a complete submission opened with the
//! reviewer's key, follow-up and reply with the receipt, and every bad input refused with a
//! clear message and nothing stored.

use envelope::attachment::open_attachment;
use envelope::{Body, Envelope, SymmetricKey};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;

use crate::instance::*;

/// An HTTP client that does not follow redirects. One per test thread, built once: building a
/// client loads the TLS root store (reqwest has native-tls through `tsr-admin`'s webhooks), about
/// 50 ms a time, which throttled the flood of `intake_abuse` to 50 requests a second. No idle
/// connections are kept, so a restarted server is never reached through a stale one.
pub fn client() -> reqwest::Client {
    thread_local! {
        static CLIENT: reqwest::Client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(0)
            .build()
            .unwrap();
    }
    CLIENT.with(reqwest::Client::clone)
}

/// The value of the hidden `csrf` field in a page.
pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

pub async fn page(inst: &Instance, path: &str) -> String {
    let resp = client().get(inst.url(path)).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK, "GET {path}");
    resp.text().await.unwrap()
}

pub fn good_fields() -> Vec<(&'static str, String)> {
    vec![
        ("recipients", "EUIPO".into()),
        ("recipients", "EC3".into()),
        ("member_state", "DK".into()),
        ("sector", "C".into()),
        (
            "incident_class",
            "information-content-security:unauthorised-information-access".into(),
        ),
        ("attack_vector", "social.email".into()),
        ("actor_type", "competitor".into()),
        ("incident_month", "2026-03".into()),
        ("detection_month", "2026-05".into()),
        ("loss_eur", "250 000".into()),
        ("jobs_at_risk", "12".into()),
        ("what_taken", "CAD drawings of the pump impeller".into()),
        (
            "narrative",
            "A spear-phishing mail to our design office led to a stolen VPN password.".into(),
        ),
        ("contact", "security@example.dk".into()),
        ("organisation_id", "DK12345678".into()),
        ("consent", "yes".into()),
        ("language", "en".into()),
    ]
}

pub fn with(
    fields: &[(&'static str, String)],
    name: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = fields.iter().filter(|(k, _)| *k != name).cloned().collect();
    out.push((name, value.to_string()));
    out
}

pub fn without(fields: &[(&'static str, String)], name: &str) -> Vec<(&'static str, String)> {
    fields.iter().filter(|(k, _)| *k != name).cloned().collect()
}

pub async fn post_report(
    inst: &Instance,
    csrf: Option<&str>,
    fields: &[(&'static str, String)],
    files: &[(&str, Vec<u8>)],
) -> (StatusCode, String) {
    let mut form = Form::new();
    if let Some(token) = csrf {
        form = form.text("csrf", token.to_string());
    }
    for (k, v) in fields {
        form = form.text(*k, v.clone());
    }
    for (name, bytes) in files {
        form = form.part(
            "attachment",
            Part::bytes(bytes.clone())
                .file_name(name.to_string())
                .mime_str("application/octet-stream")
                .unwrap(),
        );
    }
    let resp = client()
        .post(inst.url("/report?lang=en"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.text().await.unwrap())
}

pub async fn submit_ok(
    inst: &Instance,
    fields: &[(&'static str, String)],
    files: &[(&str, Vec<u8>)],
) -> String {
    let token = csrf_in(&page(inst, "/report").await);
    let (status, body) = post_report(inst, Some(&token), fields, files).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    receipt_in(&body)
}

pub fn receipt_in(html: &str) -> String {
    let marker = "id=\"receipt\">";
    let start = html.find(marker).expect("confirmation shows the receipt") + marker.len();
    html[start..].split('<').next().unwrap().trim().to_string()
}

fn file_bytes(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

async fn complete_submission_opens_with_the_reviewer_key(inst: Instance) {
    // 2.5 MB: sealed in several 1 MiB batches on the blocking pool, the last one partial.
    let attachment = file_bytes(2_500_000);
    let receipt = submit_ok(
        &inst,
        &good_fields(),
        &[("impeller.dwg", attachment.clone())],
    )
    .await;
    assert_eq!(receipt.len(), 29);

    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(&receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap();
    assert_eq!(report.sealed_by, storage::SealedBy::Server);
    assert!(report.to_euipo && report.to_ec3);
    assert_eq!(report.received_day, storage::Day::today());

    // Both bodies' reviewers open it and find the exact text.
    let env = Envelope::parse(&report.envelope).unwrap();
    for body in [Body::Euipo, Body::Ec3] {
        let plain = env
            .open(
                envelope::Kind::Report,
                &envelope::unhex::<16>(&report.id).unwrap(),
                reviewer_key(body),
            )
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
        assert_eq!(json["fields"]["narrative"], good_fields()[12].1);
        assert_eq!(json["fields"]["loss_eur"], 250_000);
        assert_eq!(json["fields"]["organisation_id"], "DK12345678");
    }
    // The attachment decrypts to the exact bytes with the key listed in the report.
    let plain = env
        .open(
            envelope::Kind::Report,
            &envelope::unhex::<16>(&report.id).unwrap(),
            reviewer_key(Body::Ec3),
        )
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    let att = &json["attachments"][0];
    assert_eq!(att["name"], "impeller.dwg");
    assert_eq!(att["size"], 2_500_000);
    let key = SymmetricKey::from_b64(att["key"].as_str().unwrap()).unwrap();
    let stream: Vec<u8> = storage::reports::attachment_chunks(&mut c, att["id"].as_str().unwrap())
        .unwrap()
        .concat();
    assert_eq!(
        &open_attachment(&key, &stream).unwrap()[..],
        &attachment[..]
    );

    // The statistics record opens with the anonymizer key and holds no narrative.
    let records = storage::stats::stats_records_for_report(&mut c, &report.id).unwrap();
    assert_eq!(records.len(), 1);
    let rec = envelope::stats::open_record(&records[0].sealed, anonymizer_key()).unwrap();
    let rec: serde_json::Value = serde_json::from_slice(&rec).unwrap();
    assert_eq!(rec["member_state"], "DK");
    assert_eq!(rec["source"], "reporter");
    assert!(!String::from_utf8_lossy(&records[0].sealed).contains("phishing"));
    assert!(rec.get("narrative").is_none());
}

#[tokio::test]
async fn complete_submission_sqlite() {
    complete_submission_opens_with_the_reviewer_key(Instance::sqlite(&[])).await;
}

#[tokio::test]
async fn complete_submission_postgres() {
    if let Some(inst) = Instance::postgres(&[]) {
        complete_submission_opens_with_the_reviewer_key(inst).await;
    }
}

pub async fn follow_up(inst: &Instance, receipt: &str) -> (StatusCode, String) {
    let token = csrf_in(&page(inst, "/followup").await);
    let resp = client()
        .post(inst.url("/followup?lang=en"))
        .form(&[("csrf", token.as_str()), ("receipt", receipt)])
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.text().await.unwrap())
}

pub async fn reply(
    inst: &Instance,
    conversation_html: &str,
    receipt: &str,
    text: &str,
) -> (StatusCode, String) {
    let form = Form::new()
        .text("csrf", csrf_in(conversation_html))
        .text("receipt", receipt.to_string())
        .text("text", text.to_string());
    let resp = client()
        .post(inst.url("/followup/reply?lang=en"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.text().await.unwrap())
}

#[tokio::test]
async fn follow_up_reads_reviewer_messages_and_sends_a_reply() {
    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;

    // Typed loosely: lower case, spaces instead of dashes.
    let typed = receipt.to_lowercase().replace('-', " ");
    let (status, html) = follow_up(&inst, &typed).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Received, not yet acknowledged"));
    assert!(html.contains("No messages yet"));

    // A reviewer's question, sealed to the reporter key as the console will do.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let r = envelope::Receipt::parse(&receipt).unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &r.lookup_hash().unwrap())
        .unwrap()
        .unwrap();
    let question = br#"{"v":1,"text":"Which VPN product do you use?","attachments":[]}"#;
    let id = envelope::random_id();
    let env = Envelope::seal(
        envelope::Kind::Message,
        id,
        question,
        &[
            envelope::PublicKey(report.reporter_pk),
            reviewer_key(Body::Euipo).public,
        ],
    )
    .unwrap();
    crate::instance::insert_signed_message(
        &mut c,
        &storage::messages::NewMessage {
            id: envelope::hex(&id),
            report_id: report.id.clone(),
            author: storage::Author::Reviewer,
            reviewer_id: None,
            envelope: env.to_bytes(),
            created_day: storage::Day::today(),
            attachments: vec![],
        },
        Body::Euipo,
    );

    let (_, html) = follow_up(&inst, &receipt).await;
    assert!(html.contains("Which VPN product do you use?"), "{html}");

    let (status, html) = reply(&inst, &html, &receipt, "FortiGate 60F, firmware 7.2").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Your message was encrypted and sent."));
    assert!(html.contains("FortiGate 60F, firmware 7.2"));

    // The reviewers read the answer with their own key.
    let msgs = storage::messages::list_messages(&mut c, &report.id, false).unwrap();
    assert_eq!(msgs.len(), 2);
    assert_eq!(msgs[1].author, storage::Author::Reporter);
    for body in [Body::Euipo, Body::Ec3] {
        let id = envelope::unhex::<16>(&msgs[1].id).unwrap();
        let plain = Envelope::parse(&msgs[1].envelope)
            .unwrap()
            .open(envelope::Kind::Message, &id, reviewer_key(body))
            .unwrap();
        assert!(String::from_utf8_lossy(&plain).contains("FortiGate 60F"));
    }

    // An empty reply is refused and nothing is stored.
    let (status, html2) = reply(&inst, &html, &receipt, "   ").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html2.contains("Write a message or attach a file"));
    assert_eq!(
        storage::messages::list_messages(&mut c, &report.id, false)
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn a_wrong_receipt_gets_the_same_slow_answer() {
    let inst = Instance::sqlite(&[]);
    submit_ok(&inst, &good_fields(), &[]).await;
    let fresh = envelope::Receipt::generate();
    for attempt in [fresh.display().to_string(), "not a receipt".to_string()] {
        let started = std::time::Instant::now();
        let (status, html) = follow_up(&inst, &attempt).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains("No report matches this receipt code"));
        assert!(started.elapsed() >= std::time::Duration::from_millis(400));
    }
}

#[tokio::test]
async fn the_receipt_downloads_as_a_text_file() {
    let inst = Instance::sqlite(&[]);
    let token = csrf_in(&page(&inst, "/report").await);
    let (_, confirmation) = post_report(&inst, Some(&token), &good_fields(), &[]).await;
    let receipt = receipt_in(&confirmation);
    let marker = "name=\"csrf\" value=\"";
    let start = confirmation.find(marker).unwrap() + marker.len();
    let csrf = confirmation[start..].split('"').next().unwrap();
    let resp = client()
        .post(inst.url("/receipt.txt"))
        .form(&[("csrf", csrf), ("receipt", receipt.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    assert!(resp.text().await.unwrap().contains(&receipt));
}
