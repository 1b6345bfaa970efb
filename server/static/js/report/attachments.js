/*
 * Attachments: each file encrypted in the browser as an attachment stream (envelope.js) with
 * its own random key, read 64 KiB at a time so no file is ever in memory as a whole. The key
 * and the file's description go into the report; the stream is sent as it is.
 */

import * as E from '../envelope.js';
import { UserError, msg, sodium } from './page.js';
import { yieldToBrowser } from './pow.js';
import { rustTrim } from './validate.js';

/** As the server's clean_filename: the last path component, no control characters. */
function cleanFilename(raw) {
  const last = String(raw).split(/[/\\]/).pop() || '';
  // eslint-disable-next-line no-control-regex
  const cleaned = Array.from(last.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')).slice(0, 255).join('');
  return rustTrim(cleaned) ? cleaned : 'attachment';
}

/**
 * Encrypts one file as an attachment stream, reading it 64 KiB at a time with File.slice():
 * the plaintext of a file is never in memory as a whole. Returns the description listed in
 * the report and the stream as a Blob.
 */
export async function sealFile(file) {
  const key = sodium.randombytes_buf(32);
  const id = sodium.to_hex(sodium.randombytes_buf(16));
  const size = file.size;
  const chunk = E.CHUNK_PLAINTEXT;
  const pieces = Math.max(1, Math.ceil(size / chunk));
  const sealer = E.attachmentSealer(sodium, key);
  let stream = new Blob([sealer.prefix]);
  let pending = [];
  try {
    for (let i = 0; i < pieces; i++) {
      const start = i * chunk;
      const end = Math.min(start + chunk, size);
      let piece;
      try {
        piece = new Uint8Array(await file.slice(start, end).arrayBuffer());
      } catch (e) {
        throw new UserError(msg('error-file'));
      }
      // A file changed or removed while it is read must not be sent half-way.
      if (piece.length !== end - start) throw new UserError(msg('error-file'));
      pending.push(sealer.chunk(piece, i === pieces - 1));
      sodium.memzero(piece);
      // Hand ciphertext over to the browser's Blob storage every 4 MiB, so the script's heap
      // never holds more than one batch whatever the file size.
      if (pending.length === 64) {
        stream = new Blob([stream, ...pending]);
        pending = [];
        await yieldToBrowser();
      }
    }
    stream = new Blob([stream, ...pending], { type: 'application/octet-stream' });
    // Keys as in domain::report::AttachmentRef (serialized with sorted keys, as serde_json).
    const ref = {
      id,
      key: E.b64(sodium, key),
      name: cleanFilename(file.name),
      size,
      type: file.type || 'application/octet-stream',
    };
    return { ref, stream };
  } finally {
    sodium.memzero(key);
  }
}
