/*
 * Unlock once per sign-in: the pages' side of the key holder (console/keyholder.js, a module
 * SharedWorker that keeps the unwrapped keys in memory for the session).
 *
 * `keyHolder(page)` connects to it and returns {get, put}, or null when the browser has no
 * module SharedWorker: the page then asks the passphrase as it always did. Every page that
 * connects also tells the holder when it goes away (pagehide) and drops the keys when one of
 * the logout forms in the header is sent, before the browser leaves the page.
 *
 * `page.dataset.csrf` (the session's CSRF token) binds the keys to the sign-in;
 * `page.dataset.idle` (seconds) is the session's idle timeout, after which the holder drops
 * them if no page asked.
 *
 * `unwrapKeys`, `keptKeys` and `wipeKeys` are what console.js and console/inbox.js share around
 * it: unwrapping with the passphrase, taking the holder's keys if they are this reviewer's.
 *
 * ES module; imports envelope.js and console/signed.js.
 */

import * as E from '../envelope.js';
import * as S from './signed.js';

const WORKER = '/static/js/console/keyholder.js';
const ANSWER_MS = 3000;

function connect() {
  if (typeof SharedWorker !== 'function') return null;
  try {
    // extendedLifetime: the worker outlives the navigation from one console page to the next.
    return new SharedWorker(WORKER, { type: 'module', name: 'tsr-console-keys', extendedLifetime: true });
  } catch (e) {
    return null;
  }
}

export function keyHolder(page) {
  const worker = connect();
  if (!worker) return null;
  const port = worker.port;
  const waiting = new Map();
  let seq = 0;
  port.onmessage = (ev) => {
    const m = ev.data || {};
    const done = waiting.get(m.seq);
    if (done) {
      waiting.delete(m.seq);
      done(m);
    }
  };
  port.start();
  port.postMessage({ op: 'hello' });

  /** Sends a request; resolves with the reply, or null if none came (a broken worker). */
  function ask(body) {
    seq += 1;
    const id = seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(null);
      }, ANSWER_MS);
      waiting.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      port.postMessage(Object.assign({ seq: id }, body));
    });
  }

  const marker = page.dataset.csrf || '';
  window.addEventListener('pagehide', () => port.postMessage({ op: 'bye' }));
  // A page restored from the back/forward cache is a console page again.
  window.addEventListener('pageshow', (ev) => {
    if (ev.persisted) port.postMessage({ op: 'hello' });
  });
  for (const form of document.querySelectorAll('form[action]')) {
    const path = new URL(form.action, window.location.href).pathname;
    if (path === '/console/logout' || path === '/console/logout-everywhere') {
      form.addEventListener('submit', () => port.postMessage({ op: 'drop' }));
    }
  }
  return {
    /** The keys unlocked earlier in this sign-in, or null. */
    async get() {
      const m = await ask({ op: 'get', marker });
      return m && m.keys ? m.keys : null;
    },
    /** Hands the unlocked keys to the holder for the other pages of this sign-in. */
    async put(keys) {
      const idleSecs = Number(page.dataset.idle || '0');
      await ask({ op: 'put', marker, keys, idleSecs: Number.isSafeInteger(idleSecs) ? idleSecs : 0 });
    },
  };
}

/** The keys of `data.wrapped_key` (and `wrapped_signing_key`) with `passphrase`; throws if wrong. */
export function unwrapKeys(sodium, data, passphrase) {
  const unwrapped = E.unwrapKey(sodium, data.wrapped_key, passphrase);
  return {
    publicKey: unwrapped.publicKey,
    privateKey: unwrapped.secret,
    signing: S.unwrapSigning(sodium, data.wrapped_signing_key, passphrase),
  };
}

export function wipeKeys(sodium, keys) {
  if (!keys) return;
  sodium.memzero(keys.privateKey);
  if (keys.signing) sodium.memzero(keys.signing.privateKey);
}

/**
 * The holder's keys with the page's data (`load()`), if the holder has keys for this sign-in
 * and they are the ones the data's wrapped key holds: {keys, data}, or null (keys wiped).
 */
export async function keptKeys(holder, sodium, load) {
  const keys = holder ? await holder.get() : null;
  if (!keys) return null;
  let data = null;
  try {
    data = await load();
  } catch (e) {
    data = null;
  }
  let mine = false;
  try {
    mine = !!data && E.b64(sodium, keys.publicKey) === JSON.parse(data.wrapped_key).public_key;
  } catch (e) {
    mine = false;
  }
  if (mine) return { keys, data };
  wipeKeys(sodium, keys);
  return null;
}
