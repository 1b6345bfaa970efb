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
const MAX_REPORT_ID_CHARS: usize = 128;

const REDACTED: &str = "<redacted>";

// ---------------------------------------------------------------------------------------------
// Parse errors of the small value types

/// Why a string is not a valid value of one of this module's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("expected a month as YYYY-MM")]
    YearMonth,
    #[error("expected a quarter as YYYYQn with n in 1..=4")]
    Quarter,
    #[error("expected an EU VAT number or an LEI with valid check digits")]
    OrganisationId,
    #[error("expected EUIPO or EC3")]
    Recipient,
}

fn serialize_display<T: fmt::Display, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

fn deserialize_from_str<'de, T, D>(d: D) -> Result<T, D::Error>
where
    T: FromStr<Err = ParseError>,
    D: Deserializer<'de>,
{
    let s = String::deserialize(d)?;
    s.parse().map_err(D::Error::custom)
}

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize_display(self, s)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                deserialize_from_str(d)
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// YearMonth and Quarter

/// A calendar month, as `<input type="month">` posts it: `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: u16,
    /// 1..=12
    pub month: u8,
}

impl YearMonth {
    /// `None` unless `month` is 1..=12 and `year` has at most four digits.
    pub fn new(year: u16, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && year <= 9999).then_some(Self { year, month })
    }

    /// The quarter this month falls in.
    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            q: (self.month.clamp(1, 12) - 1) / 3 + 1,
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

fn ascii_number(digits: &[u8]) -> Option<u16> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    digits.iter().try_fold(0u16, |acc, d| {
        acc.checked_mul(10)?.checked_add(u16::from(d - b'0'))
    })
}

impl FromStr for YearMonth {
    type Err = ParseError;

    /// Exactly `YYYY-MM` (four-digit year, two-digit month 01..=12).
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return Err(ParseError::YearMonth);
        }
        let year = ascii_number(&b[..4]).ok_or(ParseError::YearMonth)?;
        let month = ascii_number(&b[5..]).ok_or(ParseError::YearMonth)?;
        let month = u8::try_from(month).map_err(|_| ParseError::YearMonth)?;
        Self::new(year, month).ok_or(ParseError::YearMonth)
    }
}

string_serde!(YearMonth);

/// A calendar quarter, written `2026Q3`: the period of statistics releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: u16,
    /// 1..=4
    pub q: u8,
}

impl Quarter {
    /// `None` unless `q` is 1..=4 and `year` has at most four digits.
    pub fn new(year: u16, q: u8) -> Option<Self> {
        ((1..=4).contains(&q) && year <= 9999).then_some(Self { year, q })
    }

    /// The quarter of a day, given its year and month (1..=12); `None` for an invalid month.
    /// Submission quarters are computed from the day only, never from an exact time.
    pub fn of_day(year: u16, month: u8) -> Option<Self> {
        YearMonth::new(year, month).map(YearMonth::quarter)
    }

    /// The first month of the quarter.
    pub fn first_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: (self.q.clamp(1, 4) - 1) * 3 + 1,
        }
    }

    /// The last month of the quarter.
    pub fn last_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.q.clamp(1, 4) * 3,
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}Q{}", self.year, self.q)
    }
}

impl FromStr for Quarter {
    type Err = ParseError;

    /// Exactly `YYYYQn`, n in 1..=4.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let b = s.as_bytes();
        if b.len() != 6 || b[4] != b'Q' {
            return Err(ParseError::Quarter);
        }
        let year = ascii_number(&b[..4]).ok_or(ParseError::Quarter)?;
        let q = ascii_number(&b[5..]).ok_or(ParseError::Quarter)?;
        let q = u8::try_from(q).map_err(|_| ParseError::Quarter)?;
        Self::new(year, q).ok_or(ParseError::Quarter)
    }
}

string_serde!(Quarter);

// ---------------------------------------------------------------------------------------------
// Recipient

