//! The operator's commands behind `tsr-admin`: the key ceremony's development keyring and its
//! check, re-signing the keyring with enrolled reviewers' keys, accounts with enrolment links,
//! the audit log, retention, backup and restore, and the check of release archives.
//!
//! These run on operator hosts (the keyring signing key is used here, never in the web
//! server); the web server links none of this code. Errors are `thiserror` types per command;
//! `main` prints them and exits non-zero.

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod cli;
pub mod config;
pub mod keyring;
pub mod keys;
pub mod retention;
pub mod verify;

/// Unix seconds now.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A fresh random token (32 bytes, base64url) and the hash to store for it (BLAKE2b-256 of its
/// text, as the web server checks it).
pub fn new_token() -> (String, Vec<u8>) {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let mut raw = zeroize::Zeroizing::new([0u8; 32]);
    envelope::fill_random(&mut *raw);
    let token = URL_SAFE_NO_PAD.encode(*raw);
    let hash = envelope::token::blake2b_256(token.as_bytes()).to_vec();
    (token, hash)
}
