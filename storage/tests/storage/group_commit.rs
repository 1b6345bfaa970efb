//! Group commit, the WAL, spent tokens, staged uploads and shared rate budgets.

use super::*;

on_both_backends!(spent_tokens_and_staged_uploads, shared_rate_budget,);

// ---------------------------------------------------------------------------------------------
// Group commit

/// A batch where one report's id is already taken: that one alone is refused, the others are
/// stored whole (report, slots, attachments), and the refused one left nothing behind.
fn a_batch_keeps_the_good_items_and_refuses_the_bad_one(db: &Database) {
    let items = vec![
        sample_report(1, "2026-11-01"),
        sample_report(2, "2026-11-01"),
        sample_report(1, "2026-11-02"),
        sample_report(3, "2026-11-01"),
    ];
    let results = storage::batch::write_each(db, &items, reports::insert_report);
    assert!(
        results[0].is_ok() && results[1].is_ok() && results[3].is_ok(),
        "{results:?}"
    );
    assert!(
        matches!(results[2], Err(StorageError::Conflict(_))),
        "{results:?}"
    );
    let mut conn = db.conn().unwrap();
    let n = counts(&mut conn);
    assert_eq!(n["reports"], 3);
    assert_eq!(n["recipient_slots"], 6);
    assert_eq!(n["attachments"], 6);
    assert_eq!(n["attachment_chunks"], 9);
    let first = reports::find_report(&mut conn, &hex_id(1))
        .unwrap()
        .unwrap();
    assert_eq!(
        first.received_day,
        day("2026-11-01"),
        "the first write stands"
    );
}

on_both_backends!(a_batch_keeps_the_good_items_and_refuses_the_bad_one);

/// The WAL's checkpoint sequence number (bytes 12..16 of its header, big-endian): SQLite adds
/// one each time the WAL starts over from the beginning.
fn wal_restarts(db_file: &std::path::Path) -> u32 {
    let wal = std::fs::read(db_file.with_extension("db-wal")).unwrap();
    u32::from_be_bytes(wal[12..16].try_into().unwrap())
}

/// Writes whose commits never checkpoint (as the intake's committer writes) keep appending to
/// the WAL; `Database::checkpoint` copies it back so that the next write starts it over.
#[test]
fn checkpoint_lets_the_wal_start_over_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("test.db");
    let db = Database::connect(&format!("sqlite://{}", file.display())).unwrap();
    db.migrate().unwrap();
    let write = |n: u8| {
        db.write(|c| {
            storage::batch::leave_checkpoints_to_others(c)?;
            reports::insert_report(c, &sample_report(n, "2026-11-01"))
        })
        .unwrap()
    };
    write(1);
    let start = wal_restarts(&file);
    for n in 2..=60 {
        write(n);
    }
    let grown = std::fs::metadata(file.with_extension("db-wal"))
        .unwrap()
        .len();
    assert_eq!(
        wal_restarts(&file),
        start,
        "no restart without a checkpoint"
    );

    assert!(
        !db.checkpoint(1_000_000).unwrap(),
        "below the threshold, no writer is held back"
    );
    write(61);
    // With no commit during it, even the passive copy finishes: the WAL starts over.
    assert_eq!(wal_restarts(&file), start + 1, "the WAL started over");
    write(62);
    assert!(db.checkpoint(1).unwrap(), "copied back whole");
    write(63);
    assert_eq!(wal_restarts(&file), start + 2, "the WAL started over again");
    // And it keeps its size instead of growing: the next writes overwrite it from the start.
    for n in 64..=70 {
        write(n);
    }
    let after = std::fs::metadata(file.with_extension("db-wal"))
        .unwrap()
        .len();
    assert!(after <= grown, "WAL grew from {grown} to {after} bytes");
    let mut conn = db.conn().unwrap();
    assert_eq!(reports::count_reports(&mut conn).unwrap(), 70);
}

