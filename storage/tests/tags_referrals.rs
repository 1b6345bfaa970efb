//! Tags and referrals on both backends (issue 17, points 3 and 4): the operator's tag list per
//! body, tags put on and taken off reports only from that list and only by the report's
//! bodies; a referral adds the receiving body's slots and addresses the report to it, once,
//! and refuses what it must without writing anything.
#![allow(clippy::unwrap_used)]

mod common;

use storage::accounts::{self, NewReviewer, ReviewerProfile};
use storage::reports::{self, NewReferral, NewReport, NewSlot};
use storage::{Body, Database, Day, SealedBy, Status, StorageError};

fn report(n: u8, to_euipo: bool, to_ec3: bool) -> NewReport {
    NewReport {
        id: format!("{n:032x}"),
        to_euipo,
        to_ec3,
        envelope: vec![n, 1, 2, 3],
        recipient_digest: vec![n; 32],
        sealed_by: SealedBy::Browser,
        received_day: "2026-11-02".parse::<Day>().unwrap(),
        receipt_lookup: [n; 32],
        reporter_pk: [n; 32],
        slots: [(Body::Euipo, to_euipo), (Body::Ec3, to_ec3)]
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

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn tags(db: &Database) {
    let mut c = db.conn().unwrap();
    reports::insert_report(&mut c, &report(1, true, false)).unwrap();
    let d = day("2026-12-07");
    // The operator's list: names are checked, duplicates refused, lists are per body.
    for bad in ["", "two words", "a/b", &"x".repeat(33), "note:secret"] {
        assert!(
            matches!(
                reports::add_body_tag(&mut c, Body::Euipo, bad, &d),
                Err(StorageError::Invalid(_))
            ),
            "{bad:?}"
        );
    }
    reports::add_body_tag(&mut c, Body::Euipo, "phishing", &d).unwrap();
    reports::add_body_tag(&mut c, Body::Euipo, "priorité-1", &d).unwrap();
    reports::add_body_tag(&mut c, Body::Ec3, "ransomware", &d).unwrap();
    assert!(matches!(
        reports::add_body_tag(&mut c, Body::Euipo, "phishing", &d),
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(
        reports::body_tags(&mut c, Body::Euipo).unwrap(),
        ["phishing", "priorité-1"]
    );
    assert_eq!(
        reports::body_tags(&mut c, Body::Ec3).unwrap(),
        ["ransomware"]
    );

    // On a report: only the body's own tags, only on its reports, once.
    let rid = format!("{:032x}", 1);
    reports::tag_report(&mut c, &rid, Body::Euipo, "phishing", 7, &d).unwrap();
    assert!(matches!(
        reports::tag_report(&mut c, &rid, Body::Euipo, "phishing", 7, &d),
        Err(StorageError::Conflict(_))
    ));
    assert!(matches!(
        reports::tag_report(&mut c, &rid, Body::Euipo, "ransomware", 7, &d),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        reports::tag_report(&mut c, &rid, Body::Ec3, "ransomware", 7, &d),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        reports::tag_report(
            &mut c,
            &format!("{:032x}", 9),
            Body::Euipo,
            "phishing",
            7,
            &d
        ),
        Err(StorageError::NotFound(_))
    ));
    reports::tag_report(&mut c, &rid, Body::Euipo, "priorité-1", 7, &d).unwrap();
    assert_eq!(
        reports::report_tags(&mut c, &rid, Body::Euipo).unwrap(),
        ["phishing", "priorité-1"]
    );
    let by_report = reports::tags_for_body(&mut c, Body::Euipo).unwrap();
    assert_eq!(by_report.len(), 1);
    assert_eq!(by_report[&rid], ["phishing", "priorité-1"]);
    assert!(reports::tags_for_body(&mut c, Body::Ec3)
        .unwrap()
        .is_empty());

    // Off again; a tag removed from the list leaves every report.
    reports::untag_report(&mut c, &rid, Body::Euipo, "phishing").unwrap();
    assert!(matches!(
        reports::untag_report(&mut c, &rid, Body::Euipo, "phishing"),
        Err(StorageError::NotFound(_))
    ));
    reports::remove_body_tag(&mut c, Body::Euipo, "priorité-1").unwrap();
    assert!(reports::report_tags(&mut c, &rid, Body::Euipo)
        .unwrap()
        .is_empty());
    assert!(matches!(
        reports::remove_body_tag(&mut c, Body::Euipo, "priorité-1"),
        Err(StorageError::NotFound(_))
    ));
    assert_eq!(
        reports::body_tags(&mut c, Body::Euipo).unwrap(),
        ["phishing"]
    );
}

fn referrals(db: &Database) {
    let mut c = db.conn().unwrap();
    let reviewer = accounts::insert_account(
        &mut c,
        &NewReviewer {
            profile: ReviewerProfile::new(Body::Euipo),
            name: "ana".into(),
            enrolment_token_hash: None,
            enrolment_expires: None,
            active: true,
            created_at: 1_000,
        },
    )
    .unwrap();
    reports::insert_report(&mut c, &report(1, true, false)).unwrap();
    reports::insert_report(&mut c, &report(2, true, true)).unwrap();
    let rid = format!("{:032x}", 1);
    let slot = |k: u8, body| NewSlot {
        recipient_pk: [k; 32],
        body,
        sealed_key: vec![k; 80],
    };
    let referral = |rid: &str, from, to, slots: Vec<NewSlot>| NewReferral {
        report_id: rid.to_string(),
        from,
        to,
        referred_by: reviewer,
        day: day("2026-12-01"),
        slots,
        note: Some(vec![9; 40]),
    };
    let before = reports::slots_for_report(&mut c, &rid).unwrap();

    // Refused, with nothing written: the same body, a slot of the wrong body, no slot, a
    // report not addressed to the referring body, an unknown report.
    let refused = [
        referral(&rid, Body::Euipo, Body::Euipo, vec![slot(5, Body::Euipo)]),
        referral(
            &rid,
            Body::Euipo,
            Body::Ec3,
            vec![slot(5, Body::Ec3), slot(6, Body::Euipo)],
        ),
        referral(&rid, Body::Euipo, Body::Ec3, vec![]),
        referral(&rid, Body::Ec3, Body::Euipo, vec![slot(5, Body::Euipo)]),
    ];
    for r in &refused {
        assert!(matches!(
            reports::refer_report(&mut c, r),
            Err(StorageError::Invalid(_))
        ));
    }
    assert!(matches!(
        reports::refer_report(
            &mut c,
            &referral(
                &format!("{:032x}", 9),
                Body::Euipo,
                Body::Ec3,
                vec![slot(5, Body::Ec3)]
            )
        ),
        Err(StorageError::NotFound(_))
    ));
    // A report the reporter sent to both bodies is not referred.
    assert!(matches!(
        reports::refer_report(
            &mut c,
            &referral(
                &format!("{:032x}", 2),
                Body::Euipo,
                Body::Ec3,
                vec![slot(5, Body::Ec3)]
            )
        ),
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(reports::slots_for_report(&mut c, &rid).unwrap(), before);
    assert!(!reports::find_report(&mut c, &rid).unwrap().unwrap().to_ec3);
    assert!(reports::referrals_of_report(&mut c, &rid)
        .unwrap()
        .is_empty());

    // EUIPO -> EC3: the slots stored as granted by the referrer, the report now EC3's too.
    let ok = referral(
        &rid,
        Body::Euipo,
        Body::Ec3,
        vec![slot(5, Body::Ec3), slot(6, Body::Ec3)],
    );
    reports::refer_report(&mut c, &ok).unwrap();
    let r = reports::find_report(&mut c, &rid).unwrap().unwrap();
    assert!(r.to_euipo && r.to_ec3);
    let slots = reports::slots_for_report(&mut c, &rid).unwrap();
    assert_eq!(slots.len(), 3);
    assert_eq!(
        slots
            .iter()
            .filter(|s| s.body == Body::Ec3 && s.granted_by == Some(reviewer))
            .count(),
        2
    );
    let ids: Vec<String> = reports::envelopes_for_body(&mut c, Body::Ec3)
        .unwrap()
        .into_iter()
        .map(|(s, _)| s.id)
        .collect();
    assert!(ids.contains(&rid));
    let granted = reports::granted_slots_for_key(&mut c, &[5; 32]).unwrap();
    assert_eq!(granted, vec![(rid.clone(), vec![5; 80])]);

    // The receiving body's clock starts on the referral day, unacknowledged; the referring
    // body's stays on the received day.
    let ec3_days = reports::deadline_days_for_body(&mut c, Body::Ec3).unwrap();
    assert!(ec3_days.contains(&(Status::New, day("2026-12-01"), None)));
    assert_eq!(
        ec3_days.len(),
        2,
        "the referred report and the one sent to both"
    );
    let euipo_days = reports::deadline_days_for_body(&mut c, Body::Euipo).unwrap();
    assert!(euipo_days.iter().all(|(_, d, _)| *d == day("2026-11-02")));

    // Once only.
    assert!(matches!(
        reports::refer_report(&mut c, &ok),
        Err(StorageError::Conflict(_))
    ));
    let stored = reports::referrals_of_report(&mut c, &rid).unwrap();
    assert_eq!(stored.len(), 1);
    let s = &stored[0];
    assert_eq!(
        (s.from, s.to, s.referred_by),
        (Body::Euipo, Body::Ec3, reviewer)
    );
    assert_eq!(s.day, day("2026-12-01"));
    assert_eq!(s.note, Some(vec![9; 40]));
    assert_eq!(s.acknowledged_day, None);

    // The receiving body's acknowledgement: the first day it wrote to the reporter.
    reports::acknowledge_referral(&mut c, &rid, Body::Euipo, &day("2026-12-02")).unwrap();
    reports::acknowledge_referral(&mut c, &rid, Body::Ec3, &day("2026-12-03")).unwrap();
    reports::acknowledge_referral(&mut c, &rid, Body::Ec3, &day("2026-12-05")).unwrap();
    let to_ec3 = reports::referrals_to_body(&mut c, Body::Ec3).unwrap();
    assert_eq!(to_ec3[&rid].acknowledged_day, Some(day("2026-12-03")));
    assert!(reports::referrals_to_body(&mut c, Body::Euipo)
        .unwrap()
        .is_empty());

    // Deadlines and figures of EC3 count the referred report from the referral, acknowledged
    // on the day EC3 first wrote; EUIPO's from the day it was received.
    let ec3_days = reports::deadline_days_for_body(&mut c, Body::Ec3).unwrap();
    assert!(ec3_days.contains(&(
        Status::Acknowledged,
        day("2026-12-01"),
        Some(day("2026-12-03"))
    )));
    let ec3_cases = reports::case_days_for_body(&mut c, Body::Ec3).unwrap();
    let case = ec3_cases
        .iter()
        .find(|k| k.received == day("2026-12-01"))
        .unwrap();
    assert_eq!(case.acknowledged, Some(day("2026-12-03")));
    assert_eq!(case.status, Status::Acknowledged);
    let euipo_cases = reports::case_days_for_body(&mut c, Body::Euipo).unwrap();
    assert!(euipo_cases.iter().all(|k| k.received == day("2026-11-02")));
}

on_both_backends!(tags, referrals);