/// A body the report is addressed to. Ordered EUIPO before EC3 (as `envelope::Body`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Recipient {
    /// EUIPO, the EU Intellectual Property Office (`"EUIPO"`).
    Euipo,
    /// Europol's European Cybercrime Centre (`"EC3"`).
    Ec3,
}

impl Recipient {
    pub const ALL: [Recipient; 2] = [Recipient::Euipo, Recipient::Ec3];

    pub fn as_str(self) -> &'static str {
        match self {
            Recipient::Euipo => "EUIPO",
            Recipient::Ec3 => "EC3",
        }
    }
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Recipient {
    type Err = ParseError;

    /// Exactly `EUIPO` or `EC3`.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        match s {
            "EUIPO" => Ok(Recipient::Euipo),
            "EC3" => Ok(Recipient::Ec3),
            _ => Err(ParseError::Recipient),
        }
    }
}

string_serde!(Recipient);

// ---------------------------------------------------------------------------------------------
// Organisation identifier

/// An organisation identifier, the privacy unit of the statistics: an EU VAT number or an LEI.
/// Held normalized (upper case, no separators). `Debug` shows the kind only; `Display` and
/// serialization give the value.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OrganisationId {
    /// VAT identification number: a member-state prefix (`EL` for Greece) and 2–13 alphanumerics.
    Vat(String),
    /// Legal Entity Identifier (ISO 17442): 20 alphanumerics, ISO 7064 mod 97-10 check digits.
    Lei(String),
}

impl OrganisationId {
    /// Parses a VAT number or LEI as people type them: spaces, dots and hyphens are ignored,
    /// letters are upper-cased.
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let norm: String = input
            .chars()
            .filter(|c| !(c.is_whitespace() || *c == '.' || *c == '-'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if norm.is_empty() || !norm.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ParseError::OrganisationId);
        }
        if norm.len() == 20 {
            return if lei_check_digits_valid(&norm) {
                Ok(OrganisationId::Lei(norm))
            } else {
                Err(ParseError::OrganisationId)
            };
        }
        let prefix = norm.get(..2).ok_or(ParseError::OrganisationId)?;
        if (4..=15).contains(&norm.len()) && MEMBER_STATES.contains(prefix) {
            Ok(OrganisationId::Vat(norm))
        } else {
            Err(ParseError::OrganisationId)
        }
    }

    /// The normalized identifier.
    pub fn as_str(&self) -> &str {
        match self {
            OrganisationId::Vat(s) | OrganisationId::Lei(s) => s,
        }
    }

    /// `"vat"` or `"lei"`.
    pub fn kind(&self) -> &'static str {
        match self {
            OrganisationId::Vat(_) => "vat",
            OrganisationId::Lei(_) => "lei",
        }
    }
}

/// ISO 7064 MOD 97-10 over an upper-case alphanumeric string (letters count as 10..=35).
pub(crate) fn mod97(s: &str) -> Option<u32> {
    let mut r: u32 = 0;
    for c in s.chars() {
        let v = c.to_digit(36)?;
        r = if v < 10 {
            (r * 10 + v) % 97
        } else {
            (r * 100 + v) % 97
        };
    }
    Some(r)
}

fn lei_check_digits_valid(lei: &str) -> bool {
    lei.len() == 20 && lei.bytes().skip(18).all(|b| b.is_ascii_digit()) && mod97(lei) == Some(1)
}

impl fmt::Debug for OrganisationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrganisationId::Vat(_) => write!(f, "Vat({REDACTED})"),
            OrganisationId::Lei(_) => write!(f, "Lei({REDACTED})"),
        }
    }
}

impl fmt::Display for OrganisationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OrganisationId {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Self::parse(s)
    }
}

string_serde!(OrganisationId);

// ---------------------------------------------------------------------------------------------
// Errors

