//! `GET /console/`: the reports addressed to the reviewer's body, metadata only, 50 a page
//! (`?page=N`, [`crate::web::paging`]); the deadline counts above the list cover all pages.
//! Above it, the triage view (`templates/console/triage.html`): once the reviewer's key is
//! unlocked, static/js/console/inbox.js decrypts every report in the browser
//! ([`super::triage`] serves the ciphertext) and replaces this list with a searchable one.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use i18n::Arg;
use storage::accounts::{Lookup, ReviewerProfile};
use storage::{accounts, reports, Day, PrincipalKind, SealedBy};

use super::deadlines::{next_deadline, DeadlineKind, Urgency};
use super::pages::{InboxPage, InboxRow, Label};
use super::report::code_labels;
use super::status::{allowed_next, status_id};
use super::{see_other, SignedIn, REALM};
use crate::auth::{session, AuthSettings};
use crate::state::ConsoleState;
use crate::web::paging::{Page, Pager};
use crate::web::{render, Chrome, WebError};

/// The triage view's filters (element id fragment, label id), in the order of
/// `static/js/console/triage.js`'s `FILTERS`.
const TRIAGE_FILTERS: [(&str, &str); 6] = [
    ("member-state", "console-report-field-member-state"),
    ("sector", "console-report-field-sector"),
    ("incident-class", "console-report-field-incident-class"),
    ("attack-vector", "console-report-field-attack-vector"),
    ("language", "console-triage-col-language"),
    ("status", "console-inbox-col-status"),
];

pub async fn inbox(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    settings: web::Data<AuthSettings>,
    SignedIn(s): SignedIn,
) -> Result<HttpResponse, WebError> {
    let id = s.principal_id;
    let query = req.query_string().to_string();
    let found = crate::blocking::db(&state.db, move |conn| {
        let Some(r) = accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(id))?
            .filter(|r| r.credentials.active)
        else {
            return Ok(None);
        };
        let body = r.profile.body;
        let total = reports::count_reports_for_body(conn, body)?;
        let page = Page::of(&query, total);
        let list = reports::list_reports_for_body_page(conn, body, page.offset(), page.limit())?;
        let days = reports::deadline_days_for_body(conn, body)?;
        let referred = reports::referrals_to_body(conn, body)?;
        Ok(Some((r, total, page, list, days, referred)))
    })
    .await?;
    let Some((reviewer, total, page, list, days, referred)) = found else {
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
            serde_json::json!({
                "body": reviewer.profile.body.as_str(),
                "reports": list.len(),
                "page": page.number,
            }),
        )
        .await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let today = Day::today();
    let (mut overdue, mut due_soon) = (0usize, 0usize);
    for (status, received, acknowledged) in &days {
        match next_deadline(*status, received, acknowledged.as_ref(), &today).map(|d| d.urgency) {
            Some(Urgency::Overdue) => overdue += 1,
            Some(Urgency::DueSoon) => due_soon += 1,
            _ => {}
        }
    }
    let rows = list
        .iter()
        .map(|r| {
            // A report referred to this body runs on its own clock from the referral day.
            let dl = match referred.get(&r.id) {
                Some(x) => super::deadlines::referred_deadline(
                    r.status,
                    &x.day,
                    x.acknowledged_day.as_ref(),
                    &today,
                ),
                None => next_deadline(
                    r.status,
                    &r.received_day,
                    r.acknowledged_day.as_ref(),
                    &today,
                ),
            };
            let deadline = dl.as_ref().map(|d| {
                let id = match d.kind {
                    DeadlineKind::Acknowledgement => "console-deadline-acknowledgement",
                    DeadlineKind::Feedback => "console-deadline-feedback",
                };
                c.t.t1(id, "day", d.due.as_str())
            });
            let (urgency, urgency_class) = match dl.map(|d| d.urgency) {
                Some(Urgency::Overdue) => (Some(c.t.t("console-deadline-overdue")), "overdue"),
                Some(Urgency::DueSoon) => (Some(c.t.t("console-deadline-due-soon")), "due-soon"),
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
            ("count", Arg::from(total)),
        ],
    );
    let pager = Pager::new(&c, "/console/", page);
    let filters = TRIAGE_FILTERS
        .iter()
        .map(|(key, label)| Label {
            key: (*key).to_string(),
            text: c.t.t(label),
        })
        .collect();
    let placeholders = |a: &'static str, b: &'static str| {
        [
            (a, Arg::from(format!("{{{a}}}"))),
            (b, Arg::from(format!("{{{b}}}"))),
        ]
    };
    let page = InboxPage {
        idle_secs: settings.idle_secs.min(settings.absolute_secs),
        filters,
        codes: code_labels(&c.t),
        triage_count: c
            .t
            .tn("console-triage-count", &placeholders("shown", "total")),
        triage_page: c
            .t
            .tn("console-triage-page", &placeholders("page", "pages")),
        referred_from: c.t.t1("console-triage-referred-from", "body", "{body}"),
        c,
        nav: Some(s.csrf.clone()),
        lead,
        csrf: s.csrf.clone(),
        counts,
        overdue,
        due_soon,
        rows,
        pager,
    };
    render(StatusCode::OK, &page)
}
