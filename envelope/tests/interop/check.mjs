// node envelope/tests/interop/check.mjs <in.json> <out.json>
//
// Run by envelope/tests/js_interop.rs. Loads server/static/js/envelope.js on the vendored
// libsodium.js; opens everything the Rust crate made (in.json) and the committed vectors; checks
// that tampering is refused; then seals its own material into out.json for Rust to open.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadSodium, loadEnvelope, VECTORS } from './load.mjs';
import { pattern } from './pattern.mjs';

const [inPath, outPath] = process.argv.slice(2);
if (!inPath || !outPath) {
  console.error('usage: node check.mjs <in.json> <out.json>');
  process.exit(2);
}

const sodium = await loadSodium();
const E = await loadEnvelope();
const b64 = (bytes) => E.b64(sodium, bytes);
const unb64 = (text) => E.unb64(sodium, text, 'test data');
const utf8 = E.utf8;
const hex = (bytes) => sodium.to_hex(bytes);
const keyPair = (k) => ({ publicKey: unb64(k.public_key), privateKey: unb64(k.secret_key) });
const seedKeyPair = (k) => sodium.crypto_box_seed_keypair(sodium.from_hex(k.seed));
const sha256 = (bytes) => hex(sodium.crypto_hash_sha256(bytes));
const flip = (bytes, at) => {
  const copy = bytes.slice();
  copy[at < 0 ? copy.length + at : at] ^= 0x01;
  return copy;
};

const passed = [];
function check(name, fn) {
  try {
    fn();
  } catch (e) {
    e.message = `${name}: ${e.message}`;
    throw e;
  }
  passed.push(name);
}
const refuses = (code, fn) => assert.throws(fn, (e) => e instanceof E.EnvelopeError && e.code === code);

console.log(`libsodium ${sodium.sodium_version_string()}`);
const input = JSON.parse(fs.readFileSync(inPath, 'utf8'));

// ---- open what Rust made ----------------------------------------------------------------------

check('envelopes from Rust open for every recipient', () => {
  const keys = input.keys.map(keyPair);
  for (const env of input.envelopes) {
    const bytes = unb64(env.bytes);
    const asked = { kind: env.kind, id: env.id };
    for (const kp of keys) {
      const opened = E.openEnvelope(sodium, bytes, kp, asked);
      assert.equal(opened.kind, env.kind);
      assert.equal(hex(opened.id), env.id);
      assert.deepEqual(opened.plaintext, unb64(env.plaintext), env.name);
    }
    const parsed = E.parseEnvelope(sodium, bytes);
    assert.equal(parsed.ciphertext.length, E.bucket(unb64(env.plaintext).length) + 16);
    assert.equal(parsed.version, 2);
    refuses('Tampered', () => E.openEnvelope(sodium, flip(bytes, -1), keys[0], asked));
    // A changed id: not the object asked for; asked for it, the key commitment fails.
    const otherId = flip(bytes, 5);
    refuses('Mismatch', () => E.openEnvelope(sodium, otherId, keys[0], asked));
    const flippedId = { kind: env.kind, id: E.parseEnvelope(sodium, otherId).id };
    refuses('KeyCommitment', () => E.openEnvelope(sodium, otherId, keys[0], flippedId));
    refuses('Mismatch', () => E.openEnvelope(sodium, bytes, keys[0], { kind: 'note', id: env.id }));
    refuses('Malformed', () => E.openEnvelope(sodium, bytes, keys[0]));
    refuses('RecipientDigestMismatch', () => E.openEnvelope(sodium, flip(bytes, 30), keys[0], asked));
    refuses('Malformed', () =>
      E.openEnvelope(sodium, bytes.subarray(0, bytes.length - 1), keys[0], asked));
    refuses('NoSlotForKey', () => E.openEnvelope(sodium, bytes, sodium.crypto_box_keypair(), asked));
    const impostor = { publicKey: keys[0].publicKey, privateKey: keys[1].privateKey };
    refuses('WrongKey', () => E.openEnvelope(sodium, bytes, impostor, asked));
  }
});

check('an envelope whose slots wrap different data keys is refused (key commitment)', () => {
  const keys = input.keys.map(keyPair);
  const s = input.split_keys;
  const bytes = unb64(s.bytes);
  const asked = { kind: s.kind, id: s.id };
  assert.deepEqual(E.openEnvelope(sodium, bytes, keys[0], asked).plaintext, unb64(s.plaintext));
  refuses('KeyCommitment', () => E.openEnvelope(sodium, bytes, keys[s.other], asked));
  refuses('KeyCommitment', () => E.envelopeDataKey(sodium, bytes, keys[s.other]));
});

