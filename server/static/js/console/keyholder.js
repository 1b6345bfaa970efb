/*
 * The console's key holder: a module SharedWorker (one per browser profile and origin) that
 * keeps the reviewer's unwrapped keys in its memory, so that the unlock passphrase (and its
 * Argon2id derivation) is asked once per sign-in instead of on every console page.
 *
 * The keys are never written anywhere: no localStorage, sessionStorage, IndexedDB or cache.
 * They are bound to the sign-in they were unlocked in (a page presents its session's CSRF
 * token, `marker`; a page of another session makes the holder drop them), and dropped
 * - when a page says so (logout, logout everywhere),
 * - after the session's idle timeout without a page asking for them,
 * - GRACE_MS after the last console page went away (the pages say `bye` on pagehide; the
 *   grace period covers the navigation from one console page to the next), and in any case
 *   when the browser ends the worker.
 *
 * The pages open it with `extendedLifetime: true`, so that navigating from one page to the
 * next in a single tab does not end it; see console/unlock.js.
 *
 * Messages (each with a `seq` echoed in the reply):
 *   {op: 'get', marker}                 -> {keys: {publicKey, privateKey, signing} | null}
 *   {op: 'put', marker, keys, idleSecs} -> {ok: true}
 *   {op: 'drop'}                        -> {ok: true}
 *   {op: 'held'}                        -> {held: boolean}   (no key material)
 *   {op: 'hello'} / {op: 'bye'}         -> no reply: a page arrives / goes away
 */

const GRACE_MS = 10000;

let held = null; // {marker, keys}
let idleMs = 0;
let idleTimer = null;
let graceTimer = null;
const pages = new Set();

function wipe(bytes) {
  if (bytes instanceof Uint8Array) bytes.fill(0);
}

function drop() {
  if (held) {
    const k = held.keys;
    wipe(k.privateKey);
    if (k.signing) wipe(k.signing.privateKey);
  }
  held = null;
  clearTimeout(idleTimer);
  idleTimer = null;
}

/** Restarts the idle timer: the keys go when no page asked for them for the idle timeout. */
function touch() {
  clearTimeout(idleTimer);
  idleTimer = held && idleMs > 0 ? setTimeout(drop, idleMs) : null;
}

const isBytes = (b, n) => b instanceof Uint8Array && b.length === n;

function validKeys(k) {
  if (!k || !isBytes(k.publicKey, 32) || !isBytes(k.privateKey, 32)) return false;
  if (k.signing === null || k.signing === undefined) return true;
  return isBytes(k.signing.publicKey, 32) && isBytes(k.signing.privateKey, 64);
}

function handle(port, m) {
  const reply = (body) => port.postMessage(Object.assign({ seq: m.seq }, body));
  switch (m.op) {
    case 'hello':
      pages.add(port);
      clearTimeout(graceTimer);
      graceTimer = null;
      return;
    case 'bye':
      pages.delete(port);
      if (!pages.size) {
        clearTimeout(graceTimer);
        graceTimer = setTimeout(() => {
          if (!pages.size) drop();
        }, GRACE_MS);
      }
      return;
    case 'get':
      if (held && typeof m.marker === 'string' && m.marker === held.marker) {
        touch();
        // Structured clone: the page gets copies, which it wipes when it goes away.
        return reply({ keys: held.keys });
      }
      // Another sign-in (or none): the keys of the previous one are of no use any more.
      if (held) drop();
      return reply({ keys: null });
    case 'put':
      drop();
      if (typeof m.marker === 'string' && m.marker && validKeys(m.keys)) {
        held = { marker: m.marker, keys: m.keys };
        idleMs = Number.isSafeInteger(m.idleSecs) && m.idleSecs > 0 ? m.idleSecs * 1000 : 0;
        touch();
      }
      return reply({ ok: held !== null });
    case 'drop':
      drop();
      return reply({ ok: true });
    case 'held':
      return reply({ held: held !== null });
    default:
      return reply({ error: 'unknown' });
  }
}

self.onconnect = (ev) => {
  const port = ev.ports[0];
  port.onmessage = (m) => handle(port, m.data || {});
  port.start();
};
