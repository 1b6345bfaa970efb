//! Message signatures and server notices as stored (keys/FORMAT.md, "Signed reviewer
//! messages"), and reviewers' signing keys with the enrolment's audit record, on SQLite and
//! PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use storage::accounts::{self, ReviewerProfile};
use storage::messages::{self, NewMessage, Origin};
use storage::reports::{self, NewReport};
use storage::{ActorKind, Author, Body, Database, SealedBy, StorageError};

fn report(conn: &mut storage::DbConn) -> String {
    let id = "0101010101010101010101010101010a".to_string();
    reports::insert_report(
        conn,
        &NewReport {
            id: id.clone(),
            to_euipo: true,
            to_ec3: false,
            envelope: vec![1, 2, 3],
            recipient_digest: vec![1; 32],
            sealed_by: SealedBy::Browser,
            received_day: "2026-12-07".parse().unwrap(),
            receipt_lookup: [1; 32],
            reporter_pk: [2; 32],
            slots: vec![storage::reports::NewSlot {
                recipient_pk: [1; 32],
                body: Body::Euipo,
                sealed_key: vec![1],
            }],
            attachments: vec![],
        },
    )
    .unwrap();
    id
}

fn message(report_id: &str, id: &str, author: Author) -> NewMessage {
    NewMessage {
        id: id.into(),
        report_id: report_id.into(),
        author,
        reviewer_id: (author != Author::Reporter).then_some(3),
        envelope: id.as_bytes().to_vec(),
        created_day: "2026-12-07".parse().unwrap(),
        attachments: vec![],
    }
}

fn signatures_and_notices_round_trip(db: &Database) {
    let mut c = db.conn().unwrap();
    let rid = report(&mut c);
    let sig = [9u8; 64];
    let m = |id, a| message(&rid, id, a);
    messages::insert_message_from(&mut c, &m("a", Author::Reviewer), Origin::Signed(&sig)).unwrap();
    messages::insert_message_from(&mut c, &m("b", Author::Note), Origin::Signed(&sig)).unwrap();
    messages::insert_message_from(&mut c, &m("c", Author::Reviewer), Origin::ServerNotice).unwrap();
    messages::insert_message(&mut c, &m("d", Author::Reporter)).unwrap();
    let all = messages::list_messages(&mut c, &rid, true).unwrap();
    let got: Vec<_> = all
        .iter()
        .map(|m| (m.id.as_str(), m.signature.as_deref(), m.server_notice))
        .collect();
    assert_eq!(
        got,
        [
            ("a", Some(&sig[..]), false),
            ("b", Some(&sig[..]), false),
            ("c", None, true),
            ("d", None, false),
        ]
    );
    // A reporter's message is never signed or a notice, a note never a notice, and a
    // signature is 64 bytes.
    let refused = [
        (m("e", Author::Reporter), Origin::Signed(&sig)),
        (m("f", Author::Reporter), Origin::ServerNotice),
        (m("g", Author::Note), Origin::ServerNotice),
        (m("h", Author::Reviewer), Origin::Signed(&sig[..63])),
    ];
    for (msg, origin) in refused {
        assert!(matches!(
            messages::insert_message_from(&mut c, &msg, origin),
            Err(StorageError::Invalid(_))
        ));
    }
}

fn signing_key_and_its_enrolment_record(db: &Database) {
    let mut c = db.conn().unwrap();
    let id = accounts::insert_account(
        &mut c,
        &accounts::NewReviewer {
            name: "rita".into(),
            profile: ReviewerProfile::new(Body::Euipo),
            enrolment_token_hash: None,
            enrolment_expires: None,
            active: true,
            created_at: 1,
        },
    )
    .unwrap();
    let kp = envelope::KeyPair::generate();
    let sk = envelope::SigningKey::generate();
    let upload = accounts::SigningKeyUpload {
        public_key: sk.public_key().unwrap(),
        wrapped_json: "{}".into(),
    };
    storage::write_transaction(&mut c, |c| {
        accounts::enrol_reviewer_key(
            c,
            id,
            &kp.public,
            "{}",
            Some(&upload),
            ActorKind::Reviewer,
            2,
        )
    })
    .unwrap();
    let r = accounts::find_account::<ReviewerProfile>(&mut c, accounts::Lookup::Id(id))
        .unwrap()
        .unwrap();
    assert_eq!(
        r.profile.signing_public_key.as_deref(),
        Some(&upload.public_key.0[..])
    );
    assert_eq!(r.profile.wrapped_signing_key.as_deref(), Some("{}"));
    assert_eq!(
        accounts::enrolled_signing_fingerprint(&mut c, id).unwrap(),
        Some(upload.public_key.fingerprint())
    );
    assert_eq!(
        accounts::enrolled_fingerprint(&mut c, id).unwrap(),
        Some(kp.public.fingerprint())
    );
}

on_both_backends!(
    signatures_and_notices_round_trip,
    signing_key_and_its_enrolment_record
);
