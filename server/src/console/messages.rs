//! `POST /console/reports/{id}/messages`: a message to the reporter or an internal note,
//! encrypted in the reviewer's browser. The body is the envelope's bytes
//! (`application/octet-stream`), the session's CSRF token travels in `X-CSRF-Token`.
//!
//! The server cannot read what it stores; it checks the envelope's structure and recipients:
//! a message (`Kind::Message`) must be sealed to the reporter's key, a note (`Kind::Note`) must
//! not be; every other recipient must be a key of the report's bodies in the keyring the server
//! started with. `?acknowledge=1` moves a `new` report to `acknowledged` in the same
//! transaction as the message is stored (the acknowledgement message to the reporter).
//! Audited with ids only.

use actix_web::{web, HttpRequest, HttpResponse};
use envelope::{Envelope, Kind as EnvKind, PublicKey};
use storage::messages::NewMessage;
use storage::reports::{self};
use storage::{Author, Day, Status, StorageError};

use super::audit;
use super::report::{access, bodies_of, Access};
use super::status::is_allowed;
use crate::app::AppState;
use crate::auth::AuthSettings;
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
fn allowed_keys(state: &AppState, report: &reports::Report) -> Result<Vec<PublicKey>, WebError> {
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
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<AuthSettings>,
    path: web::Path<String>,
    query: web::Query<MessageQuery>,
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
    let db = state.db.clone();
    let rid = report.id.clone();
    let today = Day::today();
    let outcome = web::block(move || {
        // One write transaction: the status changes only if the message is stored.
        db.write(|conn| {
            if acknowledge {
                let current = reports::find_report(conn, &rid)?
                    .ok_or(StorageError::NotFound("report"))?
                    .status;
                if !is_allowed(current, Status::Acknowledged) {
                    return Ok(Outcome::NotNew(current));
                }
                reports::set_status(conn, &rid, Status::Acknowledged, &today)?;
            }
            let seq = storage::messages::insert_message(conn, &message)?;
            Ok(Outcome::Stored { seq })
        })
    })
    .await?;
    let outcome = match outcome {
        Ok(o) => o,
        Err(StorageError::Conflict(_)) => return Err(bad(&t)),
        Err(e) => return Err(WebError::from(e).in_lang(&t).as_json()),
    };
    match outcome {
        Outcome::NotNew(from) => {
            audit(
                &state.db,
                Some(reviewer.id),
                "report.status_refused",
                Some(("report", report.id.clone())),
                serde_json::json!({ "from": from.as_str(), "to": "acknowledged" }),
            )
            .await?;
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
        Outcome::Stored { seq } => {
            if acknowledge {
                audit(
                    &state.db,
                    Some(reviewer.id),
                    "report.status",
                    Some(("report", report.id.clone())),
                    serde_json::json!({ "from": "new", "to": "acknowledged" }),
                )
                .await?;
            }
            let action = match author {
                Author::Note => "report.note_added",
                _ => "report.message_sent",
            };
            audit(
                &state.db,
                Some(reviewer.id),
                action,
                Some(("report", report.id.clone())),
                serde_json::json!({ "message": message_id_of(&body), "seq": seq }),
            )
            .await?;
            Ok(HttpResponse::Ok().json(serde_json::json!({ "seq": seq })))
        }
    }
}

/// The message id (hex of the envelope's object id) for the audit log.
fn message_id_of(bytes: &[u8]) -> String {
    bytes.get(5..21).map(envelope::hex).unwrap_or_default()
}
