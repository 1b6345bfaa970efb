//! Differentially private releases and the privacy ledger.
//!
//! The anonymizer writes a release (its tables, cells and ledger entries) in one transaction
//! after checking the ledger under a lock ([`lock_ledger`]), so two concurrent runs cannot both
//! spend the same budget: on SQLite the write transaction starts with `BEGIN IMMEDIATE` (one
//! writer at a time, across processes); on PostgreSQL the ledger table is locked in `EXCLUSIVE`
//! mode until the transaction ends. Releases hold noisy aggregates only, never a record.
//!
//! The ledger and the releases are append-only: database triggers refuse UPDATE and DELETE
//! on both backends (migration `append_only_ledger`), every release and every ledger entry is
//! appended to the hash-chained audit log in the release's own transaction, and
//! [`ledger_disagreements`] finds a ledger that no longer matches the releases it paid for.

use diesel::prelude::*;

use crate::audit::{append_audit_in, AuditEntry};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{privacy_ledger, release_cells, release_tables, releases};
use crate::types::ActorKind;

/// A release as stored.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = releases)]
pub struct Release {
    pub id: String,
    /// `2026Q3`.
    pub period: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Total epsilon of the release (sum over its tables).
    pub epsilon: f64,
    pub delta: f64,
    /// Digest of the release parameters: the same parameters for the same period are the same
    /// release.
    pub params_digest: Vec<u8>,
    /// The methodology document (JSON).
    pub methodology: String,
    pub status: String,
    /// `SHA256SUMS` of the release's files (see the `publication` crate).
    pub checksums: String,
    /// Ed25519 signature of `checksums` by the release key.
    pub signature: Vec<u8>,
    /// The release key's public half.
    pub signing_key: Vec<u8>,
}

/// One table of a release: how it was measured.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = release_tables)]
pub struct ReleaseTable {
    pub release_id: String,
    pub name: String,
    pub mechanism: String,
    pub noise_scale: f64,
    pub epsilon: f64,
}

