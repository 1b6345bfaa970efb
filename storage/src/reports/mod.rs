//! Reports, their recipient slots and their attachments.
//!
//! A report is stored as the reporter's encrypted envelope plus the metadata the console
//! needs (bodies, status, days). Invariants checked here, before the database sees the row:
//! the id is 32 lowercase hex characters; at least one body is chosen; every recipient slot
//! is for a chosen body and every chosen body has at least one slot (a report is never sealed
//! to a body the reporter did not choose).
//!
//! Recipient slots live in [`slots`] and attachments in [`attachments`]; their items are
//! re-exported here, so `storage::reports::NewSlot` and the like keep working.

mod assign;
mod attachments;
mod figures;
mod inbox;
mod referral;
mod slots;
mod tags;
mod triage;

use diesel::prelude::*;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::reports;
use crate::types::{check_object_id, check_report_id, to_array32, Body, Day, SealedBy, Status};

pub use assign::{assignments_for_body, set_assignment};
pub(crate) use attachments::insert_attachments;
pub use attachments::{
    attachment_chunks, attachments_for_message, attachments_for_report, find_attachment,
    AttachmentMeta, NewAttachment,
};
pub use figures::{case_days_for_body, CaseDays};
pub use inbox::{count_reports_for_body, deadline_days_for_body, list_reports_for_body_page};
pub use referral::{
    acknowledge_referral, refer_report, referrals_of_report, referrals_to_body, NewReferral,
    Referral,
};
pub use slots::{
    add_grant_slot, reports_with_slot_for, slot_recipient_keys, slots_for_report, NewSlot, Slot,
    RECOVERY_GRANT,
};
pub use tags::{
    add_body_tag, body_tags, check_tag_name, remove_body_tag, report_tags, tag_report,
    tags_for_body, untag_report, MAX_TAG_CHARS,
};
pub use triage::{envelopes_for_body, granted_slots_for_key};

/// A report to store. Status starts at `new`; `updated_day` starts at `received_day`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    /// 32 lowercase hex characters (a random 16-byte id).
    pub id: String,
    pub to_euipo: bool,
    pub to_ec3: bool,
    /// The whole encrypted envelope.
    pub envelope: Vec<u8>,
    /// Digest of the recipient set (bound into the envelope's AAD).
    pub recipient_digest: Vec<u8>,
    pub sealed_by: SealedBy,
    pub received_day: Day,
    /// Hash of the reporter's receipt (the receipt itself is never stored).
    pub receipt_lookup: [u8; 32],
    /// The reporter's public key, derived from the receipt.
    pub reporter_pk: [u8; 32],
    pub slots: Vec<NewSlot>,
    pub attachments: Vec<NewAttachment>,
}

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: String,
    pub to_euipo: bool,
    pub to_ec3: bool,
    pub envelope: Vec<u8>,
    pub recipient_digest: Vec<u8>,
    pub sealed_by: SealedBy,
    pub received_day: Day,
    pub status: Status,
    pub acknowledged_day: Option<Day>,
    pub closed_day: Option<Day>,
    pub updated_day: Day,
    pub receipt_lookup: [u8; 32],
    pub reporter_pk: [u8; 32],
}

/// A report's metadata, without the envelope (for lists).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSummary {
    pub id: String,
    pub to_euipo: bool,
    pub to_ec3: bool,
    pub sealed_by: SealedBy,
    pub received_day: Day,
    pub status: Status,
    pub acknowledged_day: Option<Day>,
    pub closed_day: Option<Day>,
    pub updated_day: Day,
}

#[derive(Insertable)]
#[diesel(table_name = reports)]
struct ReportRow<'a> {
    id: &'a str,
    to_euipo: bool,
    to_ec3: bool,
    envelope: &'a [u8],
    recipient_digest: &'a [u8],
    sealed_by: &'a str,
    received_day: &'a str,
    status: &'a str,
    acknowledged_day: Option<&'a str>,
    closed_day: Option<&'a str>,
    updated_day: &'a str,
    receipt_lookup: &'a [u8],
    reporter_pk: &'a [u8],
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = reports)]
struct ReportQ {
    id: String,
    to_euipo: bool,
    to_ec3: bool,
    envelope: Vec<u8>,
    recipient_digest: Vec<u8>,
    sealed_by: String,
    received_day: String,
    status: String,
    acknowledged_day: Option<String>,
    closed_day: Option<String>,
    updated_day: String,
    receipt_lookup: Vec<u8>,
    reporter_pk: Vec<u8>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = reports)]
