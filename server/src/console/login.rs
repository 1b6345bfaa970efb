//! `/console/login`, `/console/logout`, `/console/logout-everywhere`.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::PrincipalKind;

use super::{audit, csrf_refused, see_other};
use crate::auth::{self, session, AuthSettings};
use crate::state::ConsoleState;
use crate::web::WebError;

#[derive(serde::Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

fn to_login(req: &HttpRequest, flag: &str) -> HttpResponse {
    let c = crate::web::translator(req);
    HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/console/login?lang={}&{flag}", c.code()),
        ))
        .insert_header((header::SET_COOKIE, session::clear_cookie()))
        .finish()
}

/// The reviewer's live session, or the redirect to the login page (noting an expired one).
pub async fn require_session(
    req: &HttpRequest,
    state: &ConsoleState,
    settings: AuthSettings,
) -> Result<Result<session::Session, HttpResponse>, WebError> {
    let now = auth::now();
    match session::current(req, &state.db, settings, PrincipalKind::Reviewer, now).await? {
        Some(s) => Ok(Ok(s)),
        None if session::token_in(req).is_some() => Ok(Err(to_login(req, "expired"))),
        None => Ok(Err(see_other(&format!(
            "/console/login?lang={}",
            crate::web::translator(req).code()
        )))),
    }
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    settings: web::Data<AuthSettings>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, WebError> {
    let s = match require_session(&req, &state, **settings).await? {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect),
    };
    if !s.csrf_ok(&form.csrf) {
        return csrf_refused(&req, &state);
    }
    session::end(&state.db, s.token_hash.clone()).await?;
    audit(
        &state.db,
        Some(s.principal_id),
        "console.logout",
        None,
        serde_json::json!({}),
    )
    .await?;
    Ok(to_login(&req, "out"))
}

pub async fn logout_everywhere(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    settings: web::Data<AuthSettings>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, WebError> {
    let s = match require_session(&req, &state, **settings).await? {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect),
    };
    if !s.csrf_ok(&form.csrf) {
        return csrf_refused(&req, &state);
    }
    let n = session::end_all(&state.db, s.kind, s.principal_id).await?;
    audit(
        &state.db,
        Some(s.principal_id),
        "console.logout_everywhere",
        None,
        serde_json::json!({ "sessions": n }),
    )
    .await?;
    Ok(to_login(&req, "out"))
}
