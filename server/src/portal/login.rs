//! `/portal/login` and `/portal/logout`: the shared password + TOTP login
//! ([`crate::auth::login`]) for member-state users, and their `__Host-session`.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use super::{audit, csrf_refused, require_member, see_other};
use crate::auth::{session, AuthSettings};
use crate::state::PortalState;
use crate::web::WebError;

#[derive(serde::Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub csrf: String,
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<PortalState>,
    settings: web::Data<AuthSettings>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, WebError> {
    let m = match require_member(&req, &state, **settings).await? {
        Ok(m) => m,
        Err(redirect) => return Ok(redirect),
    };
    if !m.session.csrf_ok(&form.csrf) {
        return csrf_refused(&req, &state);
    }
    session::end(&state.db, m.session.token_hash.clone()).await?;
    audit(
        &state.db,
        Some(m.user.id),
        "portal.logout",
        None,
        serde_json::json!({}),
    )
    .await?;
    let lang = crate::web::translator(&req).code();
    let mut resp = see_other(&format!("/portal/login?lang={lang}&out"));
    resp.headers_mut().insert(
        header::SET_COOKIE,
        header::HeaderValue::from_str(&session::clear_cookie())
            .map_err(|_| WebError::internal())?,
    );
    Ok(resp)
}
