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

use actix_web::{web, HttpResponse};
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

pub async fn post(
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
            let seq = storage::messages::insert_message(conn, &message)?;
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
