//! The audit log's hash chain: tampering and gaps detected, concurrent appends in order.

use super::*;

on_both_backends!(
    audit_chain_detects_tampering,
    audit_chain_detects_gap,
    audit_concurrent_appends,
);

// ---------------------------------------------------------------------------------------------
// Audit log

fn audit_chain_detects_tampering(db: &Database) {
    let mut c = db.conn().unwrap();
    assert_eq!(audit::verify_audit_chain(&mut c).unwrap(), Ok(0));
    let base = 1_785_000_000; // some time in 2026
    let mut last_hash = [0u8; 32];
    for i in 1..=5 {
        let actor = if i == 1 {
            ActorKind::Reporter
        } else {
            ActorKind::Reviewer
        };
        let rec =
            audit::append_audit(&mut c, &entry(base + i * 61, actor, "report.touched", i)).unwrap();
        assert_eq!(rec.seq, i);
        assert_eq!(rec.prev_hash, last_hash);
        last_hash = rec.hash;
    }
    let rows = audit::audit_entries(&mut c, 0, 100).unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0].at % 86_400, 0, "reporter times are stored as days");
    assert_eq!(rows[1].at, base + 2 * 61);
    assert_eq!(rows[2].detail, r#"{"n":3}"#);
    assert_eq!(rows[0].prev_hash, [0u8; 32]);
    assert_eq!(audit::verify_audit_chain(&mut c).unwrap(), Ok(5));

    assert!(matches!(
        audit::append_audit(
            &mut c,
            &AuditEntry {
                detail: serde_json::json!("text"),
                ..entry(base, ActorKind::System, "x", 0)
            }
        ),
        Err(StorageError::Invalid(_))
    ));

    c.batch_execute(r#"UPDATE audit_log SET detail = '{"n":33}' WHERE seq = 3"#)
        .unwrap();
    assert_eq!(
        audit::verify_audit_chain(&mut c).unwrap(),
        Err(AuditBreak {
            seq: 3,
            reason: AuditBreakReason::HashMismatch
        })
    );
}

fn audit_chain_detects_gap(db: &Database) {
    let mut c = db.conn().unwrap();
    for i in 1..=4 {
        audit::append_audit(
            &mut c,
            &entry(1_785_000_000 + i, ActorKind::Operator, "a", i),
        )
        .unwrap();
    }
    c.batch_execute("DELETE FROM audit_log WHERE seq = 2")
        .unwrap();
    assert_eq!(
        audit::verify_audit_chain(&mut c).unwrap(),
        Err(AuditBreak {
            seq: 3,
            reason: AuditBreakReason::SeqGap
        })
    );
}

fn audit_concurrent_appends(db: &Database) {
    const THREADS: i64 = 4;
    const EACH: i64 = 15;
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let db = db.clone();
            std::thread::spawn(move || {
                for i in 0..EACH {
                    let mut c = db.conn().unwrap();
                    audit::append_audit(
                        &mut c,
                        &entry(
                            1_785_000_000 + i,
                            ActorKind::Reviewer,
                            "concurrent",
                            t * 100 + i,
                        ),
                    )
                    .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut c = db.conn().unwrap();
    assert_eq!(
        audit::verify_audit_chain(&mut c).unwrap(),
        Ok((THREADS * EACH) as u64)
    );
    let rows = audit::audit_entries(&mut c, 0, 1000).unwrap();
    let seqs: Vec<i64> = rows.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, (1..=THREADS * EACH).collect::<Vec<_>>());
}
