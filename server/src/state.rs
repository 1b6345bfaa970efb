//! What each area's handlers are given, and nothing more: [`ConsoleState`] for the reviewer
//! console, [`PortalState`] for the member-state portal, [`ApiState`] for the data API (the
//! intake's state lives with the intake, `intake::state`, as it holds the intake's own
//! machinery). Each area registers its state with `app_data` in its `routes`, and its handlers
//! extract `web::Data<ConsoleState>` and so on.
//!
//! The portal and the API never touch reporter data or keys: their states hold no keyring and
//! no key directory. Only the console gets the keyring (to check the recipients of what a
//! reviewer's browser sealed).
//!
//! Also here: the intake settings and upload limits that the configuration is built from.
//! A low-level module: it imports nothing of the areas or of the router.

use std::sync::Arc;

use crate::auth::security_key::SecurityKeys;
use crate::web::csrf::Csrf;

/// Limits on what one reporter form may carry.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_files: usize,
    /// Per text field; generous for a 20,000-character narrative in any script.
    pub max_text_bytes: usize,
    pub max_text_fields: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 100 * 1024 * 1024,
            max_files: 10,
            max_text_bytes: 256 * 1024,
            max_text_fields: 64,
        }
    }
}

/// Intake settings (from the configuration).
#[derive(Debug, Clone, Copy)]
pub struct IntakeSettings {
    pub limits: Limits,
    /// Browser-sealed submissions accepted per second, across all reporters (JSON path).
    pub submissions_per_sec: u32,
    /// Valid server-sealed submissions accepted per second (no-JavaScript path).
    pub forms_per_sec: u32,
    /// Seconds after it was served before a no-JavaScript form is accepted.
    pub form_min_age_secs: u32,
    /// Follow-up sign-in attempts per minute, across all reporters (no IP addresses needed).
    pub followups_per_min: u32,
}

impl Default for IntakeSettings {
    fn default() -> Self {
        IntakeSettings {
            limits: Limits::default(),
            submissions_per_sec: 50,
            forms_per_sec: 10,
            form_min_age_secs: 3,
            followups_per_min: 120,
        }
    }
}

/// The reviewer console's state.
#[derive(Debug, Clone)]
pub struct ConsoleState {
    pub db: storage::Database,
    /// The keyring the server started with: what a reviewer's browser may seal to.
    pub keyring: Arc<envelope::Keyring>,
    pub csrf: Csrf,
    /// Shown in the page chrome.
    pub signer_fingerprint: String,
    /// Reviewers' security keys (WebAuthn).
    pub security_keys: Arc<SecurityKeys>,
}

/// The member-state portal's state: release data and accounts only, no keys.
#[derive(Debug, Clone)]
pub struct PortalState {
    pub db: storage::Database,
    pub csrf: Csrf,
    /// Shown in the page chrome.
    pub signer_fingerprint: String,
    /// Member-state users' security keys (WebAuthn).
    pub security_keys: Arc<SecurityKeys>,
}

/// The data API's state: the database (releases and API tokens), nothing else.
#[derive(Debug, Clone)]
pub struct ApiState {
    pub db: storage::Database,
}

/// What the shared sign-in code (`auth::signin`) needs of an area's state.
pub trait SignInSite {
    fn db(&self) -> &storage::Database;
    fn signer_fingerprint(&self) -> &str;
    fn csrf(&self) -> &Csrf;
    /// The WebAuthn relying party (security keys), from `BASE_URL`.
    fn security_keys(&self) -> &Arc<SecurityKeys>;
}

/// Both areas that sign people in hold the same three fields under the same names.
macro_rules! sign_in_site {
    ($($state:ty),+) => {$(
        impl SignInSite for $state {
            fn db(&self) -> &storage::Database {
                &self.db
            }
            fn signer_fingerprint(&self) -> &str {
                &self.signer_fingerprint
            }
            fn csrf(&self) -> &Csrf {
                &self.csrf
            }
            fn security_keys(&self) -> &Arc<SecurityKeys> {
                &self.security_keys
            }
        }
    )+};
}

sign_in_site!(ConsoleState, PortalState);

impl<T: SignInSite + ?Sized> SignInSite for actix_web::web::Data<T> {
    fn db(&self) -> &storage::Database {
        (**self).db()
    }
    fn signer_fingerprint(&self) -> &str {
        (**self).signer_fingerprint()
    }
    fn csrf(&self) -> &Csrf {
        (**self).csrf()
    }
    fn security_keys(&self) -> &Arc<SecurityKeys> {
        (**self).security_keys()
    }
}

impl IntakeSettings {
    pub fn from_config(c: &crate::config::IntakeConfig) -> Self {
        IntakeSettings {
            limits: Limits {
                max_file_bytes: c.max_file_bytes,
                max_files: c.max_files,
                ..Limits::default()
            },
            submissions_per_sec: c.submissions_per_sec,
            forms_per_sec: c.forms_per_sec,
            form_min_age_secs: c.form_min_age_secs,
            followups_per_min: c.followups_per_min,
        }
    }
}
