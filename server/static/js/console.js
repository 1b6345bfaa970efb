/*
 * The reviewer console's browser half: everything that needs the reviewer's key (the key pair
 * itself is made at enrolment by enrol.js).
 *
 * - A report (/console/reports/{id}): unwraps the key with the passphrase, or takes it from
 *   the key holder when it was unlocked earlier in this sign-in (console/unlock.js: the key
 *   lives in memory only, in the holder and in this page, and is wiped when the page goes
 *   away), opens the report (only
 *   if its envelope is this report's: one copied from another report or another kind of object
 *   is named as such instead of shown), shows
 *   its fields with their labels, decrypts attachments chunk by chunk as they stream in and
 *   saves them as files, opens the conversation, and encrypts messages to the reporter (and to
 *   the report's reviewers, so the thread stays readable) and internal notes (to the reviewer's
 *   body only) before sending them, signed with the reviewer's signing key (console/signed.js;
 *   nothing is sent while that key is not in the verified keyring); each reviewer message and
 *   note names its keyring author or, without a valid signature from a keyring reviewer, is not
 *   shown; and builds the case file to hand over (console/casefile.js). Referrals:
 *   console/referral.js. Related reports by blind correlation: console/correlation.js.
 *
 * ES module, ES2020, no build step; imports envelope.js, console/exports.js (STIX, MISP, TAXII),
 * console/casefile.js and console/page.js (texts
 * and DOM helpers, shared with enrol.js), and needs the vendored libsodium (`sodium`), a classic
 * script loaded before it with `defer` (see sodium.js). Texts come from the page's
 * <template id="console-js-text">, so the script carries no language. Decrypted content is put
 * into the page with textContent only.
 */

import * as E from './envelope.js';
import { wireExports } from './console/exports.js';
import { renderIndicators } from './console/indicators.js';
import { UserError, byId, el, label, msg, paint, saveFile } from './console/page.js';
import * as R from './console/referral.js';
import * as S from './console/signed.js';
import { keyHolder, keptKeys, unwrapKeys } from './console/unlock.js';
import { decryptAttachment } from './console/attachments.js';
import { wireCaseFile } from './console/casefile.js';
import { correlate } from './console/correlation.js';
import { loadedSodium } from './sodium.js';

const sodium = loadedSodium();

const MAX_MESSAGE_CHARS = 20000;
const texts = document.getElementById('console-js-text');

// ---- a report ------------------------------------------------------------------------------

