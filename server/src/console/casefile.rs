//! `POST /console/reports/{id}/casefile`: the audit entry of a case file handed over (issue 17,
//! point 7). The case file — the report's fields, the conversation, the attachments with the
//! SHA-256 of each decrypted file, the classification — is built, redacted, printed or saved in
//! the reviewer's browser (`static/js/console/casefile.js`); nothing of it reaches the server.
//! The browser posts here first and hands the file over only once the export is logged: the
//! format, which parts were included, whether the contact details were redacted and how many
//! terms the reviewer marked. Never the content, never the terms themselves.

use actix_web::{web, HttpResponse};

use super::{ReportAccess, REALM};
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// `html`: a file saved from a blob; `print`: the browser's print dialog (to paper or PDF).
pub const FORMATS: [&str; 2] = ["html", "print"];

/// The parts a case file may hold, in the order the browser shows them.
pub const PARTS: [&str; 4] = ["fields", "conversation", "attachments", "classification"];

/// More marked terms than a reviewer would type: the count is refused above it.
pub const MAX_TERMS: u32 = 500;

#[derive(serde::Deserialize)]
pub struct CaseFileForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    format: String,
    /// The included parts, comma-separated names of [`PARTS`].
    #[serde(default)]
    parts: String,
    /// `1` when the reporter's contact details were redacted.
    #[serde(default)]
    contact_redacted: String,
    #[serde(default)]
    redacted_terms: String,
}

impl CsrfField for CaseFileForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// What the audit row records, or `None` for a form the browser would not send.
fn details(form: &CaseFileForm) -> Option<serde_json::Value> {
    let format = FORMATS.iter().find(|f| **f == form.format)?;
    let named: Vec<&str> = form.parts.split(',').filter(|p| !p.is_empty()).collect();
    if named.is_empty() || named.iter().any(|p| !PARTS.contains(p)) {
        return None;
    }
    let parts: serde_json::Map<String, serde_json::Value> = PARTS
        .iter()
        .map(|p| ((*p).to_string(), named.contains(p).into()))
        .collect();
    let contact_redacted = match form.contact_redacted.as_str() {
        "1" => true,
        "0" | "" => false,
        _ => return None,
    };
    let terms: u32 = form.redacted_terms.parse().ok()?;
    if terms > MAX_TERMS {
        return None;
    }
    Some(serde_json::json!({
        "format": format,
        "parts": parts,
        "contact_redacted": contact_redacted,
        "redacted_terms": terms,
    }))
}

/// The export is the audit row: there is nothing else to write.
pub async fn post(
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Form<CaseFileForm>>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body: form,
    } = checked;
    let Some(details) = details(&form) else {
        return Err(WebError::new(Kind::BadRequest).in_lang(&t).as_json());
    };
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "report.casefile_exported",
            Some(("report", report.id.clone())),
            details,
        )
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "logged": true })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(format: &str, parts: &str, contact: &str, terms: &str) -> CaseFileForm {
        CaseFileForm {
            csrf: String::new(),
            format: format.into(),
            parts: parts.into(),
            contact_redacted: contact.into(),
            redacted_terms: terms.into(),
        }
    }

    #[test]
    fn records_flags_and_a_count_only() {
        let d = details(&form("html", "fields,attachments", "1", "3")).unwrap();
        assert_eq!(
            d,
            serde_json::json!({
                "format": "html",
                "parts": {"fields": true, "conversation": false, "attachments": true,
                          "classification": false},
                "contact_redacted": true,
                "redacted_terms": 3,
            })
        );
    }

    #[test]
    fn refuses_what_the_browser_would_not_send() {
        for f in [
            form("pdf", "fields", "1", "0"),
            form("print", "", "1", "0"),
            form("print", "fields,secrets", "1", "0"),
            form("print", "fields", "yes", "0"),
            form("print", "fields", "1", "-1"),
            form("print", "fields", "1", "Alice"),
            form("print", "fields", "1", "501"),
        ] {
            assert!(details(&f).is_none());
        }
    }
}
