/*
 * The inbox's triage view (/console/, section #triage): once the reviewer's key is unlocked
 * (asked here, or kept from earlier in this sign-in by the key holder, console/unlock.js), every
 * report of the body is decrypted in this page and listed with what it is about — member state,
 * sector, incident type, attack vector, received day, language, the first line of the
 * narrative, attachment count, who sealed it — and searched, filtered, sorted and paged here
 * (console/triage.js). Neither the summaries nor the search leave the browser; the server sends
 * ciphertext (GET /console/inbox/data).
 *
 * ES module, ES2020, no build step; needs the vendored libsodium like console.js. Texts come
 * from the page's <template id="console-js-text">; decrypted text goes in with textContent only.
 */

import * as E from '../envelope.js';
import { UserError, byId, el, msg, paint } from './page.js';
import * as T from './triage.js';
import { keyHolder, keptKeys, unwrapKeys, wipeKeys } from './unlock.js';
import { loadedSodium } from '../sodium.js';

const sodium = loadedSodium();

async function triage(section) {
  await sodium.ready;
  const lang = section.dataset.lang || 'en';
  const unlockForm = byId('unlock-form');
  const passInput = byId('unlock-passphrase');
  const status = byId('triage-message');
  const view = byId('triage-view');
  let rows = [];
  let page = 1;

  const say = (text, error) => {
    status.textContent = text || '';
    status.className = error ? 'field-error' : '';
  };
  // The category labels once, as a map: the list asks for thousands of them.
  const texts = byId('console-js-text');
  const codeLabels = new Map([...(texts ? texts.content.querySelectorAll('[data-code]') : [])]
    .map((e) => [e.getAttribute('data-code'), e.textContent.trim()]));
  const labelOf = (field, code) => codeLabels.get(field + ':' + code) || null;
  let languageNames = null;
  try {
    languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  } catch (e) {
    languageNames = null;
  }
  const languageName = (code) => {
    try {
      return (languageNames && languageNames.of(code)) || code;
    } catch (e) {
      return code;
    }
  };

  async function loadData() {
    let resp;
    try {
      resp = await fetch('/console/inbox/data?lang=' + encodeURIComponent(lang),
        { cache: 'no-store', credentials: 'same-origin' });
    } catch (e) {
      throw new UserError(msg('network'));
    }
    if (resp.redirected && new URL(resp.url).pathname.startsWith('/console/login')) {
      window.location.assign(resp.url);
      throw new UserError(msg('server'));
    }
    if (!resp.ok) throw new UserError(msg('server'));
    return resp.json();
  }

  /** The opened report of `meta`, or null: with my slot, or a data key granted to me. */
  function openReport(meta, me) {
    const expected = { kind: 'report', id: meta.id };
    let bytes;
    let opened = null;
    try {
      bytes = E.unb64(sodium, meta.envelope, 'envelope');
      try {
        opened = E.openEnvelope(sodium, bytes, me, expected);
      } catch (e) {
        if (!(e instanceof E.EnvelopeError) || e.code !== 'NoSlotForKey') throw e;
        const parsed = E.parseEnvelope(sodium, bytes);
        for (const g of meta.granted || []) {
          let key = null;
          try {
            key = sodium.crypto_box_seal_open(E.unb64(sodium, g, 'sealed key', 80), me.publicKey, me.privateKey);
            E.checkDataKey(sodium, parsed, key);
            opened = E.openEnvelope(sodium, bytes, { dataKey: key }, expected);
            break;
          } catch (e2) {
            opened = null;
          } finally {
            if (key) sodium.memzero(key);
          }
        }
      }
      if (!opened) return null;
      return JSON.parse(E.fromUtf8(opened.plaintext));
    } catch (e) {
      return null;
    } finally {
      if (opened) sodium.memzero(opened.plaintext);
    }
  }

  function filters() {
    const out = {};
    for (const [field] of T.FILTERS) out[field] = byId('triage-' + field.replace(/_/g, '-')).value;
    out.assignment = byId('triage-assignment').value;
    out.tag = byId('triage-tag').value;
    return out;
  }

  /** The tag filter: the body's whole list (from the server), so a tag on no report shows none. */
  function fillTags(tags) {
    const select = byId('triage-tag');
    while (select.options.length > 1) select.remove(1);
    for (const t of Array.isArray(tags) ? tags : []) select.appendChild(el('option', t, { value: t }));
  }

  function fillFilters() {
    for (const [field, prop] of T.FILTERS) {
      const select = byId('triage-' + field.replace(/_/g, '-'));
      while (select.options.length > 1) select.remove(1);
      for (const v of T.valuesOf(rows, prop)) {
        let text = v;
        if (field === 'language') text = languageName(v);
        else if (field === 'status') text = (rows.find((r) => r.status === v) || {}).statusLabel || v;
        else text = (labelOf(field, v) || v) + ' (' + v + ')';
        select.appendChild(el('option', text, { value: v }));
      }
    }
  }

  function cell(text, attrs) {
    return el('td', text, attrs);
  }

  function rowOf(r) {
    const tr = el('tr', null, { 'data-report': r.id });
    const link = el('a', r.firstLine || (r.readable ? msg('empty') : msg('unreadable')),
      { href: '/console/reports/' + r.id + '?lang=' + encodeURIComponent(lang), class: 'open-report' });
    const first = el('td', null, { class: 'triage-summary' });
    first.appendChild(link);
    first.appendChild(el('br'));
    first.appendChild(el('code', r.id, { class: 'triage-id' }));
    for (const t of r.tags) {
      first.appendChild(document.createTextNode(' '));
      first.appendChild(el('span', t, { class: 'tag' }));
    }
    if (r.referredFrom) {
      first.appendChild(el('br'));
      first.appendChild(el('span', msg('referred-from').replace('{body}', r.referredFrom), { class: 'referred' }));
    }
    tr.appendChild(first);
    tr.appendChild(cell(r.received));
    const code = (field, v) => (v ? (labelOf(field, v) || v) : '');
    tr.appendChild(cell(code('member_state', r.memberState)));
    tr.appendChild(cell(code('sector', r.sector)));
    tr.appendChild(cell(code('incident_class', r.incidentClass)));
    tr.appendChild(cell(code('attack_vector', r.attackVector)));
    tr.appendChild(cell(r.language ? languageName(r.language) : ''));
    tr.appendChild(cell(String(r.attachments)));
    tr.appendChild(cell(msg('sealed-by-' + r.sealedBy), r.sealedBy === 'server' ? { class: 'warn' } : {}));
    tr.appendChild(cell(r.statusLabel));
    tr.appendChild(cell(r.assignedTo || msg('nobody')));
    const d = r.deadline;
    const td = cell(d ? d.text : msg('deadline-none'), { class: 'deadline' + (d && d.urgency !== 'later' ? ' ' + d.urgency : '') });
    if (d && d.urgency !== 'later') {
      td.appendChild(document.createTextNode(' '));
      td.appendChild(el('strong', msg('urgency-' + d.urgency), { class: 'urgency' }));
    }
    tr.appendChild(td);
    return tr;
  }

  function render() {
    const query = byId('triage-search').value;
    const wanted = filters();
    const found = T.sortRows(rows.filter((r) => T.matches(r, query, wanted)), byId('triage-sort').value);
    const shown = T.pageOf(found, page);
    page = shown.page;
    const tbody = byId('triage-rows');
    tbody.textContent = '';
    for (const r of shown.rows) tbody.appendChild(rowOf(r));
    byId('triage-empty').hidden = found.length > 0;
    byId('triage-count').textContent = msg('count').replace('{shown}', String(found.length))
      .replace('{total}', String(rows.length));
    byId('triage-page').textContent = msg('page').replace('{page}', String(shown.page))
      .replace('{pages}', String(shown.pages));
    byId('triage-prev').disabled = shown.page <= 1;
    byId('triage-next').disabled = shown.page >= shown.pages;
  }

  /** Decrypts every report with `keys` and shows the list. */
  function openAll(data, keys) {
    const started = performance.now();
    const me = { publicKey: keys.publicKey, privateKey: keys.privateKey };
    rows = data.reports.map((meta) => T.summarise(meta, openReport(meta, me), labelOf));
    fillFilters();
    fillTags(data.tags);
    page = 1;
    render();
    unlockForm.hidden = true;
    view.hidden = false;
    const list = byId('inbox-list');
    if (list) list.hidden = true;
    say('');
    // How long decrypting and listing took, for the benchmark (console_triage_bench).
    section.dataset.listMs = String(Math.round(performance.now() - started));
    section.dataset.listed = 'true';
  }

  const holder = keyHolder(section);
  let data = null;
  say(msg('triage-working'));
  const kept = await keptKeys(holder, sodium, loadData);
  if (kept) {
    try {
      data = kept.data;
      await paint();
      openAll(data, kept.keys);
    } catch (e) {
      say(e instanceof UserError ? e.message : msg('open-failed'), true);
      unlockForm.hidden = false;
    } finally {
      wipeKeys(sodium, kept.keys);
    }
  } else {
    say('');
    unlockForm.hidden = false;
  }

  unlockForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    say(msg('unlock-working'));
    await paint();
    let keys = null;
    try {
      data = await loadData();
      if (!data.wrapped_key) throw new UserError(msg('open-failed'));
      try {
        keys = unwrapKeys(sodium, data, passInput.value);
      } catch (e) {
        throw new UserError(msg('unlock-wrong'));
      } finally {
        passInput.value = '';
      }
      if (holder) await holder.put(keys);
      say(msg('triage-working'));
      await paint();
      openAll(data, keys);
      byId('triage-search').focus();
    } catch (e) {
      say(e instanceof UserError ? e.message : msg('open-failed'), true);
      passInput.setAttribute('aria-invalid', 'true');
      passInput.setAttribute('aria-describedby', 'unlock-hint triage-message');
      passInput.focus();
    } finally {
      // The list needs no key once built; the holder keeps it for the report pages.
      wipeKeys(sodium, keys);
    }
  });

  const controls = byId('triage-controls');
  const again = () => {
    page = 1;
    render();
  };
  controls.addEventListener('input', again);
  controls.addEventListener('change', again);
  controls.addEventListener('submit', (ev) => {
    ev.preventDefault();
    again();
  });
  controls.addEventListener('reset', () => setTimeout(again, 0));
  byId('triage-prev').addEventListener('click', () => {
    page -= 1;
    render();
  });
  byId('triage-next').addEventListener('click', () => {
    page += 1;
    render();
  });
  section.dataset.ready = 'true';
}

const section = byId('triage');
if (section && sodium && globalThis.fetch) triage(section);
