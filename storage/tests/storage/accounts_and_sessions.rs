//! Accounts, API tokens, sessions, instance secrets and keyring serials.

use super::*;

on_both_backends!(accounts_and_tokens, sessions_lifecycle,);

// ---------------------------------------------------------------------------------------------
// Accounts

fn accounts_and_tokens(db: &Database) {
    use storage::accounts::{AccountUpdate, Lookup, MemberStateProfile, ReviewerProfile};
    const R: PrincipalKind = PrincipalKind::Reviewer;
    const M: PrincipalKind = PrincipalKind::MemberState;
    let mut c = db.conn().unwrap();
    let reviewer = |body, token: Option<Vec<u8>>| NewReviewer {
        profile: ReviewerProfile::new(body),
        name: "ana".into(),
        enrolment_token_hash: token,
        enrolment_expires: Some(2_000),
        active: true,
        created_at: 1_000,
    };
    let id = accounts::insert_account(&mut c, &reviewer(Body::Ec3, Some(vec![3; 32]))).unwrap();
    let r = accounts::find_account::<ReviewerProfile>(&mut c, Lookup::Id(id))
        .unwrap()
        .unwrap();
    assert_eq!(r.profile.body, Body::Ec3);
    assert_eq!(r.credentials.failed_logins, 0);
    assert_eq!(r.credentials.password_hash, None);
    assert!(r.credentials.active);
    assert!(r.credentials.enrolment_open(1_999) && !r.credentials.enrolment_open(2_000));
    assert_eq!(
        accounts::find_account::<ReviewerProfile>(&mut c, Lookup::EnrolmentToken(&[3; 32]))
            .unwrap()
            .map(|r| r.id),
        Some(id)
    );
    // The same name among member-state users is another account (another table).
    assert_eq!(
        accounts::find_any_account(&mut c, M, Lookup::Name("ana")).unwrap(),
        None
    );
    assert!(matches!(
        accounts::insert_account(&mut c, &reviewer(Body::Euipo, None)),
        Err(StorageError::Conflict(_))
    ));
    assert!(matches!(
        accounts::insert_account(
            &mut c,
            &NewReviewer {
                name: String::new(),
                ..reviewer(Body::Euipo, None)
            }
        ),
        Err(StorageError::Invalid(_))
    ));
    accounts::update_account(
        &mut c,
        R,
        id,
        &AccountUpdate {
            password_hash: Some(Some("$argon2id$...".into())),
            totp_secret: Some(Some(vec![1; 20])),
            enrolment_token_hash: Some(None),
            enrolment_expires: Some(None),
            ..Default::default()
        },
    )
    .unwrap();
    accounts::set_reviewer_key(&mut c, id, &[2; 32], "wrapped").unwrap();
    assert!(matches!(
        accounts::set_reviewer_key(&mut c, id + 100, &[2; 32], "wrapped"),
        Err(StorageError::NotFound(_))
    ));
    let r = accounts::find_account::<ReviewerProfile>(&mut c, Lookup::Name("ana"))
        .unwrap()
        .unwrap();
    assert_eq!(
        r.credentials.password_hash.as_deref(),
        Some("$argon2id$...")
    );
    assert_eq!(r.credentials.enrolment_token_hash, None);
    assert!(r.credentials.can_log_in());
    assert_eq!(r.profile.public_key, Some(vec![2; 32]));
    assert_eq!(r.profile.wrapped_private_key.as_deref(), Some("wrapped"));
    assert!(matches!(
        accounts::update_account(&mut c, R, id, &Default::default()),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        accounts::update_account(
            &mut c,
            R,
            id + 100,
            &AccountUpdate {
                active: Some(false),
                ..Default::default()
            }
        ),
        Err(StorageError::NotFound(_))
    ));
    assert!(accounts::advance_totp_step(&mut c, R, id, 10).unwrap());
    assert!(!accounts::advance_totp_step(&mut c, R, id, 10).unwrap());
    assert!(!accounts::advance_totp_step(&mut c, R, id, 9).unwrap());
    assert!(accounts::advance_totp_step(&mut c, R, id, 11).unwrap());
    assert_eq!(accounts::increment_failed_logins(&mut c, R, id).unwrap(), 1);
    assert_eq!(accounts::increment_failed_logins(&mut c, R, id).unwrap(), 2);
    assert!(matches!(
        accounts::increment_failed_logins(&mut c, R, id + 100),
        Err(StorageError::NotFound(_))
    ));
    assert_eq!(
        accounts::list_accounts::<ReviewerProfile>(&mut c)
            .unwrap()
            .len(),
        1
    );

    let user = |country: &str, name: &str| NewMemberStateUser {
        profile: MemberStateProfile {
            country: country.into(),
        },
        name: name.into(),
        enrolment_token_hash: None,
        enrolment_expires: None,
        active: true,
        created_at: 1_000,
    };
    let uid = accounts::insert_account(&mut c, &user("DE", "bsi")).unwrap();
    assert!(matches!(
        accounts::insert_account(&mut c, &user("Deu", "x")),
        Err(StorageError::Invalid(_))
    ));
    accounts::update_account(
        &mut c,
        M,
        uid,
        &AccountUpdate {
            locked_until: Some(Some(5_000)),
            failed_logins: Some(5),
            ..Default::default()
        },
    )
    .unwrap();
    let u = accounts::find_account::<MemberStateProfile>(&mut c, Lookup::Name("bsi"))
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            u.profile.country.as_str(),
            u.credentials.locked_until,
            u.credentials.failed_logins
        ),
        ("DE", Some(5_000), 5)
    );
    // Asking for the other kind's profile finds nothing of this kind.
    assert_eq!(
        accounts::find_account::<ReviewerProfile>(&mut c, Lookup::Name("bsi")).unwrap(),
        None
    );
    assert!(accounts::advance_totp_step(&mut c, M, uid, 1).unwrap());
    assert!(!accounts::advance_totp_step(&mut c, M, uid, 1).unwrap());
    assert_eq!(
        accounts::increment_failed_logins(&mut c, M, uid).unwrap(),
        6
    );
    let tid = accounts::insert_api_token(
        &mut c,
        &NewApiToken {
            user_id: uid,
            name: "nightly".into(),
            token_hash: vec![4; 32],
            created_at: 1_500,
        },
    )
    .unwrap();
    assert!(matches!(
        accounts::insert_api_token(
            &mut c,
            &NewApiToken {
                user_id: uid + 100,
                name: "orphan".into(),
                token_hash: vec![5; 32],
                created_at: 1_500,
            }
        ),
        Err(StorageError::Conflict(_))
    ));
    assert!(matches!(
        accounts::insert_api_token(
            &mut c,
            &NewApiToken {
                user_id: uid,
                name: "dup".into(),
                token_hash: vec![4; 32],
                created_at: 1_500,
            }
        ),
        Err(StorageError::Conflict(_))
    ));
    accounts::touch_api_token(&mut c, tid, &day("2026-07-15")).unwrap();
    accounts::revoke_api_token(&mut c, tid, 1_600).unwrap();
    accounts::revoke_api_token(&mut c, tid, 1_700).unwrap();
    let t = accounts::find_api_token_by_hash(&mut c, &[4; 32])
        .unwrap()
        .unwrap();
    assert_eq!(t.id, tid);
    assert_eq!(t.revoked_at, Some(1_600));
    assert_eq!(t.last_used_day.as_deref(), Some("2026-07-15"));
    assert_eq!(
        accounts::list_api_tokens_for_user(&mut c, uid).unwrap(),
        vec![t]
    );
    assert!(matches!(
        accounts::revoke_api_token(&mut c, tid + 100, 1),
        Err(StorageError::NotFound(_))
    ));
}

