//! Everything the reporting company sees: the landing page, the report form (with and without
//! JavaScript), the receipt, and the follow-up conversation.
//!
//! Reporter routes set no cookie and log nothing about the request: no IP address, no user
//! agent, no time finer than the day stored with the report.

pub mod api;
pub mod authorship;
pub mod browser_upload;
pub mod budget;
pub mod commit;
pub mod deadlines;
pub mod followup;
pub mod followup_api;
pub mod followup_attach;
pub mod multipart;
pub mod pages;
pub mod pow;
pub mod report;
pub mod seal;
pub mod staging;
pub mod state;

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use budget::Budget;

pub use crate::state::IntakeSettings;
pub use state::IntakeState;

/// Global rate limits: they bound load and guessing without knowing who anyone is. Each path
/// has its own budget, and a request takes from it only once it has passed every check that
/// costs the server little (CSRF token, proof of work, form shape and fields), so a flood of
/// invalid requests never spends what valid reporters need. On PostgreSQL the budgets live in
/// the database and every replica shares them (`budget.rs`).
#[derive(Debug)]
pub struct Limiters {
    /// Browser-sealed submissions (`POST /api/v1/reports`), after the proof of work.
    pub submissions: Budget,
    /// Server-sealed submissions (`POST /report`), once the form is known to be valid.
    pub forms: Budget,
    /// Follow-up sign-ins and replies, after their CSRF token and the receipt's format.
    pub followups: Budget,
}

impl Limiters {
    pub fn new(settings: &IntakeSettings, db: &storage::Database) -> Arc<Self> {
        let second = Duration::from_secs(1);
        Arc::new(Limiters {
            submissions: Budget::new("intake", settings.submissions_per_sec, second, db),
            forms: Budget::new("form", settings.forms_per_sec, second, db),
            followups: Budget::new(
                "followup",
                settings.followups_per_min,
                Duration::from_secs(60),
                db,
            ),
        })
    }
}

/// The intake's JSON API (what a client that seals on its side uses) and each route's method:
/// every one is in the intake OpenAPI document (`openapi.json`, served at
/// `/api/v1/intake/openapi.json`); the end-to-end test `intake_openapi` checks both ways.
pub const JSON_ROUTES: &[(&str, &str)] = &[
    ("/keyring.json", "GET"),
    ("/keyring.sig", "GET"),
    ("/api/v1/intake", "GET"),
    ("/api/v1/intake/openapi.json", "GET"),
    ("/api/v1/pow", "GET"),
    ("/api/v1/reports", "POST"),
    ("/followup/conversation", "POST"),
    ("/followup/messages", "POST"),
];

/// The intake OpenAPI document (hand-written: the multipart and binary bodies are specified
/// by keys/FORMAT.md, which it references).
pub const OPENAPI: &str = include_str!("openapi.json");

async fn openapi_json() -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .content_type("application/json")
        .body(OPENAPI)
}

/// The reporter routes, with the intake's state.
pub fn routes(cfg: &mut web::ServiceConfig, state: web::Data<IntakeState>) {
    cfg.app_data(state)
        .route("/", web::get().to(report::landing))
        .route("/privacy", web::get().to(report::privacy))
        .route("/report", web::get().to(report::form))
        .route("/report", web::post().to(report::submit))
        .route("/receipt.txt", web::post().to(report::receipt_file))
        .route("/followup", web::get().to(followup::sign_in))
        .route("/followup", web::post().to(followup::open))
        .route("/followup/reply", web::post().to(followup::reply))
        .route(
            "/followup/conversation",
            web::post().to(followup_api::conversation),
        )
        .route(
            "/followup/messages",
            web::post().to(followup_api::post_message),
        )
        .route("/keyring.json", web::get().to(report::keyring_json))
        .route("/keyring.sig", web::get().to(report::keyring_sig))
        .route("/api/v1/intake", web::get().to(api::intake_info))
        .route("/api/v1/intake/openapi.json", web::get().to(openapi_json))
        .route("/api/v1/pow", web::get().to(api::pow_challenge))
        .route("/api/v1/reports", web::post().to(api::submit));
}