check('receipt typed loosely derives the reporter key and opens the reply', () => {
  const r = input.reply;
  assert.equal(E.normalizeReceipt(r.typed), r.normalized);
  assert.equal(E.normalizeReceipt(r.receipt), r.normalized);
  const kp = E.reporterKeyPair(sodium, r.typed);
  assert.equal(b64(kp.publicKey), r.reporter_public_key);
  assert.equal(b64(E.receiptLookupHash(sodium, r.receipt)), r.lookup_hash);
  assert.equal(b64(E.receiptLookupHashV1(sodium, r.receipt)), r.lookup_hash_v1);
  assert.equal(b64(E.signinToken(sodium, r.typed)), r.signin_token);
  assert.equal(b64(E.tokenLookup(sodium, E.signinToken(sodium, r.typed))), r.lookup_hash);
  const asked = { kind: 'message', id: r.id };
  assert.deepEqual(E.openEnvelope(sodium, unb64(r.envelope), kp, asked).plaintext, unb64(r.plaintext));
  refuses('InvalidReceipt', () => E.normalizeReceipt(r.normalized.slice(1)));
  refuses('InvalidReceipt', () => E.normalizeReceipt(r.normalized + '0'));
  refuses('InvalidReceipt', () => E.normalizeReceipt('U' + r.normalized.slice(1)));
});

check('Padmé bucket sizes agree with Rust', () => {
  input.padme.forEach((p, i) => assert.equal(E.padme(i + 1), p, `padme(${i + 1})`));
  for (const [length, stored] of input.stream_lengths) assert.equal(E.streamLength(length), stored);
});

check('padded attachment streams from Rust open chunk by chunk', () => {
  for (const a of input.attachments) {
    const key = unb64(a.key);
    const stream = unb64(a.stream);
    const { prefix, chunks } = E.splitAttachment(stream);
    assert.equal(chunks.length, E.paddedChunks(a.length));
    assert.equal(stream.length, E.streamLength(a.length));
    const opener = E.attachmentOpener(sodium, key, prefix);
    const pieces = chunks.map((c) => opener.pull(c));
    opener.finish();
    assert.deepEqual(Buffer.concat(pieces), Buffer.from(pattern(a.length, a.seed)));
    refuses('ChunkRejected', () => E.openAttachment(sodium, key, flip(stream, -1)));
    refuses('ChunkRejected', () => E.openAttachment(sodium, sodium.randombytes_buf(32), stream));
    if (chunks.length >= 3) {
      const swapped = E.attachmentOpener(sodium, key, prefix);
      refuses('ChunkRejected', () => swapped.pull(chunks[1]));
      const truncated = E.attachmentOpener(sodium, key, prefix);
      chunks.slice(0, -1).forEach((c) => truncated.pull(c));
      refuses('Truncated', () => truncated.finish());
      refuses('Truncated', () =>
        E.openAttachment(sodium, key, stream.subarray(0, stream.length - chunks.at(-1).length)));
    }
  }
});

check('statistics record from Rust opens with the anonymizer key', () => {
  const s = input.stats;
  const kp = keyPair(s.anonymizer);
  assert.deepEqual(E.openStatsRecord(sodium, unb64(s.sealed), kp), unb64(s.record));
  refuses('WrongKey', () => E.openStatsRecord(sodium, flip(unb64(s.sealed), -1), kp));
});

check('wrapped keys from Rust unwrap to the same secrets', () => {
  for (const w of input.wrapped) {
    const k = E.unwrapKey(sodium, w.file, w.passphrase);
    assert.equal(k.kind, w.kind);
    assert.equal(b64(k.publicKey), w.public_key);
    assert.equal(b64(k.secret), w.secret);
    refuses('WrongPassphrase', () => E.unwrapKey(sodium, w.file, w.passphrase + ' '));
    const weak = JSON.parse(w.file);
    weak.kdf.opslimit = 1;
    refuses('WeakKdfParameters', () => E.unwrapKey(sodium, weak, w.passphrase));
  }
});

