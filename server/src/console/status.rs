//! `POST /console/reports/{id}/status`: the case workflow, with the allowed transitions
//! enforced here. Acknowledging here (the inbox's form, no JavaScript needed) also sends the
//! standard acknowledgement message to the reporter; the report page sends the reviewer's own
//! text through `messages.rs` instead. A report not addressed to the reviewer's body is "not found", exactly like a
//! report that does not exist. Every change is audited with ids and status names only.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use domain::message::{MessageBody, MESSAGE_JSON_VERSION};
use i18n::Arg;
use storage::accounts::{Lookup, ReviewerProfile};
use storage::audit::append_audit_in;
use storage::messages::NewMessage;
use storage::{accounts, reports, write_transaction, Author, Day, Status, StorageError};
use zeroize::Zeroizing;

use super::extract::addressed_to;
use super::pages::MessagePage;
use super::{see_other, SignedIn, REALM};
use crate::auth::session;
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::{render, Chrome, WebError};

/// The statuses a report in `from` may move to (duplicates and out-of-scope reports are closed
/// straight from `acknowledged`).
pub fn allowed_next(from: Status) -> &'static [Status] {
    match from {
        Status::New => &[Status::Acknowledged],
        Status::Acknowledged => &[Status::InReview, Status::Closed],
        Status::InReview => &[
            Status::InformationRequested,
            Status::Referred,
            Status::Closed,
        ],
        Status::InformationRequested => &[Status::InReview],
        Status::Referred => &[Status::Closed],
        Status::Closed => &[],
    }
}

pub fn is_allowed(from: Status, to: Status) -> bool {
    allowed_next(from).contains(&to)
}

/// The message id of a status's label.
pub fn status_id(s: Status) -> &'static str {
    match s {
        Status::New => "console-status-new",
        Status::Acknowledged => "console-status-acknowledged",
        Status::InReview => "console-status-in-review",
        Status::InformationRequested => "console-status-information-requested",
        Status::Referred => "console-status-referred",
        Status::Closed => "console-status-closed",
    }
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    status: String,
}

impl CsrfField for StatusForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

enum Outcome {
    NotFound,
    Illegal(Status),
    Changed,
}

/// The acknowledgement sent when a report is acknowledged from the inbox rather than from the
/// report page (where the reviewer's browser writes and seals it): the standard text in the
/// reviewer's language, sealed here to the reporter and the report's bodies. The text is the
/// same boilerplate for every report, so sealing it on the server reveals nothing.
fn server_acknowledgement(
    keyring: &envelope::Keyring,
    report: &reports::Report,
    text: &str,
    reviewer_id: i64,
    today: &Day,
) -> Result<NewMessage, StorageError> {
    let sealing =
        |e: envelope::EnvelopeError| StorageError::Invalid(format!("acknowledgement: {e}"));
    let bodies: Vec<envelope::Body> = super::report::bodies_of(report)
        .iter()
        .filter_map(|b| b.as_str().parse().ok())
        .collect();
    let mut keys: Vec<envelope::PublicKey> = keyring
        .recipients(&bodies)
        .map_err(sealing)?
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    keys.push(envelope::PublicKey(report.reporter_pk));
    let body = MessageBody {
        v: MESSAGE_JSON_VERSION,
        text: text.to_string(),
        attachments: Vec::new(),
    };
    let plain = Zeroizing::new(
        serde_json::to_vec(&body).map_err(|e| StorageError::Invalid(e.to_string()))?,
    );
    let id = envelope::random_id();
    let env =
        envelope::Envelope::seal(envelope::Kind::Message, id, &plain, &keys).map_err(sealing)?;
    Ok(NewMessage {
        id: envelope::hex(&id),
        report_id: report.id.clone(),
        author: Author::Reviewer,
        reviewer_id: Some(reviewer_id),
        envelope: env.to_bytes(),
        created_day: today.clone(),
        attachments: Vec::new(),
    })
}

