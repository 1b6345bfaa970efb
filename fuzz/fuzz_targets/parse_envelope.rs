//! Arbitrary bytes through everything the server parses from a submitter: envelopes, sealed
//! statistics records, keyring files and wrapped-key JSON. None may panic; a parsed envelope
//! must serialize back to the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(env) = envelope::Envelope::parse(data) {
        assert_eq!(env.to_bytes(), data);
    }
    let _ = envelope::stats::check_sealed_record(data);
    let _ = envelope::attachment::split_stream(data);
    if let Some(split) = data.iter().position(|&b| b == 0) {
        if let Ok(signed) = envelope::SignedKeyring::from_files(&data[..split], &data[split + 1..]) {
            let _ = signed.verify(None);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = envelope::WrappedKey::from_json(text);
        let _ = envelope::Receipt::parse(text);
    }
});
