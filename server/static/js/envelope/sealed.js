/*
 * The sealed envelope (keys/FORMAT.md) that carries a report, a message or an internal note. A
 * random data key encrypts the padded plaintext (XChaCha20-Poly1305, the header as associated
 * data) and is sealed to every recipient (crypto_box_seal), one slot each. Opening with a key
 * pair, or with a data key granted later, and granting (sealDataKey) live here too, since they
 * all read the same layout.
 *
 * Version 2 ("TSE2", what sealEnvelope writes) carries a commitment to the data key, checked
 * before decrypting, so one envelope cannot open to two plaintexts for two recipients. Version 1
 * ("TSE1") still opens. Opening takes the kind and id the caller asked for and throws
 * `Mismatch` for an envelope made for another object.
 *
 * ES module, no DOM; every function takes the ready `sodium` object first.
 */

import {
  EnvelopeError, KEY_BYTES, bytesOf, blake2b, compareBytes, concat, equalBytes, fail, u16, u32,
  utf8,
} from './bytes.js';
import { bucket, padTo, unpad } from './padding.js';

export const KIND = Object.freeze({ report: 1, message: 2, note: 3 });
const ID_BYTES = 16;
const NONCE_BYTES = 24;
const SEALED_KEY_BYTES = 80;
const HEADER_BYTES_V1 = 4 + 1 + ID_BYTES + 32;
const COMMITMENT_BYTES = 32;
const MAX_SLOTS = 64;
const MAX_CIPHERTEXT = 16 * 1024 * 1024;
const MAGIC_ENVELOPE = utf8('TSE2');
const MAGIC_ENVELOPE_V1 = utf8('TSE1');
const COMMITMENT_CONTEXT = utf8('tsr-v2-key-commitment');

/** BLAKE2b-256(key = data key, "tsr-v2-key-commitment" ‖ the v1-shaped part of a v2 header). */
function keyCommitment(sodium, dataKey, header53) {
  return sodium.crypto_generichash(COMMITMENT_BYTES, concat(COMMITMENT_CONTEXT, header53), dataKey);
}

/** Throws `KeyCommitment` unless `dataKey` is the key a version 2 envelope committed to. */
export function checkDataKey(sodium, env, dataKey) {
  if (!env.commitment) return;
  const computed = keyCommitment(sodium, dataKey, env.header.subarray(0, HEADER_BYTES_V1));
  if (!sodium.memcmp(computed, env.commitment)) fail('KeyCommitment');
}

const hexOf = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const KIND_NAME = ['', 'report', 'message', 'note'];

/**
 * Throws `Mismatch` unless the envelope is the `kind` ('report' | 'message' | 'note') and `id`
 * (16 bytes, or their lowercase hex) the caller asked for. The error's `expected` and `found`
 * say which object each is.
 */
export function expectEnvelope(env, expected) {
  if (!expected || expected.kind === undefined || expected.id === undefined) {
    fail('Malformed', 'the kind and id expected must be given');
  }
  const kind = kindByte(expected.kind);
  const id = typeof expected.id === 'string' ? expected.id.toLowerCase() : hexOf(expected.id);
  const foundId = hexOf(env.id);
  if (env.kind !== kind || foundId !== id) {
    const err = new EnvelopeError('Mismatch',
      'expected the ' + KIND_NAME[kind] + ' ' + id + ', found the ' + KIND_NAME[env.kind] + ' ' + foundId);
    err.expected = { kind: KIND_NAME[kind], id };
    err.found = { kind: KIND_NAME[env.kind], id: foundId };
    throw err;
  }
}

/** BLAKE2b-256(key = "tsr-v1-recipients", sorted public keys); duplicates are refused. */
export function recipientDigest(sodium, publicKeys) {
  const sorted = publicKeys.map((pk) => bytesOf(pk, 'public key', KEY_BYTES)).sort(compareBytes);
  for (let i = 1; i < sorted.length; i++) {
    if (equalBytes(sorted[i - 1], sorted[i])) fail('DuplicateRecipient');
  }
  return blake2b(sodium, 32, 'tsr-v1-recipients', concat(...sorted));
}

function kindByte(kind) {
  const k = typeof kind === 'string' ? KIND[kind] : kind;
  if (k !== 1 && k !== 2 && k !== 3) fail('Malformed', 'unknown kind');
  return k;
}

/**
 * Encrypts `plaintext` (Uint8Array) for every public key in `recipients`.
 * `kind` is 'report' | 'message' | 'note' (or 1..3); `id` is 16 bytes (random if omitted).
 * Returns the envelope bytes.
 */