pub async fn change(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    checked: Checked<SignedIn, web::Form<StatusForm>>,
    path: web::Path<String>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: SignedIn(s),
        body: form,
    } = checked;
    let Ok(to) = form.status.parse::<Status>() else {
        return Err(WebError::new(Kind::BadRequest).in_lang(&t));
    };
    let report_id = path.into_inner();
    let reviewer_id = s.principal_id;
    let db = state.db.clone();
    let rid = report_id.clone();
    let today = Day::today();
    let keyring = state.keyring.clone();
    let ack_text = Zeroizing::new(t.t("console-ack-default"));
    let outcome = crate::blocking::db(&db, move |conn| {
        let Some(reviewer) =
            accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(reviewer_id))?
                .filter(|r| r.credentials.active)
        else {
            return Ok(None);
        };
        // Acknowledging from the inbox (no report page, no JavaScript) still tells the reporter.
        let ack = match reports::find_report(conn, &rid)? {
            Some(r) if to == Status::Acknowledged && addressed_to(&r, reviewer.profile.body) => {
                Some(server_acknowledgement(
                    &keyring,
                    &r,
                    &ack_text,
                    reviewer_id,
                    &today,
                )?)
            }
            _ => None,
        };
        // Check, change and audit in one write transaction, so two reviewers cannot both move
        // a report out of the same status, and no change goes unaudited.
        write_transaction(conn, |conn| {
            let Some(report) = reports::find_report(conn, &rid)?
                .filter(|r| addressed_to(r, reviewer.profile.body))
            else {
                return Ok(Some(Outcome::NotFound));
            };
            let change = serde_json::json!({ "from": report.status.as_str(), "to": to.as_str() });
            if !is_allowed(report.status, to) {
                let refused = REALM.event(
                    Some(reviewer_id),
                    "report.status_refused",
                    Some(("report", rid.clone())),
                    change,
                );
                append_audit_in(conn, &refused)?;
                return Ok(Some(Outcome::Illegal(report.status)));
            }
            reports::set_status(conn, &rid, to, &today)?;
            if let Some(message) = &ack {
                // Marked as the server's own: the reporter's page shows it as the channel's
                // notice (its fixed text), not as a reviewer's signed words.
                storage::messages::insert_message_from(
                    conn,
                    message,
                    storage::messages::Origin::ServerNotice,
                )?;
            }
            let changed = REALM.event(
                Some(reviewer_id),
                "report.status",
                Some(("report", rid.clone())),
                change,
            );
            append_audit_in(conn, &changed)?;
            Ok(Some(Outcome::Changed))
        })
    })
    .await?;
    match outcome {
        None => {
            // The account was removed or deactivated: its sessions end.
            session::end_all(&state.db, s.kind, reviewer_id).await?;
            Ok(see_other("/console/login"))
        }
        Some(Outcome::NotFound) => Err(WebError::new(Kind::NotFound).in_lang(&t)),
        Some(Outcome::Illegal(from)) => {
            let text = t.tn(
                "console-error-transition",
                &[
                    ("from", Arg::from(t.t(status_id(from)))),
                    ("to", Arg::from(t.t(status_id(to)))),
                ],
            );
            let c = Chrome::new(&req, &state.signer_fingerprint);
            let page = MessagePage {
                heading: c.t.t("console-transition-refused-heading"),
                message: text,
                c,
                nav: Some(s.csrf.clone()),
            };
            render(StatusCode::CONFLICT, &page)
        }
        Some(Outcome::Changed) => Ok(see_other(&format!(
            "/console/?lang={}#report-{report_id}",
            t.code()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_are_exactly_the_listed_ones() {
        let allowed = [
            (Status::New, Status::Acknowledged),
            (Status::Acknowledged, Status::InReview),
            (Status::InReview, Status::InformationRequested),
            (Status::InformationRequested, Status::InReview),
            (Status::InReview, Status::Referred),
            (Status::InReview, Status::Closed),
            (Status::Referred, Status::Closed),
            (Status::Acknowledged, Status::Closed),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                assert_eq!(
                    is_allowed(*from, *to),
                    allowed.contains(&(*from, *to)),
                    "{from} -> {to}"
                );
            }
        }
    }
}