/// What is wrong with one form field. [`ErrorCode::message_id`] is the stable i18n message id;
/// [`ErrorCode::args`] are its placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The field is required and empty.
    Required,
    /// Not one of the offered choices.
    UnknownChoice,
    /// Not a month as `YYYY-MM`.
    MonthFormat,
    /// A month after the current one (or, in a statistics record, after its quarter).
    MonthFuture,
    /// A month before [`EARLIEST_YEAR`].
    MonthTooEarly,
    /// The detection month is before the incident month.
    DetectionBeforeIncident,
    /// Not a whole number (digits with optional thousands separators).
    NumberFormat,
    /// Loss above [`MAX_LOSS_EUR`].
    LossTooLarge,
    /// Jobs above [`MAX_JOBS`].
    JobsTooLarge,
    /// Text longer than `max` characters.
    TooLong { max: usize },
    /// Neither a valid EU VAT number nor a valid LEI.
    OrganisationId,
    /// Recipients are not EUIPO, EC3 or both.
    Recipients,
    /// Consent not given.
    Consent,
    /// A machine-written value is malformed (statistics records only: version, report id).
    Malformed,
}

impl ErrorCode {
    /// Every message id, for checking that each has a translation.
    pub const MESSAGE_IDS: [&'static str; 14] = [
        "error-required",
        "error-unknown-choice",
        "error-month-format",
        "error-month-future",
        "error-month-too-early",
        "error-detection-before-incident",
        "error-number-format",
        "error-loss-too-large",
        "error-jobs-too-large",
        "error-too-long",
        "error-organisation-id",
        "error-recipients",
        "error-consent",
        "error-malformed",
    ];

    /// The stable kebab-case i18n message id.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::Required => "error-required",
            ErrorCode::UnknownChoice => "error-unknown-choice",
            ErrorCode::MonthFormat => "error-month-format",
            ErrorCode::MonthFuture => "error-month-future",
            ErrorCode::MonthTooEarly => "error-month-too-early",
            ErrorCode::DetectionBeforeIncident => "error-detection-before-incident",
            ErrorCode::NumberFormat => "error-number-format",
            ErrorCode::LossTooLarge => "error-loss-too-large",
            ErrorCode::JobsTooLarge => "error-jobs-too-large",
            ErrorCode::TooLong { .. } => "error-too-long",
            ErrorCode::OrganisationId => "error-organisation-id",
            ErrorCode::Recipients => "error-recipients",
            ErrorCode::Consent => "error-consent",
            ErrorCode::Malformed => "error-malformed",
        }
    }

    /// Placeholders of the message, all numeric: `max` for `error-too-long`,
    /// `error-loss-too-large` and `error-jobs-too-large`; `year` (the earliest accepted year) for
    /// `error-month-too-early`.
    pub fn args(self) -> Vec<(&'static str, u64)> {
        match self {
            ErrorCode::TooLong { max } => vec![("max", max as u64)],
            ErrorCode::LossTooLarge => vec![("max", MAX_LOSS_EUR)],
            ErrorCode::JobsTooLarge => vec![("max", u64::from(MAX_JOBS))],
            ErrorCode::MonthTooEarly => vec![("year", u64::from(EARLIEST_YEAR))],
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message_id())
    }
}

/// One field's error. `field` is the form field's name (as in [`RawReport`] and
/// [`StatsRecord`]). Serializes as `{"field":..,"message_id":..,"args":{..}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{field}: {code}")]
pub struct FieldError {
    pub field: &'static str,
    pub code: ErrorCode,
}

impl Serialize for FieldError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args(ErrorCode);
        impl Serialize for Args {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let args = self.0.args();
                let mut m = s.serialize_map(Some(args.len()))?;
                for (k, v) in args {
                    m.serialize_entry(k, &v)?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("field", self.field)?;
        m.serialize_entry("message_id", self.code.message_id())?;
        m.serialize_entry("args", &Args(self.code))?;
        m.end()
    }
}

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
        ] {
            s.zeroize();
        }
    }
}

fn redact_text(s: &str) -> &'static str {
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
    /// `{"v":1,"language":..,"fields":{..},"recipients":[..],"attachments":[{"id","name","type","size","key"}]}`.
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

// ---------------------------------------------------------------------------------------------
// Validation

