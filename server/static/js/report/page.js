/*
 * What the report page gives its modules: the form, libsodium, the translated texts
 * (<template id="report-js-text">), the form's values, and the status and failure boxes.
 * Looked up once here so the other modules share one definition; module scripts run after the
 * document is parsed, so the elements exist by then.
 *
 * `form` and `sodium` are null when the page has no report form or libsodium did not load
 * (blocked, failed its integrity check, a very old browser): report.js then does nothing.
 */

import { loadedSodium } from '../sodium.js';

export const form = document.getElementById('report-form');
export const sodium = loadedSodium();

const texts = document.getElementById('report-js-text');

export function msg(id) {
  const el = texts && texts.content.querySelector('[data-msg="' + id + '"]');
  return el ? el.textContent.trim() : id;
}

/** A failure whose message is meant for the reporter (already translated). */
export class UserError extends Error {}

export const select = (name) => form.elements.namedItem(name);
export const value = (name) => {
  const el = form.elements.namedItem(name);
  return el && typeof el.value === 'string' ? el.value : '';
};

export function status(text) {
  const statusBox = document.getElementById('js-status');
  statusBox.textContent = text || '';
  statusBox.hidden = !text;
}

export function showFailure(text) {
  status('');
  const failureBox = document.getElementById('js-failure');
  document.getElementById('js-failure-message').textContent = text;
  failureBox.hidden = false;
  failureBox.focus();
}
