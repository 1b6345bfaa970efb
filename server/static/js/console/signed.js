/*
 * Signed reviewer messages and classifications in the console (keys/FORMAT.md, "Signed
 * reviewer messages", "Signed classifications"): the reviewer's Ed25519 signing key (unwrapped
 * with the same passphrase as the X25519 key, kept in the page's memory only), the signature
 * sent with each message, note and validated classification, and who wrote a message,
 * according to the verified keyring.
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
 * The keyring entry id under which this reviewer signs: the entry of `body`'s reviewers in the
 * verified keyring whose signing key is this page's, or null (no signing key, or not yet in
 * the keyring).
 */
export function signerId(sodium, keyring, body, signing) {
  if (!signing) return null;
  const mine = E.b64(sodium, signing.publicKey);
  const entry = ((keyring.bodies[body] || { reviewers: [] }).reviewers).find((r) => r.signing_key === mine);
  return entry ? entry.id : null;
}

/** Request headers carrying the signature of a sealed classification record, as `signer`. */
export function classificationHeaders(sodium, signing, signer, reportId, sealed) {
  const sig = E.signClassification(sodium, signing.privateKey, sodium.from_hex(reportId), sealed, signer);
  return { 'X-Classification-Signature': E.b64(sodium, sig) };
}

/**
 * Who wrote message `m` of report `reportId`: {state: 'signed', name} when a reviewer of
 * `bodies` in the verified keyring signed it, else 'invalid' (no signature, or one no keyring
 * reviewer made): such a message is not shown.
 */
export function authorOf(sodium, keyring, bodies, reportId, m) {
  if (!m.signature) return { state: 'invalid' };
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
