//! Helpers shared by the interop and vector tests: the attachment plaintext rule, Base64 and
//! text fields of the JSON files, key pairs from seeds.
// Each test crate uses a subset of these helpers.
#![allow(dead_code)]

use std::path::PathBuf;

use envelope::{unb64, KeyPair};
use serde_json::Value;

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The attachment plaintext rule shared with the JavaScript side and the vectors:
/// byte `i` is `(i * 31 + (i >> 16) + seed) mod 256`, so every chunk differs.
pub fn pattern(len: usize, seed: usize) -> Vec<u8> {
    (0..len)
        .map(|i| ((i * 31 + (i >> 16) + seed) % 256) as u8)
        .collect()
}

pub fn bytes(v: &Value, what: &'static str) -> Vec<u8> {
    let text = v
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string"));
    unb64(text, what).unwrap_or_else(|e| panic!("{what}: {e}"))
}

pub fn text<'a>(v: &'a Value, what: &str) -> &'a str {
    v.as_str()
        .unwrap_or_else(|| panic!("{what} is not a string"))
}

pub fn keypair_from_seed(seed_hex: &Value) -> KeyPair {
    let seed = envelope::unhex::<32>(text(seed_hex, "seed")).expect("seed is 32 bytes of hex");
    KeyPair::from_seed(&seed).expect("seed key pair")
}
