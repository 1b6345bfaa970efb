//! Repository tests. Each `fn x(db: &Database)` runs on SQLite and on PostgreSQL
//! (`x::sqlite`, `x::postgres`) through `on_both_backends!`.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use storage::accounts::{self, NewApiToken, NewMemberStateUser, NewReviewer, NewSession};
use storage::audit::{self, AuditBreak, AuditBreakReason, AuditEntry};
use storage::messages::{self, NewMessage};
use storage::reports::{self, NewAttachment, NewReport, NewSlot};
use storage::stats::{self, NewStatsRecord};
use storage::{
    parse_database_url, ActorKind, Author, Backend, Body, Database, Day, DbConn, PrincipalKind,
    SealedBy, Source, Status, StorageError,
};

const ALL_TABLES: &[&str] = &[
    "reports",
    "recipient_slots",
    "messages",
    "attachments",
    "attachment_chunks",
    "stats_records",
    "reviewers",
    "member_state_users",
    "api_tokens",
    "sessions",
    "audit_log",
    "releases",
    "release_tables",
    "release_cells",
    "privacy_ledger",
    "instance_secrets",
    "keyring_serials",
    "spent_tokens",
    "upload_chunks",
    "rate_limits",
    "assignments",
    "body_tags",
    "report_tags",
    "referrals",
];

// ---------------------------------------------------------------------------------------------
// Helpers

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn hex_id(n: u8) -> String {
    format!(
        "{:032x}",
        u128::from(n) * 0x0101_0101_0101_0101_0101_0101_0101_0101
    )
}

fn sample_report(n: u8, received: &str) -> NewReport {
    NewReport {
        id: hex_id(n),
        to_euipo: true,
        to_ec3: true,
        envelope: vec![n, 1, 2, 3, 0, 255],
        recipient_digest: vec![n; 32],
        sealed_by: SealedBy::Browser,
        received_day: day(received),
        receipt_lookup: [n; 32],
        reporter_pk: [n.wrapping_add(100); 32],
        slots: vec![
            NewSlot {
                recipient_pk: [1; 32],
                body: Body::Euipo,
                sealed_key: vec![n, 10],
            },
            NewSlot {
                recipient_pk: [2; 32],
                body: Body::Ec3,
                sealed_key: vec![n, 20],
            },
        ],
        attachments: vec![
            NewAttachment {
                id: format!("att-{n}-a"),
                chunks: vec![vec![1, 2, 3], vec![4, 5], vec![6]],
            },
            NewAttachment {
                id: format!("att-{n}-b"),
                chunks: vec![],
            },
        ],
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn counts(conn: &mut DbConn) -> BTreeMap<&'static str, i64> {
    ALL_TABLES
        .iter()
        .map(|t| {
            let c: Count = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {t}"))
                .get_result(conn)
                .unwrap();
            (*t, c.n)
        })
        .collect()
}

#[derive(QueryableByName)]
struct ColumnRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

/// (table, column) of every user table, from the database's own catalogue.
fn columns(conn: &mut DbConn) -> Vec<(String, String)> {
    let sql = match conn.backend() {
        Backend::Sqlite => {
            "SELECT m.name AS table_name, p.name AS column_name \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns WHERE table_schema = 'public'"
        }
    };
    diesel::sql_query(sql)
        .load::<ColumnRow>(conn)
        .unwrap()
        .into_iter()
        .map(|r| (r.table_name, r.column_name))
        .collect()
}

fn entry(at: i64, actor: ActorKind, action: &str, n: i64) -> AuditEntry {
    AuditEntry {
        at,
        actor_kind: actor,
        actor_id: (actor == ActorKind::Reviewer).then(|| "7".to_string()),
        action: action.to_string(),
        object_kind: Some("report".into()),
        object_id: Some(hex_id(1)),
        detail: serde_json::json!({ "n": n }),
    }
}

// ---------------------------------------------------------------------------------------------
// URLs and connections (no database needed, or SQLite only)

#[cfg(all(feature = "sqlite", feature = "postgres"))]
#[test]
fn url_parsing() {
    assert_eq!(
        parse_database_url("sqlite://data/x.db").unwrap(),
        storage::DatabaseTarget::Sqlite("data/x.db".into())
    );
    assert_eq!(
        parse_database_url("sqlite:///abs/x.db").unwrap(),
        storage::DatabaseTarget::Sqlite("/abs/x.db".into())
    );
    assert_eq!(
        parse_database_url("postgres://u:p@h:5432/db").unwrap(),
        storage::DatabaseTarget::Postgres("postgres://u:p@h:5432/db".into())
    );
    assert_eq!(
        parse_database_url("postgresql://h/db").unwrap().backend(),
        Backend::Postgres
    );
    for (url, found) in [
        ("postgress://u:secret@h/db", "postgress"),
        ("mysql://h/db", "mysql"),
        ("sqlite3://x.db", "sqlite3"),
        ("data/x.db", "(none)"),
        ("/abs/x.db", "(none)"),
        ("", "(none)"),
        ("sqlite:x.db", "(none)"),
    ] {
        match parse_database_url(url) {
            Err(StorageError::UnknownScheme { found: f }) => assert_eq!(f, found, "{url}"),
            other => panic!("{url}: expected UnknownScheme, got {other:?}"),
        }
    }
    let msg = parse_database_url("postgress://u:secret@h/db")
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("sqlite://PATH") && msg.contains("postgres://"),
        "{msg}"
    );
    assert!(!msg.contains("secret"), "{msg}");
    assert!(matches!(
        parse_database_url("sqlite://"),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        parse_database_url("sqlite://:memory:"),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        Database::connect("mysql://localhost/x"),
        Err(StorageError::UnknownScheme { .. })
    ));
}

