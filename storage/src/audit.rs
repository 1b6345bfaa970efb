//! The append-only, hash-chained audit log.
//!
//! Each row's `hash` is SHA-256 over a canonical, length-prefixed encoding of
//! `(prev_hash, seq, at, actor_kind, actor_id, action, object_kind, object_id, detail)`, and
//! `prev_hash` is the previous row's `hash` (32 zero bytes for `seq = 1`). Editing, deleting or
//! reordering any row breaks the chain from that row on, which [`verify_audit_chain`] reports.
//!
//! Appends never fork the chain: the last row is read and the new one written inside one
//! write transaction that holds the writer lock (`BEGIN IMMEDIATE` on SQLite,
//! `LOCK TABLE audit_log IN EXCLUSIVE MODE` on PostgreSQL, held until that transaction ends).
//!
//! An action and its audit row commit together: [`append_audit_in`] appends inside the
//! caller's open write transaction (e.g. `Database::write`), after the action's own writes, so
//! a failed audit write rolls the action back and a failed action leaves no audit row.
//! [`append_audit`] is the same in a transaction of its own, for events that change nothing
//! else (a page viewed).
//!
//! `detail` is a JSON object of ids and counts only, never content. Rows whose actor is a
//! reporter are stored with `at` truncated to the start of its UTC day.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use diesel::connection::TransactionManager;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::audit_log;
use crate::types::{to_array32, ActorKind};

/// Domain separation for the row hash; bump with any change to the encoding.
const HASH_DOMAIN: &[u8] = b"storage/audit_log/v1\0";

/// Rows read per query while verifying.
const VERIFY_BATCH: i64 = 1000;

/// An audit event to append.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// Unix seconds (truncated to the day for `ActorKind::Reporter`).
    pub at: i64,
    pub actor_kind: ActorKind,
    /// Reviewer or user id, `None` for reporters and the system.
    pub actor_id: Option<String>,
    /// What happened, e.g. `report.status_changed`.
    pub action: String,
    /// E.g. `report`.
    pub object_kind: Option<String>,
    pub object_id: Option<String>,
    /// A JSON object: ids and counts only, never content.
    pub detail: serde_json::Value,
}

/// A stored audit row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub seq: i64,
    pub at: i64,
    pub actor_kind: ActorKind,
    pub actor_id: Option<String>,
    pub action: String,
    pub object_kind: Option<String>,
    pub object_id: Option<String>,
    /// The JSON text as stored (and hashed).
    pub detail: String,
    pub prev_hash: [u8; 32],
    pub hash: [u8; 32],
}

/// Why the chain is broken at a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditBreakReason {
    /// The row's stored hash does not match its contents.
    HashMismatch,
    /// The row's `prev_hash` is not the previous row's hash.
    PrevHashMismatch,
    /// The sequence numbers are not 1, 2, 3, ... (a row was deleted).
    SeqGap,
}

/// The first row at which the audit chain is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("audit chain broken at seq {seq} ({reason:?})")]
pub struct AuditBreak {
    pub seq: i64,
    pub reason: AuditBreakReason,
}

#[derive(Insertable, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
struct AuditRow {
    seq: i64,
    at: i64,
    actor_kind: String,
    actor_id: Option<String>,
    action: String,
    object_kind: Option<String>,
    object_id: Option<String>,
    detail: String,
    prev_hash: Vec<u8>,
    hash: Vec<u8>,
}

impl AuditRow {
    fn computed_hash(&self) -> [u8; 32] {
        audit_hash(
            &self.prev_hash,
            self.seq,
            self.at,
            &self.actor_kind,
            self.actor_id.as_deref(),
            &self.action,
            self.object_kind.as_deref(),
            self.object_id.as_deref(),
            &self.detail,
        )
    }
}

impl TryFrom<AuditRow> for AuditRecord {
    type Error = StorageError;

    fn try_from(r: AuditRow) -> Result<Self, Self::Error> {
        Ok(AuditRecord {
            seq: r.seq,
            at: r.at,
            actor_kind: r.actor_kind.parse()?,
            actor_id: r.actor_id,
            action: r.action,
            object_kind: r.object_kind,
            object_id: r.object_id,
            detail: r.detail,
            prev_hash: to_array32("prev_hash", r.prev_hash)?,
            hash: to_array32("hash", r.hash)?,
        })
    }
}

fn put_bytes(h: &mut Sha256, b: &[u8]) {
    h.update((b.len() as u64).to_be_bytes());
    h.update(b);
}

fn put_opt(h: &mut Sha256, s: Option<&str>) {
    match s {
        None => h.update([0u8]),
        Some(s) => {
            h.update([1u8]);
            put_bytes(h, s.as_bytes());
        }
    }
}

/// The row hash: SHA-256 over the domain tag and each field, byte strings prefixed with their
/// length as u64 big-endian, integers as i64 big-endian, optional fields with a 0/1 tag.
#[allow(clippy::too_many_arguments)]
pub fn audit_hash(
    prev_hash: &[u8],
    seq: i64,
    at: i64,
    actor_kind: &str,
    actor_id: Option<&str>,
    action: &str,
    object_kind: Option<&str>,
    object_id: Option<&str>,
    detail: &str,
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(HASH_DOMAIN);
    put_bytes(&mut h, prev_hash);
    h.update(seq.to_be_bytes());
    h.update(at.to_be_bytes());
    put_bytes(&mut h, actor_kind.as_bytes());
    put_opt(&mut h, actor_id);
    put_bytes(&mut h, action.as_bytes());
    put_opt(&mut h, object_kind);
    put_opt(&mut h, object_id);
    put_bytes(&mut h, detail.as_bytes());
    h.finalize().into()
}

