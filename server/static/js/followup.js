/*
 * The follow-up page with JavaScript: the receipt never leaves the browser (keys/FORMAT.md,
 * "Receipt"). From it the page derives the reporter's key pair and a sign-in token; it sends the
 * token only, opens the sealed conversation here (each message only as the message it was
 * listed as), and seals replies itself to the reporter's key and the current keys of the
 * report's bodies, taken from the keyring checked against the fingerprint this page shows.
 * Without JavaScript, or without libsodium, the form posts the receipt and the server does this;
 * so does a receipt the token does not find (a report stored before sign-in tokens, once: the
 * server then stores the current hash, or a mistyped code, which gets the usual answer).
 *
 * ES module, ES2020, no build step. Texts come from <template id="followup-js-text">; decrypted
 * text goes into the page with textContent only.
 */

import * as E from './envelope.js';
import { loadedSodium } from './sodium.js';

const sodium = loadedSodium();
const texts = document.getElementById('followup-js-text');
const byId = (id) => document.getElementById(id);

function msg(id) {
  const e = texts && texts.content.querySelector('[data-msg="' + id + '"]');
  return e ? e.textContent.trim() : id;
}

function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

class UserError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function start(form) {
  await sodium.ready;
  const input = byId('receipt');
  const out = byId('conversation');
  const statusLine = byId('followup-status');
  const lang = '?lang=' + encodeURIComponent(document.documentElement.lang || 'en');
  let me = null; // {publicKey, privateKey}: this page's memory only
  let token = null;
  let conv = null;
  let keyring = null;

  const say = (text, error) => {
    statusLine.textContent = text || '';
    statusLine.className = error ? 'field-error' : '';
  };

  async function call(url, options) {
    let resp;
    try {
      resp = await fetch(url + lang, Object.assign({ cache: 'no-store', credentials: 'same-origin' }, options));
    } catch (e) {
      throw new UserError(msg('server'));
    }
    let json = null;
    try {
      json = await resp.json();
    } catch (e) {
      json = null;
    }
    if (!resp.ok) {
      const m = json && json.error && typeof json.error.message === 'string' ? json.error.message : msg('server');
      throw new UserError(m, resp.status);
    }
    return json;
  }

  const load = () => call('/followup/conversation', {
    method: 'POST',
    body: new URLSearchParams({ csrf: form.querySelector('input[name=csrf]').value, token: E.b64(sodium, token) }),
  });

  async function verifiedKeyring() {
    const [k, s] = await Promise.all([fetch('/keyring.json'), fetch('/keyring.sig')]);
    if (!k.ok || !s.ok) throw new UserError(msg('server'));
    try {
      return E.verifyKeyring(sodium, new Uint8Array(await k.arrayBuffer()), await s.text(), form.dataset.fingerprint);
    } catch (e) {
      throw new UserError(msg('server'));
    }
  }

  function messageText(m) {
    try {
      const opened = E.openEnvelope(sodium, E.unb64(sodium, m.envelope, 'envelope'), me, { kind: 'message', id: m.id });
      try {
        const body = JSON.parse(E.fromUtf8(opened.plaintext));
        return typeof body.text === 'string' ? body.text : msg('unreadable');
      } finally {
        sodium.memzero(opened.plaintext);
      }
    } catch (e) {
      return e instanceof E.EnvelopeError && e.code === 'Mismatch' ? msg('mismatch') : msg('unreadable');
    }
  }

