//! The follow-up with JavaScript keeps the receipt in the browser (issue 14, point 5), in
//! headless Chromium: the page derives the reporter's key pair and a sign-in token from the
//! receipt, reads a reviewer's question, and seals the reply itself. Every request the page
//! makes is recorded; none carries the receipt in any form, and the server holds the reply
//! sealed to the reporter and the reviewers.

use std::time::Duration;

use envelope::{Body, Envelope, Kind, PublicKey, Receipt};
use serde_json::Value;

use crate::browser::wait_text;
use crate::instance::*;
use crate::intake::{good_fields, submit_ok};
use crate::webdriver::{self, Browser};

const LONG: Duration = Duration::from_secs(120);

/// Records what the page sends with `fetch`: URL, headers and body of each call.
const RECORD_REQUESTS: &str = r#"
window.__sent = [];
const original = window.fetch;
window.fetch = function (url, options) {
  const o = options || {};
  let body = '';
  if (typeof o.body === 'string') body = o.body;
  else if (o.body instanceof URLSearchParams) body = o.body.toString();
  else if (o.body instanceof Uint8Array) body = Array.from(o.body, (b) => String.fromCharCode(b)).join('');
  window.__sent.push(String(url) + '\n' + JSON.stringify(o.headers || {}) + '\n' + body);
  return original.apply(this, arguments);
};
"#;

#[tokio::test]
async fn the_javascript_follow_up_never_sends_the_receipt() {
    if !webdriver::available() {
        return;
    }
    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let parsed = Receipt::parse(&receipt).unwrap();
    let report = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::reports::find_report_by_receipt_lookup(&mut c, &parsed.lookup_hash().unwrap())
            .unwrap()
            .unwrap()
    };
    // A reviewer's question, sealed to the reporter and both bodies' reviewers.
    let question_id = envelope::random_id();
    let question = br#"{"v":1,"text":"Which VPN product do you use?","attachments":[]}"#;
    let to = [
        PublicKey(report.reporter_pk),
        reviewer_key(Body::Euipo).public,
    ];
    let env = Envelope::seal(Kind::Message, question_id, question, &to).unwrap();
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        crate::instance::insert_signed_message(
            &mut c,
            &storage::messages::NewMessage {
                id: envelope::hex(&question_id),
                report_id: report.id.clone(),
                author: storage::Author::Reviewer,
                reviewer_id: None,
                envelope: env.to_bytes(),
                created_day: storage::Day::today(),
                attachments: vec![],
            },
            Body::Euipo,
        );
    }

    let b = Browser::start().await;
    b.goto(&inst.url("/followup?lang=en")).await;
    b.wait_for("#followup-form[data-js=\"ready\"]", LONG).await;
    b.execute(RECORD_REQUESTS, vec![]).await;
    b.type_into("#receipt", &receipt.to_lowercase()).await;
    b.click(&b.find("#followup-submit").await.unwrap()).await;
    wait_text(&b, "#message-1", "Which VPN product do you use?").await;
    // The Directive's deadlines, as the page without JavaScript shows them (followup_attachments).
    let due = storage::deadlines::add_days(&report.received_day, 7).unwrap();
    wait_text(&b, "#acknowledgement-due", due.as_str()).await;
    let feedback = storage::deadlines::add_months(&due, 3).unwrap();
    wait_text(&b, "#feedback-due", feedback.as_str()).await;
    let answer = "FortiGate 60F, firmware 7.2 (from the browser)";
    b.type_into("#reply", answer).await;
    b.click(&b.find("#js-reply-submit").await.unwrap()).await;
    wait_text(&b, "#message-2", answer).await;
    let path = b.execute("return location.pathname;", vec![]).await;
    assert_eq!(path, Value::from("/followup"), "the form was never posted");

    let sent = b.execute("return window.__sent;", vec![]).await;
    let sent: Vec<String> = sent
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(
        sent.iter().any(|r| r.starts_with("/followup/conversation")),
        "{sent:#?}"
    );
    assert!(
        sent.iter().any(|r| r.starts_with("/followup/messages")),
        "{sent:#?}"
    );
    let display = parsed.display().to_string();
    let normalized = parsed.normalized().to_string();
    for r in &sent {
        let lower = r.to_lowercase();
        for needle in [&display, &normalized] {
            assert!(!lower.contains(&needle.to_lowercase()), "receipt sent: {r}");
        }
        // Nor in groups as typed, nor its first half.
        assert!(!lower.contains(&normalized[..12].to_lowercase()), "{r}");
    }
    let token = envelope::b64(&parsed.signin_token().unwrap()[..]);
    assert!(sent.iter().any(|r| r.contains(&token)), "the sign-in token");
    drop(b);

    // The reply: stored as the reporter's, sealed to the reporter and the reviewers.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let msgs = storage::messages::list_messages(&mut c, &report.id, false).unwrap();
    assert_eq!(msgs.len(), 2);
    assert_eq!(msgs[1].author, storage::Author::Reporter);
    let env = Envelope::parse(&msgs[1].envelope).unwrap();
    assert_eq!(env.version(), 2);
    assert!(env.recipients().contains(&PublicKey(report.reporter_pk)));
    let id = envelope::unhex::<16>(&msgs[1].id).unwrap();
    for body in [Body::Euipo, Body::Ec3] {
        let plain = env.open(Kind::Message, &id, reviewer_key(body)).unwrap();
        assert!(String::from_utf8_lossy(&plain).contains(answer));
    }
    let mine = parsed.reporter_keypair().unwrap();
    assert!(env.open(Kind::Message, &id, &mine).is_ok());
}

