//! The reporter's pages as askama templates with view models built here, so templates stay
//! free of logic: every label, hint and error is already translated and tied to its field.

use askama::Template;
use domain::report::{FieldError, RawReport};
use domain::taxonomy::{self, List};
use i18n::{Arg, Translator};

use super::authorship::Authorship;
use crate::web::Chrome;

#[derive(Template)]
#[template(path = "intake/landing.html")]
pub struct LandingPage {
    pub c: Chrome,
}

#[derive(Template)]
#[template(path = "intake/privacy.html")]
pub struct PrivacyPage {
    pub c: Chrome,
}

/// One form control with everything the template needs.
#[derive(Debug, Clone)]
pub struct Control {
    pub id: &'static str,
    /// The form field name (the domain's field name).
    pub name: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    /// For selects: (code, label, selected).
    pub options: Vec<(String, String, bool)>,
    pub required: bool,
}

impl Control {
    pub fn describedby(&self) -> String {
        let mut ids = Vec::new();
        if !self.hint.is_empty() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }
}

#[derive(Template)]
#[template(path = "intake/report.html")]
pub struct ReportPage {
    pub c: Chrome,
    pub csrf: String,
    pub selects: Vec<Control>,
    pub months: Vec<Control>,
    pub numbers: Vec<Control>,
    /// What was taken, and the narrative.
    pub texts: Vec<Control>,
    /// Contact details and the organisation identifier.
    pub optional: Vec<Control>,
    /// Indicators of compromise: one textarea per kind, one value per line.
    pub indicators: Vec<Control>,
    pub recipients: Control,
    pub consent: Control,
    pub attachments: Control,
    pub to_euipo: bool,
    pub to_ec3: bool,
    pub consent_given: bool,
    /// (field id, message) in form order, for the summary at the top.
    pub summary: Vec<(String, String)>,
    pub summary_title: String,
    pub files_dropped: bool,
}

fn error_message(t: &Translator, e: &FieldError) -> String {
    let args: Vec<(&str, Arg<'_>)> = e
        .code
        .args()
        .into_iter()
        .map(|(k, v)| (k, Arg::from(v)))
        .collect();
    t.tn(e.code.message_id(), &args)
}

fn field_id(name: &str) -> &'static str {
    match name {
        "member_state" => "member-state",
        "sector" => "sector",
        "incident_class" => "incident-class",
        "attack_vector" => "attack-vector",
        "actor_type" => "actor-type",
        "incident_month" => "incident-month",
        "detection_month" => "detection-month",
        "loss_eur" => "loss-eur",
        "jobs_at_risk" => "jobs-at-risk",
        "what_taken" => "what-taken",
        "narrative" => "narrative",
        "contact" => "contact",
        "organisation_id" => "organisation-id",
        "recipients" => "recipients",
        "consent" => "consent",
        "attachments" => "attachments",
        "indicator_ip" => "indicator-ip",
        "indicator_domain" => "indicator-domain",
        "indicator_url" => "indicator-url",
        "indicator_email" => "indicator-email",
        "indicator_hash" => "indicator-hash",
        "indicator_file_name" => "indicator-file-name",
        "indicator_observations" => "indicator-observations",
        _ => "form",
    }
}

/// Fields whose label is too long or a question for an error summary entry: they have a
/// short name (`error-field-*`); the others are named by their label (`field-*`).
const SHORT_NAMES: &[&str] = &[
    "recipients",
    "actor_type",
    "loss_eur",
    "jobs_at_risk",
    "attachments",
    "contact",
    "organisation_id",
    "consent",
];

/// An error summary entry naming its field (WCAG 3.3.1): "What happened: This field is
/// required." The browser gets the same with `{message}` in place of the message.
pub(crate) fn summary_entry(t: &Translator, field: &str, message: &str) -> String {
    let id = field_id(field);
    let name = if SHORT_NAMES.contains(&field) {
        t.t(&format!("error-field-{id}"))
    } else {
        t.t(&format!("field-{id}"))
    };
    t.tn(
        "error-summary-entry",
        &[("field", Arg::from(name)), ("message", Arg::from(message))],
    )
}

/// Form order, for the error summary.
pub(crate) const ORDER: &[&str] = &[
    "recipients",
    "member_state",
    "sector",
    "incident_class",
    "attack_vector",
    "actor_type",
    "incident_month",
    "detection_month",
    "loss_eur",
    "jobs_at_risk",
    "what_taken",
    "narrative",
    "attachments",
    "contact",
    "organisation_id",
    "indicator_ip",
    "indicator_domain",
    "indicator_url",
    "indicator_email",
    "indicator_hash",
    "indicator_file_name",
    "indicator_observations",
    "consent",
];

