//! The report file: the web form's fields as TOML (or JSON, by the `.json` extension), the
//! commented template `tsr-report init` writes, and validation by the form's own rules
//! (`domain::validate`) with the web form's messages in the chosen language (the server's
//! `GET /api/v1/intake`, which the browser uses too), so the two cannot drift.

use std::collections::BTreeMap;
use std::path::Path;

use domain::{ErrorCode, FieldError, RawReport, ReportFields, YearMonth};
use serde::Deserialize;

use crate::error::{CliError, FieldMessage, Result};

/// The template `tsr-report init` writes: [`TEMPLATE_HEAD`] with, after each coded field, the
/// codes of its list (from `domain::taxonomy`, the lists of the web form's menus).
pub fn template() -> String {
    use domain::taxonomy::{ACTOR_TYPES, ATTACK_VECTORS, INCIDENT_CLASSES, MEMBER_STATES, SECTORS};
    let mut out = String::new();
    for line in TEMPLATE_HEAD.lines() {
        out.push_str(line);
        out.push('\n');
        let list = [
            &MEMBER_STATES,
            &SECTORS,
            &INCIDENT_CLASSES,
            &ATTACK_VECTORS,
            &ACTOR_TYPES,
        ]
        .into_iter()
        .find(|l| line.starts_with(&format!("{} = ", l.name)));
        if let Some(list) = list {
            out.push_str("# Codes:\n");
            for c in list.codes {
                out.push_str(&format!("#   {:<58} {}\n", c.code, c.english));
            }
        }
    }
    out
}

/// The template's text, one commented key per field of the web form.
const TEMPLATE_HEAD: &str = r#"# tsr-report: a report of a theft of trade secrets.
#
# Fill this file in, then send it with
#     tsr-report submit --server https://CHANNEL --pin XXXX-XXXX-XXXX-XXXX report.toml
# It is encrypted on this computer to the keys of the bodies you choose; the server never sees
# its content. The fields are those of the web form and follow its rules; code lists are in
# domain/src/taxonomy.rs and in the form's menus. Keep this file somewhere safe or delete it
# once sent: it is not encrypted.

# The language of the report and of the messages you get (en, de, fr, ... : a two-letter code).
language = "en"

# Who receives the report: "EUIPO", "EC3" or both.
recipients = ["EUIPO", "EC3"]

# Where the affected company is established: an EU country code (EL for Greece).
member_state = ""

# The company's sector: a NACE Rev. 2 section letter, A to U (C = manufacturing).
sector = ""

# What kind of incident (ENISA/TF-CSIRT RSIT "class:type").
incident_class = ""

# How it was done (VERIS "category.vector").
attack_vector = ""

# Who did it.
actor_type = ""

# When it happened and when it was detected: "YYYY-MM" (not in the future).
incident_month = ""
detection_month = ""

# Estimated loss in euro (a whole number, or "" if unknown) and jobs at risk.
loss_eur = ""
jobs_at_risk = ""

# What was taken (at most 2,000 characters).
what_taken = """
"""

# What happened, in your own words (at most 20,000 characters).
narrative = """
"""

# Optional: how the reviewers may reach you outside this channel (at most 500 characters).
contact = ""

# Optional: the company's VAT number (e.g. "DK12345678") or LEI.
organisation_id = ""

# You agree that the report is passed to the recipients chosen above (required: true).
consent = false

# Optional indicators of compromise, sealed with the report like every field, checked by the
# web form's rules (at most 100 values per kind). Uncomment what you have.
[indicators]
# IP addresses or CIDR ranges (IPv4 or IPv6).
# ip = ["192.0.2.7", "198.51.100.0/24"]
# Domains (internationalised ones in their xn-- form).
# domain = ["files.example"]
# URLs.
# url = ["https://files.example/drop"]
# E-mail addresses.
# email = ["sender@files.example"]
# File hashes: MD5, SHA-1 or SHA-256, in hex.
# hash = ["44d88612fea8a8f36de82e1278abb02f"]
# File names.
# file_name = ["design-export.zip"]
# Free observations (at most 5,000 characters).
# observations = """
# """
"#;

/// A whole number or text, as a report file may give amounts either way.
#[derive(Deserialize)]
#[serde(untagged)]
enum Amount {
    Int(i64),
    Text(String),
}