/// Validates the posted form against the lists and bounds. `today` is the current month (the
/// server's UTC date); months after it are rejected. Reports every failing field, at most one
/// error per field, in form order.
pub fn validate(raw: &RawReport, today: YearMonth) -> Result<ReportFields, Vec<FieldError>> {
    let mut c = Collector::default();

    let member_state = c.take("member_state", choice(&MEMBER_STATES, &raw.member_state));
    let sector = c.take("sector", choice(&SECTORS, &raw.sector));
    let incident_class = c.take(
        "incident_class",
        choice(&INCIDENT_CLASSES, &raw.incident_class),
    );
    let attack_vector = c.take("attack_vector", choice(&ATTACK_VECTORS, &raw.attack_vector));
    let actor_type = c.take("actor_type", choice(&ACTOR_TYPES, &raw.actor_type));
    let incident_month = c.take("incident_month", month(&raw.incident_month, today));
    let detection_month = c.take(
        "detection_month",
        month(&raw.detection_month, today).and_then(|d| match incident_month {
            Some(i) if d < i => Err(ErrorCode::DetectionBeforeIncident),
            _ => Ok(d),
        }),
    );
    let loss_eur = c.take(
        "loss_eur",
        amount(&raw.loss_eur, MAX_LOSS_EUR, ErrorCode::LossTooLarge),
    );
    let jobs_at_risk = c.take(
        "jobs_at_risk",
        amount(
            &raw.jobs_at_risk,
            u64::from(MAX_JOBS),
            ErrorCode::JobsTooLarge,
        )
        .and_then(|n| {
            n.map(u32::try_from)
                .transpose()
                .map_err(|_| ErrorCode::JobsTooLarge)
        }),
    );
    let what_taken = c.take(
        "what_taken",
        required_text(&raw.what_taken, MAX_WHAT_TAKEN_CHARS),
    );
    let narrative = c.take(
        "narrative",
        required_text(&raw.narrative, MAX_NARRATIVE_CHARS),
    );
    let contact = c.take("contact", optional_text(&raw.contact, MAX_CONTACT_CHARS));
    let organisation_id = c.take("organisation_id", organisation(&raw.organisation_id));
    let recipients = c.take("recipients", recipients(&raw.recipients));
    let consent = c.take("consent", consent(&raw.consent));
    let language = c.take("language", language(&raw.language));

    match (
        member_state,
        sector,
        incident_class,
        attack_vector,
        actor_type,
        incident_month,
        detection_month,
        loss_eur,
        jobs_at_risk,
        what_taken,
        narrative,
        contact,
        organisation_id,
        recipients,
        consent,
        language,
    ) {
        (
            Some(member_state),
            Some(sector),
            Some(incident_class),
            Some(attack_vector),
            Some(actor_type),
            Some(incident_month),
            Some(detection_month),
            Some(loss_eur),
            Some(jobs_at_risk),
            Some(what_taken),
            Some(narrative),
            Some(contact),
            Some(organisation_id),
            Some(recipients),
            Some(()),
            Some(language),
        ) if c.errors.is_empty() => Ok(ReportFields {
            member_state,
            sector,
            incident_class,
            attack_vector,
            actor_type,
            incident_month,
            detection_month,
            loss_eur,
            jobs_at_risk,
            what_taken,
            narrative,
            contact,
            organisation_id,
            recipients,
            language,
        }),
        _ => Err(c.errors),
    }
}

#[derive(Default)]
struct Collector {
    errors: Vec<FieldError>,
}

impl Collector {
    fn take<T>(&mut self, field: &'static str, r: Result<T, ErrorCode>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(code) => {
                self.errors.push(FieldError { field, code });
                None
            }
        }
    }
}

fn choice(list: &List, input: &str) -> Result<String, ErrorCode> {
    let code = input.trim();
    if code.is_empty() {
        Err(ErrorCode::Required)
    } else if list.contains(code) {
        Ok(code.to_owned())
    } else {
        Err(ErrorCode::UnknownChoice)
    }
}

