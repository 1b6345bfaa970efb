//! Repository tests. Each `fn x(db: &Database)` runs on SQLite and on PostgreSQL
//! (`x::sqlite`, `x::postgres`) through `on_both_backends!`.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod accounts_and_sessions;
mod audit_chain;
mod connections;
mod correlation;
mod group_commit;
mod migrations;
mod reports_and_messages;

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
    "security_keys",
    "webauthn_ceremonies",
    "second_factor_policies",
    "reviewer_notifications",
    "correlation_keys",
    "correlation_hashes",
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
