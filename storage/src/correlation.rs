//! Blind correlation (keys/FORMAT.md, "Correlation"): each body's correlation key sealed to its
//! keyring keys (one row per keyring entry, replaced as a whole by `tsr-admin keys
//! import-correlation`), and the keyed hashes of the indicators of reports, uploaded by the
//! reviewers' browsers (one upload per report and body, replaced by the next).
//!
//! Matching is by equal hash within one body and one key id: the hashes of two bodies, or of two
//! keys of one body, never meet. [`related`] lists only reports addressed to the asking body,
//! the same rule as opening a report. Nothing here is an indicator: the hashes are keyed with a
//! key the server never holds.

use std::collections::BTreeMap;

use diesel::prelude::*;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{correlation_hashes, correlation_keys, reports};
use crate::types::Body;

/// The kind of the organisation identifier's hash: shared, it means "possibly the same
/// incident"; the others are indicators.
pub const ORGANISATION: &str = "organisation";

/// A body's correlation key sealed to one keyring entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedKey {
    pub key_id: String,
    pub serial: u64,
    pub sealed: Vec<u8>,
}

/// One uploaded hash: its kind (`ip`, ..., `organisation`) and 64 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KindHash {
    pub kind: String,
    pub hash: String,
}

/// Another report sharing hashes with the one asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub report_id: String,
    /// How many indicator hashes (organisation excluded) the two reports share.
    pub shared: u64,
    /// Whether the two share the organisation identifier's hash.
    pub same_organisation: bool,
}

/// Replaces the sealed copies of `body`'s correlation key by `copies` (entry id, sealed key),
/// in one transaction. `Invalid` without any copy.
pub fn replace_sealed_keys(
    conn: &mut DbConn,
    body: Body,
    key_id: &str,
    serial: u64,
    copies: &[(String, Vec<u8>)],
    now: i64,
) -> Result<(), StorageError> {
    if copies.is_empty() {
        return Err(StorageError::Invalid("no sealed correlation key".into()));
    }
    let serial = i64::try_from(serial).map_err(|_| StorageError::Invalid("serial".into()))?;
    write_transaction(conn, |conn| {
        diesel::delete(correlation_keys::table.filter(correlation_keys::body.eq(body.as_str())))
            .execute(conn)?;
        for (entry, sealed) in copies {
            diesel::insert_into(correlation_keys::table)
                .values((
                    correlation_keys::body.eq(body.as_str()),
                    correlation_keys::entry_id.eq(entry),
                    correlation_keys::key_id.eq(key_id),
                    correlation_keys::serial.eq(serial),
                    correlation_keys::sealed.eq(sealed),
                    correlation_keys::imported_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// The copy of `body`'s correlation key sealed to keyring entry `entry_id`, if imported.
pub fn sealed_key_for(
    conn: &mut DbConn,
    body: Body,
    entry_id: &str,
) -> Result<Option<SealedKey>, StorageError> {
    let row: Option<(String, i64, Vec<u8>)> = correlation_keys::table
        .filter(correlation_keys::body.eq(body.as_str()))
        .filter(correlation_keys::entry_id.eq(entry_id))
        .select((
            correlation_keys::key_id,
            correlation_keys::serial,
            correlation_keys::sealed,
        ))
        .first(conn)
        .optional()?;
    row.map(|(key_id, serial, sealed)| {
        Ok(SealedKey {
            key_id,
            serial: u64::try_from(serial).map_err(|_| StorageError::Invalid("serial".into()))?,
            sealed,
        })
    })
    .transpose()
}

/// Replaces `body`'s upload for `report_id` by `hashes` under `key_id` (duplicates collapse),
/// in one transaction. `NotFound` for an unknown report.
pub fn replace_hashes(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
    key_id: &str,
    hashes: &[KindHash],
) -> Result<usize, StorageError> {
    let unique: std::collections::BTreeSet<&KindHash> = hashes.iter().collect();
    write_transaction(conn, |conn| {
        let exists: i64 = reports::table
            .filter(reports::id.eq(report_id))
            .count()
            .get_result(conn)?;
        if exists == 0 {
            return Err(StorageError::NotFound("report"));
        }
        diesel::delete(
            correlation_hashes::table
                .filter(correlation_hashes::report_id.eq(report_id))
                .filter(correlation_hashes::body.eq(body.as_str())),
        )
        .execute(conn)?;
        for h in &unique {
            diesel::insert_into(correlation_hashes::table)
                .values((
                    correlation_hashes::report_id.eq(report_id),
                    correlation_hashes::body.eq(body.as_str()),
                    correlation_hashes::key_id.eq(key_id),
                    correlation_hashes::kind.eq(&h.kind),
                    correlation_hashes::hash.eq(&h.hash),
                ))
                .execute(conn)?;
        }
        Ok(unique.len())
    })
}

/// The other reports addressed to `body` that share hashes with `report_id` under the same key
/// id, in `body`'s uploads: most shared first, then by id.
pub fn related(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
) -> Result<Vec<Related>, StorageError> {
    let mine: Vec<(String, String, String)> = correlation_hashes::table
        .filter(correlation_hashes::report_id.eq(report_id))
        .filter(correlation_hashes::body.eq(body.as_str()))
        .select((
            correlation_hashes::key_id,
            correlation_hashes::kind,
            correlation_hashes::hash,
        ))
        .load(conn)?;
    let Some(key_id) = mine.first().map(|m| m.0.clone()) else {
        return Ok(Vec::new());
    };
    let hashes: Vec<&str> = mine.iter().map(|m| m.2.as_str()).collect();
    let mut found: BTreeMap<String, Related> = BTreeMap::new();
    // In slices: PostgreSQL and SQLite both bound the number of parameters of one query.
    for part in hashes.chunks(500) {
        let rows: Vec<(String, String, bool, bool)> = correlation_hashes::table
            .inner_join(reports::table.on(reports::id.eq(correlation_hashes::report_id)))
            .filter(correlation_hashes::body.eq(body.as_str()))
            .filter(correlation_hashes::key_id.eq(&key_id))
            .filter(correlation_hashes::hash.eq_any(part))
            .filter(correlation_hashes::report_id.ne(report_id))
            .select((
                correlation_hashes::report_id,
                correlation_hashes::kind,
                reports::to_euipo,
                reports::to_ec3,
            ))
            .load(conn)?;
        // Only reports addressed (or referred) to the body: the rule of opening a report.
        let addressed = rows.into_iter().filter(|(_, _, euipo, ec3)| match body {
            Body::Euipo => *euipo,
            Body::Ec3 => *ec3,
        });
        for (other, kind, _, _) in addressed {
            let r = found.entry(other.clone()).or_insert(Related {
                report_id: other,
                shared: 0,
                same_organisation: false,
            });
            if kind == ORGANISATION {
                r.same_organisation = true;
            } else {
                r.shared += 1;
            }
        }
    }
    let mut out: Vec<Related> = found.into_values().collect();
    out.sort_by(|a, b| {
        (b.same_organisation, b.shared)
            .cmp(&(a.same_organisation, a.shared))
            .then_with(|| a.report_id.cmp(&b.report_id))
    });
    Ok(out)
}
