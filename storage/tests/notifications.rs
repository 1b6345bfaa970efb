//! Digest bookkeeping on both backends: the first save starts the count at that day, a digest
//! is due once per period, a claim keeps a second run away, a failed delivery leaves the days
//! to the next run, and the arrivals are counted per body within the covered days only.
#![allow(clippy::unwrap_used)]

mod common;

use storage::accounts::{self, NewReviewer, ReviewerProfile};
use storage::messages::{self, NewMessage};
use storage::notifications::{self as n, Frequency, NotificationSettings};
use storage::reports::{self, NewReport, NewSlot};
use storage::{Author, Body, Database, Day, SealedBy};

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn report(k: u8, received: &str, to_ec3: bool) -> NewReport {
    NewReport {
        id: format!("{k:032x}"),
        to_euipo: !to_ec3,
        to_ec3,
        envelope: vec![k, 1, 2, 3],
        recipient_digest: vec![k; 32],
        sealed_by: SealedBy::Browser,
        received_day: day(received),
        receipt_lookup: [k; 32],
        reporter_pk: [k; 32],
        slots: vec![NewSlot {
            recipient_pk: [if to_ec3 { 2 } else { 1 }; 32],
            body: if to_ec3 { Body::Ec3 } else { Body::Euipo },
            sealed_key: vec![k],
        }],
        attachments: vec![],
    }
}

fn reply(k: u8, report: u8, on: &str) -> NewMessage {
    NewMessage {
        id: format!("m{k}"),
        report_id: format!("{report:032x}"),
        author: Author::Reporter,
        reviewer_id: None,
        envelope: vec![k],
        created_day: day(on),
        attachments: vec![],
    }
}

