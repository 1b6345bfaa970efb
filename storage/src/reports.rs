//! Reports, their recipient slots and their attachments.
//!
//! A report is stored as the reporter's encrypted envelope plus the metadata the console
//! needs (bodies, status, days). Invariants checked here, before the database sees the row:
//! the id is 32 lowercase hex characters; at least one body is chosen; every recipient slot
//! is for a chosen body and every chosen body has at least one slot (a report is never sealed
//! to a body the reporter did not choose).

use diesel::prelude::*;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{attachment_chunks, attachments, recipient_slots, reports};
use crate::types::{check_object_id, check_report_id, to_array32, Body, Day, SealedBy, Status};

/// Rows per multi-row INSERT of attachment chunks (well under both backends' bind limits).
const CHUNK_BATCH: usize = 256;

/// A recipient slot to store: the report's data key sealed to one recipient public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSlot {
    /// The recipient's X25519 public key.
    pub recipient_pk: [u8; 32],
    /// The body the recipient key belongs to.
    pub body: Body,
    /// `crypto_box_seal` of the data key to `recipient_pk`.
    pub sealed_key: Vec<u8>,
}

/// An encrypted attachment to store, as its ordered ciphertext chunks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    /// 1 to 64 characters of `[0-9A-Za-z_-]`.
    pub id: String,
    /// Ciphertext chunks in order; stored with `seq` 0, 1, 2, ...
    pub chunks: Vec<Vec<u8>>,
}

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

/// A stored recipient slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub report_id: String,
    pub recipient_pk: [u8; 32],
    pub body: Body,
    pub sealed_key: Vec<u8>,
    /// The reviewer who granted access later; `None` for slots sealed at submission.
    pub granted_by: Option<i64>,
}

/// A stored attachment's metadata (the chunks come from [`attachment_chunks()`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentMeta {
    pub id: String,
    pub report_id: String,
    /// The message it was sent with; `None` for attachments of the report itself.
    pub message_id: Option<String>,
    pub chunk_count: i64,
    pub ciphertext_bytes: i64,
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

#[derive(Insertable)]
#[diesel(table_name = recipient_slots)]
struct SlotRow<'a> {
    report_id: &'a str,
    recipient_pk: &'a [u8],
    body: &'a str,
    sealed_key: &'a [u8],
    granted_by: Option<i64>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = recipient_slots)]
struct SlotQ {
    report_id: String,
    recipient_pk: Vec<u8>,
    body: String,
    sealed_key: Vec<u8>,
    granted_by: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = attachments)]
struct AttachmentRow<'a> {
    id: &'a str,
    report_id: &'a str,
    message_id: Option<&'a str>,
    chunk_count: i64,
    ciphertext_bytes: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = attachments)]
struct AttachmentQ {
    id: String,
    report_id: String,
    message_id: Option<String>,
    chunk_count: i64,
    ciphertext_bytes: i64,
}

#[derive(Insertable)]
#[diesel(table_name = attachment_chunks)]
struct ChunkRow<'a> {
    attachment_id: &'a str,
    seq: i64,
    bytes: &'a [u8],
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

impl TryFrom<SlotQ> for Slot {
    type Error = StorageError;

    fn try_from(s: SlotQ) -> Result<Self, Self::Error> {
        Ok(Slot {
            report_id: s.report_id,
            recipient_pk: to_array32("recipient_pk", s.recipient_pk)?,
            body: s.body.parse()?,
            sealed_key: s.sealed_key,
            granted_by: s.granted_by,
        })
    }
}

impl From<AttachmentQ> for AttachmentMeta {
    fn from(a: AttachmentQ) -> Self {
        AttachmentMeta {
            id: a.id,
            report_id: a.report_id,
            message_id: a.message_id,
            chunk_count: a.chunk_count,
            ciphertext_bytes: a.ciphertext_bytes,
        }
    }
}

