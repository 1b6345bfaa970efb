//! The console's triage list: every report addressed to a body with its envelope (the browser
//! decrypts them all to search, filter and sort), and the data keys granted later to one
//! reviewer key (slots added after submission are not in the envelope).

use diesel::prelude::*;

use super::{ReportSummary, SummaryQ};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{recipient_slots, reports};
use crate::types::Body;

/// Metadata and envelope of every report addressed to `body`, newest first (the order of
/// [`super::list_reports_for_body`]).
pub fn envelopes_for_body(
    conn: &mut DbConn,
    body: Body,
) -> Result<Vec<(ReportSummary, Vec<u8>)>, StorageError> {
    let query = reports::table
        .select((SummaryQ::as_select(), reports::envelope))
        .order((reports::received_day.desc(), reports::id.asc()));
    let rows: Vec<(SummaryQ, Vec<u8>)> = match body {
        Body::Euipo => query.filter(reports::to_euipo.eq(true)).load(conn)?,
        Body::Ec3 => query.filter(reports::to_ec3.eq(true)).load(conn)?,
    };
    rows.into_iter()
        .map(|(s, e)| Ok((ReportSummary::try_from(s)?, e)))
        .collect()
}

/// The granted slots (report id, sealed data key) of the recipient key `recipient_pk`.
pub fn granted_slots_for_key(
    conn: &mut DbConn,
    recipient_pk: &[u8],
) -> Result<Vec<(String, Vec<u8>)>, StorageError> {
    Ok(recipient_slots::table
        .filter(recipient_slots::recipient_pk.eq(recipient_pk))
        .filter(recipient_slots::granted_by.is_not_null())
        .select((recipient_slots::report_id, recipient_slots::sealed_key))
        .load(conn)?)
}
