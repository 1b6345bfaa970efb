//! Correlation: sealed key copies replaced per body, uploads replaced per report and body, and
//! matching only within one body and key id, only over reports addressed to that body.

use super::*;
use storage::correlation::{self, KindHash, Related};

on_both_backends!(
    sealed_copies_are_replaced_per_body,
    uploads_match_within_body_and_key,
    deleting_a_report_deletes_its_hashes,
);

fn h(kind: &str, n: u8) -> KindHash {
    KindHash {
        kind: kind.into(),
        hash: format!("{n:02x}").repeat(32),
    }
}

fn sealed_copies_are_replaced_per_body(db: &Database) {
    let mut c = db.conn().unwrap();
    let copies = vec![
        ("euipo-1".to_string(), vec![1; 80]),
        ("euipo-recovery".to_string(), vec![2; 80]),
    ];
    correlation::replace_sealed_keys(&mut c, Body::Euipo, "id-a", 3, &copies, 10).unwrap();
    correlation::replace_sealed_keys(
        &mut c,
        Body::Ec3,
        "id-c",
        3,
        &[("ec3-1".into(), vec![3; 80])],
        10,
    )
    .unwrap();
    let got = correlation::sealed_key_for(&mut c, Body::Euipo, "euipo-1")
        .unwrap()
        .unwrap();
    assert_eq!(
        (got.key_id.as_str(), got.serial, got.sealed),
        ("id-a", 3, vec![1; 80])
    );
    // Another body's entry is not this body's.
    assert!(correlation::sealed_key_for(&mut c, Body::Euipo, "ec3-1")
        .unwrap()
        .is_none());
    // A new import replaces the body's copies as a whole, and leaves the other body's.
    correlation::replace_sealed_keys(
        &mut c,
        Body::Euipo,
        "id-b",
        4,
        &[("euipo-2".into(), vec![4; 80])],
        11,
    )
    .unwrap();
    assert!(correlation::sealed_key_for(&mut c, Body::Euipo, "euipo-1")
        .unwrap()
        .is_none());
    assert_eq!(
        correlation::sealed_key_for(&mut c, Body::Euipo, "euipo-2")
            .unwrap()
            .unwrap()
            .key_id,
        "id-b"
    );
    assert!(correlation::sealed_key_for(&mut c, Body::Ec3, "ec3-1")
        .unwrap()
        .is_some());
    assert_eq!(counts(&mut c)["correlation_keys"], 2);
    // No copy: refused, nothing changed.
    assert!(correlation::replace_sealed_keys(&mut c, Body::Euipo, "id-z", 5, &[], 12).is_err());
    assert_eq!(counts(&mut c)["correlation_keys"], 2);
}

fn uploads_match_within_body_and_key(db: &Database) {
    let mut c = db.conn().unwrap();
    // 1 and 2: both bodies; 3: EUIPO only; 4: EC3 only.
    for (n, euipo, ec3) in [
        (1, true, true),
        (2, true, true),
        (3, true, false),
        (4, false, true),
    ] {
        let mut r = sample_report(n, "2026-07-14");
        r.to_euipo = euipo;
        r.to_ec3 = ec3;
        if !euipo {
            r.slots.retain(|s| s.body != Body::Euipo);
        }
        if !ec3 {
            r.slots.retain(|s| s.body != Body::Ec3);
        }
        reports::insert_report(&mut c, &r).unwrap();
    }
    let up = |c: &mut DbConn, n: u8, body: Body, key: &str, hs: &[KindHash]| {
        correlation::replace_hashes(c, &hex_id(n), body, key, hs).unwrap()
    };
    // Duplicates collapse.
    assert_eq!(
        up(
            &mut c,
            1,
            Body::Euipo,
            "k",
            &[h("ip", 1), h("ip", 1), h("domain", 2), h("organisation", 9)]
        ),
        3
    );
    up(&mut c, 2, Body::Euipo, "k", &[h("ip", 1), h("domain", 2)]);
    up(
        &mut c,
        3,
        Body::Euipo,
        "k",
        &[h("organisation", 9), h("ip", 5)],
    );
    // The same hashes under another key id (a later key) and another body never match.
    up(&mut c, 4, Body::Ec3, "k", &[h("ip", 1), h("domain", 2)]);
    up(&mut c, 2, Body::Ec3, "k", &[h("ip", 1)]);
    let rel = correlation::related(&mut c, &hex_id(1), Body::Euipo).unwrap();
    assert_eq!(
        rel,
        vec![
            Related {
                report_id: hex_id(3),
                shared: 0,
                same_organisation: true
            },
            Related {
                report_id: hex_id(2),
                shared: 2,
                same_organisation: false
            },
        ]
    );
    // EC3 sees its own uploads only, and only reports addressed to EC3.
    let rel = correlation::related(&mut c, &hex_id(2), Body::Ec3).unwrap();
    assert_eq!(
        rel,
        vec![Related {
            report_id: hex_id(4),
            shared: 1,
            same_organisation: false
        }]
    );
    // A report EC3 did not upload for: nothing.
    assert!(correlation::related(&mut c, &hex_id(1), Body::Ec3)
        .unwrap()
        .is_empty());
    // EUIPO's hashes of report 4 (not addressed to EUIPO, say a forged upload) are never listed.
    up(&mut c, 4, Body::Euipo, "k", &[h("ip", 1)]);
    let rel = correlation::related(&mut c, &hex_id(1), Body::Euipo).unwrap();
    assert!(rel.iter().all(|r| r.report_id != hex_id(4)));
    // Another key id: no match.
    up(&mut c, 2, Body::Euipo, "k2", &[h("ip", 1), h("domain", 2)]);
    let rel = correlation::related(&mut c, &hex_id(1), Body::Euipo).unwrap();
    assert_eq!(
        rel.iter().map(|r| r.report_id.clone()).collect::<Vec<_>>(),
        vec![hex_id(3)]
    );
    // A new upload replaces the earlier one.
    up(&mut c, 1, Body::Euipo, "k", &[h("ip", 7)]);
    assert!(correlation::related(&mut c, &hex_id(1), Body::Euipo)
        .unwrap()
        .is_empty());
    // An unknown report: refused, nothing written.
    let before = counts(&mut c)["correlation_hashes"];
    assert!(
        correlation::replace_hashes(&mut c, &hex_id(99), Body::Euipo, "k", &[h("ip", 1)]).is_err()
    );
    assert_eq!(counts(&mut c)["correlation_hashes"], before);
}

fn deleting_a_report_deletes_its_hashes(db: &Database) {
    let mut c = db.conn().unwrap();
    reports::insert_report(&mut c, &sample_report(1, "2026-07-14")).unwrap();
    correlation::replace_hashes(&mut c, &hex_id(1), Body::Euipo, "k", &[h("ip", 1)]).unwrap();
    assert_eq!(counts(&mut c)["correlation_hashes"], 1);
    reports::delete_report(&mut c, &hex_id(1)).unwrap();
    assert_eq!(counts(&mut c)["correlation_hashes"], 0);
}
