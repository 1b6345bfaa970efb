/*
 * Wrapped private keys ("tsr-wrapped-key/1", keys/FORMAT.md): a reviewer's X25519 secret key or
 * an Ed25519 seed under a passphrase (Argon2id + secretbox), as envelope::wrap does in Rust.
 * The KDF limits are checked on both wrapping and unwrapping, so a key file cannot downgrade
 * them.
 *
 * ES module, no DOM; every function takes the ready `sodium` object first.
 */

import { KEY_BYTES, MIB, b64, bytesOf, equalBytes, fail, unb64, utf8 } from './bytes.js';

export const KDF = Object.freeze({
  minOpslimit: 2,
  maxOpslimit: 16,
  minMemlimit: 19 * MIB,
  maxMemlimit: 1024 * MIB,
});

function publicFromSecret(sodium, kind, secret) {
  if (kind === 'x25519') return sodium.crypto_scalarmult_base(secret);
  if (kind === 'ed25519') return sodium.crypto_sign_seed_keypair(secret).publicKey;
  return fail('Malformed', 'unknown key kind');
}

const passphraseBytes = (p) => (typeof p === 'string' ? utf8(p) : bytesOf(p, 'passphrase'));

function checkLimits(opslimit, memlimit) {
  if (!Number.isSafeInteger(opslimit) || !Number.isSafeInteger(memlimit) ||
      opslimit < KDF.minOpslimit || opslimit > KDF.maxOpslimit ||
      memlimit < KDF.minMemlimit || memlimit > KDF.maxMemlimit) {
    fail('WeakKdfParameters');
  }
}

/**
 * Wraps a 32-byte secret (X25519 secret key or Ed25519 seed) under a passphrase (string,
 * encoded as UTF-8). Returns the "tsr-wrapped-key/1" object; JSON.stringify it to store it.
 */
export function wrapKey(sodium, wrapping) {
  const { kind, label, secret, passphrase, opslimit = 3, memlimit = 64 * MIB } = wrapping;
  bytesOf(secret, 'secret key', KEY_BYTES);
  checkLimits(opslimit, memlimit);
  const publicKey = publicFromSecret(sodium, kind, secret);
  const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
  const key = sodium.crypto_pwhash(32, passphraseBytes(passphrase), salt, opslimit, memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13);
  const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
  const ciphertext = sodium.crypto_secretbox_easy(secret, nonce, key);
  sodium.memzero(key);
  return {
    format: 'tsr-wrapped-key/1',
    kind,
    label: String(label),
    public_key: b64(sodium, publicKey),
    kdf: { alg: 'argon2id13', opslimit, memlimit, salt: b64(sodium, salt) },
    nonce: b64(sodium, nonce),
    ciphertext: b64(sodium, ciphertext),
  };
}

const WRAPPED_FIELDS = 'ciphertext,format,kdf,kind,label,nonce,public_key';
const KDF_FIELDS = 'alg,memlimit,opslimit,salt';

/**
 * Unwraps a wrapped key (object or JSON text). Returns `{kind, label, publicKey, secret}`;
 * for X25519 `secret` is the private key, for Ed25519 the seed.
 */
export function unwrapKey(sodium, wrapped, passphrase) {
  const w = typeof wrapped === 'string' ? JSON.parse(wrapped) : wrapped;
  if (!w || Object.keys(w).sort().join() !== WRAPPED_FIELDS || !w.kdf ||
      Object.keys(w.kdf).sort().join() !== KDF_FIELDS) {
    fail('Json', 'key file');
  }
  if (w.format !== 'tsr-wrapped-key/1') fail('Malformed', 'unknown format');
  if (w.kind !== 'x25519' && w.kind !== 'ed25519') fail('Json', 'key file');
  if (w.kdf.alg !== 'argon2id13') fail('Malformed', 'unknown KDF');
  const salt = unb64(sodium, w.kdf.salt, 'salt', sodium.crypto_pwhash_SALTBYTES);
  const nonce = unb64(sodium, w.nonce, 'nonce', sodium.crypto_secretbox_NONCEBYTES);
  const ciphertext = unb64(sodium, w.ciphertext, 'wrapped key');
  const publicKey = unb64(sodium, w.public_key, 'public key', KEY_BYTES);
  checkLimits(w.kdf.opslimit, w.kdf.memlimit);
  const key = sodium.crypto_pwhash(32, passphraseBytes(passphrase), salt, w.kdf.opslimit,
    w.kdf.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  let secret;
  try {
    secret = sodium.crypto_secretbox_open_easy(ciphertext, nonce, key);
  } catch (e) {
    fail('WrongPassphrase');
  } finally {
    sodium.memzero(key);
  }
  if (secret.length !== KEY_BYTES ||
      !equalBytes(publicFromSecret(sodium, w.kind, secret), publicKey)) {
    sodium.memzero(secret);
    fail('WrongPassphrase');
  }
  return { kind: w.kind, label: w.label, publicKey, secret };
}
