/*
 * Key fingerprints and the signed keyring (keys/FORMAT.md): the browser trusts reviewer,
 * recovery and anonymizer keys only from a keyring.json whose Ed25519 signature verifies and
 * whose signer has the fingerprint published out of band (shown on the page: the server's
 * configured KEYRING_FINGERPRINT, never one computed from the keyring it serves), and whose
 * serial is not below one seen before in this browser (checkKeyringSerial).
 *
 * ES module, no DOM; every keyed function takes the ready `sodium` object first.
 */

import {
  KEY_BYTES, blake2b, bytesOf, compareBytes, concat, crockford, fail, fromUtf8, group, unb64,
  utf8,
} from './bytes.js';

/**
 * `XXXX-XXXX-XXXX-XXXX`: BLAKE2b-128(key = "tsr-v1-fingerprint", kind ‖ public key), first
 * 80 bits in Crockford Base32. `kind` is 'x25519' or 'ed25519'.
 */
export function fingerprint(sodium, kind, publicKey) {
  const k = { x25519: 0x78, ed25519: 0x65 }[kind];
  if (k === undefined) fail('Malformed', 'unknown key kind');
  const message = concat([k], bytesOf(publicKey, 'public key', KEY_BYTES));
  const digest = blake2b(sodium, 16, 'tsr-v1-fingerprint', message);
  return group(crockford(digest.subarray(0, 10), 16));
}

/** Canonical JSON: object keys sorted by UTF-8 byte order, no insignificant whitespace. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => compareBytes(utf8(a), utf8(b)));
    const members = keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(value[k]));
    return '{' + members.join(',') + '}';
  }
  return JSON.stringify(value);
}

const ENTRY_FIELDS = 'id,name,public_key';
// Reviewer entries may also name the Ed25519 key that signs their messages (optional).
const REVIEWER_FIELDS = 'id,name,public_key,signing_key';

function checkEntry(sodium, entry, seen, reviewer) {
  const fields = entry && typeof entry === 'object' ? Object.keys(entry).sort().join() : '';
  if ((fields !== ENTRY_FIELDS && !(reviewer && fields === REVIEWER_FIELDS)) ||
      typeof entry.id !== 'string' || typeof entry.name !== 'string') {
    fail('Json', 'keyring');
  }
  if ('signing_key' in entry) unb64(sodium, entry.signing_key, 'signing key', KEY_BYTES);
  const pk = unb64(sodium, entry.public_key, 'public key', KEY_BYTES);
  if (seen) {
    const hex = sodium.to_hex(pk);
    if (seen.has(hex)) fail('DuplicateRecipient');
    seen.add(hex);
  }
}

/**
 * Verifies a signed keyring: the Ed25519 signature over the exact bytes of keyring.json, the
 * signer's fingerprint against the one published out of band, canonical form and structure.
 * `keyringBytes` is a Uint8Array, `signatureFile` the keyring.sig text or object.
 * Returns the parsed keyring.
 */
