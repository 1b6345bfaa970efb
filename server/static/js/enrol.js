/*
 * Reviewer enrolment (/console/enrol/{token}), the browser's part: makes the reviewer's X25519
 * key pair and Ed25519 message signing key pair, wraps each private key (the signing key as
 * its 32-byte seed) under the unlock passphrase (Argon2id + secretbox, "tsr-wrapped-key/1", as
 * envelope::wrap) and posts only the public keys and the wrapped keys with the form. The passphrase fields have no name: the browser never sends them. Without this
 * script (no JavaScript) the page says that a browser with JavaScript is required, and the
 * server refuses the form.
 *
 * ES module, ES2020; imports envelope.js and needs the vendored libsodium (`sodium`), a classic
 * script loaded before it with `defer` (see sodium.js).
 */

import * as E from './envelope.js';
import { byId, msg, paint } from './console/page.js';
import { loadedSodium } from './sodium.js';

const sodium = loadedSodium();
const form = document.getElementById('enrol-form');

const MIN_PASSPHRASE_CHARS = 12;

async function enrol(form) {
  await sodium.ready;
  const section = byId('enrol-key-pair');
  const pass = byId('unlock-passphrase');
  const confirm = byId('unlock-passphrase-confirm');
  const status = byId('key-status');
  section.hidden = false;
  pass.required = true;
  confirm.required = true;
  let busy = false;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    const p = pass.value;
    const login = form.elements.password ? form.elements.password.value : '';
    let problem = null;
    if ([...p].length < MIN_PASSPHRASE_CHARS) problem = 'unlock-short';
    else if (p !== confirm.value) problem = 'unlock-mismatch';
    else if (p === login) problem = 'unlock-same';
    if (problem) {
      status.textContent = msg(problem);
      status.className = 'field-error';
      // Tied to the field, so the message is read with it.
      pass.setAttribute('aria-invalid', 'true');
      pass.setAttribute('aria-describedby', 'unlock-hint key-status');
      pass.focus();
      return;
    }
    pass.removeAttribute('aria-invalid');
    pass.setAttribute('aria-describedby', 'unlock-hint');
    busy = true;
    status.className = '';
    status.textContent = msg('key-working');
    await paint();
    try {
      const kp = sodium.crypto_box_keypair();
      const wrapped = E.wrapKey(sodium, {
        kind: 'x25519',
        label: form.dataset.label,
        secret: kp.privateKey,
        passphrase: p,
      });
      sodium.memzero(kp.privateKey);
      // The signing key: libsodium's secret key is seed ‖ public key; the seed is wrapped.
      const sk = sodium.crypto_sign_keypair();
      const seed = sk.privateKey.slice(0, 32);
      const wrappedSigning = E.wrapKey(sodium, {
        kind: 'ed25519',
        label: form.dataset.label,
        secret: seed,
        passphrase: p,
      });
      sodium.memzero(seed);
      sodium.memzero(sk.privateKey);
      form.elements.public_key.value = E.b64(sodium, kp.publicKey);
      form.elements.wrapped_key.value = JSON.stringify(wrapped);
      form.elements.signing_public_key.value = E.b64(sodium, sk.publicKey);
      form.elements.wrapped_signing_key.value = JSON.stringify(wrappedSigning);
    } catch (e) {
      status.textContent = msg('key-failed');
      status.className = 'field-error';
      busy = false;
      return;
    }
    pass.value = '';
    confirm.value = '';
    form.submit();
  });
  form.dataset.keyPair = 'browser';
}

if (form && sodium) enrol(form);