fn sessions_lifecycle(db: &Database) {
    let mut c = db.conn().unwrap();
    let s = NewSession {
        token_hash: vec![1; 32],
        principal_kind: PrincipalKind::Reviewer,
        principal_id: 7,
        csrf_token: "csrf".into(),
        created_at: 100,
        expires_at: 200,
    };
    accounts::insert_session(&mut c, &s).unwrap();
    assert!(matches!(
        accounts::insert_session(&mut c, &s),
        Err(StorageError::Conflict(_))
    ));
    accounts::insert_session(
        &mut c,
        &NewSession {
            token_hash: vec![2; 32],
            principal_kind: PrincipalKind::MemberState,
            principal_id: 7,
            ..s.clone()
        },
    )
    .unwrap();
    let got = accounts::find_session(&mut c, &[1; 32], 150)
        .unwrap()
        .unwrap();
    assert_eq!(got.principal_kind, PrincipalKind::Reviewer);
    assert_eq!(got.last_seen_at, 100);
    assert!(accounts::find_session(&mut c, &[1; 32], 200)
        .unwrap()
        .is_none());
    accounts::touch_session(&mut c, &[1; 32], 190, 400).unwrap();
    let got = accounts::find_session(&mut c, &[1; 32], 300)
        .unwrap()
        .unwrap();
    assert_eq!((got.last_seen_at, got.expires_at), (190, 400));
    assert_eq!(accounts::purge_expired_sessions(&mut c, 300).unwrap(), 1);
    assert_eq!(
        accounts::delete_sessions_for_principal(&mut c, PrincipalKind::Reviewer, 7).unwrap(),
        1
    );
    assert!(accounts::find_session(&mut c, &[1; 32], 300)
        .unwrap()
        .is_none());
    assert!(matches!(
        accounts::touch_session(&mut c, &[1; 32], 1, 2),
        Err(StorageError::NotFound(_))
    ));
    accounts::delete_session(&mut c, &[1; 32]).unwrap();
}

