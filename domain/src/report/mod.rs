//! The intake form, its validation, the encrypted report's plaintext JSON and the statistics
//! record.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{json, Value};
use zeroize::Zeroize;

use crate::taxonomy::{
    List, ACTOR_TYPES, ATTACK_VECTORS, EARLIEST_YEAR, INCIDENT_CLASSES, MAX_CONTACT_CHARS,
    MAX_JOBS, MAX_LOSS_EUR, MAX_NARRATIVE_CHARS, MAX_WHAT_TAKEN_CHARS, MEMBER_STATES, SECTORS,
};

/// Version of the report JSON (`"v"`).
pub const REPORT_JSON_VERSION: u8 = 1;
/// Version of the statistics record (`"v"`).
pub const STATS_RECORD_VERSION: u8 = 1;
/// Longest accepted report id in a statistics record.
pub(crate) const MAX_REPORT_ID_CHARS: usize = 128;

pub(crate) const REDACTED: &str = "<redacted>";

mod errors;
mod indicators;
mod record;
mod validate;
mod values;

pub use errors::*;
pub use indicators::*;
pub use record::*;
pub use validate::*;
pub use values::*;

// ---------------------------------------------------------------------------------------------
// The form as posted

/// The intake form exactly as the browser posts it. Every scalar is a `String` (empty when the
/// field is absent); `recipients` is the repeated checkbox. `Debug` redacts the texts and the
/// organisation identifier.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RawReport {
    pub member_state: String,
    pub sector: String,
    pub incident_class: String,
    pub attack_vector: String,
    pub actor_type: String,
    /// `YYYY-MM`
    pub incident_month: String,
    /// `YYYY-MM`
    pub detection_month: String,
    pub loss_eur: String,
    pub jobs_at_risk: String,
    pub what_taken: String,
    pub narrative: String,
    pub contact: String,
    pub organisation_id: String,
    /// `EUIPO`, `EC3` or both.
    pub recipients: Vec<String>,
    /// `yes`, `on` or `true`.
    pub consent: String,
    /// The page language (BCP 47; the primary subtag is kept).
    pub language: String,
    /// Indicators, one value per line (see [`indicator_list`]).
    pub indicator_ip: String,
    pub indicator_domain: String,
    pub indicator_url: String,
    pub indicator_email: String,
    pub indicator_hash: String,
    pub indicator_file_name: String,
    pub indicator_observations: String,
}

impl RawReport {
    /// Wipes the free-text fields (callers do this once the report is sealed; `RawReport` is
    /// built by deserializers that need to move out of it, so it cannot zeroize on drop).
    pub fn wipe(&mut self) {
        for s in [
            &mut self.what_taken,
            &mut self.narrative,
            &mut self.contact,
            &mut self.organisation_id,
            &mut self.indicator_ip,
            &mut self.indicator_domain,
            &mut self.indicator_url,
            &mut self.indicator_email,
            &mut self.indicator_hash,
            &mut self.indicator_file_name,
            &mut self.indicator_observations,
        ] {
            s.zeroize();
        }
    }
}

impl RawReport {
    /// The indicator field of `kind`.
    pub fn indicator(&self, kind: IndicatorKind) -> &str {
        match kind {
            IndicatorKind::Ip => &self.indicator_ip,
            IndicatorKind::Domain => &self.indicator_domain,
            IndicatorKind::Url => &self.indicator_url,
            IndicatorKind::Email => &self.indicator_email,
            IndicatorKind::Hash => &self.indicator_hash,
            IndicatorKind::FileName => &self.indicator_file_name,
        }
    }
}

pub(crate) fn redact_text(s: &str) -> &'static str {
    if s.is_empty() {
        ""
    } else {
        REDACTED
    }
}

impl fmt::Debug for RawReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawReport")
            .field("member_state", &self.member_state)
            .field("sector", &self.sector)
            .field("incident_class", &self.incident_class)
            .field("attack_vector", &self.attack_vector)
            .field("actor_type", &self.actor_type)
            .field("incident_month", &self.incident_month)
            .field("detection_month", &self.detection_month)
            .field("loss_eur", &self.loss_eur)
            .field("jobs_at_risk", &self.jobs_at_risk)
            .field("what_taken", &redact_text(&self.what_taken))
            .field("narrative", &redact_text(&self.narrative))
            .field("contact", &redact_text(&self.contact))
            .field("organisation_id", &redact_text(&self.organisation_id))
            .field("recipients", &self.recipients)
            .field("consent", &self.consent)
            .field("language", &self.language)
            .field("indicators", &REDACTED)
            .finish()
    }
}

// ---------------------------------------------------------------------------------------------
// The validated form

