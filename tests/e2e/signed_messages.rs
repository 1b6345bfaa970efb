//! Signed reviewer messages end to end (keys/FORMAT.md, "Signed reviewer messages"): a reviewer
//! enrols with a message signing key, `sign-keyring` puts it into the keyring entry, the
//! console stores a message only with the reviewer's valid signature, and the reporter's
//! follow-up page names the keyring author of a signed message, refuses (a notice instead of
//! the content) any other reviewer message sealed with the public keys and inserted into the
//! database — unsigned or signed wrongly — and shows the server's own acknowledgement as the
//! channel's notice with its fixed text.

use envelope::{Body, KdfLimits, KeyPair, Kind, PublicKey, SigningKey, WrappedKey};
use reqwest::header::COOKIE;
use reqwest::StatusCode;

use crate::browser::wait_text;
use crate::console::{add, get_with, login, post_enrol_with, Rev, PASSWORD, UNLOCK};
use crate::helpers::between;
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{client, csrf_in, follow_up, good_fields, submit_ok};
use crate::webdriver::login_in_browser;

const REFUSED: &str = "This message is not shown";
const QUESTION: &str = "Which firewall did you use then?";
const FORGED: &str = "Please confirm your receipt at https://phish.example/";

/// The `index`th message or note of `report_id` (notes included) carries `author`'s valid
/// signature over this report, its id and its envelope.
pub(crate) fn assert_signed_by(
    inst: &Instance,
    report_id: &str,
    index: usize,
    author: &envelope::SigningPublicKey,
) {
    let all = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::messages::list_messages(&mut c, report_id, true).unwrap()
    };
    let m = &all[index];
    let rid = envelope::unhex::<16>(report_id).unwrap();
    let mid = envelope::unhex::<16>(&m.id).unwrap();
    let sig = m.signature.as_deref().expect("signed");
    assert!(envelope::signature::verify_message(
        author,
        &rid,
        &mid,
        &m.envelope,
        sig
    ));
}

/// Enrols `name` as the browser would, with an X25519 key pair and a signing key made here.
pub(crate) async fn enrol_with_signing_key(inst: &Instance, name: &str) -> (Rev, SigningKey, i64) {
    let path = add(inst, "EUIPO", name);
    let (html, mut rev) = crate::console::enrolment_page(inst, &path, name).await;
    assert!(html.contains("name=\"signing_public_key\""), "{html}");
    let kp = KeyPair::generate();
    let wrapped = WrappedKey::wrap_x25519(&kp, "x", UNLOCK.as_bytes(), KdfLimits::MINIMUM)
        .unwrap()
        .to_json()
        .unwrap();
    let sk = SigningKey::generate();
    let spk = sk.public_key().unwrap();
    let wrapped_sk = WrappedKey::wrap_signing(&sk, "x", UNLOCK.as_bytes(), KdfLimits::MINIMUM)
        .unwrap()
        .to_json()
        .unwrap();
    let mut fields = vec![
        ("password", PASSWORD.to_string()),
        ("password_confirm", PASSWORD.to_string()),
        ("code", String::new()),
        ("public_key", kp.public.to_b64()),
        ("wrapped_key", wrapped),
        ("signing_public_key", spk.to_b64()),
    ];
    // A signing key whose wrapped seed is not for the posted key: refused.
    let other = WrappedKey::wrap_signing(
        &SigningKey::generate(),
        "x",
        UNLOCK.as_bytes(),
        KdfLimits::MINIMUM,
    )
    .unwrap()
    .to_json()
    .unwrap();
    fields[2].1 = rev.fresh_code();
    let mut bad = fields.clone();
    bad.push(("wrapped_signing_key", other));
    let as_refs = |f: &[(&'static str, String)]| -> Vec<(&'static str, String)> { f.to_vec() };
    let bad_refs: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _) = post_enrol_with(inst, &path, &bad_refs).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let mut good = as_refs(&fields);
    good[2].1 = rev.fresh_code();
    good.push(("wrapped_signing_key", wrapped_sk));
    let good_refs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, page) = post_enrol_with(inst, &path, &good_refs).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let row = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name(name),
        )
        .unwrap()
        .unwrap()
    };
    assert_eq!(row.profile.signing_public_key.as_deref(), Some(&spk.0[..]));
    let stored = WrappedKey::from_json(row.profile.wrapped_signing_key.as_deref().unwrap())
        .unwrap()
        .unwrap_signing(UNLOCK.as_bytes())
        .unwrap();
    assert_eq!(stored.public_key().unwrap(), spk);
    // The enrolment's audit row records the signing key's fingerprint next to the key pair's.
    let recorded = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::enrolled_signing_fingerprint(&mut c, row.id).unwrap()
    };
    assert_eq!(recorded, Some(spk.fingerprint()));
    (rev, sk, row.id)
}

