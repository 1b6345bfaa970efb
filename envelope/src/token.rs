//! Keyed tags for short-lived tokens the server hands out and checks later (CSRF tokens on
//! reporter forms, which carry no cookie): HMAC-SHA-512-256 (`crypto_auth`) over length-prefixed
//! parts, so `("ab","c")` and `("a","bc")` never share a tag. Also bearer tokens handed out once
//! (enrolment links, sessions, API tokens) and the hash stored for them, so that the web server
//! and the operator tools make them the same way.

use libsodium_rs::crypto_auth;

use crate::keys::SymmetricKey;

pub const TAG_BYTES: usize = crypto_auth::BYTES;

fn message(parts: &[&[u8]]) -> Vec<u8> {
    let mut m = Vec::new();
    for p in parts {
        m.extend_from_slice(&(p.len() as u64).to_be_bytes());
        m.extend_from_slice(p);
    }
    m
}

pub fn tag(key: &SymmetricKey, parts: &[&[u8]]) -> [u8; TAG_BYTES] {
    let mut out = [0u8; TAG_BYTES];
    if let Ok(k) = crypto_auth::Key::from_slice(key.expose()) {
        if let Ok(t) = crypto_auth::auth(&message(parts), &k) {
            out.copy_from_slice(t.as_bytes());
        }
    }
    out
}

/// Unkeyed BLAKE2b-256 (`crypto_generichash`), for proofs of work: the browser computes the
/// same with libsodium.js.
pub fn blake2b_256(data: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    // generichash fails only on invalid lengths, and these are constants within range.
    if let Ok(h) = libsodium_rs::crypto_generichash::generichash(data, None, 32) {
        out.copy_from_slice(&h);
    }
    out
}

/// A fresh random bearer token (32 bytes, base64url without padding) and the hash to store
/// for it ([`token_hash`]).
pub fn new_token() -> (String, Vec<u8>) {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let mut raw = [0u8; 32];
    crate::fill_random(&mut raw);
    let token = URL_SAFE_NO_PAD.encode(raw);
    zeroize::Zeroize::zeroize(&mut raw);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored form of a bearer token: BLAKE2b-256 of its text.
pub fn token_hash(token: &str) -> Vec<u8> {
    blake2b_256(token.as_bytes()).to_vec()
}

/// Constant-time check of a tag.
pub fn verify(key: &SymmetricKey, parts: &[&[u8]], tag_bytes: &[u8]) -> bool {
    let expected = tag(key, parts);
    tag_bytes.len() == TAG_BYTES && libsodium_rs::utils::memcmp(&expected, tag_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blake2b_matches_rfc_7693() {
        // BLAKE2b-256("abc"), from the BLAKE2 reference test vectors.
        assert_eq!(
            crate::hex(&blake2b_256(b"abc")),
            "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"
        );
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, ha) = new_token();
        let (b, hb) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(ha, token_hash(&a));
        assert_ne!(ha, hb);
    }

    #[test]
    fn tags_verify_and_bind_every_part() {
        let k = SymmetricKey::generate();
        let t = tag(&k, &[b"csrf", b"report", b"123"]);
        assert!(verify(&k, &[b"csrf", b"report", b"123"], &t));
        assert!(!verify(&k, &[b"csrf", b"report", b"124"], &t));
        assert!(!verify(&k, &[b"csrf", b"reportx", b"123"], &t));
        assert!(!verify(&k, &[b"csrfr", b"eport", b"123"], &t));
        assert!(!verify(
            &SymmetricKey::generate(),
            &[b"csrf", b"report", b"123"],
            &t
        ));
        assert!(!verify(&k, &[b"csrf", b"report", b"123"], &t[..31]));
    }
}