/// A validated report. Codes are members of their [`crate::taxonomy`] lists, texts are cleaned
/// (control characters other than newline and tab removed, CRLF → LF, trimmed) and within their
/// limits. `Debug` redacts `what_taken`, `narrative`, `contact` and `organisation_id`.
#[derive(Clone, PartialEq, Eq)]
pub struct ReportFields {
    pub member_state: String,
    pub sector: String,
    pub incident_class: String,
    pub attack_vector: String,
    pub actor_type: String,
    pub incident_month: YearMonth,
    pub detection_month: YearMonth,
    pub loss_eur: Option<u64>,
    pub jobs_at_risk: Option<u32>,
    pub what_taken: String,
    pub narrative: String,
    pub contact: Option<String>,
    pub organisation_id: Option<OrganisationId>,
    /// Sorted (EUIPO first), no duplicates, never empty.
    pub recipients: Vec<Recipient>,
    /// BCP 47 primary language subtag, lower case (`da`, `el`).
    pub language: String,
    pub indicators: Indicators,
}

/// Report text must not outlive its use in memory.
impl Drop for ReportFields {
    fn drop(&mut self) {
        self.what_taken.zeroize();
        self.narrative.zeroize();
        if let Some(c) = self.contact.as_mut() {
            c.zeroize();
        }
    }
}

impl fmt::Debug for ReportFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReportFields")
            .field("member_state", &self.member_state)
            .field("sector", &self.sector)
            .field("incident_class", &self.incident_class)
            .field("attack_vector", &self.attack_vector)
            .field("actor_type", &self.actor_type)
            .field("incident_month", &self.incident_month)
            .field("detection_month", &self.detection_month)
            .field("loss_eur", &self.loss_eur)
            .field("jobs_at_risk", &self.jobs_at_risk)
            .field("what_taken", &REDACTED)
            .field("narrative", &REDACTED)
            .field("contact", &self.contact.as_ref().map(|_| REDACTED))
            .field("organisation_id", &self.organisation_id)
            .field("recipients", &self.recipients)
            .field("language", &self.language)
            .field("indicators", &self.indicators)
            .finish()
    }
}

/// An attachment listed inside the encrypted report: its id, original name, media type, size in
/// bytes and its secretstream key as Base64 text. `Debug` omits the key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentRef {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub media_type: String,
    pub size: u64,
    #[serde(rename = "key")]
    pub key_b64: String,
}

impl Drop for AttachmentRef {
    fn drop(&mut self) {
        self.key_b64.zeroize();
        self.name.zeroize();
    }
}

impl fmt::Debug for AttachmentRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttachmentRef")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("media_type", &self.media_type)
            .field("size", &self.size)
            .field("key_b64", &REDACTED)
            .finish()
    }
}

impl ReportFields {
    /// The plaintext of the encrypted report:
    /// `{"v":1,"language":..,"fields":{..},"indicators":{..},"recipients":[..],"attachments":[{"id","name","type","size","key"}]}`.
    pub fn report_json(&self, attachments: &[AttachmentRef]) -> Value {
        let attachments: Vec<Value> = attachments
            .iter()
            .map(|a| {
                json!({
                    "id": a.id,
                    "name": a.name,
                    "type": a.media_type,
                    "size": a.size,
                    "key": a.key_b64,
                })
            })
            .collect();
        json!({
            "v": REPORT_JSON_VERSION,
            "language": self.language,
            "fields": {
                "member_state": self.member_state,
                "sector": self.sector,
                "incident_class": self.incident_class,
                "attack_vector": self.attack_vector,
                "actor_type": self.actor_type,
                "incident_month": self.incident_month.to_string(),
                "detection_month": self.detection_month.to_string(),
                "loss_eur": self.loss_eur,
                "jobs_at_risk": self.jobs_at_risk,
                "what_taken": self.what_taken,
                "narrative": self.narrative,
                "contact": self.contact,
                "organisation_id": self.organisation_id.as_ref().map(OrganisationId::as_str),
            },
            "indicators": self.indicators.to_json(),
            "recipients": self.recipients.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
            "attachments": attachments,
        })
    }

    /// The reporter's statistics record: structured fields only, `source` `reporter`, `status`
    /// `valid`. `quarter` is the submission quarter.
    pub fn stats_record(&self, report_id: &str, quarter: Quarter) -> StatsRecord {
        StatsRecord {
            v: STATS_RECORD_VERSION,
            report_id: report_id.to_owned(),
            source: Source::Reporter,
            quarter,
            member_state: self.member_state.clone(),
            sector: self.sector.clone(),
            incident_class: self.incident_class.clone(),
            attack_vector: self.attack_vector.clone(),
            actor_type: self.actor_type.clone(),
            incident_month: self.incident_month,
            loss_eur: self.loss_eur,
            jobs_at_risk: self.jobs_at_risk,
            organisation_id: self.organisation_id.clone(),
            status: Status::Valid,
        }
    }
}
