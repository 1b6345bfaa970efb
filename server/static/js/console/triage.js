/*
 * The inbox's triage list, without DOM or cryptography: a decrypted report reduced to what the
 * list shows and searches (`summarise`), the search and filters (`matches`), the orders
 * (`sortRows`) and the pages (`pageOf`). console/inbox.js decrypts and renders; the summaries
 * exist only in the page's memory.
 *
 * ES module, no dependencies.
 */

/** The category fields a reviewer can filter on, with the summary property of each. */
export const FILTERS = [
  ['member_state', 'memberState'],
  ['sector', 'sector'],
  ['incident_class', 'incidentClass'],
  ['attack_vector', 'attackVector'],
  ['language', 'language'],
  ['status', 'status'],
];

export const PAGE_SIZE = 50;
const FIRST_LINE_CHARS = 160;

/** Lower case, without accents: "Überweisung" is found by "uberweisung". */
export function normalise(text) {
  return String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The first non-empty line of a text, cut at FIRST_LINE_CHARS characters. */
export function firstLine(text) {
  if (typeof text !== 'string') return '';
  const line = text.split('\n').map((l) => l.trim()).find((l) => l) || '';
  const chars = [...line];
  return chars.length > FIRST_LINE_CHARS ? chars.slice(0, FIRST_LINE_CHARS - 1).join('') + '…' : line;
}

const str = (v) => (typeof v === 'string' ? v : '');

/**
 * One row of the list from the server's metadata `meta` (inbox data) and the opened report
 * `report` (keys/FORMAT.md; null when it could not be opened). `labelOf(field, code)` names a
 * category code in the page language.
 */
export function summarise(meta, report, labelOf) {
  const f = (report && report.fields) || {};
  const row = {
    id: meta.id,
    received: meta.received,
    status: meta.status,
    statusLabel: meta.status_label,
    sealedBy: meta.sealed_by,
    deadline: meta.deadline || null,
    readable: !!report,
    memberState: str(f.member_state),
    sector: str(f.sector),
    incidentClass: str(f.incident_class),
    attackVector: str(f.attack_vector),
    language: report ? str(report.language) : '',
    firstLine: firstLine(f.narrative),
    attachments: report && Array.isArray(report.attachments) ? report.attachments.length : 0,
    assignedTo: typeof meta.assigned_to === 'string' ? meta.assigned_to : '',
    mine: meta.assigned_to_me === true,
    // The body's tags (its fixed list, kept by the operator) and, if the other body referred
    // the report here, which one.
    tags: Array.isArray(meta.tags) ? meta.tags.filter((t) => typeof t === 'string') : [],
    referredFrom: typeof meta.referred_from === 'string' ? meta.referred_from : '',
  };
  // What the search looks in: every text field and the names of the categories.
  const words = [meta.id, f.narrative, f.what_taken, f.contact, f.organisation_id,
    f.incident_month, f.detection_month];
  for (const [field, prop] of FILTERS.slice(0, 4)) {
    words.push(row[prop], row[prop] && labelOf ? labelOf(field, row[prop]) : '');
  }
  row.haystack = normalise(words.filter((w) => typeof w === 'string' && w).join('\n'));
  return row;
}

/** Whether a row has every word of `query`, the value of every set filter, the assignment and
 * the tag. */
export function matches(row, query, filters) {
  for (const [field, prop] of FILTERS) {
    const want = filters[field];
    if (want && row[prop] !== want) return false;
  }
  // Assignment: `me` (assigned to me) or `none` (not assigned).
  if (filters.assignment === 'me' && !row.mine) return false;
  if (filters.assignment === 'none' && row.assignedTo) return false;
  if (filters.tag && !row.tags.includes(filters.tag)) return false;
  const words = normalise(query || '').split(/\s+/).filter((w) => w);
  return words.every((w) => row.haystack.includes(w));
}

const byReceived = (a, b) => (a.received < b.received ? -1 : a.received > b.received ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
// Reports without a deadline (closed) after all others.
const dueOf = (r) => (r.deadline ? r.deadline.due : '9999-99-99');

/** The rows in order `key`: `newest` (default), `oldest` or `deadline` (soonest first). */
export function sortRows(rows, key) {
  const out = rows.slice();
  if (key === 'oldest') {
    out.sort(byReceived);
  } else if (key === 'deadline') {
    out.sort((a, b) => (dueOf(a) < dueOf(b) ? -1 : dueOf(a) > dueOf(b) ? 1 : 0) || byReceived(a, b));
  } else {
    out.sort((a, b) => byReceived(b, a));
  }
  return out;
}

/** Page `n` (1-based, clamped) of `rows`: {rows, page, pages}. */
export function pageOf(rows, n, size) {
  const per = size || PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(rows.length / per));
  const page = Math.min(Math.max(1, Number.isSafeInteger(n) ? n : 1), pages);
  return { rows: rows.slice((page - 1) * per, page * per), page, pages };
}

/** The distinct non-empty values of summary property `prop`, sorted. */
export function valuesOf(rows, prop) {
  return [...new Set(rows.map((r) => r[prop]).filter((v) => v))].sort();
}
