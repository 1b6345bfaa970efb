//! `POST /console/reports/{id}/classification`: the reviewer's validated classification. The
//! reviewer corrects the structured fields (or marks the report a duplicate or out of scope) in
//! the browser, which seals the corrected statistics record to the anonymizer's key (from the
//! verified keyring); the body is that sealed record (`TSS1` ‖ sealed box), the session's CSRF
//! token travels in `X-CSRF-Token`. Stored with `source = reviewer`: the anonymizer takes the
//! latest reviewer record over the reporter's. The server checks the framing only; it cannot
//! read the record. Audited with ids only, in the transaction that stores the record.
//!
//! The browser signs the sealed record with the reviewer's signing key (keys/FORMAT.md, "Signed
//! classifications"), Base64 in `X-Classification-Signature`, as the reviewer's keyring entry
//! id. The server refuses a record whose signature does not verify with that entry's signing
//! key in the keyring it started with, and stores the signature and the entry id with the
//! record; the anonymizer checks them again against the keyring it verified itself.

use actix_web::{web, HttpRequest, HttpResponse};
use envelope::stats;
use storage::audit::append_audit_in;
use storage::stats::{NewStatsRecord, RecordSignature};
use storage::{Day, Source};

use super::{ReportAccess, REALM};
use crate::extract::{Checked, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// Largest sealed record: magic, sealed-box overhead, the padded record.
pub const MAX_SEALED_RECORD: usize = 4 + 48 + stats::MAX_RECORD + stats::BLOCK;

/// The header carrying the classification's detached signature (Base64, 64 bytes).
pub const SIGNATURE_HEADER: &str = "X-Classification-Signature";

/// The signature the request carries, if it verifies as keyring entry `signer`'s signature of
/// this sealed record of report `report_id`.
fn checked_signature(
    req: &HttpRequest,
    keyring: &envelope::Keyring,
    signer: &str,
    report_id: &str,
    sealed: &[u8],
) -> Option<Vec<u8>> {
    let text = req.headers().get(SIGNATURE_HEADER)?.to_str().ok()?;
    let sig = envelope::unb64(text.trim(), "signature").ok()?;
    let rid = envelope::unhex::<16>(report_id)?;
    keyring
        .classification_signed_by(signer, &rid, sealed, &sig)
        .then_some(sig)
}

pub async fn post(
    req: HttpRequest,
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
    let signer = storage::accounts::keyring_entry_id(reviewer.profile.body, reviewer.id);
    let Some(signature) = checked_signature(&req, &state.keyring, &signer, &report.id, &body)
    else {
        tracing::warn!(
            reviewer = reviewer.id,
            "a classification without a valid signature"
        );
        return Err(WebError::new(Kind::BadRequest).in_lang(&t).as_json());
    };
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
            let signed = RecordSignature {
                signer: &signer,
                signature: &signature,
            };
            let id = storage::stats::insert_stats_record_signed(conn, &record, Some(signed))?;
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
