//! The reviewer console (`/console/`): enrolment (password, TOTP and a key pair made in the
//! browser), login, sessions, the inbox of the reviewer's body, reading reports and the
//! conversation with the reporter. The server never decrypts anything for the console: it
//! serves ciphertext and `static/js/console.js` opens it with the reviewer's key.
//!
//! Every console action is appended to the audit log with ids only. Responses carry the
//! application's security headers, including `Cache-Control: no-store`.

pub mod assign;
pub mod casefile;
pub mod classify;
pub mod correlation;
pub use storage::deadlines;
pub mod enrol;
pub mod export;
pub mod extract;
pub mod figures;
pub mod grants;
pub mod inbox;
pub mod login;
pub mod messages;
pub mod notifications;
pub mod pages;
pub mod referral;
pub mod report;
pub mod status;
pub mod tags;
pub mod triage;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::ReviewerProfile;

use crate::auth;
pub use crate::state::ConsoleState;
use crate::web::WebError;
pub use extract::{ReportAccess, SignedIn};

/// The console's routes, with its state. The session settings (`web::Data<AuthSettings>`) are
/// registered once for the console and the portal by the router.
pub fn routes(cfg: &mut web::ServiceConfig, state: web::Data<ConsoleState>) {
    cfg.app_data(state)
        .configure(auth::realm::routes::<ReviewerProfile>)
        .route("/console", web::get().to(to_inbox))
        .route("/console/", web::get().to(inbox::inbox))
        .route("/console/inbox/data", web::get().to(triage::data))
        .route("/console/figures", web::get().to(figures::page))
        .route("/console/figures.csv", web::get().to(figures::csv_file))
        .route("/console/notifications", web::get().to(notifications::page))
        .route(
            "/console/notifications",
            web::post().to(notifications::post),
        )
        .route("/console/logout", web::post().to(login::logout))
        .route("/console/reports/{id}", web::get().to(report::page))
        .route("/console/reports/{id}/data", web::get().to(report::data))
        .route(
            "/console/reports/{id}/attachments/{aid}",
            web::get().to(report::attachment),
        )
        .service(
            web::resource("/console/reports/{id}/messages")
                .app_data(web::PayloadConfig::new(messages::MAX_MESSAGE_ENVELOPE + 1))
                .route(web::post().to(messages::post)),
        )
        .service(
            web::resource("/console/reports/{id}/classification")
                .app_data(web::PayloadConfig::new(classify::MAX_SEALED_RECORD + 1))
                .route(web::post().to(classify::post)),
        )
        .route("/console/correlation-key", web::get().to(correlation::key))
        .service(
            web::resource("/console/reports/{id}/correlation")
                .app_data(web::PayloadConfig::new(correlation::MAX_UPLOAD_BYTES))
                .route(web::post().to(correlation::upload)),
        )
        .route(
            "/console/reports/{id}/related",
            web::get().to(correlation::related),
        )
        .route("/console/reports/{id}/grants", web::post().to(grants::post))
        .route(
            "/console/reports/{id}/assignment",
            web::post().to(assign::post),
        )
        .route("/console/reports/{id}/tags", web::post().to(tags::post))
        .service(
            web::resource("/console/reports/{id}/referral")
                .app_data(web::PayloadConfig::new(referral::MAX_REFERRAL_BYTES))
                .route(web::post().to(referral::post)),
        )
        .route(
            "/console/reports/{id}/exports",
            web::post().to(export::post),
        )
        .route(
            "/console/reports/{id}/casefile",
            web::post().to(casefile::post),
        )
        .route(
            "/console/reports/{id}/status",
            web::post().to(status::change),
        )
        .route(
            "/console/logout-everywhere",
            web::post().to(login::logout_everywhere),
        );
}

async fn to_inbox() -> HttpResponse {
    see_other("/console/")
}

pub use crate::web::see_other;

/// A page with a heading and a message (refusals that are not form errors).
pub fn message(
    req: &HttpRequest,
    state: &ConsoleState,
    status: StatusCode,
    heading_id: &str,
    message: String,
) -> Result<HttpResponse, WebError> {
    auth::realm::message::<ReviewerProfile>(req, state, status, heading_id, message)
}

/// The answer to a console POST whose CSRF token is missing or wrong.
pub fn csrf_refused(req: &HttpRequest, state: &ConsoleState) -> Result<HttpResponse, WebError> {
    auth::realm::csrf_refused::<ReviewerProfile>(req, state)
}

/// The console's realm: its audit events (`REALM.event`, `REALM.audit`) and sign-in facts.
pub use crate::auth::signin::CONSOLE as REALM;
