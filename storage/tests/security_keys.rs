//! What security keys (WebAuthn) need from storage, on SQLite and PostgreSQL: keys per account
//! (a credential id registered once), a ceremony taken once and only before it expires and
//! for its purpose, and the per-account policy (TOTP allowed unless set otherwise).
#![allow(clippy::unwrap_used)]

mod common;

use storage::accounts as acc;
use storage::{Database, PrincipalKind, StorageError};

fn security_keys(db: &Database) {
    let mut c = db.conn().unwrap();
    let (r, m) = (PrincipalKind::Reviewer, PrincipalKind::MemberState);
    let k1 = acc::insert_security_key(&mut c, r, 1, "blue", &[1, 2], "{\"a\":1}", 100).unwrap();
    acc::insert_security_key(&mut c, r, 1, "red", &[3], "{}", 101).unwrap();
    acc::insert_security_key(&mut c, m, 1, "other realm", &[4], "{}", 102).unwrap();
    assert!(matches!(
        acc::insert_security_key(&mut c, m, 2, "copy", &[1, 2], "{}", 103),
        Err(StorageError::Conflict(_))
    ));
    let keys = acc::security_keys_of(&mut c, r, 1).unwrap();
    assert_eq!(
        keys.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(),
        ["blue", "red"]
    );
    acc::record_security_key_use(&mut c, k1, "{\"a\":2}", 200).unwrap();
    let k = &acc::security_keys_of(&mut c, r, 1).unwrap()[0];
    assert_eq!(
        (k.credential.as_str(), k.last_used_at),
        ("{\"a\":2}", Some(200))
    );
    // Another account's key is not found under this one.
    assert!(matches!(
        acc::delete_security_key(&mut c, m, 1, k1),
        Err(StorageError::NotFound(_))
    ));
    acc::delete_security_key(&mut c, r, 1, k1).unwrap();
    assert_eq!(acc::security_keys_of(&mut c, r, 1).unwrap().len(), 1);

    // A ceremony: taken once, for its purpose, before it expires.
    acc::insert_ceremony(&mut c, &[7; 32], r, 1, "register", "{}", 1000, 1300).unwrap();
    assert!(acc::take_ceremony(&mut c, &[7; 32], "authenticate", 1001)
        .unwrap()
        .is_none());
    acc::insert_ceremony(&mut c, &[8; 32], r, 1, "register", "{\"s\":1}", 1000, 1300).unwrap();
    let taken = acc::take_ceremony(&mut c, &[8; 32], "register", 1001)
        .unwrap()
        .unwrap();
    assert_eq!((taken.principal_id, taken.state.as_str()), (1, "{\"s\":1}"));
    assert!(acc::take_ceremony(&mut c, &[8; 32], "register", 1002)
        .unwrap()
        .is_none());
    acc::insert_ceremony(&mut c, &[9; 32], m, 2, "authenticate", "{}", 1000, 1300).unwrap();
    assert!(acc::take_ceremony(&mut c, &[9; 32], "authenticate", 1300)
        .unwrap()
        .is_none());

    // The policy: TOTP allowed unless set otherwise, per account and kind.
    assert!(acc::totp_allowed(&mut c, r, 1).unwrap());
    acc::set_totp_allowed(&mut c, r, 1, false).unwrap();
    assert!(!acc::totp_allowed(&mut c, r, 1).unwrap());
    assert!(acc::totp_allowed(&mut c, m, 1).unwrap());
    acc::set_totp_allowed(&mut c, r, 1, true).unwrap();
    assert!(acc::totp_allowed(&mut c, r, 1).unwrap());
}

on_both_backends!(security_keys);
