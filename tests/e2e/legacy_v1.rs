//! What was stored before envelope v2 still opens in the application: a reviewer's message
//! sealed as a version 1 envelope (`TSE1`, no key commitment), built here byte by byte as
//! keys/FORMAT.md describes (the envelope crate only writes v2), is read on the reporter's
//! follow-up page next to a v2 message. The library-level v1 checks (reports, attachments, in
//! Rust and JavaScript) are the committed v1 vectors.

use envelope::{Body, Envelope, Kind, PublicKey, Receipt, SymmetricKey};
use libsodium_rs::crypto_aead::xchacha20poly1305 as aead;
use reqwest::StatusCode;

use crate::instance::*;
use crate::intake::{follow_up, good_fields, submit_ok};

/// A version 1 envelope: "TSE1" ‖ kind ‖ id ‖ recipient digest ‖ n ‖ slots ‖ nonce ‖ L ‖
/// ciphertext, the first 53 bytes as associated data.
fn seal_v1(kind: Kind, id: [u8; 16], plaintext: &[u8], recipients: &[PublicKey]) -> Vec<u8> {
    let key = SymmetricKey::generate();
    let mut out = b"TSE1".to_vec();
    out.push(kind as u8);
    out.extend_from_slice(&id);
    out.extend_from_slice(&envelope::sealed::recipient_digest(recipients).expect("digest"));
    let header = out.clone();
    out.extend_from_slice(&(recipients.len() as u16).to_be_bytes());
    for pk in recipients {
        out.extend_from_slice(pk.as_bytes());
        out.extend_from_slice(&envelope::sealed::seal_data_key(&key, pk).expect("seal key"));
    }
    let nonce = aead::Nonce::generate();
    let k = aead::Key::from_bytes(key.expose()).expect("key");
    let padded = envelope::padding::pad(plaintext);
    let ciphertext = aead::encrypt(&padded, Some(&header), &nonce, &k).expect("encrypt");
    out.extend_from_slice(nonce.as_bytes());
    out.extend_from_slice(&(ciphertext.len() as u32).to_be_bytes());
    out.extend_from_slice(&ciphertext);
    out
}

fn insert_reviewer_message(inst: &Instance, report_id: &str, id: [u8; 16], env: Vec<u8>) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    crate::instance::insert_signed_message(
        &mut c,
        &storage::messages::NewMessage {
            id: envelope::hex(&id),
            report_id: report_id.to_string(),
            author: storage::Author::Reviewer,
            reviewer_id: None,
            envelope: env,
            created_day: storage::Day::today(),
            attachments: vec![],
        },
        Body::Euipo,
    );
}

#[tokio::test]
async fn a_v1_message_still_opens_on_the_follow_up_page() {
    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let report = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let lookup = Receipt::parse(&receipt).unwrap().lookup_hash().unwrap();
        storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
            .unwrap()
            .unwrap()
    };
    let to = [
        PublicKey(report.reporter_pk),
        reviewer_key(Body::Euipo).public,
    ];

    let old_id = envelope::random_id();
    let old_text = br#"{"v":1,"text":"A question sealed in envelope v1.","attachments":[]}"#;
    let old = seal_v1(Kind::Message, old_id, old_text, &to);
    let parsed = Envelope::parse(&old).unwrap();
    assert_eq!(parsed.version(), 1);
    assert_eq!(
        parsed.to_bytes(),
        old,
        "v1 bytes parse and serialize back unchanged"
    );
    assert_eq!(
        &parsed
            .open(Kind::Message, &old_id, reviewer_key(Body::Euipo))
            .unwrap()[..],
        &old_text[..]
    );
    insert_reviewer_message(&inst, &report.id, old_id, old);

    let new_id = envelope::random_id();
    let new_text = br#"{"v":1,"text":"A follow-up sealed in envelope v2.","attachments":[]}"#;
    let new = Envelope::seal(Kind::Message, new_id, new_text, &to).unwrap();
    assert_eq!(new.version(), 2);
    insert_reviewer_message(&inst, &report.id, new_id, new.to_bytes());

    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("A question sealed in envelope v1."), "{html}");
    assert!(
        html.contains("A follow-up sealed in envelope v2."),
        "{html}"
    );
}

/// A report stored with the v1 receipt lookup hash is found by its receipt on the no-JavaScript
/// path, and its row then gets the current lookup hash (a hash of the sign-in token), so the
/// browser's token finds it from then on.
#[tokio::test]
async fn a_v1_receipt_lookup_is_found_and_upgraded() {
    use diesel::prelude::*;
    use storage::schema::reports::dsl as rd;

    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let parsed = Receipt::parse(&receipt).unwrap();
    let (v1, v2) = (
        parsed.lookup_hash_v1().unwrap(),
        parsed.lookup_hash().unwrap(),
    );
    assert_ne!(v1, v2);
    let lookup_of = |inst: &Instance| -> Vec<u8> {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        rd::reports
            .select(rd::receipt_lookup)
            .first::<Vec<u8>>(&mut *c)
            .unwrap()
    };
    assert_eq!(
        lookup_of(&inst),
        v2.to_vec(),
        "new reports store the v2 hash"
    );
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        diesel::update(rd::reports)
            .set(rd::receipt_lookup.eq(v1.to_vec()))
            .execute(&mut *c)
            .unwrap();
    }
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert_eq!(lookup_of(&inst), v2.to_vec(), "upgraded on sign-in");
}
