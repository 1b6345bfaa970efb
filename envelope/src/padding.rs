//! Size buckets so that ciphertext length leaks only the order of magnitude of a plaintext.
//!
//! Padding is ISO/IEC 7816-4 (a 0x80 byte then zeros), exactly libsodium's `sodium_pad`, to a
//! bucket: the smallest power of two of at least 1 KiB that holds the plaintext plus one byte,
//! and above 1 MiB the next whole MiB.

use crate::error::{EnvelopeError, Result};

const MIN_BUCKET: usize = 1024;
const MIB: usize = 1024 * 1024;

/// The padded length for a plaintext of `len` bytes.
pub fn bucket(len: usize) -> usize {
    let need = len + 1;
    if need <= MIB {
        need.next_power_of_two().max(MIN_BUCKET)
    } else {
        need.div_ceil(MIB) * MIB
    }
}

pub fn pad(plaintext: &[u8]) -> Vec<u8> {
    pad_to(plaintext, bucket(plaintext.len()))
}

/// Pads to exactly `size` bytes; `size` must exceed the plaintext length.
pub(crate) fn pad_to(plaintext: &[u8], size: usize) -> Vec<u8> {
    debug_assert!(size > plaintext.len());
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(plaintext);
    out.push(0x80);
    out.resize(size, 0);
    out
}

/// Removes padding in place (the buffer is truncated, not copied, so no plaintext copy is left).
pub fn unpad(buf: &mut Vec<u8>) -> Result<()> {
    let end = buf
        .iter()
        .rposition(|&b| b != 0)
        .ok_or(EnvelopeError::BadPadding)?;
    if buf[end] != 0x80 {
        return Err(EnvelopeError::BadPadding);
    }
    buf.truncate(end);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_grow_by_powers_of_two_then_mebibytes() {
        assert_eq!(bucket(0), 1024);
        assert_eq!(bucket(1023), 1024);
        assert_eq!(bucket(1024), 2048);
        assert_eq!(bucket(5000), 8192);
        assert_eq!(bucket(MIB - 1), MIB);
        assert_eq!(bucket(MIB), 2 * MIB);
        assert_eq!(bucket(3 * MIB + 7), 4 * MIB);
    }

    #[test]
    fn pad_round_trips_and_rejects_garbage() {
        for len in [0usize, 1, 100, 1023, 1024, 4000] {
            let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8 + 1).collect();
            let mut p = pad(&data);
            assert_eq!(p.len(), bucket(len));
            unpad(&mut p).expect("valid padding");
            assert_eq!(p, data);
        }
        assert_eq!(unpad(&mut vec![0u8; 16]), Err(EnvelopeError::BadPadding));
        assert_eq!(unpad(&mut vec![1u8, 2, 0]), Err(EnvelopeError::BadPadding));
    }
}