check('signed keyring from Rust verifies; fingerprints agree; tampering fails', () => {
  const k = input.keyring;
  const bytes = unb64(k.bytes);
  const keyring = E.verifyKeyring(sodium, bytes, k.signature_file, k.signer_fingerprint);
  assert.equal(keyring.serial, 7);
  for (const body of ['EUIPO', 'EC3']) {
    assert.deepEqual(E.keyringRecipients(sodium, keyring, [body]).map(b64), k.recipients[body]);
  }
  for (const f of k.fingerprints) {
    assert.equal(E.fingerprint(sodium, f.kind, unb64(f.public_key)), f.fingerprint);
  }
  const lower = k.signer_fingerprint.toLowerCase();
  E.verifyKeyring(sodium, bytes, k.signature_file, ` ${lower} `);
  const at = bytes.length >> 1;
  refuses('BadSignature', () => E.verifyKeyring(sodium, flip(bytes, at), k.signature_file, lower));
  refuses('UnexpectedSigner', () =>
    E.verifyKeyring(sodium, bytes, k.signature_file, k.fingerprints[0].fingerprint));
  const nc = k.noncanonical;
  refuses('Malformed', () =>
    E.verifyKeyring(sodium, unb64(nc.bytes), nc.signature_file, k.signer_fingerprint));
  assert.equal(E.canonicalJson(JSON.parse(E.fromUtf8(unb64(nc.bytes)))), E.fromUtf8(bytes));
});

// ---- the committed vectors --------------------------------------------------------------------

function checkVectorAttachment(a) {
  const stream = unb64(a.stream);
  assert.equal(E.splitAttachment(stream).chunks.length, a.chunks);
  const plain = E.openAttachment(sodium, unb64(a.key), stream);
  assert.equal(plain.length, a.length);
  assert.equal(sha256(plain), a.sha256);
  assert.deepEqual(plain, pattern(a.length, a.seed));
}

function checkVectorKeys(keys) {
  const pairs = {};
  for (const [name, k] of Object.entries(keys)) {
    if (name === 'keyring_signer') {
      const pk = sodium.crypto_sign_seed_keypair(sodium.from_hex(k.seed)).publicKey;
      assert.equal(b64(pk), k.public_key);
      continue;
    }
    pairs[name] = seedKeyPair(k);
    assert.equal(b64(pairs[name].publicKey), k.public_key, name);
    if (k.secret_key) assert.equal(b64(pairs[name].privateKey), k.secret_key, name);
  }
  return pairs;
}

function checkVectorReport(report, kp, version) {
  const bytes = unb64(report.envelope);
  assert.equal(E.parseEnvelope(sodium, bytes).version, version);
  const asked = { kind: report.kind, id: report.id };
  for (const name of report.recipients) {
    const opened = E.openEnvelope(sodium, bytes, kp[name], asked);
    assert.equal(opened.kind, report.kind);
    assert.equal(hex(opened.id), report.id);
    assert.equal(E.fromUtf8(opened.plaintext), report.plaintext);
  }
  const other = { kind: 'message', id: report.id };
  refuses('Mismatch', () => E.openEnvelope(sodium, bytes, kp[report.recipients[0]], other));
}

function checkVectorWrappedKey(w, kp) {
  const k = E.unwrapKey(sodium, w.file, w.passphrase);
  assert.deepEqual(k.secret, kp[w.key].privateKey);
  assert.deepEqual(k.publicKey, kp[w.key].publicKey);
}

for (const version of [1, 2]) check(`committed vectors v${version}.json (made by Rust) open in JavaScript`, () => {
  const v = JSON.parse(fs.readFileSync(path.join(VECTORS, `v${version}.json`), 'utf8'));
  const kp = checkVectorKeys(v.keys);
  checkVectorReport(v.report, kp, version);
  const asked = { kind: v.report.kind, id: v.report.id };
  refuses('NoSlotForKey', () => E.openEnvelope(sodium, unb64(v.report.envelope), kp.carol, asked));
  if (version === 2) {
    const split = unb64(v.split_keys.envelope);
    for (const name of v.split_keys.opens_for) E.openEnvelope(sodium, split, kp[name], asked);
    for (const name of v.split_keys.refused_for) {
      refuses('KeyCommitment', () => E.openEnvelope(sodium, split, kp[name], asked));
    }
  }
  checkVectorAttachment(v.attachment);
  const record = E.openStatsRecord(sodium, unb64(v.stats.sealed), kp[v.stats.anonymizer]);
  assert.equal(E.fromUtf8(record), v.stats.record);
  checkVectorWrappedKey(v.wrapped_key, kp);
  const r = v.receipt;
  assert.equal(E.normalizeReceipt(r.typed), r.normalized);
  assert.equal(b64(E.reporterKeyPair(sodium, r.typed).publicKey), r.reporter_public_key);
  const lookup = version === 1 ? E.receiptLookupHashV1 : E.receiptLookupHash;
  assert.equal(b64(lookup(sodium, r.typed)), r.lookup_hash);
  if (version === 2) assert.equal(b64(E.signinToken(sodium, r.typed)), r.signin_token);
  for (const f of v.fingerprints) {
    assert.equal(E.fingerprint(sodium, f.kind, unb64(f.public_key)), f.fingerprint, f.key);
  }
  const k = v.keyring;
  const keyring = E.verifyKeyring(sodium, utf8(k.json), k.signature_file, k.signer_fingerprint);
  assert.deepEqual(E.keyringRecipients(sodium, keyring, ['EUIPO']), [kp.alice.publicKey, kp.bob.publicKey]);
  // Ed25519 is deterministic: the signer's seed reproduces the signature.
  const signer = sodium.crypto_sign_seed_keypair(sodium.from_hex(v.keys.keyring_signer.seed));
  const signature = sodium.crypto_sign_detached(utf8(k.json), signer.privateKey);
  assert.equal(b64(signature), JSON.parse(k.signature_file).signature);
});

