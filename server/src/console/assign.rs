//! `POST /console/reports/{id}/assignment`: a reviewer assigns a report of their body to a
//! reviewer of the same body (themselves included), or clears the assignment (`reviewer`
//! empty). A plain form, so it works without JavaScript; the answer goes back to the report
//! page. Audited with ids only, in the transaction that stores it.

use actix_web::{web, HttpRequest, HttpResponse};
use storage::audit::append_audit_in;
use storage::{reports, Day, StorageError};

use super::{see_other, ReportAccess, REALM};
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

#[derive(serde::Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    csrf: String,
    /// The reviewer's account id, or empty to clear the assignment.
    #[serde(default)]
    reviewer: String,
}

impl CsrfField for AssignForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn post(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Form<AssignForm>>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body: form,
    } = checked;
    let to = match form.reviewer.trim() {
        "" => None,
        id => match id.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => return Err(WebError::new(Kind::BadRequest).in_lang(&t)),
        },
    };
    let body = reviewer.profile.body;
    let rid = report.id.clone();
    let audited = REALM.event(
        Some(reviewer.id),
        "report.assigned",
        Some(("report", report.id.clone())),
        serde_json::json!({ "body": body.as_str(), "reviewer": to }),
    );
    let stored = crate::blocking::block("db", move || {
        state.db.write(|conn| {
            reports::set_assignment(conn, &rid, body, to, &Day::today())?;
            append_audit_in(conn, &audited).map(drop)
        })
    })
    .await?;
    match stored {
        Ok(()) => {}
        // An unknown reviewer, an inactive one or one of the other body: nothing stored.
        Err(StorageError::Invalid(_)) => return Err(WebError::new(Kind::BadRequest).in_lang(&t)),
        Err(e) => return Err(WebError::from(e).in_lang(&t)),
    }
    let lang = crate::web::translator(&req).code().to_string();
    Ok(see_other(&format!(
        "/console/reports/{}?lang={lang}#assignment",
        report.id
    )))
}
