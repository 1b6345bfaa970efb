//! Login machinery shared by the reviewer console and the member-state portal: Argon2id
//! password hashes, RFC 6238 TOTP with replay protection, back-off after repeated failures, and
//! server-side sessions behind a `__Host-` cookie with a per-session CSRF token.
//!
//! Everything here works for a [`PrincipalKind`]: a reviewer or a member-state user. Tokens
//! (enrolment, session) are 32 random bytes handed out once; only their BLAKE2b-256 hash is
//! stored. The token and clock helpers live in `storage::accounts` (the operator tools use
//! them without this crate) and are re-exported here.

pub mod account;
pub mod api_token;
pub mod browser;
pub mod enrol;
pub mod key_signin;
pub mod login;
pub mod logout;
pub mod password;
pub mod realm;
pub mod same_origin;
pub mod security_key;
pub mod security_key_pages;
pub mod session;
pub mod signin;
pub mod totp;

pub use storage::accounts::{new_token, now, token_hash, ENROLMENT_SECS};
pub use storage::PrincipalKind;

/// Minimum length of a login password, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Failed logins in a row before an account's back-off starts (`login::backoff_secs`).
pub const FREE_FAILURES: i32 = 5;
/// The longest back-off: one checked attempt per this many seconds, for browsers that are not
/// the owner's.
pub const MAX_BACKOFF_SECS: i64 = 15 * 60;

/// Session lifetimes: `SESSION_IDLE_SECS` (default 30 min) and `SESSION_ABSOLUTE_SECS`
/// (default 12 h), from the configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthSettings {
    pub idle_secs: i64,
    pub absolute_secs: i64,
}

impl Default for AuthSettings {
    fn default() -> Self {
        AuthSettings {
            idle_secs: 30 * 60,
            absolute_secs: 12 * 60 * 60,
        }
    }
}

/// Constant-time equality (lengths are not secret).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    envelope::constant_time_eq(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_equality() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"ab"));
    }
}
