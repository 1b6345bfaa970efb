//! Login sessions of reviewers and member-state users (reporters have none): stored by the
//! hash of the cookie token, with the account, the CSRF token and the expiry.

use diesel::prelude::*;

use super::one_row;
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::sessions;
use crate::types::PrincipalKind;

/// A login session to store (reviewers and member-state users only; reporters have none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub token_hash: Vec<u8>,
    pub principal_kind: PrincipalKind,
    pub principal_id: i64,
    pub csrf_token: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token_hash: Vec<u8>,
    pub principal_kind: PrincipalKind,
    pub principal_id: i64,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

#[derive(Insertable, Queryable, Selectable)]
#[diesel(table_name = sessions)]
struct SessionRow {
    token_hash: Vec<u8>,
    principal_kind: String,
    principal_id: i64,
    csrf_token: String,
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
}

/// Stores a session (`last_seen_at` = `created_at`). `Conflict` for a taken token hash.
pub fn insert_session(conn: &mut DbConn, new: &NewSession) -> Result<(), StorageError> {
    diesel::insert_into(sessions::table)
        .values(SessionRow {
            token_hash: new.token_hash.clone(),
            principal_kind: new.principal_kind.as_str().to_string(),
            principal_id: new.principal_id,
            csrf_token: new.csrf_token.clone(),
            created_at: new.created_at,
            last_seen_at: new.created_at,
            expires_at: new.expires_at,
        })
        .execute(conn)?;
    Ok(())
}

/// The session with this token hash if it has not expired at `now`.
pub fn find_session(
    conn: &mut DbConn,
    token_hash: &[u8],
    now: i64,
) -> Result<Option<Session>, StorageError> {
    sessions::table
        .find(token_hash)
        .filter(sessions::expires_at.gt(now))
        .select(SessionRow::as_select())
        .first(conn)
        .optional()?
        .map(|s| {
            Ok(Session {
                token_hash: s.token_hash,
                principal_kind: s.principal_kind.parse()?,
                principal_id: s.principal_id,
                csrf_token: s.csrf_token,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
                expires_at: s.expires_at,
            })
        })
        .transpose()
}

/// Marks a session as seen at `now` and moves its expiry. `NotFound` if it is gone.
pub fn touch_session(
    conn: &mut DbConn,
    token_hash: &[u8],
    now: i64,
    expires_at: i64,
) -> Result<(), StorageError> {
    let n = diesel::update(sessions::table.find(token_hash))
        .set((
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    one_row(n, "session")
}

/// Deletes a session (logout). Deleting a missing session is not an error.
pub fn delete_session(conn: &mut DbConn, token_hash: &[u8]) -> Result<(), StorageError> {
    diesel::delete(sessions::table.find(token_hash)).execute(conn)?;
    Ok(())
}

/// Deletes every session of one account (password change, deactivation); returns how many.
pub fn delete_sessions_for_principal(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
) -> Result<usize, StorageError> {
    Ok(diesel::delete(
        sessions::table
            .filter(sessions::principal_kind.eq(kind.as_str()))
            .filter(sessions::principal_id.eq(principal_id)),
    )
    .execute(conn)?)
}

/// Deletes sessions expired at `now`; returns how many.
pub fn purge_expired_sessions(conn: &mut DbConn, now: i64) -> Result<usize, StorageError> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)?)
}
