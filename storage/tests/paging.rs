//! Paged lists on both backends: the console inbox's reports, the portal's releases and API
//! tokens come a page at a time in the order of the full list, pages neither repeat nor skip a
//! row, and the counts match; the login back-off's slot is claimed by one attempt at a time.
#![allow(clippy::unwrap_used)]

mod common;

use storage::accounts::{self, MemberStateProfile, NewApiToken, NewMemberStateUser};
use storage::releases::{self, NewRelease};
use storage::reports::{self, NewReport, NewSlot};
use storage::{Body, Database, Day, PrincipalKind, SealedBy};

fn report(n: u8, received: &str, to_ec3: bool) -> NewReport {
    NewReport {
        id: format!("{n:032x}"),
        to_euipo: true,
        to_ec3,
        envelope: vec![n, 1, 2, 3],
        recipient_digest: vec![n; 32],
        sealed_by: SealedBy::Browser,
        received_day: received.parse::<Day>().unwrap(),
        receipt_lookup: [n; 32],
        reporter_pk: [n; 32],
        slots: [(Body::Euipo, true), (Body::Ec3, to_ec3)]
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(body, _)| NewSlot {
                recipient_pk: [if body == Body::Euipo { 1 } else { 2 }; 32],
                body,
                sealed_key: vec![n],
            })
            .collect(),
        attachments: vec![],
    }
}

fn release(n: u8, period: &str) -> NewRelease {
    NewRelease {
        id: format!("{period}-{n}"),
        period: period.into(),
        year: 2026,
        created_at: 1_000 + i64::from(n),
        delta: 0.0,
        params_digest: vec![n; 32],
        methodology: "{}".into(),
        checksums: String::new(),
        signature: vec![0; 64],
        signing_key: vec![0; 32],
        tables: vec![],
        cells: vec![],
    }
}

/// All pages of `limit` rows, concatenated, as ids.
fn all_pages<T>(
    limit: i64,
    mut page: impl FnMut(i64, i64) -> Vec<T>,
    id: impl Fn(&T) -> String,
) -> Vec<String> {
    let mut out = vec![];
    let mut offset = 0;
    loop {
        let rows = page(offset, limit);
        assert!(rows.len() as i64 <= limit);
        out.extend(rows.iter().map(&id));
        if (rows.len() as i64) < limit {
            return out;
        }
        offset += limit;
    }
}

fn reports_come_a_page_at_a_time(db: &Database) {
    let mut c = db.conn().unwrap();
    let days = [
        "2026-01-05",
        "2026-01-05",
        "2026-01-07",
        "2026-01-06",
        "2026-01-05",
    ];
    for (n, d) in days.iter().cycle().take(11).enumerate() {
        let n = u8::try_from(n).unwrap() + 1;
        reports::insert_report(&mut c, &report(n, d, n % 3 == 0)).unwrap();
    }
    for body in [Body::Euipo, Body::Ec3] {
        let full: Vec<String> = reports::list_reports_for_body(&mut c, body)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect();
        let total = reports::count_reports_for_body(&mut c, body).unwrap();
        assert_eq!(total, full.len() as i64);
        assert_eq!(total, if body == Body::Euipo { 11 } else { 3 });
        for limit in [1, 3, 4, 50] {
            let paged = all_pages(
                limit,
                |o, l| reports::list_reports_for_body_page(&mut c, body, o, l).unwrap(),
                |r| r.id.clone(),
            );
            assert_eq!(paged, full, "{body:?} by {limit}");
        }
        let days = reports::deadline_days_for_body(&mut c, body).unwrap();
        assert_eq!(days.len() as i64, total);
    }
    assert!(
        reports::list_reports_for_body_page(&mut c, Body::Euipo, 100, 50)
            .unwrap()
            .is_empty()
    );
}

fn releases_and_tokens_come_a_page_at_a_time(db: &Database) {
    let mut c = db.conn().unwrap();
    for (n, period) in ["2026Q1", "2026Q2", "2026Q1", "2025Q4", "2026Q2"]
        .iter()
        .enumerate()
    {
        releases::insert_release(&mut c, &release(u8::try_from(n).unwrap(), period)).unwrap();
    }
    let full: Vec<String> = releases::list_releases(&mut c)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(releases::count_releases(&mut c).unwrap(), 5);
    for limit in [1, 2, 5, 50] {
        let paged = all_pages(
            limit,
            |o, l| releases::list_releases_page(&mut c, o, l).unwrap(),
            |r| r.id.clone(),
        );
        assert_eq!(paged, full, "by {limit}");
    }

    let user = NewMemberStateUser {
        profile: MemberStateProfile {
            country: "DK".into(),
        },
        name: "dk".into(),
        enrolment_token_hash: None,
        enrolment_expires: None,
        active: true,
        created_at: 1_000,
    };
    let uid = accounts::insert_account(&mut c, &user).unwrap();
    for n in 0..7u8 {
        let token = NewApiToken {
            user_id: uid,
            name: format!("t{n}"),
            token_hash: vec![n; 32],
            created_at: 1_000,
        };
        accounts::insert_api_token(&mut c, &token).unwrap();
    }
    let newest_first: Vec<String> = accounts::list_api_tokens_for_user(&mut c, uid)
        .unwrap()
        .into_iter()
        .rev()
        .map(|t| t.name)
        .collect();
    assert_eq!(accounts::count_api_tokens_for_user(&mut c, uid).unwrap(), 7);
    let paged = all_pages(
        3,
        |o, l| accounts::list_api_tokens_for_user_page(&mut c, uid, o, l).unwrap(),
        |t| t.name.clone(),
    );
    assert_eq!(paged, newest_first);

    // The back-off's slot: free when empty or past, taken by the first claim, not the second.
    let k = PrincipalKind::MemberState;
    assert!(accounts::claim_login_attempt(&mut c, k, uid, 100, 110).unwrap());
    assert!(!accounts::claim_login_attempt(&mut c, k, uid, 105, 120).unwrap());
    assert!(accounts::claim_login_attempt(&mut c, k, uid, 110, 130).unwrap());
    let u = accounts::find_account::<MemberStateProfile>(&mut c, accounts::Lookup::Id(uid))
        .unwrap()
        .unwrap();
    assert_eq!(u.credentials.locked_until, Some(130));
}

on_both_backends!(
    reports_come_a_page_at_a_time,
    releases_and_tokens_come_a_page_at_a_time
);
