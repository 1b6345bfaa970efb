// The attachment plaintext rule shared with Rust (tests/js_interop.rs, examples/make_vectors.rs):
// byte i = (i * 31 + floor(i / 65536) + seed) mod 256, so every chunk differs.
export const RULE = 'byte i = (i * 31 + floor(i / 65536) + seed) mod 256';

export function pattern(length, seed) {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + Math.floor(i / 65536) + seed) % 256;
  return out;
}