fn body_chosen(to_euipo: bool, to_ec3: bool, body: Body) -> bool {
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
        if body_chosen(r.to_euipo, r.to_ec3, *body) && !r.slots.iter().any(|s| s.body == *body) {
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

fn len_i64(n: usize) -> Result<i64, StorageError> {
    i64::try_from(n).map_err(|_| StorageError::Invalid("size out of range".into()))
}

/// Inserts attachments and their chunks (inside the caller's transaction).
pub(crate) fn insert_attachments(
    conn: &mut DbConn,
    report_id: &str,
    message_id: Option<&str>,
    list: &[NewAttachment],
) -> Result<(), StorageError> {
    for a in list {
        check_object_id("attachment", &a.id)?;
        let bytes: usize = a.chunks.iter().map(Vec::len).sum();
        diesel::insert_into(attachments::table)
            .values(AttachmentRow {
                id: &a.id,
                report_id,
                message_id,
                chunk_count: len_i64(a.chunks.len())?,
                ciphertext_bytes: len_i64(bytes)?,
            })
            .execute(conn)?;
        let rows = a
            .chunks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(ChunkRow {
                    attachment_id: &a.id,
                    seq: len_i64(i)?,
                    bytes: c,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        // Multi-row INSERTs are not available through the MultiConnection backend, so the
        // batch goes to the concrete connection.
        for batch in rows.chunks(CHUNK_BATCH) {
            let insert = diesel::insert_into(attachment_chunks::table).values(batch);
            match conn {
                DbConn::Sqlite(c) => insert.execute(c)?,
                DbConn::Pg(c) => insert.execute(c)?,
            };
        }
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
            diesel::insert_into(recipient_slots::table)
                .values(SlotRow {
                    report_id: &report.id,
                    recipient_pk: &s.recipient_pk,
                    body: s.body.as_str(),
                    sealed_key: &s.sealed_key,
                    granted_by: None,
                })
                .execute(conn)?;
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

/// Adds a recipient slot granted later by reviewer `granted_by` (e.g. a new colleague's key).
/// The slot's body must be one the report is addressed to. `NotFound` for an unknown report,
/// `Conflict` if the key already has a slot.
pub fn add_grant_slot(
    conn: &mut DbConn,
    report_id: &str,
    slot: &NewSlot,
    granted_by: i64,
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
        if !body_chosen(to_euipo, to_ec3, slot.body) {
            return Err(StorageError::Invalid(format!(
                "the report is not addressed to {}",
                slot.body
            )));
        }
        diesel::insert_into(recipient_slots::table)
            .values(SlotRow {
                report_id,
                recipient_pk: &slot.recipient_pk,
                body: slot.body.as_str(),
                sealed_key: &slot.sealed_key,
                granted_by: Some(granted_by),
            })
            .execute(conn)?;
        Ok(())
    })
}

/// The recipient slots of a report, ordered by body then key.
pub fn slots_for_report(conn: &mut DbConn, report_id: &str) -> Result<Vec<Slot>, StorageError> {
    recipient_slots::table
        .filter(recipient_slots::report_id.eq(report_id))
        .select(SlotQ::as_select())
        .order((
            recipient_slots::body.asc(),
            recipient_slots::recipient_pk.asc(),
        ))
        .load(conn)?
        .into_iter()
        .map(Slot::try_from)
        .collect()
}

/// The attachment with this id, if any.
pub fn find_attachment(
    conn: &mut DbConn,
    attachment_id: &str,
) -> Result<Option<AttachmentMeta>, StorageError> {
    Ok(attachments::table
        .find(attachment_id)
        .select(AttachmentQ::as_select())
        .first(conn)
        .optional()?
        .map(AttachmentMeta::from))
}

/// All attachments of a report (its own and its messages'), ordered by id.
pub fn attachments_for_report(
    conn: &mut DbConn,
    report_id: &str,
) -> Result<Vec<AttachmentMeta>, StorageError> {
    Ok(attachments::table
        .filter(attachments::report_id.eq(report_id))
        .select(AttachmentQ::as_select())
        .order(attachments::id.asc())
        .load(conn)?
        .into_iter()
        .map(AttachmentMeta::from)
        .collect())
}

/// The attachments sent with one message, ordered by id.
pub fn attachments_for_message(
    conn: &mut DbConn,
    message_id: &str,
) -> Result<Vec<AttachmentMeta>, StorageError> {
    Ok(attachments::table
        .filter(attachments::message_id.eq(message_id))
        .select(AttachmentQ::as_select())
        .order(attachments::id.asc())
        .load(conn)?
        .into_iter()
        .map(AttachmentMeta::from)
        .collect())
}

/// An attachment's ciphertext chunks in order. `NotFound` for an unknown attachment;
/// `Invalid` if the stored chunks do not match the recorded count.
pub fn attachment_chunks(
    conn: &mut DbConn,
    attachment_id: &str,
) -> Result<Vec<Vec<u8>>, StorageError> {
    let Some(meta) = find_attachment(conn, attachment_id)? else {
        return Err(StorageError::NotFound("attachment"));
    };
    let chunks: Vec<Vec<u8>> = attachment_chunks::table
        .filter(attachment_chunks::attachment_id.eq(attachment_id))
        .select(attachment_chunks::bytes)
        .order(attachment_chunks::seq.asc())
        .load(conn)?;
    if len_i64(chunks.len())? != meta.chunk_count {
        return Err(StorageError::Invalid(
            "stored attachment has a different number of chunks than recorded".into(),
        ));
    }
    Ok(chunks)
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
