/*
 * Signed reviewer messages (keys/FORMAT.md, "Signed reviewer messages"): the detached Ed25519
 * signature a reviewer's console makes over each message it sends, bound by a domain-separated
 * byte string to the report id, the message id and the exact sealed envelope bytes, as the
 * Rust `envelope::signature` module does.
 *
 * ES module, no DOM; every function takes the ready `sodium` object first.
 */

import { bytesOf, concat, utf8 } from './bytes.js';

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
