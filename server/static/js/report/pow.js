/*
 * The proof of work the server asks for before it accepts a report (GET /api/v1/pow): a nonce
 * whose BLAKE2b-256 with the challenge starts with enough zero bits. Hashed in batches, yielding
 * to the browser in between so the page stays responsive.
 */

import * as E from '../envelope.js';
import { UserError, msg, sodium } from './page.js';

// Yields to the event loop between batches of hashing so the page stays responsive and the
// status is painted. A MessageChannel is not throttled like setTimeout in background tabs.
export const yieldToBrowser = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

function leadingZeroBits(hash) {
  let n = 0;
  for (const byte of hash) {
    if (byte !== 0) return n + Math.clz32(byte) - 24;
    n += 8;
  }
  return n;
}

/** Finds an 8-byte nonce with BLAKE2b-256(challenge ‖ nonce) starting with enough zero bits. */
export async function solveProofOfWork(pow) {
  const input = new Uint8Array(32 + 8);
  input.set(E.unb64(sodium, pow.challenge, 'challenge', 32));
  const view = new DataView(input.buffer);
  for (let n = 0; n < Number.MAX_SAFE_INTEGER; n++) {
    view.setUint32(32, Math.floor(n / 4294967296));
    view.setUint32(36, n >>> 0);
    if (leadingZeroBits(sodium.crypto_generichash(32, input, null)) >= pow.difficulty) {
      return {
        challenge: pow.challenge,
        difficulty: pow.difficulty,
        expires: pow.expires,
        token: pow.token,
        nonce: E.b64(sodium, input.slice(32)),
      };
    }
    if ((n & 0xfff) === 0xfff) await yieldToBrowser();
  }
  throw new UserError(msg('error-server'));
}
