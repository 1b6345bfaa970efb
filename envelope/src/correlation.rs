//! Blind correlation of indicators (keys/FORMAT.md, "Correlation"): each body holds a random
//! 32-byte correlation key; reviewers' browsers upload keyed BLAKE2b hashes of a report's
//! canonical indicators and organisation identifier, and the server matches equal hashes
//! without being able to test a guessed value (it lacks the key).
//!
//! - key id: `crypto_generichash(32, "tsr-correlation-id/1", key)`, Base64 in the keyring's
//!   optional `correlation` member of the body — a commitment that reveals nothing of the key;
//! - indicator hash: `crypto_generichash(32, "tsr-correlation/1" ‖ 0x00 ‖ kind ‖ 0x00 ‖ value,
//!   key)`, lower-case hex;
//! - the key travels to reviewers sealed (`crypto_box_seal`) to their keyring keys, in the
//!   `tsr-correlation-keys/1` file that `tsr-admin keys wrap-correlation` writes.

use std::collections::BTreeMap;
use std::fmt;

use libsodium_rs::{crypto_box, crypto_generichash};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::codec;
use crate::error::{malformed, EnvelopeError, Result};
use crate::keyring::Body;
use crate::keys::{KeyPair, PublicKey};

/// The message whose keyed hash is a correlation key's id.
pub const ID_MESSAGE: &[u8] = b"tsr-correlation-id/1";
/// The prefix of every hashed indicator.
pub const HASH_CONTEXT: &[u8] = b"tsr-correlation/1";
/// The format of the file of sealed copies (`keys wrap-correlation`).
pub const KEYS_FORMAT: &str = "tsr-correlation-keys/1";
/// The indicator kinds: the report JSON's `indicators` keys and the organisation identifier.
/// Free observations are never hashed.
pub const KINDS: [&str; 7] = [
    "ip",
    "domain",
    "url",
    "email",
    "hash",
    "file_name",
    "organisation",
];
/// The most hashes one upload may hold (600 indicators and the organisation identifier).
pub const MAX_HASHES: usize = 601;
/// Length of a sealed copy: the key and `crypto_box_seal`'s overhead.
pub const SEALED_BYTES: usize = 32 + crypto_box::SEALBYTES;

/// A body's correlation key. Zeroized on drop; `Debug` shows its id only.
#[derive(Clone, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct CorrelationKey([u8; 32]);

impl CorrelationKey {
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        libsodium_rs::random::fill_bytes(&mut k);
        CorrelationKey(k)
    }

    pub fn from_slice(bytes: &[u8]) -> Result<Self> {
        let arr: [u8; 32] = bytes.try_into().map_err(|_| EnvelopeError::Encoding {
            what: "correlation key",
        })?;
        Ok(CorrelationKey(arr))
    }

    /// The raw bytes, for wrapping and sealing. Never logged nor stored unwrapped.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key's id: `crypto_generichash(32, "tsr-correlation-id/1", key)`.
    pub fn id(&self) -> Result<[u8; 32]> {
        let d = crypto_generichash::generichash(ID_MESSAGE, Some(&self.0), 32)?;
        d.try_into().map_err(|_| EnvelopeError::Library)
    }

    /// The id in Base64, as the keyring and the files write it.
    pub fn id_b64(&self) -> Result<String> {
        Ok(codec::b64(&self.id()?))
    }

    /// The hash of one canonical indicator of `kind` (one of [`KINDS`]), lower-case hex.
    pub fn indicator_hash(&self, kind: &str, canonical_value: &str) -> Result<String> {
        if !KINDS.contains(&kind) {
            return Err(malformed("correlation", "unknown indicator kind"));
        }
        let mut msg = Zeroizing::new(Vec::with_capacity(
            HASH_CONTEXT.len() + kind.len() + canonical_value.len() + 2,
        ));
        msg.extend_from_slice(HASH_CONTEXT);
        msg.push(0);
        msg.extend_from_slice(kind.as_bytes());
        msg.push(0);
        msg.extend_from_slice(canonical_value.as_bytes());
        let d = crypto_generichash::generichash(&msg, Some(&self.0), 32)?;
        Ok(crate::hex(&d))
    }

    /// The key sealed (`crypto_box_seal`) to a reviewer's or recovery key.
    pub fn seal_to(&self, to: &PublicKey) -> Result<Vec<u8>> {
        Ok(crypto_box::seal_box(&self.0, &to.sodium())?)
    }

    /// Opens a sealed copy with the recipient's key pair.
    pub fn open_sealed(sealed: &[u8], with: &KeyPair) -> Result<Self> {
        if sealed.len() != SEALED_BYTES {
            return Err(malformed("correlation key", "invalid length"));
        }
        let plain = Zeroizing::new(
            crypto_box::open_sealed_box(sealed, &with.public.sodium(), &with.secret.sodium())
                .map_err(|_| EnvelopeError::WrongKey)?,
        );
        Self::from_slice(&plain)
    }
}

