/*
 * Envelope padding (keys/FORMAT.md): reports and messages are padded to size buckets before
 * encryption so their length says little about their content, and statistics records to
 * 512-byte blocks. ISO/IEC 7816-4 style: 0x80 then zeros.
 *
 * ES module, no DOM: used by sealed.js and stats.js.
 */

import { MIB, fail } from './bytes.js';

/** The padded size of a report or message plaintext of `n` bytes. */
export function bucket(n) {
  const need = n + 1;
  if (need <= MIB) {
    let size = 1024;
    while (size < need) size *= 2;
    return size;
  }
  return Math.ceil(need / MIB) * MIB;
}

export function padTo(plaintext, size) {
  const out = new Uint8Array(size);
  out.set(plaintext);
  out[plaintext.length] = 0x80;
  return out;
}

export function unpad(padded) {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) fail('BadPadding');
  return padded.slice(0, end);
}
