/*
 * The report form with JavaScript on: the reporter's browser encrypts the report, its
 * attachments and the statistics record, and the server only ever receives ciphertext
 * (POST /api/v1/reports, see server/src/intake/api.rs). Reports sent this way are stored with
 * `sealed_by = browser`, the stronger of the two guarantees.
 *
 * Plain script, ES2020, no build step; needs the vendored libsodium (`sodium`) and envelope.js
 * (`TSR.envelope`), loaded before it with `defer`. If either is missing (blocked, failed its
 * integrity check, a very old browser) this file does nothing and the form posts to the server,
 * which seals it there: the reporter is never left with a form that cannot be sent.
 *
 * What the user typed is never changed or cleared on failure, so a failed attempt can simply be
 * retried. Translated texts come from the page (<template id="report-js-text">), and validation
 * bounds and field messages from GET /api/v1/intake, so none of them is written down twice.
 */
(function () {
  'use strict';

  const form = document.getElementById('report-form');
  const E = globalThis.TSR && globalThis.TSR.envelope;
  const sodium = globalThis.sodium;
  if (!form || !E || !sodium || !sodium.ready || !globalThis.fetch || !globalThis.FormData ||
      !globalThis.Blob || !Blob.prototype.arrayBuffer) {
    return;
  }

  // ---- texts ---------------------------------------------------------------------------------

  const texts = document.getElementById('report-js-text');

  function msg(id) {
    const el = texts && texts.content.querySelector('[data-msg="' + id + '"]');
    return el ? el.textContent.trim() : id;
  }

  /** A failure whose message is meant for the reporter (already translated). */
  class UserError extends Error {}

  // ---- validation, mirroring domain::report::validate ----------------------------------------
  //
  // The server cannot check what the browser encrypts, so these rules must match the Rust ones
  // exactly: a report that passes here must pass there, and the reviewers and the anonymizer
  // (which re-validates the statistics record) must see the same normalized values.

  /** Fields in form order: the order of the error summary (as ORDER in intake/pages.rs). */
  const ORDER = [
    'recipients', 'member_state', 'sector', 'incident_class', 'attack_vector', 'actor_type',
    'incident_month', 'detection_month', 'loss_eur', 'jobs_at_risk', 'what_taken', 'narrative',
    'attachments', 'contact', 'organisation_id', 'consent',
  ];
  const fieldId = (name) => name.replace(/_/g, '-');

  class Invalid extends Error {
    constructor(code) {
      super(code);
      this.code = code;
    }
  }
  const fail = (code) => {
    throw new Invalid(code);
  };

  // Rust's str::trim and char::is_whitespace use the Unicode White_Space property; JavaScript's
  // String.prototype.trim also strips U+FEFF, which Rust keeps.
  const rustTrim = (s) => s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
  const isWhitespace = (ch) => /^\p{White_Space}$/u.test(ch);
  // Rust counts limits in chars (Unicode scalar values), not UTF-16 code units.
  const charCount = (s) => Array.from(s).length;

  function choice(select, input) {
    const code = rustTrim(input);
    if (!code) fail('required');
    // The codes are the options the server rendered: the lists live in domain::taxonomy only.
    const codes = Array.from(select.options, (o) => o.value).filter((v) => v !== '');
    if (!codes.includes(code)) fail('unknown-choice');
    return code;
  }

  function parseMonth(s) {
    const m = /^([0-9]{4})-([0-9]{2})$/.exec(s);
    if (!m) return null;
    const year = Number(m[1]);
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year, month } : null;
  }

  const monthIndex = (m) => m.year * 12 + m.month;
  const monthText = (m) => String(m.year).padStart(4, '0') + '-' + String(m.month).padStart(2, '0');

  function month(input, today, earliestYear) {
    const s = rustTrim(input);
    if (!s) fail('required');
    const m = parseMonth(s);
    if (!m) fail('month-format');
    if (m.year < earliestYear) fail('month-too-early');
    if (monthIndex(m) > monthIndex(today)) fail('month-future');
    return m;
  }

  const SEPARATORS = new Map([
    [' ', 'space'], ['\u00a0', 'space'], ['\u202f', 'space'], ['\u2009', 'space'],
    ['.', 'dot'], [',', 'comma'],
  ]);

  /**
   * An optional whole number as people type it ("250 000", "1.000.000", "1,000,000"): one kind
   * of thousands separator, groups of three after the first, so decimals are refused rather
   * than misread.
   */
  function amount(input, max, tooLarge) {
    const s = rustTrim(input);
    if (!s) return null;
    let kind = null;
    const groups = [];
    let current = '';
    for (const ch of s) {
      const sep = SEPARATORS.get(ch);
      if (sep) {
        if (kind && kind !== sep) fail('number-format');
        kind = sep;
        groups.push(current);
        current = '';
      } else if (ch >= '0' && ch <= '9') {
        current += ch;
      } else {
        fail('number-format');
      }
    }
    groups.push(current);
    const grouped = groups.length > 1;
    groups.forEach((g, i) => {
      const ok = !grouped ? g.length > 0 : i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3;
      if (!ok) fail('number-format');
    });
    // Exact in a double up to 15 digits, and every bound is far below that.
    const digits = groups.join('').replace(/^0+(?=[0-9])/, '');
    if (digits.length > 15 || Number(digits) > max) fail(tooLarge);
    return Number(digits);
  }

  /** CRLF and CR to LF, control characters other than newline and tab removed, trimmed. */
  function cleanText(input) {
    const lf = input.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
    // Rust's char::is_control is the Cc category: U+0000-U+001F and U+007F-U+009F.
    // eslint-disable-next-line no-control-regex
    return rustTrim(lf.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''));
  }

  function optionalText(input, max) {
    const text = cleanText(input);
    if (!text) return null;
    if (charCount(text) > max) fail('too-long');
    return text;
  }

  function requiredText(input, max) {
    const text = optionalText(input, max);
    if (text === null) fail('required');
    return text;
  }

  /** ISO 7064 MOD 97-10 over upper-case letters and digits (letters count as 10..35). */
  function mod97(s) {
    let r = 0;
    for (const c of s) {
      const v = parseInt(c, 36);
      r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
    }
    return r;
  }

  /** A VAT number or LEI, normalized (upper case, no spaces, dots or hyphens), or null. */
  function organisation(input, memberStates) {
    if (!rustTrim(input)) return null;
    let norm = '';
    for (const ch of input) {
      if (isWhitespace(ch) || ch === '.' || ch === '-') continue;
      norm += ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch;
    }
    if (!/^[0-9A-Z]+$/.test(norm)) fail('organisation-id');
    if (norm.length === 20) {
      if (/^[0-9]{2}$/.test(norm.slice(18)) && mod97(norm) === 1) return norm;
      fail('organisation-id');
    }
    if (norm.length >= 4 && norm.length <= 15 && memberStates.includes(norm.slice(0, 2))) {
      return norm;
    }
    return fail('organisation-id');
  }

  /** EUIPO and/or EC3, sorted EUIPO first, without duplicates. */
  function recipients(values) {
    const out = [];
    for (const v of values.map(rustTrim).filter((v) => v !== '')) {
      const r = v.toUpperCase();
      if (r !== 'EUIPO' && r !== 'EC3') fail('recipients');
      if (!out.includes(r)) out.push(r);
    }
    if (out.length === 0) fail('recipients');
    return out.sort((a, b) => (a === 'EUIPO' ? -1 : b === 'EUIPO' ? 1 : 0));
  }

  function language(input) {
    const tag = rustTrim(input);
    if (!tag) fail('required');
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (!/^[a-z]{2,3}$/.test(primary)) fail('unknown-choice');
    return primary;
  }

  const select = (name) => form.elements.namedItem(name);
  const value = (name) => {
    const el = form.elements.namedItem(name);
    return el && typeof el.value === 'string' ? el.value : '';
  };

  /**
   * Validates the whole form against the server's bounds (`info`, from /api/v1/intake).
   * Returns `{fields, files}` or `{errors}` where `errors` maps field name to message.
   */
  function validate(info) {
    const b = info.bounds;
    const today = parseMonth(info.month);
    const errors = {};
    const take = (name, fn) => {
      try {
        return fn();
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        const m = info.messages;
        errors[name] = e.code === 'too-long' ? m.too_long[name] : m.fields[e.code];
        return undefined;
      }
    };
    const memberStates = Array.from(select('member_state').options, (o) => o.value);
    const f = {};
    for (const name of ['member_state', 'sector', 'incident_class', 'attack_vector', 'actor_type']) {
      f[name] = take(name, () => choice(select(name), value(name)));
    }
    f.incident_month = take('incident_month', () => month(value('incident_month'), today, b.earliest_year));
    f.detection_month = take('detection_month', () => {
      const d = month(value('detection_month'), today, b.earliest_year);
      if (f.incident_month && monthIndex(d) < monthIndex(f.incident_month)) {
        fail('detection-before-incident');
      }
      return d;
    });
    f.loss_eur = take('loss_eur', () => amount(value('loss_eur'), b.max_loss_eur, 'loss-too-large'));
    f.jobs_at_risk = take('jobs_at_risk', () => amount(value('jobs_at_risk'), b.max_jobs, 'jobs-too-large'));
    f.what_taken = take('what_taken', () => requiredText(value('what_taken'), b.max_what_taken_chars));
    f.narrative = take('narrative', () => requiredText(value('narrative'), b.max_narrative_chars));
    f.contact = take('contact', () => optionalText(value('contact'), b.max_contact_chars));
    f.organisation_id = take('organisation_id', () => organisation(value('organisation_id'), memberStates));
    const checked = Array.from(form.querySelectorAll('input[name="recipients"]:checked'), (i) => i.value);
    f.recipients = take('recipients', () => recipients(checked));
    take('consent', () => document.getElementById('consent').checked || fail('consent'));
    f.language = take('language', () => language(value('language')));

    // Attachments: checked against the limits before any time is spent encrypting them.
    const files = Array.from(document.getElementById('attachments').files || []);
    if (files.length > info.max_files) {
      errors.attachments = info.messages.too_many_files;
    } else if (files.some((file) => file.size > info.max_file_bytes)) {
      errors.attachments = info.messages.too_large;
    }
    return Object.keys(errors).length ? { errors } : { fields: f, files };
  }

  // The pure rules, for the parity test against domain::report::validate (tests/e2e/browser.rs).
  globalThis.TSR.reportRules = Object.freeze({
    amount, cleanText, month, monthText, optionalText, organisation, parseMonth, requiredText,
  });

  // ---- showing errors the way the server renders them ----------------------------------------

  function clearErrors() {
    document.querySelectorAll('.error-summary').forEach((el) => el.remove());
    form.querySelectorAll('.field-error').forEach((el) => el.remove());
    form.querySelectorAll('.has-error').forEach((el) => el.classList.remove('has-error'));
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    form.querySelectorAll('[aria-describedby]').forEach((el) => {
      const ids = el.getAttribute('aria-describedby').split(/\s+/)
        .filter((id) => id && !id.endsWith('-error'));
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    });
  }

  function describedBy(el, id) {
    const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (!ids.includes(id)) ids.push(id);
    el.setAttribute('aria-describedby', ids.join(' '));
  }

  /** The element a summary link moves focus to. */
  function focusTarget(name) {
    if (name === 'recipients') return form.querySelector('input[name="recipients"]');
    return document.getElementById(fieldId(name));
  }

  function showFieldError(name, message) {
    const id = fieldId(name);
    const p = document.createElement('p');
    p.className = 'field-error';
    p.id = id + '-error';
    p.textContent = message;
    if (name === 'recipients') {
      const fieldset = document.getElementById('recipients');
      fieldset.classList.add('has-error');
      const hint = fieldset.querySelector('.hint');
      (hint || fieldset.querySelector('legend')).after(p);
      describedBy(fieldset, p.id);
      fieldset.querySelectorAll('input').forEach((i) => i.setAttribute('aria-invalid', 'true'));
    } else if (name === 'consent') {
      const wrap = document.getElementById('consent-field');
      wrap.classList.add('has-error');
      wrap.prepend(p);
      const box = document.getElementById('consent');
      box.setAttribute('aria-invalid', 'true');
      describedBy(box, p.id);
    } else {
      const control = document.getElementById(id);
      control.closest('.field').classList.add('has-error');
      control.before(p);
      control.setAttribute('aria-invalid', 'true');
      describedBy(control, p.id);
    }
  }

  function showErrors(errors, summaryTitles) {
    clearErrors();
    const names = ORDER.filter((name) => errors[name]);
    names.forEach((name) => showFieldError(name, errors[name]));
    const box = document.createElement('div');
    box.className = 'error-summary';
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', 'error-summary-title');
    box.tabIndex = -1;
    const title = document.createElement('h2');
    title.id = 'error-summary-title';
    title.textContent = summaryTitles[Math.min(names.length, summaryTitles.length) - 1];
    const list = document.createElement('ul');
    for (const name of names) {
      const a = document.createElement('a');
      a.href = '#' + fieldId(name);
      a.textContent = errors[name];
      // Move focus to the control itself, not just scroll to it.
      a.addEventListener('click', (e) => {
        const target = focusTarget(name);
        if (target) {
          e.preventDefault();
          target.focus();
        }
      });
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    box.append(title, list);
    form.before(box);
    box.focus();
  }

  // ---- status and failure --------------------------------------------------------------------

  const statusBox = document.getElementById('js-status');
  const failureBox = document.getElementById('js-failure');
  const submitButton = form.querySelector('button[type="submit"]');

  function status(text) {
    statusBox.textContent = text || '';
    statusBox.hidden = !text;
  }

  function showFailure(text) {
    status('');
    document.getElementById('js-failure-message').textContent = text;
    failureBox.hidden = false;
    failureBox.focus();
  }

  // ---- network -------------------------------------------------------------------------------

  const lang = () => encodeURIComponent(value('language') || document.documentElement.lang || 'en');

  async function readJson(resp) {
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

  async function request(url, options) {
    let resp;
    try {
      resp = await fetch(url, Object.assign({ cache: 'no-store', credentials: 'same-origin' }, options));
    } catch (e) {
      throw new UserError(msg('error-network'));
    }
    return resp;
  }

  /** The keyring, only if signed by the key whose fingerprint this page shows. */
  async function verifiedKeyring() {
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

  // Yields to the event loop between batches of hashing so the page stays responsive and the
  // status is painted. A MessageChannel is not throttled like setTimeout in background tabs.
  const yieldToBrowser = () => new Promise((resolve) => {
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
  async function solveProofOfWork(pow) {
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

  // ---- encryption ----------------------------------------------------------------------------

  /** As the server's clean_filename: the last path component, no control characters. */
  function cleanFilename(raw) {
    const last = String(raw).split(/[/\\]/).pop() || '';
    // eslint-disable-next-line no-control-regex
    const cleaned = Array.from(last.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')).slice(0, 255).join('');
    return rustTrim(cleaned) ? cleaned : 'attachment';
  }

  /**
   * Encrypts one file as an attachment stream, reading it 64 KiB at a time with File.slice():
   * the plaintext of a file is never in memory as a whole. Returns the description listed in
   * the report and the stream as a Blob.
   */
  async function sealFile(file) {
    const key = sodium.randombytes_buf(32);
    const id = sodium.to_hex(sodium.randombytes_buf(16));
    const size = file.size;
    const chunk = E.CHUNK_PLAINTEXT;
    const pieces = Math.max(1, Math.ceil(size / chunk));
    const sealer = E.attachmentSealer(sodium, key);
    let stream = new Blob([sealer.prefix]);
    let pending = [];
    try {
      for (let i = 0; i < pieces; i++) {
        const start = i * chunk;
        const end = Math.min(start + chunk, size);
        let piece;
        try {
          piece = new Uint8Array(await file.slice(start, end).arrayBuffer());
        } catch (e) {
          throw new UserError(msg('error-file'));
        }
        // A file changed or removed while it is read must not be sent half-way.
        if (piece.length !== end - start) throw new UserError(msg('error-file'));
        pending.push(sealer.chunk(piece, i === pieces - 1));
        sodium.memzero(piece);
        // Hand ciphertext over to the browser's Blob storage every 4 MiB, so the script's heap
        // never holds more than one batch whatever the file size.
        if (pending.length === 64) {
          stream = new Blob([stream, ...pending]);
          pending = [];
          await yieldToBrowser();
        }
      }
      stream = new Blob([stream, ...pending], { type: 'application/octet-stream' });
      // Keys as in domain::report::AttachmentRef (serialized with sorted keys, as serde_json).
      const ref = {
        id,
        key: E.b64(sodium, key),
        name: cleanFilename(file.name),
        size,
        type: file.type || 'application/octet-stream',
      };
      return { ref, stream };
    } finally {
      sodium.memzero(key);
    }
  }

  /**
   * The plaintext of the report: exactly ReportFields::report_json (serde_json writes object
   * keys in sorted order; so do these literals).
   */
  function reportJson(f, refs) {
    return {
      attachments: refs,
      fields: {
        actor_type: f.actor_type,
        attack_vector: f.attack_vector,
        contact: f.contact,
        detection_month: monthText(f.detection_month),
        incident_class: f.incident_class,
        incident_month: monthText(f.incident_month),
        jobs_at_risk: f.jobs_at_risk,
        loss_eur: f.loss_eur,
        member_state: f.member_state,
        narrative: f.narrative,
        organisation_id: f.organisation_id,
        sector: f.sector,
        what_taken: f.what_taken,
      },
      language: f.language,
      recipients: f.recipients,
      v: 1,
    };
  }

  /** Exactly ReportFields::stats_record: structured fields only, in StatsRecord's order. */
  function statsRecord(f, reportId, quarter) {
    return {
      v: 1,
      report_id: reportId,
      source: 'reporter',
      quarter,
      member_state: f.member_state,
      sector: f.sector,
      incident_class: f.incident_class,
      attack_vector: f.attack_vector,
      actor_type: f.actor_type,
      incident_month: monthText(f.incident_month),
      loss_eur: f.loss_eur,
      jobs_at_risk: f.jobs_at_risk,
      organisation_id: f.organisation_id,
      status: 'valid',
    };
  }

  // ---- the submission ------------------------------------------------------------------------

  async function send() {
    status(msg('status-checking'));
    const info = await readJson(await request('/api/v1/intake?lang=' + lang()));
    const checked = validate(info);
    if (checked.errors) {
      status('');
      showErrors(checked.errors, info.messages.summary);
      return;
    }
    clearErrors();
    const { fields, files } = checked;
    try {
      await sodium.ready;
    } catch (e) {
      throw new UserError(msg('error-crypto'));
    }
    const keyring = await verifiedKeyring();

    status(msg('status-encrypting'));
    const sealed = [];
    for (const file of files) sealed.push(await sealFile(file));

    const receipt = E.generateReceipt(sodium);
    const reporter = E.reporterKeyPair(sodium, receipt);
    const lookup = E.receiptLookupHash(sodium, receipt);
    const id = sodium.randombytes_buf(16);
    const plaintext = E.utf8(JSON.stringify(reportJson(fields, sealed.map((s) => s.ref))));
    let envelope;
    try {
      envelope = E.sealEnvelope(sodium, {
        kind: 'report',
        id,
        plaintext,
        recipients: E.keyringRecipients(sodium, keyring, fields.recipients),
      });
    } finally {
      sodium.memzero(plaintext);
    }
    const record = E.utf8(JSON.stringify(statsRecord(fields, sodium.to_hex(id), info.quarter)));
    const anonymizer = E.unb64(sodium, keyring.anonymizer.public_key, 'anonymizer key', 32);
    const stats = E.sealStatsRecord(sodium, record, anonymizer);
    sodium.memzero(record);
    sodium.memzero(reporter.privateKey);

    status(msg('status-proof-of-work'));
    const pow = await readJson(await request('/api/v1/pow'));
    const solution = await solveProofOfWork(pow);

    status(msg('status-sending'));
    // csrf and pow first: the server checks them before reading anything large.
    const body = new FormData();
    body.append('csrf', value('csrf'));
    body.append('pow', JSON.stringify(solution));
    for (const r of fields.recipients) body.append('recipients', r);
    body.append('reporter_pk', E.b64(sodium, reporter.publicKey));
    body.append('receipt_lookup', E.b64(sodium, lookup));
    body.append('envelope', new Blob([envelope]), 'envelope');
    body.append('stats', new Blob([stats]), 'stats');
    for (const s of sealed) body.append('attachment', s.stream, s.ref.id);
    await readJson(await request('/api/v1/reports?lang=' + lang(), { method: 'POST', body }));
    showConfirmation(receipt, fields.recipients);
  }

  function showConfirmation(receipt, chosen) {
    const done = document.getElementById('js-confirmation');
    document.getElementById('js-receipt').textContent = receipt;
    document.getElementById('js-sent-to').textContent =
      chosen.length === 2 ? msg('sent-to-both') : msg('sent-to-' + chosen[0]);
    const file = msg('receipt-file-title') + '\n\n    ' + receipt + '\n\n' + msg('receipt-file-keep') + '\n';
    const link = document.getElementById('js-receipt-download');
    link.href = URL.createObjectURL(new Blob([file], { type: 'text/plain;charset=utf-8' }));
    document.getElementById('js-print').addEventListener('click', () => window.print());
    // The draft goes: the report must not stay readable in the page once it has been sent.
    document.getElementById('report-draft').remove();
    done.hidden = false;
    document.title = msg('confirmation-title');
    document.getElementById('js-confirmation-heading').focus();
  }

  let busy = false;

  async function start() {
    if (busy) return;
    busy = true;
    failureBox.hidden = true;
    submitButton.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await send();
    } catch (e) {
      if (!(e instanceof UserError)) {
        // Never the content: only what kind of failure it was.
        console.error('report.js: encryption failed:', e && (e.code || e.name));
      }
      showFailure(e instanceof UserError ? e.message : msg('error-crypto'));
    } finally {
      busy = false;
      submitButton.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
  document.getElementById('js-retry').addEventListener('click', () => start());
  // Once libsodium is ready, say so: the notice then describes what will really happen. The
  // attribute tells tests (and stylesheets) that the page has been taken over.
  sodium.ready.then(() => {
    document.getElementById('guarantee').textContent = msg('guarantee-browser');
    form.dataset.encryption = 'browser';
  }, () => {});
})();
