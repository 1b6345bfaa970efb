//! Reports, slots, messages and statistics records: round trips, refused values, cascades.

use super::*;

on_both_backends!(
    report_round_trip,
    failed_insert_leaves_nothing,
    invalid_values_rejected,
    status_days,
    grant_slots,
    cascade_delete,
    messages_in_order,
    stats_records_round_trip,
);

// ---------------------------------------------------------------------------------------------
// Reports

fn report_round_trip(db: &Database) {
    let mut c = db.conn().unwrap();
    let new = sample_report(1, "2026-07-14");
    reports::insert_report(&mut c, &new).unwrap();

    let got = reports::find_report(&mut c, &new.id).unwrap().unwrap();
    assert_eq!(got.id, new.id);
    assert!(got.to_euipo && got.to_ec3);
    assert_eq!(got.envelope, new.envelope);
    assert_eq!(got.recipient_digest, new.recipient_digest);
    assert_eq!(got.sealed_by, SealedBy::Browser);
    assert_eq!(got.received_day, day("2026-07-14"));
    assert_eq!(got.status, Status::New);
    assert_eq!(got.acknowledged_day, None);
    assert_eq!(got.closed_day, None);
    assert_eq!(got.updated_day, day("2026-07-14"));
    assert_eq!(got.receipt_lookup, new.receipt_lookup);
    assert_eq!(got.reporter_pk, new.reporter_pk);

    let by_receipt = reports::find_report_by_receipt_lookup(&mut c, &[1; 32])
        .unwrap()
        .unwrap();
    assert_eq!(by_receipt, got);
    assert!(reports::find_report_by_receipt_lookup(&mut c, &[9; 32])
        .unwrap()
        .is_none());
    assert!(reports::find_report(&mut c, &hex_id(9)).unwrap().is_none());

    let slots = reports::slots_for_report(&mut c, &new.id).unwrap();
    assert_eq!(slots.len(), 2);
    assert_eq!(slots[0].body, Body::Ec3);
    assert_eq!(slots[0].recipient_pk, [2; 32]);
    assert_eq!(slots[0].sealed_key, vec![1, 20]);
    assert_eq!(slots[1].body, Body::Euipo);
    assert!(slots
        .iter()
        .all(|s| s.granted_by.is_none() && s.report_id == new.id));

    let atts = reports::attachments_for_report(&mut c, &new.id).unwrap();
    assert_eq!(atts.len(), 2);
    assert_eq!(atts[0].id, "att-1-a");
    assert_eq!(atts[0].chunk_count, 3);
    assert_eq!(atts[0].ciphertext_bytes, 6);
    assert_eq!(atts[0].message_id, None);
    assert_eq!(atts[1].chunk_count, 0);
    assert_eq!(
        reports::attachment_chunks(&mut c, "att-1-a").unwrap(),
        vec![vec![1, 2, 3], vec![4, 5], vec![6]]
    );
    assert!(reports::attachment_chunks(&mut c, "att-1-b")
        .unwrap()
        .is_empty());
    assert!(matches!(
        reports::attachment_chunks(&mut c, "nope"),
        Err(StorageError::NotFound("attachment"))
    ));

    // Many chunks (more than one INSERT batch), in order.
    let mut big = sample_report(2, "2026-07-15");
    big.attachments = vec![NewAttachment {
        id: "big".into(),
        chunks: (0..600u32).map(|i| i.to_be_bytes().to_vec()).collect(),
    }];
    reports::insert_report(&mut c, &big).unwrap();
    let chunks = reports::attachment_chunks(&mut c, "big").unwrap();
    assert_eq!(chunks.len(), 600);
    assert!(chunks
        .iter()
        .enumerate()
        .all(|(i, ch)| ch == &(i as u32).to_be_bytes().to_vec()));

    // Lists: newest first, per body.
    let mut euipo_only = sample_report(3, "2026-06-01");
    euipo_only.to_ec3 = false;
    euipo_only.slots.retain(|s| s.body == Body::Euipo);
    reports::insert_report(&mut c, &euipo_only).unwrap();
    let euipo: Vec<_> = reports::list_reports_for_body(&mut c, Body::Euipo)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(euipo, vec![hex_id(2), hex_id(1), hex_id(3)]);
    let ec3: Vec<_> = reports::list_reports_for_body(&mut c, Body::Ec3)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ec3, vec![hex_id(2), hex_id(1)]);
}

