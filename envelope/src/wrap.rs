//! Private keys at rest: `secretbox(key = Argon2id(passphrase, salt, params), secret)`, with the
//! KDF parameters stored beside the ciphertext so they can be raised later without breaking old
//! files. Reviewers' browsers produce the same JSON with libsodium.js; the passphrase never
//! leaves the device that types it.

use libsodium_rs::{crypto_pwhash, crypto_secretbox};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::codec::{b64, unb64, unb64_array};
use crate::error::{EnvelopeError, Result};
use crate::keys::{KeyPair, PublicKey, SecretKey, SigningKey, SigningPublicKey};
use crate::receipt::Receipt;

pub const FORMAT: &str = "tsr-wrapped-key/1";
pub const KDF_ALG: &str = "argon2id13";
/// OWASP's floor for Argon2id: t=2, m=19 MiB. Files below it are refused.
pub const MIN_OPSLIMIT: u64 = 2;
pub const MIN_MEMLIMIT: u64 = 19 * 1024 * 1024;
/// Ceiling, so a crafted file cannot make us allocate without bound.
pub const MAX_OPSLIMIT: u64 = 16;
pub const MAX_MEMLIMIT: u64 = 1024 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WrappedKind {
    /// An X25519 secret key (reviewers, recovery, anonymizer).
    X25519,
    /// An Ed25519 seed (keyring and release signing).
    Ed25519,
    /// A reporter's receipt (`tsr-report --save-receipt`): the 24 ASCII symbols of the
    /// normalized receipt; `public_key` is the reporter's X25519 key derived from it.
    Receipt,
    /// A body's correlation key (32 random bytes); `public_key` is the key's id
    /// ([`crate::correlation`]), checked again on unwrapping.
    Correlation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfLimits {
    pub opslimit: u64,
    pub memlimit: u64,
}

impl KdfLimits {
    /// For key files made by the operator: t=3, m=64 MiB.
    pub const DEFAULT: KdfLimits = KdfLimits {
        opslimit: 3,
        memlimit: 64 * 1024 * 1024,
    };
    /// The accepted minimum; for tests and fixtures only.
    pub const MINIMUM: KdfLimits = KdfLimits {
        opslimit: MIN_OPSLIMIT,
        memlimit: MIN_MEMLIMIT,
    };
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    pub alg: String,
    pub opslimit: u64,
    pub memlimit: u64,
    pub salt: String,
}

/// The JSON document of a wrapped key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    pub format: String,
    pub kind: WrappedKind,
    pub label: String,
    pub public_key: String,
    pub kdf: KdfParams,
    pub nonce: String,
    pub ciphertext: String,
}

fn derive(passphrase: &[u8], salt: &[u8], limits: KdfLimits) -> Result<crypto_secretbox::Key> {
    if !(MIN_OPSLIMIT..=MAX_OPSLIMIT).contains(&limits.opslimit)
        || !(MIN_MEMLIMIT..=MAX_MEMLIMIT).contains(&limits.memlimit)
    {
        return Err(EnvelopeError::WeakKdfParameters);
    }
    let key = Zeroizing::new(crypto_pwhash::pwhash(
        crypto_secretbox::KEYBYTES,
        passphrase,
        salt,
        limits.opslimit,
        limits.memlimit as usize,
        crypto_pwhash::ALG_ARGON2ID13,
    )?);
    Ok(crypto_secretbox::Key::from_bytes(&key)?)
}

fn wrap(
    kind: WrappedKind,
    label: &str,
    public_b64: String,
    secret: &[u8],
    passphrase: &[u8],
    limits: KdfLimits,
) -> Result<WrappedKey> {
    let mut salt = [0u8; crypto_pwhash::SALTBYTES];
    libsodium_rs::random::fill_bytes(&mut salt);
    let key = derive(passphrase, &salt, limits)?;
    let nonce = crypto_secretbox::Nonce::generate();
    let ct = crypto_secretbox::seal(secret, &nonce, &key);
    Ok(WrappedKey {
        format: FORMAT.into(),
        kind,
        label: label.into(),
        public_key: public_b64,
        kdf: KdfParams {
            alg: KDF_ALG.into(),
            opslimit: limits.opslimit,
            memlimit: limits.memlimit,
            salt: b64(&salt),
        },
        nonce: b64(nonce.as_bytes()),
        ciphertext: b64(&ct),
    })
}

impl WrappedKey {
    pub fn wrap_x25519(
        kp: &KeyPair,
        label: &str,
        passphrase: &[u8],
        limits: KdfLimits,
    ) -> Result<Self> {
        wrap(
            WrappedKind::X25519,
            label,
            kp.public.to_b64(),
            kp.secret.expose(),
            passphrase,
            limits,
        )
    }

    pub fn wrap_signing(
        sk: &SigningKey,
        label: &str,
        passphrase: &[u8],
        limits: KdfLimits,
    ) -> Result<Self> {
        wrap(
            WrappedKind::Ed25519,
            label,
            sk.public_key()?.to_b64(),
            sk.expose_seed(),
            passphrase,
            limits,
        )
    }

