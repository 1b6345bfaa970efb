//! Proof of work for browser submissions: a small cost per report that makes flooding the
//! intake expensive without knowing who anyone is (no IP addresses, no accounts).
//!
//! `GET /api/v1/pow` hands out a random 32-byte challenge, a difficulty in bits and an expiry,
//! with a keyed tag over the three (the same construction as the CSRF tokens, with its own
//! deployment key `pow-v1`), so the server keeps no state until a solution comes back. A
//! solution is an 8-byte nonce such that `BLAKE2b-256(challenge ‖ nonce)` (unkeyed) starts with
//! `difficulty` zero bits.
//!
//! Replays: [`Pow::verify`] checks a solution without state and returns the challenge to spend;
//! the caller spends it in the database (`storage::spent`) until it expires, so that a solution
//! used on one web server is refused by every other server on the same database.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use envelope::SymmetricKey;
use serde::{Deserialize, Serialize};

/// How long a challenge may be solved and used: room for encrypting large attachments first.
pub const LIFETIME_SECS: i64 = 10 * 60;
/// Default difficulty: about 2^18 hashes, a second or two in a browser.
pub const DEFAULT_BITS: u8 = 18;
/// Highest accepted `POW_BITS`.
pub const MAX_BITS: u8 = 32;
pub const CHALLENGE_BYTES: usize = 32;
pub const NONCE_BYTES: usize = 8;

/// What `GET /api/v1/pow` answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Challenge {
    /// Base64 (standard, padded), 32 bytes.
    pub challenge: String,
    pub difficulty: u8,
    /// Unix seconds.
    pub expires: i64,
    /// Base64url without padding.
    pub token: String,
}

/// The `pow` part of a submission: the challenge as issued plus the nonce found.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Solution {
    pub challenge: String,
    pub difficulty: u8,
    pub expires: i64,
    pub token: String,
    /// Base64 (standard, padded), 8 bytes.
    pub nonce: String,
}

/// Why a solution is refused (logged as the reason; the reporter sees a generic message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PowError {
    #[error("proof of work malformed")]
    Malformed,
    #[error("proof of work expired")]
    Expired,
    #[error("proof of work token invalid")]
    BadToken,
    #[error("proof of work easier than required")]
    TooEasy,
    #[error("proof of work not solved")]
    Unsolved,
    #[error("proof of work replayed")]
    Replayed,
}

/// A verified solution's challenge, to be spent once (see `storage::spent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spend {
    /// `BLAKE2b-256("pow" ‖ challenge)`: what the spent set keeps.
    pub digest: [u8; 32],
    /// Unix seconds; the spent set may forget the challenge after this.
    pub expires: i64,
}

#[derive(Clone)]
pub struct Pow {
    key: SymmetricKey,
    bits: u8,
}

impl std::fmt::Debug for Pow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pow")
            .field("bits", &self.bits)
            .finish_non_exhaustive()
    }
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

impl Pow {
    pub fn new(key: SymmetricKey, bits: u8) -> Self {
        Pow {
            key,
            bits: bits.min(MAX_BITS),
        }
    }

    pub fn bits(&self) -> u8 {
        self.bits
    }

    fn tag(
        &self,
        challenge: &[u8],
        difficulty: u8,
        expires: i64,
    ) -> [u8; envelope::token::TAG_BYTES] {
        envelope::token::tag(
            &self.key,
            &[
                b"pow",
                challenge,
                difficulty.to_string().as_bytes(),
                expires.to_string().as_bytes(),
            ],
        )
    }

    pub fn issue(&self) -> Challenge {
        self.issue_at(now())
    }

    fn issue_at(&self, now: i64) -> Challenge {
        let challenge = SymmetricKey::generate();
        let expires = now + LIFETIME_SECS;
        let tag = self.tag(challenge.expose(), self.bits, expires);
        Challenge {
            challenge: STANDARD.encode(challenge.expose()),
            difficulty: self.bits,
            expires,
            token: URL_SAFE_NO_PAD.encode(tag),
        }
    }

    /// Checks a solution (no state: cheap, before anything else is read or spent) and returns
    /// the challenge the caller must spend.
    pub fn verify(&self, s: &Solution) -> Result<Spend, PowError> {
        self.verify_at(s, now())
    }

