/*
 * Signed reviewer messages and classifications (keys/FORMAT.md, "Signed reviewer messages",
 * "Signed classifications"): the detached Ed25519 signature a reviewer's console makes over
 * each message it sends, bound by a domain-separated byte string to the report id, the message
 * id and the exact sealed envelope bytes, and over each classification it validates, bound to
 * the record's kind, the report id, a hash of the exact sealed record and the signer's keyring
 * entry id, as the Rust `envelope::signature` module does.
 *
 * ES module, no DOM; every function takes the ready `sodium` object first, except the pure
 * message layout.
 */

import { blake2b, bytesOf, concat, fail, utf8 } from './bytes.js';

const CONTEXT = 'tsr-v1-reviewer-message-signature';

/** context ‖ 0x00 ‖ report id (16) ‖ message id (16) ‖ envelope bytes. */
export function messageSignedBytes(reportId, messageId, envelope) {
  return concat(utf8(CONTEXT), [0], bytesOf(reportId, 'report id', 16),
    bytesOf(messageId, 'message id', 16), envelope);
}

/** The signature (64 bytes) with the Ed25519 secret key `privateKey` (64 bytes, libsodium's). */
export function signMessage(sodium, privateKey, reportId, messageId, envelope) {
  return sodium.crypto_sign_detached(messageSignedBytes(reportId, messageId, envelope), privateKey);
}

/** Whether `signature` is the signature of `publicKey` over this message. */
export function verifyMessage(sodium, publicKey, reportId, messageId, envelope, signature) {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  try {
    return sodium.crypto_sign_verify_detached(signature,
      messageSignedBytes(reportId, messageId, envelope), publicKey);
  } catch (e) {
    return false;
  }
}

const CLASSIFICATION_CONTEXT = 'tsr-v1-classification-signature';
const RECORD_HASH_CONTEXT = 'tsr-v1-classification-record';
const KIND_REVIEWER_RECORD = 0x01;

/**
 * context ‖ 0x00 ‖ kind (0x01) ‖ report id (16) ‖ BLAKE2b-256(key = RECORD_HASH_CONTEXT, sealed)
 * ‖ len(signer) (1) ‖ signer (the keyring entry id, UTF-8, 1 to 255 bytes).
 */
export function classificationSignedBytes(sodium, reportId, sealed, signer) {
  const id = utf8(signer);
  if (id.length < 1 || id.length > 255) fail('Malformed', 'signer id length');
  return concat(utf8(CLASSIFICATION_CONTEXT), [0, KIND_REVIEWER_RECORD],
    bytesOf(reportId, 'report id', 16), blake2b(sodium, 32, RECORD_HASH_CONTEXT, bytesOf(sealed, 'record')),
    [id.length], id);
}

/** The signature (64 bytes) of a sealed classification record, as keyring entry `signer`. */
export function signClassification(sodium, privateKey, reportId, sealed, signer) {
  return sodium.crypto_sign_detached(classificationSignedBytes(sodium, reportId, sealed, signer), privateKey);
}

/** Whether `signature` is the signature of `publicKey`, as `signer`, of this sealed record. */
export function verifyClassification(sodium, publicKey, reportId, sealed, signer, signature) {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  try {
    return sodium.crypto_sign_verify_detached(signature,
      classificationSignedBytes(sodium, reportId, sealed, signer), publicKey);
  } catch (e) {
    return false;
  }
}