fn digests_since_the_last_one(db: &Database) {
    let mut c = db.conn().unwrap();
    let reviewer = |name: &str, body| NewReviewer {
        profile: ReviewerProfile::new(body),
        name: name.into(),
        enrolment_token_hash: None,
        enrolment_expires: None,
        active: true,
        created_at: 1_000,
    };
    let ana = accounts::insert_account(&mut c, &reviewer("ana", Body::Euipo)).unwrap();
    let bo = accounts::insert_account(&mut c, &reviewer("bo", Body::Ec3)).unwrap();
    assert_eq!(n::settings(&mut c, ana).unwrap(), None);
    let daily =
        NotificationSettings::new("ana@example.eu", "", Frequency::Daily, true, "de").unwrap();
    n::save_settings(&mut c, ana, &daily, &day("2026-12-01"), 5).unwrap();
    let weekly =
        NotificationSettings::new("", "https://h.example.eu/x", Frequency::Weekly, false, "en")
            .unwrap();
    n::save_settings(&mut c, bo, &weekly, &day("2026-12-01"), 5).unwrap();
    assert_eq!(n::settings(&mut c, ana).unwrap(), Some(daily.clone()));

    // Saved on the 1st: nothing is due the same day; the daily digest is due on the 2nd (for
    // the 1st), the weekly one a week later.
    assert!(n::due_digests(&mut c, &day("2026-12-01"))
        .unwrap()
        .is_empty());
    let due = n::due_digests(&mut c, &day("2026-12-02")).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].reviewer_id, ana);
    assert_eq!(due[0].body, Body::Euipo);
    assert_eq!(due[0].after, Some(day("2026-11-30")));
    assert_eq!(due[0].through, day("2026-12-01"));
    assert_eq!(due[0].settings, daily);

    // Reports: two for EUIPO on the 1st, one on the 2nd, one before; one for EC3.
    for (k, d, ec3) in [
        (1, "2026-11-30", false),
        (2, "2026-12-01", false),
        (3, "2026-12-01", false),
        (4, "2026-12-02", false),
        (5, "2026-12-01", true),
    ] {
        reports::insert_report(&mut c, &report(k, d, ec3)).unwrap();
    }
    for (k, r, d) in [
        (1, 1, "2026-12-01"),
        (2, 1, "2026-11-30"),
        (3, 5, "2026-12-01"),
    ] {
        messages::insert_message(&mut c, &reply(k, r, d)).unwrap();
    }
    let a = n::arrivals(
        &mut c,
        Body::Euipo,
        Some(&day("2026-11-30")),
        &day("2026-12-01"),
    )
    .unwrap();
    assert_eq!((a.reports, a.replies), (2, 1));
    let b = n::arrivals(
        &mut c,
        Body::Ec3,
        Some(&day("2026-11-30")),
        &day("2026-12-01"),
    )
    .unwrap();
    assert_eq!((b.reports, b.replies), (1, 1));
    let all = n::arrivals(&mut c, Body::Euipo, None, &day("2026-12-02")).unwrap();
    assert_eq!((all.reports, all.replies), (4, 2));

    // A claim keeps a second run away until it is released or expires.
    assert!(n::claim_digest(&mut c, ana, 100, 60).unwrap());
    assert!(!n::claim_digest(&mut c, ana, 150, 60).unwrap());
    n::release_digest(&mut c, ana).unwrap();
    assert!(n::claim_digest(&mut c, ana, 151, 60).unwrap());
    assert!(
        n::claim_digest(&mut c, ana, 212, 60).unwrap(),
        "an expired claim is taken over"
    );
    n::mark_digest_sent(&mut c, ana, &day("2026-12-01")).unwrap();
    assert!(
        n::claim_digest(&mut c, ana, 213, 60).unwrap(),
        "sent releases the claim"
    );
    n::release_digest(&mut c, ana).unwrap();

    // Sent for the 1st: the daily digest is due again on the 3rd, not on the 2nd.
    assert!(n::due_digests(&mut c, &day("2026-12-02"))
        .unwrap()
        .is_empty());
    let due = n::due_digests(&mut c, &day("2026-12-03")).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].after, Some(day("2026-12-01")));
    // The weekly digest: due from the 8th; a failed delivery (claim released, not marked)
    // leaves it due; sent, it is due a week later.
    let weekly_due = |c: &mut storage::DbConn, d: &str| {
        n::due_digests(c, &day(d))
            .unwrap()
            .iter()
            .any(|x| x.reviewer_id == bo)
    };
    assert!(!weekly_due(&mut c, "2026-12-07"));
    assert!(weekly_due(&mut c, "2026-12-08"));
    assert!(n::claim_digest(&mut c, bo, 300, 60).unwrap());
    n::release_digest(&mut c, bo).unwrap();
    assert!(weekly_due(&mut c, "2026-12-08"));
    n::mark_digest_sent(&mut c, bo, &day("2026-12-07")).unwrap();
    assert!(!weekly_due(&mut c, "2026-12-14"));
    assert!(weekly_due(&mut c, "2026-12-15"));

    // A later save keeps the covered day; off removes the reviewer from the due list.
    let off = NotificationSettings::new("", "", Frequency::Off, false, "de").unwrap();
    n::save_settings(&mut c, ana, &off, &day("2026-12-05"), 6).unwrap();
    assert!(n::due_digests(&mut c, &day("2026-12-09"))
        .unwrap()
        .iter()
        .all(|x| x.reviewer_id != ana));
    n::save_settings(&mut c, ana, &daily, &day("2026-12-05"), 7).unwrap();
    let due = n::due_digests(&mut c, &day("2026-12-09")).unwrap();
    assert_eq!(
        due.iter().find(|x| x.reviewer_id == ana).unwrap().after,
        Some(day("2026-12-01"))
    );
}

on_both_backends!(digests_since_the_last_one);

#[test]
fn days_add_across_months_and_years() {
    assert_eq!(day("2026-12-31").add_days(1).unwrap(), day("2027-01-01"));
    assert_eq!(day("2027-03-01").add_days(-1).unwrap(), day("2027-02-28"));
    assert_eq!(day("2028-03-01").add_days(-1).unwrap(), day("2028-02-29"));
    assert_eq!(day("2026-12-07").add_days(-7).unwrap(), day("2026-11-30"));
}
