/*
 * An attachment's plaintext, decrypted in the browser chunk by chunk as its ciphertext streams
 * in (libsodium secretstream, envelope.js): the console saves it as a file (console.js) or
 * hashes it for the case file (console/casefile.js). The parts stay in this page's memory.
 *
 * ES module, no DOM; imports envelope.js.
 */

import * as E from '../envelope.js';

/**
 * The decrypted parts of the attachment streamed by `resp` (a fetch Response), opened with its
 * 32-byte key; throws when the stream is cut, altered or not this key's.
 */
export async function decryptAttachment(sodium, resp, key) {
  const reader = resp.body.getReader();
  const size = E.CHUNK_CIPHERTEXT;
  const parts = [];
  let opener = null;
  let buf = new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (value && value.length) {
      const joined = new Uint8Array(buf.length + value.length);
      joined.set(buf);
      joined.set(value, buf.length);
      buf = joined;
    }
    if (!opener && buf.length >= 28) {
      opener = E.attachmentOpener(sodium, key, buf.slice(0, 28));
      buf = buf.slice(28);
    }
    // Keep the last chunk back until the stream ends: it may be the FINAL one.
    while (opener && buf.length > size) {
      parts.push(opener.pull(buf.subarray(0, size)));
      buf = buf.slice(size);
    }
    if (done) break;
  }
  if (!opener) throw new Error('no attachment header');
  if (buf.length) parts.push(opener.pull(buf));
  opener.finish();
  return parts;
}

/** The SHA-256 of the parts taken as one file, in lowercase hex (libsodium's streaming API). */
export function sha256Hex(sodium, parts) {
  const state = sodium.crypto_hash_sha256_init();
  for (const p of parts) sodium.crypto_hash_sha256_update(state, p);
  return sodium.to_hex(sodium.crypto_hash_sha256_final(state));
}
