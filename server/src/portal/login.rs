//! `/portal/login` and `/portal/logout`: the shared password + TOTP login
//! ([`crate::auth::login`]) for member-state users, and their `__Host-session`.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use storage::PrincipalKind;
use zeroize::Zeroizing;

use super::pages::LoginPage;
use super::{audit, csrf_refused, require_member, see_other};
use crate::app::AppState;
use crate::auth::login::{login, Outcome};
use crate::auth::{self, session, AuthSettings};
use crate::web::{render, Chrome, WebError};

/// The stateless CSRF form name of the login form (no session exists yet).
const LOGIN_FORM: &str = "portal-login";

fn query_flag(req: &HttpRequest, name: &str) -> bool {
    req.query_string()
        .split('&')
        .any(|kv| kv == name || kv.starts_with(&format!("{name}=")))
}

pub async fn form(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let notice = if query_flag(&req, "expired") {
        Some(c.t.t("console-notice-expired"))
    } else if query_flag(&req, "out") {
        Some(c.t.t("console-notice-logged-out"))
    } else {
        None
    };
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

#[derive(serde::Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

impl Drop for LoginForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.password);
        zeroize::Zeroize::zeroize(&mut self.code);
    }
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<AuthSettings>,
    mut form: web::Form<LoginForm>,
) -> Result<HttpResponse, WebError> {
    if !state.csrf.check(LOGIN_FORM, &form.csrf) {
        return csrf_refused(&req, &state);
    }
    let now = auth::now();
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let code = std::mem::take(&mut form.code);
    let outcome = login(
        &state.db,
        PrincipalKind::MemberState,
        form.name.clone(),
        password,
        code,
        now,
    )
    .await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let (status, error) = match outcome {
        Outcome::Success(id) => {
            let (token, _) =
                session::create(&state.db, **settings, PrincipalKind::MemberState, id, now).await?;
            let token = Zeroizing::new(token);
            audit(
                &state.db,
                Some(id),
                "portal.login_succeeded",
                None,
                serde_json::json!({}),
            )
            .await?;
            return Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, c.link("/portal/")))
                .insert_header((header::SET_COOKIE, session::set_cookie(&token)))
                .finish());
        }
        Outcome::Failed { account } => {
            audit(
                &state.db,
                account,
                "portal.login_failed",
                None,
                serde_json::json!({ "known_account": account.is_some() }),
            )
            .await?;
            (StatusCode::UNAUTHORIZED, c.t.t("console-error-login"))
        }
        Outcome::Locked { account, until } => {
            audit(
                &state.db,
                Some(account),
                "portal.login_locked",
                None,
                serde_json::json!({ "locked_until": until }),
            )
            .await?;
            let minutes = ((until - now).max(1) + 59) / 60;
            (
                StatusCode::FORBIDDEN,
                c.t.t1("console-error-locked", "minutes", minutes),
            )
        }
    };
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
    state: web::Data<AppState>,
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