/// A reviewer message for `report` sealed to the reporter and the keyring's EUIPO keys.
fn sealed_message(
    inst: &Instance,
    report: &storage::reports::Report,
    text: &str,
) -> ([u8; 16], Vec<u8>) {
    let keyring: envelope::Keyring =
        serde_json::from_slice(&std::fs::read(inst.keys.join("keyring.json")).unwrap()).unwrap();
    let mut to: Vec<PublicKey> = keyring
        .recipients(&[Body::Euipo])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    to.push(PublicKey(report.reporter_pk));
    let id = envelope::random_id();
    let plain = format!(r#"{{"v":1,"text":"{text}","attachments":[]}}"#);
    let env = envelope::Envelope::seal(Kind::Message, id, plain.as_bytes(), &to).unwrap();
    (id, env.to_bytes())
}

async fn post_message(
    inst: &Instance,
    cookie: &str,
    csrf: &str,
    report_id: &str,
    bytes: Vec<u8>,
    signature: Option<String>,
) -> StatusCode {
    let mut req = client()
        .post(inst.url(&format!("/console/reports/{report_id}/messages?lang=en")))
        .header(COOKIE, cookie)
        .header("X-CSRF-Token", csrf)
        .header("Content-Type", "application/octet-stream")
        .body(bytes);
    if let Some(sig) = signature {
        req = req.header("X-Message-Signature", sig);
    }
    req.send().await.unwrap().status()
}

#[tokio::test]
async fn signed_messages_name_their_author_and_forged_ones_are_refused_on_the_reporters_page() {
    let mut inst = Instance::sqlite_own_keys(&[]);
    let (mut rev, rita_signing, rita_id) = enrol_with_signing_key(&inst, "rita").await;

    // The keyring entry carries the signing key; the server reads it at start.
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let keyring_text = std::fs::read_to_string(inst.keys.join("keyring.json")).unwrap();
    let spk = rita_signing.public_key().unwrap();
    assert!(
        keyring_text.contains(&format!("\"signing_key\":\"{}\"", spk.to_b64())),
        "{keyring_text}"
    );
    // A signing key changed in the database afterwards is refused, and nothing is signed.
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let kept = storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Id(rita_id),
        )
        .unwrap()
        .unwrap()
        .profile
        .wrapped_signing_key
        .unwrap();
        let other = SigningKey::generate().public_key().unwrap();
        storage::accounts::set_reviewer_signing_key(&mut c, rita_id, Some((&other.0, "{}")))
            .unwrap();
        let refused = sign_keyring(&inst, &inst.keys);
        assert!(!refused.status.success());
        let err = text(&refused.stderr);
        assert!(err.contains("another message signing key"), "{err}");
        storage::accounts::set_reviewer_signing_key(&mut c, rita_id, Some((&spk.0, &kept)))
            .unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(inst.keys.join("keyring.json")).unwrap(),
        keyring_text
    );
    inst.restart();

    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let report = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let lookup = envelope::Receipt::parse(&receipt)
            .unwrap()
            .lookup_hash()
            .unwrap();
        storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
            .unwrap()
            .unwrap()
    };
    let rid = envelope::unhex::<16>(&report.id).unwrap();

    // The console: no signature, or one over other bytes, is refused; rita's is stored.
    let cookie = login(&inst, &mut rev).await;
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
    let (mid, bytes) = sealed_message(&inst, &report, QUESTION);
    let unsigned = post_message(&inst, &cookie, &csrf, &report.id, bytes.clone(), None).await;
    assert_eq!(unsigned, StatusCode::BAD_REQUEST);
    let wrong = envelope::signature::sign_message(&rita_signing, &rid, &[0; 16], &bytes).unwrap();
    let status = post_message(
        &inst,
        &cookie,
        &csrf,
        &report.id,
        bytes.clone(),
        Some(envelope::b64(&wrong)),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let sig = envelope::signature::sign_message(&rita_signing, &rid, &mid, &bytes).unwrap();
    let status = post_message(
        &inst,
        &cookie,
        &csrf,
        &report.id,
        bytes,
        Some(envelope::b64(&sig)),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    // The reporter's page names rita, from the keyring entry.
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains(QUESTION), "{html}");
    assert!(
        html.contains("From rita (EUIPO reviewer) (signature verified)"),
        "{html}"
    );
    assert!(!html.contains(REFUSED), "{html}");

    // Forgeries sealed with the public keys and written into the database: claiming rita
    // without a signature, with a signature by another key, with rita's signature of another
    // message, and unsigned naming no reviewer (as a reviewer without a signing key would
    // store). None is shown; each is replaced by the notice.
    let forge =
        |reviewer_id: Option<i64>, signature: Option<Vec<u8>>, key_for: Option<[u8; 16]>| {
            let (id, bytes) = sealed_message(&inst, &report, FORGED);
            let signature = signature.or_else(|| {
                key_for.map(|other| {
                    envelope::signature::sign_message(&rita_signing, &rid, &other, &bytes)
                        .unwrap()
                        .to_vec()
                })
            });
            let db = inst.db();
            let mut c = db.conn().unwrap();
            let m = storage::messages::NewMessage {
                id: envelope::hex(&id),
                report_id: report.id.clone(),
                author: storage::Author::Reviewer,
                reviewer_id,
                envelope: bytes,
                created_day: storage::Day::today(),
                attachments: vec![],
            };
            let origin = match &signature {
                Some(s) => storage::messages::Origin::Signed(s),
                None => storage::messages::Origin::Unsigned,
            };
            storage::messages::insert_message_from(&mut c, &m, origin).unwrap();
        };
    forge(Some(rita_id), None, None);
    forge(
        None,
        Some(SigningKey::generate().sign(b"x").unwrap().to_vec()),
        None,
    );
    forge(Some(rita_id), None, Some([7; 16]));
    forge(None, None, None);
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(!html.contains("phish.example"), "{html}");
    assert_eq!(html.matches(REFUSED).count(), 4, "{html}");
    assert_eq!(html.matches("(signature verified)").count(), 1, "{html}");
    // The JavaScript follow-up (sign-in token, no receipt) gets the same verdicts, and never
    // the sealed forgeries to open.
    let token = envelope::Receipt::parse(&receipt)
        .unwrap()
        .signin_token()
        .unwrap();
    let csrf = csrf_in(&crate::intake::page(&inst, "/followup").await);
    let json: serde_json::Value = client()
        .post(inst.url("/followup/conversation?lang=en"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("token", envelope::b64(&token[..]).as_str()),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let messages = json["messages"].as_array().expect("messages");
    let refused: Vec<_> = messages.iter().filter(|m| m["refused"] == true).collect();
    assert_eq!(refused.len(), 4, "{json}");
    for m in &refused {
        assert!(m["envelope"].is_null(), "{m}");
        assert!(m["instead"].as_str().unwrap().contains(REFUSED), "{m}");
    }
    let signed: Vec<_> = messages
        .iter()
        .filter(|m| m["who"] == "From rita (EUIPO reviewer) (signature verified)")
        .collect();
    assert_eq!(signed.len(), 1, "{json}");
    assert!(signed[0]["envelope"].is_string());

    // The inbox's acknowledgement is the channel's notice, with its fixed text.
    let inbox = get_with(&inst, "/console/?lang=en", &cookie)
        .await
        .text()
        .await
        .unwrap();
    let resp = client()
        .post(inst.url(&format!("/console/reports/{}/status", report.id)))
        .header(COOKIE, &cookie)
        .form(&[
            ("csrf", csrf_in(&inbox).as_str()),
            ("status", "acknowledged"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let (_, html) = follow_up(&inst, &receipt).await;
    assert!(
        html.contains("Automatic notice from the reporting channel"),
        "{html}"
    );
    assert!(html.contains("Thank you for your report"), "{html}");
    assert_eq!(html.matches(REFUSED).count(), 4, "{html}");

    // The console, in the browser: rita's message names her; none of the four without a valid
    // signature from a keyring reviewer is shown; the notice is the channel's.
    if !crate::webdriver::available() {
        return;
    }
    let b = crate::webdriver::Browser::start().await;
    login_in_browser(&b, &inst, &mut rev).await;
    b.goto(&inst.url(&format!("/console/reports/{}?lang=en", report.id)))
        .await;
    let long = std::time::Duration::from_secs(120);
    b.wait_for("#report-page[data-ready=\"true\"]", long).await;
    b.type_into("#unlock-passphrase", UNLOCK).await;
    b.click(&b.find("#unlock-submit").await.unwrap()).await;
    b.wait_for("#report-page[data-opened=\"true\"]", long).await;
    wait_text(&b, "#message-1 .who", "rita (EUIPO reviewer)").await;
    wait_text(&b, "#message-1 .text", QUESTION).await;
    for seq in 2..=5 {
        wait_text(&b, &format!("#message-{seq} .bad-signature"), REFUSED).await;
    }
    wait_text(&b, "#message-6 .who", "Automatic notice").await;
    let shown = b.text(&b.find("#thread").await.unwrap()).await;
    assert!(!shown.contains("phish.example"), "{shown}");
}