/// Another process holding SQLite's write lock past the busy timeout: the write fails as
/// `Busy` (answered with a 503 and Retry-After by the server), and nothing is written.
#[test]
fn a_write_lock_held_elsewhere_is_busy_not_a_query_error_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("test.db");
    let db = Database::connect(&format!("sqlite://{}", file.display())).unwrap();
    db.migrate().unwrap();
    let mut other = diesel::SqliteConnection::establish(file.to_str().unwrap()).unwrap();
    other.batch_execute("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let result = db.write(|c| reports::insert_report(c, &sample_report(1, "2026-11-01")));
    assert!(matches!(result, Err(StorageError::Busy(_))), "{result:?}");
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(4),
        "waited the busy timeout"
    );
    other.batch_execute("ROLLBACK").unwrap();
    let mut conn = db.conn().unwrap();
    assert_eq!(reports::count_reports(&mut conn).unwrap(), 0);
    // Once the lock is gone, the same write goes through.
    db.write(|c| reports::insert_report(c, &sample_report(1, "2026-11-01")))
        .unwrap();
}

/// A single-use token is spent once, by whichever connection, until it is purged; staged
/// upload chunks move into an attachment whole or not at all, and are discarded otherwise.
fn spent_tokens_and_staged_uploads(db: &Database) {
    use storage::uploads::{attach, discard, stage, StagedAttachment};
    let mut c = db.conn().unwrap();
    let digest = [7u8; 32];
    assert!(storage::spent::spend(&mut c, &digest, 100).unwrap());
    let mut other = db.conn().unwrap();
    assert!(!storage::spent::spend(&mut other, &digest, 100).unwrap());
    assert!(storage::spent::is_spent(&mut other, &digest).unwrap());
    assert_eq!(storage::spent::purge_expired(&mut c, 101).unwrap(), 1);
    assert!(!storage::spent::is_spent(&mut c, &digest).unwrap());

    let report = sample_report(1, "2026-03-01");
    storage::reports::insert_report(&mut c, &report).unwrap();
    let upload = "0123456789abcdef0123456789abcdef";
    stage(&mut c, upload, 0, &[vec![1; 10], vec![2; 20]], 1_000).unwrap();
    stage(&mut c, upload, 2, &[vec![3; 5]], 1_000).unwrap();
    let staged = StagedAttachment {
        id: "att1".into(),
        upload: upload.into(),
        chunk_count: 3,
        ciphertext_bytes: 35,
    };
    // A wrong chunk count is refused (and the caller's transaction rolled back).
    let wrong = StagedAttachment {
        chunk_count: 4,
        ..staged.clone()
    };
    let refused = storage::write_transaction(&mut c, |c| attach(c, &report.id, None, &[wrong]));
    assert!(refused.is_err());
    storage::write_transaction(&mut c, |c| attach(c, &report.id, None, &[staged])).unwrap();
    let stream = storage::reports::attachment_chunks(&mut c, "att1").unwrap();
    assert_eq!(stream, vec![vec![1; 10], vec![2; 20], vec![3; 5]]);
    assert_eq!(discard(&mut c, upload).unwrap(), 0, "moved, not copied");
    stage(
        &mut c,
        "fedcba9876543210fedcba9876543210",
        0,
        &[vec![9]],
        50,
    )
    .unwrap();
    assert_eq!(storage::uploads::purge_expired(&mut c, 51).unwrap(), 1);
}

/// A shared budget (GCRA): `burst` at once, then one per `period`, whichever connection asks.
fn shared_rate_budget(db: &Database) {
    use storage::rate::take;
    let mut a = db.conn().unwrap();
    let mut b = db.conn().unwrap();
    let (period, burst) = (1_000_000, 2);
    let t = 10_000_000_000;
    assert!(take(&mut a, "test", t, period, burst).unwrap());
    assert!(take(&mut b, "test", t, period, burst).unwrap());
    assert!(
        !take(&mut a, "test", t, period, burst).unwrap(),
        "burst spent"
    );
    assert!(!take(&mut b, "test", t + 500_000, period, burst).unwrap());
    assert!(take(&mut b, "test", t + 1_000_000, period, burst).unwrap());
    assert!(
        take(&mut a, "other", t, period, burst).unwrap(),
        "budgets are separate"
    );
}
