/*
 * Signed reviewer messages in the console (keys/FORMAT.md, "Signed reviewer messages"): the
 * reviewer's Ed25519 signing key (unwrapped with the same passphrase as the X25519 key, kept
 * in the page's memory only), the signature sent with each message and note, and who wrote a
 * message, according to the verified keyring.
 *
 * ES module, no DOM; imports envelope.js.
 */

import * as E from '../envelope.js';

/** The signing key pair from its wrapped seed, or null when the reviewer has none. */
export function unwrapSigning(sodium, wrapped, passphrase) {
  if (!wrapped) return null;
  const w = E.unwrapKey(sodium, wrapped, passphrase);
  try {
    return sodium.crypto_sign_seed_keypair(w.secret);
  } finally {
    sodium.memzero(w.secret);
  }
}

/** Request headers carrying the signature of `sealed` (a message or note of report `reportId`). */
export function signatureHeaders(sodium, signing, reportId, sealed) {
  if (!signing) return {};
  const sig = E.signMessage(sodium, signing.privateKey, sodium.from_hex(reportId),
    sealed.subarray(5, 21), sealed);
  return { 'X-Message-Signature': E.b64(sodium, sig) };
}

/**
 * Who wrote message `m` of report `reportId`: {state: 'signed', name} when a reviewer of
 * `bodies` in the verified keyring signed it, 'invalid' when it carries a signature no keyring
 * reviewer made, 'unsigned' when it carries none.
 */
export function authorOf(sodium, keyring, bodies, reportId, m) {
  if (!m.signature) return { state: 'unsigned' };
  let sig;
  let bytes;
  try {
    sig = E.unb64(sodium, m.signature, 'signature', 64);
    bytes = E.unb64(sodium, m.envelope, 'envelope');
  } catch (e) {
    return { state: 'invalid' };
  }
  const rid = sodium.from_hex(reportId);
  for (const body of bodies) {
    for (const r of (keyring.bodies[body] || { reviewers: [] }).reviewers) {
      if (!r.signing_key) continue;
      const pk = E.unb64(sodium, r.signing_key, 'signing key', 32);
      if (E.verifyMessage(sodium, pk, rid, bytes.subarray(5, 21), bytes, sig)) {
        return { state: 'signed', name: r.name };
      }
    }
  }
  return { state: 'invalid' };
}