struct SummaryQ {
    id: String,
    to_euipo: bool,
    to_ec3: bool,
    sealed_by: String,
    received_day: String,
    status: String,
    acknowledged_day: Option<String>,
    closed_day: Option<String>,
    updated_day: String,
}

fn day(s: String) -> Result<Day, StorageError> {
    s.parse()
}

fn opt_day(s: Option<String>) -> Result<Option<Day>, StorageError> {
    s.map(day).transpose()
}

impl TryFrom<ReportQ> for Report {
    type Error = StorageError;

    fn try_from(r: ReportQ) -> Result<Self, Self::Error> {
        Ok(Report {
            id: r.id,
            to_euipo: r.to_euipo,
            to_ec3: r.to_ec3,
            envelope: r.envelope,
            recipient_digest: r.recipient_digest,
            sealed_by: r.sealed_by.parse()?,
            received_day: day(r.received_day)?,
            status: r.status.parse()?,
            acknowledged_day: opt_day(r.acknowledged_day)?,
            closed_day: opt_day(r.closed_day)?,
            updated_day: day(r.updated_day)?,
            receipt_lookup: to_array32("receipt_lookup", r.receipt_lookup)?,
            reporter_pk: to_array32("reporter_pk", r.reporter_pk)?,
        })
    }
}

impl TryFrom<SummaryQ> for ReportSummary {
    type Error = StorageError;

    fn try_from(r: SummaryQ) -> Result<Self, Self::Error> {
        Ok(ReportSummary {
            id: r.id,
            to_euipo: r.to_euipo,
            to_ec3: r.to_ec3,
            sealed_by: r.sealed_by.parse()?,
            received_day: day(r.received_day)?,
            status: r.status.parse()?,
            acknowledged_day: opt_day(r.acknowledged_day)?,
            closed_day: opt_day(r.closed_day)?,
            updated_day: day(r.updated_day)?,
        })
    }
}

pub(super) fn body_chosen(to_euipo: bool, to_ec3: bool, body: Body) -> bool {
    match body {
        Body::Euipo => to_euipo,
        Body::Ec3 => to_ec3,
    }
}

fn validate_new_report(r: &NewReport) -> Result<(), StorageError> {
    check_report_id(&r.id)?;
    if !r.to_euipo && !r.to_ec3 {
        return Err(StorageError::Invalid(
            "a report must be addressed to at least one body".into(),
        ));
    }
    if let Some(s) = r
        .slots
        .iter()
        .find(|s| !body_chosen(r.to_euipo, r.to_ec3, s.body))
    {
        return Err(StorageError::Invalid(format!(
            "recipient slot for {} but the report is not addressed to it",
            s.body
        )));
    }
    for body in Body::ALL {
        if body_chosen(r.to_euipo, r.to_ec3, body) && !r.slots.iter().any(|s| s.body == body) {
            return Err(StorageError::Invalid(format!(
                "the report is addressed to {body} but has no recipient slot for it"
            )));
        }
    }
    for a in &r.attachments {
        check_object_id("attachment", &a.id)?;
    }
    Ok(())
}

/// Stores a report with its recipient slots and attachments, all in one transaction.
///
/// `Conflict` when the id, the receipt lookup or an attachment id is already taken;
/// `Invalid` when a check above fails. Either way nothing is written.
pub fn insert_report(conn: &mut DbConn, report: &NewReport) -> Result<(), StorageError> {
    validate_new_report(report)?;
    write_transaction(conn, |conn| {
        diesel::insert_into(reports::table)
            .values(ReportRow {
                id: &report.id,
                to_euipo: report.to_euipo,
                to_ec3: report.to_ec3,
                envelope: &report.envelope,
                recipient_digest: &report.recipient_digest,
                sealed_by: report.sealed_by.as_str(),
                received_day: report.received_day.as_str(),
                status: Status::New.as_str(),
                acknowledged_day: None,
                closed_day: None,
                updated_day: report.received_day.as_str(),
                receipt_lookup: &report.receipt_lookup,
                reporter_pk: &report.reporter_pk,
            })
            .execute(conn)?;
        for s in &report.slots {
            slots::insert_slot(conn, &report.id, s, None)?;
        }
        insert_attachments(conn, &report.id, None, &report.attachments)
    })
}

