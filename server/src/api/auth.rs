//! Bearer tokens of the data API ([`crate::auth::api_token`]: `tsr_api_` followed by 32 random
//! bytes in base64url; only its BLAKE2b-256 hash is stored). Anything else in the
//! `Authorization` header (no token, another scheme, a session or enrolment token, a revoked
//! token, a token of a deactivated user) gets the same 401 JSON error: which one is never said.

use actix_web::http::header;
use actix_web::HttpRequest;
use storage::accounts::{self, Lookup, MemberStateProfile};
use storage::Database;
use zeroize::Zeroizing;

use crate::auth;
use crate::auth::api_token::well_formed;
use crate::web::error::Kind;
use crate::web::WebError;

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
    let today = storage::Day::from_unix_seconds(auth::now());
    let user = crate::blocking::db(db, move |conn| {
        let Some(tok) = accounts::find_api_token_by_hash(conn, &hash)? else {
            return Ok(None);
        };
        if tok.revoked_at.is_some() {
            return Ok(None);
        }
        let usable = accounts::find_account::<MemberStateProfile>(conn, Lookup::Id(tok.user_id))?
            .is_some_and(|u| {
                let c = &u.credentials;
                c.active && c.enrolment_token_hash.is_none() && c.password_hash.is_some()
            });
        if !usable {
            return Ok(None);
        }
        if let Ok(day) = today {
            if tok.last_used_day.as_deref() != Some(day.as_str()) {
                accounts::touch_api_token(conn, tok.id, &day)?;
            }
        }
        Ok(Some(tok.user_id))
    })
    .await?;
    user.ok_or_else(|| unauthorized(req))
}
