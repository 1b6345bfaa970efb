//! `GET /console/`: the reports addressed to the reviewer's body, metadata only.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use i18n::Arg;
use storage::accounts::{Lookup, ReviewerProfile};
use storage::{accounts, reports, Day, PrincipalKind, SealedBy};

use super::deadlines::{next_deadline, DeadlineKind, Urgency};
use super::pages::{InboxPage, InboxRow};
use super::status::{allowed_next, status_id};
use super::{see_other, SignedIn, REALM};
use crate::auth::session;
use crate::state::ConsoleState;
use crate::web::{render, Chrome, WebError};

pub async fn inbox(
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
        let list = reports::list_reports_for_body(conn, r.profile.body)?;
        Ok(Some((r, list)))
    })
    .await?;
    let Some((reviewer, list)) = found else {
        // The account was removed or deactivated: its sessions end.
        session::end_all(&state.db, PrincipalKind::Reviewer, id).await?;
        return Ok(see_other("/console/login"));
    };
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "console.inbox_viewed",
            None,
            serde_json::json!({ "body": reviewer.profile.body.as_str(), "reports": list.len() }),
        )
        .await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let today = Day::today();
    let (mut overdue, mut due_soon) = (0usize, 0usize);
    let rows = list
        .iter()
        .map(|r| {
            let dl = next_deadline(
                r.status,
                &r.received_day,
                r.acknowledged_day.as_ref(),
                &today,
            );
            let deadline = dl.as_ref().map(|d| {
                let id = match d.kind {
                    DeadlineKind::Acknowledgement => "console-deadline-acknowledgement",
                    DeadlineKind::Feedback => "console-deadline-feedback",
                };
                c.t.t1(id, "day", d.due.as_str())
            });
            let (urgency, urgency_class) = match dl.map(|d| d.urgency) {
                Some(Urgency::Overdue) => {
                    overdue += 1;
                    (Some(c.t.t("console-deadline-overdue")), "overdue")
                }
                Some(Urgency::DueSoon) => {
                    due_soon += 1;
                    (Some(c.t.t("console-deadline-due-soon")), "due-soon")
                }
                _ => (None, ""),
            };
            InboxRow {
                id: r.id.clone(),
                received_day: r.received_day.as_str().to_string(),
                status: c.t.t(status_id(r.status)),
                sealed_by: c.t.t(match r.sealed_by {
                    SealedBy::Browser => "console-sealed-by-browser",
                    SealedBy::Server => "console-sealed-by-server",
                }),
                sealed_by_server: r.sealed_by == SealedBy::Server,
                deadline,
                urgency,
                urgency_class,
                link: c.link(&format!("/console/reports/{}", r.id)),
                action: c.link(&format!("/console/reports/{}/status", r.id)),
                next: allowed_next(r.status)
                    .iter()
                    .map(|s| (s.as_str(), c.t.t(status_id(*s))))
                    .collect(),
            }
        })
        .collect::<Vec<_>>();
    let counts = c.t.tn(
        "console-deadline-counts",
        &[
            ("overdue", Arg::from(overdue)),
            ("soon", Arg::from(due_soon)),
        ],
    );
    let lead = c.t.tn(
        "console-inbox-lead",
        &[
            ("name", Arg::from(reviewer.name.as_str())),
            ("body", Arg::from(reviewer.profile.body.as_str())),
            ("count", Arg::from(rows.len())),
        ],
    );
    let page = InboxPage {
        c,
        nav: Some(s.csrf.clone()),
        lead,
        csrf: s.csrf.clone(),
        counts,
        overdue,
        due_soon,
        rows,
    };
    render(StatusCode::OK, &page)
}
