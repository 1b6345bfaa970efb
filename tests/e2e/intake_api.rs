//! The intake's JSON API over plain HTTP, with envelopes built in Rust (what the browser's
//! script and `tsr-report` send): a valid submission is stored as ciphertext, and every
//! structural fault is refused with nothing stored.

use std::time::Duration;

use domain::report::{validate, AttachmentRef, RawReport};
use envelope::attachment::{open_attachment, seal_attachment};
use envelope::{stats, Body, Envelope, KeyPair, Kind, PublicKey, Receipt, SymmetricKey};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::browser::this_month;
use crate::instance::*;
use crate::intake::*;

/// A browser-style submission built in Rust, to be spoiled one part at a time.
#[derive(Clone)]
struct Submission {
    csrf: Option<String>,
    pow: Option<String>,
    recipients: Vec<String>,
    envelope: Vec<u8>,
    stats: Vec<u8>,
    reporter_pk: String,
    receipt_lookup: String,
    attachments: Vec<(String, Vec<u8>)>,
}

fn keyring() -> envelope::Keyring {
    keystore::load_keyring(keys_dir(), None).unwrap().0
}

fn keys_of(bodies: &[Body]) -> Vec<PublicKey> {
    keyring()
        .recipients(bodies)
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect()
}

pub(crate) async fn fresh_pow(inst: &Instance) -> String {
    let c: server::intake::pow::Challenge = client()
        .get(inst.url("/api/v1/pow"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let challenge = envelope::unb64(&c.challenge, "challenge").unwrap();
    let nonce = server::intake::pow::solve(&challenge, c.difficulty);
    serde_json::to_string(&server::intake::pow::Solution {
        challenge: c.challenge,
        difficulty: c.difficulty,
        expires: c.expires,
        token: c.token,
        nonce: envelope::b64(&nonce),
    })
    .unwrap()
}

fn seal_report(plaintext: &[u8], kind: Kind, keys: &[PublicKey]) -> (String, Vec<u8>) {
    let id = envelope::random_id();
    let env = Envelope::seal(kind, id, plaintext, keys).unwrap();
    (envelope::hex(&id), env.to_bytes())
}

/// A valid submission to both bodies with one attachment of `file`.
async fn valid(inst: &Instance, file: &[u8]) -> Submission {
    let csrf = csrf_in(&page(inst, "/report").await);
    let mut raw = RawReport::default();
    for (k, v) in good_fields() {
        let v = v.to_string();
        match k {
            "recipients" => raw.recipients.push(v),
            "member_state" => raw.member_state = v,
            "sector" => raw.sector = v,
            "incident_class" => raw.incident_class = v,
            "attack_vector" => raw.attack_vector = v,
            "actor_type" => raw.actor_type = v,
            "incident_month" => raw.incident_month = v,
            "detection_month" => raw.detection_month = v,
            "loss_eur" => raw.loss_eur = v,
            "jobs_at_risk" => raw.jobs_at_risk = v,
            "what_taken" => raw.what_taken = v,
            "narrative" => raw.narrative = v,
            "contact" => raw.contact = v,
            "organisation_id" => raw.organisation_id = v,
            "consent" => raw.consent = v,
            "language" => raw.language = v,
            _ => unreachable!(),
        }
    }
    let (month, quarter) = this_month();
    let fields = validate(&raw, month).unwrap();
    let key = SymmetricKey::generate();
    let att_id = envelope::hex(&envelope::random_id());
    let stream = seal_attachment(&key, file).unwrap();
    let refs = vec![AttachmentRef {
        id: att_id.clone(),
        name: "plan.pdf".into(),
        media_type: "application/pdf".into(),
        size: file.len() as u64,
        key_b64: key.to_b64().to_string(),
    }];
    let plaintext = serde_json::to_vec(&fields.report_json(&refs)).unwrap();
    let (id, env) = seal_report(
        &plaintext,
        Kind::Report,
        &keys_of(&[Body::Euipo, Body::Ec3]),
    );
    let record = serde_json::to_vec(&fields.stats_record(&id, quarter)).unwrap();
    let sealed_stats = stats::seal_record(&record, &keyring().anonymizer_key().unwrap()).unwrap();
    let receipt = Receipt::generate();
    Submission {
        csrf: Some(csrf),
        pow: Some(fresh_pow(inst).await),
        recipients: vec!["EUIPO".into(), "EC3".into()],
        envelope: env,
        stats: sealed_stats,
        reporter_pk: receipt.reporter_keypair().unwrap().public.to_b64(),
        receipt_lookup: envelope::b64(&receipt.lookup_hash().unwrap()),
        attachments: vec![(att_id, stream)],
    }
}

async fn post(inst: &Instance, s: &Submission) -> (StatusCode, Value) {
    let mut form = Form::new();
    if let Some(t) = &s.csrf {
        form = form.text("csrf", t.clone());
    }
    if let Some(p) = &s.pow {
        form = form.text("pow", p.clone());
    }
    for r in &s.recipients {
        form = form.text("recipients", r.clone());
    }
    form = form
        .text("reporter_pk", s.reporter_pk.clone())
        .text("receipt_lookup", s.receipt_lookup.clone())
        .part(
            "envelope",
            Part::bytes(s.envelope.clone()).file_name("envelope"),
        )
        .part("stats", Part::bytes(s.stats.clone()).file_name("stats"));
    for (id, stream) in &s.attachments {
        form = form.part(
            "attachment",
            Part::bytes(stream.clone()).file_name(id.clone()),
        );
    }
    let resp = client()
        .post(inst.url("/api/v1/reports?lang=en"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let body = resp.json().await.unwrap_or(Value::Null);
    (status, body)
}

/// Sends `s`, expects a 4xx JSON error and nothing stored, and the reason in the server log.
async fn refused(inst: &Instance, what: &str, s: &Submission, reason: &str) -> StatusCode {
    let before = inst.counts();
    let (status, body) = post(inst, s).await;
    assert!(status.is_client_error(), "{what}: {status} {body}");
    assert!(body["error"]["code"].is_string(), "{what}: {body}");
    assert!(
        !body["error"]["message"].as_str().unwrap_or("").is_empty(),
        "{what}: {body}"
    );
    assert_eq!(inst.counts(), before, "{what}: nothing stored");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !inst.log().contains(reason) {
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: log lacks {reason:?}\n{}",
            inst.log()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    status
}

fn file_of(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 253) as u8).collect()
}

#[tokio::test]
async fn the_api_stores_a_browser_sealed_report() {
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let info: Value = client()
        .get(inst.url("/api/v1/intake?lang=da"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["max_files"], 10);
    assert_eq!(info["bounds"]["max_narrative_chars"], 20_000);
    assert!(info["messages"]["too_many_files"]
        .as_str()
        .unwrap()
        .contains("højst"));
    let fields = &info["messages"]["fields"];
    assert!(fields["consent"].as_str().unwrap().starts_with("Sæt kryds"));
    assert!(info["messages"]["too_long"]["narrative"]
        .as_str()
        .unwrap()
        .contains("20"));
    // One summary title per possible count: every field of the form, indicators included.
    assert_eq!(info["messages"]["summary"].as_array().unwrap().len(), 23);
    // Indicator messages carry `{line}` for the browser to fill in.
    assert_eq!(
        info["messages"]["indicators"]["indicator-ip"],
        "Linje {line} er ikke en IP-adresse eller et CIDR-interval."
    );
    assert!(info["messages"]["indicators"]["indicator-count"]
        .as_str()
        .unwrap()
        .contains("100"));
    let pow: Value = client()
        .get(inst.url("/api/v1/pow"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pow["difficulty"], 8);

    let file = file_of(200_000);
    let s = valid(&inst, &file).await;
    let (status, body) = post(&inst, &s).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["id"].as_str().unwrap();
    let env = Envelope::parse(&s.envelope).unwrap();
    assert_eq!(id, envelope::hex(&env.id));
    assert_eq!(inst.counts(), [1, 4, 1, 1, 0]);

    let db = inst.db();
    let mut c = db.conn().unwrap();
    let report = storage::reports::find_report(&mut c, id).unwrap().unwrap();
    assert_eq!(report.sealed_by, storage::SealedBy::Browser);
    assert_eq!(report.envelope, s.envelope);
    let plain = Envelope::parse(&report.envelope)
        .unwrap()
        .open(
            Kind::Report,
            &envelope::unhex::<16>(&report.id).unwrap(),
            reviewer_key(Body::Ec3),
        )
        .unwrap();
    let json: Value = serde_json::from_slice(&plain).unwrap();
    let att = &json["attachments"][0];
    let chunks = storage::reports::attachment_chunks(&mut c, att["id"].as_str().unwrap()).unwrap();
    assert_eq!(chunks.concat(), s.attachments[0].1, "stored as sent");
    assert_eq!(chunks.len(), 1 + 4);
    let key = SymmetricKey::from_b64(att["key"].as_str().unwrap()).unwrap();
    assert!(open_attachment(&key, &chunks.concat()).unwrap()[..] == file[..]);
    let slots = storage::reports::slots_for_report(&mut c, id).unwrap();
    assert_eq!(slots.len(), 4);
    assert_eq!(
        slots
            .iter()
            .filter(|s| s.body == storage::Body::Euipo)
            .count(),
        2
    );

    // The receipt's lookup hash finds it, so the follow-up page works as for any report.
    let lookup: [u8; 32] = envelope::unb64(&s.receipt_lookup, "lookup")
        .unwrap()
        .try_into()
        .unwrap();
    assert!(
        storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn the_api_refuses_every_structural_fault_and_stores_nothing() {
    let inst = Instance::sqlite_process(&[("POW_BITS", "8"), ("MAX_FILE_MB", "1")]);
    let file = file_of(1000);
    let both = keys_of(&[Body::Euipo, Body::Ec3]);

    let mut s = valid(&inst, &file).await;
    s.csrf = None;
    assert_eq!(
        refused(&inst, "missing CSRF", &s, "csrf token missing or invalid").await,
        StatusCode::BAD_REQUEST
    );
    let mut s = valid(&inst, &file).await;
    s.csrf = Some("99999999999.AAAA".into());
    refused(&inst, "invalid CSRF", &s, "csrf token missing or invalid").await;

    let mut s = valid(&inst, &file).await;
    s.pow = None;
    refused(&inst, "missing proof of work", &s, "proof of work missing").await;
    let mut s = valid(&inst, &file).await;
    let mut p: Value = serde_json::from_str(s.pow.as_ref().unwrap()).unwrap();
    let challenge = envelope::unb64(p["challenge"].as_str().unwrap(), "c").unwrap();
    let wrong = (0u64..)
        .map(u64::to_be_bytes)
        .find(|n| !server::intake::pow::solves(&challenge, n, 8))
        .unwrap();
    p["nonce"] = json!(envelope::b64(&wrong));
    s.pow = Some(p.to_string());
    refused(
        &inst,
        "unsolved proof of work",
        &s,
        "proof of work not solved",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    let mut p: Value = serde_json::from_str(s.pow.as_ref().unwrap()).unwrap();
    p["difficulty"] = json!(9);
    s.pow = Some(p.to_string());
    refused(
        &inst,
        "proof of work with a forged difficulty",
        &s,
        "proof of work token invalid",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    s.pow = Some("{\"nonce\": 1}".into());
    refused(
        &inst,
        "malformed proof of work",
        &s,
        "proof of work malformed",
    )
    .await;

    // A replayed proof of work, with a fresh report.
    let first = valid(&inst, &file).await;
    let (status, body) = post(&inst, &first).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let mut s = valid(&inst, &file).await;
    s.pow = first.pow.clone();
    refused(
        &inst,
        "replayed proof of work",
        &s,
        "proof of work replayed",
    )
    .await;
    assert_eq!(inst.counts(), [1, 4, 1, 1, 0]);

    let plaintext = br#"{"v":1}"#;
    let mut s = valid(&inst, &file).await;
    s.envelope = seal_report(plaintext, Kind::Report, &both[1..]).1;
    refused(
        &inst,
        "a slot missing",
        &s,
        "recipient slots differ from the keyring",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    let mut extra = both.clone();
    extra.push(KeyPair::generate().public);
    s.envelope = seal_report(plaintext, Kind::Report, &extra).1;
    refused(
        &inst,
        "an extra slot",
        &s,
        "recipient slots differ from the keyring",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    s.recipients = vec!["EUIPO".into()];
    refused(
        &inst,
        "slots for a body not chosen",
        &s,
        "recipient slots differ from the keyring",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    s.recipients = vec!["EUIPO".into()];
    s.envelope = seal_report(plaintext, Kind::Report, &keys_of(&[Body::Ec3])).1;
    refused(
        &inst,
        "only the other body's keys",
        &s,
        "recipient slots differ from the keyring",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    s.recipients = vec!["EUIPO".into(), "EUROPOL".into()];
    refused(&inst, "an unknown recipient", &s, "unknown recipient").await;

    let mut s = valid(&inst, &file).await;
    s.envelope.truncate(s.envelope.len() - 1);
    refused(&inst, "a malformed envelope", &s, "envelope malformed").await;
    let mut s = valid(&inst, &file).await;
    s.envelope = seal_report(plaintext, Kind::Message, &both).1;
    refused(&inst, "a message envelope", &s, "envelope is not a report").await;

    let mut s = valid(&inst, &file).await;
    s.stats.truncate(100);
    refused(&inst, "bad statistics framing", &s, "stats malformed").await;
    let mut s = valid(&inst, &file).await;
    s.stats[0] = b'X';
    refused(&inst, "statistics with a bad magic", &s, "stats malformed").await;

    let mut s = valid(&inst, &file).await;
    let stream = &mut s.attachments[0].1;
    stream.truncate(envelope::attachment::PREFIX_BYTES);
    refused(
        &inst,
        "an attachment stream with no chunk",
        &s,
        "attachment stream malformed",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    let stream = &mut s.attachments[0].1;
    stream.truncate(envelope::attachment::PREFIX_BYTES + 10);
    refused(
        &inst,
        "a truncated attachment stream",
        &s,
        "attachment stream malformed",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    s.attachments[0].0 = "../../etc/passwd".into();
    refused(
        &inst,
        "an attachment id that is not hex",
        &s,
        "attachment id malformed",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    let dup = s.attachments[0].clone();
    s.attachments.push(dup);
    refused(
        &inst,
        "the same attachment twice",
        &s,
        "attachment id twice",
    )
    .await;

    // Over the 1 MB cap. The server sees padded sizes only, so it holds the cap to the cap's
    // bucket (18 chunks): the first length stored in the next bucket is refused.
    let mut s = valid(&inst, &file).await;
    let over = 18 * envelope::attachment::CHUNK_PLAINTEXT;
    assert!(
        envelope::attachment::stream_len(over as u64 - 1)
            == envelope::attachment::stream_len(1024 * 1024)
            && envelope::attachment::stream_len(over as u64)
                > envelope::attachment::stream_len(1024 * 1024)
    );
    let big = seal_attachment(&SymmetricKey::generate(), &file_of(over)).unwrap();
    s.attachments[0].1 = big;
    assert_eq!(
        refused(
            &inst,
            "an attachment over the cap",
            &s,
            "attachment too large"
        )
        .await,
        StatusCode::PAYLOAD_TOO_LARGE
    );

    let mut s = valid(&inst, &file).await;
    s.reporter_pk = "not base64!".into();
    refused(
        &inst,
        "bad Base64 in reporter_pk",
        &s,
        "reporter_pk invalid",
    )
    .await;
    let mut s = valid(&inst, &file).await;
    s.receipt_lookup = envelope::b64(&[1u8; 31]);
    refused(
        &inst,
        "a short receipt lookup",
        &s,
        "receipt_lookup invalid",
    )
    .await;

    // Not multipart at all.
    let resp = client()
        .post(inst.url("/api/v1/reports"))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], "bad_request");

    assert_eq!(inst.counts(), [1, 4, 1, 1, 0], "only the one valid report");
}