    fn verify_at(&self, s: &Solution, now: i64) -> Result<Spend, PowError> {
        let challenge: [u8; CHALLENGE_BYTES] = decode(&s.challenge)?;
        let nonce: [u8; NONCE_BYTES] = decode(&s.nonce)?;
        let token = URL_SAFE_NO_PAD
            .decode(&s.token)
            .map_err(|_| PowError::Malformed)?;
        if s.expires < now || s.expires > now + LIFETIME_SECS {
            return Err(PowError::Expired);
        }
        if s.difficulty < self.bits {
            return Err(PowError::TooEasy);
        }
        let (difficulty, expires) = (s.difficulty.to_string(), s.expires.to_string());
        let parts: [&[u8]; 4] = [
            b"pow",
            &challenge,
            difficulty.as_bytes(),
            expires.as_bytes(),
        ];
        if !envelope::token::verify(&self.key, &parts, &token) {
            return Err(PowError::BadToken);
        }
        if !solves(&challenge, &nonce, s.difficulty) {
            return Err(PowError::Unsolved);
        }
        let mut tagged = Vec::with_capacity(3 + CHALLENGE_BYTES);
        tagged.extend_from_slice(b"pow");
        tagged.extend_from_slice(&challenge);
        Ok(Spend {
            digest: envelope::token::blake2b_256(&tagged),
            expires: s.expires,
        })
    }
}

fn decode<const N: usize>(text: &str) -> Result<[u8; N], PowError> {
    let bytes = STANDARD.decode(text).map_err(|_| PowError::Malformed)?;
    bytes.try_into().map_err(|_| PowError::Malformed)
}

/// Number of leading zero bits.
fn leading_zero_bits(hash: &[u8]) -> u32 {
    let mut n = 0;
    for b in hash {
        if *b == 0 {
            n += 8;
        } else {
            return n + b.leading_zeros();
        }
    }
    n
}

/// Whether `nonce` solves `challenge` at `difficulty` bits.
pub fn solves(challenge: &[u8], nonce: &[u8], difficulty: u8) -> bool {
    let mut msg = Vec::with_capacity(challenge.len() + nonce.len());
    msg.extend_from_slice(challenge);
    msg.extend_from_slice(nonce);
    leading_zero_bits(&envelope::token::blake2b_256(&msg)) >= u32::from(difficulty)
}

/// Finds a nonce by counting up (what the browser does; used by tests and tools).
pub fn solve(challenge: &[u8], difficulty: u8) -> [u8; NONCE_BYTES] {
    let mut n: u64 = 0;
    loop {
        let nonce = n.to_be_bytes();
        if solves(challenge, &nonce, difficulty) {
            return nonce;
        }
        n = n.wrapping_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solution(c: &Challenge, nonce: [u8; NONCE_BYTES]) -> Solution {
        Solution {
            challenge: c.challenge.clone(),
            difficulty: c.difficulty,
            expires: c.expires,
            token: c.token.clone(),
            nonce: STANDARD.encode(nonce),
        }
    }

    #[test]
    fn solutions_verify_once_and_bind_everything() {
        let pow = Pow::new(SymmetricKey::generate(), 8);
        let c = pow.issue_at(1_000);
        let challenge = STANDARD.decode(&c.challenge).unwrap();
        let nonce = solve(&challenge, 8);
        let good = solution(&c, nonce);
        let spend = pow.verify_at(&good, 1_000).unwrap();
        assert_eq!(spend.expires, c.expires);
        // The same challenge always gives the same digest (what the spent set refuses).
        assert_eq!(pow.verify_at(&good, 1_001), Ok(spend));

        let c = pow.issue_at(1_000);
        let challenge = STANDARD.decode(&c.challenge).unwrap();
        let good = solution(&c, solve(&challenge, 8));
        assert_eq!(
            pow.verify_at(&good, 1_001 + LIFETIME_SECS),
            Err(PowError::Expired)
        );
        let mut easier = good.clone();
        easier.difficulty = 7;
        assert_eq!(pow.verify_at(&easier, 1_000), Err(PowError::TooEasy));
        let mut harder = good.clone();
        harder.difficulty = 9;
        assert_eq!(pow.verify_at(&harder, 1_000), Err(PowError::BadToken));
        let mut later = good.clone();
        later.expires -= 1;
        assert_eq!(pow.verify_at(&later, 1_000), Err(PowError::BadToken));
        let other = Pow::new(SymmetricKey::generate(), 8);
        assert_eq!(other.verify_at(&good, 1_000), Err(PowError::BadToken));
        let mut bad = good.clone();
        bad.nonce = "AAAA".into();
        assert_eq!(pow.verify_at(&bad, 1_000), Err(PowError::Malformed));
        // A nonce that does not reach the difficulty.
        let mut n = 0u64;
        let wrong = loop {
            let candidate = n.to_be_bytes();
            if !solves(&challenge, &candidate, 8) {
                break candidate;
            }
            n += 1;
        };
        assert_eq!(
            pow.verify_at(&solution(&c, wrong), 1_000),
            Err(PowError::Unsolved)
        );
        assert!(pow.verify_at(&good, 1_000).is_ok());
    }

    #[test]
    fn leading_zero_bits_counts_across_bytes() {
        assert_eq!(leading_zero_bits(&[0, 0, 0x10]), 19);
        assert_eq!(leading_zero_bits(&[0x80]), 0);
        assert_eq!(leading_zero_bits(&[0, 0]), 16);
    }
}
