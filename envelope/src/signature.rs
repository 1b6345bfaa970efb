//! Signed reviewer messages: the detached Ed25519 signature a reviewer's browser makes over a
//! message it sends, and its check by whoever shows the message (keys/FORMAT.md, "Signed
//! reviewer messages").
//!
//! The signed bytes are domain-separated and bind the report id, the message id and the exact
//! sealed envelope bytes, so a signature cannot be moved to another message, another report or
//! another envelope, and a signature made for something else in the channel (the keyring, a
//! release) never verifies as a message's.

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
}
