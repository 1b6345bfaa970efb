/*
 * Validation of the report form in the browser, mirroring domain::report::validate: the pure
 * rules (exported, and checked against the Rust ones by the parity test in tests/e2e/browser.rs
 * through `TSR.reportRules`) and `validate`, which applies them to the whole form.
 *
 * The server cannot check what the browser encrypts, so these rules must match the Rust ones
 * exactly: a report that passes here must pass there, and the reviewers and the anonymizer
 * (which re-validates the statistics record) must see the same normalized values.
 */

import { form, select, value } from './page.js';
import { IndicatorError, KINDS, MAX_OBSERVATIONS_CHARS, indicatorList } from './indicators.js';

class Invalid extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}
const fail = (code) => {
  throw new Invalid(code);
};

// Rust's str::trim and char::is_whitespace use the Unicode White_Space property; JavaScript's
// String.prototype.trim also strips U+FEFF, which Rust keeps.
export const rustTrim = (s) => s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
const isWhitespace = (ch) => /^\p{White_Space}$/u.test(ch);
// Rust counts limits in chars (Unicode scalar values), not UTF-16 code units.
const charCount = (s) => Array.from(s).length;

function choice(select, input) {
  const code = rustTrim(input);
  if (!code) fail('required');
  // The codes are the options the server rendered: the lists live in domain::taxonomy only.
  const codes = Array.from(select.options, (o) => o.value).filter((v) => v !== '');
  if (!codes.includes(code)) fail('unknown-choice');
  return code;
}

