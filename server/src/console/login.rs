//! `/console/login`, `/console/logout`, `/console/logout-everywhere`.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use storage::PrincipalKind;

use super::pages::LoginPage;
use super::{audit, csrf_refused, see_other};
use crate::auth::signin::{self, LoginForm, SignIn};
use crate::auth::{self, session, AuthSettings};
use crate::state::ConsoleState;
use crate::web::{render, Chrome, WebError};

/// The stateless CSRF form name of the login form (no session exists yet).
const LOGIN_FORM: &str = "console-login";

pub async fn form(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let notice = signin::login_notice(&req, &c.t);
    let page = LoginPage {
        c,
        nav: None,
        csrf: state.csrf.issue(LOGIN_FORM),
        name: String::new(),
        notice,
        error: None,
    };
    render(StatusCode::OK, &page)
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    settings: web::Data<AuthSettings>,
    mut form: web::Form<LoginForm>,
) -> Result<HttpResponse, WebError> {
    if !state.csrf.check(LOGIN_FORM, &form.csrf) {
        return csrf_refused(&req, &state);
    }
    let (status, error) =
        match signin::sign_in(&req, &state, **settings, signin::CONSOLE, &mut form).await? {
            SignIn::Done(signed_in) => return Ok(signed_in),
            SignIn::Refused { status, message } => (status, message),
        };
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let page = LoginPage {
        c,
        nav: None,
        csrf: state.csrf.issue(LOGIN_FORM),
        name: form.name.trim().to_string(),
        notice: None,
        error: Some(error),
    };
    render(status, &page)
}

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
