/*
 * The indicators of compromise of an opened report (report JSON `indicators`, see
 * keys/FORMAT.md), listed kind by kind under their form labels (<span data-indicator> in the
 * page's text template). Values are shown as text, never as links: they may be hostile.
 */

import { byId, el, label, msg } from './page.js';

export function renderIndicators(report) {
  const box = byId('report-indicators');
  box.textContent = '';
  const dl = el('dl');
  const ind = (report && report.indicators) || {};
  let any = false;
  for (const key of ['ip', 'domain', 'url', 'email', 'hash', 'file_name', 'observations']) {
    const v = ind[key];
    const values = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : (typeof v === 'string' && v ? [v] : []);
    if (!values.length) continue;
    any = true;
    dl.appendChild(el('dt', label('data-indicator', key)));
    const dd = el('dd', null, { id: 'indicator-' + key.replace(/_/g, '-') });
    if (key === 'observations') {
      dd.className = 'report-text';
      dd.textContent = values[0];
    } else {
      const ul = el('ul', null, { class: 'indicator-values' });
      for (const x of values) ul.appendChild(el('li', null)).appendChild(el('code', x));
      dd.appendChild(ul);
    }
    dl.appendChild(dd);
  }
  box.appendChild(any ? dl : el('p', msg('empty')));
}