fn month(input: &str, today: YearMonth) -> Result<YearMonth, ErrorCode> {
    let s = input.trim();
    if s.is_empty() {
        return Err(ErrorCode::Required);
    }
    let m: YearMonth = s.parse().map_err(|_| ErrorCode::MonthFormat)?;
    if m.year < EARLIEST_YEAR {
        Err(ErrorCode::MonthTooEarly)
    } else if m > today {
        Err(ErrorCode::MonthFuture)
    } else {
        Ok(m)
    }
}

/// Kinds of thousands separator; one kind per number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    Space,
    Dot,
    Comma,
}

fn separator(c: char) -> Option<Sep> {
    match c {
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Some(Sep::Space),
        '.' => Some(Sep::Dot),
        ',' => Some(Sep::Comma),
        _ => None,
    }
}

/// An optional whole number as people type it: digits, optionally grouped by thousands with
/// spaces, dots or commas ("250 000", "1.000.000", "1,000,000"). Groups after the first must
/// have three digits, so decimals ("1,5", "99.90") are rejected rather than misread, and one
/// separator kind is used throughout.
fn amount(input: &str, max: u64, too_large: ErrorCode) -> Result<Option<u64>, ErrorCode> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let mut kind: Option<Sep> = None;
    let mut groups: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, ch) in s.char_indices() {
        if let Some(sep) = separator(ch) {
            if kind.is_some_and(|k| k != sep) {
                return Err(ErrorCode::NumberFormat);
            }
            kind = Some(sep);
            groups.push(&s[start..i]);
            start = i + ch.len_utf8();
        } else if !ch.is_ascii_digit() {
            return Err(ErrorCode::NumberFormat);
        }
    }
    groups.push(&s[start..]);
    let grouped = groups.len() > 1;
    for (i, g) in groups.iter().enumerate() {
        let ok = if !grouped {
            !g.is_empty()
        } else if i == 0 {
            (1..=3).contains(&g.len())
        } else {
            g.len() == 3
        };
        if !ok {
            return Err(ErrorCode::NumberFormat);
        }
    }
    let mut n: u64 = 0;
    for d in groups.iter().flat_map(|g| g.bytes()) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
            .ok_or(too_large)?;
    }
    if n > max {
        Err(too_large)
    } else {
        Ok(Some(n))
    }
}

/// Normalizes line ends to LF, removes control characters other than newline and tab, trims.
pub(crate) fn clean_text(input: &str) -> String {
    let lf = input.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = lf
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect();
    kept.trim().to_owned()
}

fn optional_text(input: &str, max: usize) -> Result<Option<String>, ErrorCode> {
    let text = clean_text(input);
    if text.is_empty() {
        Ok(None)
    } else if text.chars().count() > max {
        Err(ErrorCode::TooLong { max })
    } else {
        Ok(Some(text))
    }
}

fn required_text(input: &str, max: usize) -> Result<String, ErrorCode> {
    optional_text(input, max)?.ok_or(ErrorCode::Required)
}

fn organisation(input: &str) -> Result<Option<OrganisationId>, ErrorCode> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    OrganisationId::parse(input)
        .map(Some)
        .map_err(|_| ErrorCode::OrganisationId)
}

fn recipients(input: &[String]) -> Result<Vec<Recipient>, ErrorCode> {
    let mut out = Vec::new();
    for value in input.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let r: Recipient = value
            .to_ascii_uppercase()
            .parse()
            .map_err(|_| ErrorCode::Recipients)?;
        out.push(r);
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        Err(ErrorCode::Recipients)
    } else {
        Ok(out)
    }
}

fn consent(input: &str) -> Result<(), ErrorCode> {
    let v = input.trim().to_ascii_lowercase();
    if matches!(v.as_str(), "yes" | "on" | "true") {
        Ok(())
    } else {
        Err(ErrorCode::Consent)
    }
}

/// The primary subtag of a BCP 47 tag ("de-AT" → "de"), lower-cased, two or three letters.
fn language(input: &str) -> Result<String, ErrorCode> {
    let tag = input.trim();
    if tag.is_empty() {
        return Err(ErrorCode::Required);
    }
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(primary)
    } else {
        Err(ErrorCode::UnknownChoice)
    }
}

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
