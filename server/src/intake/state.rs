//! The intake's state: what the reporter routes need to seal, check and store a report, and
//! nothing of the console or the portal.

use std::sync::Arc;

use super::commit::Committer;
use super::pow::Pow;
use super::staging::{UploadBudget, UploadSink};
use super::{IntakeSettings, Limiters};
use crate::web::csrf::Csrf;

/// Shared, read-only state of the reporter routes.
#[derive(Debug, Clone)]
pub struct IntakeState {
    pub db: storage::Database,
    /// The keyring reports are sealed to (server-sealed path) and checked against.
    pub keyring: Arc<envelope::Keyring>,
    /// The keyring files as verified at start; browsers get exactly these bytes.
    pub signed_keyring: Arc<envelope::SignedKeyring>,
    /// Shown in the page chrome.
    pub signer_fingerprint: String,
    pub csrf: Csrf,
    pub intake: IntakeSettings,
    pub limiters: Arc<Limiters>,
    pub pow: Pow,
    /// Stores new reports from both intake paths, many per commit under load.
    pub committer: Committer,
    /// The global budget of upload memory (`UPLOAD_BUFFER_MB`).
    pub upload_budget: UploadBudget,
}

impl IntakeState {
    /// Where forms' files are staged while they are read.
    pub fn upload_sink(&self) -> UploadSink {
        UploadSink {
            db: self.db.clone(),
            budget: self.upload_budget.clone(),
        }
    }
}
