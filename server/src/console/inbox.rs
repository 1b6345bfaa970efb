//! `GET /console/`: the reports addressed to the reviewer's body, metadata only.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use i18n::Arg;
use storage::{accounts, reports, PrincipalKind, SealedBy, Status};

use super::login::require_session;
use super::pages::{InboxPage, InboxRow};
use super::{audit, see_other};
use crate::app::AppState;
use crate::auth::{session, AuthSettings};
use crate::web::{render, Chrome, WebError};

fn status_id(s: Status) -> &'static str {
    match s {
        Status::New => "console-status-new",
        Status::Acknowledged => "console-status-acknowledged",
        Status::InReview => "console-status-in-review",
        Status::InformationRequested => "console-status-information-requested",
        Status::Referred => "console-status-referred",
        Status::Closed => "console-status-closed",
    }
}

pub async fn inbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<AuthSettings>,
) -> Result<HttpResponse, WebError> {
    let s = match require_session(&req, &state, **settings).await? {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect),
    };
    let db = state.db.clone();
    let id = s.principal_id;
    let found = web::block(move || -> Result<_, storage::StorageError> {
        let mut conn = db.conn()?;
        let Some(r) = accounts::find_reviewer(&mut conn, id)?.filter(|r| r.active) else {
            return Ok(None);
        };
        let list = reports::list_reports_for_body(&mut conn, r.body)?;
        Ok(Some((r, list)))
    })
    .await??;
    let Some((reviewer, list)) = found else {
        // The account was removed or deactivated: its sessions end.
        session::end_all(&state.db, PrincipalKind::Reviewer, id).await?;
        return Ok(see_other("/console/login"));
    };
    audit(
        &state.db,
        Some(reviewer.id),
        "console.inbox_viewed",
        None,
        serde_json::json!({ "body": reviewer.body.as_str(), "reports": list.len() }),
    )
    .await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let rows = list
        .iter()
        .map(|r| InboxRow {
            id: r.id.clone(),
            received_day: r.received_day.as_str().to_string(),
            status: c.t.t(status_id(r.status)),
            sealed_by: c.t.t(match r.sealed_by {
                SealedBy::Browser => "console-sealed-by-browser",
                SealedBy::Server => "console-sealed-by-server",
            }),
            sealed_by_server: r.sealed_by == SealedBy::Server,
        })
        .collect::<Vec<_>>();
    let lead = c.t.tn(
        "console-inbox-lead",
        &[
            ("name", Arg::from(reviewer.name.as_str())),
            ("body", Arg::from(reviewer.body.as_str())),
            ("count", Arg::from(rows.len())),
        ],
    );
    let page = InboxPage {
        c,
        nav: Some(s.csrf.clone()),
        lead,
        rows,
    };
    render(StatusCode::OK, &page)
}
