//! The statistics record: structured fields only, sealed for the anonymizer.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// Statistics record

/// Who wrote a statistics record. A reviewer's record supersedes the reporter's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Reporter,
    Reviewer,
}

/// A record's standing, as set by the reviewer (`valid` at submission).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Valid,
    Duplicate,
    OutOfScope,
}

/// The statistics record sealed for the anonymizer: the structured fields ONLY (never the
/// narrative, what was taken or contact details). Unknown fields are rejected when parsing;
/// [`StatsRecord::validate`] re-checks codes and bounds after opening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsRecord {
    pub v: u8,
    pub report_id: String,
    pub source: Source,
    /// Submission quarter (for a reviewer's record: the quarter of the original submission).
    pub quarter: Quarter,
    pub member_state: String,
    pub sector: String,
    pub incident_class: String,
    pub attack_vector: String,
    pub actor_type: String,
    pub incident_month: YearMonth,
    pub loss_eur: Option<u64>,
    pub jobs_at_risk: Option<u32>,
    /// `Debug` shows only the kind.
    pub organisation_id: Option<OrganisationId>,
    pub status: Status,
}

/// A statistics record that fails [`StatsRecord::validate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid statistics record: {}", .errors.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))]
pub struct InvalidRecord {
    pub errors: Vec<FieldError>,
}

impl StatsRecord {
    /// Re-checks an opened record: version, report id, codes in their lists, months and bounds.
    /// (Months, quarter and organisation id are already checked when parsing.)
    pub fn validate(&self) -> Result<(), InvalidRecord> {
        let mut c = Collector::default();
        if self.v != STATS_RECORD_VERSION {
            c.take::<()>("v", Err(ErrorCode::Malformed));
        }
        let id_ok = !self.report_id.is_empty()
            && self.report_id.chars().count() <= MAX_REPORT_ID_CHARS
            && self
                .report_id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            c.take::<()>("report_id", Err(ErrorCode::Malformed));
        }
        if self.quarter.year < EARLIEST_YEAR
            || Quarter::new(self.quarter.year, self.quarter.q).is_none()
        {
            c.take::<()>("quarter", Err(ErrorCode::Malformed));
        }
        c.take("member_state", choice(&MEMBER_STATES, &self.member_state));
        c.take("sector", choice(&SECTORS, &self.sector));
        c.take(
            "incident_class",
            choice(&INCIDENT_CLASSES, &self.incident_class),
        );
        c.take(
            "attack_vector",
            choice(&ATTACK_VECTORS, &self.attack_vector),
        );
        c.take("actor_type", choice(&ACTOR_TYPES, &self.actor_type));
        let m = self.incident_month;
        let month_check = if YearMonth::new(m.year, m.month).is_none() {
            Err(ErrorCode::MonthFormat)
        } else if m.year < EARLIEST_YEAR {
            Err(ErrorCode::MonthTooEarly)
        } else if m > self.quarter.last_month() {
            Err(ErrorCode::MonthFuture)
        } else {
            Ok(())
        };
        c.take("incident_month", month_check);
        if self.loss_eur.is_some_and(|l| l > MAX_LOSS_EUR) {
            c.take::<()>("loss_eur", Err(ErrorCode::LossTooLarge));
        }
        if self.jobs_at_risk.is_some_and(|j| j > MAX_JOBS) {
            c.take::<()>("jobs_at_risk", Err(ErrorCode::JobsTooLarge));
        }
        if let Some(org) = &self.organisation_id {
            if OrganisationId::parse(org.as_str()).as_ref() != Ok(org) {
                c.take::<()>("organisation_id", Err(ErrorCode::OrganisationId));
            }
        }
        if c.errors.is_empty() {
            Ok(())
        } else {
            Err(InvalidRecord { errors: c.errors })
        }
    }

    /// The loss band of the estimated loss ([`crate::taxonomy::loss_band`]), if a loss is given.
    pub fn loss_band(&self) -> Option<&'static str> {
        self.loss_eur.map(crate::taxonomy::loss_band)
    }
}
