//! Security keys (WebAuthn credentials) of reviewers and member-state users, the ceremonies in
//! progress, and the per-account second-factor policy. The credential is stored as the JSON
//! the web server's WebAuthn library gives (public key and signature counter, nothing
//! secret); this crate does not interpret it. Ceremony states live here rather than in a
//! process so that any replica can finish a ceremony another one started; each is taken
//! (deleted) when it is finished, and ignored once expired.

use diesel::prelude::*;

use super::one_row;
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{second_factor_policies, security_keys, webauthn_ceremonies};
use crate::types::PrincipalKind;

/// A stored security key.
#[derive(Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = security_keys)]
pub struct SecurityKey {
    pub id: i64,
    pub principal_kind: String,
    pub principal_id: i64,
    pub name: String,
    pub credential_id: Vec<u8>,
    /// The library's credential JSON (public key, counter).
    pub credential: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

impl std::fmt::Debug for SecurityKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecurityKey")
            .field("id", &self.id)
            .field("principal_id", &self.principal_id)
            .finish_non_exhaustive()
    }
}

#[derive(Insertable)]
#[diesel(table_name = security_keys)]
struct NewKeyRow<'a> {
    principal_kind: &'a str,
    principal_id: i64,
    name: &'a str,
    credential_id: &'a [u8],
    credential: &'a str,
    created_at: i64,
}

/// Stores a new security key; returns its id. `Conflict` if the credential id is taken.
pub fn insert_security_key(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
    name: &str,
    credential_id: &[u8],
    credential: &str,
    now: i64,
) -> Result<i64, StorageError> {
    Ok(diesel::insert_into(security_keys::table)
        .values(NewKeyRow {
            principal_kind: kind.as_str(),
            principal_id,
            name,
            credential_id,
            credential,
            created_at: now,
        })
        .returning(security_keys::id)
        .get_result(conn)?)
}

/// The security keys of one account, oldest first.
pub fn security_keys_of(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
) -> Result<Vec<SecurityKey>, StorageError> {
    Ok(security_keys::table
        .filter(security_keys::principal_kind.eq(kind.as_str()))
        .filter(security_keys::principal_id.eq(principal_id))
        .order(security_keys::id)
        .select(SecurityKey::as_select())
        .load(conn)?)
}

/// Replaces a key's credential JSON (its counter moved) and marks it used at `now`.
pub fn record_security_key_use(
    conn: &mut DbConn,
    id: i64,
    credential: &str,
    now: i64,
) -> Result<(), StorageError> {
    let n = diesel::update(security_keys::table.find(id))
        .set((
            security_keys::credential.eq(credential),
            security_keys::last_used_at.eq(Some(now)),
        ))
        .execute(conn)?;
    one_row(n, "security key")
}

/// Deletes one key of one account; `NotFound` if the account has no such key.
pub fn delete_security_key(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
    id: i64,
) -> Result<(), StorageError> {
    let n = diesel::delete(
        security_keys::table
            .filter(security_keys::id.eq(id))
            .filter(security_keys::principal_kind.eq(kind.as_str()))
            .filter(security_keys::principal_id.eq(principal_id)),
    )
    .execute(conn)?;
    one_row(n, "security key")
}

/// A ceremony in progress.
#[derive(Clone, PartialEq, Eq)]
pub struct Ceremony {
    pub principal_kind: PrincipalKind,
    pub principal_id: i64,
    pub purpose: String,
    /// The library's ceremony state (JSON; holds the challenge).
    pub state: String,
}

#[derive(Insertable, Queryable, Selectable)]
#[diesel(table_name = webauthn_ceremonies)]
struct CeremonyRow {
    token_hash: Vec<u8>,
    principal_kind: String,
    principal_id: i64,
    purpose: String,
    state: String,
    expires_at: i64,
}

/// Stores a ceremony under the hash of the browser's token, until `expires_at`; ceremonies
/// expired at `now` are purged on the way.
#[allow(clippy::too_many_arguments)]
pub fn insert_ceremony(
    conn: &mut DbConn,
    token_hash: &[u8],
    kind: PrincipalKind,
    principal_id: i64,
    purpose: &str,
    state: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), StorageError> {
    diesel::delete(webauthn_ceremonies::table.filter(webauthn_ceremonies::expires_at.le(now)))
        .execute(conn)?;
    diesel::insert_into(webauthn_ceremonies::table)
        .values(CeremonyRow {
            token_hash: token_hash.to_vec(),
            principal_kind: kind.as_str().to_string(),
            principal_id,
            purpose: purpose.to_string(),
            state: state.to_string(),
            expires_at,
        })
        .execute(conn)?;
    Ok(())
}

/// Takes (deletes and returns) the ceremony with this token hash and purpose if it has not
/// expired at `now`: a ceremony finishes once at most.
pub fn take_ceremony(
    conn: &mut DbConn,
    token_hash: &[u8],
    purpose: &str,
    now: i64,
) -> Result<Option<Ceremony>, StorageError> {
    let row = webauthn_ceremonies::table
        .find(token_hash)
        .select(CeremonyRow::as_select())
        .first(conn)
        .optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    let n = diesel::delete(webauthn_ceremonies::table.find(token_hash)).execute(conn)?;
    // Another replica took it between the two statements: it is not ours to finish.
    if n == 0 || row.expires_at <= now || row.purpose != purpose {
        return Ok(None);
    }
    Ok(Some(Ceremony {
        principal_kind: row.principal_kind.parse()?,
        principal_id: row.principal_id,
        purpose: row.purpose,
        state: row.state,
    }))
}

/// Whether the account may use TOTP as its second factor (no policy row: yes).
pub fn totp_allowed(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
) -> Result<bool, StorageError> {
    Ok(second_factor_policies::table
        .find((kind.as_str(), principal_id))
        .select(second_factor_policies::totp_allowed)
        .first::<bool>(conn)
        .optional()?
        .unwrap_or(true))
}

/// Sets whether the account may use TOTP as its second factor.
pub fn set_totp_allowed(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
    allowed: bool,
) -> Result<(), StorageError> {
    diesel::delete(second_factor_policies::table.find((kind.as_str(), principal_id)))
        .execute(conn)?;
    diesel::insert_into(second_factor_policies::table)
        .values((
            second_factor_policies::principal_kind.eq(kind.as_str()),
            second_factor_policies::principal_id.eq(principal_id),
            second_factor_policies::totp_allowed.eq(allowed),
        ))
        .execute(conn)?;
    Ok(())
}
