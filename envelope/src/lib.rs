//! Envelope v2: every byte format of the reporting channel, on libsodium (v1 objects still open).
//!
//! - [`sealed`]: reports, messages and notes — one XChaCha20-Poly1305 ciphertext, the data key
//!   sealed to each recipient and committed to in the header; opened only as the kind and id
//!   asked for;
//! - [`attachment`]: files as secretstream chunks, padded to a size bucket;
//! - [`stats`]: statistics records sealed to the anonymizer;
//! - [`receipt`]: reporter receipts and the key pair derived from them;
//! - [`wrap`]: private keys wrapped under a passphrase;
//! - [`keyring`]: the signed list of recipient keys;
//! - [`correlation`]: keyed hashes of indicators, matched blind by the server.
//!
//! The byte-level specification is `keys/FORMAT.md`; someone holding only libsodium and that
//! page can open an envelope. Error policy: every failure is an [`EnvelopeError`] variant that
//! names its kind (tampered, wrong key, truncated, bad signature...) and never carries key
//! material or plaintext. Secret types zeroize on drop and print as `<redacted>`.

pub mod attachment;
mod codec;
pub mod correlation;
pub mod error;
pub mod keyring;
pub mod keys;
pub mod padding;
pub mod receipt;
pub mod sealed;
pub mod signature;
pub mod stats;
pub mod token;
pub mod wrap;

pub use codec::{b64, unb64};
pub use error::{EnvelopeError, Result};
pub use keyring::{Body, Keyring, SignedKeyring};
pub use keys::{
    fingerprint, KeyPair, PublicKey, SecretKey, SigningKey, SigningPublicKey, SymmetricKey,
};
pub use receipt::Receipt;
pub use sealed::{Envelope, Kind};
pub use wrap::{KdfLimits, WrappedKey};

/// A fresh random 16-byte object id.
pub fn random_id() -> [u8; 16] {
    let mut id = [0u8; 16];
    libsodium_rs::random::fill_bytes(&mut id);
    id
}

/// Fills `buf` from libsodium's CSPRNG (for tokens, salts and TOTP secrets elsewhere, so that
/// randomness, like all cryptography, comes from this crate).
pub fn fill_random(buf: &mut [u8]) {
    libsodium_rs::random::fill_bytes(buf);
}

/// Constant-time equality of two byte strings (their lengths are not secret).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && libsodium_rs::utils::memcmp(a, b)
}

/// Lowercase hex, for ids in URLs and database keys.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}
