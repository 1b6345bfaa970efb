/*
 * Exports of an opened report for EC3 and CSIRTs, built in the reviewer's browser from the
 * decrypted content: a STIX 2.1 bundle and a MISP event (JSON). Pure functions, no I/O (SHA-1
 * through WebCrypto for the deterministic ids of STIX observables); the console logs the export
 * on the server before it saves the file (console.js). Node runs this module too: the tests
 * validate its bundles with OASIS's stix2-validator (tests/e2e/intel_export.rs).
 *
 * What goes out: the classification (RSIT incident class, VERIS attack vector, actor type, NACE
 * section, member state, months, loss and jobs), what was taken and the narrative, the
 * indicators of compromise (as STIX observables plus indicators with STIX patterns, or typed
 * MISP attributes), marked with the TLP 2.0 level the reviewer chose. What never goes out: the
 * reporter's contact details and organisation identifier, and the receipt.
 *
 * TLP markings are the TLP 2.0 marking definitions OASIS publishes for STIX 2.1 (extension
 * extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d, cti-stix-common-objects), copied
 * as published (ids and `created` included).
 *
 * ES module, ES2020: console.js imports it.
 */

const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The TLP 2.0 levels the reviewer may choose (console/export.rs TLP_LEVELS), with their ids. */
export const TLP = Object.freeze({
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
});

function marking(tlp) {
  if (!Object.prototype.hasOwnProperty.call(TLP, tlp)) throw new Error('unknown TLP level');
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:' + tlp.toUpperCase(),
    extensions: {
      [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: tlp },
    },
  };
}

// The project's own properties (`x_tsr_*`: NACE section, member state, months, loss, jobs) are
// declared by a top-level property extension, as STIX 2.1 section 7.3 wants. Its definition is
// written out in keys/FORMAT.md ("STIX export") rather than shipped in every bundle (TAXII
// servers such as medallion mistake an extension definition's `version` for a timestamp).
const TSR_EXTENSION = 'extension-definition--fa64e9f7-f5fe-462a-9ce4-e71c8cd48cdc';
const TSR_EXTENDED = { [TSR_EXTENSION]: { extension_type: 'toplevel-property-extension' } };

// STIX 2.1 section 2.9: an observable's id is a UUIDv5 in this namespace over the JCS form of
// its id contributing properties, so equal observables get equal ids in every bundle.
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** RFC 8785 for the plain objects used here (strings and nested objects, keys sorted). */
function canonical(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
}

async function uuid5(namespace, name) {
  const ns = namespace.replace(/-/g, '').match(/../g).map((h) => parseInt(h, 16));
  const bytes = new Uint8Array([...ns, ...new TextEncoder().encode(name)]);
  const h = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', bytes)).slice(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
  return [x.slice(0, 8), x.slice(8, 12), x.slice(12, 16), x.slice(16, 20), x.slice(20)].join('-');
}

