//! Seal the first part of the input as an attachment, then damage the stream as the rest of the
//! input says (flip a byte, cut it short, swap or drop chunks). Opening must return exactly the
//! plaintext when nothing was damaged, and a typed error — never other plaintext, never a panic
//! — when something was.
#![no_main]

use envelope::attachment::{open_attachment, seal_attachment, CHUNK_CIPHERTEXT, PREFIX_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (ops, rest) = data.split_at(4);
    // Stretch the plaintext so streams span several chunks without huge inputs.
    let repeat = 1 + ops[0] as usize % 4 * 40_000 / rest.len().max(1);
    let plain: Vec<u8> = rest.iter().copied().cycle().take(rest.len() * repeat).collect();
    let key = envelope::SymmetricKey::from_slice(&[42u8; 32]).expect("32 bytes");
    let mut stream = seal_attachment(&key, &plain).expect("seal");
    let pos = u16::from_le_bytes([ops[2], ops[3]]) as usize % stream.len();
    let damaged = match ops[1] % 5 {
        0 => false,
        1 => {
            stream[pos] ^= 1 | ops[0];
            true
        }
        2 => {
            stream.truncate(pos);
            true
        }
        3 => {
            let chunks = (stream.len() - PREFIX_BYTES) / CHUNK_CIPHERTEXT;
            if chunks < 2 {
                return;
            }
            let a = PREFIX_BYTES;
            let b = PREFIX_BYTES + CHUNK_CIPHERTEXT;
            let first: Vec<u8> = stream[a..b].to_vec();
            let second: Vec<u8> = stream[b..b + CHUNK_CIPHERTEXT].to_vec();
            stream[a..b].copy_from_slice(&second);
            stream[b..b + CHUNK_CIPHERTEXT].copy_from_slice(&first);
            true
        }
        _ => {
            stream.extend_from_slice(&ops[..]);
            true
        }
    };
    match open_attachment(&key, &stream) {
        Ok(p) => {
            assert!(!damaged, "a damaged stream opened");
            assert_eq!(&p[..], &plain[..]);
        }
        Err(_) => assert!(damaged, "an intact stream was refused"),
    }
});
