//! X25519 recipient keys and Ed25519 signing keys, with secrets that zeroize on drop and never
//! print. Fingerprints are 80-bit BLAKE2b digests in grouped Crockford Base32, short enough to
//! read aloud over the phone and compare.

use std::fmt;

use libsodium_rs::{crypto_box, crypto_generichash, crypto_sign};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::codec;
use crate::error::{EnvelopeError, Result};

pub const KEY_BYTES: usize = 32;

/// BLAKE2b keys used for domain separation; each is at least 16 bytes as libsodium requires.
pub(crate) const FINGERPRINT_CONTEXT: &[u8] = b"tsr-v1-fingerprint";

/// An X25519 public key that data keys are sealed to.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublicKey(pub [u8; KEY_BYTES]);

impl PublicKey {
    pub fn from_slice(bytes: &[u8]) -> Result<Self> {
        bytes
            .try_into()
            .map(PublicKey)
            .map_err(|_| EnvelopeError::Encoding { what: "public key" })
    }

    pub fn from_b64(text: &str) -> Result<Self> {
        codec::unb64_array(text, "public key").map(PublicKey)
    }

    pub fn to_b64(&self) -> String {
        codec::b64(&self.0)
    }

    pub fn as_bytes(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }

    pub fn fingerprint(&self) -> String {
        fingerprint(b'x', &self.0)
    }

    pub(crate) fn sodium(&self) -> crypto_box::PublicKey {
        crypto_box::PublicKey::from_bytes_exact(self.0)
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.fingerprint())
    }
}

/// An X25519 secret key. Zeroized on drop; `Debug` shows nothing of it.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey([u8; KEY_BYTES]);

impl SecretKey {
    pub fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        SecretKey(bytes)
    }

    pub fn from_slice(bytes: &[u8]) -> Result<Self> {
        let arr: [u8; KEY_BYTES] = bytes
            .try_into()
            .map_err(|_| EnvelopeError::Encoding { what: "secret key" })?;
        Ok(SecretKey(arr))
    }

    /// The raw bytes, for wrapping. Callers must not log or persist them unwrapped.
    pub fn expose(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }

    pub fn public_key(&self) -> Result<PublicKey> {
        let pk = libsodium_rs::crypto_scalarmult::curve25519::scalarmult_base(&self.0)?;
        PublicKey::from_slice(&pk)
    }

    pub(crate) fn sodium(&self) -> crypto_box::SecretKey {
        crypto_box::SecretKey::from_bytes_exact(self.0)
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// An X25519 key pair.
#[derive(Clone)]
pub struct KeyPair {
    pub public: PublicKey,
    pub secret: SecretKey,
}

impl KeyPair {
    pub fn generate() -> Self {
        let kp = crypto_box::KeyPair::generate();
        Self::from_sodium(kp)
    }

    /// Deterministic key pair from a 32-byte seed (`crypto_box_seed_keypair`).
    pub fn from_seed(seed: &[u8; KEY_BYTES]) -> Result<Self> {
        Ok(Self::from_sodium(crypto_box::KeyPair::from_seed(seed)?))
    }

    pub fn from_secret(secret: SecretKey) -> Result<Self> {
        Ok(KeyPair {
            public: secret.public_key()?,
            secret,
        })
    }

    fn from_sodium(kp: crypto_box::KeyPair) -> Self {
        let public = PublicKey(*kp.public_key.as_bytes());
        let secret = SecretKey(*kp.secret_key.as_bytes());
        KeyPair { public, secret }
    }
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyPair")
            .field("public", &self.public)
            .field("secret", &self.secret)
            .finish()
    }
}

/// An Ed25519 public key (keyring and release signatures).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SigningPublicKey(pub [u8; KEY_BYTES]);

impl SigningPublicKey {
    pub fn from_b64(text: &str) -> Result<Self> {
        codec::unb64_array(text, "signing public key").map(SigningPublicKey)
    }

    pub fn to_b64(&self) -> String {
        codec::b64(&self.0)
    }

    pub fn fingerprint(&self) -> String {
        fingerprint(b'e', &self.0)
    }

    /// Verifies a detached Ed25519 signature over `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        let pk = crypto_sign::PublicKey::from_bytes_exact(self.0);
        crypto_sign::verify_detached(signature, message, &pk)
    }
}

impl fmt::Debug for SigningPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningPublicKey({})", self.fingerprint())
    }
}

/// An Ed25519 signing key, held as its 32-byte seed. Zeroized on drop; never printed.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct SigningKey {
    seed: [u8; KEY_BYTES],
}

impl SigningKey {
    pub fn generate() -> Self {
        let mut seed = [0u8; KEY_BYTES];
        libsodium_rs::random::fill_bytes(&mut seed);
        SigningKey { seed }
    }

    pub fn from_seed(seed: [u8; KEY_BYTES]) -> Self {
        SigningKey { seed }
    }

    /// The seed, for wrapping. Callers must not log or persist it unwrapped.
    pub fn expose_seed(&self) -> &[u8; KEY_BYTES] {
        &self.seed
    }

    pub fn public_key(&self) -> Result<SigningPublicKey> {
        let kp = crypto_sign::KeyPair::from_seed(&self.seed)?;
        Ok(SigningPublicKey(*kp.public_key.as_bytes()))
    }

    pub fn sign(&self, message: &[u8]) -> Result<[u8; 64]> {
        let kp = crypto_sign::KeyPair::from_seed(&self.seed)?;
        Ok(crypto_sign::sign_detached(message, &kp.secret_key)?)
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

/// A 32-byte symmetric key (data keys, attachment keys). Zeroized on drop; never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct SymmetricKey([u8; KEY_BYTES]);

impl SymmetricKey {
    pub fn generate() -> Self {
        let mut k = [0u8; KEY_BYTES];
        libsodium_rs::random::fill_bytes(&mut k);
        SymmetricKey(k)
    }

    pub fn from_slice(bytes: &[u8]) -> Result<Self> {
        let arr: [u8; KEY_BYTES] = bytes.try_into().map_err(|_| EnvelopeError::Encoding {
            what: "symmetric key",
        })?;
        Ok(SymmetricKey(arr))
    }

    pub fn from_b64(text: &str) -> Result<Self> {
        let bytes = Zeroizing::new(codec::unb64(text, "symmetric key")?);
        Self::from_slice(&bytes)
    }

    pub fn to_b64(&self) -> Zeroizing<String> {
        Zeroizing::new(codec::b64(&self.0))
    }

    pub fn expose(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }
}

impl fmt::Debug for SymmetricKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SymmetricKey(<redacted>)")
    }
}

/// `BLAKE2b-128(key = "tsr-v1-fingerprint", kind || public key)`, first 80 bits, as
/// `XXXX-XXXX-XXXX-XXXX` in Crockford Base32. `kind` is `x` (X25519) or `e` (Ed25519).
pub fn fingerprint(kind: u8, public: &[u8]) -> String {
    let mut msg = Vec::with_capacity(1 + public.len());
    msg.push(kind);
    msg.extend_from_slice(public);
    // generichash fails only on invalid lengths, and these are constants within range.
    let digest = crypto_generichash::generichash(&msg, Some(FINGERPRINT_CONTEXT), 16)
        .unwrap_or_else(|_| vec![0; 16]);
    codec::group(&codec::crockford(&digest[..10], 16), 4)
}