/// One published cell.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = release_cells)]
pub struct ReleaseCell {
    pub release_id: String,
    pub table_name: String,
    /// The cell's coordinates, `dimension=code` pairs joined by `;` (empty for a total).
    pub cell_key: String,
    /// The published value: consistent and rounded to a non-negative integer.
    pub value: i64,
    /// The table's own noisy measurement of this cell, before post-processing.
    pub raw_noisy: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// One ledger entry: what one table of one release spent.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = privacy_ledger)]
pub struct LedgerEntry {
    pub id: i64,
    pub release_id: String,
    pub period: String,
    pub year: i32,
    pub table_name: String,
    pub epsilon: f64,
    pub delta: f64,
    pub created_at: i64,
}

/// A release to store, with its tables and cells. Each table is also a ledger entry.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRelease {
    pub id: String,
    pub period: String,
    pub year: i32,
    pub created_at: i64,
    pub delta: f64,
    pub params_digest: Vec<u8>,
    pub methodology: String,
    pub checksums: String,
    pub signature: Vec<u8>,
    pub signing_key: Vec<u8>,
    pub tables: Vec<NewReleaseTable>,
    pub cells: Vec<NewReleaseCell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewReleaseTable {
    pub name: String,
    pub mechanism: String,
    pub noise_scale: f64,
    pub epsilon: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewReleaseCell {
    pub table_name: String,
    pub cell_key: String,
    pub value: i64,
    pub raw_noisy: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// Epsilon already spent in a quarter and in its year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Spent {
    pub period: f64,
    pub year: f64,
}

/// Locks the ledger for the rest of the current transaction (call inside
/// [`crate::write_transaction`]). On SQLite the transaction's `BEGIN IMMEDIATE` already holds
/// the database's write lock.
pub fn lock_ledger(conn: &mut DbConn) -> Result<(), StorageError> {
    if let DbConn::Pg(pg) = conn {
        use diesel::connection::SimpleConnection;
        pg.batch_execute("LOCK TABLE privacy_ledger IN EXCLUSIVE MODE")?;
    }
    Ok(())
}

/// The release with these parameters, if it was made before.
pub fn find_release_by_digest(
    conn: &mut DbConn,
    digest: &[u8],
) -> Result<Option<Release>, StorageError> {
    Ok(releases::table
        .filter(releases::params_digest.eq(digest))
        .select(Release::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_release(conn: &mut DbConn, id: &str) -> Result<Option<Release>, StorageError> {
    Ok(releases::table
        .find(id)
        .select(Release::as_select())
        .first(conn)
        .optional()?)
}

/// All releases, newest period first, then newest first.
pub fn list_releases(conn: &mut DbConn) -> Result<Vec<Release>, StorageError> {
    Ok(releases::table
        .select(Release::as_select())
        .order((releases::period.desc(), releases::created_at.desc()))
        .load(conn)?)
}

/// Up to `limit` releases from `offset` on, in the order of [`list_releases`] (ties broken
/// by id, so that pages neither repeat nor skip one).
pub fn list_releases_page(
    conn: &mut DbConn,
    offset: i64,
    limit: i64,
) -> Result<Vec<Release>, StorageError> {
    Ok(releases::table
        .select(Release::as_select())
        .order((
            releases::period.desc(),
            releases::created_at.desc(),
            releases::id.asc(),
        ))
        .offset(offset.max(0))
        .limit(limit.max(0))
        .load(conn)?)
}

/// How many releases there are.
pub fn count_releases(conn: &mut DbConn) -> Result<i64, StorageError> {
    Ok(releases::table.count().get_result(conn)?)
}

pub fn release_tables(
    conn: &mut DbConn,
    release_id: &str,
) -> Result<Vec<ReleaseTable>, StorageError> {
    Ok(release_tables::table
        .filter(release_tables::release_id.eq(release_id))
        .select(ReleaseTable::as_select())
        .order(release_tables::name.asc())
        .load(conn)?)
}

/// The cells of a release (of one table, if named), ordered by table and key.
pub fn release_cells(
    conn: &mut DbConn,
    release_id: &str,
    table: Option<&str>,
) -> Result<Vec<ReleaseCell>, StorageError> {
    let mut q = release_cells::table
        .filter(release_cells::release_id.eq(release_id))
        .into_boxed();
    if let Some(t) = table {
        q = q.filter(release_cells::table_name.eq(t));
    }
    Ok(q.select(ReleaseCell::as_select())
        .order((
            release_cells::table_name.asc(),
            release_cells::cell_key.asc(),
        ))
        .load(conn)?)
}

/// Epsilon spent so far in `period` and in `year`.
pub fn spent(conn: &mut DbConn, period: &str, year: i32) -> Result<Spent, StorageError> {
    let in_period: Vec<f64> = privacy_ledger::table
        .filter(privacy_ledger::period.eq(period))
        .select(privacy_ledger::epsilon)
        .load(conn)?;
    let in_year: Vec<f64> = privacy_ledger::table
        .filter(privacy_ledger::year.eq(year))
        .select(privacy_ledger::epsilon)
        .load(conn)?;
    Ok(Spent {
        period: in_period.iter().sum(),
        year: in_year.iter().sum(),
    })
}

/// The whole ledger, oldest first.
pub fn ledger_entries(conn: &mut DbConn) -> Result<Vec<LedgerEntry>, StorageError> {
    Ok(privacy_ledger::table
        .select(LedgerEntry::as_select())
        .order(privacy_ledger::id.asc())
        .load(conn)?)
}

#[derive(Insertable)]
#[diesel(table_name = release_cells)]
struct CellRow<'a> {
    release_id: &'a str,
    table_name: &'a str,
    cell_key: &'a str,
    value: i64,
    raw_noisy: f64,
    ci_low: f64,
    ci_high: f64,
}

/// Stores a release with its tables, cells and one ledger entry per table, all or nothing.
/// The release's epsilon is the sum of its tables'. `Conflict` if the id or the parameter
/// digest exists; `Invalid` for a non-finite number or a negative epsilon.
pub fn insert_release(conn: &mut DbConn, release: &NewRelease) -> Result<(), StorageError> {
    let bad_table = release
        .tables
        .iter()
        .any(|t| !(t.epsilon.is_finite() && t.epsilon >= 0.0 && t.noise_scale.is_finite()));
    let bad_cell = release
        .cells
        .iter()
        .any(|c| !(c.raw_noisy.is_finite() && c.ci_low.is_finite() && c.ci_high.is_finite()));
    if bad_table || bad_cell || !(release.delta.is_finite() && release.delta >= 0.0) {
        return Err(StorageError::Invalid(
            "release holds a non-finite or negative number".into(),
        ));
    }
    let epsilon: f64 = release.tables.iter().map(|t| t.epsilon).sum();
    crate::write_transaction(conn, |conn| {
        let mut ledger = Vec::new();
        diesel::insert_into(releases::table)
            .values((
                releases::id.eq(&release.id),
                releases::period.eq(&release.period),
                releases::created_at.eq(release.created_at),
                releases::epsilon.eq(epsilon),
                releases::delta.eq(release.delta),
                releases::params_digest.eq(&release.params_digest),
                releases::methodology.eq(&release.methodology),
                releases::status.eq("published"),
                releases::checksums.eq(&release.checksums),
                releases::signature.eq(&release.signature),
                releases::signing_key.eq(&release.signing_key),
            ))
            .execute(conn)?;
        for t in &release.tables {
            diesel::insert_into(release_tables::table)
                .values((
                    release_tables::release_id.eq(&release.id),
                    release_tables::name.eq(&t.name),
                    release_tables::mechanism.eq(&t.mechanism),
                    release_tables::noise_scale.eq(t.noise_scale),
                    release_tables::epsilon.eq(t.epsilon),
                ))
                .execute(conn)?;
            if t.epsilon == 0.0 {
                // Derived tables (post-processing) spend nothing.
                continue;
            }
            let entry: i64 = diesel::insert_into(privacy_ledger::table)
                .values((
                    privacy_ledger::release_id.eq(&release.id),
                    privacy_ledger::period.eq(&release.period),
                    privacy_ledger::year.eq(release.year),
                    privacy_ledger::table_name.eq(&t.name),
                    privacy_ledger::epsilon.eq(t.epsilon),
                    privacy_ledger::delta.eq(release.delta),
                    privacy_ledger::created_at.eq(release.created_at),
                ))
                .returning(privacy_ledger::id)
                .get_result(conn)?;
            ledger.push((entry, t));
        }
        // 7 parameters per row: well under both backends' limits.
        for chunk in release.cells.chunks(500) {
            let rows: Vec<CellRow<'_>> = chunk
                .iter()
                .map(|c| CellRow {
                    release_id: &release.id,
                    table_name: &c.table_name,
                    cell_key: &c.cell_key,
                    value: c.value,
                    raw_noisy: c.raw_noisy,
                    ci_low: c.ci_low,
                    ci_high: c.ci_high,
                })
                .collect();
            // Multi-row INSERTs need the concrete connection (not the MultiConnection backend).
            let insert = diesel::insert_into(release_cells::table).values(&rows);
            match conn {
                DbConn::Sqlite(c) => insert.execute(c)?,
                DbConn::Pg(c) => insert.execute(c)?,
            };
        }
        // The audit rows last (append_audit_in locks the audit log until the commit).
        let system = |action: &str, kind: &str, id: String, detail: serde_json::Value| AuditEntry {
            at: release.created_at,
            actor_kind: ActorKind::System,
            actor_id: None,
            action: action.into(),
            object_kind: Some(kind.into()),
            object_id: Some(id),
            detail,
        };
        append_audit_in(
            conn,
            &system(
                "release.published",
                "release",
                release.id.clone(),
                serde_json::json!({
                    "period": release.period,
                    "epsilon": epsilon,
                    "delta": release.delta,
                    "tables": release.tables.len(),
                    "cells": release.cells.len(),
                    "checksums_sha256": sha256_hex(release.checksums.as_bytes()),
                }),
            ),
        )?;
        for (entry, t) in ledger {
            append_audit_in(
                conn,
                &system(
                    "privacy_ledger.spent",
                    "privacy_ledger",
                    entry.to_string(),
                    serde_json::json!({
                        "release": release.id,
                        "period": release.period,
                        "year": release.year,
                        "table": t.name,
                        "epsilon": t.epsilon,
                        "delta": release.delta,
                    }),
                ),
            )?;
        }
        Ok(())
    })
}

/// Lower-case hex SHA-256, binding the audit row to the release's signed file list.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Tolerance for comparing sums of floating-point epsilons.
const EPSILON_SLACK: f64 = 1e-9;

/// Every way the ledger and the releases disagree, as sentences for the operator (empty when
/// they agree): a release whose tables' spend is not in the ledger, a ledger entry without its
/// release table, an entry of another period or year than its release, a release whose epsilon
/// is not the sum of its entries. The ledger is append-only, so any of these means rows were
/// removed or altered behind the database's back.
pub fn ledger_disagreements(conn: &mut DbConn) -> Result<Vec<String>, StorageError> {
    use std::collections::BTreeMap;
    let releases: Vec<(String, String, f64)> = releases::table
        .select((releases::id, releases::period, releases::epsilon))
        .load(conn)?;
    let tables: Vec<(String, String, f64)> = release_tables::table
        .select((
            release_tables::release_id,
            release_tables::name,
            release_tables::epsilon,
        ))
        .load(conn)?;
    let entries = ledger_entries(conn)?;
    let mut problems = Vec::new();
    let mut by_release: BTreeMap<&str, f64> = BTreeMap::new();
    let mut entry_of: BTreeMap<(&str, &str), &LedgerEntry> = BTreeMap::new();
    for e in &entries {
        *by_release.entry(&e.release_id).or_default() += e.epsilon;
        if entry_of.insert((&e.release_id, &e.table_name), e).is_some() {
            problems.push(format!(
                "ledger entry {} repeats table {} of release {}",
                e.id, e.table_name, e.release_id
            ));
        }
        match releases.iter().find(|r| r.0 == e.release_id) {
            None => problems.push(format!(
                "ledger entry {} names release {}, which does not exist",
                e.id, e.release_id
            )),
            Some((_, period, _)) => {
                let year = period.get(..4).and_then(|y| y.parse::<i32>().ok());
                if *period != e.period || year != Some(e.year) {
                    problems.push(format!(
                        "ledger entry {} is booked to {} {} but release {} is of {period}",
                        e.id, e.period, e.year, e.release_id
                    ));
                }
            }
        }
    }
    for (release_id, name, epsilon) in &tables {
        match entry_of.get(&(release_id.as_str(), name.as_str())) {
            None if *epsilon > 0.0 => problems.push(format!(
                "table {name} of release {release_id} spent epsilon {epsilon} but has no ledger entry"
            )),
            Some(e) if (e.epsilon - epsilon).abs() > EPSILON_SLACK => problems.push(format!(
                "ledger entry {} books epsilon {} for table {name} of release {release_id}, which spent {epsilon}",
                e.id, e.epsilon
            )),
            _ => {}
        }
    }
    for e in &entries {
        if !tables
            .iter()
            .any(|(r, n, _)| *r == e.release_id && *n == e.table_name)
        {
            problems.push(format!(
                "ledger entry {} books table {} of release {}, which has no such table",
                e.id, e.table_name, e.release_id
            ));
        }
    }
    for (id, _, epsilon) in &releases {
        let booked = by_release.get(id.as_str()).copied().unwrap_or(0.0);
        if (booked - epsilon).abs() > EPSILON_SLACK {
            problems.push(format!(
                "release {id} spent epsilon {epsilon} but the ledger books {booked}"
            ));
        }
    }
    Ok(problems)
}