fn instance_secrets_are_created_once_and_shared(db: &Database) {
    let mut c = db.conn().unwrap();
    let first = storage::instance::get_or_create(&mut c, "csrf", &[1u8; 32]).unwrap();
    assert_eq!(first, vec![1u8; 32]);
    // A second server starting later gets the stored secret, not its own fresh one.
    let mut c2 = db.conn().unwrap();
    let second = storage::instance::get_or_create(&mut c2, "csrf", &[2u8; 32]).unwrap();
    assert_eq!(second, first);
    assert!(matches!(
        storage::instance::get_or_create(&mut c, "short", &[0u8; 8]),
        Err(StorageError::Invalid(_))
    ));
}
on_both_backends!(instance_secrets_are_created_once_and_shared);

fn keyring_serials_never_go_down(db: &Database) {
    use storage::keyring_serials::{accept_serial, highest_serial};
    let fp = "AAAA-BBBB-CCCC-DDDD";
    assert_eq!(highest_serial(&mut db.conn().unwrap(), fp).unwrap(), None);
    let accept = |serial| db.write(|c| accept_serial(c, fp, serial, 100)).unwrap();
    assert_eq!(accept(3), Ok(()));
    assert_eq!(accept(3), Ok(()), "the same keyring again");
    assert_eq!(accept(2), Err(3), "a lower serial is refused");
    assert_eq!(accept(5), Ok(()));
    assert_eq!(accept(4), Err(5));
    let mut c = db.conn().unwrap();
    assert_eq!(highest_serial(&mut c, fp).unwrap(), Some(5));
    // Per signer: another key's serials are counted on their own.
    assert_eq!(highest_serial(&mut c, "ZZZZ-ZZZZ-ZZZZ-ZZZZ").unwrap(), None);
}
on_both_backends!(keyring_serials_never_go_down);

/// Servers starting together on one database: no start fails on a colliding insert, and the
/// record ends at the highest serial.
fn keyring_serials_concurrent_starts(db: &Database) {
    let fp = "AAAA-BBBB-CCCC-EEEE";
    let handles: Vec<_> = (1..=8u64)
        .map(|serial| {
            let db = db.clone();
            std::thread::spawn(move || {
                let r = db
                    .write(|c| storage::keyring_serials::accept_serial(c, fp, serial, 1))
                    .unwrap();
                if let Err(highest) = r {
                    assert!(highest > serial);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut c = db.conn().unwrap();
    assert_eq!(
        storage::keyring_serials::highest_serial(&mut c, fp).unwrap(),
        Some(8)
    );
}
on_both_backends!(keyring_serials_concurrent_starts);
