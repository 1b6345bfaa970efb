/*
 * Receipts (keys/FORMAT.md): the code a reporter keeps, 120 random bits in Crockford Base32.
 * From it alone come the reporter's X25519 key pair (to read replies), the sign-in token the
 * follow-up page sends instead of the receipt, and the lookup hash the server stores (a hash of
 * the token), so the server never holds the receipt itself.
 *
 * ES module, no DOM; the keyed functions take the ready `sodium` object first.
 */

import { CROCKFORD, blake2b, crockford, fail, group, utf8 } from './bytes.js';

/** A fresh receipt: 120 random bits as six groups of four Crockford symbols. */
export function generateReceipt(sodium) {
  return group(crockford(sodium.randombytes_buf(15), 24));
}

/** What a person typed → the 24 normalized symbols (throws InvalidReceipt). */
export function normalizeReceipt(text) {
  let out = '';
  for (const ch of String(text)) {
    if (ch === '-' || /\p{White_Space}/u.test(ch)) continue;
    let c = ch.length === 1 && ch < '\u0080' ? ch.toUpperCase() : ch;
    if (c === 'O') c = '0';
    if (c === 'I' || c === 'L') c = '1';
    if (!CROCKFORD.includes(c) || out.length === 24) fail('InvalidReceipt');
    out += c;
  }
  if (out.length !== 24) fail('InvalidReceipt');
  return out;
}

/** The reporter's X25519 key pair `{publicKey, privateKey}` derived from a receipt. */
export function reporterKeyPair(sodium, receipt) {
  const seed = blake2b(sodium, 32, 'tsr-v1-reporter-keypair', utf8(normalizeReceipt(receipt)));
  try {
    const kp = sodium.crypto_box_seed_keypair(seed);
    return { publicKey: kp.publicKey, privateKey: kp.privateKey };
  } finally {
    sodium.memzero(seed);
  }
}

/** The sign-in token sent instead of the receipt (32 bytes); it does not give the key pair. */
export function signinToken(sodium, receipt) {
  return blake2b(sodium, 32, 'tsr-v2-signin-token', utf8(normalizeReceipt(receipt)));
}

/** The lookup hash the server stores for a sign-in token (32 bytes). */
export function tokenLookup(sodium, token) {
  return blake2b(sodium, 32, 'tsr-v2-token-lookup', token);
}

/** The lookup hash the server stores for a receipt (32 bytes): of its sign-in token. */
export function receiptLookupHash(sodium, receipt) {
  const token = signinToken(sodium, receipt);
  try {
    return tokenLookup(sodium, token);
  } finally {
    sodium.memzero(token);
  }
}

/** The lookup hash of reports stored before the sign-in token. */
export function receiptLookupHashV1(sodium, receipt) {
  return blake2b(sodium, 32, 'tsr-v1-receipt-lookup', utf8(normalizeReceipt(receipt)));
}