/// The report with this id, if any.
pub fn find_report(conn: &mut DbConn, id: &str) -> Result<Option<Report>, StorageError> {
    reports::table
        .find(id)
        .select(ReportQ::as_select())
        .first(conn)
        .optional()?
        .map(Report::try_from)
        .transpose()
}

/// The report whose receipt hashes to `lookup`, if any.
pub fn find_report_by_receipt_lookup(
    conn: &mut DbConn,
    lookup: &[u8],
) -> Result<Option<Report>, StorageError> {
    reports::table
        .filter(reports::receipt_lookup.eq(lookup))
        .select(ReportQ::as_select())
        .first(conn)
        .optional()?
        .map(Report::try_from)
        .transpose()
}

/// Replaces a report's receipt lookup hash (a report stored with the v1 lookup hash gets the
/// current one when its reporter comes back with the receipt).
pub fn set_receipt_lookup(conn: &mut DbConn, id: &str, lookup: &[u8]) -> Result<(), StorageError> {
    let n = diesel::update(reports::table.find(id))
        .set(reports::receipt_lookup.eq(lookup))
        .execute(conn)?;
    if n == 0 {
        return Err(StorageError::NotFound("report"));
    }
    Ok(())
}

/// Metadata of the reports addressed to `body`, newest first (by received day; same-day
/// reports in a stable but arbitrary order).
pub fn list_reports_for_body(
    conn: &mut DbConn,
    body: Body,
) -> Result<Vec<ReportSummary>, StorageError> {
    let query = reports::table
        .select(SummaryQ::as_select())
        .order((reports::received_day.desc(), reports::id.asc()));
    let rows = match body {
        Body::Euipo => query.filter(reports::to_euipo.eq(true)).load(conn)?,
        Body::Ec3 => query.filter(reports::to_ec3.eq(true)).load(conn)?,
    };
    rows.into_iter().map(ReportSummary::try_from).collect()
}

/// Sets a report's status and `updated_day`. Moving to any status other than `new` sets
/// `acknowledged_day` if it is still empty; `closed` sets `closed_day`, any other status
/// clears it (a reopened case). Whether the transition is allowed is decided by the caller.
pub fn set_status(
    conn: &mut DbConn,
    id: &str,
    status: Status,
    day: &Day,
) -> Result<(), StorageError> {
    write_transaction(conn, |conn| {
        let acknowledged: Option<Option<String>> = reports::table
            .find(id)
            .select(reports::acknowledged_day)
            .first(conn)
            .optional()?;
        let Some(acknowledged) = acknowledged else {
            return Err(StorageError::NotFound("report"));
        };
        let acknowledged = match (acknowledged, status) {
            (None, s) if s != Status::New => Some(day.as_str().to_string()),
            (a, _) => a,
        };
        let closed = (status == Status::Closed).then(|| day.as_str().to_string());
        diesel::update(reports::table.find(id))
            .set((
                reports::status.eq(status.as_str()),
                reports::updated_day.eq(day.as_str()),
                reports::acknowledged_day.eq(acknowledged),
                reports::closed_day.eq(closed),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Deletes a report; its slots, messages, attachments, chunks and statistics records go with
/// it (ON DELETE CASCADE). `NotFound` for an unknown report.
pub fn delete_report(conn: &mut DbConn, id: &str) -> Result<(), StorageError> {
    let n = diesel::delete(reports::table.find(id)).execute(conn)?;
    if n == 0 {
        return Err(StorageError::NotFound("report"));
    }
    Ok(())
}

/// How many reports are stored.
pub fn count_reports(conn: &mut DbConn) -> Result<i64, StorageError> {
    Ok(reports::table.count().get_result(conn)?)
}
