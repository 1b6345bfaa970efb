//! Sealed statistics records: the structured fields of a report, sealed to the anonymizer's
//! key. The web server can store and list them but never read them. A reviewer's validated
//! record is stored with the reviewer's signature and the keyring entry id it was made as
//! (keys/FORMAT.md, "Signed classifications"), for the anonymizer to check.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::stats_records;
use crate::types::{Day, Source};

/// A statistics record to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatsRecord {
    pub report_id: String,
    pub source: Source,
    /// The record sealed to the anonymizer's public key.
    pub sealed: Vec<u8>,
    pub created_day: Day,
    /// The validating reviewer; required for `Source::Reviewer`, `None` for the reporter.
    pub reviewer_id: Option<i64>,
}

/// A stored statistics record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsRecord {
    pub id: i64,
    pub report_id: String,
    pub source: Source,
    pub sealed: Vec<u8>,
    pub created_day: Day,
    pub reviewer_id: Option<i64>,
    /// The reviewer's detached signature of a validated classification (64 bytes).
    pub signature: Option<Vec<u8>>,
    /// The keyring entry id the signature was made as.
    pub signer: Option<String>,
}

/// A reviewer's signature of a validated classification, as stored with the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordSignature<'a> {
    /// The signing reviewer's keyring entry id.
    pub signer: &'a str,
    /// The detached Ed25519 signature, 64 bytes.
    pub signature: &'a [u8],
}

#[derive(Insertable)]
#[diesel(table_name = stats_records)]
struct StatsRow<'a> {
    report_id: &'a str,
    source: &'a str,
    sealed: &'a [u8],
    created_day: &'a str,
    reviewer_id: Option<i64>,
    signature: Option<&'a [u8]>,
    signer: Option<&'a str>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = stats_records)]
struct StatsQ {
    id: i64,
    report_id: String,
    source: String,
    sealed: Vec<u8>,
    created_day: String,
    reviewer_id: Option<i64>,
    signature: Option<Vec<u8>>,
    signer: Option<String>,
}

/// Stores a sealed statistics record without a signature (the reporter's, sealed at
/// submission); returns its id. `Conflict` for an unknown report.
pub fn insert_stats_record(
    conn: &mut DbConn,
    record: &NewStatsRecord,
) -> Result<i64, StorageError> {
    insert_stats_record_signed(conn, record, None)
}

/// Stores a sealed statistics record with its reviewer's signature, if any; returns its id.
/// Only a reviewer's record can carry one.
pub fn insert_stats_record_signed(
    conn: &mut DbConn,
    record: &NewStatsRecord,
    signed: Option<RecordSignature<'_>>,
) -> Result<i64, StorageError> {
    if let Some(sig) = signed {
        if record.source != Source::Reviewer || sig.signature.len() != 64 || sig.signer.is_empty() {
            return Err(StorageError::Invalid(
                "only a reviewer record carries a signature, of 64 bytes, with its signer".into(),
            ));
        }
    }
    match (record.source, record.reviewer_id) {
        (Source::Reporter, Some(_)) => {
            return Err(StorageError::Invalid(
                "a reporter statistics record has no reviewer id".into(),
            ))
        }
        (Source::Reviewer, None) => {
            return Err(StorageError::Invalid(
                "a reviewer statistics record needs the reviewer id".into(),
            ))
        }
        _ => {}
    }
    Ok(diesel::insert_into(stats_records::table)
        .values(StatsRow {
            report_id: &record.report_id,
            source: record.source.as_str(),
            sealed: &record.sealed,
            created_day: record.created_day.as_str(),
            reviewer_id: record.reviewer_id,
            signature: signed.map(|s| s.signature),
            signer: signed.map(|s| s.signer),
        })
        .returning(stats_records::id)
        .get_result(conn)?)
}

/// The statistics records of a report, oldest first.
pub fn stats_records_for_report(
    conn: &mut DbConn,
    report_id: &str,
) -> Result<Vec<StatsRecord>, StorageError> {
    stats_records::table
        .filter(stats_records::report_id.eq(report_id))
        .select(StatsQ::as_select())
        .order(stats_records::id.asc())
        .load(conn)?
        .into_iter()
        .map(|r| {
            Ok(StatsRecord {
                id: r.id,
                report_id: r.report_id,
                source: r.source.parse()?,
                sealed: r.sealed,
                created_day: r.created_day.parse()?,
                reviewer_id: r.reviewer_id,
                signature: r.signature,
                signer: r.signer,
            })
        })
        .collect()
}

/// What the anonymizer needs to choose among a report's statistics records without opening
/// any: the row id, the report and who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsRecordHead {
    pub id: i64,
    pub report_id: String,
    pub source: Source,
}

/// The heads of all statistics records of reports received between `from` and `to` (days,
/// inclusive), in id order. One query: paging it by id made SQLite re-scan and re-sort the
/// period's rows for every page (minutes at a million records); heads are small.
pub fn stats_record_heads_received_between(
    conn: &mut DbConn,
    from: &Day,
    to: &Day,
) -> Result<Vec<StatsRecordHead>, StorageError> {
    use crate::schema::reports;
    let rows: Vec<(i64, String, String)> = stats_records::table
        .inner_join(reports::table)
        .filter(reports::received_day.ge(from.as_str()))
        .filter(reports::received_day.le(to.as_str()))
        .select((
            stats_records::id,
            stats_records::report_id,
            stats_records::source,
        ))
        .load(conn)?;
    let mut out = rows
        .into_iter()
        .map(|(id, report_id, source)| {
            Ok(StatsRecordHead {
                id,
                report_id,
                source: source.parse()?,
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    out.sort_unstable_by_key(|h| h.id);
    Ok(out)
}

/// A statistics record as the anonymizer opens it: the sealed bytes and, for a reviewer's,
/// the signature and signer stored with it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = stats_records)]
pub struct SealedStatsRecord {
    pub id: i64,
    pub sealed: Vec<u8>,
    pub signature: Option<Vec<u8>>,
    pub signer: Option<String>,
}

/// The statistics records with these ids, in id order. Ids that do not exist are skipped.
/// Callers pass bounded slices (a few thousand ids).
pub fn sealed_stats_records(
    conn: &mut DbConn,
    ids: &[i64],
) -> Result<Vec<SealedStatsRecord>, StorageError> {
    let mut out = Vec::with_capacity(ids.len());
    // Well under SQLite's bound-parameter limit.
    for chunk in ids.chunks(5_000) {
        let rows: Vec<SealedStatsRecord> = stats_records::table
            .filter(stats_records::id.eq_any(chunk))
            .select(SealedStatsRecord::as_select())
            .order(stats_records::id.asc())
            .load(conn)?;
        out.extend(rows);
    }
    out.sort_unstable_by_key(|r| r.id);
    Ok(out)
}
