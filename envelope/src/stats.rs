//! Statistics records: the structured fields of a report alone, sealed to the anonymizer's public
//! key at submission (and again when a reviewer validates them). The web server cannot open them.
//!
//! Layout: `"TSS1"` ‖ `crypto_box_seal(pad(record JSON to a multiple of 512 bytes))`.

use libsodium_rs::crypto_box;
use zeroize::Zeroizing;

use crate::error::{malformed, EnvelopeError, Result};
use crate::keys::{KeyPair, PublicKey};
use crate::padding;

pub const MAGIC: &[u8; 4] = b"TSS1";
pub const BLOCK: usize = 512;
pub const MAX_RECORD: usize = 16 * 1024;

pub fn seal_record(record: &[u8], anonymizer: &PublicKey) -> Result<Vec<u8>> {
    if record.len() >= MAX_RECORD {
        return Err(EnvelopeError::TooLarge {
            what: "statistics record",
            limit: MAX_RECORD as u64,
        });
    }
    let size = (record.len() + 1).div_ceil(BLOCK) * BLOCK;
    let padded = Zeroizing::new(padding::pad_to(record, size));
    let sealed = crypto_box::seal_box(&padded, &anonymizer.sodium())?;
    let mut out = Vec::with_capacity(4 + sealed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Checks the framing of a sealed record without a key.
pub fn check_sealed_record(sealed: &[u8]) -> Result<()> {
    if sealed.len() < 4 || &sealed[..4] != MAGIC {
        return Err(malformed("statistics record", "bad magic"));
    }
    let body = sealed.len() - 4;
    if body < crypto_box::SEALBYTES + BLOCK
        || !(body - crypto_box::SEALBYTES).is_multiple_of(BLOCK)
        || body - crypto_box::SEALBYTES > MAX_RECORD + BLOCK
    {
        return Err(malformed("statistics record", "invalid length"));
    }
    Ok(())
}

pub fn open_record(sealed: &[u8], anonymizer: &KeyPair) -> Result<Zeroizing<Vec<u8>>> {
    check_sealed_record(sealed)?;
    let mut plain = Zeroizing::new(
        crypto_box::open_sealed_box(
            &sealed[4..],
            &anonymizer.public.sodium(),
            &anonymizer.secret.sodium(),
        )
        .map_err(|_| EnvelopeError::WrongKey)?,
    );
    padding::unpad(&mut plain)?;
    Ok(plain)
}
