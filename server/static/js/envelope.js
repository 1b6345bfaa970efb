/*
 * Envelope v1 in the browser: the byte formats of keys/FORMAT.md on libsodium.js
 * (libsodium-wrappers-sumo 0.8.x, vendored under /static/vendor/libsodium/).
 *
 * Plain script, ES2020, no build step: it attaches `TSR.envelope` to globalThis. Every function
 * takes the ready `sodium` object as its first parameter. Bytes are Uint8Array; Base64 is the
 * standard alphabet with padding. Failures throw `EnvelopeError` whose `code` names the kind,
 * as the Rust crate's `EnvelopeError` variants do (Tampered, WrongKey, NoSlotForKey, ...).
 *
 * The node interop test (envelope/tests/interop/) loads this same file and checks it against
 * the Rust `envelope` crate.
 */
(function (root) {
  'use strict';

  class EnvelopeError extends Error {
    constructor(code, detail) {
      super(detail ? code + ': ' + detail : code);
      this.name = 'EnvelopeError';
      this.code = code;
    }
  }
  const fail = (code, detail) => {
    throw new EnvelopeError(code, detail);
  };

  const KIND = Object.freeze({ report: 1, message: 2, note: 3 });
  const KEY_BYTES = 32;
  const ID_BYTES = 16;
  const NONCE_BYTES = 24;
  const SEALED_KEY_BYTES = 80;
  const HEADER_BYTES = 4 + 1 + ID_BYTES + 32;
  const MAX_SLOTS = 64;
  const MAX_CIPHERTEXT = 16 * 1024 * 1024;
  const MIB = 1024 * 1024;
  const CHUNK_PLAINTEXT = 65536;
  const CHUNK_CIPHERTEXT = CHUNK_PLAINTEXT + 17;
  const STATS_BLOCK = 512;
  const MAX_STATS_RECORD = 16 * 1024;
  const KDF = Object.freeze({
    minOpslimit: 2,
    maxOpslimit: 16,
    minMemlimit: 19 * MIB,
    maxMemlimit: 1024 * MIB,
  });
  const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

  const encoder = new TextEncoder();
  const utf8 = (s) => encoder.encode(s);
  const fromUtf8 = (bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const MAGIC_ENVELOPE = utf8('TSE1');
  const MAGIC_ATTACHMENT = utf8('TSA1');
  const MAGIC_STATS = utf8('TSS1');

  // ---- small byte helpers -------------------------------------------------------------------

  function concat(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  function compareBytes(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return a[i] - b[i];
    }
    return a.length - b.length;
  }

  const equalBytes = (a, b) => a.length === b.length && compareBytes(a, b) === 0;
  const startsWith = (bytes, prefix) => equalBytes(bytes.subarray(0, prefix.length), prefix);

  function u16(n) {
    return new Uint8Array([(n >>> 8) & 0xff, n & 0xff]);
  }

  function u32(n) {
    return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
  }

  function b64(sodium, bytes) {
    return sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
  }

  function unb64(sodium, text, what, length) {
    let bytes;
    try {
      bytes = sodium.from_base64(text, sodium.base64_variants.ORIGINAL);
    } catch (e) {
      fail('Encoding', what);
    }
    if (length !== undefined && bytes.length !== length) fail('Encoding', what);
    return bytes;
  }

  function bytesOf(value, what, length) {
    if (!(value instanceof Uint8Array)) fail('Encoding', what + ' must be a Uint8Array');
    if (length !== undefined && value.length !== length) fail('Encoding', what);
    return value;
  }

  // BLAKE2b with an ASCII domain-separation key (FORMAT.md conventions).
  function blake2b(sodium, outLen, context, message) {
    return sodium.crypto_generichash(outLen, message, utf8(context));
  }

  // ---- padding ------------------------------------------------------------------------------

  /** The padded size of a report or message plaintext of `n` bytes. */
  function bucket(n) {
    const need = n + 1;
    if (need <= MIB) {
      let size = 1024;
      while (size < need) size *= 2;
      return size;
    }
    return Math.ceil(need / MIB) * MIB;
  }

  function padTo(plaintext, size) {
    const out = new Uint8Array(size);
    out.set(plaintext);
    out[plaintext.length] = 0x80;
    return out;
  }

  function unpad(padded) {
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (end < 0 || padded[end] !== 0x80) fail('BadPadding');
    return padded.slice(0, end);
  }

  // ---- Crockford Base32 ---------------------------------------------------------------------

  function crockford(bytes, symbols) {
    let out = '';
    for (let i = 0; i < symbols; i++) {
      let v = 0;
      for (let b = 0; b < 5; b++) {
        const pos = i * 5 + b;
        const byte = pos >> 3 < bytes.length ? bytes[pos >> 3] : 0;
        v = (v << 1) | ((byte >> (7 - (pos & 7))) & 1);
      }
      out += CROCKFORD[v];
    }
    return out;
  }

  const group = (symbols) => symbols.match(/.{1,4}/g).join('-');

  // ---- sealed envelope ----------------------------------------------------------------------

  /** BLAKE2b-256(key = "tsr-v1-recipients", sorted public keys); duplicates are refused. */
  function recipientDigest(sodium, publicKeys) {
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
  function sealEnvelope(sodium, { kind, id, plaintext, recipients }) {
    const k = kindByte(kind);
    id = id === undefined ? sodium.randombytes_buf(ID_BYTES) : bytesOf(id, 'id', ID_BYTES);
    bytesOf(plaintext, 'plaintext');
    if (!Array.isArray(recipients) || recipients.length === 0) fail('Malformed', 'no recipients');
    if (recipients.length > MAX_SLOTS) fail('TooLarge', 'recipient list');
    const size = bucket(plaintext.length);
    if (size + 16 > MAX_CIPHERTEXT) fail('TooLarge', 'report');
    const header = concat(MAGIC_ENVELOPE, [k], id, recipientDigest(sodium, recipients));
    const dataKey = sodium.randombytes_buf(KEY_BYTES);
    const padded = padTo(plaintext, size);
    try {
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
  function parseEnvelope(sodium, bytes) {
    bytesOf(bytes, 'envelope');
    let pos = 0;
    const take = (n) => {
      if (pos + n > bytes.length) fail('Malformed', 'truncated');
      const s = bytes.subarray(pos, pos + n);
      pos += n;
      return s;
    };
    if (!equalBytes(take(4), MAGIC_ENVELOPE)) fail('Malformed', 'not an envelope v1');
    const kind = take(1)[0];
    kindByte(kind);
    const id = take(ID_BYTES);
    const digest = take(32);
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
    const header = bytes.subarray(0, HEADER_BYTES);
    return { kind, id, digest, slots, nonce, ciphertext, header };
  }

  /** Recovers the data key of an envelope with a recipient's key pair. */
  function envelopeDataKey(sodium, bytes, keyPair) {
    const env = parseEnvelope(sodium, bytes);
    const slot = env.slots.find((s) => equalBytes(s.recipient, keyPair.publicKey));
    if (!slot) fail('NoSlotForKey');
    try {
      return sodium.crypto_box_seal_open(slot.sealedKey, keyPair.publicKey, keyPair.privateKey);
    } catch (e) {
      return fail('WrongKey');
    }
  }

  /**
   * Opens an envelope with a recipient's key pair `{publicKey, privateKey}` (or, for access
   * granted later, with `{dataKey}`). Returns `{kind, id, plaintext}`.
   */
  function openEnvelope(sodium, bytes, keyPair) {
    const env = parseEnvelope(sodium, bytes);
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
  function sealDataKey(sodium, dataKey, publicKey) {
    return sodium.crypto_box_seal(bytesOf(dataKey, 'data key', KEY_BYTES), publicKey);
  }

  // ---- attachments --------------------------------------------------------------------------

  /**
   * Starts an attachment stream. `prefix` is the first 28 bytes; then call `chunk(piece, last)`
   * for each piece of exactly 65,536 bytes, and for the last piece (0 to 65,536 bytes) with
   * `last = true`; each call returns the ciphertext chunk to append.
   */
  function attachmentSealer(sodium, key) {
    bytesOf(key, 'attachment key', KEY_BYTES);
    const ss = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
    let finished = false;
    return {
      prefix: concat(MAGIC_ATTACHMENT, ss.header),
      chunk(piece, last) {
        if (finished) fail('TrailingChunk');
        bytesOf(piece, 'attachment piece');
        if (piece.length > CHUNK_PLAINTEXT || (!last && piece.length !== CHUNK_PLAINTEXT)) {
          fail('Malformed', 'attachment piece of invalid size');
        }
        finished = !!last;
        const tag = last
          ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
          : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        return sodium.crypto_secretstream_xchacha20poly1305_push(ss.state, piece, null, tag);
      },
    };
  }

  /**
   * Opens an attachment stream chunk by chunk: `pull(chunk)` returns the plaintext of each
   * chunk in order; `finish()` throws `Truncated` unless the FINAL chunk was seen.
   */
  function attachmentOpener(sodium, key, prefix) {
    bytesOf(key, 'attachment key', KEY_BYTES);
    if (prefix.length !== 28 || !startsWith(prefix, MAGIC_ATTACHMENT)) {
      fail('Malformed', 'bad stream prefix');
    }
    let state;
    try {
      state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(prefix.subarray(4), key);
    } catch (e) {
      fail('Malformed', 'bad stream header');
    }
    let index = 0;
    let finished = false;
    return {
      pull(chunk) {
        if (finished) fail('TrailingChunk');
        if (chunk.length < 17 || chunk.length > CHUNK_CIPHERTEXT) {
          fail('Malformed', 'chunk of invalid size');
        }
        let r = false;
        try {
          r = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, null);
        } catch (e) {
          r = false;
        }
        if (!r) fail('ChunkRejected', 'chunk ' + index);
        index++;
        if (r.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
          finished = true;
        } else if (r.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
          if (chunk.length !== CHUNK_CIPHERTEXT) fail('Malformed', 'short chunk before the end');
        } else {
          fail('Malformed', 'unexpected chunk tag');
        }
        return r.message;
      },
      get finished() {
        return finished;
      },
      finish() {
        if (!finished) fail('Truncated');
      },
    };
  }

  /** Splits a whole stream into its prefix and chunks (framing only, no key). */
  function splitAttachment(stream) {
    if (stream.length < 28 || !startsWith(stream, MAGIC_ATTACHMENT)) {
      fail('Malformed', 'not an attachment stream');
    }
    if (stream.length === 28) fail('Truncated');
    const chunks = [];
    for (let at = 28; at < stream.length; at += CHUNK_CIPHERTEXT) {
      chunks.push(stream.subarray(at, Math.min(at + CHUNK_CIPHERTEXT, stream.length)));
    }
    if (chunks[chunks.length - 1].length < 17) fail('Truncated');
    return { prefix: stream.subarray(0, 28), chunks };
  }

  /** Encrypts a whole in-memory file; returns the complete stream. */
  function sealAttachment(sodium, key, plaintext) {
    const sealer = attachmentSealer(sodium, key);
    const parts = [sealer.prefix];
    let at = 0;
    while (plaintext.length - at > CHUNK_PLAINTEXT) {
      parts.push(sealer.chunk(plaintext.subarray(at, at + CHUNK_PLAINTEXT), false));
      at += CHUNK_PLAINTEXT;
    }
    parts.push(sealer.chunk(plaintext.subarray(at), true));
    return concat(...parts);
  }

  /** Decrypts a whole stream held in memory. */
  function openAttachment(sodium, key, stream) {
    const { prefix, chunks } = splitAttachment(stream);
    const opener = attachmentOpener(sodium, key, prefix);
    const out = chunks.map((c) => opener.pull(c));
    opener.finish();
    return concat(...out);
  }

  // ---- statistics records -------------------------------------------------------------------

  /** "TSS1" ‖ crypto_box_seal(pad_512(record), anonymizer public key). */
  function sealStatsRecord(sodium, record, anonymizerPublicKey) {
    bytesOf(record, 'statistics record');
    if (record.length >= MAX_STATS_RECORD) fail('TooLarge', 'statistics record');
    const size = Math.ceil((record.length + 1) / STATS_BLOCK) * STATS_BLOCK;
    const padded = padTo(record, size);
    try {
      return concat(MAGIC_STATS, sodium.crypto_box_seal(padded, anonymizerPublicKey));
    } finally {
      sodium.memzero(padded);
    }
  }

  /** Opens a statistics record with the anonymizer's key pair (tests and tools). */
  function openStatsRecord(sodium, sealed, keyPair) {
    const body = sealed.length - 4 - 48;
    if (!startsWith(sealed, MAGIC_STATS)) fail('Malformed', 'bad magic');
    if (body < STATS_BLOCK || body % STATS_BLOCK !== 0 || body > MAX_STATS_RECORD + STATS_BLOCK) {
      fail('Malformed', 'invalid length');
    }
    let padded;
    try {
      padded = sodium.crypto_box_seal_open(
        sealed.subarray(4), keyPair.publicKey, keyPair.privateKey);
    } catch (e) {
      fail('WrongKey');
    }
    return unpad(padded);
  }

  // ---- receipts -----------------------------------------------------------------------------

  /** A fresh receipt: 120 random bits as six groups of four Crockford symbols. */
  function generateReceipt(sodium) {
    return group(crockford(sodium.randombytes_buf(15), 24));
  }

  /** What a person typed → the 24 normalized symbols (throws InvalidReceipt). */
  function normalizeReceipt(text) {
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
  function reporterKeyPair(sodium, receipt) {
    const seed = blake2b(sodium, 32, 'tsr-v1-reporter-keypair', utf8(normalizeReceipt(receipt)));
    try {
      const kp = sodium.crypto_box_seed_keypair(seed);
      return { publicKey: kp.publicKey, privateKey: kp.privateKey };
    } finally {
      sodium.memzero(seed);
    }
  }

  /** The lookup hash the server stores for a receipt (32 bytes). */
  function receiptLookupHash(sodium, receipt) {
    return blake2b(sodium, 32, 'tsr-v1-receipt-lookup', utf8(normalizeReceipt(receipt)));
  }

  // ---- wrapped private keys -----------------------------------------------------------------

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
  function wrapKey(sodium, wrapping) {
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
  function unwrapKey(sodium, wrapped, passphrase) {
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

  // ---- fingerprints and the keyring ---------------------------------------------------------

  /**
   * `XXXX-XXXX-XXXX-XXXX`: BLAKE2b-128(key = "tsr-v1-fingerprint", kind ‖ public key), first
   * 80 bits in Crockford Base32. `kind` is 'x25519' or 'ed25519'.
   */
  function fingerprint(sodium, kind, publicKey) {
    const k = { x25519: 0x78, ed25519: 0x65 }[kind];
    if (k === undefined) fail('Malformed', 'unknown key kind');
    const message = concat([k], bytesOf(publicKey, 'public key', KEY_BYTES));
    const digest = blake2b(sodium, 16, 'tsr-v1-fingerprint', message);
    return group(crockford(digest.subarray(0, 10), 16));
  }

  /** Canonical JSON: object keys sorted by UTF-8 byte order, no insignificant whitespace. */
  function canonicalJson(value) {
    if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value).sort((a, b) => compareBytes(utf8(a), utf8(b)));
      const members = keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(value[k]));
      return '{' + members.join(',') + '}';
    }
    return JSON.stringify(value);
  }

  const ENTRY_FIELDS = 'id,name,public_key';

  function checkEntry(sodium, entry, seen) {
    if (!entry || typeof entry !== 'object' || Object.keys(entry).sort().join() !== ENTRY_FIELDS ||
        typeof entry.id !== 'string' || typeof entry.name !== 'string') {
      fail('Json', 'keyring');
    }
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
  function verifyKeyring(sodium, keyringBytes, signatureFile, expectedFingerprint) {
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
    if (Object.keys(keyring).sort().join() !== 'anonymizer,bodies,format,issued,serial') {
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
      if (!b || Object.keys(b).sort().join() !== 'recovery,reviewers' ||
          !Array.isArray(b.reviewers)) {
        fail('Json', 'keyring');
      }
      b.reviewers.forEach((e) => checkEntry(sodium, e, seen));
      checkEntry(sodium, b.recovery, seen);
    }
    checkEntry(sodium, keyring.anonymizer, null);
    return keyring;
  }

  /** Every public key a report for `bodies` (e.g. ['EUIPO']) is sealed to, as bytes. */
  function keyringRecipients(sodium, keyring, bodies) {
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

  root.TSR = root.TSR || {};
  root.TSR.envelope = Object.freeze({
    EnvelopeError,
    KIND,
    CHUNK_PLAINTEXT,
    CHUNK_CIPHERTEXT,
    KDF,
    bucket,
    b64,
    unb64,
    utf8,
    fromUtf8,
    recipientDigest,
    sealEnvelope,
    parseEnvelope,
    envelopeDataKey,
    openEnvelope,
    sealDataKey,
    attachmentSealer,
    attachmentOpener,
    splitAttachment,
    sealAttachment,
    openAttachment,
    sealStatsRecord,
    openStatsRecord,
    generateReceipt,
    normalizeReceipt,
    reporterKeyPair,
    receiptLookupHash,
    wrapKey,
    unwrapKey,
    fingerprint,
    canonicalJson,
    verifyKeyring,
    keyringRecipients,
  });
})(globalThis);
