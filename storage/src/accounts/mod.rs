//! Accounts and sessions: reviewers, member-state users, their API tokens, and login sessions.
//!
//! Basic insert / find / update functions; login policy (lockout thresholds, TOTP windows,
//! session lifetimes) lives above this crate. Secrets are stored only as hashes (passwords,
//! enrolment tokens, API tokens, session tokens) or wrapped (the reviewer's private key).
//!
//! The two kinds of account that log in share one machinery: one [`Account`] shape with shared
//! [`Credentials`] and a per-kind [`Profile`], and one set of functions ([`insert_account`],
//! [`find_account`], [`update_account`], ...) over both tables. Also here, so that the operator
//! tools need no web server: fresh tokens and their stored hashes, the clock, the enrolment
//! link's lifetime and a reviewer's keyring entry id.

mod key_audit;
mod principals;
mod security_keys;
mod sessions;
mod tokens;
mod types;

pub use envelope::token::{new_token, token_hash};
pub use key_audit::{
    enrol_reviewer_key, enrolled_fingerprint, enrolled_signing_fingerprint, SigningKeyUpload,
    KEY_ENROLLED,
};
pub use principals::{
    advance_totp_step, claim_login_attempt, find_account, find_any_account,
    increment_failed_logins, insert_account, list_accounts, set_reviewer_key,
    set_reviewer_signing_key, update_account,
};
pub use security_keys::{
    delete_security_key, insert_ceremony, insert_security_key, record_security_key_use,
    security_keys_of, set_totp_allowed, take_ceremony, totp_allowed, Ceremony, SecurityKey,
};
pub use sessions::{
    delete_session, delete_sessions_for_principal, find_session, insert_session,
    purge_expired_sessions, touch_session, NewSession, Session,
};
pub use tokens::{
    count_api_tokens_for_user, find_api_token_by_hash, insert_api_token, list_api_tokens_for_user,
    list_api_tokens_for_user_page, revoke_api_token, touch_api_token, ApiToken, NewApiToken,
};
pub use types::{
    Account, AccountUpdate, AnyProfile, Credentials, Lookup, MemberStateProfile, MemberStateUser,
    NewAccount, NewMemberStateUser, NewReviewer, Profile, Reviewer, ReviewerProfile,
};

use crate::error::StorageError;
use crate::types::Body;

/// How long an enrolment link stays valid.
pub const ENROLMENT_SECS: i64 = 72 * 60 * 60;

/// Unix seconds now, from the system clock (0 for a clock before 1970).
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The id of a reviewer's entry in the keyring (and the label of the wrapped key), e.g.
/// `euipo-enrolled-7`; distinct from the `euipo-reviewer-1` entries `tsr-admin keys init` makes.
pub fn keyring_entry_id(body: Body, reviewer_id: i64) -> String {
    format!(
        "{}-enrolled-{}",
        body.as_str().to_ascii_lowercase(),
        reviewer_id
    )
}

fn no_changes(e: diesel::result::Error) -> StorageError {
    match e {
        diesel::result::Error::QueryBuilderError(_) => {
            StorageError::Invalid("update with no changes".into())
        }
        e => e.into(),
    }
}

fn one_row(n: usize, what: &'static str) -> Result<(), StorageError> {
    if n == 0 {
        Err(StorageError::NotFound(what))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyring_entry_ids() {
        assert_eq!(keyring_entry_id(Body::Euipo, 7), "euipo-enrolled-7");
        assert_eq!(keyring_entry_id(Body::Ec3, 12), "ec3-enrolled-12");
    }

    #[test]
    fn the_clock_is_after_2020() {
        assert!(now() > 1_577_836_800);
    }
}