async function reportPage(page) {
  await sodium.ready;
  const base = '/console/reports/' + page.dataset.report;
  const query = '?lang=' + encodeURIComponent(page.dataset.lang || 'en');
  const unlockForm = byId('unlock-form');
  const passInput = byId('unlock-passphrase');
  const statusLine = byId('report-status-line');
  const content = byId('report-content');
  let me = null; // {publicKey, privateKey}: this page's memory only
  let signing = null; // the message signing key pair (console/signed.js), likewise
  let data = null;
  let keyring = null;

  const say = (text, error) => {
    statusLine.textContent = text || '';
    statusLine.className = error ? 'field-error' : '';
  };

  async function request(url, options) {
    let resp;
    try {
      resp = await fetch(url, Object.assign({ cache: 'no-store', credentials: 'same-origin' }, options));
    } catch (e) {
      throw new UserError(msg('network'));
    }
    // An ended session answers with the login page: go there.
    if (resp.redirected && new URL(resp.url).pathname.startsWith('/console/login')) {
      window.location.assign(resp.url);
      throw new UserError(msg('server'));
    }
    return resp;
  }

  async function errorOf(resp) {
    try {
      const body = await resp.json();
      if (body && body.error && typeof body.error.message === 'string') return body.error.message;
    } catch (e) {
      // not JSON
    }
    return msg('server');
  }

  async function loadData() {
    const resp = await request(base + '/data' + query);
    if (!resp.ok) throw new UserError(await errorOf(resp));
    return resp.json();
  }

  /**
   * The keyring, only if signed by the key whose fingerprint this page shows, and not older
   * than one this browser saw before (the highest serial per signer is kept in localStorage).
   */
  async function verifiedKeyring() {
    const [k, s] = await Promise.all([request('/keyring.json'), request('/keyring.sig')]);
    if (!k.ok || !s.ok) throw new UserError(msg('server'));
    let verified;
    try {
      const bytes = new Uint8Array(await k.arrayBuffer());
      verified = E.verifyKeyring(sodium, bytes, await s.text(), page.dataset.fingerprint);
    } catch (e) {
      throw new UserError(msg('keyring'));
    }
    let store = null;
    try {
      store = window.localStorage;
    } catch (e) {
      store = null;
    }
    try {
      E.checkKeyringSerial(store, page.dataset.fingerprint, verified.serial);
    } catch (e) {
      throw new UserError(msg('keyring-rollback'));
    }
    return verified;
  }

  /**
   * The data key of an envelope: from my slot in it, or from a slot granted to me later; either
   * is checked against the envelope's key commitment.
   */
  function dataKeyOf(bytes) {
    try {
      return E.envelopeDataKey(sodium, bytes, me);
    } catch (e) {
      if (!(e instanceof E.EnvelopeError) || e.code !== 'NoSlotForKey') throw e;
    }
    const mine = E.b64(sodium, me.publicKey);
    const slot = data.slots.find((s) => s.granted && s.recipient === mine);
    if (!slot) throw new E.EnvelopeError('NoSlotForKey');
    const sealed = E.unb64(sodium, slot.sealed_key, 'sealed key', 80);
    const key = sodium.crypto_box_seal_open(sealed, me.publicKey, me.privateKey);
    try {
      E.checkDataKey(sodium, E.parseEnvelope(sodium, bytes), key);
    } catch (e) {
      sodium.memzero(key);
      throw e;
    }
    return key;
  }

  /** Opens an envelope with my key (or a data key granted to me), if it is the object
   * `expected` = {kind, id} names: EnvelopeError 'Mismatch' otherwise. */
  function open(bytes, expected) {
    try {
      return E.openEnvelope(sodium, bytes, me, expected);
    } catch (e) {
      if (!(e instanceof E.EnvelopeError) || e.code !== 'NoSlotForKey') throw e;
    }
    const dataKey = dataKeyOf(bytes);
    try {
      return E.openEnvelope(sodium, bytes, { dataKey }, expected);
    } finally {
      sodium.memzero(dataKey);
    }
  }

  const isMismatch = (e) => e instanceof E.EnvelopeError && e.code === 'Mismatch';

  function openJson(b64, expected) {
    const opened = open(E.unb64(sodium, b64, 'envelope'), expected);
    try {
      return JSON.parse(E.fromUtf8(opened.plaintext));
    } finally {
      sodium.memzero(opened.plaintext);
    }
  }

  function fieldText(name, value) {
    if (value === null || value === undefined || value === '') return msg('empty');
    if (['member_state', 'sector', 'incident_class', 'attack_vector', 'actor_type'].includes(name)) {
      const l = label('data-code', name + ':' + value);
      return l ? l + ' (' + value + ')' : String(value);
    }
    if (name === 'loss_eur') {
      return new Intl.NumberFormat(page.dataset.lang || 'en').format(value) + ' EUR';
    }
    return String(value);
  }

  function renderFields(report) {
    const dl = byId('report-fields');
    dl.textContent = '';
    const fields = report.fields || {};
    for (const span of texts.content.querySelectorAll('[data-field]')) {
      const name = span.getAttribute('data-field');
      dl.appendChild(el('dt', span.textContent.trim()));
      const dd = el('dd', fieldText(name, fields[name]), { id: 'field-' + name.replace(/_/g, '-') });
      if (name === 'narrative' || name === 'what_taken' || name === 'contact') {
        dd.className = 'report-text';
      }
      dl.appendChild(dd);
    }
  }

  /** The decrypted parts of an attachment of this report (`att` from an opened envelope). */
  async function attachmentParts(att) {
    const key = E.unb64(sodium, att.key, 'attachment key', 32);
    try {
      const resp = await request(base + '/attachments/' + encodeURIComponent(att.id) + query);
      if (!resp.ok || !resp.body) throw new UserError(msg('attachment-failed'));
      return await decryptAttachment(sodium, resp, key);
    } catch (e) {
      throw e instanceof UserError ? e : new UserError(msg('attachment-failed'));
    } finally {
      sodium.memzero(key);
    }
  }

  async function saveAttachment(att, status) {
    status.textContent = msg('attachment-working');
    try {
      saveFile(await attachmentParts(att), att.name || 'attachment', att.type || 'application/octet-stream');
      status.textContent = '';
    } catch (e) {
      status.textContent = e instanceof UserError ? e.message : msg('attachment-failed');
    }
  }

  function attachmentItem(att) {
    const li = el('li', null, { 'data-attachment': att.id });
    li.appendChild(el('span', att.name + ' (' + att.size + ' B) ', { class: 'attachment-name' }));
    const button = el('button', msg('save'), { type: 'button', class: 'secondary save-attachment', id: 'save-' + att.id });
    // Several "Save" buttons: each names its file to screen readers.
    button.appendChild(el('span', ' ' + att.name, { class: 'visually-hidden' }));
    const status = el('span', '', { role: 'status' });
    button.addEventListener('click', () => saveAttachment(att, status));
    li.appendChild(button);
    li.appendChild(status);
    return li;
  }

  function renderAttachments(report) {
    const ul = byId('report-attachments');
    ul.textContent = '';
    const list = report.attachments || [];
    if (!list.length) ul.appendChild(el('li', msg('no-attachments')));
    list.forEach((a) => ul.appendChild(attachmentItem(a)));
  }

  /**
   * The conversation opened: each message with who wrote it (a reviewer message or note names
   * its keyring author, verified) and its body only when it may be shown (`state` 'shown');
   * otherwise 'mismatch' (a swapped envelope), 'bad-signature' or 'unreadable'.
   */
  function openedThread() {
    return data.messages.map((m) => {
      const who = m.notice ? 'from-channel' : { reporter: 'from-reporter', reviewer: 'from-reviewer', note: 'note' }[m.author];
      const author = m.author === 'reporter' || m.notice ? null : S.authorOf(sodium, keyring, data.bodies, data.id, m);
      let body = null;
      let swapped = false;
      try {
        body = openJson(m.envelope, { kind: m.author === 'note' ? 'note' : 'message', id: m.id });
      } catch (e) {
        swapped = isMismatch(e);
      }
      let state = 'unreadable';
      if (swapped) state = 'mismatch';
      else if (author && author.state === 'invalid') state = 'bad-signature';
      else if (body && typeof body.text === 'string') state = 'shown';
      return { m, who, author, state, body: state === 'shown' ? body : null };
    });
  }

  function renderThread() {
    const ol = byId('thread');
    ol.textContent = '';
    if (!data.messages.length) ol.appendChild(el('li', msg('thread-empty'), { id: 'thread-empty' }));
    for (const { m, who, author, state, body } of openedThread()) {
      const li = el('li', null, { id: 'message-' + m.seq, 'data-author': m.author });
      // Reviewer messages and notes name their keyring author; no valid signature hides the text.
      const by = author && author.state === 'signed' ? ' · ' + author.name : '';
      li.appendChild(el('p', msg(who) + by + ' · ' + m.day, { class: 'who' }));
      if (state === 'shown') {
        li.appendChild(el('p', body.text, { class: 'text' }));
        const files = Array.isArray(body.attachments) ? body.attachments : [];
        if (files.length) {
          const ul = el('ul');
          files.forEach((a) => ul.appendChild(attachmentItem(a)));
          li.appendChild(ul);
        }
      } else {
        const cls = { mismatch: ' mismatch', 'bad-signature': ' bad-signature' }[state] || '';
        li.appendChild(el('p', msg(state), { class: 'text unreadable' + cls }));
      }
      ol.appendChild(li);
    }
  }

  /** Colleagues of my body in the verified keyring who cannot read this report yet. */
  function renderGrants() {
    const ul = byId('grant-list');
    ul.textContent = '';
    const have = new Set(data.slots.map((s) => s.recipient));
    const body = keyring.bodies[data.body];
    const missing = body ? body.reviewers.filter((r) => !have.has(r.public_key)) : [];
    if (!missing.length) ul.appendChild(el('li', msg('grants-none'), { id: 'grants-none' }));
    for (const r of missing) {
      const pk = E.unb64(sodium, r.public_key, 'public key', 32);
      const li = el('li', r.name + ' (' + E.fingerprint(sodium, 'x25519', pk) + ') ');
      const button = el('button', msg('grant-submit'), { type: 'button', class: 'secondary', id: 'grant-' + r.id });
      button.addEventListener('click', () => grant(pk, button));
      li.appendChild(button);
      ul.appendChild(li);
    }
  }

  async function grant(pk, button) {
    button.disabled = true;
    try {
      const bytes = E.unb64(sodium, data.envelope, 'envelope');
      E.expectEnvelope(E.parseEnvelope(sodium, bytes), { kind: 'report', id: data.id });
      const dataKey = dataKeyOf(bytes);
      let sealed;
      try {
        sealed = E.sealDataKey(sodium, dataKey, pk);
      } finally {
        sodium.memzero(dataKey);
      }
      const form = new URLSearchParams();
      form.set('csrf', page.dataset.csrf);
      form.set('recipient', E.b64(sodium, pk));
      form.set('sealed_key', E.b64(sodium, sealed));
      const resp = await request(base + '/grants' + query, { method: 'POST', body: form });
      if (!resp.ok) throw new UserError(await errorOf(resp));
      data = await loadData();
      renderGrants();
      say(msg('grant-done'));
    } catch (e) {
      button.disabled = false;
      say(e instanceof UserError ? e.message : msg('server'), true);
    }
  }

  // ---- validated classification (sealed to the anonymizer, never readable by the server) --

  let opened = null; // the report's JSON, for the organisation id of the record

  function fillClassification(report) {
    const f = report.fields || {};
    for (const sel of byId('classify-form').querySelectorAll('select[data-field]')) {
      const v = f[sel.dataset.field];
      if (typeof v === 'string') sel.value = v;
    }
    byId('classify-incident-month').value = typeof f.incident_month === 'string' ? f.incident_month : '';
    byId('classify-loss-eur').value = Number.isSafeInteger(f.loss_eur) ? String(f.loss_eur) : '';
    byId('classify-jobs-at-risk').value = Number.isSafeInteger(f.jobs_at_risk) ? String(f.jobs_at_risk) : '';
  }

  /** A whole number in 0..=max from an input, null when empty, undefined when invalid. */
  function count(id, max) {
    const text = byId(id).value.trim();
    if (text === '') return null;
    if (!/^[0-9]+$/.test(text)) return undefined;
    const n = Number(text);
    return Number.isSafeInteger(n) && n <= max ? n : undefined;
  }

  /** Exactly domain::report::StatsRecord, `source` reviewer; checked as validate() does. */
  function classificationRecord() {
    const form = byId('classify-form');
    const m = /^([0-9]{4})Q([1-4])$/.exec(data.quarter || '');
    const month = byId('classify-incident-month').value.trim();
    const loss = count('classify-loss-eur', Number(form.dataset.maxLoss));
    const jobs = count('classify-jobs-at-risk', Number(form.dataset.maxJobs));
    const lastMonth = m ? m[1] + '-' + String(Number(m[2]) * 3).padStart(2, '0') : '';
    const monthOk = /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(month) &&
      Number(month.slice(0, 4)) >= Number(form.dataset.earliestYear) && month <= lastMonth;
    if (!m || !monthOk || loss === undefined || jobs === undefined) {
      throw new UserError(msg('classify-invalid'));
    }
    const pick = (name) => form.querySelector('select[data-field="' + name + '"]').value;
    const org = opened && opened.fields ? opened.fields.organisation_id : null;
    return {
      v: 1,
      report_id: data.id,
      source: 'reviewer',
      quarter: data.quarter,
      member_state: pick('member_state'),
      sector: pick('sector'),
      incident_class: pick('incident_class'),
      attack_vector: pick('attack_vector'),
      actor_type: pick('actor_type'),
      incident_month: month,
      loss_eur: loss,
      jobs_at_risk: jobs,
      organisation_id: typeof org === 'string' && org ? org : null,
      status: byId('classify-status').value,
    };
  }

  async function classify() {
    // Signed as this reviewer's keyring entry (console/signed.js); the server and the
    // anonymizer refuse an unsigned classification, so none is sent.
    const signer = S.signerId(sodium, keyring, data.body, signing);
    if (!signer) throw new UserError(msg('classify-unsigned'));
    const record = E.utf8(JSON.stringify(classificationRecord()));
    let sealed;
    try {
      const anonymizer = E.unb64(sodium, keyring.anonymizer.public_key, 'anonymizer key', 32);
      sealed = E.sealStatsRecord(sodium, record, anonymizer);
    } finally {
      sodium.memzero(record);
    }
    say(msg('sending'));
    const resp = await request(base + '/classification' + query, {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': page.dataset.csrf },
        S.classificationHeaders(sodium, signing, signer, data.id, sealed)),
      body: sealed,
    });
    if (!resp.ok) throw new UserError(await errorOf(resp));
    say(msg('classify-done'));
  }

  async function render() {
    let report;
    try {
      report = openJson(data.envelope, { kind: 'report', id: data.id });
    } catch (e) {
      // A swapped envelope is named as such: its content is never shown under this report.
      throw new UserError(msg(isMismatch(e) ? 'mismatch' : 'open-failed'));
    }
    opened = report;
    renderFields(report);
    renderIndicators(report);
    fillClassification(report);
    renderAttachments(report);
    renderThread();
    renderGrants();
    R.showReferralNotes(ctx);
  }

  async function send(kind, textarea, acknowledge) {
    const text = textarea.value.replace(/\r\n/g, '\n').trim();
    if (!text || [...text].length > MAX_MESSAGE_CHARS) throw new UserError(msg('message-empty'));
    // Only a keyring reviewer's signature lets anyone read it (the server refuses the rest).
    if (!S.signerId(sodium, keyring, data.body, signing)) throw new UserError(msg('message-unsigned'));
    say(msg('sending'));
    const reporter = E.unb64(sodium, data.reporter_pk, 'reporter key', 32);
    const recipients = kind === 'message'
      ? [reporter].concat(E.keyringRecipients(sodium, keyring, data.bodies))
      : E.keyringRecipients(sodium, keyring, [data.body]);
    const plaintext = E.utf8(JSON.stringify({ v: 1, text, attachments: [] }));
    let sealed;
    try {
      sealed = E.sealEnvelope(sodium, { kind, plaintext, recipients });
    } finally {
      sodium.memzero(plaintext);
    }
    const url = base + '/messages' + query + (acknowledge ? '&acknowledge=1' : '');
    const resp = await request(url, {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': page.dataset.csrf },
        S.signatureHeaders(sodium, signing, data.id, sealed)),
      body: sealed,
    });
    if (!resp.ok) throw new UserError(await errorOf(resp));
    textarea.value = '';
    data = await loadData();
    renderThread();
    say(msg('sent'));
  }

  function wire(formId, textId, kind, acknowledge) {
    const form = byId(formId);
    if (!form) return;
    let busy = false;
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (busy) return;
      busy = true;
      try {
        await send(kind, byId(textId), acknowledge);
        if (acknowledge) {
          form.remove();
          byId('report-status').textContent = msg('acknowledged');
        }
      } catch (e) {
        say(e instanceof UserError ? e.message : msg('server'), true);
      } finally {
        busy = false;
      }
    });
  }

  /** Opens the report with keys unlocked here or earlier in this sign-in. */
  async function openWith(keys) {
    me = { publicKey: keys.publicKey, privateKey: keys.privateKey };
    signing = keys.signing || null;
    keyring = await verifiedKeyring();
    await render();
    unlockForm.hidden = true;
    content.hidden = false;
    say('');
    page.dataset.opened = 'true';
    // Blind correlation (console/correlation.js): hashes up, related reports listed.
    await correlate({ sodium, page, base, query, request, keys: () => me, keyring: () => keyring,
      data: () => data, opened: () => opened });
  }

  const ctx = { sodium, page, base, query, request, errorOf, say, dataKeyOf, openJson,
    data: () => data, keyring: () => keyring, reload: async () => { data = await loadData(); },
    tell: (textarea) => send('message', textarea, false) };
  R.referralForm(ctx); // console/referral.js, with what this page holds
  // Unlock once per sign-in: the keys kept by the holder from another page of this session.
  const holder = keyHolder(page);
  const kept = await keptKeys(holder, sodium, loadData);
  if (kept) {
    data = kept.data;
    await openWith(kept.keys).catch((e) => say(e instanceof UserError ? e.message : msg('open-failed'), true));
  } else {
    unlockForm.hidden = false;
  }
  unlockForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    say(msg('unlock-working'));
    await paint();
    try {
      data = await loadData();
      if (!data.wrapped_key) throw new UserError(msg('open-failed'));
      let keys;
      try {
        keys = unwrapKeys(sodium, data, passInput.value);
      } catch (e) {
        throw new UserError(msg('unlock-wrong'));
      } finally {
        passInput.value = '';
      }
      if (holder) await holder.put(keys);
      await openWith(keys);
    } catch (e) {
      say(e instanceof UserError ? e.message : msg('open-failed'), true);
      // Tied to the field, so the message is read with it.
      passInput.setAttribute('aria-invalid', 'true');
      passInput.setAttribute('aria-describedby', 'unlock-hint report-status-line');
      passInput.focus();
    }
  });
  byId('classify-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await classify();
    } catch (e) {
      say(e instanceof UserError ? e.message : msg('server'), true);
    }
  });
  wireExports({
    sodium,
    current: () => ({ id: data && data.id, opened }),
    log: async (format, tlp) => {
      const form = new URLSearchParams({ csrf: page.dataset.csrf, format, tlp });
      const resp = await request(base + '/exports' + query, { method: 'POST', body: form });
      if (!resp.ok) throw new UserError(await errorOf(resp));
    },
  }, say);
  wireCaseFile({
    page, sodium, base, query, request, errorOf, fieldText, openedThread, attachmentParts,
    report: () => ({ data, opened }),
  });
  wire('ack-form', 'ack-text', 'message', true);
  wire('message-form', 'message-text', 'message', false);
  wire('note-form', 'note-text', 'note', false);
  window.addEventListener('pagehide', () => {
    if (me) sodium.memzero(me.privateKey);
    if (signing) sodium.memzero(signing.privateKey);
    me = null;
    signing = null;
  });
  page.dataset.ready = 'true';
}

const page = byId('report-page');
if (page && sodium && globalThis.fetch && globalThis.Blob) reportPage(page);