export function verifyKeyring(sodium, keyringBytes, signatureFile, expectedFingerprint) {
  let sig;
  try {
    sig = typeof signatureFile === 'string' ? JSON.parse(signatureFile) : signatureFile;
  } catch (e) {
    fail('Json', 'keyring signature');
  }
  if (!sig || Object.keys(sig).sort().join() !== 'format,signature,signing_key') {
    fail('Json', 'keyring signature');
  }
  if (sig.format !== 'tsr-keyring-signature/1') fail('Malformed', 'unknown signature format');
  const signer = unb64(sodium, sig.signing_key, 'signing public key', KEY_BYTES);
  const signature = unb64(sodium, sig.signature, 'keyring signature', 64);
  if (!sodium.crypto_sign_verify_detached(signature, keyringBytes, signer)) fail('BadSignature');
  const found = fingerprint(sodium, 'ed25519', signer);
  if (typeof expectedFingerprint !== 'string' ||
      found !== expectedFingerprint.trim().replace(/[a-z]/g, (c) => c.toUpperCase())) {
    fail('UnexpectedSigner', 'found ' + found);
  }
  let text;
  let keyring;
  try {
    text = fromUtf8(keyringBytes);
    keyring = JSON.parse(text);
  } catch (e) {
    fail('Json', 'keyring');
  }
  if (!keyring || typeof keyring !== 'object' || Array.isArray(keyring)) fail('Json', 'keyring');
  if (canonicalJson(keyring) !== text) fail('Malformed', 'keyring not in canonical form');
  // `release` (the release signing key) is optional: keyrings signed before it have none.
  const fields = Object.keys(keyring).sort().join();
  if (fields !== 'anonymizer,bodies,format,issued,serial' &&
      fields !== 'anonymizer,bodies,format,issued,release,serial') {
    fail('Json', 'keyring');
  }
  if (keyring.format !== 'tsr-keyring/1') fail('Malformed', 'unknown keyring format');
  if (!Number.isSafeInteger(keyring.serial) || keyring.serial < 0 ||
      typeof keyring.issued !== 'string') {
    fail('Json', 'keyring');
  }
  const bodies = keyring.bodies;
  if (!bodies || typeof bodies !== 'object' ||
      Object.keys(bodies).sort().join() !== 'EC3,EUIPO') {
    fail('Malformed', 'both EUIPO and EC3 must be present');
  }
  const seen = new Set();
  for (const name of ['EC3', 'EUIPO']) {
    const b = bodies[name];
    // `correlation` (the id of the body's correlation key) is optional.
    const members = b && typeof b === 'object' ? Object.keys(b).sort().join() : '';
    if ((members !== 'recovery,reviewers' && members !== 'correlation,recovery,reviewers') ||
        !Array.isArray(b.reviewers)) {
      fail('Json', 'keyring');
    }
    if ('correlation' in b) unb64(sodium, b.correlation, 'correlation key id', KEY_BYTES);
    b.reviewers.forEach((e) => checkEntry(sodium, e, seen, true));
    checkEntry(sodium, b.recovery, seen);
  }
  checkEntry(sodium, keyring.anonymizer, null);
  if ('release' in keyring) checkEntry(sodium, keyring.release, null);
  return keyring;
}

/**
 * Rollback protection for a browser that comes back (a reviewer's): remembers in `store` (the
 * page's localStorage) the highest serial seen for the keyring signer `fingerprint`, and throws
 * `KeyringRollback` for a lower one, which would be an older keyring put back (one that may
 * still list a removed reviewer's key). Call it after verifyKeyring. A store that cannot be
 * read or written (private mode, storage disabled) gives no protection but does not fail.
 * Returns the highest serial seen before, or -1.
 */
export function checkKeyringSerial(store, fingerprint, serial) {
  const key = 'tsr-keyring-serial:' + fingerprint;
  let seen = null;
  try {
    seen = store ? store.getItem(key) : null;
  } catch (e) {
    seen = null;
  }
  const highest = typeof seen === 'string' && /^[0-9]{1,15}$/.test(seen) ? Number(seen) : -1;
  if (serial < highest) fail('KeyringRollback', 'serial ' + serial + ' is below ' + highest);
  if (serial > highest) {
    try {
      store.setItem(key, String(serial));
    } catch (e) {
      // Not remembered: the next visit cannot compare, nothing else changes.
    }
  }
  return highest;
}

/** Every public key a report for `bodies` (e.g. ['EUIPO']) is sealed to, as bytes. */
export function keyringRecipients(sodium, keyring, bodies) {
  const out = [];
  for (const name of bodies) {
    const b = keyring.bodies[name];
    if (!b) fail('Malformed', 'body missing');
    for (const e of b.reviewers.concat([b.recovery])) {
      out.push(unb64(sodium, e.public_key, 'public key', KEY_BYTES));
    }
  }
  return out;
}
