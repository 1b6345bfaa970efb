//! `/console/login`, `/console/logout`, `/console/logout-everywhere`.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::PrincipalKind;

use storage::accounts::ReviewerProfile;

use super::{see_other, SignedIn};
use crate::auth::logout::{self, CsrfForm, Scope};
use crate::auth::{self, session, AuthSettings};
use crate::extract::{Checked, SessionBound};
use crate::state::ConsoleState;
use crate::web::WebError;

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
    checked: Checked<SignedIn, web::Form<CsrfForm>>,
) -> Result<HttpResponse, WebError> {
    let s = checked.who.session();
    logout::end::<ReviewerProfile>(&req, &state.db, s, Scope::This).await
}

pub async fn logout_everywhere(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    checked: Checked<SignedIn, web::Form<CsrfForm>>,
) -> Result<HttpResponse, WebError> {
    let s = checked.who.session();
    logout::end::<ReviewerProfile>(&req, &state.db, s, Scope::Everywhere).await
}
