//! Blind correlation in the console (keys/FORMAT.md, "Correlation"; README.md, "Threat model"):
//!
//! - `GET /console/correlation-key`: the signed-in reviewer's copy of their body's correlation
//!   key, sealed to their keyring entry (`{id, sealed}`, Base64). The browser opens it and uses
//!   it only if its id is the one the keyring it verified names for the body;
//! - `POST /console/reports/{id}/correlation` (JSON, `X-CSRF-Token`): the keyed hashes of the
//!   report's indicators and organisation identifier, `{key_id, hashes: [{kind, hash}]}`,
//!   replacing the body's earlier upload for the report; audited with the count only;
//! - `GET /console/reports/{id}/related`: the other reports addressed to the reviewer's body
//!   sharing hashes with this one in the body's uploads under the same key id.
//!
//! The report routes have the authorization of opening the report ([`ReportAccess`]): a
//! report of the other body (never referred) is "not found", and only reports addressed to the
//! reviewer's body are ever listed. The server sees hashes, never an indicator.

use actix_web::{web, HttpResponse};
use envelope::correlation::{is_hash, KINDS, MAX_HASHES};
use storage::accounts::{self, Lookup, ReviewerProfile};
use storage::audit::append_audit_in;
use storage::correlation::{self, KindHash};
use storage::Body;

use super::{ReportAccess, SignedIn, REALM};
use crate::extract::{Checked, Lang};
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::WebError;

/// Largest upload: [`MAX_HASHES`] entries of a kind and 64 hex digits, with room for JSON.
pub const MAX_UPLOAD_BYTES: usize = MAX_HASHES * 128 + 1024;

/// The id of `body`'s correlation key in the keyring the server started with.
fn keyring_id(state: &ConsoleState, body: Body) -> Option<String> {
    state.keyring.bodies.get(&body)?.correlation.clone()
}

/// `GET /console/correlation-key`.
pub async fn key(
    state: web::Data<ConsoleState>,
    who: SignedIn,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let id = who.0.principal_id;
    let reviewer = crate::blocking::db(&state.db, move |conn| {
        accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(id))
    })
    .await?
    .filter(|r| r.credentials.active);
    let not_found = || WebError::new(Kind::NotFound).in_lang(&t).as_json();
    let Some(reviewer) = reviewer else {
        return Err(not_found());
    };
    let body = reviewer.profile.body;
    let mine = reviewer.profile.public_key.as_deref().map(envelope::b64);
    // The reviewer's keyring entry: their key in the body's reviewers.
    let entry = state.keyring.bodies.get(&body).and_then(|k| {
        k.reviewers
            .iter()
            .find(|e| Some(&e.public_key) == mine.as_ref())
            .map(|e| e.id.clone())
    });
    let Some(entry) = entry else {
        return Err(not_found());
    };
    let found = crate::blocking::db(&state.db, move |conn| {
        correlation::sealed_key_for(conn, body, &entry)
    })
    .await?;
    let Some(found) = found else {
        return Err(not_found());
    };
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "id": found.key_id,
        "sealed": envelope::b64(&found.sealed),
    })))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct HashIn {
    kind: String,
    hash: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct UploadIn {
    key_id: String,
    hashes: Vec<HashIn>,
}

/// The upload's hashes, or `None` for one the browser would not send.
fn checked_hashes(input: UploadIn) -> Option<Vec<KindHash>> {
    if input.hashes.len() > MAX_HASHES {
        return None;
    }
    input
        .hashes
        .into_iter()
        .map(|h| {
            (KINDS.contains(&h.kind.as_str()) && is_hash(&h.hash)).then_some(KindHash {
                kind: h.kind,
                hash: h.hash,
            })
        })
        .collect()
}

/// `POST /console/reports/{id}/correlation`.
pub async fn upload(
    state: web::Data<ConsoleState>,
    checked: Checked<ReportAccess, web::Bytes>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: ReportAccess {
            reviewer, report, ..
        },
        body,
    } = checked;
    let bad = || WebError::new(Kind::BadRequest).in_lang(&t).as_json();
    let Ok(input) = serde_json::from_slice::<UploadIn>(&body) else {
        return Err(bad());
    };
    let my_body = reviewer.profile.body;
    // Only under the key the keyring names for the body: hashes under another key (an old
    // one, or one the server was made to hand out) match nothing of the body's.
    if keyring_id(&state, my_body).as_deref() != Some(input.key_id.as_str()) {
        return Err(bad());
    }
    let key_id = input.key_id.clone();
    let Some(hashes) = checked_hashes(input) else {
        return Err(bad());
    };
    let rid = report.id.clone();
    let audited = REALM.event(
        Some(reviewer.id),
        "report.correlation_uploaded",
        Some(("report", report.id.clone())),
        serde_json::json!({ "body": my_body.as_str(), "hashes": hashes.len() }),
    );
    let stored = crate::blocking::block("db", move || {
        state.db.write(|conn| {
            let n = correlation::replace_hashes(conn, &rid, my_body, &key_id, &hashes)?;
            append_audit_in(conn, &audited)?;
            Ok(n)
        })
    })
    .await?
    .map_err(|e| WebError::from(e).in_lang(&t).as_json())?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "stored": stored })))
}

/// `GET /console/reports/{id}/related`.
pub async fn related(
    state: web::Data<ConsoleState>,
    access: ReportAccess,
) -> Result<HttpResponse, WebError> {
    let ReportAccess {
        reviewer, report, ..
    } = access;
    let body = reviewer.profile.body;
    let rid = report.id.clone();
    let found = crate::blocking::db(&state.db, move |conn| {
        correlation::related(conn, &rid, body)
    })
    .await?;
    let related: Vec<serde_json::Value> = found
        .into_iter()
        .map(|r| {
            serde_json::json!({
                "id": r.report_id,
                "shared": r.shared,
                "same_organisation": r.same_organisation,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "related": related })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upload(kind: &str, hash: &str, n: usize) -> UploadIn {
        UploadIn {
            key_id: String::new(),
            hashes: (0..n)
                .map(|_| HashIn {
                    kind: kind.into(),
                    hash: hash.into(),
                })
                .collect(),
        }
    }

    #[test]
    fn only_known_kinds_and_hashes_within_the_limit() {
        let h = "ab".repeat(32);
        assert_eq!(
            checked_hashes(upload("ip", &h, 3)).map(|v| v.len()),
            Some(3)
        );
        assert_eq!(
            checked_hashes(upload("organisation", &h, MAX_HASHES)).map(|v| v.len()),
            Some(MAX_HASHES)
        );
        assert!(checked_hashes(upload("ip", &h, MAX_HASHES + 1)).is_none());
        assert!(checked_hashes(upload("observations", &h, 1)).is_none());
        // An indicator in the clear is no hash.
        assert!(checked_hashes(upload("ip", "192.0.2.7", 1)).is_none());
        assert!(checked_hashes(upload("ip", &"AB".repeat(32), 1)).is_none());
    }
}
