//! The console inbox's queries: one page of a body's reports (offset paging in the order of
//! [`super::list_reports_for_body`]), how many there are, and the few columns the deadline
//! counts need of all of them (so that the counts cover every page).

use diesel::prelude::*;

use super::{day, opt_day, ReportSummary, SummaryQ};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::reports;
use crate::types::{Body, Day, Status};

/// Up to `limit` of the reports addressed to `body` from `offset` on, newest first (received
/// day, then id: a stable order, so pages neither repeat nor skip a report).
pub fn list_reports_for_body_page(
    conn: &mut DbConn,
    body: Body,
    offset: i64,
    limit: i64,
) -> Result<Vec<ReportSummary>, StorageError> {
    let query = reports::table
        .select(SummaryQ::as_select())
        .order((reports::received_day.desc(), reports::id.asc()))
        .offset(offset.max(0))
        .limit(limit.max(0));
    let rows = match body {
        Body::Euipo => query.filter(reports::to_euipo.eq(true)).load(conn)?,
        Body::Ec3 => query.filter(reports::to_ec3.eq(true)).load(conn)?,
    };
    rows.into_iter().map(ReportSummary::try_from).collect()
}

/// How many reports are addressed to `body`.
pub fn count_reports_for_body(conn: &mut DbConn, body: Body) -> Result<i64, StorageError> {
    let query = reports::table.count();
    Ok(match body {
        Body::Euipo => query.filter(reports::to_euipo.eq(true)).get_result(conn)?,
        Body::Ec3 => query.filter(reports::to_ec3.eq(true)).get_result(conn)?,
    })
}

/// Status, start day and acknowledgement day of every report addressed to `body`: what the
/// deadlines are computed from. A report referred to `body` runs on the receiving body's own
/// clock: from the referral day, acknowledged when one of its reviewers first wrote to the
/// reporter, and (until then) due for acknowledgement whatever the referring body did, as
/// [`crate::deadlines::referred_deadline`] counts it.
pub fn deadline_days_for_body(
    conn: &mut DbConn,
    body: Body,
) -> Result<Vec<(Status, Day, Option<Day>)>, StorageError> {
    let query = reports::table.select((
        reports::id,
        reports::status,
        reports::received_day,
        reports::acknowledged_day,
    ));
    let rows: Vec<(String, String, String, Option<String>)> = match body {
        Body::Euipo => query.filter(reports::to_euipo.eq(true)).load(conn)?,
        Body::Ec3 => query.filter(reports::to_ec3.eq(true)).load(conn)?,
    };
    let referred = super::referrals_to_body(conn, body)?;
    rows.into_iter()
        .map(|(id, s, r, a)| {
            let status: Status = s.parse()?;
            Ok(match referred.get(&id) {
                Some(x) => (
                    crate::deadlines::referred_status(status, x.acknowledged_day.as_ref()),
                    x.day.clone(),
                    x.acknowledged_day.clone(),
                ),
                None => (status, day(r)?, opt_day(a)?),
            })
        })
        .collect()
}
