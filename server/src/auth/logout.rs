//! Signing out, written once for both realms: the session (or, "everywhere", every session
//! of the account) ends in the same transaction as its audit row, and the browser goes to its
//! realm's login page with the session cookie cleared. The handlers take a
//! [`Checked`](crate::extract::Checked) session, so a sign-out without the session's CSRF token
//! is refused before anything changes.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use storage::accounts as acc;
use storage::audit::append_audit_in;
use storage::Database;

use super::realm::AccountRealm;
use super::session::{self, Session};
use super::signin::entry;
use crate::extract::CsrfField;
use crate::web::{translator, WebError};

/// A form that carries only the CSRF token (the sign-out buttons).
#[derive(Debug, serde::Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub csrf: String,
}

impl CsrfField for CsrfForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// Which sessions a sign-out ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// This browser's session (`<realm>.logout`).
    This,
    /// Every session of the account (`<realm>.logout_everywhere`, with the count).
    Everywhere,
}

/// Ends `s` (or all the account's sessions) with its audit row, then the login page.
pub async fn end<P: AccountRealm>(
    req: &HttpRequest,
    db: &Database,
    s: &Session,
    scope: Scope,
) -> Result<HttpResponse, WebError> {
    let realm = P::REALM;
    let (token, kind, id) = (s.token_hash.clone(), s.kind, s.principal_id);
    crate::blocking::write(db, move |conn| {
        let (action, detail) = match scope {
            Scope::This => {
                acc::delete_session(conn, &token)?;
                ("logout", serde_json::json!({}))
            }
            Scope::Everywhere => {
                let n = acc::delete_sessions_for_principal(conn, kind, id)?;
                ("logout_everywhere", serde_json::json!({ "sessions": n }))
            }
        };
        let action = format!("{}.{action}", realm.name);
        append_audit_in(conn, &entry(realm.actor, Some(id), action, None, detail)).map(drop)
    })
    .await?;
    let lang = translator(req).code();
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/{}/login?lang={lang}&out", realm.name),
        ))
        .insert_header((header::SET_COOKIE, session::clear_cookie()))
        .finish())
}
