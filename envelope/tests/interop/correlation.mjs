// node envelope/tests/interop/correlation.mjs
//
// Run by envelope/tests/correlation.rs. The browser's correlation code
// (server/static/js/envelope/correlation.js) against the committed vectors
// (envelope/tests/vectors/correlation.json, which Rust checks too), the keyring's optional
// `correlation` member, the refusal of a correlation key whose id is not the keyring's, and the
// hashes of a report (never its free observations).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadSodium, loadEnvelope, VECTORS } from './load.mjs';

const sodium = await loadSodium();
const E = await loadEnvelope();
const b64 = (bytes) => E.b64(sodium, bytes);

function refuses(code, fn) {
  assert.throws(fn, (e) => e instanceof E.EnvelopeError && e.code === code, code);
}

// The vectors.
const v = JSON.parse(fs.readFileSync(path.join(VECTORS, 'correlation.json'), 'utf8'));
const key = sodium.from_hex(v.key);
assert.equal(b64(E.correlationId(sodium, key)), v.id_b64);
for (const h of v.hashes) assert.equal(E.indicatorHash(sodium, key, h.kind, h.value), h.hash, h.kind + ' ' + h.value);
refuses('Malformed', () => E.indicatorHash(sodium, key, 'observations', 'x'));

// The keyring's optional `correlation` member: accepted when a 32-byte id, refused otherwise.
const signer = sodium.crypto_sign_keypair();
const pinned = E.fingerprint(sodium, 'ed25519', signer.publicKey);
const entry = (id) => ({ id, name: id, public_key: b64(sodium.crypto_box_keypair().publicKey) });
function signed(correlation) {
  const euipo = { recovery: entry('euipo-recovery'), reviewers: [entry('euipo-1')] };
  if (correlation !== undefined) euipo.correlation = correlation;
  const keyring = {
    anonymizer: entry('anonymizer'),
    bodies: { EC3: { recovery: entry('ec3-recovery'), reviewers: [entry('ec3-1')] }, EUIPO: euipo },
    format: 'tsr-keyring/1', issued: '2026-12-07', serial: 2,
  };
  const bytes = E.utf8(E.canonicalJson(keyring));
  const sig = { format: 'tsr-keyring-signature/1', signature: b64(sodium.crypto_sign_detached(bytes, signer.privateKey)), signing_key: b64(signer.publicKey) };
  return [bytes, JSON.stringify(sig)];
}
assert.equal(E.verifyKeyring(sodium, ...signed(v.id_b64), pinned).bodies.EUIPO.correlation, v.id_b64);
assert.equal(E.verifyKeyring(sodium, ...signed(undefined), pinned).bodies.EUIPO.correlation, undefined);
refuses('Encoding', () => E.verifyKeyring(sodium, ...signed('c2hvcnQ='), pinned));

// A sealed copy opens with the reviewer's key, and only for the keyring's id.
const me = sodium.crypto_box_keypair();
const keys = { publicKey: me.publicKey, privateKey: me.privateKey };
const sealed = b64(sodium.crypto_box_seal(key, me.publicKey));
assert.deepEqual([...E.openCorrelationKey(sodium, sealed, keys, v.id_b64)], [...key]);
const substituted = b64(sodium.crypto_box_seal(sodium.randombytes_buf(32), me.publicKey));
refuses('WrongCorrelationKey', () => E.openCorrelationKey(sodium, substituted, keys, v.id_b64));
refuses('WrongCorrelationKey', () => E.openCorrelationKey(sodium, sealed, keys, undefined));
const other = sodium.crypto_box_keypair();
refuses('WrongKey', () => E.openCorrelationKey(sodium, sealed, { publicKey: other.publicKey, privateKey: other.privateKey }, v.id_b64));

// A report's hashes: indicators and the organisation, no observations, no duplicates, capped.
const report = {
  fields: { organisation_id: 'DE123456789' },
  indicators: { ip: ['192.0.2.7', '192.0.2.7'], domain: ['exfil.example.com'], observations: 'seen at night' },
};
const hashes = E.reportHashes(sodium, key, report);
assert.deepEqual(hashes.map((h) => h.kind), ['ip', 'domain', 'organisation']);
assert.equal(hashes[0].hash, v.hashes[0].hash);
assert.ok(!hashes.some((h) => h.hash === E.indicatorHash(sodium, key, 'file_name', 'seen at night')));
const many = { indicators: {} };
for (const k of ['ip', 'domain', 'url', 'email', 'hash', 'file_name']) many.indicators[k] = Array.from({ length: 101 }, (_, i) => k + i);
many.fields = { organisation_id: 'DE123456789' };
assert.equal(E.reportHashes(sodium, key, many).length, E.MAX_CORRELATION_HASHES);
console.log('correlation: ok');
