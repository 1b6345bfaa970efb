//! What `tsr-report` adds to the formats: a receipt wrapped like a key file (kind `receipt`),
//! and an attachment stream finished one chunk at a time (the padding of a large file is not
//! held in memory), byte-compatible with the whole-stream form.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

use envelope::attachment::{open_attachment, stream_len, AttachmentSealer, CHUNK_PLAINTEXT};
use envelope::wrap::WrappedKind;
use envelope::{EnvelopeError, KdfLimits, Receipt, SymmetricKey, WrappedKey};

#[test]
fn a_receipt_wraps_and_unwraps_only_with_its_passphrase() {
    let receipt = Receipt::generate();
    let w = WrappedKey::wrap_receipt(&receipt, "r", b"correct horse battery", KdfLimits::MINIMUM)
        .unwrap();
    assert_eq!(w.kind, WrappedKind::Receipt);
    let json = w.to_json().unwrap();
    assert!(json.contains("\"kind\": \"receipt\""));
    assert!(!json.contains(receipt.normalized()));
    assert_eq!(
        w.public_key,
        receipt.reporter_keypair().unwrap().public.to_b64()
    );
    let back = WrappedKey::from_json(&json).unwrap();
    assert_eq!(
        back.unwrap_receipt(b"correct horse battery").unwrap(),
        receipt
    );
    assert!(matches!(
        back.unwrap_receipt(b"wrong horse battery"),
        Err(EnvelopeError::WrongPassphrase)
    ));
    // Not a key, and keys are not receipts.
    assert!(back.unwrap_x25519(b"correct horse battery").is_err());
    let mut other = back.clone();
    other.public_key = envelope::KeyPair::generate().public.to_b64();
    assert!(other.unwrap_receipt(b"correct horse battery").is_err());
}

#[test]
fn finishing_lazily_gives_the_documented_stream() {
    // 9 data chunks pad to 10: one padding chunk made on demand; 8 (no padding) too.
    for len in [
        0,
        5,
        CHUNK_PLAINTEXT,
        8 * CHUNK_PLAINTEXT + 3,
        7 * CHUNK_PLAINTEXT + 1,
    ] {
        let key = SymmetricKey::generate();
        let data: Vec<u8> = (0..len).map(|i| (i * 13) as u8).collect();
        let (mut sealer, mut stream) = AttachmentSealer::new(&key).unwrap();
        for piece in data.chunks(1000) {
            for c in sealer.update(piece).unwrap() {
                stream.extend_from_slice(&c);
            }
        }
        for c in sealer.finish_lazily().unwrap() {
            stream.extend_from_slice(&c.unwrap());
        }
        assert_eq!(stream.len() as u64, stream_len(len as u64), "{len}");
        assert_eq!(*open_attachment(&key, &stream).unwrap(), data, "{len}");
    }
}
