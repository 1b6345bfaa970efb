//! `/portal/enrol/{token}`: the portal's part in the shared enrolment flow
//! ([`crate::auth::enrol`]) and the portal's [`AccountRealm`]. A member-state user sets a login
//! password and enrols TOTP; no key pair: portal users decrypt nothing.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use storage::accounts::MemberStateProfile;

use super::pages::{EnrolPage, LoginPage};
use crate::app::AppState;
use crate::auth::realm::{AccountRealm, EnrolView, LoginView};
use crate::auth::signin::{Realm, PORTAL};
use crate::web::{render, Chrome, WebError};

impl AccountRealm for MemberStateProfile {
    const REALM: Realm = PORTAL;
    const ISSUER: &'static str = "Trade secret theft statistics – data portal";
    const OBJECT: &'static str = "member_state_user";

    fn lead_arg(&self) -> (&'static str, String) {
        ("country", self.country.clone())
    }

    fn login_page(
        status: StatusCode,
        c: Chrome,
        view: LoginView,
    ) -> Result<HttpResponse, WebError> {
        render(status, &LoginPage { c, nav: None, view })
    }

    fn enrol_page(
        status: StatusCode,
        c: Chrome,
        view: EnrolView,
    ) -> Result<HttpResponse, WebError> {
        render(status, &EnrolPage { c, nav: None, view })
    }

    fn message(
        req: &HttpRequest,
        state: &AppState,
        status: StatusCode,
        heading_id: &str,
        message: String,
    ) -> Result<HttpResponse, WebError> {
        super::message(req, state, status, heading_id, message, None)
    }

    fn csrf_refused(req: &HttpRequest, state: &AppState) -> Result<HttpResponse, WebError> {
        super::csrf_refused(req, state)
    }
}
