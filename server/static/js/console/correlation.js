/*
 * Blind correlation on the report page (keys/FORMAT.md, "Correlation"): once the report is
 * open, the body's correlation key is fetched sealed to this reviewer's keyring key
 * (GET /console/correlation-key), opened with the reviewer's key pair and used ONLY if its id
 * is the one the verified keyring names for the body — a key the server substituted (one it
 * knows, to test guessed indicators) is refused with a notice and nothing is uploaded. The
 * keyed hashes of the report's indicators and organisation identifier are posted
 * (POST .../correlation), the key is wiped at once (it is never kept, not even in the key
 * holder), and the reports of the body sharing hashes are listed (GET .../related).
 *
 * A report listed as "possibly the same incident" has a button to confirm this report as its
 * duplicate (issue 19, point 5): it sets the classification's status to `duplicate` and sends
 * the classification form, the existing signed and sealed classify flow, so that the
 * anonymizer counts the incident once.
 *
 * `page.dataset.correlation` says how it went: 'uploaded', 'refused', 'unavailable' or
 * 'failed'. ES module; imports envelope.js and console/page.js.
 */

import * as E from '../envelope.js';
import { byId, el, msg } from './page.js';

function show(text, error) {
  const status = byId('related-status');
  if (!status) return;
  status.textContent = text || '';
  status.className = error ? 'field-error' : '';
}

function renderRelated(ctx, related) {
  const list = byId('related-list');
  list.textContent = '';
  if (!related.length) {
    show(msg('related-none'));
    return;
  }
  show('');
  for (const r of related) {
    if (typeof r.id !== 'string' || !/^[0-9a-f]{32}$/.test(r.id)) continue;
    const li = el('li', null, { 'data-related': r.id });
    li.appendChild(el('a', msg('related-report').replace('{report}', r.id.slice(0, 8)),
      { href: '/console/reports/' + r.id + ctx.query }));
    const parts = [];
    if (r.shared > 0) parts.push(msg('related-shares').replace('{count}', String(r.shared)));
    if (r.same_organisation) parts.push(msg('related-incident'));
    li.appendChild(document.createTextNode(' — ' + parts.join('; ')));
    if (r.same_organisation) {
      li.className = 'related-incident';
      const confirm = el('button', msg('related-confirm'), { type: 'button', class: 'related-confirm' });
      confirm.addEventListener('click', () => {
        byId('classify-status').value = 'duplicate';
        byId('classify-form').requestSubmit();
      });
      li.appendChild(document.createTextNode(' '));
      li.appendChild(confirm);
    }
    list.appendChild(li);
  }
}

/**
 * Runs the whole step for the opened report. `ctx`: sodium, page, base, query, request,
 * keys() ({publicKey, privateKey}), keyring(), data(), opened().
 */
export async function correlate(ctx) {
  const { sodium, page } = ctx;
  const done = (state, text, error) => {
    page.dataset.correlation = state;
    if (text !== undefined) show(text, error);
  };
  try {
    const resp = await ctx.request('/console/correlation-key' + ctx.query);
    if (!resp.ok) return done('unavailable', msg('related-unavailable'));
    const offered = await resp.json();
    const body = ctx.data().body;
    const expected = (ctx.keyring().bodies[body] || {}).correlation;
    let key;
    try {
      key = E.openCorrelationKey(sodium, offered.sealed, ctx.keys(), expected);
    } catch (e) {
      // Not the keyring's key (or none in the keyring): never used, nothing uploaded.
      return done('refused', msg('related-refused'), true);
    }
    let hashes;
    try {
      hashes = E.reportHashes(sodium, key, ctx.opened());
    } finally {
      sodium.memzero(key);
    }
    const up = await ctx.request(ctx.base + '/correlation' + ctx.query, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': page.dataset.csrf },
      body: JSON.stringify({ key_id: expected, hashes }),
    });
    if (!up.ok) return done('failed', msg('server'), true);
    const rel = await ctx.request(ctx.base + '/related' + ctx.query);
    if (!rel.ok) return done('failed', msg('server'), true);
    const found = await rel.json();
    renderRelated(ctx, Array.isArray(found.related) ? found.related : []);
    return done('uploaded');
  } catch (e) {
    return done('failed', msg('server'), true);
  }
}
