//! `server reviewer add`: creates a reviewer account with a one-time enrolment link.
//!
//! The link carries a random 32-byte token; only its hash is stored, it expires after
//! [`storage::accounts::ENROLMENT_SECS`] and is cleared when enrolment finishes. The operator hands
//! the link to the reviewer over a trusted channel.

use std::io::Write;

use storage::accounts::{self, Lookup, NewReviewer, ReviewerProfile};
use storage::audit::{append_audit, AuditEntry};
use storage::{ActorKind, Body, StorageError};

use crate::config::DEFAULT_BIND;

#[derive(Debug, thiserror::Error)]
pub enum ReviewerError {
    #[error("a reviewer named `{0}` already exists; choose another name")]
    Duplicate(String),
    #[error("the reviewer name must not be empty")]
    EmptyName,
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// The base of links printed for people: `BASE_URL`, else `http://` + the default bind address.
pub fn base_url() -> String {
    std::env::var("BASE_URL")
        .ok()
        .map(|v| v.trim().trim_end_matches('/').to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| format!("http://{DEFAULT_BIND}"))
}

/// Creates the reviewer and prints the enrolment link.
pub fn add(
    database_url: &str,
    body: Body,
    name: &str,
    out: &mut dyn Write,
) -> Result<(), ReviewerError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ReviewerError::EmptyName);
    }
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let (token, hash) = accounts::new_token();
    let now = accounts::now();
    let expires = now + accounts::ENROLMENT_SECS;
    let id = db.write(|conn| {
        if accounts::find_account::<ReviewerProfile>(conn, Lookup::Name(name))?.is_some() {
            return Err(StorageError::Conflict("reviewers.name".into()));
        }
        let id = accounts::insert_account(
            conn,
            &NewReviewer {
                profile: ReviewerProfile::new(body),
                name: name.to_string(),
                enrolment_token_hash: Some(hash),
                enrolment_expires: Some(expires),
                active: true,
                created_at: now,
            },
        )?;
        append_audit(
            conn,
            &AuditEntry {
                at: now,
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: "reviewer.created".into(),
                object_kind: Some("reviewer".into()),
                object_id: Some(id.to_string()),
                detail: serde_json::json!({ "body": body.as_str() }),
            },
        )?;
        Ok(id)
    });
    let id = match id {
        Err(StorageError::Conflict(_)) => return Err(ReviewerError::Duplicate(name.to_string())),
        other => other?,
    };
    let expiry = time::OffsetDateTime::from_unix_timestamp(expires)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default();
    writeln!(
        out,
        "Reviewer {id} ({}) created for {}.",
        name,
        body.as_str()
    )?;
    writeln!(
        out,
        "One-time enrolment link (valid until {expiry}; give it to the reviewer over a trusted channel):"
    )?;
    writeln!(out, "{}/console/enrol/{token}", base_url())?;
    Ok(())
}
