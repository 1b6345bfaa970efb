//! Server-side sessions. The browser holds a random 32-byte token in the cookie
//! `__Host-session` (`Secure`, `HttpOnly`, `SameSite=Strict`, `Path=/`, no `Domain`); the
//! database holds only its hash, the account, a CSRF token for the session's forms, and the
//! expiry: `min(last request + idle, created + absolute)`.

use actix_web::HttpRequest;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use storage::accounts::{self as acc, NewSession};
use storage::audit::{append_audit_in, AuditEntry};
use storage::{Database, PrincipalKind};

use super::{ct_eq, new_token, token_hash, AuthSettings};
use crate::web::WebError;

pub const COOKIE_NAME: &str = "__Host-session";

/// A live session (the token itself is not kept).
#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    pub token_hash: Vec<u8>,
    pub kind: PrincipalKind,
    pub principal_id: i64,
    pub csrf: String,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("kind", &self.kind)
            .field("principal_id", &self.principal_id)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// Constant-time check of a form's CSRF token against the session's.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        !submitted.is_empty() && ct_eq(self.csrf.as_bytes(), submitted.as_bytes())
    }
}

/// Starts a session; returns the cookie token (to set once) and the session.
pub async fn create(
    db: &Database,
    settings: AuthSettings,
    kind: PrincipalKind,
    principal_id: i64,
    now: i64,
) -> Result<(String, Session), WebError> {
    create_audited(db, settings, kind, principal_id, now, None).await
}

/// [`create`], with the audit row of the sign-in in the same transaction as the session: both
/// are stored, or neither is.
pub async fn create_audited(
    db: &Database,
    settings: AuthSettings,
    kind: PrincipalKind,
    principal_id: i64,
    now: i64,
    audited: Option<AuditEntry>,
) -> Result<(String, Session), WebError> {
    let (token, hash) = new_token();
    let mut csrf_raw = [0u8; 32];
    envelope::fill_random(&mut csrf_raw);
    let csrf = URL_SAFE_NO_PAD.encode(csrf_raw);
    let new = NewSession {
        token_hash: hash.clone(),
        principal_kind: kind,
        principal_id,
        csrf_token: csrf.clone(),
        created_at: now,
        expires_at: now + settings.idle_secs.min(settings.absolute_secs),
    };
    crate::blocking::write(db, move |conn| {
        acc::insert_session(conn, &new)?;
        match &audited {
            Some(entry) => append_audit_in(conn, entry).map(drop),
            None => Ok(()),
        }
    })
    .await?;
    Ok((
        token,
        Session {
            token_hash: hash,
            kind,
            principal_id,
            csrf,
        },
    ))
}

/// The `Set-Cookie` value that hands out a session token.
pub fn set_cookie(token: &str) -> String {
    format!("{COOKIE_NAME}={token}; Path=/; Secure; HttpOnly; SameSite=Strict")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie() -> String {
    format!("{COOKIE_NAME}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict")
}

/// The session token the request carries, if any.
pub fn token_in(req: &HttpRequest) -> Option<String> {
    super::browser::cookie_in(req, COOKIE_NAME)
}

/// The live session of the request for an account of `kind`, its idle expiry moved on.
/// `None` when there is no cookie, the session is unknown or expired (idle or absolute), or it
/// belongs to another kind of account.
pub async fn current(
    req: &HttpRequest,
    db: &Database,
    settings: AuthSettings,
    kind: PrincipalKind,
    now: i64,
) -> Result<Option<Session>, WebError> {
    let Some(token) = token_in(req) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let found = crate::blocking::db(db, move |conn| {
        let Some(s) = acc::find_session(conn, &hash, now)? else {
            return Ok(None);
        };
        let hard_end = s.created_at.saturating_add(settings.absolute_secs);
        if s.principal_kind != kind || hard_end <= now {
            if hard_end <= now {
                acc::delete_session(conn, &hash)?;
            }
            return Ok(None);
        }
        let expires = now.saturating_add(settings.idle_secs).min(hard_end);
        acc::touch_session(conn, &hash, now, expires)?;
        Ok(Some(Session {
            token_hash: s.token_hash,
            kind: s.principal_kind,
            principal_id: s.principal_id,
            csrf: s.csrf_token,
        }))
    })
    .await?;
    Ok(found)
}

/// Ends one session (logout), with its audit row in the same transaction.
pub async fn end_audited(
    db: &Database,
    token_hash: Vec<u8>,
    audited: AuditEntry,
) -> Result<(), WebError> {
    crate::blocking::write(db, move |conn| {
        acc::delete_session(conn, &token_hash)?;
        append_audit_in(conn, &audited).map(drop)
    })
    .await
}

/// Ends one session (logout).
pub async fn end(db: &Database, token_hash: Vec<u8>) -> Result<(), WebError> {
    crate::blocking::db(db, move |conn| acc::delete_session(conn, &token_hash)).await
}

/// Ends every session of an account ("log out everywhere"); returns how many.
pub async fn end_all(db: &Database, kind: PrincipalKind, id: i64) -> Result<usize, WebError> {
    crate::blocking::db(db, move |conn| {
        acc::delete_sessions_for_principal(conn, kind, id)
    })
    .await
}