for (const version of [1, 2]) check(`committed vectors v${version}-js.json (made by JavaScript) open in JavaScript`, () => {
  const v = JSON.parse(fs.readFileSync(path.join(VECTORS, `v${version}-js.json`), 'utf8'));
  const kp = checkVectorKeys(v.keys);
  checkVectorReport(v.report, kp, version);
  checkVectorAttachment(v.attachment);
  checkVectorWrappedKey(v.wrapped_key, kp);
});

// ---- seal material for Rust -------------------------------------------------------------------

const js = input.js;
const recipients = js.recipients.map(unb64);

// An attachment of three chunks, the last partial, sealed chunk by chunk (padded: Padmé of 3 is
// 3, so three full chunks).
const attKey = sodium.randombytes_buf(32);
const attLength = 2 * E.CHUNK_PLAINTEXT + 12345;
const attSeed = 5;
const attPlain = pattern(attLength, attSeed);
const sealer = E.attachmentSealer(sodium, attKey);
const parts = [sealer.prefix];
for (let at = 0; at < attLength; at += E.CHUNK_PLAINTEXT) {
  const end = Math.min(at + E.CHUNK_PLAINTEXT, attLength);
  parts.push(sealer.chunk(attPlain.subarray(at, end), end === attLength));
}
const stream = Buffer.concat(parts);
assert.deepEqual(E.openAttachment(sodium, attKey, stream), attPlain);
assert.equal(stream.length, E.streamLength(attLength));

// Padded sizes for Rust to check: a file of each length, sealed here.
const sizes = input.padded_lengths.map((length) =>
  [length, E.sealAttachment(sodium, sodium.randombytes_buf(32), pattern(length, 1)).length]);

// The report lists the attachment and its key, as FORMAT.md describes.
const id = sodium.randombytes_buf(16);
const reportPlain = utf8(JSON.stringify({
  v: 1,
  narrative: 'Exfiltration du code source — Übermittelt aus dem Browser ✓ 🔐',
  attachments: [{
    id: 'att-1', name: 'controller.tar', type: 'application/x-tar',
    size: attLength, key: b64(attKey),
  }],
}));
const report = E.sealEnvelope(sodium, { kind: 'report', id, plaintext: reportPlain, recipients });

const record = utf8(JSON.stringify({
  member_state: 'FR', sector: 'aerospace', incident_class: 'trade-secret-theft', quarter: '2026-Q4',
}));
const sealedRecord = E.sealStatsRecord(sodium, record, unb64(js.anonymizer));

const own = sodium.crypto_box_keypair();
const passphrase = 'mot de passe — ✓ de JavaScript';
const wrapped = E.wrapKey(sodium, {
  kind: 'x25519', label: 'js-reviewer', secret: own.privateKey, passphrase,
  opslimit: 2, memlimit: 19922944,
});

const receipt = E.generateReceipt(sodium);
assert.match(receipt, /^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);

const out = {
  report: { id: hex(id), envelope: b64(report), plaintext: b64(reportPlain) },
  attachment: { key: b64(attKey), length: attLength, seed: attSeed, stream: b64(stream) },
  stats: { sealed: b64(sealedRecord), record: b64(record) },
  padded_sizes: sizes,
  wrapped: {
    file: JSON.stringify(wrapped, null, 2), passphrase,
    public_key: b64(own.publicKey), secret: b64(own.privateKey),
  },
  receipt: {
    display: receipt,
    reporter_public_key: b64(E.reporterKeyPair(sodium, receipt).publicKey),
    lookup_hash: b64(E.receiptLookupHash(sodium, receipt)),
    signin_token: b64(E.signinToken(sodium, receipt)),
  },
  fingerprints: recipients.map((pk) => E.fingerprint(sodium, 'x25519', pk)),
};
fs.writeFileSync(outPath, JSON.stringify(out, null, 2));
passed.push('sealed report, attachment, statistics record, wrapped key and receipt for Rust');
for (const name of passed) console.log(`ok - ${name}`);