/// A write that fails part-way leaves no row in any table.
fn failed_insert_leaves_nothing(db: &Database) {
    let mut c = db.conn().unwrap();
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    let before = counts(&mut c);

    // Same receipt lookup as report 1.
    let mut dup_receipt = sample_report(2, "2026-07-14");
    dup_receipt.receipt_lookup = [1; 32];
    assert!(matches!(
        reports::insert_report(&mut c, &dup_receipt),
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(counts(&mut c), before);

    // Fails at the last attachment, after the report, slots and first attachment were written.
    let mut dup_attachment = sample_report(3, "2026-07-14");
    dup_attachment.attachments.push(NewAttachment {
        id: "att-1-a".into(),
        chunks: vec![vec![9; 10]],
    });
    assert!(matches!(
        reports::insert_report(&mut c, &dup_attachment),
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(counts(&mut c), before);
    assert!(reports::find_report(&mut c, &hex_id(3)).unwrap().is_none());

    // A message whose attachment conflicts leaves no message.
    let msg = NewMessage {
        id: "m1".into(),
        report_id: hex_id(1),
        author: Author::Reporter,
        reviewer_id: None,
        envelope: vec![1],
        created_day: day("2026-07-15"),
        attachments: vec![NewAttachment {
            id: "att-1-b".into(),
            chunks: vec![vec![1]],
        }],
    };
    assert!(matches!(
        messages::insert_message(&mut c, &msg),
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(counts(&mut c), before);

    // The connection is still usable and the same report can now be written.
    reports::insert_report(&mut c, &sample_report(3, "2026-07-14")).unwrap();
}

fn invalid_values_rejected(db: &Database) {
    let mut c = db.conn().unwrap();
    assert!(matches!(
        "archived".parse::<Status>(),
        Err(StorageError::Invalid(_))
    ));
    assert!("ec3".parse::<Body>().is_err());
    assert!(matches!(
        "browser ".parse::<SealedBy>(),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        "system".parse::<Author>(),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        "2026-13-01".parse::<Day>(),
        Err(StorageError::Invalid(_))
    ));

    let before = counts(&mut c);
    let mut r = sample_report(1, "2026-07-14");
    r.id = "AB".repeat(16);
    assert!(matches!(
        reports::insert_report(&mut c, &r),
        Err(StorageError::Invalid(_))
    ));
    let mut r = sample_report(1, "2026-07-14");
    r.to_ec3 = false; // but it still has an EC3 slot
    assert!(matches!(
        reports::insert_report(&mut c, &r),
        Err(StorageError::Invalid(_))
    ));
    let mut r = sample_report(1, "2026-07-14");
    r.slots.retain(|s| s.body == Body::Euipo); // EC3 chosen but no EC3 slot
    assert!(matches!(
        reports::insert_report(&mut c, &r),
        Err(StorageError::Invalid(_))
    ));
    let mut r = sample_report(1, "2026-07-14");
    r.attachments[0].id = "../etc".into();
    assert!(matches!(
        reports::insert_report(&mut c, &r),
        Err(StorageError::Invalid(_))
    ));
    assert_eq!(counts(&mut c), before);

    // The database's own CHECK constraints back the enums up.
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    let raw = c.batch_execute("UPDATE reports SET status = 'archived'");
    let err = StorageError::from(raw.unwrap_err());
    assert!(matches!(err, StorageError::Invalid(_)), "{err:?}");
    let raw = c.batch_execute("UPDATE recipient_slots SET body = 'FBI'");
    assert!(matches!(
        StorageError::from(raw.unwrap_err()),
        StorageError::Invalid(_)
    ));
    assert_eq!(
        reports::find_report(&mut c, &hex_id(1))
            .unwrap()
            .unwrap()
            .status,
        Status::New
    );
    assert!(matches!(
        reports::set_status(&mut c, &hex_id(9), Status::Closed, &day("2026-07-15")),
        Err(StorageError::NotFound("report"))
    ));
}

fn status_days(db: &Database) {
    let mut c = db.conn().unwrap();
    let id = hex_id(1);
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    reports::set_status(&mut c, &id, Status::Acknowledged, &day("2026-07-15")).unwrap();
    reports::set_status(&mut c, &id, Status::InReview, &day("2026-07-16")).unwrap();
    let r = reports::find_report(&mut c, &id).unwrap().unwrap();
    assert_eq!(r.status, Status::InReview);
    assert_eq!(r.acknowledged_day, Some(day("2026-07-15")));
    assert_eq!(r.updated_day, day("2026-07-16"));
    assert_eq!(r.closed_day, None);
    reports::set_status(&mut c, &id, Status::Closed, &day("2026-07-20")).unwrap();
    let r = reports::find_report(&mut c, &id).unwrap().unwrap();
    assert_eq!(r.closed_day, Some(day("2026-07-20")));
    reports::set_status(&mut c, &id, Status::InReview, &day("2026-07-21")).unwrap();
    let r = reports::find_report(&mut c, &id).unwrap().unwrap();
    assert_eq!(r.closed_day, None);
    assert_eq!(r.acknowledged_day, Some(day("2026-07-15")));
    let list = reports::list_reports_for_body(&mut c, Body::Ec3).unwrap();
    assert_eq!(list[0].status, Status::InReview);
    assert_eq!(list[0].updated_day, day("2026-07-21"));
}

fn grant_slots(db: &Database) {
    let mut c = db.conn().unwrap();
    let mut r = sample_report(1, "2026-07-14");
    r.to_ec3 = false;
    r.slots.retain(|s| s.body == Body::Euipo);
    reports::insert_report(&mut c, &r).unwrap();
    let slot = NewSlot {
        recipient_pk: [7; 32],
        body: Body::Euipo,
        sealed_key: vec![7, 7],
    };
    reports::add_grant_slot(&mut c, &r.id, &slot, 42).unwrap();
    let slots = reports::slots_for_report(&mut c, &r.id).unwrap();
    assert_eq!(slots.len(), 2);
    let granted = slots.iter().find(|s| s.recipient_pk == [7; 32]).unwrap();
    assert_eq!(granted.granted_by, Some(42));
    assert_eq!(granted.sealed_key, vec![7, 7]);
    assert!(matches!(
        reports::add_grant_slot(&mut c, &r.id, &slot, 42),
        Err(StorageError::Conflict(_))
    ));
    let ec3_slot = NewSlot {
        recipient_pk: [8; 32],
        body: Body::Ec3,
        sealed_key: vec![8],
    };
    assert!(matches!(
        reports::add_grant_slot(&mut c, &r.id, &ec3_slot, 42),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        reports::add_grant_slot(&mut c, &hex_id(9), &slot, 42),
        Err(StorageError::NotFound("report"))
    ));
    assert_eq!(reports::slots_for_report(&mut c, &r.id).unwrap().len(), 2);
}

fn cascade_delete(db: &Database) {
    let mut c = db.conn().unwrap();
    let empty = counts(&mut c);
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    reports::insert_report(&mut c, &sample_report(2, "2026-07-14")).unwrap();
    let after_two_reports = counts(&mut c);
    // Report 1 also gets a message with an attachment, a stats record and a grant slot.
    messages::insert_message(
        &mut c,
        &NewMessage {
            id: "m1".into(),
            report_id: hex_id(1),
            author: Author::Reviewer,
            reviewer_id: Some(3),
            envelope: vec![1],
            created_day: day("2026-07-15"),
            attachments: vec![NewAttachment {
                id: "m1-att".into(),
                chunks: vec![vec![1], vec![2]],
            }],
        },
    )
    .unwrap();
    stats::insert_stats_record(
        &mut c,
        &NewStatsRecord {
            report_id: hex_id(1),
            source: Source::Reporter,
            sealed: vec![5; 40],
            created_day: day("2026-07-14"),
            reviewer_id: None,
        },
    )
    .unwrap();
    reports::add_grant_slot(
        &mut c,
        &hex_id(1),
        &NewSlot {
            recipient_pk: [9; 32],
            body: Body::Ec3,
            sealed_key: vec![9],
        },
        3,
    )
    .unwrap();

    reports::delete_report(&mut c, &hex_id(1)).unwrap();
    assert!(reports::find_report(&mut c, &hex_id(1)).unwrap().is_none());
    let after_delete = counts(&mut c);
    for t in ALL_TABLES {
        // Exactly report 2's rows remain (half of the two-report state).
        let expected = (after_two_reports[t] - empty[t]) / 2 + empty[t];
        assert_eq!(after_delete[t], expected, "table {t}");
    }
    assert!(matches!(
        reports::delete_report(&mut c, &hex_id(1)),
        Err(StorageError::NotFound("report"))
    ));
    reports::delete_report(&mut c, &hex_id(2)).unwrap();
    assert_eq!(counts(&mut c), empty);
}

fn messages_in_order(db: &Database) {
    let mut c = db.conn().unwrap();
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    reports::insert_report(&mut c, &sample_report(2, "2026-07-14")).unwrap();
    let msg = |id: &str, report: u8, author: Author, reviewer_id: Option<i64>| NewMessage {
        id: id.into(),
        report_id: hex_id(report),
        author,
        reviewer_id,
        envelope: id.as_bytes().to_vec(),
        created_day: day("2026-07-15"),
        attachments: vec![],
    };
    // Ids in reverse alphabetical order, all on one day: order must come from seq.
    let plan = [
        ("z", Author::Reporter, None),
        ("y", Author::Reviewer, Some(5)),
        ("x", Author::Note, Some(5)),
        ("w", Author::Reporter, None),
    ];
    for (i, (id, author, rid)) in plan.iter().enumerate() {
        let seq = messages::insert_message(&mut c, &msg(id, 1, *author, *rid)).unwrap();
        assert_eq!(seq, i as i64 + 1);
    }
    assert_eq!(
        messages::insert_message(&mut c, &msg("other", 2, Author::Reporter, None)).unwrap(),
        1
    );
    let all = messages::list_messages(&mut c, &hex_id(1), true).unwrap();
    let ids: Vec<_> = all.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["z", "y", "x", "w"]);
    assert_eq!(all[1].author, Author::Reviewer);
    assert_eq!(all[1].reviewer_id, Some(5));
    assert_eq!(all[1].envelope, b"y".to_vec());
    assert_eq!(all[1].created_day, day("2026-07-15"));
    let reporter_view: Vec<_> = messages::list_messages(&mut c, &hex_id(1), false)
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(reporter_view, ["z", "y", "w"]);

    let mut with_att = msg("v", 1, Author::Reporter, None);
    with_att.attachments = vec![NewAttachment {
        id: "v-1".into(),
        chunks: vec![vec![3, 3]],
    }];
    assert_eq!(messages::insert_message(&mut c, &with_att).unwrap(), 5);
    let atts = reports::attachments_for_message(&mut c, "v").unwrap();
    assert_eq!(atts.len(), 1);
    assert_eq!(atts[0].message_id.as_deref(), Some("v"));
    assert_eq!(atts[0].report_id, hex_id(1));
    assert_eq!(
        reports::attachment_chunks(&mut c, "v-1").unwrap(),
        vec![vec![3, 3]]
    );
    assert_eq!(messages::find_message(&mut c, "v").unwrap().unwrap().seq, 5);

    assert!(matches!(
        messages::insert_message(&mut c, &msg("u", 9, Author::Reporter, None)),
        Err(StorageError::NotFound("report"))
    ));
    assert!(matches!(
        messages::insert_message(&mut c, &msg("u", 1, Author::Reporter, Some(1))),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        messages::insert_message(&mut c, &msg("z", 1, Author::Reporter, None)),
        Err(StorageError::Conflict(_))
    ));
}

fn stats_records_round_trip(db: &Database) {
    let mut c = db.conn().unwrap();
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    let reporter = NewStatsRecord {
        report_id: hex_id(1),
        source: Source::Reporter,
        sealed: vec![1; 48],
        created_day: day("2026-07-14"),
        reviewer_id: None,
    };
    let reviewer = NewStatsRecord {
        source: Source::Reviewer,
        sealed: vec![2; 48],
        created_day: day("2026-07-20"),
        reviewer_id: Some(4),
        ..reporter.clone()
    };
    let a = stats::insert_stats_record(&mut c, &reporter).unwrap();
    let b = stats::insert_stats_record(&mut c, &reviewer).unwrap();
    assert!(b > a);
    let list = stats::stats_records_for_report(&mut c, &hex_id(1)).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id, a);
    assert_eq!(list[0].source, Source::Reporter);
    assert_eq!(list[0].sealed, vec![1; 48]);
    assert_eq!(list[1].source, Source::Reviewer);
    assert_eq!(list[1].reviewer_id, Some(4));
    assert_eq!(list[1].created_day, day("2026-07-20"));
    assert_eq!(
        (list[1].signature.clone(), list[1].signer.clone()),
        (None, None)
    );
    // A reviewer's signed classification keeps its signature and signer; a reporter's record
    // carries none, and a signature is 64 bytes.
    let signed = stats::RecordSignature {
        signer: "euipo-enrolled-4",
        signature: &[7; 64],
    };
    let s = stats::insert_stats_record_signed(&mut c, &reviewer, Some(signed)).unwrap();
    let list = stats::stats_records_for_report(&mut c, &hex_id(1)).unwrap();
    let stored = list.iter().find(|r| r.id == s).unwrap();
    assert_eq!(stored.signature.as_deref(), Some(&[7u8; 64][..]));
    assert_eq!(stored.signer.as_deref(), Some("euipo-enrolled-4"));
    let sealed = stats::sealed_stats_records(&mut c, &[a, s]).unwrap();
    assert_eq!(sealed.len(), 2);
    assert_eq!(
        (sealed[0].signature.as_deref(), sealed[0].signer.as_deref()),
        (None, None)
    );
    assert_eq!(sealed[1].signer.as_deref(), Some("euipo-enrolled-4"));
    for (record, sig) in [
        (&reporter, signed),
        (
            &reviewer,
            stats::RecordSignature {
                signature: &[7; 63],
                ..signed
            },
        ),
    ] {
        assert!(matches!(
            stats::insert_stats_record_signed(&mut c, record, Some(sig)),
            Err(StorageError::Invalid(_))
        ));
    }
    assert!(matches!(
        stats::insert_stats_record(
            &mut c,
            &NewStatsRecord {
                reviewer_id: None,
                ..reviewer.clone()
            }
        ),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        stats::insert_stats_record(
            &mut c,
            &NewStatsRecord {
                report_id: hex_id(9),
                ..reporter.clone()
            }
        ),
        Err(StorageError::Conflict(_))
    ));
}