export function parseMonth(s) {
  const m = /^([0-9]{4})-([0-9]{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

const monthIndex = (m) => m.year * 12 + m.month;
export const monthText = (m) => String(m.year).padStart(4, '0') + '-' + String(m.month).padStart(2, '0');

export function month(input, today, earliestYear) {
  const s = rustTrim(input);
  if (!s) fail('required');
  const m = parseMonth(s);
  if (!m) fail('month-format');
  if (m.year < earliestYear) fail('month-too-early');
  if (monthIndex(m) > monthIndex(today)) fail('month-future');
  return m;
}

const SEPARATORS = new Map([
  [' ', 'space'], ['\u00a0', 'space'], ['\u202f', 'space'], ['\u2009', 'space'],
  ['.', 'dot'], [',', 'comma'],
]);

/**
 * An optional whole number as people type it ("250 000", "1.000.000", "1,000,000"): one kind
 * of thousands separator, groups of three after the first, so decimals are refused rather
 * than misread.
 */
export function amount(input, max, tooLarge) {
  const s = rustTrim(input);
  if (!s) return null;
  let kind = null;
  const groups = [];
  let current = '';
  for (const ch of s) {
    const sep = SEPARATORS.get(ch);
    if (sep) {
      if (kind && kind !== sep) fail('number-format');
      kind = sep;
      groups.push(current);
      current = '';
    } else if (ch >= '0' && ch <= '9') {
      current += ch;
    } else {
      fail('number-format');
    }
  }
  groups.push(current);
  const grouped = groups.length > 1;
  groups.forEach((g, i) => {
    const ok = !grouped ? g.length > 0 : i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3;
    if (!ok) fail('number-format');
  });
  // Exact in a double up to 15 digits, and every bound is far below that.
  const digits = groups.join('').replace(/^0+(?=[0-9])/, '');
  if (digits.length > 15 || Number(digits) > max) fail(tooLarge);
  return Number(digits);
}

/** CRLF and CR to LF, control characters other than newline and tab removed, trimmed. */
export function cleanText(input) {
  const lf = input.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  // Rust's char::is_control is the Cc category: U+0000-U+001F and U+007F-U+009F.
  // eslint-disable-next-line no-control-regex
  return rustTrim(lf.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''));
}

export function optionalText(input, max) {
  const text = cleanText(input);
  if (!text) return null;
  if (charCount(text) > max) fail('too-long');
  return text;
}

export function requiredText(input, max) {
  const text = optionalText(input, max);
  if (text === null) fail('required');
  return text;
}

/** ISO 7064 MOD 97-10 over upper-case letters and digits (letters count as 10..35). */
function mod97(s) {
  let r = 0;
  for (const c of s) {
    const v = parseInt(c, 36);
    r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
  }
  return r;
}

/** A VAT number or LEI, normalized (upper case, no spaces, dots or hyphens), or null. */
export function organisation(input, memberStates) {
  if (!rustTrim(input)) return null;
  let norm = '';
  for (const ch of input) {
    if (isWhitespace(ch) || ch === '.' || ch === '-') continue;
    norm += ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch;
  }
  if (!/^[0-9A-Z]+$/.test(norm)) fail('organisation-id');
  if (norm.length === 20) {
    if (/^[0-9]{2}$/.test(norm.slice(18)) && mod97(norm) === 1) return norm;
    fail('organisation-id');
  }
  if (norm.length >= 4 && norm.length <= 15 && memberStates.includes(norm.slice(0, 2))) {
    return norm;
  }
  return fail('organisation-id');
}

/** EUIPO and/or EC3, sorted EUIPO first, without duplicates. */
function recipients(values) {
  const out = [];
  for (const v of values.map(rustTrim).filter((v) => v !== '')) {
    const r = v.toUpperCase();
    if (r !== 'EUIPO' && r !== 'EC3') fail('recipients');
    if (!out.includes(r)) out.push(r);
  }
  if (out.length === 0) fail('recipients');
  return out.sort((a, b) => (a === 'EUIPO' ? -1 : b === 'EUIPO' ? 1 : 0));
}

function language(input) {
  const tag = rustTrim(input);
  if (!tag) fail('required');
  const primary = tag.split(/[-_]/)[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary)) fail('unknown-choice');
  return primary;
}

/**
 * Validates the whole form against the server's bounds (`info`, from /api/v1/intake).
 * Returns `{fields, files}` or `{errors}` where `errors` maps field name to message.
 */
export function validate(info) {
  const b = info.bounds;
  const today = parseMonth(info.month);
  const errors = {};
  const take = (name, fn) => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      const m = info.messages;
      errors[name] = e.code === 'too-long' ? m.too_long[name] : m.fields[e.code];
      return undefined;
    }
  };
  const memberStates = Array.from(select('member_state').options, (o) => o.value);
  const f = {};
  for (const name of ['member_state', 'sector', 'incident_class', 'attack_vector', 'actor_type']) {
    f[name] = take(name, () => choice(select(name), value(name)));
  }
  f.incident_month = take('incident_month', () => month(value('incident_month'), today, b.earliest_year));
  f.detection_month = take('detection_month', () => {
    const d = month(value('detection_month'), today, b.earliest_year);
    if (f.incident_month && monthIndex(d) < monthIndex(f.incident_month)) {
      fail('detection-before-incident');
    }
    return d;
  });
  f.loss_eur = take('loss_eur', () => amount(value('loss_eur'), b.max_loss_eur, 'loss-too-large'));
  f.jobs_at_risk = take('jobs_at_risk', () => amount(value('jobs_at_risk'), b.max_jobs, 'jobs-too-large'));
  f.what_taken = take('what_taken', () => requiredText(value('what_taken'), b.max_what_taken_chars));
  f.narrative = take('narrative', () => requiredText(value('narrative'), b.max_narrative_chars));
  f.contact = take('contact', () => optionalText(value('contact'), b.max_contact_chars));
  f.organisation_id = take('organisation_id', () => organisation(value('organisation_id'), memberStates));
  const checked = Array.from(form.querySelectorAll('input[name="recipients"]:checked'), (i) => i.value);
  f.recipients = take('recipients', () => recipients(checked));
  take('consent', () => document.getElementById('consent').checked || fail('consent'));
  f.language = take('language', () => language(value('language')));
  // Indicators: the messages carry the line number (or the limit) of domain's ErrorCode::args.
  f.indicators = { observations: null };
  for (const k of KINDS) {
    try {
      f.indicators[k.key] = indicatorList(k.key, value(k.field));
    } catch (e) {
      if (!(e instanceof IndicatorError)) throw e;
      const m = info.messages.indicators[e.code];
      errors[k.field] = m.replace('{line}', String(e.args.line));
    }
  }
  f.indicators.observations = take('indicator_observations',
    () => optionalText(value('indicator_observations'), MAX_OBSERVATIONS_CHARS));

  // Attachments: checked against the limits before any time is spent encrypting them.
  const files = Array.from(document.getElementById('attachments').files || []);
  if (files.length > info.max_files) {
    errors.attachments = info.messages.too_many_files;
  } else if (files.some((file) => file.size > info.max_file_bytes)) {
    errors.attachments = info.messages.too_large;
  }
  return Object.keys(errors).length ? { errors } : { fields: f, files };
}