#[cfg(not(feature = "postgres"))]
#[test]
fn postgres_not_compiled() {
    assert!(matches!(
        parse_database_url("postgres://h/db"),
        Err(StorageError::BackendNotCompiled {
            backend: "postgres",
            ..
        })
    ));
}

#[cfg(not(feature = "sqlite"))]
#[test]
fn sqlite_not_compiled() {
    assert!(matches!(
        parse_database_url("sqlite://x.db"),
        Err(StorageError::BackendNotCompiled {
            backend: "sqlite",
            ..
        })
    ));
}

#[cfg(feature = "sqlite")]
#[test]
fn sqlite_connect_creates_parent_dirs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/c/x.db");
    let db = Database::connect(&format!("sqlite://{}", path.display())).unwrap();
    assert_eq!(db.backend(), Backend::Sqlite);
    db.migrate().unwrap();
    assert!(path.exists());
}

#[cfg(feature = "postgres")]
#[test]
fn postgres_unreachable_is_connect_error() {
    let started = std::time::Instant::now();
    match Database::connect("postgres://postgres@127.0.0.1:1/nothing") {
        Err(StorageError::Connect(_)) => {}
        other => panic!("expected Connect error, got {other:?}"),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn sqlite_pragmas_on_every_pooled_connection() {
    let Some(t) = common::sqlite_db(true) else {
        return;
    };
    // Hold several connections at once so that they are distinct pool members.
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut c = t.db.conn().unwrap();
        let p = storage::sqlite_pragmas(&mut c).unwrap().unwrap();
        assert_eq!(p.journal_mode, "wal");
        assert_eq!(p.busy_timeout_ms, 5000);
        assert!(p.foreign_keys);
        assert_eq!(p.synchronous, 1, "NORMAL");
        held.push(c);
    }
}

#[test]
fn with_database_rewrites_path() {
    assert_eq!(
        common::with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
        "postgres://postgres@127.0.0.1:5432/t1"
    );
    assert_eq!(
        common::with_database("postgres://h?sslmode=disable", "t1"),
        "postgres://h/t1?sslmode=disable"
    );
}

// ---------------------------------------------------------------------------------------------
// Migrations and schema

on_both_backends_unmigrated!(migrations_apply_and_are_idempotent);

fn migrations_apply_and_are_idempotent(db: &Database) {
    // Every migration folder of this backend is pending on a new database, in order.
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../migrations")
        .join(db.backend().as_str());
    let mut expected: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    expected.sort();
    let pending = db.pending_migrations().unwrap();
    assert!(expected.len() >= 3);
    assert_eq!(pending, expected);
    let applied = db.migrate().unwrap();
    assert_eq!(applied.len(), pending.len());
    assert!(db.pending_migrations().unwrap().is_empty());
    assert!(db.migrate().unwrap().is_empty());
    assert!(db.migrate().unwrap().is_empty());
    let mut c = db.conn().unwrap();
    assert!(counts(&mut c).values().all(|n| *n == 0));
}

on_both_backends!(
    schema_matches_migrations,
    schema_has_no_tracking_columns,
    report_round_trip,
    failed_insert_leaves_nothing,
    invalid_values_rejected,
    status_days,
    grant_slots,
    cascade_delete,
    messages_in_order,
    stats_records_round_trip,
    audit_chain_detects_tampering,
    audit_chain_detects_gap,
    audit_concurrent_appends,
    accounts_and_tokens,
    sessions_lifecycle,
    spent_tokens_and_staged_uploads,
    shared_rate_budget,
);

macro_rules! schema_sql {
    ($($table:ident),* $(,)?) => {
        vec![$((
            stringify!($table),
            diesel::debug_query::<diesel::pg::Pg, _>(
                &storage::schema::$table::table.select(storage::schema::$table::all_columns),
            )
            .to_string(),
        )),*]
    };
}

/// Every table and column of `schema.rs` exists in the migrated database, and the database has
/// no column that `schema.rs` lacks.
fn schema_matches_migrations(db: &Database) {
    let mut c = db.conn().unwrap();
    let generated = schema_sql!(
        reports,
        recipient_slots,
        messages,
        attachments,
        attachment_chunks,
        stats_records,
        reviewers,
        member_state_users,
        api_tokens,
        sessions,
        audit_log,
        releases,
        release_tables,
        release_cells,
        privacy_ledger,
        instance_secrets,
        keyring_serials,
        spent_tokens,
        upload_chunks,
        rate_limits,
        assignments,
        body_tags,
        report_tags,
        referrals,
    );
    assert_eq!(generated.len(), ALL_TABLES.len());
    let mut from_schema_rs = Vec::new();
    for (table, sql) in &generated {
        let sql = sql.split(" -- binds").next().unwrap();
        c.batch_execute(sql)
            .unwrap_or_else(|e| panic!("{table}: {e}"));
        let cols = sql
            .trim_start_matches("SELECT ")
            .split(" FROM ")
            .next()
            .unwrap();
        for col in cols.split(", ") {
            let name = col.rsplit('.').next().unwrap().trim_matches('"');
            from_schema_rs.push((table.to_string(), name.to_string()));
        }
    }
    let mut in_db: Vec<_> = columns(&mut c)
        .into_iter()
        .filter(|(t, _)| t != "__diesel_schema_migrations")
        .collect();
    in_db.sort();
    from_schema_rs.sort();
    assert_eq!(in_db, from_schema_rs);
}

/// No column may hold an IP address, a user agent or an exact submission time.
fn schema_has_no_tracking_columns(db: &Database) {
    let mut c = db.conn().unwrap();
    let cols = columns(&mut c);
    assert!(cols.len() > 50, "catalogue query found too few columns");
    for (table, column) in cols {
        let name = column.to_ascii_lowercase();
        // `ip` as a word of the name (so `recipient_pk` and `principal_id` pass).
        let ip_word = name
            .split('_')
            .any(|w| w == "ip" || w.starts_with("ipv") || w.starts_with("ipaddr"));
        for bad in [
            "user_agent",
            "useragent",
            "submitted_at",
            "remote_addr",
            "ip_address",
        ] {
            assert!(
                !name.contains(bad),
                "{table}.{column} looks like tracking data"
            );
        }
        assert!(!ip_word, "{table}.{column} looks like an IP address column");
    }
}

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
