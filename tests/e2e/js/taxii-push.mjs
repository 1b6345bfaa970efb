// Runs server/static/js/taxii.js (with export.js) under node for tests/e2e/taxii_push.rs:
// reads {report, collectionUrl, username, password, wrongPassword} on stdin, pushes the STIX
// bundle, reads the collection back, and prints {bundle, status, readBack, refused}.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const X = await import(process.env.TSR_EXPORT_JS);
const T = await import(process.env.TSR_TAXII_JS);
const input = JSON.parse(readFileSync(0, 'utf8'));
const bundle = await X.stixBundle({
  reportId: 'r-taxii',
  report: input.report,
  tlp: 'amber+strict',
  now: '2026-12-07T12:00:00.000Z',
  uuid: randomUUID,
  sectorLabel: 'Manufacturing',
});
const collection = { collectionUrl: input.collectionUrl, username: input.username };
let refused = null;
try {
  await T.push({ ...collection, password: input.wrongPassword, bundle });
} catch (e) {
  refused = e instanceof T.TaxiiError ? e.status : String(e);
}
const status = await T.push({ ...collection, password: input.password, bundle });
const readBack = await T.objects({ ...collection, password: input.password });
process.stdout.write(JSON.stringify({ bundle, status, readBack, refused }));
