/*
 * The two plaintexts built from the validated fields: the report JSON for the reviewers and the
 * statistics record for the anonymizer. Both must be byte-for-byte what the server builds
 * (domain::report::ReportFields), so the two ways of sending a report cannot be told apart.
 */

import { monthText } from './validate.js';

/**
 * The plaintext of the report: exactly ReportFields::report_json (serde_json writes object
 * keys in sorted order; so do these literals).
 */
export function reportJson(f, refs) {
  return {
    attachments: refs,
    fields: {
      actor_type: f.actor_type,
      attack_vector: f.attack_vector,
      contact: f.contact,
      detection_month: monthText(f.detection_month),
      incident_class: f.incident_class,
      incident_month: monthText(f.incident_month),
      jobs_at_risk: f.jobs_at_risk,
      loss_eur: f.loss_eur,
      member_state: f.member_state,
      narrative: f.narrative,
      organisation_id: f.organisation_id,
      sector: f.sector,
      what_taken: f.what_taken,
    },
    indicators: {
      domain: f.indicators.domain,
      email: f.indicators.email,
      file_name: f.indicators.file_name,
      hash: f.indicators.hash,
      ip: f.indicators.ip,
      observations: f.indicators.observations,
      url: f.indicators.url,
    },
    language: f.language,
    recipients: f.recipients,
    v: 1,
  };
}

/** Exactly ReportFields::stats_record: structured fields only, in StatsRecord's order. */
export function statsRecord(f, reportId, quarter) {
  return {
    v: 1,
    report_id: reportId,
    source: 'reporter',
    quarter,
    member_state: f.member_state,
    sector: f.sector,
    incident_class: f.incident_class,
    attack_vector: f.attack_vector,
    actor_type: f.actor_type,
    incident_month: monthText(f.incident_month),
    loss_eur: f.loss_eur,
    jobs_at_risk: f.jobs_at_risk,
    organisation_id: f.organisation_id,
    status: 'valid',
  };
}
