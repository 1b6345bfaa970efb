/*
 * Blind correlation (keys/FORMAT.md, "Correlation"): a body's 32-byte correlation key, its id
 * (the commitment the signed keyring names as the body's `correlation`) and the keyed hashes of
 * a report's canonical indicators and organisation identifier, which the console uploads. The
 * server matches equal hashes; without the key it cannot test a guessed indicator.
 *
 * ES module, no DOM; every function takes the ready `sodium` object first.
 */

import { KEY_BYTES, b64, bytesOf, concat, fail, unb64, utf8 } from './bytes.js';

export const CORRELATION_KINDS = ['ip', 'domain', 'url', 'email', 'hash', 'file_name', 'organisation'];
/** The most hashes one upload holds: 6 kinds of at most 100 values, and the organisation. */
export const MAX_CORRELATION_HASHES = 601;

/** The key's id: crypto_generichash(32, "tsr-correlation-id/1", key). */
export function correlationId(sodium, key) {
  return sodium.crypto_generichash(32, utf8('tsr-correlation-id/1'), bytesOf(key, 'correlation key', KEY_BYTES));
}

/** crypto_generichash(32, "tsr-correlation/1" ‖ 0 ‖ kind ‖ 0 ‖ value, key), lower-case hex. */
export function indicatorHash(sodium, key, kind, value) {
  if (!CORRELATION_KINDS.includes(kind)) fail('Malformed', 'unknown indicator kind');
  if (typeof value !== 'string') fail('Malformed', 'indicator value');
  const message = concat(utf8('tsr-correlation/1'), [0], utf8(kind), [0], utf8(value));
  try {
    return sodium.to_hex(sodium.crypto_generichash(32, message, bytesOf(key, 'correlation key', KEY_BYTES)));
  } finally {
    sodium.memzero(message);
  }
}

/**
 * The body's correlation key from its sealed copy (Base64), opened with the reviewer's key pair
 * {publicKey, privateKey}, and ONLY if its id is `expectedId` (the Base64 id the verified
 * keyring names for the body): a key the server substituted is refused (`WrongCorrelationKey`).
 */
export function openCorrelationKey(sodium, sealedB64, keys, expectedId) {
  if (typeof expectedId !== 'string' || !expectedId) fail('WrongCorrelationKey', 'no id in the keyring');
  const sealed = unb64(sodium, sealedB64, 'sealed correlation key', KEY_BYTES + 48);
  let key;
  try {
    key = sodium.crypto_box_seal_open(sealed, keys.publicKey, keys.privateKey);
  } catch (e) {
    fail('WrongKey');
  }
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) fail('WrongKey');
  if (b64(sodium, correlationId(sodium, key)) !== expectedId) {
    sodium.memzero(key);
    fail('WrongCorrelationKey', 'the id is not the keyring\'s');
  }
  return key;
}

/**
 * The hashes of an opened report (its JSON): every structured indicator (never the free
 * observations) and the organisation identifier, as stored (already canonical), without
 * duplicates, at most MAX_CORRELATION_HASHES. [{kind, hash}].
 */
export function reportHashes(sodium, key, report) {
  const out = [];
  const seen = new Set();
  const add = (kind, value) => {
    if (typeof value !== 'string' || !value || out.length >= MAX_CORRELATION_HASHES) return;
    const hash = indicatorHash(sodium, key, kind, value);
    if (seen.has(hash)) return;
    seen.add(hash);
    out.push({ kind, hash });
  };
  const ind = (report && report.indicators) || {};
  for (const kind of CORRELATION_KINDS.slice(0, 6)) {
    if (Array.isArray(ind[kind])) ind[kind].forEach((v) => add(kind, v));
  }
  add('organisation', report && report.fields ? report.fields.organisation_id : null);
  return out;
}
