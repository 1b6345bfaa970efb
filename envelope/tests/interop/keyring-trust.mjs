// node envelope/tests/interop/keyring-trust.mjs
//
// Run by envelope/tests/js_keyring.rs. The browser's keyring checks (server/static/js/envelope/
// keyring.js) on keyrings made here: one signed by another key than the pinned fingerprint is
// refused, one with the optional release key is accepted, and checkKeyringSerial (what the
// console does with localStorage) refuses a serial lower than one seen before for the signer.

import assert from 'node:assert/strict';
import { loadSodium, loadEnvelope } from './load.mjs';

const sodium = await loadSodium();
const E = await loadEnvelope();
const b64 = (bytes) => E.b64(sodium, bytes);
const entry = (id) => ({ id, name: id, public_key: b64(sodium.crypto_box_keypair().publicKey) });

function signedKeyring(signer, serial, extra) {
  const keyring = Object.assign({
    anonymizer: entry('anonymizer'),
    bodies: {
      EC3: { recovery: entry('ec3-recovery'), reviewers: [entry('ec3-1')] },
      EUIPO: { recovery: entry('euipo-recovery'), reviewers: [entry('euipo-1')] },
    },
    format: 'tsr-keyring/1',
    issued: '2026-12-07',
    serial,
  }, extra || {});
  const bytes = E.utf8(E.canonicalJson(keyring));
  const signature = {
    format: 'tsr-keyring-signature/1',
    signature: b64(sodium.crypto_sign_detached(bytes, signer.privateKey)),
    signing_key: b64(signer.publicKey),
  };
  return { bytes, signature: JSON.stringify(signature) };
}

function refuses(code, fn) {
  assert.throws(fn, (e) => e instanceof E.EnvelopeError && e.code === code, code);
}

const ours = sodium.crypto_sign_keypair();
const theirs = sodium.crypto_sign_keypair();
const pinned = E.fingerprint(sodium, 'ed25519', ours.publicKey);

// A keyring signed by another key than the pinned one: refused.
const forged = signedKeyring(theirs, 9);
refuses('UnexpectedSigner', () => E.verifyKeyring(sodium, forged.bytes, forged.signature, pinned));

// The optional release key is accepted; any other extra field is not.
const release = { id: 'release', name: 'Release', public_key: b64(sodium.crypto_sign_keypair().publicKey) };
const withRelease = signedKeyring(ours, 3, { release });
assert.equal(E.verifyKeyring(sodium, withRelease.bytes, withRelease.signature, pinned).release.id, 'release');
const extra = signedKeyring(ours, 3, { other: release });
refuses('Json', () => E.verifyKeyring(sodium, extra.bytes, extra.signature, pinned));

// The serial rule with a localStorage stand-in.
const stored = new Map();
const store = {
  getItem: (k) => (stored.has(k) ? stored.get(k) : null),
  setItem: (k, v) => stored.set(k, String(v)),
};
assert.equal(E.checkKeyringSerial(store, pinned, 3), -1);
assert.equal(stored.get('tsr-keyring-serial:' + pinned), '3');
assert.equal(E.checkKeyringSerial(store, pinned, 3), 3, 'the same keyring again');
refuses('KeyringRollback', () => E.checkKeyringSerial(store, pinned, 2));
assert.equal(stored.get('tsr-keyring-serial:' + pinned), '3', 'a refusal changes nothing');
assert.equal(E.checkKeyringSerial(store, pinned, 5), 3);
refuses('KeyringRollback', () => E.checkKeyringSerial(store, pinned, 4));
// Per signer: another signer's serials start afresh.
assert.equal(E.checkKeyringSerial(store, 'AAAA-AAAA-AAAA-AAAA', 1), -1);
// No storage (private mode, disabled): no protection, but no failure either.
const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
assert.equal(E.checkKeyringSerial(broken, pinned, 1), -1);
assert.equal(E.checkKeyringSerial(null, pinned, 1), -1);

// Reviewer entries may name a message signing key; no other entry may.
const signingKey = b64(sodium.crypto_sign_keypair().publicKey);
const signer = Object.assign(entry('euipo-2'), { signing_key: signingKey });
const withSigner = signedKeyring(ours, 6, {
  bodies: {
    EC3: { recovery: entry('ec3-recovery'), reviewers: [entry('ec3-1')] },
    EUIPO: { recovery: entry('euipo-recovery'), reviewers: [entry('euipo-1'), signer] },
  },
});
const verified = E.verifyKeyring(sodium, withSigner.bytes, withSigner.signature, pinned);
assert.equal(verified.bodies.EUIPO.reviewers[1].signing_key, signingKey);
const misplaced = signedKeyring(ours, 6, {
  anonymizer: Object.assign(entry('anonymizer'), { signing_key: signingKey }),
});
refuses('Json', () => E.verifyKeyring(sodium, misplaced.bytes, misplaced.signature, pinned));

// Message signatures (FORMAT.md "Signed reviewer messages"): Ed25519 is deterministic, so the
// Rust side (js_keyring.rs) recomputes this exact signature from the same seed and bytes.
const seed = new Uint8Array(32).fill(7);
const author = sodium.crypto_sign_seed_keypair(seed);
const [rid, mid, env] = [new Uint8Array(16).fill(1), new Uint8Array(16).fill(2), E.utf8('TSE2 bytes')];
const msgSig = E.signMessage(sodium, author.privateKey, rid, mid, env);
assert.ok(E.verifyMessage(sodium, author.publicKey, rid, mid, env, msgSig));
assert.ok(!E.verifyMessage(sodium, author.publicKey, rid, new Uint8Array(16), env, msgSig));
assert.ok(!E.verifyMessage(sodium, author.publicKey, rid, mid, env, msgSig.subarray(0, 63)));
console.log('message-signature: ' + sodium.to_hex(msgSig));

// Classification signatures (FORMAT.md "Signed classifications"), likewise recomputed in Rust.
const record = E.utf8('TSS1 sealed record');
const clsSig = E.signClassification(sodium, author.privateKey, rid, record, 'euipo-enrolled-7');
assert.ok(E.verifyClassification(sodium, author.publicKey, rid, record, 'euipo-enrolled-7', clsSig));
assert.ok(!E.verifyClassification(sodium, author.publicKey, rid, record, 'euipo-enrolled-8', clsSig));
assert.ok(!E.verifyClassification(sodium, author.publicKey, rid, E.utf8('TSS1 other record'), 'euipo-enrolled-7', clsSig));
assert.ok(!E.verifyMessage(sodium, author.publicKey, rid, mid, record, clsSig));
console.log('classification-signature: ' + sodium.to_hex(clsSig));

console.log('keyring-trust: ok');
