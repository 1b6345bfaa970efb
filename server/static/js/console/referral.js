/*
 * Referring a report to the other body (the report page's #referral form) and reading the
 * notes of earlier referrals. Like a grant across bodies: the report's data key, recovered in
 * this page, is sealed (crypto_box_seal) to every key of the receiving body in the verified
 * keyring — its reviewers and its recovery key — and sent with an optional note sealed to the
 * keys of both bodies as an internal note (envelope kind 3, its object id the report's). The
 * server checks the slots are for exactly those keyring keys. If the reviewer ticks the box,
 * the reporter is told through the conversation's own signed-message path (`ctx.tell`).
 *
 * ES module, ES2020, no build step; called by console.js with what it holds in memory.
 */

import * as E from '../envelope.js';
import { UserError, byId, msg } from './page.js';

/**
 * Opens the referral notes of `data` into `#referral-note-{to}` with `ctx.open` (console.js's
 * opener: my slot in the note, checked to be a note of this report).
 */
export function showReferralNotes(ctx) {
  const data = ctx.data();
  for (const n of data.referral_notes || []) {
    const p = byId('referral-note-' + n.to);
    if (!p) continue;
    try {
      const body = ctx.openJson(n.envelope, { kind: 'note', id: data.id });
      p.textContent = msg('referral-note') + ' ' + (typeof body.text === 'string' ? body.text : '');
    } catch (e) {
      p.textContent = msg('unreadable');
    }
  }
}

/** Wires the referral form, if the page has one (it has none once both bodies have the report). */
export function referralForm(ctx) {
  const form = byId('referral-form');
  if (!form) return;
  const sodium = ctx.sodium;
  let busy = false;

  async function refer() {
    const data = ctx.data();
    const keyring = ctx.keyring();
    const to = form.dataset.to;
    const bytes = E.unb64(sodium, data.envelope, 'envelope');
    E.expectEnvelope(E.parseEnvelope(sodium, bytes), { kind: 'report', id: data.id });
    // Every key of the receiving body in the verified keyring, reviewers and recovery.
    const keys = E.keyringRecipients(sodium, keyring, [to]);
    const dataKey = ctx.dataKeyOf(bytes);
    let slots;
    try {
      slots = keys.map((pk) => ({
        recipient: E.b64(sodium, pk),
        sealed_key: E.b64(sodium, E.sealDataKey(sodium, dataKey, pk)),
      }));
    } finally {
      sodium.memzero(dataKey);
    }
    let note = null;
    const text = byId('referral-note-text').value.replace(/\r\n/g, '\n').trim();
    if (text) {
      const plaintext = E.utf8(JSON.stringify({ v: 1, text, attachments: [] }));
      try {
        note = E.b64(sodium, E.sealEnvelope(sodium, {
          kind: 'note',
          id: sodium.from_hex(data.id),
          plaintext,
          recipients: E.keyringRecipients(sodium, keyring, [data.body, to]),
        }));
      } finally {
        sodium.memzero(plaintext);
      }
    }
    const resp = await ctx.request(ctx.base + '/referral' + ctx.query, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': ctx.page.dataset.csrf },
      body: JSON.stringify({ to, slots, note }),
    });
    if (!resp.ok) throw new UserError(await ctx.errorOf(resp));
    // The report is now the receiving body's too: reload before telling the reporter, so the
    // message is sealed to both bodies.
    await ctx.reload();
    if (byId('referral-tell').checked) await ctx.tell(byId('referral-message'));
    byId('referral').hidden = true;
    ctx.say(msg('refer-done'));
    ctx.page.dataset.referred = to;
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    busy = true;
    try {
      await refer();
    } catch (e) {
      ctx.say(e instanceof UserError ? e.message : msg('server'), true);
    } finally {
      busy = false;
    }
  });
}
