/*
 * The report form with JavaScript on: the reporter's browser encrypts the report, its
 * attachments and the statistics record, and the server only ever receives ciphertext
 * (POST /api/v1/reports, see server/src/intake/api.rs). Reports sent this way are stored with
 * `sealed_by = browser`, the stronger of the two guarantees.
 *
 * ES module (ES2020, no build step). This file takes the form over; the work is in ./report/:
 *   page.js         the form, libsodium, the translated texts, the status and failure boxes
 *   validate.js     the rules of domain::report::validate, and the form checked against them
 *   indicators.js   the indicator rules of domain::report::indicators (one value per line)
 *   errors.js       validation errors shown the way the server renders them
 *   network.js      requests, the server's JSON answers, the verified keyring
 *   pow.js          the proof of work
 *   attachments.js  files encrypted as attachment streams
 *   records.js      the report JSON and the statistics record
 *   submit.js       the submission, start to end
 *   receipt.js      the confirmation with the receipt code
 * It needs the vendored libsodium (`sodium`), a classic script loaded before it with `defer`
 * (see sodium.js). If libsodium is missing (blocked, failed its integrity check) or the browser
 * lacks what this needs (modules included), this does nothing and the form posts to the server,
 * which seals it there: the reporter is never left with a form that cannot be sent.
 *
 * What the user typed is never changed or cleared on failure, so a failed attempt can simply be
 * retried. Translated texts come from the page (<template id="report-js-text">), and validation
 * bounds and field messages from GET /api/v1/intake, so none of them is written down twice.
 */

import { UserError, form, msg, showFailure, sodium } from './report/page.js';
import { send } from './report/submit.js';
import {
  amount, cleanText, month, monthText, optionalText, organisation, parseMonth, requiredText,
} from './report/validate.js';

function takeOver() {
  // The pure rules, for the parity test against domain::report::validate (tests/e2e/browser.rs).
  globalThis.TSR = globalThis.TSR || {};
  globalThis.TSR.reportRules = Object.freeze({
    amount, cleanText, month, monthText, optionalText, organisation, parseMonth, requiredText,
  });

  const failureBox = document.getElementById('js-failure');
  const submitButton = form.querySelector('button[type="submit"]');
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
}

if (form && sodium && globalThis.fetch && globalThis.FormData && globalThis.Blob &&
    Blob.prototype.arrayBuffer) {
  takeOver();
}
