// Runs server/static/js/export.js under node for tests/e2e/intel_export.rs: reads
// {report, reportId, tlps} as JSON on stdin and prints {stix: {tlp: bundle}, misp: {tlp: event}}.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const X = await import(process.env.TSR_EXPORT_JS);
const input = JSON.parse(readFileSync(0, 'utf8'));
const out = { stix: {}, misp: {} };
for (const tlp of input.tlps) {
  const common = {
    reportId: input.reportId,
    report: input.report,
    tlp,
    now: '2026-12-07T12:00:00.000Z',
    day: '2026-12-07',
    uuid: randomUUID,
    sectorLabel: 'Manufacturing',
  };
  out.stix[tlp] = await X.stixBundle(common);
  out.misp[tlp] = X.mispEvent(common);
}
process.stdout.write(JSON.stringify(out));
