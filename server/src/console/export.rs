//! `POST /console/reports/{id}/exports`: the log entry of an export. The STIX 2.1 bundle and
//! the MISP event are built in the reviewer's browser from the decrypted report
//! (`static/js/export.js`); the server never sees them. The browser asks here first and saves
//! the file only once the export is in the audit log (format and TLP level, ids only).

use actix_web::{web, HttpResponse};

use super::{ReportAccess, REALM};
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// `taxii`: the STIX bundle pushed to the body's TAXII 2.1 collection from the browser.
pub const FORMATS: [&str; 3] = ["stix", "misp", "taxii"];
/// The TLP 2.0 levels (`static/js/export.js` holds their STIX marking definitions).
pub const TLP_LEVELS: [&str; 5] = ["clear", "green", "amber", "amber+strict", "red"];

#[derive(serde::Deserialize)]
pub struct ExportForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    tlp: String,
}

impl CsrfField for ExportForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// The export is the audit row: there is nothing else to write.
pub async fn post(
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Form<ExportForm>>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body: form,
    } = checked;
    let format = FORMATS.iter().find(|f| **f == form.format);
    let tlp = TLP_LEVELS.iter().find(|l| **l == form.tlp);
    let (Some(format), Some(tlp)) = (format, tlp) else {
        return Err(WebError::new(Kind::BadRequest).in_lang(&t).as_json());
    };
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "report.exported",
            Some(("report", report.id.clone())),
            serde_json::json!({ "format": format, "tlp": tlp }),
        )
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "logged": true })))
}
