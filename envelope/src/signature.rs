//! Signed reviewer messages and classifications: the detached Ed25519 signature a reviewer's
//! browser makes over a message it sends or a statistics record it validates, and its check by
//! whoever shows the message or counts the record (keys/FORMAT.md, "Signed reviewer messages"
//! and "Signed classifications").
//!
//! The signed bytes are domain-separated. A message's bind the report id, the message id and
//! the exact sealed envelope bytes, so a signature cannot be moved to another message, another
//! report or another envelope. A classification's bind the record's kind, the report id, a hash
//! of the exact sealed record and the signer's keyring entry id. A signature made for something
//! else in the channel (the keyring, a release, the other kind) never verifies as either.

use libsodium_rs::crypto_generichash;

use crate::error::EnvelopeError;
use crate::keys::{SigningKey, SigningPublicKey};
use crate::Result;

/// The ASCII context that starts the signed bytes.
pub const MESSAGE_SIGNATURE_CONTEXT: &[u8] = b"tsr-v1-reviewer-message-signature";

/// `context ‖ 0x00 ‖ report id (16) ‖ message id (16) ‖ envelope bytes`.
pub fn message_signed_bytes(
    report_id: &[u8; 16],
    message_id: &[u8; 16],
    envelope: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(MESSAGE_SIGNATURE_CONTEXT.len() + 33 + envelope.len());
    out.extend_from_slice(MESSAGE_SIGNATURE_CONTEXT);
    out.push(0);
    out.extend_from_slice(report_id);
    out.extend_from_slice(message_id);
    out.extend_from_slice(envelope);
    out
}

/// Signs a message as its author (what the console does in the browser).
pub fn sign_message(
    key: &SigningKey,
    report_id: &[u8; 16],
    message_id: &[u8; 16],
    envelope: &[u8],
) -> Result<[u8; 64]> {
    key.sign(&message_signed_bytes(report_id, message_id, envelope))
}

/// Whether `signature` (any length: a wrong length never verifies) is `author`'s signature of
/// this message.
pub fn verify_message(
    author: &SigningPublicKey,
    report_id: &[u8; 16],
    message_id: &[u8; 16],
    envelope: &[u8],
    signature: &[u8],
) -> bool {
    let Ok(sig) = <[u8; 64]>::try_from(signature) else {
        return false;
    };
    author.verify(&message_signed_bytes(report_id, message_id, envelope), &sig)
}

/// The ASCII context that starts a classification's signed bytes.
pub const CLASSIFICATION_SIGNATURE_CONTEXT: &[u8] = b"tsr-v1-classification-signature";
/// The BLAKE2b key of the sealed record's hash.
pub const CLASSIFICATION_RECORD_HASH_CONTEXT: &[u8] = b"tsr-v1-classification-record";
/// The kind byte of a reviewer's validated statistics record (`source` reviewer), the only
/// record kind signed.
pub const KIND_REVIEWER_RECORD: u8 = 0x01;

/// `BLAKE2b-256(key = "tsr-v1-classification-record", sealed record bytes)`.
pub fn classification_record_hash(sealed: &[u8]) -> Result<[u8; 32]> {
    let h = crypto_generichash::generichash(sealed, Some(CLASSIFICATION_RECORD_HASH_CONTEXT), 32)?;
    <[u8; 32]>::try_from(h.as_slice()).map_err(|_| EnvelopeError::Library)
}

/// `context ‖ 0x00 ‖ kind (0x01) ‖ report id (16) ‖ record hash (32) ‖ len(signer) (1) ‖
/// signer` — `signer` the keyring entry id of the signing reviewer, 1 to 255 bytes of UTF-8.
pub fn classification_signed_bytes(
    report_id: &[u8; 16],
    sealed: &[u8],
    signer: &str,
) -> Result<Vec<u8>> {
    let len = u8::try_from(signer.len())
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| crate::error::malformed("classification signature", "signer id length"))?;
    let mut out = Vec::with_capacity(CLASSIFICATION_SIGNATURE_CONTEXT.len() + 51 + signer.len());
    out.extend_from_slice(CLASSIFICATION_SIGNATURE_CONTEXT);
    out.push(0);
    out.push(KIND_REVIEWER_RECORD);
    out.extend_from_slice(report_id);
    out.extend_from_slice(&classification_record_hash(sealed)?);
    out.push(len);
    out.extend_from_slice(signer.as_bytes());
    Ok(out)
}

/// Signs a validated classification (a reviewer's sealed statistics record) as `signer`.
pub fn sign_classification(
    key: &SigningKey,
    report_id: &[u8; 16],
    sealed: &[u8],
    signer: &str,
) -> Result<[u8; 64]> {
    key.sign(&classification_signed_bytes(report_id, sealed, signer)?)
}