impl ReportPage {
    pub fn new(
        c: Chrome,
        csrf: String,
        v: &RawReport,
        errors: &[FieldError],
        files_dropped: bool,
        limits: (u64, usize),
    ) -> Self {
        let t = c.t;
        let err = |field: &str| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| error_message(&t, e))
        };
        let control = |name: &'static str, value: &str, required: bool| {
            let id = field_id(name);
            Control {
                id,
                name,
                label: t.t(&format!("field-{id}")),
                hint: t.t(&format!("hint-{id}")),
                value: value.to_string(),
                error: err(name),
                options: Vec::new(),
                required,
            }
        };
        let select = |name: &'static str, list: &List, value: &str| {
            let mut c = control(name, value, true);
            c.options = list
                .codes
                .iter()
                .map(|code| {
                    (
                        code.code.to_string(),
                        t.t(&list.label_key(code.code)),
                        code.code == value,
                    )
                })
                .collect();
            c
        };
        let selects = vec![
            select("member_state", &taxonomy::MEMBER_STATES, &v.member_state),
            select("sector", &taxonomy::SECTORS, &v.sector),
            select(
                "incident_class",
                &taxonomy::INCIDENT_CLASSES,
                &v.incident_class,
            ),
            select("attack_vector", &taxonomy::ATTACK_VECTORS, &v.attack_vector),
            select("actor_type", &taxonomy::ACTOR_TYPES, &v.actor_type),
        ];
        let months = vec![
            control("incident_month", &v.incident_month, true),
            control("detection_month", &v.detection_month, true),
        ];
        let numbers = vec![
            control("loss_eur", &v.loss_eur, false),
            control("jobs_at_risk", &v.jobs_at_risk, false),
        ];
        let mut attachments = control("attachments", "", false);
        attachments.hint = t.tn(
            "hint-attachments",
            &[
                ("max_files", Arg::from(limits.1 as u64)),
                ("max_mib", Arg::from(limits.0)),
            ],
        );
        let summary: Vec<(String, String)> = ORDER
            .iter()
            .filter_map(|f| err(f).map(|m| (field_id(f).to_string(), summary_entry(&t, f, &m))))
            .collect();
        let summary_title = t.t1(
            "error-form-summary",
            "count",
            Arg::from(summary.len() as u64),
        );
        ReportPage {
            csrf,
            selects,
            months,
            numbers,
            texts: vec![
                control("what_taken", &v.what_taken, true),
                control("narrative", &v.narrative, true),
            ],
            optional: vec![
                control("contact", &v.contact, false),
                control("organisation_id", &v.organisation_id, false),
            ],
            indicators: vec![
                control("indicator_ip", &v.indicator_ip, false),
                control("indicator_domain", &v.indicator_domain, false),
                control("indicator_url", &v.indicator_url, false),
                control("indicator_email", &v.indicator_email, false),
                control("indicator_hash", &v.indicator_hash, false),
                control("indicator_file_name", &v.indicator_file_name, false),
                control("indicator_observations", &v.indicator_observations, false),
            ],
            recipients: control("recipients", "", true),
            consent: control("consent", "", true),
            attachments,
            to_euipo: v.recipients.iter().any(|r| r == "EUIPO"),
            to_ec3: v.recipients.iter().any(|r| r == "EC3"),
            consent_given: !v.consent.is_empty(),
            summary,
            summary_title,
            files_dropped,
            c,
        }
    }
}

#[derive(Template)]
#[template(path = "intake/confirmation.html")]
pub struct ConfirmationPage {
    pub c: Chrome,
    pub receipt: zeroize::Zeroizing<String>,
    pub sealed_by_server: bool,
    pub recipients: String,
    pub csrf_receipt: String,
}

#[derive(Template)]
#[template(path = "intake/followup.html")]
pub struct FollowupPage {
    pub c: Chrome,
    pub csrf: String,
    pub error: Option<String>,
    /// A reply that was not sent because its receipt was not recognised: shown to be copied.
    pub kept: Option<String>,
}

/// One entry of the conversation, already decrypted in memory.
#[derive(Debug)]
pub struct ThreadEntry {
    pub from_reporter: bool,
    /// Who wrote a reviewer message, checked against the keyring ([`super::authorship`]).
    pub who: super::authorship::Authorship,
    pub day: String,
    pub text: zeroize::Zeroizing<String>,
    pub attachment_names: Vec<String>,
}

#[derive(Template)]
#[template(path = "intake/conversation.html")]
pub struct ConversationPage {
    pub c: Chrome,
    pub csrf: String,
    /// Carried in a hidden field: reporters have no session, and the server needs the receipt
    /// again to derive the key that opens replies.
    pub receipt: zeroize::Zeroizing<String>,
    pub status: String,
    pub received_day: String,
    /// The Directive's deadlines the reporter may know, as `POST /followup/conversation`.
    pub deadlines: Option<super::deadlines::ReporterDeadlines>,
    pub sealed_by_server: bool,
    pub thread: Vec<ThreadEntry>,
    pub reply_error: Option<String>,
    pub reply_sent: bool,
    pub reply_value: String,
    pub max_files: usize,
}