/// The token API without a browser: a wrong token gets the wrong-receipt answer; a reply must
/// be a v2 message sealed to exactly the reporter and the report's bodies' current keys.
#[tokio::test]
async fn the_follow_up_api_checks_the_token_and_the_recipients() {
    use crate::intake::{client, csrf_in, page};
    use reqwest::StatusCode;

    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let parsed = Receipt::parse(&receipt).unwrap();
    let token = envelope::b64(&parsed.signin_token().unwrap()[..]);
    let conversation = |token: String| {
        let inst = &inst;
        async move {
            let csrf = csrf_in(&page(inst, "/followup").await);
            let resp = client()
                .post(inst.url("/followup/conversation?lang=en"))
                .form(&[("csrf", csrf.as_str()), ("token", token.as_str())])
                .send()
                .await
                .unwrap();
            (resp.status(), resp.json::<Value>().await.unwrap())
        }
    };
    let other = Receipt::generate().signin_token().unwrap();
    let (status, json) = conversation(envelope::b64(&other[..])).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{json}");
    let (status, json) = conversation(token.clone()).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["bodies"], serde_json::json!(["EUIPO", "EC3"]));
    let csrf = json["csrf"].as_str().unwrap().to_string();

    let me = parsed.reporter_keypair().unwrap();
    let text = br#"{"v":1,"text":"only for me","attachments":[]}"#;
    let post = |bytes: Vec<u8>, token: String| {
        let (inst, csrf) = (&inst, csrf.clone());
        async move {
            client()
                .post(inst.url("/followup/messages?lang=en"))
                .header("X-CSRF-Token", csrf)
                .header("X-Followup-Token", token)
                .body(bytes)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // Sealed to the reporter alone, or to the reporter and one reviewer: refused.
    let alone = Envelope::seal(Kind::Message, envelope::random_id(), text, &[me.public]).unwrap();
    assert_eq!(
        post(alone.to_bytes(), token.clone()).await,
        StatusCode::BAD_REQUEST
    );
    let partial = [me.public, reviewer_key(Body::Euipo).public];
    let partial = Envelope::seal(Kind::Message, envelope::random_id(), text, &partial).unwrap();
    assert_eq!(
        post(partial.to_bytes(), token.clone()).await,
        StatusCode::BAD_REQUEST
    );
    // A note is not a reply; a wrong token stores nothing either.
    let keyring = keystore::load_keyring(keys_dir(), None).unwrap().0;
    let mut all: Vec<PublicKey> = keyring
        .recipients(&[Body::Euipo, Body::Ec3])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    all.push(me.public);
    let note = Envelope::seal(Kind::Note, envelope::random_id(), text, &all).unwrap();
    assert_eq!(
        post(note.to_bytes(), token.clone()).await,
        StatusCode::BAD_REQUEST
    );
    let good = Envelope::seal(Kind::Message, envelope::random_id(), text, &all).unwrap();
    assert_eq!(
        post(good.to_bytes(), envelope::b64(&other[..])).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let count = || {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let report =
            storage::reports::find_report_by_receipt_lookup(&mut c, &parsed.lookup_hash().unwrap())
                .unwrap()
                .unwrap();
        storage::messages::list_messages(&mut c, &report.id, false)
            .unwrap()
            .len()
    };
    assert_eq!(count(), 0);
    assert_eq!(post(good.to_bytes(), token).await, StatusCode::CREATED);
    assert_eq!(count(), 1);
}
