/*
 * The export buttons of the report page: STIX 2.1 or MISP saved as a file, or the STIX bundle
 * pushed to the body's TAXII 2.1 collection (../taxii.js), all built in the browser from the
 * opened report (../export.js) once the server has logged the export (format and TLP only).
 * The TAXII URL and credentials are read from the page's fields at the moment of the push and
 * sent to the TAXII server only.
 */

import * as X from '../export.js';
import * as T from '../taxii.js';
import { UserError, byId, label, msg, saveFile } from './page.js';

/** A random (version 4) UUID for the exports' object ids. */
function uuid(sodium) {
  if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID();
  const b = sodium.randombytes_buf(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = sodium.to_hex(b);
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
}

/**
 * `ctx`: {sodium, current: () => ({id, opened}), log: async (format, tlp) => {}} where `log`
 * throws a UserError when the server refuses; `say(text, isError)` reports to the reviewer.
 */
export function wireExports(ctx, say) {
  async function run(format) {
    const { id, opened } = ctx.current();
    if (!opened) throw new UserError(msg('server'));
    const tlp = byId('export-tlp').value;
    await ctx.log(format, tlp);
    const f = opened.fields || {};
    const input = {
      reportId: id,
      report: opened,
      tlp,
      now: new Date().toISOString(),
      day: byId('report-received').textContent.trim(),
      uuid: () => uuid(ctx.sodium),
      sectorLabel: label('data-code', 'sector:' + f.sector),
    };
    if (format === 'taxii') {
      const bundle = await X.stixBundle(input);
      try {
        await T.push({
          collectionUrl: byId('taxii-url').value.trim(),
          username: byId('taxii-user').value,
          password: byId('taxii-password').value,
          bundle,
        });
      } catch (e) {
        throw new UserError(msg('taxii-failed'));
      }
      say(msg('taxii-done'));
      return;
    }
    const doc = format === 'stix' ? await X.stixBundle(input) : X.mispEvent(input);
    saveFile([JSON.stringify(doc, null, 2)], 'report-' + id + '.' + format + '.json',
      'application/json');
    say(msg('export-done'));
  }
  for (const id of ['export-stix', 'export-misp', 'export-taxii']) {
    const button = byId(id);
    if (!button) continue;
    button.addEventListener('click', () => run(button.dataset.format).catch((e) => {
      say(e instanceof UserError ? e.message : msg('server'), true);
    }));
  }
}
