//! `POST /console/reports/{id}/referral`: a reviewer refers a report of their body to the other
//! body (EUIPO <-> EC3). The reviewer's browser re-seals the report's data key to every key of
//! the receiving body in the verified keyring (its reviewers and its recovery key,
//! `crypto_box_seal`, 80 bytes each) and may add a note for both bodies, sealed like an
//! internal note (envelope kind 3) whose object id is the report's. The body is JSON, the session's CSRF token travels in
//! `X-CSRF-Token`:
//!
//! `{"to": "EC3", "slots": [{"recipient": B64, "sealed_key": B64}, ...], "note": B64 | null}`
//!
//! The server cannot check what was sealed; it checks that the slots are for exactly the
//! receiving body's keys in the keyring it started with (none missing, none other), that the
//! note is a note sealed to keys of the two bodies only, and that the report is not with the
//! receiving body already. Then the slots, the report's new addressee and the referral row are
//! stored with the audit row (who, from, to; never the note) in one transaction. The receiving
//! body's deadlines run from the referral day (`deadlines::referred_deadline`).

use std::collections::HashSet;

use actix_web::{web, HttpResponse};
use envelope::{Envelope, Kind as EnvKind, PublicKey};
use storage::audit::append_audit_in;
use storage::reports::{self, NewReferral, NewSlot};
use storage::{Body, Day, StorageError};

use super::{ReportAccess, REALM};
use crate::extract::{Checked, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// Largest request: the slots of a body (at most a few hundred keys) and a note.
pub const MAX_REFERRAL_BYTES: usize = super::messages::MAX_MESSAGE_ENVELOPE + 64 * 1024;

#[derive(serde::Deserialize)]
struct SlotIn {
    recipient: String,
    sealed_key: String,
}

#[derive(serde::Deserialize)]
struct ReferralIn {
    to: String,
    slots: Vec<SlotIn>,
    #[serde(default)]
    note: Option<String>,
}

/// A refusal the reviewer reads: status, code and the translated message.
fn refusal(status: actix_web::http::StatusCode, code: &str, message: String) -> HttpResponse {
    HttpResponse::build(status).json(serde_json::json!({
        "error": {"code": code, "message": message}
    }))
}

/// The keyring keys of `body`: its reviewers and its recovery key.
fn keys_of(state: &ConsoleState, body: Body) -> Result<HashSet<[u8; 32]>, WebError> {
    Ok(state
        .keyring
        .recipients(&[body])
        .map_err(|_| WebError::internal())?
        .into_iter()
        .map(|(_, pk)| pk.0)
        .collect())
}

pub async fn post(
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Bytes>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    use actix_web::http::StatusCode;
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body,
    } = checked;
    let bad = || WebError::new(Kind::BadRequest).in_lang(&t).as_json();
    let Ok(input) = serde_json::from_slice::<ReferralIn>(&body) else {
        return Err(bad());
    };
    let from = reviewer.profile.body;
    let Ok(to) = input.to.trim().parse::<Body>() else {
        return Err(bad());
    };
    if to == from {
        return Ok(refusal(
            StatusCode::BAD_REQUEST,
            "same_body",
            t.t("console-error-referral-same"),
        ));
    }
    if super::extract::addressed_to(&report, to) {
        return Ok(refusal(
            StatusCode::CONFLICT,
            "conflict",
            t.t1("console-error-referral-exists", "body", to.as_str()),
        ));
    }
    // Exactly the receiving body's keyring keys, each once, each with an 80-byte sealed key.
    let wanted = keys_of(&state, to)?;
    let mut seen = HashSet::new();
    let mut slots = Vec::with_capacity(input.slots.len());
    for s in &input.slots {
        let pk = PublicKey::from_b64(s.recipient.trim()).ok();
        let sealed = envelope::unb64(s.sealed_key.trim(), "sealed key")
            .ok()
            .filter(|k| k.len() == envelope::sealed::SEALED_KEY_BYTES);
        match (pk, sealed) {
            (Some(pk), Some(sealed)) if wanted.contains(&pk.0) && seen.insert(pk.0) => {
                slots.push(NewSlot {
                    recipient_pk: pk.0,
                    body: to,
                    sealed_key: sealed,
                });
            }
            _ => {
                return Ok(refusal(
                    StatusCode::BAD_REQUEST,
                    "slots",
                    t.t1("console-error-referral-slots", "body", to.as_str()),
                ))
            }
        }
    }
    if seen != wanted {
        return Ok(refusal(
            StatusCode::BAD_REQUEST,
            "slots",
            t.t1("console-error-referral-slots", "body", to.as_str()),
        ));
    }
    // The note: an internal note sealed to keys of the two bodies only.
    let note = match input.note.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(b64) => {
            let Ok(bytes) = envelope::unb64(b64, "note") else {
                return Err(bad());
            };
            if bytes.len() > super::messages::MAX_MESSAGE_ENVELOPE {
                return Err(bad());
            }
            let allowed: HashSet<[u8; 32]> =
                keys_of(&state, from)?.union(&wanted).copied().collect();
            // Its object id is the report's, so a note copied from another report is refused.
            let rid = envelope::unhex::<16>(&report.id);
            let ok = Envelope::parse(&bytes).is_ok_and(|env| {
                env.kind == EnvKind::Note
                    && Some(env.id) == rid
                    && env.recipients().iter().all(|pk| allowed.contains(&pk.0))
            });
            if !ok {
                return Err(bad());
            }
            Some(bytes)
        }
    };
    let referral = NewReferral {
        report_id: report.id.clone(),
        from,
        to,
        referred_by: reviewer.id,
        day: Day::today(),
        slots,
        note,
    };
    let audited = REALM.event(
        Some(reviewer.id),
        "report.referred",
        Some(("report", report.id.clone())),
        serde_json::json!({
            "from": from.as_str(),
            "to": to.as_str(),
            "slots": referral.slots.len(),
            "note": referral.note.is_some(),
        }),
    );
    let stored = crate::blocking::block("db", move || {
        state.db.write(|conn| {
            reports::refer_report(conn, &referral)?;
            append_audit_in(conn, &audited).map(drop)
        })
    })
    .await?;
    match stored {
        Ok(()) => Ok(HttpResponse::Ok().json(serde_json::json!({ "referred": to.as_str() }))),
        // Referred by a colleague a moment ago.
        Err(StorageError::Conflict(_)) => Ok(refusal(
            StatusCode::CONFLICT,
            "conflict",
            t.t1("console-error-referral-exists", "body", to.as_str()),
        )),
        Err(StorageError::Invalid(_)) => Err(bad()),
        Err(e) => Err(WebError::from(e).in_lang(&t).as_json()),
    }
}
