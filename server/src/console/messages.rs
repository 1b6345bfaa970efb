//! `POST /console/reports/{id}/messages`: a message to the reporter or an internal note,
//! encrypted in the reviewer's browser. The body is the envelope's bytes
//! (`application/octet-stream`), the session's CSRF token travels in `X-CSRF-Token`.
//!
//! The server cannot read what it stores; it checks the envelope's structure and recipients:
//! a message (`Kind::Message`) must be sealed to the reporter's key, a note (`Kind::Note`) must
//! not be; every other recipient must be a key of the report's bodies in the keyring the server
//! started with. `?acknowledge=1` moves a `new` report to `acknowledged` in the same
//! transaction as the message is stored (the acknowledgement message to the reporter).
//! Audited with ids only, in the same transaction.
//!
//! A reviewer with a message signing key signs every message and note in the browser
//! (keys/FORMAT.md, "Signed reviewer messages"); the signature comes Base64 in
//! `X-Message-Signature` and is checked here against the reviewer's own signing key before it
//! is stored with the message. That check only keeps honest mistakes out: what protects the
//! reporter is the check against the signed keyring where the message is shown. A message or
//! note that no reviewer of the keyring signed (a reviewer without a signing key, or whose key
//! is not in the keyring yet) would be shown to nobody, so it is refused (400, translated) and
//! nothing is stored.

use actix_web::{web, HttpRequest, HttpResponse};
use envelope::{Envelope, Kind as EnvKind, PublicKey};
use storage::audit::append_audit_in;
use storage::messages::NewMessage;
use storage::reports::{self};
use storage::{Author, Day, Status, StorageError};

