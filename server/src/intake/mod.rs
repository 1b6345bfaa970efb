//! Everything the reporting company sees: the landing page, the report form (with and without
//! JavaScript), the receipt, and the follow-up conversation.
//!
//! Reporter routes set no cookie and log nothing about the request: no IP address, no user
//! agent, no time finer than the day stored with the report.

pub mod api;
pub mod commit;
pub mod followup;
pub mod multipart;
pub mod pages;
pub mod pow;
pub mod report;
pub mod seal;

use std::num::NonZeroU32;
use std::sync::Arc;

use actix_web::web;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

/// Intake settings (from the configuration, see `config.rs`).
#[derive(Debug, Clone, Copy)]
pub struct IntakeSettings {
    pub limits: multipart::Limits,
    /// Server-sealed submissions accepted per second, across all reporters.
    pub submissions_per_sec: u32,
    /// Follow-up sign-in attempts per minute, across all reporters (no IP addresses needed).
    pub followups_per_min: u32,
}

impl Default for IntakeSettings {
    fn default() -> Self {
        IntakeSettings {
            limits: multipart::Limits::default(),
            submissions_per_sec: 50,
            followups_per_min: 120,
        }
    }
}

impl IntakeSettings {
    pub fn from_config(c: &crate::config::IntakeConfig) -> Self {
        IntakeSettings {
            limits: multipart::Limits {
                max_file_bytes: c.max_file_bytes,
                max_files: c.max_files,
                ..multipart::Limits::default()
            },
            submissions_per_sec: c.submissions_per_sec,
            followups_per_min: c.followups_per_min,
        }
    }
}

/// Global rate limits: they bound load and guessing without knowing who anyone is.
#[derive(Debug)]
pub struct Limiters {
    pub submissions: DefaultDirectRateLimiter,
    pub followups: DefaultDirectRateLimiter,
}

impl Limiters {
    pub fn new(settings: &IntakeSettings) -> Arc<Self> {
        let per_sec = NonZeroU32::new(settings.submissions_per_sec).unwrap_or(NonZeroU32::MIN);
        let per_min = NonZeroU32::new(settings.followups_per_min).unwrap_or(NonZeroU32::MIN);
        Arc::new(Limiters {
            submissions: RateLimiter::direct(Quota::per_second(per_sec)),
            followups: RateLimiter::direct(Quota::per_minute(per_min)),
        })
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(report::landing))
        .route("/privacy", web::get().to(report::privacy))
        .route("/report", web::get().to(report::form))
        .route("/report", web::post().to(report::submit))
        .route("/receipt.txt", web::post().to(report::receipt_file))
        .route("/followup", web::get().to(followup::sign_in))
        .route("/followup", web::post().to(followup::open))
        .route("/followup/reply", web::post().to(followup::reply))
        .route("/keyring.json", web::get().to(report::keyring_json))
        .route("/keyring.sig", web::get().to(report::keyring_sig))
        .route("/api/v1/intake", web::get().to(api::intake_info))
        .route("/api/v1/pow", web::get().to(api::pow_challenge))
        .route("/api/v1/reports", web::post().to(api::submit));
}
