//! Aggregate counts for monitoring (`/metrics`): reports received per day and reports per
//! status. Days are the finest time the database holds; no id or content is read.

use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::reports;
use crate::types::Day;

/// `(day, reports received that day)` for days on or after `since`, oldest first.
pub fn received_per_day(
    conn: &mut DbConn,
    since: &Day,
) -> Result<Vec<(String, i64)>, StorageError> {
    Ok(reports::table
        .filter(reports::received_day.ge(since.as_str()))
        .group_by(reports::received_day)
        .select((reports::received_day, count_star()))
        .order(reports::received_day.asc())
        .load(conn)?)
}

/// `(status, reports in it)` for every status that has reports.
pub fn per_status(conn: &mut DbConn) -> Result<Vec<(String, i64)>, StorageError> {
    Ok(reports::table
        .group_by(reports::status)
        .select((reports::status, count_star()))
        .order(reports::status.asc())
        .load(conn)?)
}