/// Whether `signature` is `author`'s signature, as keyring entry `signer`, of this sealed
/// record of report `report_id`.
pub fn verify_classification(
    author: &SigningPublicKey,
    report_id: &[u8; 16],
    sealed: &[u8],
    signer: &str,
    signature: &[u8],
) -> bool {
    let Ok(sig) = <[u8; 64]>::try_from(signature) else {
        return false;
    };
    classification_signed_bytes(report_id, sealed, signer)
        .is_ok_and(|bytes| author.verify(&bytes, &sig))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_author_report_message_and_envelope() {
        let key = SigningKey::generate();
        let other = SigningKey::generate();
        let pk = key.public_key().unwrap();
        let (r, m, env) = ([1u8; 16], [2u8; 16], b"TSE2 sealed bytes".to_vec());
        let sig = sign_message(&key, &r, &m, &env).unwrap();
        assert!(verify_message(&pk, &r, &m, &env, &sig));
        assert!(!verify_message(
            &other.public_key().unwrap(),
            &r,
            &m,
            &env,
            &sig
        ));
        assert!(
            !verify_message(&pk, &[3u8; 16], &m, &env, &sig),
            "other report"
        );
        assert!(
            !verify_message(&pk, &r, &[3u8; 16], &env, &sig),
            "other message"
        );
        let mut changed = env.clone();
        changed[0] ^= 1;
        assert!(
            !verify_message(&pk, &r, &m, &changed, &sig),
            "other envelope"
        );
        let mut bad = sig;
        bad[10] ^= 1;
        assert!(!verify_message(&pk, &r, &m, &env, &bad));
        assert!(!verify_message(&pk, &r, &m, &env, &sig[..63]), "short");
        assert!(!verify_message(&pk, &r, &m, &env, &[]), "missing");
    }

    #[test]
    fn the_signed_bytes_are_the_documented_layout() {
        let bytes = message_signed_bytes(&[0xaa; 16], &[0xbb; 16], b"env");
        assert_eq!(&bytes[..33], b"tsr-v1-reviewer-message-signature");
        assert_eq!(bytes[33], 0);
        assert_eq!(&bytes[34..50], &[0xaa; 16]);
        assert_eq!(&bytes[50..66], &[0xbb; 16]);
        assert_eq!(&bytes[66..], b"env");
        // A keyring-style signature over the envelope alone does not verify as a message's.
        let key = SigningKey::generate();
        let plain = key.sign(b"env").unwrap();
        assert!(!verify_message(
            &key.public_key().unwrap(),
            &[0xaa; 16],
            &[0xbb; 16],
            b"env",
            &plain
        ));
    }

    #[test]
    fn a_classification_signature_binds_report_record_and_signer() {
        let key = SigningKey::generate();
        let pk = key.public_key().unwrap();
        let (r, sealed) = ([1u8; 16], b"TSS1 sealed record".to_vec());
        let sig = sign_classification(&key, &r, &sealed, "euipo-enrolled-7").unwrap();
        assert!(verify_classification(
            &pk,
            &r,
            &sealed,
            "euipo-enrolled-7",
            &sig
        ));
        assert!(!verify_classification(
            &pk,
            &[2; 16],
            &sealed,
            "euipo-enrolled-7",
            &sig
        ));
        let mut other = sealed.clone();
        other[5] ^= 1;
        assert!(!verify_classification(
            &pk,
            &r,
            &other,
            "euipo-enrolled-7",
            &sig
        ));
        assert!(!verify_classification(
            &pk,
            &r,
            &sealed,
            "euipo-enrolled-8",
            &sig
        ));
        let stranger = SigningKey::generate().public_key().unwrap();
        assert!(!verify_classification(
            &stranger,
            &r,
            &sealed,
            "euipo-enrolled-7",
            &sig
        ));
        assert!(
            !verify_classification(&pk, &r, &sealed, "", &sig),
            "no signer"
        );
        // A message signature over the same record is not a classification's.
        let as_message = sign_message(&key, &r, &[0; 16], &sealed).unwrap();
        assert!(!verify_classification(
            &pk,
            &r,
            &sealed,
            "euipo-enrolled-7",
            &as_message
        ));
    }

    #[test]
    fn the_classification_bytes_are_the_documented_layout() {
        let bytes = classification_signed_bytes(&[0xaa; 16], b"rec", "ec3-enrolled-2").unwrap();
        assert_eq!(&bytes[..31], b"tsr-v1-classification-signature");
        assert_eq!(&bytes[31..33], &[0, 1]);
        assert_eq!(&bytes[33..49], &[0xaa; 16]);
        let hash =
            crypto_generichash::generichash(b"rec", Some(b"tsr-v1-classification-record"), 32)
                .unwrap();
        assert_eq!(&bytes[49..81], &hash[..]);
        assert_eq!(bytes[81], 14);
        assert_eq!(&bytes[82..], b"ec3-enrolled-2");
        assert!(classification_signed_bytes(&[0; 16], b"rec", &"x".repeat(256)).is_err());
    }
}
