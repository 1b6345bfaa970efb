//! `server member-state add`: creates a member-state authority user with a one-time enrolment
//! link for the data portal (same token handling as [`super::reviewer`]).

use std::io::Write;

use storage::accounts::{self, Lookup, MemberStateProfile, NewMemberStateUser};
use storage::audit::{append_audit, AuditEntry};
use storage::{ActorKind, StorageError};

use super::reviewer::base_url;

#[derive(Debug, thiserror::Error)]
pub enum MemberStateError {
    #[error("a member-state user named `{0}` already exists; choose another name")]
    Duplicate(String),
    #[error("the user name must not be empty")]
    EmptyName,
    #[error("`{0}` is not an EU member state code (two letters, EL for Greece)")]
    Country(String),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// The EU-27 code for `text` (case-insensitive), if it is one.
pub fn country_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    domain::taxonomy::MEMBER_STATES
        .contains(&code)
        .then_some(code)
}

/// Creates the user and prints the enrolment link.
pub fn add(
    database_url: &str,
    country: &str,
    name: &str,
    out: &mut dyn Write,
) -> Result<(), MemberStateError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(MemberStateError::EmptyName);
    }
    let country =
        country_code(country).ok_or_else(|| MemberStateError::Country(country.to_string()))?;
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let (token, hash) = accounts::new_token();
    let now = accounts::now();
    let expires = now + accounts::ENROLMENT_SECS;
    let id = db.write(|conn| {
        if accounts::find_account::<MemberStateProfile>(conn, Lookup::Name(name))?.is_some() {
            return Err(StorageError::Conflict("member_state_users.name".into()));
        }
        let id = accounts::insert_account(
            conn,
            &NewMemberStateUser {
                profile: MemberStateProfile {
                    country: country.clone(),
                },
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
                action: "member_state_user.created".into(),
                object_kind: Some("member_state_user".into()),
                object_id: Some(id.to_string()),
                detail: serde_json::json!({ "country": country }),
            },
        )?;
        Ok(id)
    });
    let id = match id {
        Err(StorageError::Conflict(_)) => {
            return Err(MemberStateError::Duplicate(name.to_string()))
        }
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
        "Member-state user {id} ({name}) created for {country}."
    )?;
    writeln!(
        out,
        "One-time enrolment link (valid until {expiry}; give it to the user over a trusted channel):"
    )?;
    writeln!(out, "{}/portal/enrol/{token}", base_url())?;
    Ok(())
}
