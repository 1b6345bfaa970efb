//! Assignments: which reviewer of a body handles a report (at most one per report and body).
//! That the reviewer belongs to the body and the report is addressed to it is checked here.

use std::collections::HashMap;

use diesel::prelude::*;

use super::body_chosen;
use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{assignments, reports, reviewers};
use crate::types::{Body, Day};

/// Assigns the report to `reviewer_id` for `body`, or clears the assignment (`None`).
/// `NotFound` for an unknown report; `Invalid` when the report is not addressed to `body` or
/// the reviewer is not an active reviewer of `body`.
pub fn set_assignment(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
    reviewer_id: Option<i64>,
    day: &Day,
) -> Result<(), StorageError> {
    write_transaction(conn, |conn| {
        let bodies: Option<(bool, bool)> = reports::table
            .find(report_id)
            .select((reports::to_euipo, reports::to_ec3))
            .first(conn)
            .optional()?;
        let Some((to_euipo, to_ec3)) = bodies else {
            return Err(StorageError::NotFound("report"));
        };
        if !body_chosen(to_euipo, to_ec3, body) {
            return Err(StorageError::Invalid(format!(
                "the report is not addressed to {body}"
            )));
        }
        diesel::delete(
            assignments::table
                .filter(assignments::report_id.eq(report_id))
                .filter(assignments::body.eq(body.as_str())),
        )
        .execute(conn)?;
        let Some(reviewer) = reviewer_id else {
            return Ok(());
        };
        let found: Option<(String, bool)> = reviewers::table
            .find(reviewer)
            .select((reviewers::body, reviewers::active))
            .first(conn)
            .optional()?;
        if found != Some((body.as_str().to_string(), true)) {
            return Err(StorageError::Invalid(format!(
                "not an active reviewer of {body}"
            )));
        }
        diesel::insert_into(assignments::table)
            .values((
                assignments::report_id.eq(report_id),
                assignments::body.eq(body.as_str()),
                assignments::reviewer_id.eq(reviewer),
                assignments::assigned_day.eq(day.as_str()),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// The reviewer each report of `body` is assigned to, by report id.
pub fn assignments_for_body(
    conn: &mut DbConn,
    body: Body,
) -> Result<HashMap<String, i64>, StorageError> {
    Ok(assignments::table
        .filter(assignments::body.eq(body.as_str()))
        .select((assignments::report_id, assignments::reviewer_id))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect())
}
