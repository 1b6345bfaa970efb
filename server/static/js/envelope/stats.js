/*
 * Envelope statistics records (keys/FORMAT.md): the structured fields of a report, padded to
 * 512-byte blocks and sealed to the anonymizer alone, so neither the server nor the reviewers
 * can link published statistics back to a report.
 *
 * ES module, no DOM; every function takes the ready `sodium` object first.
 */

import { bytesOf, concat, fail, startsWith, utf8 } from './bytes.js';
import { padTo, unpad } from './padding.js';

const STATS_BLOCK = 512;
const MAX_STATS_RECORD = 16 * 1024;
const MAGIC_STATS = utf8('TSS1');

/** "TSS1" ‖ crypto_box_seal(pad_512(record), anonymizer public key). */
export function sealStatsRecord(sodium, record, anonymizerPublicKey) {
  bytesOf(record, 'statistics record');
  if (record.length >= MAX_STATS_RECORD) fail('TooLarge', 'statistics record');
  const size = Math.ceil((record.length + 1) / STATS_BLOCK) * STATS_BLOCK;
  const padded = padTo(record, size);
  try {
    return concat(MAGIC_STATS, sodium.crypto_box_seal(padded, anonymizerPublicKey));
  } finally {
    sodium.memzero(padded);
  }
}

/** Opens a statistics record with the anonymizer's key pair (tests and tools). */
export function openStatsRecord(sodium, sealed, keyPair) {
  const body = sealed.length - 4 - 48;
  if (!startsWith(sealed, MAGIC_STATS)) fail('Malformed', 'bad magic');
  if (body < STATS_BLOCK || body % STATS_BLOCK !== 0 || body > MAX_STATS_RECORD + STATS_BLOCK) {
    fail('Malformed', 'invalid length');
  }
  let padded;
  try {
    padded = sodium.crypto_box_seal_open(
      sealed.subarray(4), keyPair.publicKey, keyPair.privateKey);
  } catch (e) {
    fail('WrongKey');
  }
  return unpad(padded);
}
