//! Text encodings shared by every format: standard Base64 (libsodium's `ORIGINAL` variant) and
//! Crockford Base32 for anything a person reads aloud or types (receipts, fingerprints).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::error::{EnvelopeError, Result};

/// Crockford's Base32 alphabet: no I, L, O or U, so transcription errors are rare.
pub(crate) const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

pub fn b64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub fn unb64(text: &str, what: &'static str) -> Result<Vec<u8>> {
    STANDARD
        .decode(text)
        .map_err(|_| EnvelopeError::Encoding { what })
}

pub fn unb64_array<const N: usize>(text: &str, what: &'static str) -> Result<[u8; N]> {
    let bytes = unb64(text, what)?;
    bytes
        .as_slice()
        .try_into()
        .map_err(|_| EnvelopeError::Encoding { what })
}

/// Encodes `bits` bits of `bytes` (most significant first) as Crockford Base32.
pub(crate) fn crockford(bytes: &[u8], symbols: usize) -> String {
    let mut out = String::with_capacity(symbols);
    for i in 0..symbols {
        let bit = i * 5;
        let mut v = 0u8;
        for b in 0..5 {
            let pos = bit + b;
            let byte = bytes.get(pos / 8).copied().unwrap_or(0);
            v = (v << 1) | ((byte >> (7 - pos % 8)) & 1);
        }
        out.push(CROCKFORD[v as usize] as char);
    }
    out
}

/// Normalizes one typed symbol to the canonical alphabet (Crockford's reading rules).
pub(crate) fn crockford_symbol(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    CROCKFORD
        .iter()
        .position(|&s| s as char == c)
        .map(|p| p as u8)
}

/// Groups a symbol string for reading: `ABCD-EFGH-...`.
pub(crate) fn group(symbols: &str, size: usize) -> String {
    symbols
        .as_bytes()
        .chunks(size)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}