/** A STIX pattern string literal. */
const literal = (s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";

/** STIX hash names by the canonical hash's length (domain::report::hash_algorithm). */
const HASH_NAMES = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' };

/**
 * Every indicator of the report as [SCO properties, pattern, display name], in the report's
 * order (kind by kind). Values are already canonical (domain::report::indicators).
 */
function observables(ind) {
  const out = [];
  const list = (k) => (Array.isArray(ind[k]) ? ind[k].filter((v) => typeof v === 'string') : []);
  for (const v of list('ip')) {
    const type = v.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
    const op = v.includes('/') ? 'ISSUBSET' : '=';
    out.push([{ type, value: v }, '[' + type + ':value ' + op + ' ' + literal(v) + ']', v]);
  }
  for (const [key, type] of [['domain', 'domain-name'], ['url', 'url'], ['email', 'email-addr']]) {
    for (const v of list(key)) {
      out.push([{ type, value: v }, '[' + type + ':value = ' + literal(v) + ']', v]);
    }
  }
  for (const v of list('hash')) {
    const name = HASH_NAMES[v.length];
    if (!name) continue;
    const path = name === 'MD5' ? 'hashes.MD5' : "hashes.'" + name + "'";
    out.push([{ type: 'file', hashes: { [name]: v } }, '[file:' + path + ' = ' + literal(v) + ']',
      name + ' ' + v]);
  }
  for (const v of list('file_name')) {
    out.push([{ type: 'file', name: v }, '[file:name = ' + literal(v) + ']', v]);
  }
  return out;
}

/** The classification as labels: `rsit:<class>`, `veris:<vector>`, ... */
function labels(f) {
  const out = [];
  const add = (prefix, v) => {
    if (typeof v === 'string' && v) out.push(prefix + v);
  };
  add('rsit:', f.incident_class);
  add('veris:', f.attack_vector);
  add('actor-type:', f.actor_type);
  add('nace:', f.sector);
  add('member-state:', f.member_state);
  return out;
}

/** Optional properties only when present (STIX forbids empty values). */
function present(obj) {
  for (const k of Object.keys(obj)) {
    if (obj[k] === null || obj[k] === undefined || obj[k] === '') delete obj[k];
  }
  return obj;
}

/**
 * A STIX 2.1 bundle: the TLP 2.0 marking, the (unnamed) victim organisation with its sector,
 * the incident, one observable (SCO) and one indicator (STIX pattern) per indicator of
 * compromise, a note with the free observations, and a report object referring to them all.
 * `input`: {reportId, report (decrypted JSON), tlp, now (ISO timestamp), uuid (fn), sectorLabel}.
 * Async: the observables' ids are SHA-1 based (WebCrypto).
 */
export async function stixBundle(input) {
  const f = input.report.fields || {};
  const ind = input.report.indicators || {};
  const now = input.now;
  const m = marking(input.tlp);
  const common = (type) => ({
    type,
    spec_version: '2.1',
    id: type + '--' + input.uuid(),
    created: now,
    modified: now,
    object_marking_refs: [m.id],
  });
  const identity = present(Object.assign(common('identity'), {
    name: 'Reporting organisation (withheld)',
    identity_class: 'organization',
    description: input.sectorLabel ? 'NACE Rev.2 section ' + f.sector + ': ' + input.sectorLabel : null,
    x_tsr_nace_section: f.sector,
    x_tsr_member_state: f.member_state,
    extensions: TSR_EXTENDED,
  }));
  const incident = present(Object.assign(common('incident'), {
    name: 'Theft of trade secrets: ' + String(f.what_taken || '').slice(0, 200),
    description: f.narrative,
    labels: labels(f),
    x_tsr_incident_month: f.incident_month,
    x_tsr_detection_month: f.detection_month,
    x_tsr_loss_eur: f.loss_eur,
    x_tsr_jobs_at_risk: f.jobs_at_risk,
    extensions: TSR_EXTENDED,
  }));
  const extra = [];
  const seen = new Set();
  for (const [props, pattern, name] of observables(ind)) {
    const key = Object.assign({}, props);
    delete key.type;
    const sco = Object.assign({ type: props.type, spec_version: '2.1' }, props, {
      id: props.type + '--' + await uuid5(SCO_NAMESPACE, canonical(key)),
      object_marking_refs: [m.id],
    });
    if (seen.has(sco.id)) continue;
    seen.add(sco.id);
    const indicator = Object.assign(common('indicator'), {
      name,
      description: 'Reported by the victim of a theft of trade secrets as seen in the attack.',
      indicator_types: ['malicious-activity'],
      pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: now,
    });
    // No relationship between the two: STIX suggests none from an indicator to an observable
    // (stix2-validator --strict refuses one), the report lists both.
    extra.push(sco, indicator);
  }
  if (typeof ind.observations === 'string' && ind.observations) {
    extra.push(Object.assign(common('note'), {
      abstract: 'Technical observations of the reporter',
      content: ind.observations,
      object_refs: [incident.id],
    }));
  }
  const report = Object.assign(common('report'), {
    name: 'Trade-secret theft report ' + input.reportId,
    published: now,
    report_types: ['threat-report'],
    labels: labels(f),
    object_refs: [identity.id, incident.id, ...extra.map((o) => o.id)],
    external_references: [{ source_name: 'tsr-report', external_id: input.reportId }],
  });
  return {
    type: 'bundle',
    id: 'bundle--' + input.uuid(),
    objects: [m, identity, incident, ...extra, report],
  };
}

/**
 * MISP attribute types and categories of the indicators (MISP's default type/category matrix);
 * all of them may be used for detection (`to_ids`) except file names.
 */
const MISP_TYPES = [
  ['ip', 'ip-dst', 'Network activity', true],
  ['domain', 'domain', 'Network activity', true],
  ['url', 'url', 'Network activity', true],
  ['email', 'email-src', 'Payload delivery', true],
  ['hash', null, 'Payload delivery', true],
  ['file_name', 'filename', 'Payload delivery', false],
];

/** A MISP event (the JSON MISP imports): TLP and RSIT tags, text and typed indicators. */
export function mispEvent(input) {
  const f = input.report.fields || {};
  const tags = [{ name: 'tlp:' + input.tlp }];
  marking(input.tlp);
  const cls = String(f.incident_class || '');
  const at = cls.indexOf(':');
  if (at > 0) tags.push({ name: 'rsit:' + cls.slice(0, at) + '="' + cls.slice(at + 1) + '"' });
  for (const [k, v] of [['attack-vector', f.attack_vector], ['actor-type', f.actor_type],
    ['nace-section', f.sector], ['member-state', f.member_state]]) {
    if (typeof v === 'string' && v) tags.push({ name: 'tsr:' + k + '="' + v + '"' });
  }
  const attribute = (value, comment, type = 'text', category = 'Other', toIds = false) => ({
    uuid: input.uuid(),
    type,
    category,
    to_ids: toIds,
    distribution: '5',
    value: String(value),
    comment,
  });
  const attributes = [];
  if (f.what_taken) attributes.push(attribute(f.what_taken, 'What was taken'));
  if (f.narrative) attributes.push(attribute(f.narrative, 'Narrative'));
  if (f.incident_month) attributes.push(attribute(f.incident_month, 'Month the theft started'));
  if (f.detection_month) attributes.push(attribute(f.detection_month, 'Month it was discovered'));
  if (Number.isSafeInteger(f.loss_eur)) attributes.push(attribute(f.loss_eur, 'Estimated loss (EUR)'));
  if (Number.isSafeInteger(f.jobs_at_risk)) attributes.push(attribute(f.jobs_at_risk, 'Jobs at risk'));
  const ind = input.report.indicators || {};
  for (const [key, type, category, toIds] of MISP_TYPES) {
    for (const v of Array.isArray(ind[key]) ? ind[key] : []) {
      if (typeof v !== 'string') continue;
      const t = type || (HASH_NAMES[v.length] || '').toLowerCase().replace('-', '');
      if (t) attributes.push(attribute(v, 'Indicator reported', t, category, toIds));
    }
  }
  if (typeof ind.observations === 'string' && ind.observations) {
    attributes.push(attribute(ind.observations, 'Technical observations'));
  }
  return {
    Event: {
      uuid: input.uuid(),
      info: 'Trade-secret theft report ' + input.reportId,
      date: input.day,
      threat_level_id: '2',
      analysis: '1',
      distribution: '0',
      published: false,
      Tag: tags,
      Attribute: attributes,
    },
  };
}
