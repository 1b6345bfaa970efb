/*
 * Envelope v1 attachments (keys/FORMAT.md): "TSA1" ‖ secretstream header, then chunks of
 * crypto_secretstream_xchacha20poly1305, 64 KiB of plaintext each, the last one tagged FINAL.
 * Streaming on both sides (attachmentSealer, attachmentOpener), so a large file is never held
 * whole; the in-memory forms are for tests and small files.
 *
 * ES module, no DOM; every keyed function takes the ready `sodium` object first.
 */

import { KEY_BYTES, bytesOf, concat, fail, startsWith, utf8 } from './bytes.js';

export const CHUNK_PLAINTEXT = 65536;
export const CHUNK_CIPHERTEXT = CHUNK_PLAINTEXT + 17;
const MAGIC_ATTACHMENT = utf8('TSA1');

/**
 * Starts an attachment stream. `prefix` is the first 28 bytes; then call `chunk(piece, last)`
 * for each piece of exactly 65,536 bytes, and for the last piece (0 to 65,536 bytes) with
 * `last = true`; each call returns the ciphertext chunk to append.
 */
export function attachmentSealer(sodium, key) {
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
export function attachmentOpener(sodium, key, prefix) {
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
export function splitAttachment(stream) {
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
export function sealAttachment(sodium, key, plaintext) {
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
export function openAttachment(sodium, key, stream) {
  const { prefix, chunks } = splitAttachment(stream);
  const opener = attachmentOpener(sodium, key, prefix);
  const out = chunks.map((c) => opener.pull(c));
  opener.finish();
  return concat(...out);
}
