//! `GET /console/inbox/data`: what the browser needs to decrypt, search, filter, sort and page
//! the body's whole inbox (static/js/console/inbox.js). Metadata the server already has
//! (received day, status, who sealed the report, the next deadline, who it is assigned to),
//! each report's envelope,
//! and the data keys granted to the reviewer's key after submission. Nothing is decrypted
//! here: the summaries (member state, sector, first line of the narrative, ...) are read in the
//! browser from the envelopes, and the search never reaches the server.
//!
//! Only the reports addressed to the reviewer's body are listed; an inactive or removed account
//! is sent to the login page, like every console route. The listing is audited (body, count).

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use storage::accounts::{Lookup, ReviewerProfile};
use storage::{accounts, reports, Day, SealedBy};

use super::deadlines::{next_deadline, referred_deadline, DeadlineKind, Urgency};
use super::status::status_id;
use super::{see_other, SignedIn, REALM};
use crate::auth::session;
use crate::state::ConsoleState;
use crate::web::{translator, WebError};

#[derive(Serialize)]
struct DeadlineJson {
    /// `acknowledgement` or `feedback`.
    kind: &'static str,
    due: String,
    /// `overdue`, `due-soon` or `later`.
    urgency: &'static str,
    /// "Acknowledgement due 2026-12-07" in the page language.
    text: String,
}

#[derive(Serialize)]
struct RowJson {
    id: String,
    received: String,
    status: &'static str,
    status_label: String,
    /// `browser` or `server`.
    sealed_by: &'static str,
    deadline: Option<DeadlineJson>,
    envelope: String,
    /// Data keys sealed to the reviewer's key by a colleague's grant (Base64).
    granted: Vec<String>,
    /// The name of the reviewer of the body the report is assigned to, if any.
    assigned_to: Option<String>,
    assigned_to_me: bool,
    /// The body's tags on the report (its fixed list, `tsr-admin tags`).
    tags: Vec<String>,
    /// The body that referred the report to the reviewer's body, if it was referred; the
    /// deadline then runs from `referred_day`.
    referred_from: Option<&'static str>,
    referred_day: Option<String>,
}

#[derive(Serialize)]
struct InboxJson {
    body: &'static str,
    /// The reviewer's wrapped private key, for the browser to unlock (the passphrase never
    /// reaches the server).
    wrapped_key: Option<String>,
    wrapped_signing_key: Option<String>,
    /// The body's tag list, for the tag filter.
    tags: Vec<String>,
    reports: Vec<RowJson>,
}

/// `GET /console/inbox/data`.
pub async fn data(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    SignedIn(s): SignedIn,
) -> Result<HttpResponse, WebError> {
    let id = s.principal_id;
    let found = crate::blocking::db(&state.db, move |conn| {
        let Some(r) = accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(id))?
            .filter(|r| r.credentials.active)
        else {
            return Ok(None);
        };
        let list = reports::envelopes_for_body(conn, r.profile.body)?;
        let granted = match &r.profile.public_key {
            Some(pk) => reports::granted_slots_for_key(conn, pk)?,
            None => Vec::new(),
        };
        let names: HashMap<i64, String> = accounts::list_accounts::<ReviewerProfile>(conn)?
            .into_iter()
            .map(|a| (a.id, a.name))
            .collect();
        let assigned = reports::assignments_for_body(conn, r.profile.body)?;
        let tags = (
            reports::body_tags(conn, r.profile.body)?,
            reports::tags_for_body(conn, r.profile.body)?,
            reports::referrals_to_body(conn, r.profile.body)?,
        );
        Ok(Some((r, list, granted, names, assigned, tags)))
    })
    .await?;
    let Some((reviewer, list, granted, names, mut assigned, (body_tags, mut tags, referred))) =
        found
    else {
        // The account was removed or deactivated: its sessions end.
        session::end_all(&state.db, storage::PrincipalKind::Reviewer, id).await?;
        return Ok(see_other("/console/login"));
    };
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "console.inbox_data_served",
            None,
            serde_json::json!({
                "body": reviewer.profile.body.as_str(),
                "reports": list.len(),
            }),
        )
        .await?;
    let t = translator(&req);
    let mut grants: HashMap<String, Vec<String>> = HashMap::new();
    for (rid, key) in granted {
        grants.entry(rid).or_default().push(envelope::b64(&key));
    }
    let today = Day::today();
    let reports = list
        .into_iter()
        .map(|(r, env)| {
            // A report referred to this body runs on its own clock from the referral day.
            let referral = referred.get(&r.id);
            let deadline = match referral {
                Some(x) => referred_deadline(r.status, &x.day, x.acknowledged_day.as_ref(), &today),
                None => next_deadline(
                    r.status,
                    &r.received_day,
                    r.acknowledged_day.as_ref(),
                    &today,
                ),
            }
            .map(|d| {
                let (kind, text_id) = match d.kind {
                    DeadlineKind::Acknowledgement => {
                        ("acknowledgement", "console-deadline-acknowledgement")
                    }
                    DeadlineKind::Feedback => ("feedback", "console-deadline-feedback"),
                };
                DeadlineJson {
                    kind,
                    text: t.t1(text_id, "day", d.due.as_str()),
                    due: d.due.as_str().to_string(),
                    urgency: match d.urgency {
                        Urgency::Overdue => "overdue",
                        Urgency::DueSoon => "due-soon",
                        Urgency::Later => "later",
                    },
                }
            });
            let assignee = assigned.remove(&r.id);
            RowJson {
                tags: tags.remove(&r.id).unwrap_or_default(),
                referred_from: referral.map(|x| x.from.as_str()),
                referred_day: referral.map(|x| x.day.as_str().to_string()),
                assigned_to: assignee.and_then(|id| names.get(&id).cloned()),
                assigned_to_me: assignee == Some(reviewer.id),
                granted: grants.remove(&r.id).unwrap_or_default(),
                received: r.received_day.as_str().to_string(),
                status: r.status.as_str(),
                status_label: t.t(status_id(r.status)),
                sealed_by: match r.sealed_by {
                    SealedBy::Browser => "browser",
                    SealedBy::Server => "server",
                },
                deadline,
                envelope: envelope::b64(&env),
                id: r.id,
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(InboxJson {
        body: reviewer.profile.body.as_str(),
        wrapped_key: reviewer.profile.wrapped_private_key.clone(),
        wrapped_signing_key: reviewer.profile.wrapped_signing_key.clone(),
        tags: body_tags,
        reports,
    }))
}
