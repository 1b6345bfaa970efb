//! `POST /followup/messages` as `multipart/form-data`: a client-sealed reply with attachment
//! streams (what `tsr-report reply --attach` sends). The envelope's recipients are checked as
//! for the plain reply; a bad part anywhere (not the envelope first, malformed stream, bad
//! id, an unknown part, too many files, wrong recipients) refuses the whole reply and stores
//! nothing, staged chunks included; a good one stores the message with its attachments. The
//! conversation (JSON and the page without JavaScript) shows the same Directive deadlines.

use std::time::{Duration, Instant};

use diesel::dsl::count_star;
use diesel::prelude::*;
use envelope::attachment::seal_attachment;
use envelope::{Body, Envelope, Kind, PublicKey, Receipt, SymmetricKey};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::Value;

use crate::instance::*;
use crate::intake::{client, csrf_in, good_fields, page, submit_ok};

fn staged_chunks(inst: &Instance) -> i64 {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    storage::schema::upload_chunks::table
        .select(count_star())
        .first(&mut *c)
        .unwrap()
}

/// Staged chunks of a refused reply are deleted off the request's path: wait for it.
fn wait_no_staged(inst: &Instance) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while staged_chunks(inst) != 0 {
        assert!(Instant::now() < deadline, "staged chunks left behind");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn stream(bytes: &[u8]) -> (SymmetricKey, Vec<u8>) {
    let key = SymmetricKey::generate();
    let s = seal_attachment(&key, bytes).unwrap();
    (key, s)
}

fn id() -> String {
    envelope::hex(&envelope::random_id())
}

#[tokio::test]
async fn a_client_sealed_reply_with_attachments_is_all_or_nothing() {
    all_or_nothing(Instance::sqlite(&[("MAX_FILES", "2")])).await;
}

#[tokio::test]
async fn a_client_sealed_reply_with_attachments_is_all_or_nothing_on_postgres() {
    // Skipped without a PostgreSQL server, except under CI=true (see `pg.rs`).
    if let Some(inst) = Instance::postgres(&[("MAX_FILES", "2")]) {
        all_or_nothing(inst).await;
    }
}

async fn all_or_nothing(inst: Instance) {
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let parsed = Receipt::parse(&receipt).unwrap();
    let token = envelope::b64(&parsed.signin_token().unwrap()[..]);
    let csrf = csrf_in(&page(&inst, "/followup").await);
    let resp = client()
        .post(inst.url("/followup/conversation?lang=en"))
        .form(&[("csrf", csrf.as_str()), ("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let conv: Value = resp.json().await.unwrap();
    let reply_csrf = conv["csrf"].as_str().unwrap().to_string();

    // Deadlines: 7 days after receipt, feedback 3 months after those; the page without
    // JavaScript shows the same days.
    let received: storage::Day = conv["received_day"].as_str().unwrap().parse().unwrap();
    let ack_due = storage::deadlines::add_days(&received, 7).unwrap();
    let feedback = storage::deadlines::add_months(&ack_due, 3).unwrap();
    assert_eq!(conv["deadlines"]["acknowledgement_due"], ack_due.as_str());
    assert_eq!(conv["deadlines"]["feedback_due"], feedback.as_str());
    assert!(conv["deadlines"]["acknowledged_day"].is_null());
    let csrf = csrf_in(&page(&inst, "/followup").await);
    let html = client()
        .post(inst.url("/followup?lang=en"))
        .form(&[("csrf", csrf.as_str()), ("receipt", receipt.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Acknowledgement due by"), "{html}");
    for day in [&ack_due, &feedback] {
        assert!(
            html.contains(&format!("datetime=\"{}\"", day.as_str())),
            "{html}"
        );
    }

    let me = parsed.reporter_keypair().unwrap();
    let keyring = keystore::load_keyring(keys_dir(), None).unwrap().0;
    let mut all: Vec<PublicKey> = keyring
        .recipients(&[Body::Euipo, Body::Ec3])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    all.push(me.public);
    let file = vec![7u8; 100_000];
    let (key, good_stream) = stream(&file);
    let att_id = id();
    let message = |to: &[PublicKey]| {
        let body = serde_json::json!({"v": 1, "text": "logs attached", "attachments": [{
            "id": att_id, "name": "vpn.log", "type": "text/plain", "size": file.len(),
            "key": key.to_b64().to_string(),
        }]});
        let mid = envelope::random_id();
        let env = Envelope::seal(Kind::Message, mid, body.to_string().as_bytes(), to).unwrap();
        (envelope::hex(&mid), env.to_bytes())
    };
    let part = |bytes: Vec<u8>, name: &str| Part::bytes(bytes).file_name(name.to_string());
    let post = |form: Form, csrf: &str| {
        let req = client()
            .post(inst.url("/followup/messages?lang=en"))
            .header("X-CSRF-Token", csrf)
            .header("X-Followup-Token", token.clone())
            .multipart(form);
        async move {
            let resp = req.send().await.unwrap();
            let status = resp.status();
            (status, resp.text().await.unwrap())
        }
    };
    let nothing_stored = |what: &str| {
        let counts = inst.counts();
        assert_eq!((counts[2], counts[4]), (0, 0), "{what}: something stored");
        wait_no_staged(&inst);
    };

    let (_, env) = message(&all);
    let cases: Vec<(&str, Form, StatusCode)> = vec![
        (
            "an attachment before the envelope",
            Form::new()
                .part("attachment", part(good_stream.clone(), &att_id))
                .part("envelope", part(env.clone(), "envelope")),
            StatusCode::BAD_REQUEST,
        ),
        (
            "sealed to the reporter alone",
            Form::new()
                .part("envelope", part(message(&[me.public]).1, "envelope"))
                .part("attachment", part(good_stream.clone(), &att_id)),
            StatusCode::BAD_REQUEST,
        ),
        (
            "a malformed stream after a good one",
            Form::new()
                .part("envelope", part(env.clone(), "envelope"))
                .part("attachment", part(good_stream.clone(), &att_id))
                .part("attachment", part(b"TSX9 not a stream".to_vec(), &id())),
            StatusCode::BAD_REQUEST,
        ),
        (
            "a stream cut inside its prefix",
            Form::new()
                .part("envelope", part(env.clone(), "envelope"))
                .part("attachment", part(good_stream[..10].to_vec(), &att_id)),
            StatusCode::BAD_REQUEST,
        ),
        (
            "an attachment id that is not one",
            Form::new()
                .part("envelope", part(env.clone(), "envelope"))
                .part("attachment", part(good_stream.clone(), "../../etc/passwd")),
            StatusCode::BAD_REQUEST,
        ),
        (
            "the same id twice",
            Form::new()
                .part("envelope", part(env.clone(), "envelope"))
                .part("attachment", part(good_stream.clone(), &att_id))
                .part("attachment", part(good_stream.clone(), &att_id)),
            StatusCode::BAD_REQUEST,
        ),
        (
            "an unknown part after a staged attachment",
            Form::new()
                .part("envelope", part(env.clone(), "envelope"))
                .part("attachment", part(good_stream.clone(), &att_id))
                .text("text", "a plain text field"),
            StatusCode::BAD_REQUEST,
        ),
        (
            "more files than MAX_FILES",
            Form::new()
                .part("envelope", part(env.clone(), "envelope"))
                .part("attachment", part(good_stream.clone(), &id()))
                .part("attachment", part(good_stream.clone(), &id()))
                .part("attachment", part(good_stream.clone(), &id())),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
    ];
    for (what, form, expected) in cases {
        let (status, body) = post(form, &reply_csrf).await;
        assert_eq!(status, expected, "{what}: {body}");
        let err: Value = serde_json::from_str(&body).unwrap();
        assert!(err["error"]["message"].is_string(), "{what}: {body}");
        nothing_stored(what);
    }
    // A wrong CSRF token: refused before anything is read.
    let form = Form::new().part("envelope", part(env.clone(), "envelope"));
    let (status, _) = post(form, "not-a-token").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    nothing_stored("a wrong CSRF token");

    // The good reply: the message and its attachment, the stream stored as sent.
    let (mid, env) = message(&all);
    let form = Form::new()
        .part("envelope", part(env, "envelope"))
        .part("attachment", part(good_stream.clone(), &att_id));
    let (status, body) = post(form, &reply_csrf).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["attachments"], 1);
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let stored = storage::reports::attachments_for_message(&mut c, &mid).unwrap();
    assert_eq!(stored.len(), 1);
    let chunks = storage::reports::attachment_chunks(&mut c, &att_id).unwrap();
    let opened = envelope::attachment::open_attachment(&key, &chunks.concat()).unwrap();
    assert_eq!(&opened[..], &file[..]);
    wait_no_staged(&inst);

    // The same ids again (a replayed reply): refused, nothing more stored.
    let form = Form::new()
        .part("envelope", part(message(&all).1, "envelope"))
        .part("attachment", part(good_stream, &att_id));
    let (status, body) = post(form, &reply_csrf).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!((inst.counts()[2], inst.counts()[4]), (1, 1));
    wait_no_staged(&inst);
}
