//! The member-state data portal (`/portal/`): enrolment (password + TOTP), login and sessions
//! through the shared [`crate::auth`] machinery, the list of releases, a release page with
//! server-rendered SVG charts and the methodology in plain language, the release's files, and
//! the user's API tokens for the data API.
//!
//! The portal reads releases only: every database read of release data goes through
//! [`crate::published`], which touches nothing but the release tables; a test below checks
//! that no portal or API source names reports, statistics records, messages or keys. Its state
//! ([`PortalState`]) holds no keys.

pub mod charts;
pub mod enrol;
pub mod login;
pub mod methodology;
pub mod pages;
pub mod releases;
pub mod tokens;

use actix_web::dev::Payload;
use actix_web::http::{header, StatusCode};
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use storage::accounts::{Lookup, MemberStateProfile, MemberStateUser};
use storage::PrincipalKind;

use crate::auth::{self, session, AuthSettings};
use crate::extract::{refusal, state, Extracting, SessionBound};
pub use crate::state::PortalState;
use crate::web::{render, Chrome, WebError};
use pages::MessagePage;

/// The portal's routes, with its state. The session settings (`web::Data<AuthSettings>`) are
/// registered once for the console and the portal by the router.
pub fn routes(cfg: &mut web::ServiceConfig, state: web::Data<PortalState>) {
    cfg.app_data(state)
        .configure(auth::realm::routes::<MemberStateProfile>)
        .route("/portal", web::get().to(to_home))
        .route("/portal/", web::get().to(releases::list))
        .route("/portal/logout", web::post().to(login::logout))
        .route("/portal/tokens", web::get().to(tokens::page))
        .route("/portal/tokens", web::post().to(tokens::create))
        .route("/portal/tokens/{id}/revoke", web::post().to(tokens::revoke))
        .route("/portal/releases/{id}", web::get().to(releases::page))
        .route(
            "/portal/releases/{id}/files/{name}",
            web::get().to(releases::file),
        );
}

async fn to_home() -> HttpResponse {
    see_other("/portal/")
}

pub use crate::web::see_other;

/// The logged-in member-state user and their session; as an extractor, the redirect to the
/// login page when there is none ([`require_member`]).
pub struct Member {
    pub session: session::Session,
    pub user: MemberStateUser,
}

fn to_login(req: &HttpRequest, expired: bool) -> HttpResponse {
    let lang = crate::web::translator(req).code();
    let mut resp = HttpResponse::SeeOther();
    if expired {
        resp.insert_header((
            header::LOCATION,
            format!("/portal/login?lang={lang}&expired"),
        ))
        .insert_header((header::SET_COOKIE, session::clear_cookie()));
    } else {
        resp.insert_header((header::LOCATION, format!("/portal/login?lang={lang}")));
    }
    resp.finish()
}

/// The member-state user's live session, or the redirect to the login page. A session of
/// another kind of account (a reviewer's) counts as none; so does a deactivated user's.
pub async fn require_member(
    req: &HttpRequest,
    state: &PortalState,
    settings: AuthSettings,
) -> Result<Result<Member, HttpResponse>, WebError> {
    let now = auth::now();
    let found = session::current(req, &state.db, settings, PrincipalKind::MemberState, now).await?;
    let Some(s) = found else {
        return Ok(Err(to_login(req, session::token_in(req).is_some())));
    };
    let id = s.principal_id;
    let user = crate::blocking::db(&state.db, move |conn| {
        storage::accounts::find_account::<MemberStateProfile>(conn, Lookup::Id(id))
    })
    .await?;
    match user.filter(|u| u.credentials.active) {
        Some(user) => Ok(Ok(Member { session: s, user })),
        None => Ok(Err(to_login(req, true))),
    }
}

impl FromRequest for Member {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let st = state::<PortalState>(&req)?;
            let settings = state::<AuthSettings>(&req)?;
            match require_member(&req, &st, **settings).await? {
                Ok(m) => Ok(m),
                Err(redirect) => Err(refusal(redirect)),
            }
        })
    }
}

impl SessionBound for Member {
    fn session(&self) -> &session::Session {
        &self.session
    }
    fn csrf_refused(req: &HttpRequest) -> actix_web::Error {
        let answer = state::<PortalState>(req).and_then(|st| csrf_refused(req, &st));
        match answer {
            Ok(page) => refusal(page),
            Err(e) => e.into(),
        }
    }
}

/// A unix time as its UTC day, `YYYY-MM-DD`.
pub fn day(at: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(at)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

/// A page with a heading and a message (refusals that are not form errors).
pub fn message(
    req: &HttpRequest,
    state: &PortalState,
    status: StatusCode,
    heading_id: &str,
    message: String,
    nav: Option<String>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, &state.signer_fingerprint);
    let page = MessagePage {
        heading: c.t.t(heading_id),
        message,
        c,
        nav,
    };
    render(status, &page)
}

/// The answer to a portal POST whose CSRF token is missing or wrong.
pub fn csrf_refused(req: &HttpRequest, state: &PortalState) -> Result<HttpResponse, WebError> {
    auth::realm::csrf_refused::<MemberStateProfile>(req, state)
}

/// The portal's realm: its audit events (`REALM.event`, `REALM.audit`) and sign-in facts.
pub use crate::auth::signin::PORTAL as REALM;

#[cfg(test)]
mod tests {
    /// The declarations of the portal's and the API's states in `state.rs`.
    fn portal_and_api_states() -> &'static str {
        let all = include_str!("../state.rs");
        let from = all.find("pub struct PortalState").unwrap_or(0);
        let to = all[from..]
            .find("/// What the shared sign-in code")
            .map_or(all.len(), |n| from + n);
        &all[from..to]
    }

    /// The portal and the data API read releases only: none of their sources may name what
    /// holds reporter data or keys.
    #[test]
    fn portal_and_api_sources_reach_only_releases() {
        let sources = [
            ("portal/mod.rs", include_str!("mod.rs")),
            ("portal/charts.rs", include_str!("charts.rs")),
            ("published.rs", include_str!("../published.rs")),
            ("state.rs ApiState and PortalState", portal_and_api_states()),
            ("portal/enrol.rs", include_str!("enrol.rs")),
            ("portal/login.rs", include_str!("login.rs")),
            ("portal/methodology.rs", include_str!("methodology.rs")),
            ("portal/pages.rs", include_str!("pages.rs")),
            ("portal/releases.rs", include_str!("releases.rs")),
            ("portal/tokens.rs", include_str!("tokens.rs")),
            ("api/mod.rs", include_str!("../api/mod.rs")),
            ("api/auth.rs", include_str!("../api/auth.rs")),
        ];
        // Split so that this test's own text does not match.
        let forbidden = [
            ["storage::", "reports"],
            ["storage::", "stats"],
            ["storage::", "messages"],
            ["stats", "_records"],
            ["recipient", "_slots"],
            ["key", "store"],
            ["keys", "_dir"],
            ["key", "ring"],
            ["envelope::", "stats"],
            ["envelope::", "Envelope"],
            ["Key", "Pair"],
        ]
        .map(|p| p.concat());
        for (file, text) in sources {
            let code = text.split("#[cfg(test)]").next().unwrap_or(text);
            for f in &forbidden {
                assert!(!code.contains(f.as_str()), "{file} names `{f}`");
            }
        }
    }
}