export function sealEnvelope(sodium, { kind, id, plaintext, recipients }) {
  const k = kindByte(kind);
  id = id === undefined ? sodium.randombytes_buf(ID_BYTES) : bytesOf(id, 'id', ID_BYTES);
  bytesOf(plaintext, 'plaintext');
  if (!Array.isArray(recipients) || recipients.length === 0) fail('Malformed', 'no recipients');
  if (recipients.length > MAX_SLOTS) fail('TooLarge', 'recipient list');
  const size = bucket(plaintext.length);
  if (size + 16 > MAX_CIPHERTEXT) fail('TooLarge', 'report');
  const header53 = concat(MAGIC_ENVELOPE, [k], id, recipientDigest(sodium, recipients));
  const dataKey = sodium.randombytes_buf(KEY_BYTES);
  const padded = padTo(plaintext, size);
  try {
    const header = concat(header53, keyCommitment(sodium, dataKey, header53));
    const slots = recipients.map((pk) => concat(pk, sodium.crypto_box_seal(dataKey, pk)));
    const nonce = sodium.randombytes_buf(NONCE_BYTES);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      padded, header, null, nonce, dataKey);
    return concat(header, u16(slots.length), ...slots, nonce, u32(ciphertext.length), ciphertext);
  } finally {
    sodium.memzero(dataKey);
    sodium.memzero(padded);
  }
}

/** Parses the layout strictly and checks the recipient digest. No key needed. */
export function parseEnvelope(sodium, bytes) {
  bytesOf(bytes, 'envelope');
  let pos = 0;
  const take = (n) => {
    if (pos + n > bytes.length) fail('Malformed', 'truncated');
    const s = bytes.subarray(pos, pos + n);
    pos += n;
    return s;
  };
  const magic = take(4);
  const version = equalBytes(magic, MAGIC_ENVELOPE) ? 2 : equalBytes(magic, MAGIC_ENVELOPE_V1) ? 1 : 0;
  if (!version) fail('Malformed', 'not an envelope v1 or v2');
  const kind = take(1)[0];
  kindByte(kind);
  const id = take(ID_BYTES);
  const digest = take(32);
  const commitment = version === 2 ? take(COMMITMENT_BYTES) : null;
  const n = (take(1)[0] << 8) | take(1)[0];
  if (n === 0) fail('Malformed', 'no recipient slots');
  if (n > MAX_SLOTS) fail('TooLarge', 'recipient list');
  const slots = [];
  for (let i = 0; i < n; i++) {
    slots.push({ recipient: take(KEY_BYTES), sealedKey: take(SEALED_KEY_BYTES) });
  }
  const nonce = take(NONCE_BYTES);
  const len = take(4).reduce((acc, b) => acc * 256 + b, 0);
  if (len > MAX_CIPHERTEXT) fail('TooLarge', 'report');
  if (len < 17) fail('Malformed', 'ciphertext too short');
  const ciphertext = take(len);
  if (pos !== bytes.length) fail('Malformed', 'trailing bytes');
  const expected = recipientDigest(sodium, slots.map((s) => s.recipient));
  if (!equalBytes(expected, digest)) fail('RecipientDigestMismatch');
  const header = bytes.subarray(0, HEADER_BYTES_V1 + (commitment ? COMMITMENT_BYTES : 0));
  return { version, kind, id, digest, commitment, slots, nonce, ciphertext, header };
}

/**
 * Recovers the data key of an envelope with a recipient's key pair, checked against the key
 * commitment (version 2), so a key granted on is the one every recipient gets.
 */
export function envelopeDataKey(sodium, bytes, keyPair) {
  const env = parseEnvelope(sodium, bytes);
  const slot = env.slots.find((s) => equalBytes(s.recipient, keyPair.publicKey));
  if (!slot) fail('NoSlotForKey');
  let dataKey;
  try {
    dataKey = sodium.crypto_box_seal_open(slot.sealedKey, keyPair.publicKey, keyPair.privateKey);
  } catch (e) {
    return fail('WrongKey');
  }
  try {
    checkDataKey(sodium, env, dataKey);
  } catch (e) {
    sodium.memzero(dataKey);
    throw e;
  }
  return dataKey;
}

/**
 * Opens an envelope with a recipient's key pair `{publicKey, privateKey}` (or, for access
 * granted later, with `{dataKey}`), if it is the object `expected` = `{kind, id}` names
 * (`Mismatch` otherwise; checked before any key is used). Returns `{kind, id, plaintext}`.
 */
export function openEnvelope(sodium, bytes, keyPair, expected) {
  const env = parseEnvelope(sodium, bytes);
  expectEnvelope(env, expected);
  if (keyPair.dataKey) checkDataKey(sodium, env, keyPair.dataKey);
  const dataKey = keyPair.dataKey || envelopeDataKey(sodium, bytes, keyPair);
  let padded;
  try {
    padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null, env.ciphertext, env.header, env.nonce, dataKey);
  } catch (e) {
    fail('Tampered');
  } finally {
    if (!keyPair.dataKey) sodium.memzero(dataKey);
  }
  try {
    return { kind: env.kind, id: env.id.slice(), plaintext: unpad(padded) };
  } finally {
    sodium.memzero(padded);
  }
}

/** Seals a data key to one more recipient (access granted after submission). */
export function sealDataKey(sodium, dataKey, publicKey) {
  return sodium.crypto_box_seal(bytesOf(dataKey, 'data key', KEY_BYTES), publicKey);
}