impl Amount {
    fn text(self) -> String {
        match self {
            Amount::Int(n) => n.to_string(),
            Amount::Text(s) => s,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportFile {
    language: Option<String>,
    #[serde(default)]
    recipients: Vec<String>,
    member_state: Option<String>,
    sector: Option<String>,
    incident_class: Option<String>,
    attack_vector: Option<String>,
    actor_type: Option<String>,
    incident_month: Option<String>,
    detection_month: Option<String>,
    loss_eur: Option<Amount>,
    jobs_at_risk: Option<Amount>,
    what_taken: Option<String>,
    narrative: Option<String>,
    contact: Option<String>,
    organisation_id: Option<String>,
    consent: Option<bool>,
    #[serde(default)]
    indicators: Indicators,
}

/// The `[indicators]` table: lists of values, one per line of the form's fields.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Indicators {
    #[serde(default)]
    ip: Vec<String>,
    #[serde(default)]
    domain: Vec<String>,
    #[serde(default)]
    url: Vec<String>,
    #[serde(default)]
    email: Vec<String>,
    #[serde(default)]
    hash: Vec<String>,
    #[serde(default)]
    file_name: Vec<String>,
    observations: Option<String>,
}

/// Reads a report file into the form as the browser would post it.
pub fn read(path: &Path) -> Result<RawReport> {
    let text = zeroize::Zeroizing::new(
        std::fs::read_to_string(path)
            .map_err(|e| CliError::ReportFile(format!("{}: {e}", path.display())))?,
    );
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let file: ReportFile = if json {
        serde_json::from_str(&text)
            .map_err(|e| CliError::ReportFile(format!("{}: {e}", path.display())))?
    } else {
        toml::from_str(&text)
            .map_err(|e| CliError::ReportFile(format!("{}: {e}", path.display())))?
    };
    let s = |v: Option<String>| v.unwrap_or_default();
    let i = file.indicators;
    Ok(RawReport {
        indicator_ip: i.ip.join("\n"),
        indicator_domain: i.domain.join("\n"),
        indicator_url: i.url.join("\n"),
        indicator_email: i.email.join("\n"),
        indicator_hash: i.hash.join("\n"),
        indicator_file_name: i.file_name.join("\n"),
        indicator_observations: s(i.observations),
        member_state: s(file.member_state),
        sector: s(file.sector),
        incident_class: s(file.incident_class),
        attack_vector: s(file.attack_vector),
        actor_type: s(file.actor_type),
        incident_month: s(file.incident_month),
        detection_month: s(file.detection_month),
        loss_eur: file.loss_eur.map(Amount::text).unwrap_or_default(),
        jobs_at_risk: file.jobs_at_risk.map(Amount::text).unwrap_or_default(),
        what_taken: s(file.what_taken),
        narrative: s(file.narrative),
        contact: s(file.contact),
        organisation_id: s(file.organisation_id),
        recipients: file.recipients,
        consent: if file.consent == Some(true) {
            "yes".into()
        } else {
            String::new()
        },
        language: file.language.unwrap_or_else(|| "en".into()),
    })
}

/// The web form's messages, from `GET /api/v1/intake` in the report's language.
#[derive(Deserialize)]
pub struct Messages {
    pub fields: BTreeMap<String, String>,
    pub too_long: BTreeMap<String, String>,
    /// Indicator errors by code, with `{line}` in place of the line number.
    #[serde(default)]
    pub indicators: BTreeMap<String, String>,
    pub summary: Vec<String>,
    pub summary_entries: BTreeMap<String, String>,
    pub too_many_files: String,
    pub too_large: String,
}

impl Messages {
    fn message(&self, e: &FieldError) -> String {
        let found = match e.code {
            ErrorCode::TooLong { .. } => self.too_long.get(e.field),
            ErrorCode::Indicator { line, .. } => {
                let id = e.code.message_id().trim_start_matches("error-");
                if let Some(text) = self.indicators.get(id) {
                    return text.replace("{line}", &line.to_string());
                }
                None
            }
            ErrorCode::TooManyIndicators { .. } => self
                .indicators
                .get(e.code.message_id().trim_start_matches("error-")),
            code => self
                .fields
                .get(code.message_id().trim_start_matches("error-")),
        };
        found.cloned().unwrap_or_else(|| e.code.message_id().into())
    }

    /// The error summary entry naming the field, as the form shows it.
    pub fn entry(&self, field: &str, message: &str) -> String {
        match self.summary_entries.get(field) {
            Some(t) => t.replace("{message}", message),
            None => format!("{field}: {message}"),
        }
    }

    pub fn refusal(&self, errors: Vec<(String, String, String)>) -> CliError {
        let n = errors.len().max(1);
        let title = self
            .summary
            .get(n - 1)
            .cloned()
            .unwrap_or_else(|| format!("{n} fields need correcting"));
        CliError::Fields {
            title,
            fields: errors
                .into_iter()
                .map(|(field, message_id, message)| FieldMessage {
                    field,
                    message_id,
                    message,
                })
                .collect(),
        }
    }

    /// Field errors in the form's wording.
    pub fn describe(&self, errors: &[FieldError]) -> Vec<(String, String, String)> {
        errors
            .iter()
            .map(|e| {
                let m = self.message(e);
                (
                    e.field.to_string(),
                    e.code.message_id().to_string(),
                    self.entry(e.field, &m),
                )
            })
            .collect()
    }
}

/// Validates the form against the server's current month, as the web form does.
pub fn validate(
    raw: &RawReport,
    month: &str,
    messages: &Messages,
) -> std::result::Result<ReportFields, Vec<(String, String, String)>> {
    let today: YearMonth = month.parse().map_err(|_| {
        vec![(
            "month".to_string(),
            "error-malformed".to_string(),
            "the server's month is malformed".to_string(),
        )]
    })?;
    domain::validate(raw, today).map_err(|errors| messages.describe(&errors))
}
