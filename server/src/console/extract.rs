//! The console's extractors: [`SignedIn`] (a reviewer's live session, or the redirect to the
//! login page) and [`ReportAccess`] (that reviewer, active, and the report of the path's `{id}`
//! addressed to their body; a report of the other body is "not found", exactly like a report
//! that does not exist). Combined with [`crate::extract::Checked`] for the CSRF-checked POSTs.

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use storage::accounts::{self, Lookup, Reviewer, ReviewerProfile};
use storage::reports::{self, Report};
use storage::Body;

use super::login::require_session;
use super::{csrf_refused, see_other, ConsoleState};
use crate::auth::{session, AuthSettings};
use crate::extract::{refusal, state, Extracting, SessionBound};
use crate::web::error::Kind;
use crate::web::{translator, WebError};

/// Whether a report is addressed to a body.
pub fn addressed_to(r: &Report, body: Body) -> bool {
    match body {
        Body::Euipo => r.to_euipo,
        Body::Ec3 => r.to_ec3,
    }
}

/// A reviewer's live session. The account is not looked up: handlers that need it do.
pub struct SignedIn(pub session::Session);

async fn signed_in(req: &HttpRequest) -> Result<session::Session, actix_web::Error> {
    let st = state::<ConsoleState>(req)?;
    let settings = state::<AuthSettings>(req)?;
    match require_session(req, &st, **settings).await? {
        Ok(s) => Ok(s),
        Err(redirect) => Err(refusal(redirect)),
    }
}

fn console_csrf_refused(req: &HttpRequest) -> actix_web::Error {
    let answer = state::<ConsoleState>(req).and_then(|st| csrf_refused(req, &st));
    match answer {
        Ok(page) => refusal(page),
        Err(e) => e.into(),
    }
}

impl FromRequest for SignedIn {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(SignedIn(signed_in(&req).await?)) })
    }
}

impl SessionBound for SignedIn {
    fn session(&self) -> &session::Session {
        &self.0
    }
    fn csrf_refused(req: &HttpRequest) -> actix_web::Error {
        console_csrf_refused(req)
    }
}

/// The session's reviewer and the report of the route's `{id}`, addressed to their body.
pub struct ReportAccess {
    pub session: session::Session,
    pub reviewer: Box<Reviewer>,
    pub report: Box<Report>,
}

async fn report_access(req: &HttpRequest) -> Result<ReportAccess, actix_web::Error> {
    let s = signed_in(req).await?;
    let st = state::<ConsoleState>(req)?;
    let t = translator(req);
    let report_id = req.match_info().get("id").unwrap_or_default().to_string();
    if report_id.len() != 32 || !report_id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebError::new(Kind::NotFound).in_lang(&t).into());
    }
    let id = s.principal_id;
    let found = crate::blocking::db(&st.db, move |conn| {
        let Some(r) = accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(id))?
            .filter(|r| r.credentials.active)
        else {
            return Ok(None);
        };
        let report =
            reports::find_report(conn, &report_id)?.filter(|x| addressed_to(x, r.profile.body));
        Ok(Some((r, report)))
    })
    .await?;
    match found {
        None => {
            // The account was removed or deactivated: its sessions end.
            session::end_all(&st.db, s.kind, id).await?;
            Err(refusal(see_other("/console/login")))
        }
        Some((_, None)) => Err(WebError::new(Kind::NotFound).in_lang(&t).into()),
        Some((reviewer, Some(report))) => Ok(ReportAccess {
            session: s,
            reviewer: Box::new(reviewer),
            report: Box::new(report),
        }),
    }
}

impl FromRequest for ReportAccess {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { report_access(&req).await })
    }
}

impl SessionBound for ReportAccess {
    fn session(&self) -> &session::Session {
        &self.session
    }
    fn csrf_refused(req: &HttpRequest) -> actix_web::Error {
        console_csrf_refused(req)
    }
}
