// Runs server/static/js/report/indicators.js under node for tests/e2e/indicators.rs: reads
// [[kind, input], ...] as JSON on stdin and prints, for each, {ok: [values]} or
// {err: code, args: {...}}, the shape the Rust side prints for domain::report::indicator_list.
import { readFileSync } from 'node:fs';

const I = await import(process.env.TSR_INDICATORS_JS);
const cases = JSON.parse(readFileSync(0, 'utf8'));
const out = cases.map(([kind, input]) => {
  try {
    return { ok: I.indicatorList(kind, input) };
  } catch (e) {
    if (!(e instanceof I.IndicatorError)) throw e;
    return { err: e.code, args: e.args };
  }
});
process.stdout.write(JSON.stringify(out));
