//! Receipt codes: what a reporter keeps to come back. 120 random bits as 24 Crockford Base32
//! symbols in six groups of four (`7KQM-2XPA-...`). Typing is forgiving: case, spaces, hyphens,
//! and O/I/L for 0/1 are accepted.
//!
//! From the receipt these values are derived with keyed BLAKE2b (fast on purpose: at 120 bits of
//! entropy a slow KDF adds nothing but server load):
//! - the reporter's X25519 key pair: `seed = BLAKE2b-256(key = "tsr-v1-reporter-keypair",
//!   normalized receipt)`, then `crypto_box_seed_keypair(seed)`; replies are sealed to it;
//! - the sign-in token a browser sends instead of the receipt: `BLAKE2b-256(key =
//!   "tsr-v2-signin-token", normalized)` (it does not give the key pair);
//! - the lookup hash the server stores, a hash of the token: `BLAKE2b-256(key =
//!   "tsr-v2-token-lookup", token)`. Reports stored before it have the v1 lookup hash
//!   `BLAKE2b-256(key = "tsr-v1-receipt-lookup", normalized)`.

use std::fmt;

use libsodium_rs::crypto_generichash;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::codec;
use crate::error::{EnvelopeError, Result};
use crate::keys::KeyPair;

pub const SYMBOLS: usize = 24;
pub const BITS: usize = SYMBOLS * 5;
const KEYPAIR_CONTEXT: &[u8] = b"tsr-v1-reporter-keypair";
const LOOKUP_CONTEXT_V1: &[u8] = b"tsr-v1-receipt-lookup";
const TOKEN_CONTEXT: &[u8] = b"tsr-v2-signin-token";
const TOKEN_LOOKUP_CONTEXT: &[u8] = b"tsr-v2-token-lookup";

/// The lookup hash the server stores for a sign-in token.
pub fn token_lookup(token: &[u8; 32]) -> Result<[u8; 32]> {
    let h = crypto_generichash::generichash(token, Some(TOKEN_LOOKUP_CONTEXT), 32)?;
    h.as_slice().try_into().map_err(|_| EnvelopeError::Library)
}

/// A receipt in normalized form (24 symbols, no separators). Zeroized on drop; never printed
/// by `Debug`.
#[derive(Clone, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct Receipt(String);

impl Receipt {
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; BITS / 8]);
        libsodium_rs::random::fill_bytes(&mut bytes[..]);
        Receipt(codec::crockford(&bytes[..], SYMBOLS))
    }

    /// Parses what a person typed.
    pub fn parse(input: &str) -> Result<Self> {
        let mut out = String::with_capacity(SYMBOLS);
        for c in input.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let v = codec::crockford_symbol(c).ok_or(EnvelopeError::InvalidReceipt)?;
            if out.len() == SYMBOLS {
                return Err(EnvelopeError::InvalidReceipt);
            }
            out.push(codec::CROCKFORD[v as usize] as char);
        }
        if out.len() != SYMBOLS {
            return Err(EnvelopeError::InvalidReceipt);
        }
        Ok(Receipt(out))
    }

    /// The form to show and print: six groups of four.
    pub fn display(&self) -> Zeroizing<String> {
        Zeroizing::new(codec::group(&self.0, 4))
    }

    pub fn normalized(&self) -> &str {
        &self.0
    }

    pub fn reporter_keypair(&self) -> Result<KeyPair> {
        let seed = Zeroizing::new(crypto_generichash::generichash(
            self.0.as_bytes(),
            Some(KEYPAIR_CONTEXT),
            32,
        )?);
        let seed: &[u8; 32] = seed
            .as_slice()
            .try_into()
            .map_err(|_| EnvelopeError::Library)?;
        KeyPair::from_seed(seed)
    }

    /// What a browser sends to sign in instead of the receipt. Zeroized on drop.
    pub fn signin_token(&self) -> Result<Zeroizing<[u8; 32]>> {
        let h = Zeroizing::new(crypto_generichash::generichash(
            self.0.as_bytes(),
            Some(TOKEN_CONTEXT),
            32,
        )?);
        let mut out = Zeroizing::new([0u8; 32]);
        out.copy_from_slice(&h);
        Ok(out)
    }

    /// The lookup hash stored for reports: [`token_lookup`] of the sign-in token.
    pub fn lookup_hash(&self) -> Result<[u8; 32]> {
        token_lookup(&*self.signin_token()?)
    }

    /// The lookup hash of reports stored before the sign-in token (found, then upgraded, when
    /// such a reporter comes back with the receipt).
    pub fn lookup_hash_v1(&self) -> Result<[u8; 32]> {
        let h = crypto_generichash::generichash(self.0.as_bytes(), Some(LOOKUP_CONTEXT_V1), 32)?;
        h.as_slice().try_into().map_err(|_| EnvelopeError::Library)
    }
}

impl fmt::Debug for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Receipt(<redacted>)")
    }
}
