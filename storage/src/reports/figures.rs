//! What the management figures of a body are computed from: per report addressed to it, its
//! status and days (received, acknowledged, closed) and the days of its reviewer messages.
//! Days and counts only: no envelope, no content.

use std::collections::HashMap;

use diesel::prelude::*;

use super::{day, opt_day};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{messages, reports};
use crate::types::{Author, Body, Day, Status};

/// One report's case days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDays {
    pub status: Status,
    pub received: Day,
    pub acknowledged: Option<Day>,
    pub closed: Option<Day>,
    /// Days of the messages reviewers wrote to the reporter (not notes, not the server's
    /// notices), in no particular order.
    pub reviewer_messages: Vec<Day>,
}

/// The case days of every report addressed to `body`.
pub fn case_days_for_body(conn: &mut DbConn, body: Body) -> Result<Vec<CaseDays>, StorageError> {
    let query = reports::table.select((
        reports::id,
        reports::status,
        reports::received_day,
        reports::acknowledged_day,
        reports::closed_day,
    ));
    type ReportRow = (String, String, String, Option<String>, Option<String>);
    let rows: Vec<ReportRow> = match body {
        Body::Euipo => query.filter(reports::to_euipo.eq(true)).load(conn)?,
        Body::Ec3 => query.filter(reports::to_ec3.eq(true)).load(conn)?,
    };
    let sent: Vec<(String, String)> = messages::table
        .filter(messages::author.eq(Author::Reviewer.as_str()))
        .filter(messages::server_notice.eq(false))
        .select((messages::report_id, messages::created_day))
        .load(conn)?;
    let mut by_report: HashMap<String, Vec<Day>> = HashMap::new();
    for (rid, d) in sent {
        by_report.entry(rid).or_default().push(day(d)?);
    }
    rows.into_iter()
        .map(|(id, s, r, a, c)| {
            Ok(CaseDays {
                status: s.parse()?,
                received: day(r)?,
                acknowledged: opt_day(a)?,
                closed: opt_day(c)?,
                reviewer_messages: by_report.remove(&id).unwrap_or_default(),
            })
        })
        .collect()
}