use super::report::bodies_of;
use super::status::is_allowed;
use super::{ReportAccess, REALM};
use crate::extract::{Checked, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// Largest envelope accepted (a 20,000-character message pads to at most 128 KiB).
pub const MAX_MESSAGE_ENVELOPE: usize = 1024 * 1024;

#[derive(serde::Deserialize)]
pub struct MessageQuery {
    #[serde(default)]
    acknowledge: Option<String>,
}

enum Outcome {
    Stored { seq: i64 },
    NotNew(Status),
}

fn bad(t: &i18n::Translator) -> WebError {
    WebError::new(Kind::BadRequest).in_lang(t).as_json()
}

/// The keys a reviewer may seal the report's conversation to: the current keyring keys of the
/// report's bodies.
fn allowed_keys(
    state: &ConsoleState,
    report: &reports::Report,
) -> Result<Vec<PublicKey>, WebError> {
    let bodies: Vec<envelope::Body> = bodies_of(report)
        .iter()
        .filter_map(|b| b.as_str().parse().ok())
        .collect();
    Ok(state
        .keyring
        .recipients(&bodies)
        .map_err(|_| WebError::internal())?
        .into_iter()
        .map(|(_, pk)| pk)
        .collect())
}

/// The header carrying the message's detached signature (Base64, 64 bytes).
pub const SIGNATURE_HEADER: &str = "X-Message-Signature";

/// The signature the request carries, checked against the reviewer's signing key: `Ok(None)`
/// for a reviewer without one (enrolled before message signatures), `Err` for a missing or
/// invalid signature from a reviewer who has one, or a signature from one who has none.
fn checked_signature(
    req: &HttpRequest,
    signing_key: Option<&[u8]>,
    report_id: &str,
    envelope_bytes: &[u8],
    message_id: &[u8; 16],
) -> Result<Option<Vec<u8>>, ()> {
    let given = req
        .headers()
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(|v| envelope::unb64(v.trim(), "signature"));
    let Some(key) = signing_key else {
        return if given.is_some() { Err(()) } else { Ok(None) };
    };
    let key = <[u8; 32]>::try_from(key).map_err(|_| ())?;
    let sig = given.ok_or(())?.map_err(|_| ())?;
    let rid = envelope::unhex::<16>(report_id).ok_or(())?;
    let ok = envelope::signature::verify_message(
        &envelope::SigningPublicKey(key),
        &rid,
        message_id,
        envelope_bytes,
        &sig,
    );
    if ok {
        Ok(Some(sig))
    } else {
        Err(())
    }
}

/// Whether `signature` is a valid signature of this message by a reviewer of the report's
/// bodies in the keyring the server started with (what the pages check before they show it).
fn signed_by_keyring_reviewer(
    state: &ConsoleState,
    report: &reports::Report,
    message_id: &[u8; 16],
    envelope_bytes: &[u8],
    signature: Option<&[u8]>,
) -> bool {
    let (Some(sig), Some(rid)) = (signature, envelope::unhex::<16>(&report.id)) else {
        return false;
    };
    let bodies: Vec<envelope::Body> = bodies_of(report)
        .iter()
        .filter_map(|b| b.as_str().parse().ok())
        .collect();
    state
        .keyring
        .message_author(&bodies, &rid, message_id, envelope_bytes, sig)
        .is_some()
}

pub async fn post(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Bytes>,
    query: web::Query<MessageQuery>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body,
    } = checked;
    let acknowledge = query.acknowledge.as_deref() == Some("1");
    if body.len() > MAX_MESSAGE_ENVELOPE {
        return Err(WebError::new(Kind::TooLarge { limit_mib: 1 })
            .in_lang(&t)
            .as_json());
    }
    let Ok(env) = Envelope::parse(&body) else {
        return Err(bad(&t));
    };
    let reporter = PublicKey(report.reporter_pk);
    let recipients = env.recipients();
    let to_reporter = recipients.contains(&reporter);
    let author = match env.kind {
        EnvKind::Message if to_reporter => Author::Reviewer,
        EnvKind::Note if !to_reporter && !acknowledge => Author::Note,
        _ => return Err(bad(&t)),
    };
    let allowed = allowed_keys(&state, &report)?;
    if recipients
        .iter()
        .any(|pk| *pk != reporter && !allowed.contains(pk))
    {
        return Err(bad(&t));
    }
    let Ok(signature) = checked_signature(
        &req,
        reviewer.profile.signing_public_key.as_deref(),
        &report.id,
        &body,
        &env.id,
    ) else {
        return Err(bad(&t));
    };
    // Every page refuses a reviewer message or note without a valid signature by a reviewer of
    // the signed keyring: storing one would keep what nobody is shown.
    if !signed_by_keyring_reviewer(&state, &report, &env.id, &body, signature.as_deref()) {
        tracing::warn!(
            reviewer = reviewer.id,
            "a message without a keyring reviewer's signature"
        );
        return Ok(HttpResponse::BadRequest().json(serde_json::json!({
            "error": {"code": "unsigned", "message": t.t("console-error-message-unsigned")}
        })));
    }
    let message = NewMessage {
        id: envelope::hex(&env.id),
        report_id: report.id.clone(),
        author,
        reviewer_id: Some(reviewer.id),
        envelope: body.to_vec(),
        created_day: Day::today(),
        attachments: Vec::new(),
    };
    drop(env);
    let rid = report.id.clone();
    let today = Day::today();
    let reviewer_id = reviewer.id;
    let my_body = reviewer.profile.body;
    let message_id = message_id_of(&body);
    let on_report = move || Some(("report", rid.clone()));
    let stored = crate::blocking::block("db", move || {
        // One write transaction: the status changes only if the message is stored, and both
        // only with their audit rows.
        state.db.write(|conn| {
            let rid = message.report_id.clone();
            if acknowledge {
                let current = reports::find_report(conn, &rid)?
                    .ok_or(StorageError::NotFound("report"))?
                    .status;
                if !is_allowed(current, Status::Acknowledged) {
                    append_audit_in(
                        conn,
                        &REALM.event(
                            Some(reviewer_id),
                            "report.status_refused",
                            on_report(),
                            serde_json::json!({ "from": current.as_str(), "to": "acknowledged" }),
                        ),
                    )?;
                    return Ok(Outcome::NotNew(current));
                }
                reports::set_status(conn, &rid, Status::Acknowledged, &today)?;
            }
            let origin = match signature.as_deref() {
                Some(sig) => storage::messages::Origin::Signed(sig),
                None => storage::messages::Origin::Unsigned,
            };
            let seq = storage::messages::insert_message_from(conn, &message, origin)?;
            if author == Author::Reviewer {
                // A body a report was referred to acknowledges it by writing to the reporter.
                reports::acknowledge_referral(conn, &rid, my_body, &today)?;
            }
            if acknowledge {
                append_audit_in(
                    conn,
                    &REALM.event(
                        Some(reviewer_id),
                        "report.status",
                        on_report(),
                        serde_json::json!({ "from": "new", "to": "acknowledged" }),
                    ),
                )?;
            }
            let action = match author {
                Author::Note => "report.note_added",
                _ => "report.message_sent",
            };
            append_audit_in(
                conn,
                &REALM.event(
                    Some(reviewer_id),
                    action,
                    on_report(),
                    serde_json::json!({ "message": message_id, "seq": seq }),
                ),
            )?;
            Ok(Outcome::Stored { seq })
        })
    })
    .await?;
    let outcome = match stored {
        Ok(o) => o,
        Err(StorageError::Conflict(_)) => return Err(bad(&t)),
        Err(e) => return Err(WebError::from(e).in_lang(&t).as_json()),
    };
    match outcome {
        Outcome::NotNew(from) => {
            let text = t.tn(
                "console-error-transition",
                &[
                    ("from", i18n::Arg::from(t.t(super::status::status_id(from)))),
                    (
                        "to",
                        i18n::Arg::from(t.t(super::status::status_id(Status::Acknowledged))),
                    ),
                ],
            );
            Ok(HttpResponse::Conflict().json(serde_json::json!({
                "error": {"code": "transition", "message": text}
            })))
        }
        Outcome::Stored { seq } => Ok(HttpResponse::Ok().json(serde_json::json!({ "seq": seq }))),
    }
}

/// The message id (hex of the envelope's object id) for the audit log.
fn message_id_of(bytes: &[u8]) -> String {
    bytes.get(5..21).map(envelope::hex).unwrap_or_default()
}
