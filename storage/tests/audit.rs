//! The audit log inside an action's own transaction (`append_audit_in`): the action and its
//! audit row commit together or not at all, on SQLite and on PostgreSQL, and the hash chain
//! holds when many audited actions run at once.
#![allow(clippy::unwrap_used)]

mod common;

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use storage::audit::{self, append_audit_in, AuditEntry};
use storage::{instance, ActorKind, Database, DbConn, StorageError};

fn entry(action: &str, n: i64) -> AuditEntry {
    AuditEntry {
        at: 1_785_000_000 + n,
        actor_kind: ActorKind::Reviewer,
        actor_id: Some("7".into()),
        action: action.to_string(),
        object_kind: Some("secret".into()),
        object_id: Some(n.to_string()),
        detail: serde_json::json!({ "n": n }),
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn rows(conn: &mut DbConn, table: &str) -> i64 {
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
        .get_result::<Count>(conn)
        .unwrap()
        .n
}

/// The audited action of these tests: storing an instance secret.
fn act(conn: &mut DbConn, name: &str) -> Result<(), StorageError> {
    instance::get_or_create(conn, name, &[7u8; 32]).map(drop)
}

on_both_backends!(
    audit_in_transaction_commits_with_the_action,
    audit_write_failing_leaves_no_action,
    action_failing_after_audit_leaves_no_audit_row,
    audit_in_needs_an_open_transaction,
    audit_chain_holds_under_concurrent_audited_actions,
);

fn audit_in_transaction_commits_with_the_action(db: &Database) {
    let rec = db
        .write(|c| {
            act(c, "one")?;
            append_audit_in(c, &entry("secret.created", 1))
        })
        .unwrap();
    assert_eq!(rec.seq, 1);
    let mut c = db.conn().unwrap();
    assert_eq!(rows(&mut c, "instance_secrets"), 1);
    assert_eq!(audit::verify_audit_chain(&mut c).unwrap(), Ok(1));
}

fn audit_write_failing_leaves_no_action(db: &Database) {
    let refused = db.write(|c| {
        act(c, "two")?;
        // Not a JSON object: the audit write fails, and with it the whole transaction.
        let bad = AuditEntry {
            detail: serde_json::json!("text"),
            ..entry("secret.created", 2)
        };
        append_audit_in(c, &bad)
    });
    assert!(
        matches!(refused, Err(StorageError::Invalid(_))),
        "{refused:?}"
    );
    let mut c = db.conn().unwrap();
    assert_eq!(
        rows(&mut c, "instance_secrets"),
        0,
        "the action was rolled back"
    );
    assert_eq!(rows(&mut c, "audit_log"), 0);
    // The chain goes on from where it was: the failed append left no gap.
    db.write(|c| {
        act(c, "two")?;
        append_audit_in(c, &entry("secret.created", 2))
    })
    .unwrap();
    assert_eq!(audit::verify_audit_chain(&mut c).unwrap(), Ok(1));
}

fn action_failing_after_audit_leaves_no_audit_row(db: &Database) {
    let failed: Result<(), StorageError> = db.write(|c| {
        append_audit_in(c, &entry("secret.created", 3))?;
        Err(StorageError::Invalid("the action failed".into()))
    });
    assert!(failed.is_err());
    let mut c = db.conn().unwrap();
    assert_eq!(rows(&mut c, "audit_log"), 0);
}

fn audit_in_needs_an_open_transaction(db: &Database) {
    let mut c = db.conn().unwrap();
    assert!(matches!(
        append_audit_in(&mut c, &entry("secret.created", 4)),
        Err(StorageError::Invalid(_))
    ));
    assert_eq!(rows(&mut c, "audit_log"), 0);
    // The stand-alone append still opens its own transaction.
    audit::append_audit(&mut c, &entry("page.viewed", 4)).unwrap();
    assert_eq!(audit::verify_audit_chain(&mut c).unwrap(), Ok(1));
}

fn audit_chain_holds_under_concurrent_audited_actions(db: &Database) {
    const THREADS: i64 = 4;
    const EACH: i64 = 10;
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let db = db.clone();
            std::thread::spawn(move || {
                for i in 0..EACH {
                    let n = t * 100 + i;
                    if i % 3 == 2 {
                        // Stand-alone events interleave with the audited actions.
                        let mut c = db.conn().unwrap();
                        audit::append_audit(&mut c, &entry("page.viewed", n)).unwrap();
                        continue;
                    }
                    db.write(|c| {
                        act(c, &format!("secret-{n}"))?;
                        append_audit_in(c, &entry("secret.created", n))
                    })
                    .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut c = db.conn().unwrap();
    let total = THREADS * EACH;
    assert_eq!(audit::verify_audit_chain(&mut c).unwrap(), Ok(total as u64));
    let seqs: Vec<i64> = audit::audit_entries(&mut c, 0, 1000)
        .unwrap()
        .iter()
        .map(|r| r.seq)
        .collect();
    assert_eq!(seqs, (1..=total).collect::<Vec<_>>());
    let actions = THREADS * (EACH - EACH / 3);
    assert_eq!(rows(&mut c, "instance_secrets"), actions);
}