  function render() {
    out.textContent = '';
    out.appendChild(el('h2', msg('heading')));
    const dl = el('dl');
    dl.appendChild(el('dt', msg('status')));
    dl.appendChild(el('dd', conv.status, { id: 'status' }));
    dl.appendChild(el('dt', msg('received')));
    dl.appendChild(el('dd', conv.received_day));
    // The Directive's deadlines, as the page without JavaScript shows them.
    const d = conv.deadlines;
    if (d) {
      if (d.acknowledged_day) {
        dl.appendChild(el('dt', msg('acknowledged-on')));
        dl.appendChild(el('dd', d.acknowledged_day, { id: 'acknowledged-day' }));
      } else {
        dl.appendChild(el('dt', msg('acknowledgement-due')));
        dl.appendChild(el('dd', d.acknowledgement_due, { id: 'acknowledgement-due' }));
      }
      if (d.feedback_due) {
        dl.appendChild(el('dt', msg('feedback-due')));
        dl.appendChild(el('dd', d.feedback_due, { id: 'feedback-due' }));
      }
    }
    out.appendChild(dl);
    if (conv.sealed_by_server) out.appendChild(el('p', msg('sealed-by-server'), { class: 'notice' }));
    out.appendChild(el('h2', msg('messages')));
    if (!conv.messages.length) out.appendChild(el('p', msg('empty'), { id: 'thread-empty' }));
    const ol = el('ol', null, { class: 'thread' });
    conv.messages.forEach((m, i) => {
      const li = el('li', null, { id: 'message-' + (i + 1) });
      // Who wrote it comes from the signed keyring (the server's `authorship`, the same rules
      // as its own conversation page); a refused message is never handed over to be opened.
      li.appendChild(el('p', m.who + ' · ' + m.day, { class: 'who' }));
      if (typeof m.instead === 'string') {
        li.appendChild(el('p', m.instead, { class: m.refused ? 'text field-error bad-signature' : 'text' }));
      } else {
        li.appendChild(el('p', messageText(m), { class: 'text' }));
      }
      ol.appendChild(li);
    });
    if (conv.messages.length) out.appendChild(ol);
    const replyForm = el('form', null, { id: 'js-reply-form', 'aria-labelledby': 'js-reply-heading' });
    replyForm.appendChild(el('h2', msg('reply-heading'), { id: 'js-reply-heading' }));
    // The ids and classes of the server's conversation page, so both read the same.
    const field = el('div', null, { class: 'field', id: 'reply-field' });
    field.appendChild(el('label', msg('reply-label'), { for: 'reply' }));
    field.appendChild(el('textarea', null, { id: 'reply' }));
    replyForm.appendChild(field);
    const p = el('p');
    p.appendChild(el('button', msg('reply-submit'), { type: 'submit', id: 'js-reply-submit' }));
    replyForm.appendChild(p);
    replyForm.addEventListener('submit', (ev) => {
      ev.preventDefault();
      reply(byId('reply')).catch((e) => say(e instanceof UserError ? e.message : msg('server'), true));
    });
    out.appendChild(replyForm);
    out.hidden = false;
  }

  async function reply(textarea) {
    const text = textarea.value.replace(/\r\n/g, '\n').trim();
    const old = byId('reply-error');
    if (old) old.remove();
    if (!text) {
      const field = byId('reply-field');
      field.classList.add('has-error');
      field.insertBefore(el('p', msg('reply-empty'), { class: 'field-error', id: 'reply-error' }), textarea);
      textarea.setAttribute('aria-invalid', 'true');
      textarea.setAttribute('aria-describedby', 'reply-error');
      textarea.focus();
      return;
    }
    say(msg('sending'));
    keyring = keyring || await verifiedKeyring();
    const recipients = [me.publicKey].concat(E.keyringRecipients(sodium, keyring, conv.bodies));
    const plaintext = E.utf8(JSON.stringify({ v: 1, text, attachments: [] }));
    let sealed;
    try {
      sealed = E.sealEnvelope(sodium, { kind: 'message', plaintext, recipients });
    } finally {
      sodium.memzero(plaintext);
    }
    await call('/followup/messages', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-CSRF-Token': conv.csrf,
        'X-Followup-Token': E.b64(sodium, token),
      },
      body: sealed,
    });
    conv = await load();
    render();
    say(msg('reply-sent'));
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    let normalized;
    try {
      normalized = E.normalizeReceipt(input.value);
    } catch (e) {
      // Not a receipt at all: the server's answer for a wrong receipt, with its error summary.
      form.submit();
      return;
    }
    const kp = E.reporterKeyPair(sodium, normalized);
    me = { publicKey: kp.publicKey, privateKey: kp.privateKey };
    token = E.signinToken(sodium, normalized);
    say(msg('sending'));
    try {
      conv = await load();
    } catch (e) {
      sodium.memzero(me.privateKey);
      me = null;
      if (e instanceof UserError && e.status === 422) {
        // Not found by the token: a report stored before sign-in tokens (or a mistyped code).
        // Posting the form once lets the server find it by the older hash and store the
        // current one, so that from then on the token alone finds it.
        form.submit();
        return;
      }
      say(e instanceof UserError ? e.message : msg('server'), true);
      return;
    }
    input.value = '';
    form.remove();
    say('');
    render();
  });
  window.addEventListener('pagehide', () => {
    if (me) sodium.memzero(me.privateKey);
    if (token) sodium.memzero(token);
    me = null;
    token = null;
  });
  form.dataset.js = 'ready';
}

const form = byId('followup-form');
if (form && sodium && globalThis.fetch && globalThis.URLSearchParams) start(form);
