//! `POST /console/reports/{id}/classification`: the reviewer's validated classification. The
//! reviewer corrects the structured fields (or marks the report a duplicate or out of scope) in
//! the browser, which seals the corrected statistics record to the anonymizer's key (from the
//! verified keyring); the body is that sealed record (`TSS1` ‖ sealed box), the session's CSRF
//! token travels in `X-CSRF-Token`. Stored with `source = reviewer`: the anonymizer takes the
//! latest reviewer record over the reporter's. The server checks the framing only; it cannot
//! read the record. Audited with ids only.

use actix_web::{web, HttpRequest, HttpResponse};
use envelope::stats;
use storage::stats::NewStatsRecord;
use storage::{Day, Source};

use super::audit;
use super::report::{access, Access};
use crate::app::AppState;
use crate::auth::AuthSettings;
use crate::web::error::Kind;
use crate::web::WebError;

/// Largest sealed record: magic, sealed-box overhead, the padded record.
pub const MAX_SEALED_RECORD: usize = 4 + 48 + stats::MAX_RECORD + stats::BLOCK;

pub async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<AuthSettings>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, WebError> {
    let report_id = path.into_inner();
    let (s, reviewer, report) = match access(&req, &state, **settings, &report_id).await? {
        Access::Redirect(r) => return Ok(r),
        Access::Granted {
            session,
            reviewer,
            report,
        } => (session, reviewer, report),
    };
    let token = req
        .headers()
        .get("X-CSRF-Token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !s.csrf_ok(token) {
        return super::csrf_refused(&req, &state);
    }
    let t = crate::web::translator(&req);
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
    let db = state.db.clone();
    let id = web::block(move || db.write(|c| storage::stats::insert_stats_record(c, &record)))
        .await?
        .map_err(|e| WebError::from(e).in_lang(&t).as_json())?;
    audit(
        &state.db,
        Some(reviewer.id),
        "report.classified",
        Some(("report", report.id.clone())),
        serde_json::json!({ "record": id }),
    )
    .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "record": id })))
}
