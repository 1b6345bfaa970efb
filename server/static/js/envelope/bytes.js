/*
 * The envelope formats' shared ground: the `EnvelopeError` every other module throws, the sizes of
 * keys/FORMAT.md, and the small byte, Base64, BLAKE2b and Crockford Base32 helpers. Kept apart
 * so the format modules (sealed.js, attachment.js, ...) import one definition of each.
 *
 * ES module, no build step, no DOM: node loads it too (envelope/tests/interop/load.mjs).
 */

export class EnvelopeError extends Error {
  constructor(code, detail) {
    super(detail ? code + ': ' + detail : code);
    this.name = 'EnvelopeError';
    this.code = code;
  }
}

export const fail = (code, detail) => {
  throw new EnvelopeError(code, detail);
};

export const KEY_BYTES = 32;
export const MIB = 1024 * 1024;
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const encoder = new TextEncoder();
export const utf8 = (s) => encoder.encode(s);
export const fromUtf8 = (bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

export function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function compareBytes(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

export const equalBytes = (a, b) => a.length === b.length && compareBytes(a, b) === 0;
export const startsWith = (bytes, prefix) => equalBytes(bytes.subarray(0, prefix.length), prefix);

export function u16(n) {
  return new Uint8Array([(n >>> 8) & 0xff, n & 0xff]);
}

export function u32(n) {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

export function b64(sodium, bytes) {
  return sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
}

export function unb64(sodium, text, what, length) {
  let bytes;
  try {
    bytes = sodium.from_base64(text, sodium.base64_variants.ORIGINAL);
  } catch (e) {
    fail('Encoding', what);
  }
  if (length !== undefined && bytes.length !== length) fail('Encoding', what);
  return bytes;
}

export function bytesOf(value, what, length) {
  if (!(value instanceof Uint8Array)) fail('Encoding', what + ' must be a Uint8Array');
  if (length !== undefined && value.length !== length) fail('Encoding', what);
  return value;
}

// BLAKE2b with an ASCII domain-separation key (FORMAT.md conventions).
export function blake2b(sodium, outLen, context, message) {
  return sodium.crypto_generichash(outLen, message, utf8(context));
}

// ---- Crockford Base32 -----------------------------------------------------------------------

export function crockford(bytes, symbols) {
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

export const group = (symbols) => symbols.match(/.{1,4}/g).join('-');
