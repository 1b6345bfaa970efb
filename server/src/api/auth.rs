//! Bearer tokens of the data API. A token is `tsr_api_` followed by 32 random bytes in
//! base64url (43 characters); only its BLAKE2b-256 hash is stored. Anything else in the
//! `Authorization` header (no token, another scheme, a session or enrolment token, a revoked
//! token, a token of a deactivated user) gets the same 401 JSON error: which one is never said.

use actix_web::http::header;
use actix_web::{web, HttpRequest};
use storage::accounts::{self, Lookup, MemberStateProfile};
use storage::Database;
use zeroize::Zeroizing;

use crate::auth;
use crate::web::error::Kind;
use crate::web::WebError;

pub const TOKEN_PREFIX: &str = "tsr_api_";
const TOKEN_BODY_CHARS: usize = 43;

/// A fresh API token (shown once) and the hash to store.
pub fn new_api_token() -> (Zeroizing<String>, Vec<u8>) {
    let (body, _) = auth::new_token();
    let body = Zeroizing::new(body);
    let token = Zeroizing::new(format!("{TOKEN_PREFIX}{}", body.as_str()));
    let hash = auth::token_hash(&token);
    (token, hash)
}

/// Whether `token` has the shape of an API token (says nothing about its validity).
pub fn well_formed(token: &str) -> bool {
    token.strip_prefix(TOKEN_PREFIX).is_some_and(|b| {
        b.len() == TOKEN_BODY_CHARS
            && b.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    })
}

fn unauthorized(req: &HttpRequest) -> WebError {
    WebError::new(Kind::Unauthorized)
        .in_lang(&crate::web::translator(req))
        .as_json()
}

/// The bearer token of the request, if the header has that shape.
fn bearer(req: &HttpRequest) -> Option<Zeroizing<String>> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| Zeroizing::new(token.trim().to_string()))
}

/// The member-state user id of a valid, unrevoked token of an active, enrolled user; a 401
/// JSON error otherwise. Records the day of use (day granularity only).
pub async fn authenticate(req: &HttpRequest, db: &Database) -> Result<i64, WebError> {
    let Some(token) = bearer(req).filter(|t| well_formed(t)) else {
        return Err(unauthorized(req));
    };
    let hash = auth::token_hash(&token);
    let db = db.clone();
    let today = storage::Day::from_unix_seconds(auth::now());
    let user = web::block(move || -> Result<Option<i64>, storage::StorageError> {
        let mut conn = db.conn()?;
        let Some(tok) = accounts::find_api_token_by_hash(&mut conn, &hash)? else {
            return Ok(None);
        };
        if tok.revoked_at.is_some() {
            return Ok(None);
        }
        let usable =
            accounts::find_account::<MemberStateProfile>(&mut conn, Lookup::Id(tok.user_id))?
                .is_some_and(|u| {
                    let c = &u.credentials;
                    c.active && c.enrolment_token_hash.is_none() && c.password_hash.is_some()
                });
        if !usable {
            return Ok(None);
        }
        if let Ok(day) = today {
            if tok.last_used_day.as_deref() != Some(day.as_str()) {
                accounts::touch_api_token(&mut conn, tok.id, &day)?;
            }
        }
        Ok(Some(tok.user_id))
    })
    .await??;
    user.ok_or_else(|| unauthorized(req))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_a_checkable_shape() {
        let (t, h) = new_api_token();
        assert!(well_formed(&t), "{}", t.as_str());
        assert_eq!(h, auth::token_hash(&t));
        let (session, _) = auth::new_token();
        assert!(
            !well_formed(&session),
            "a session token is not an API token"
        );
        assert!(!well_formed(&format!("{}x", t.as_str())));
        assert!(!well_formed(&t.replace('_', "!")));
        assert!(!well_formed(""));
    }
}
