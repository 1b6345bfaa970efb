/*
 * The report form's requests: fetch with no caching and same-origin credentials, the server's
 * JSON answers (its refusals are already translated), and the keyring, trusted only when signed
 * by the key whose fingerprint the page shows. Network failures become `UserError`s.
 */

import * as E from '../envelope.js';
import { UserError, form, msg, sodium } from './page.js';

export async function readJson(resp) {
  let body = null;
  try {
    body = await resp.json();
  } catch (e) {
    body = null;
  }
  if (!resp.ok || !body) {
    // The server's refusals are translated already ({"error": {"code", "message"}}).
    const message = body && body.error && typeof body.error.message === 'string'
      ? body.error.message : msg('error-server');
    throw new UserError(message);
  }
  return body;
}

export async function request(url, options) {
  let resp;
  try {
    resp = await fetch(url, Object.assign({ cache: 'no-store', credentials: 'same-origin' }, options));
  } catch (e) {
    throw new UserError(msg('error-network'));
  }
  return resp;
}

/** The keyring, only if signed by the key whose fingerprint this page shows. */
export async function verifiedKeyring() {
  const [k, s] = await Promise.all([request('/keyring.json'), request('/keyring.sig')]);
  if (!k.ok || !s.ok) throw new UserError(msg('error-server'));
  let bytes;
  let sig;
  try {
    bytes = new Uint8Array(await k.arrayBuffer());
    sig = await s.text();
  } catch (e) {
    throw new UserError(msg('error-network'));
  }
  try {
    return E.verifyKeyring(sodium, bytes, sig, form.dataset.fingerprint);
  } catch (e) {
    // Whatever the cause (another signer, a bad signature, a malformed file), sending would
    // mean trusting keys nobody vouched for.
    throw new UserError(msg('error-keyring'));
  }
}
