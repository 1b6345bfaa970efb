//! Tags: a fixed list of labels per body, kept by the operator (`tsr-admin tags`), that the
//! body's reviewers put on its reports. The names are visible to whoever runs the server, so
//! they are short labels ([`check_tag_name`]), never case content. That a tag is in the body's
//! list and the report is addressed to the body is checked here.

use std::collections::HashMap;

use diesel::prelude::*;

use super::body_chosen;
use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{body_tags, report_tags, reports};
use crate::types::{Body, Day};

/// The longest tag name, in characters.
pub const MAX_TAG_CHARS: usize = 32;

/// A tag name is 1 to [`MAX_TAG_CHARS`] letters (any script), digits, `-` or `_`: a label, not
/// a sentence, so no spaces or punctuation that could carry a description.
pub fn check_tag_name(name: &str) -> Result<(), StorageError> {
    let n = name.chars().count();
    if n == 0 || n > MAX_TAG_CHARS {
        return Err(StorageError::Invalid(format!(
            "a tag name has 1 to {MAX_TAG_CHARS} characters"
        )));
    }
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return Err(StorageError::Invalid(
            "a tag name has letters, digits, '-' and '_' only".into(),
        ));
    }
    Ok(())
}

/// Adds `name` to the list of `body`. `Conflict` if it is there already.
pub fn add_body_tag(
    conn: &mut DbConn,
    body: Body,
    name: &str,
    day: &Day,
) -> Result<(), StorageError> {
    check_tag_name(name)?;
    write_transaction(conn, |conn| {
        let exists: i64 = body_tags::table
            .filter(body_tags::body.eq(body.as_str()))
            .filter(body_tags::name.eq(name))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Err(StorageError::Conflict("body_tags".into()));
        }
        diesel::insert_into(body_tags::table)
            .values((
                body_tags::body.eq(body.as_str()),
                body_tags::name.eq(name),
                body_tags::created_day.eq(day.as_str()),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Removes `name` from the list of `body` and from every report of the body that had it.
/// `NotFound` if the body has no such tag.
pub fn remove_body_tag(conn: &mut DbConn, body: Body, name: &str) -> Result<(), StorageError> {
    write_transaction(conn, |conn| {
        diesel::delete(
            report_tags::table
                .filter(report_tags::body.eq(body.as_str()))
                .filter(report_tags::name.eq(name)),
        )
        .execute(conn)?;
        let n = diesel::delete(
            body_tags::table
                .filter(body_tags::body.eq(body.as_str()))
                .filter(body_tags::name.eq(name)),
        )
        .execute(conn)?;
        if n == 0 {
            return Err(StorageError::NotFound("tag"));
        }
        Ok(())
    })
}

/// The tag list of `body`, sorted by name.
pub fn body_tags(conn: &mut DbConn, body: Body) -> Result<Vec<String>, StorageError> {
    Ok(body_tags::table
        .filter(body_tags::body.eq(body.as_str()))
        .select(body_tags::name)
        .order(body_tags::name.asc())
        .load(conn)?)
}

/// Puts tag `name` of `body` on a report, by reviewer `reviewer_id`. `NotFound` for an
/// unknown report; `Invalid` when the report is not addressed to `body` or the tag is not in
/// the body's list; `Conflict` when the report has the tag already.
pub fn tag_report(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
    name: &str,
    reviewer_id: i64,
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
        if !body_tags(conn, body)?.iter().any(|t| t == name) {
            return Err(StorageError::Invalid(format!("not a tag of {body}")));
        }
        let exists: i64 = report_tags::table
            .filter(report_tags::report_id.eq(report_id))
            .filter(report_tags::body.eq(body.as_str()))
            .filter(report_tags::name.eq(name))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Err(StorageError::Conflict("report_tags".into()));
        }
        diesel::insert_into(report_tags::table)
            .values((
                report_tags::report_id.eq(report_id),
                report_tags::body.eq(body.as_str()),
                report_tags::name.eq(name),
                report_tags::tagged_by.eq(reviewer_id),
                report_tags::tagged_day.eq(day.as_str()),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Takes tag `name` of `body` off a report. `NotFound` when the report does not have it.
pub fn untag_report(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
    name: &str,
) -> Result<(), StorageError> {
    let n = diesel::delete(
        report_tags::table
            .filter(report_tags::report_id.eq(report_id))
            .filter(report_tags::body.eq(body.as_str()))
            .filter(report_tags::name.eq(name)),
    )
    .execute(conn)?;
    if n == 0 {
        return Err(StorageError::NotFound("tag"));
    }
    Ok(())
}

/// The tags `body` put on one report, sorted by name.
pub fn report_tags(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
) -> Result<Vec<String>, StorageError> {
    Ok(report_tags::table
        .filter(report_tags::report_id.eq(report_id))
        .filter(report_tags::body.eq(body.as_str()))
        .select(report_tags::name)
        .order(report_tags::name.asc())
        .load(conn)?)
}

/// The tags `body` put on its reports, by report id (each list sorted by name).
pub fn tags_for_body(
    conn: &mut DbConn,
    body: Body,
) -> Result<HashMap<String, Vec<String>>, StorageError> {
    let rows: Vec<(String, String)> = report_tags::table
        .filter(report_tags::body.eq(body.as_str()))
        .select((report_tags::report_id, report_tags::name))
        .order((report_tags::report_id.asc(), report_tags::name.asc()))
        .load(conn)?;
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for (rid, name) in rows {
        out.entry(rid).or_default().push(name);
    }
    Ok(out)
}
