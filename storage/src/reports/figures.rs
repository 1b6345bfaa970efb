//! What the management figures of a body are computed from: per report addressed to it, its
//! status and days (received, acknowledged, closed) and the days of its reviewer messages. A
//! report referred to the body counts from the referral day, on the receiving body's clock.
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
    let referred = super::referrals_to_body(conn, body)?;
    rows.into_iter()
        .map(|(id, s, r, a, c)| {
            let status: Status = s.parse()?;
            let messages = by_report.remove(&id).unwrap_or_default();
            Ok(match referred.get(&id) {
                // The receiving body's own case: from the referral day, acknowledged when one
                // of its reviewers first wrote to the reporter; messages before it were the
                // referring body's.
                Some(x) => CaseDays {
                    status: crate::deadlines::referred_status(status, x.acknowledged_day.as_ref()),
                    received: x.day.clone(),
                    acknowledged: x.acknowledged_day.clone(),
                    closed: opt_day(c)?,
                    reviewer_messages: messages.into_iter().filter(|d| *d >= x.day).collect(),
                },
                None => CaseDays {
                    status,
                    received: day(r)?,
                    acknowledged: opt_day(a)?,
                    closed: opt_day(c)?,
                    reviewer_messages: messages,
                },
            })
        })
        .collect()
}