/// Appends an event to the audit log in a transaction of its own and returns the stored row.
pub fn append_audit(conn: &mut DbConn, entry: &AuditEntry) -> Result<AuditRecord, StorageError> {
    let row = prepare(entry)?;
    write_transaction(conn, |conn| append_row(conn, row))
}

/// Appends an event to the audit log inside the caller's open write transaction (started with
/// `Database::write` or [`write_transaction`]), which commits or rolls back the row together
/// with everything else it wrote. Call it after the action's own writes: on PostgreSQL it
/// locks the audit log until that transaction ends. Without an open transaction it refuses
/// (`StorageError::Invalid`) rather than commit the row on its own.
pub fn append_audit_in(conn: &mut DbConn, entry: &AuditEntry) -> Result<AuditRecord, StorageError> {
    type Tm = <DbConn as Connection>::TransactionManager;
    let open = Tm::transaction_manager_status_mut(conn).transaction_depth();
    if !matches!(open, Ok(Some(_))) {
        return Err(StorageError::Invalid(
            "append_audit_in needs an open write transaction".into(),
        ));
    }
    let row = prepare(entry)?;
    append_row(conn, row)
}

/// The checked row of an entry, without its place in the chain yet.
fn prepare(entry: &AuditEntry) -> Result<AuditRow, StorageError> {
    if !entry.detail.is_object() {
        return Err(StorageError::Invalid(
            "audit detail must be a JSON object".into(),
        ));
    }
    if entry.action.is_empty() {
        return Err(StorageError::Invalid("audit action is empty".into()));
    }
    let detail = serde_json::to_string(&entry.detail)
        .map_err(|e| StorageError::Invalid(format!("audit detail: {e}")))?;
    let at = match entry.actor_kind {
        ActorKind::Reporter => entry.at - entry.at.rem_euclid(86_400),
        _ => entry.at,
    };
    Ok(AuditRow {
        seq: 0,
        at,
        actor_kind: entry.actor_kind.as_str().to_string(),
        actor_id: entry.actor_id.clone(),
        action: entry.action.clone(),
        object_kind: entry.object_kind.clone(),
        object_id: entry.object_id.clone(),
        detail,
        prev_hash: Vec::new(),
        hash: Vec::new(),
    })
}

/// Chains and inserts `row` (inside an open transaction).
fn append_row(conn: &mut DbConn, mut row: AuditRow) -> Result<AuditRecord, StorageError> {
    if let DbConn::Pg(pg) = conn {
        pg.batch_execute("LOCK TABLE audit_log IN EXCLUSIVE MODE")?;
    }
    let last: Option<(i64, Vec<u8>)> = audit_log::table
        .select((audit_log::seq, audit_log::hash))
        .order(audit_log::seq.desc())
        .first(conn)
        .optional()?;
    let (seq, prev_hash) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, vec![0u8; 32]),
    };
    row.seq = seq;
    row.prev_hash = prev_hash;
    row.hash = row.computed_hash().to_vec();
    diesel::insert_into(audit_log::table)
        .values(&row)
        .execute(conn)?;
    AuditRecord::try_from(row)
}

/// Audit rows with `seq > after_seq`, in order, at most `limit`.
pub fn audit_entries(
    conn: &mut DbConn,
    after_seq: i64,
    limit: i64,
) -> Result<Vec<AuditRecord>, StorageError> {
    audit_log::table
        .filter(audit_log::seq.gt(after_seq))
        .order(audit_log::seq.asc())
        .limit(limit)
        .select(AuditRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AuditRecord::try_from)
        .collect()
}

/// Walks the whole chain. `Ok(Ok(n))` with the number of rows when intact, `Ok(Err(break))`
/// naming the first broken row, `Err` for a database error.
pub fn verify_audit_chain(conn: &mut DbConn) -> Result<Result<u64, AuditBreak>, StorageError> {
    let mut expected_seq: i64 = 1;
    let mut prev_hash: Vec<u8> = vec![0u8; 32];
    let mut count: u64 = 0;
    loop {
        let rows: Vec<AuditRow> = audit_log::table
            .filter(audit_log::seq.ge(expected_seq))
            .order(audit_log::seq.asc())
            .limit(VERIFY_BATCH)
            .select(AuditRow::as_select())
            .load(conn)?;
        if rows.is_empty() {
            return Ok(Ok(count));
        }
        for row in rows {
            let fail = |reason| {
                Ok(Err(AuditBreak {
                    seq: row.seq,
                    reason,
                }))
            };
            if row.seq != expected_seq {
                return fail(AuditBreakReason::SeqGap);
            }
            if row.prev_hash != prev_hash {
                return fail(AuditBreakReason::PrevHashMismatch);
            }
            if row.hash.as_slice() != row.computed_hash().as_slice() {
                return fail(AuditBreakReason::HashMismatch);
            }
            prev_hash = row.hash;
            expected_seq += 1;
            count += 1;
        }
    }
}
