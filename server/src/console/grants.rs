//! `POST /console/reports/{id}/grants`: a reviewer who can read a report gives a colleague of
//! the same body access by re-sealing the report's data key to the colleague's public key in
//! the browser (`crypto_box_seal`, 80 bytes). The server stores it as a recipient slot granted
//! by that reviewer; it cannot check what was sealed, only that the recipient is a key of the
//! reviewer's body in the keyring the server started with (the browser checks the same keyring's
//! signature before sealing) and that the key has no slot yet. Audited with ids only, in the
//! transaction that stores the slot.

use actix_web::{web, HttpResponse};
use envelope::PublicKey;
use storage::audit::append_audit_in;
use storage::reports::{self, NewSlot};
use storage::StorageError;

use super::{ReportAccess, REALM};
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

#[derive(serde::Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    csrf: String,
    /// Base64 X25519 public key of the colleague.
    #[serde(default)]
    recipient: String,
    /// Base64 `crypto_box_seal(data key, recipient)`.
    #[serde(default)]
    sealed_key: String,
}

impl CsrfField for GrantForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn post(
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Form<GrantForm>>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body: form,
    } = checked;
    let bad = || WebError::new(Kind::BadRequest).in_lang(&t).as_json();
    let Ok(recipient) = PublicKey::from_b64(form.recipient.trim()) else {
        return Err(bad());
    };
    let sealed = match envelope::unb64(form.sealed_key.trim(), "sealed key") {
        Ok(k) if k.len() == envelope::sealed::SEALED_KEY_BYTES => k,
        _ => return Err(bad()),
    };
    let body = reviewer.profile.body;
    let in_keyring = state
        .keyring
        .recipients(&[body])
        .map_err(|_| WebError::internal())?
        .iter()
        .any(|(_, pk)| *pk == recipient);
    if !in_keyring {
        return Err(bad());
    }
    let rid = report.id.clone();
    let slot = NewSlot {
        recipient_pk: recipient.0,
        body: reviewer.profile.body,
        sealed_key: sealed,
    };
    let granted_by = reviewer.id;
    let audited = REALM.event(
        Some(reviewer.id),
        "report.access_granted",
        Some(("report", report.id.clone())),
        serde_json::json!({ "recipient": recipient.fingerprint() }),
    );
    let stored = crate::blocking::block("db", move || {
        state.db.write(|conn| {
            reports::add_grant_slot(conn, &rid, &slot, granted_by)?;
            append_audit_in(conn, &audited).map(drop)
        })
    })
    .await?;
    match stored {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => {
            return Ok(HttpResponse::Conflict().json(serde_json::json!({
                "error": {"code": "conflict", "message": t.t("console-error-grant-exists")}
            })))
        }
        Err(e) => return Err(WebError::from(e).in_lang(&t).as_json()),
    }
    Ok(HttpResponse::Ok().json(serde_json::json!({ "granted": recipient.fingerprint() })))
}
