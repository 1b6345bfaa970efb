// node envelope/tests/interop/make-vectors.mjs [--force]
//
// Writes envelope/tests/vectors/v2-js.json (envelope v2) once; v1-js.json, made by it before
// v2, stays committed so v1 objects keep being opened. a report envelope, an attachment stream and a
// wrapped key made by server/static/js/envelope.js on the vendored libsodium.js, from fixed
// inputs (key pairs from fixed seeds, a fixed attachment key). Envelopes are randomized, so the
// bytes produced are stored. The Rust counterpart is envelope/examples/make_vectors.rs; both
// files are opened by tests/js_interop.rs (Rust) and tests/interop/check.mjs (JavaScript).

import fs from 'node:fs';
import path from 'node:path';
import { loadSodium, loadEnvelope, VECTORS } from './load.mjs';
import { pattern, RULE } from './pattern.mjs';

const file = path.join(VECTORS, 'v2-js.json');
if (fs.existsSync(file) && !process.argv.includes('--force')) {
  console.error(`${file} exists; vectors are made once (use --force)`);
  process.exit(1);
}

const sodium = await loadSodium();
const E = await loadEnvelope();
const b64 = (bytes) => E.b64(sodium, bytes);
const bytes = (n, f) => Uint8Array.from({ length: n }, (_, i) => f(i));

const keys = {};
const pairs = {};
for (const [name, byte] of [['alice', 0x11], ['bob', 0x22], ['dave', 0x44]]) {
  const seed = new Uint8Array(32).fill(byte);
  pairs[name] = sodium.crypto_box_seed_keypair(seed);
  keys[name] = { seed: sodium.to_hex(seed), public_key: b64(pairs[name].publicKey) };
}

const id = bytes(16, (i) => 0x80 + i);
const plaintext = '{"v":1,"narrative":"JavaScript test vector — Vecteur de test ✓","attachments":[]}';
const envelope = E.sealEnvelope(sodium, {
  kind: 'report', id, plaintext: E.utf8(plaintext),
  recipients: [pairs.alice.publicKey, pairs.bob.publicKey],
});

const attKey = bytes(32, (i) => 0x20 + i);
const [length, seed] = [E.CHUNK_PLAINTEXT + 4321, 9];
const attPlain = pattern(length, seed);
const stream = E.sealAttachment(sodium, attKey, attPlain);

const passphrase = 'vector passphrase (JavaScript) — not secret';
const wrapped = E.wrapKey(sodium, {
  kind: 'x25519', label: 'dave', secret: pairs.dave.privateKey, passphrase,
  opslimit: 2, memlimit: 19922944,
});

const vectors = {
  format: 'tsr envelope v2 test vectors',
  made_by: `envelope/tests/interop/make-vectors.mjs (server/static/js/envelope.js, libsodium.js with libsodium ${sodium.sodium_version_string()})`,
  note: 'Public test keys from fixed seeds; never use them for anything else. Specification: keys/FORMAT.md.',
  keys,
  report: {
    kind: E.KIND.report, id: sodium.to_hex(id), recipients: ['alice', 'bob'], plaintext,
    envelope: b64(envelope),
  },
  attachment: {
    key: b64(attKey), length, seed, rule: RULE,
    sha256: sodium.to_hex(sodium.crypto_hash_sha256(attPlain)),
    chunks: E.splitAttachment(stream).chunks.length,
    stream: b64(stream),
  },
  wrapped_key: { key: 'dave', passphrase, file: wrapped },
};
fs.mkdirSync(VECTORS, { recursive: true });
fs.writeFileSync(file, JSON.stringify(vectors, null, 2) + '\n');
console.log(`wrote ${file}`);
