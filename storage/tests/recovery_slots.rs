//! What `tsr-admin recovery` needs from the recipient slots, on SQLite and PostgreSQL: the
//! reports that have a slot for a key (sealed at submission or granted), every key with a slot,
//! and grants of the recovery key stored in one transaction where a slot that already exists
//! is skipped without undoing the others.
#![allow(clippy::unwrap_used)]

mod common;

use storage::reports::{self, NewReport, NewSlot};
use storage::{Body, Database, SealedBy, StorageError};

fn report(conn: &mut storage::DbConn, n: u8, pk: [u8; 32]) -> String {
    let id = format!("{:032x}", n);
    reports::insert_report(
        conn,
        &NewReport {
            id: id.clone(),
            to_euipo: true,
            to_ec3: false,
            envelope: vec![n],
            recipient_digest: vec![n; 32],
            sealed_by: SealedBy::Browser,
            received_day: "2026-12-07".parse().unwrap(),
            receipt_lookup: [n; 32],
            reporter_pk: [n; 32],
            slots: vec![NewSlot {
                recipient_pk: pk,
                body: Body::Euipo,
                sealed_key: vec![n],
            }],
            attachments: vec![],
        },
    )
    .unwrap();
    id
}

fn slot(pk: [u8; 32]) -> NewSlot {
    NewSlot {
        recipient_pk: pk,
        body: Body::Euipo,
        sealed_key: vec![0; 80],
    }
}

fn recovery_slots(db: &Database) {
    let (lost, other, new) = ([1; 32], [2; 32], [3; 32]);
    let mut c = db.conn().unwrap();
    let a = report(&mut c, 1, lost);
    let b = report(&mut c, 2, other);
    let d = report(&mut c, 3, lost);
    assert_eq!(
        reports::reports_with_slot_for(&mut c, &lost).unwrap(),
        [a.clone(), d.clone()]
    );
    assert!(reports::reports_with_slot_for(&mut c, &new)
        .unwrap()
        .is_empty());

    // Report a already has a slot for the new key; b and d get theirs in the same transaction.
    reports::add_grant_slot(&mut c, &a, &slot(new), 7).unwrap();
    drop(c);
    let (added, present) = db
        .write(|conn| {
            let (mut added, mut present) = (0, 0);
            for id in [&a, &b, &d] {
                match reports::add_grant_slot(conn, id, &slot(new), reports::RECOVERY_GRANT) {
                    Ok(()) => added += 1,
                    Err(StorageError::Conflict(_)) => present += 1,
                    Err(e) => return Err(e),
                }
            }
            Ok((added, present))
        })
        .unwrap();
    assert_eq!((added, present), (2, 1));
    let mut c = db.conn().unwrap();
    assert_eq!(
        reports::reports_with_slot_for(&mut c, &new).unwrap(),
        [a.clone(), b, d.clone()]
    );
    let granted = reports::slots_for_report(&mut c, &d).unwrap();
    let g = granted.iter().find(|s| s.recipient_pk == new).unwrap();
    assert_eq!(g.granted_by, Some(reports::RECOVERY_GRANT));
    let mut keys = reports::slot_recipient_keys(&mut c).unwrap();
    keys.sort();
    assert_eq!(keys, [lost, other, new]);
}

on_both_backends!(recovery_slots);