impl fmt::Debug for CorrelationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CorrelationKey(<redacted>)")
    }
}

/// Whether `hash` has the form of an indicator hash (64 lower-case hex digits).
pub fn is_hash(hash: &str) -> bool {
    hash.len() == 64
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The `tsr-correlation-keys/1` file: a body's correlation key sealed to each of its keyring
/// keys (reviewer entries and the recovery key), by entry id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedCorrelationKeys {
    pub format: String,
    pub body: Body,
    /// The key's id (Base64), equal to the keyring's `correlation` for the body.
    pub id: String,
    /// The serial of the keyring the copies were made for.
    pub serial: u64,
    /// Entry id -> Base64 of the sealed key.
    pub sealed: BTreeMap<String, String>,
}

impl SealedCorrelationKeys {
    /// Parses and checks the file's form (format, id and copy lengths).
    pub fn from_json(text: &str) -> Result<Self> {
        let f: Self = serde_json::from_str(text).map_err(|_| EnvelopeError::Json {
            what: "correlation keys",
        })?;
        if f.format != KEYS_FORMAT {
            return Err(malformed("correlation keys", "unknown format"));
        }
        codec::unb64_array::<32>(&f.id, "correlation key id")?;
        for sealed in f.sealed.values() {
            if codec::unb64(sealed, "sealed correlation key")?.len() != SEALED_BYTES {
                return Err(malformed("correlation keys", "invalid sealed copy"));
            }
        }
        Ok(f)
    }

    pub fn to_json(&self) -> Result<String> {
        let mut s = serde_json::to_string_pretty(self).map_err(|_| EnvelopeError::Json {
            what: "correlation keys",
        })?;
        s.push('\n');
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_and_hashes_are_keyed_and_domain_separated() {
        let a = CorrelationKey::from_slice(&[1; 32]).unwrap();
        let b = CorrelationKey::from_slice(&[2; 32]).unwrap();
        assert_ne!(a.id().unwrap(), b.id().unwrap());
        let h = a.indicator_hash("ip", "192.0.2.1").unwrap();
        assert!(is_hash(&h));
        assert_eq!(h, a.indicator_hash("ip", "192.0.2.1").unwrap());
        assert_ne!(h, b.indicator_hash("ip", "192.0.2.1").unwrap());
        // The kind is part of the hash: a domain is not a file name of the same spelling.
        assert_ne!(
            a.indicator_hash("domain", "x.example").unwrap(),
            a.indicator_hash("file_name", "x.example").unwrap()
        );
        assert!(a.indicator_hash("observations", "x").is_err());
    }

    #[test]
    fn sealed_copies_open_with_the_recipient_only() {
        let key = CorrelationKey::generate();
        let me = KeyPair::generate();
        let other = KeyPair::generate();
        let sealed = key.seal_to(&me.public).unwrap();
        assert_eq!(sealed.len(), SEALED_BYTES);
        assert_eq!(CorrelationKey::open_sealed(&sealed, &me).unwrap(), key);
        assert_eq!(
            CorrelationKey::open_sealed(&sealed, &other),
            Err(EnvelopeError::WrongKey)
        );
        assert!(format!("{key:?}").contains("redacted"));
    }
}
