/*
 * The confirmation once the server has the report: the receipt code with its download and print
 * buttons, in place of the form (the draft is removed from the page so it cannot be read back).
 */

import { msg } from './page.js';

export function showConfirmation(receipt, chosen) {
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
