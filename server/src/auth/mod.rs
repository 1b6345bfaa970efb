//! Login machinery shared by the reviewer console and the member-state portal: Argon2id
//! password hashes, RFC 6238 TOTP with replay protection, lock-out after repeated failures, and
//! server-side sessions behind a `__Host-` cookie with a per-session CSRF token.
//!
//! Everything here works for a [`PrincipalKind`]: a reviewer or a member-state user. Tokens
//! (enrolment, session) are 32 random bytes handed out once; only their BLAKE2b-256 hash is
//! stored.

pub mod account;
pub mod api_token;
pub mod login;
pub mod password;
pub mod session;
pub mod signin;
pub mod totp;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

pub use storage::PrincipalKind;

/// Minimum length of a login password, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Failed logins in a row that lock an account.
pub const MAX_FAILED_LOGINS: i32 = 5;
/// How long a locked account stays locked.
pub const LOCK_SECS: i64 = 15 * 60;
/// How long an enrolment link stays valid.
pub const ENROLMENT_SECS: i64 = 72 * 60 * 60;

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

/// Unix seconds now.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A fresh random token (32 bytes, base64url) and the hash to store for it.
pub fn new_token() -> (String, Vec<u8>) {
    let mut raw = [0u8; 32];
    envelope::fill_random(&mut raw);
    let token = URL_SAFE_NO_PAD.encode(raw);
    zeroize::Zeroize::zeroize(&mut raw);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored form of a token: BLAKE2b-256 of its text.
pub fn token_hash(token: &str) -> Vec<u8> {
    envelope::token::blake2b_256(token.as_bytes()).to_vec()
}

/// Constant-time equality (lengths are not secret).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    envelope::constant_time_eq(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, ha) = new_token();
        let (b, hb) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(ha, token_hash(&a));
        assert_ne!(ha, hb);
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"ab"));
    }
}
