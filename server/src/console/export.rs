//! `POST /console/reports/{id}/exports`: the log entry of an export. The STIX 2.1 bundle and
//! the MISP event are built in the reviewer's browser from the decrypted report
//! (`static/js/export.js`); the server never sees them. The browser asks here first and saves
//! the file only once the export is in the audit log (format and TLP level, ids only).

use actix_web::{web, HttpRequest, HttpResponse};

use super::audit;
use super::report::{access, Access};
use crate::app::AppState;
use crate::auth::AuthSettings;
use crate::web::error::Kind;
use crate::web::WebError;

pub const FORMATS: [&str; 2] = ["stix", "misp"];
pub const TLP_LEVELS: [&str; 4] = ["white", "green", "amber", "red"];

#[derive(serde::Deserialize)]
pub struct ExportForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    tlp: String,
}

pub async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<AuthSettings>,
    path: web::Path<String>,
    form: web::Form<ExportForm>,
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
    if !s.csrf_ok(&form.csrf) {
        return super::csrf_refused(&req, &state);
    }
    let format = FORMATS.iter().find(|f| **f == form.format);
    let tlp = TLP_LEVELS.iter().find(|l| **l == form.tlp);
    let (Some(format), Some(tlp)) = (format, tlp) else {
        let t = crate::web::translator(&req);
        return Err(WebError::new(Kind::BadRequest).in_lang(&t).as_json());
    };
    audit(
        &state.db,
        Some(reviewer.id),
        "report.exported",
        Some(("report", report.id.clone())),
        serde_json::json!({ "format": format, "tlp": tlp }),
    )
    .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "logged": true })))
}
