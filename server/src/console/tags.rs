//! `POST /console/reports/{id}/tags`: a reviewer puts one of their body's tags on a report of
//! the body (`action=add`) or takes it off (`action=remove`). The tags are the body's fixed
//! list kept by the operator (`tsr-admin tags`), so the server can list and filter them and
//! the audit log can name them; they are labels visible to the operator, never case content
//! (README, "Tags"). A plain form, so it works without JavaScript; the answer goes back to
//! the report page. Audited in the transaction that stores the change.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::audit::append_audit_in;
use storage::{reports, Day, StorageError};

use super::{message, see_other, ReportAccess, REALM};
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

#[derive(serde::Deserialize)]
pub struct TagForm {
    #[serde(default)]
    csrf: String,
    /// A tag of the reviewer's body.
    #[serde(default)]
    tag: String,
    /// `add` or `remove`.
    #[serde(default)]
    action: String,
}

impl CsrfField for TagForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn post(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Form<TagForm>>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body: form,
    } = checked;
    let add = match form.action.as_str() {
        "add" => true,
        "remove" => false,
        _ => return Err(WebError::new(Kind::BadRequest).in_lang(&t)),
    };
    let tag = form.tag.trim().to_string();
    let body = reviewer.profile.body;
    let rid = report.id.clone();
    let audited = REALM.event(
        Some(reviewer.id),
        if add {
            "report.tagged"
        } else {
            "report.untagged"
        },
        Some(("report", report.id.clone())),
        serde_json::json!({ "body": body.as_str(), "tag": tag }),
    );
    let reviewer_id = reviewer.id;
    let st = state.clone();
    let stored = crate::blocking::block("db", move || {
        st.db.write(|conn| {
            if add {
                reports::tag_report(conn, &rid, body, &tag, reviewer_id, &Day::today())?;
            } else {
                reports::untag_report(conn, &rid, body, &tag)?;
            }
            append_audit_in(conn, &audited).map(drop)
        })
    })
    .await?;
    match stored {
        // Already on (a second click) or already off: the page shows the current tags.
        Ok(()) | Err(StorageError::Conflict(_)) | Err(StorageError::NotFound("tag")) => {}
        // Not a tag of the body's list: said in words, nothing stored.
        Err(StorageError::Invalid(_)) => {
            return message(
                &req,
                &state,
                StatusCode::BAD_REQUEST,
                "console-tags-heading",
                t.t("console-error-tag-unknown"),
            )
        }
        Err(e) => return Err(WebError::from(e).in_lang(&t)),
    }
    let lang = crate::web::translator(&req).code().to_string();
    Ok(see_other(&format!(
        "/console/reports/{}?lang={lang}#tags",
        report.id
    )))
}