    /// Wraps a reporter's receipt (kind `receipt`): the secret is the normalized receipt's 24
    /// ASCII symbols, the public key the reporter key pair's, checked again on unwrapping.
    pub fn wrap_receipt(
        receipt: &Receipt,
        label: &str,
        passphrase: &[u8],
        limits: KdfLimits,
    ) -> Result<Self> {
        wrap(
            WrappedKind::Receipt,
            label,
            receipt.reporter_keypair()?.public.to_b64(),
            receipt.normalized().as_bytes(),
            passphrase,
            limits,
        )
    }

    /// Wraps a body's correlation key (kind `correlation`); `public_key` is its id.
    pub fn wrap_correlation(
        key: &crate::correlation::CorrelationKey,
        label: &str,
        passphrase: &[u8],
        limits: KdfLimits,
    ) -> Result<Self> {
        wrap(
            WrappedKind::Correlation,
            label,
            key.id_b64()?,
            key.expose(),
            passphrase,
            limits,
        )
    }

    /// Unwraps a correlation key; the stored id must be the unwrapped key's.
    pub fn unwrap_correlation(
        &self,
        passphrase: &[u8],
    ) -> Result<crate::correlation::CorrelationKey> {
        if self.kind != WrappedKind::Correlation {
            return Err(crate::error::malformed("key file", "not a correlation key"));
        }
        let secret = self.unwrap_secret(passphrase)?;
        let key = crate::correlation::CorrelationKey::from_slice(&secret[..])?;
        if key.id_b64()? != self.public_key {
            return Err(EnvelopeError::WrongPassphrase);
        }
        Ok(key)
    }

    /// Unwraps a receipt; the stored public key must be the one the receipt derives.
    pub fn unwrap_receipt(&self, passphrase: &[u8]) -> Result<Receipt> {
        if self.kind != WrappedKind::Receipt {
            return Err(crate::error::malformed("key file", "not a receipt"));
        }
        let plain = self.unwrap_bytes(passphrase)?;
        let text = std::str::from_utf8(&plain).map_err(|_| EnvelopeError::WrongPassphrase)?;
        let receipt = Receipt::parse(text).map_err(|_| EnvelopeError::WrongPassphrase)?;
        if receipt.reporter_keypair()?.public != PublicKey::from_b64(&self.public_key)? {
            return Err(EnvelopeError::WrongPassphrase);
        }
        Ok(receipt)
    }

    fn unwrap_secret(&self, passphrase: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
        let plain = self.unwrap_bytes(passphrase)?;
        let mut out = Zeroizing::new([0u8; 32]);
        if plain.len() != 32 {
            return Err(EnvelopeError::WrongPassphrase);
        }
        out.copy_from_slice(&plain);
        Ok(out)
    }

    fn unwrap_bytes(&self, passphrase: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        if self.format != FORMAT {
            return Err(crate::error::malformed("key file", "unknown format"));
        }
        if self.kdf.alg != KDF_ALG {
            return Err(crate::error::malformed("key file", "unknown KDF"));
        }
        let salt: [u8; crypto_pwhash::SALTBYTES] = unb64_array(&self.kdf.salt, "salt")?;
        let nonce: [u8; crypto_secretbox::NONCEBYTES] = unb64_array(&self.nonce, "nonce")?;
        let ct = unb64(&self.ciphertext, "wrapped key")?;
        let limits = KdfLimits {
            opslimit: self.kdf.opslimit,
            memlimit: self.kdf.memlimit,
        };
        let key = derive(passphrase, &salt, limits)?;
        Ok(Zeroizing::new(
            crypto_secretbox::open(&ct, &crypto_secretbox::Nonce::from_bytes(nonce), &key)
                .map_err(|_| EnvelopeError::WrongPassphrase)?,
        ))
    }

    /// Unwraps an X25519 key; the stored public key must match the unwrapped secret.
    pub fn unwrap_x25519(&self, passphrase: &[u8]) -> Result<KeyPair> {
        if self.kind != WrappedKind::X25519 {
            return Err(crate::error::malformed("key file", "not an X25519 key"));
        }
        let secret = self.unwrap_secret(passphrase)?;
        let kp = KeyPair::from_secret(SecretKey::from_bytes(*secret))?;
        if kp.public != PublicKey::from_b64(&self.public_key)? {
            return Err(EnvelopeError::WrongPassphrase);
        }
        Ok(kp)
    }

    pub fn unwrap_signing(&self, passphrase: &[u8]) -> Result<SigningKey> {
        if self.kind != WrappedKind::Ed25519 {
            return Err(crate::error::malformed("key file", "not an Ed25519 key"));
        }
        let seed = self.unwrap_secret(passphrase)?;
        let sk = SigningKey::from_seed(*seed);
        if sk.public_key()? != SigningPublicKey::from_b64(&self.public_key)? {
            return Err(EnvelopeError::WrongPassphrase);
        }
        Ok(sk)
    }

    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|_| EnvelopeError::Json { what: "key file" })
    }

    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|_| EnvelopeError::Json { what: "key file" })
    }
}
