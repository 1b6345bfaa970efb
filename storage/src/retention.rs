//! Retention: closed reports whose closing day is before a cut-off, and their deletion with
//! everything that hangs off them (slots, messages, attachments and chunks, statistics
//! records; ON DELETE CASCADE). Released statistics live in their own tables and stay.

use diesel::prelude::*;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{attachments, messages, reports, stats_records};
use crate::types::{Day, Status};

/// What a retention run deleted: report ids and counts, nothing else.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    pub report_ids: Vec<String>,
    pub messages: i64,
    pub attachments: i64,
    pub records: i64,
}

/// Deletes, in one transaction, every closed report closed before `cutoff` (exclusive), and
/// calls `log` with what was deleted inside the same transaction (for the audit row), so the
/// deletion and its record are written together or not at all.
pub fn delete_closed_before<F>(
    conn: &mut DbConn,
    cutoff: &Day,
    log: F,
) -> Result<Deleted, StorageError>
where
    F: FnOnce(&mut DbConn, &Deleted) -> Result<(), StorageError>,
{
    write_transaction(conn, |conn| {
        let ids: Vec<String> = reports::table
            .filter(reports::status.eq(Status::Closed.as_str()))
            .filter(reports::closed_day.lt(cutoff.as_str()))
            .select(reports::id)
            .order(reports::id.asc())
            .load(conn)?;
        let mut deleted = Deleted::default();
        if ids.is_empty() {
            return Ok(deleted);
        }
        for chunk in ids.chunks(500) {
            deleted.messages += messages::table
                .filter(messages::report_id.eq_any(chunk))
                .count()
                .get_result::<i64>(conn)?;
            deleted.attachments += attachments::table
                .filter(attachments::report_id.eq_any(chunk))
                .count()
                .get_result::<i64>(conn)?;
            deleted.records += stats_records::table
                .filter(stats_records::report_id.eq_any(chunk))
                .count()
                .get_result::<i64>(conn)?;
            diesel::delete(reports::table.filter(reports::id.eq_any(chunk))).execute(conn)?;
        }
        deleted.report_ids = ids;
        log(conn, &deleted)?;
        Ok(deleted)
    })
}
