//! `POST /console/reports/{id}/classification`: the reviewer's validated classification. The
//! reviewer corrects the structured fields (or marks the report a duplicate or out of scope) in
//! the browser, which seals the corrected statistics record to the anonymizer's key (from the
//! verified keyring); the body is that sealed record (`TSS1` ‖ sealed box), the session's CSRF
//! token travels in `X-CSRF-Token`. Stored with `source = reviewer`: the anonymizer takes the
//! latest reviewer record over the reporter's. The server checks the framing only; it cannot
//! read the record. Audited with ids only, in the transaction that stores the record.

use actix_web::{web, HttpResponse};
use envelope::stats;
use storage::audit::append_audit_in;
use storage::stats::NewStatsRecord;
use storage::{Day, Source};

use super::{ReportAccess, REALM};
use crate::extract::{Checked, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// Largest sealed record: magic, sealed-box overhead, the padded record.
pub const MAX_SEALED_RECORD: usize = 4 + 48 + stats::MAX_RECORD + stats::BLOCK;

pub async fn post(
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Bytes>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body,
    } = checked;
    if stats::check_sealed_record(&body).is_err() {
        return Err(WebError::new(Kind::BadRequest).in_lang(&t).as_json());
    }
    let record = NewStatsRecord {
        report_id: report.id.clone(),
        source: Source::Reviewer,
        sealed: body.to_vec(),
        created_day: Day::today(),
        reviewer_id: Some(reviewer.id),
    };
    let reviewer_id = reviewer.id;
    let id = crate::blocking::block("db", move || {
        state.db.write(|conn| {
            let id = storage::stats::insert_stats_record(conn, &record)?;
            append_audit_in(
                conn,
                &REALM.event(
                    Some(reviewer_id),
                    "report.classified",
                    Some(("report", record.report_id.clone())),
                    serde_json::json!({ "record": id }),
                ),
            )?;
            Ok(id)
        })
    })
    .await?
    .map_err(|e| WebError::from(e).in_lang(&t).as_json())?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "record": id })))
}
