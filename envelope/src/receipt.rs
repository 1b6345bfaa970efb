//! Receipt codes: what a reporter keeps to come back. 120 random bits as 24 Crockford Base32
//! symbols in six groups of four (`7KQM-2XPA-...`). Typing is forgiving: case, spaces, hyphens,
//! and O/I/L for 0/1 are accepted.
//!
//! From the receipt two values are derived with keyed BLAKE2b (fast on purpose: at 120 bits of
//! entropy a slow KDF adds nothing but server load):
//! - the reporter's X25519 key pair: `seed = BLAKE2b-256(key = "tsr-v1-reporter-keypair",
//!   normalized receipt)`, then `crypto_box_seed_keypair(seed)`; replies are sealed to it;
//! - the lookup hash the server stores: `BLAKE2b-256(key = "tsr-v1-receipt-lookup", normalized)`.

use std::fmt;

use libsodium_rs::crypto_generichash;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::codec;
use crate::error::{EnvelopeError, Result};
use crate::keys::KeyPair;

pub const SYMBOLS: usize = 24;
pub const BITS: usize = SYMBOLS * 5;
const KEYPAIR_CONTEXT: &[u8] = b"tsr-v1-reporter-keypair";
const LOOKUP_CONTEXT: &[u8] = b"tsr-v1-receipt-lookup";

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

    pub fn lookup_hash(&self) -> Result<[u8; 32]> {
        let h = crypto_generichash::generichash(self.0.as_bytes(), Some(LOOKUP_CONTEXT), 32)?;
        h.as_slice().try_into().map_err(|_| EnvelopeError::Library)
    }
}

impl fmt::Debug for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Receipt(<redacted>)")
    }
}
