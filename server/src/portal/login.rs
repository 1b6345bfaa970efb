//! `/portal/login` and `/portal/logout`: the shared password + TOTP login
//! ([`crate::auth::login`]) for member-state users, and their `__Host-session`.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};

use super::pages::LoginPage;
use super::{audit, csrf_refused, require_member, see_other};
use crate::auth::signin::{self, LoginForm, SignIn};
use crate::auth::{session, AuthSettings};
use crate::state::PortalState;
use crate::web::{render, Chrome, WebError};

/// The stateless CSRF form name of the login form (no session exists yet).
const LOGIN_FORM: &str = "portal-login";

pub async fn form(
    req: HttpRequest,
    state: web::Data<PortalState>,
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
    state: web::Data<PortalState>,
    settings: web::Data<AuthSettings>,
    mut form: web::Form<LoginForm>,
) -> Result<HttpResponse, WebError> {
    if !state.csrf.check(LOGIN_FORM, &form.csrf) {
        return csrf_refused(&req, &state);
    }
    let (status, error) =
        match signin::sign_in(&req, &state, **settings, signin::PORTAL, &mut form).await? {
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
