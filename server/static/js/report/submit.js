/*
 * The submission with JavaScript on: validate against the server's bounds, verify the keyring,
 * encrypt the attachments, the report and the statistics record, solve the proof of work and
 * POST /api/v1/reports (multipart, ciphertext only). Failures meant for the reporter are thrown
 * as `UserError`; report.js shows them.
 */

import * as E from '../envelope.js';
import { sealFile } from './attachments.js';
import { clearErrors, showErrors } from './errors.js';
import { readJson, request, verifiedKeyring } from './network.js';
import { UserError, msg, sodium, status, value } from './page.js';
import { solveProofOfWork } from './pow.js';
import { showConfirmation } from './receipt.js';
import { reportJson, statsRecord } from './records.js';
import { validate } from './validate.js';

const lang = () => encodeURIComponent(value('language') || document.documentElement.lang || 'en');

export async function send() {
  status(msg('status-checking'));
  const info = await readJson(await request('/api/v1/intake?lang=' + lang()));
  const checked = validate(info);
  if (checked.errors) {
    status('');
    showErrors(checked.errors, info.messages.summary, info.messages.summary_entries);
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
