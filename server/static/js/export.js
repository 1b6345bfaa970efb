/*
 * Exports of an opened report for EC3 and CSIRTs, built in the reviewer's browser from the
 * decrypted content: a STIX 2.1 bundle and a MISP event (JSON). Pure functions, no I/O; the
 * console logs the export on the server before it saves the file (console.js).
 *
 * What goes out: the classification (RSIT incident class, VERIS attack vector, actor type, NACE
 * section, member state, months, loss and jobs), what was taken and the narrative, marked with
 * the TLP level the reviewer chose. What never goes out: the reporter's contact details and
 * organisation identifier, and the receipt.
 *
 * TLP markings are the STIX 2.1 specification's TLP marking definitions (section 7.2.1.4).
 *
 * ES module, ES2020: console.js imports it.
 */

export const TLP = Object.freeze({
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
});

function marking(tlp) {
  if (!Object.prototype.hasOwnProperty.call(TLP, tlp)) throw new Error('unknown TLP level');
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP[tlp],
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: 'TLP:' + tlp.toUpperCase(),
    definition: { tlp },
  };
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
 * A STIX 2.1 bundle: the TLP marking, the (unnamed) victim organisation with its sector, the
 * incident, and a report object referring to both.
 * `input`: {reportId, report (decrypted JSON), tlp, now (ISO timestamp), uuid (fn), sectorLabel}
 */
export function stixBundle(input) {
  const f = input.report.fields || {};
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
  }));
  const incident = present(Object.assign(common('incident'), {
    name: 'Theft of trade secrets: ' + String(f.what_taken || '').slice(0, 200),
    description: f.narrative,
    labels: labels(f),
    x_tsr_incident_month: f.incident_month,
    x_tsr_detection_month: f.detection_month,
    x_tsr_loss_eur: f.loss_eur,
    x_tsr_jobs_at_risk: f.jobs_at_risk,
  }));
  const report = Object.assign(common('report'), {
    name: 'Trade-secret theft report ' + input.reportId,
    published: now,
    report_types: ['threat-report'],
    labels: labels(f),
    object_refs: [identity.id, incident.id],
    external_references: [{ source_name: 'tsr-report', external_id: input.reportId }],
  });
  return { type: 'bundle', id: 'bundle--' + input.uuid(), objects: [m, identity, incident, report] };
}

/** A MISP event (the JSON MISP imports): TLP and RSIT tags, the text as attributes. */
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
  const attribute = (value, comment) => ({
    uuid: input.uuid(),
    type: 'text',
    category: 'Other',
    to_ids: false,
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
