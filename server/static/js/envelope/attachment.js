/*
 * Attachment streams (keys/FORMAT.md): magic ‖ secretstream header, then chunks of
 * crypto_secretstream_xchacha20poly1305, 64 KiB of plaintext each. Streaming on both sides
 * (attachmentSealer, attachmentOpener), so a large file is never held whole; the in-memory forms
 * are for tests and small files.
 *
 * Version 2 ("TSA2", what attachmentSealer writes) is padded so the stored size reveals only a
 * bucket: every chunk is full; the chunk with the end of the file holds it padded (0x80 then
 * zeros) and is tagged PUSH (FINAL if it is the last); all-zero chunks follow, the last tagged
 * FINAL, up to padme(data chunks) chunks. Version 1 ("TSA1", unpadded) still opens.
 *
 * ES module, no DOM; every keyed function takes the ready `sodium` object first.
 */

import { KEY_BYTES, bytesOf, concat, fail, startsWith, utf8 } from './bytes.js';
import { padTo, unpad } from './padding.js';

export const CHUNK_PLAINTEXT = 65536;
export const CHUNK_CIPHERTEXT = CHUNK_PLAINTEXT + 17;
export const PREFIX_BYTES = 28;
const MAGIC_ATTACHMENT = utf8('TSA2');
const MAGIC_ATTACHMENT_V1 = utf8('TSA1');

/** Padmé on a chunk count, exactly as envelope::attachment::padme. */
export function padme(m) {
  if (m <= 0) return 0;
  const e = 31 - Math.clz32(m); // floor(log2 m); counts stay far below 2^31
  const s = e === 0 ? 0 : 32 - Math.clz32(e);
  const step = 2 ** (e - s);
  return Math.ceil(m / step) * step;
}

/** Chunks of a version 2 stream for a file of `length` bytes. */
export const paddedChunks = (length) => padme(Math.floor(length / CHUNK_PLAINTEXT) + 1);

/** Stored size of a version 2 stream for a file of `length` bytes. */
export const streamLength = (length) => PREFIX_BYTES + paddedChunks(length) * CHUNK_CIPHERTEXT;

const versionOf = (bytes) => (startsWith(bytes, MAGIC_ATTACHMENT) ? 2
  : startsWith(bytes, MAGIC_ATTACHMENT_V1) ? 1 : 0);

/**
 * Starts an attachment stream. `prefix` is the first 28 bytes; then call `chunk(piece, last)`
 * for each piece of exactly 65,536 bytes, and for the last piece (0 to 65,536 bytes) with
 * `last = true`; each call returns the ciphertext to append (for the last piece: the end of the
 * file and all the padding chunks, concatenated).
 */
export function attachmentSealer(sodium, key) {
  bytesOf(key, 'attachment key', KEY_BYTES);
  const ss = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const TAG = {
    message: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    push: sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH,
    final: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
  };
  const push = (piece, tag) => sodium.crypto_secretstream_xchacha20poly1305_push(
    ss.state, piece, null, tag);
  let finished = false;
  let chunks = 0;
  return {
    prefix: concat(MAGIC_ATTACHMENT, ss.header),
    chunk(piece, last) {
      if (finished) fail('TrailingChunk');
      bytesOf(piece, 'attachment piece');
      if (piece.length > CHUNK_PLAINTEXT || (!last && piece.length !== CHUNK_PLAINTEXT)) {
        fail('Malformed', 'attachment piece of invalid size');
      }
      if (!last) {
        chunks++;
        return push(piece, TAG.message);
      }
      finished = true;
      const out = [];
      // The padding marker needs a byte: a full last piece is data, the marker a chunk of its own.
      if (piece.length === CHUNK_PLAINTEXT) {
        out.push(push(piece, TAG.message));
        chunks++;
        piece = new Uint8Array(0);
      }
      const data = chunks + 1;
      const total = padme(data);
      const padded = padTo(piece, CHUNK_PLAINTEXT);
      out.push(push(padded, total === data ? TAG.final : TAG.push));
      sodium.memzero(padded);
      const zeros = new Uint8Array(CHUNK_PLAINTEXT);
      for (let i = data; i < total; i++) out.push(push(zeros, i + 1 === total ? TAG.final : TAG.message));
      return concat(...out);
    },
  };
}

/**
 * Opens an attachment stream chunk by chunk: `pull(chunk)` returns the file's bytes in each
 * chunk in order (none for a padding chunk); `finish()` throws `Truncated` unless the FINAL
 * chunk was seen.
 */
export function attachmentOpener(sodium, key, prefix) {
  bytesOf(key, 'attachment key', KEY_BYTES);
  const version = prefix.length === PREFIX_BYTES ? versionOf(prefix) : 0;
  if (!version) fail('Malformed', 'bad stream prefix');
  let state;
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(prefix.subarray(4), key);
  } catch (e) {
    fail('Malformed', 'bad stream header');
  }
  const TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  const TAG_PUSH = sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH;
  const TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  let index = 0;
  let dataChunks = 0;
  let inPadding = false;
  let finished = false;
  return {
    pull(chunk) {
      if (finished) fail('TrailingChunk');
      const full = chunk.length === CHUNK_CIPHERTEXT;
      if (chunk.length < 17 || chunk.length > CHUNK_CIPHERTEXT || (version === 2 && !full)) {
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
      if (version === 1) {
        if (r.tag === TAG_FINAL) {
          finished = true;
        } else if (r.tag === TAG_MESSAGE) {
          if (!full) fail('Malformed', 'short chunk before the end');
        } else {
          fail('Malformed', 'unexpected chunk tag');
        }
        return r.message;
      }
      if (r.tag !== TAG_MESSAGE && r.tag !== TAG_PUSH && r.tag !== TAG_FINAL) {
        fail('Malformed', 'unexpected chunk tag');
      }
      const last = r.tag === TAG_FINAL;
      const endOfData = r.tag !== TAG_MESSAGE;
      let out = r.message;
      if (!inPadding) {
        dataChunks++;
        if (endOfData) {
          out = unpad(r.message);
          sodium.memzero(r.message);
          inPadding = true;
        }
      } else {
        if ((endOfData && !last) || r.message.some((b) => b !== 0)) fail('BadPadding');
        out = new Uint8Array(0);
      }
      const total = padme(dataChunks);
      if (inPadding && (last !== (index === total) || index > total)) {
        fail('Malformed', 'padding of the wrong length');
      }
      if (last) finished = true;
      return out;
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
  const version = stream.length >= PREFIX_BYTES ? versionOf(stream) : 0;
  if (!version) fail('Malformed', 'not an attachment stream');
  if (stream.length === PREFIX_BYTES) fail('Truncated');
  const chunks = [];
  for (let at = PREFIX_BYTES; at < stream.length; at += CHUNK_CIPHERTEXT) {
    chunks.push(stream.subarray(at, Math.min(at + CHUNK_CIPHERTEXT, stream.length)));
  }
  const lastLength = chunks[chunks.length - 1].length;
  if (lastLength < 17 || (version === 2 && lastLength !== CHUNK_CIPHERTEXT)) fail('Truncated');
  if (version === 2 && padme(chunks.length) !== chunks.length) {
    fail('Malformed', 'not a padded length');
  }
  return { prefix: stream.subarray(0, PREFIX_BYTES), chunks };
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
