//! The report's domain, in one place: the category lists ([`taxonomy`]) that drive the intake
//! form's options and validation, the validated form ([`ReportFields`]), the plaintext JSON of the
//! encrypted report ([`ReportFields::report_json`]) and the statistics record sealed for the
//! anonymizer ([`StatsRecord`]). Pure data and validation: no I/O, no cryptography.
//!
//! Nothing here prints report content: the `Debug` output of [`RawReport`], [`ReportFields`],
//! [`OrganisationId`] and [`AttachmentRef`] redacts the texts, the organisation identifier and
//! attachment keys, so that errors can be logged safely.
//!
//! ```
//! use domain::{validate, Quarter, RawReport, YearMonth};
//!
//! let raw = RawReport {
//!     member_state: "EL".into(),
//!     sector: "C".into(),
//!     incident_class: "intrusions:system-compromise".into(),
//!     attack_vector: "social.email".into(),
//!     actor_type: "competitor".into(),
//!     incident_month: "2026-02".into(),
//!     detection_month: "2026-03".into(),
//!     loss_eur: "1.200.000".into(),
//!     what_taken: "Formulas".into(),
//!     narrative: "Phishing mail, then VPN login.".into(),
//!     recipients: vec!["EC3".into()],
//!     consent: "on".into(),
//!     language: "el".into(),
//!     ..RawReport::default()
//! };
//! let today = YearMonth::new(2026, 4).expect("valid month");
//! let fields = validate(&raw, today).expect("valid report");
//! assert_eq!(fields.loss_eur, Some(1_200_000));
//!
//! let record = fields.stats_record("0a1b2c", Quarter::of_day(2026, 4).expect("valid month"));
//! assert_eq!(record.loss_band(), Some("1m-9.9m"));
//! assert!(record.validate().is_ok());
//!
//! // Errors carry an i18n message id and its arguments; all fields are checked at once.
//! let errors = validate(&RawReport::default(), today).unwrap_err();
//! assert_eq!(errors[0].field, "member_state");
//! assert_eq!(errors[0].code.message_id(), "error-required");
//! ```

pub mod message;
pub mod report;
pub mod taxonomy;

pub use report::{
    validate, AttachmentRef, ErrorCode, FieldError, InvalidRecord, OrganisationId, ParseError,
    Quarter, RawReport, Recipient, ReportFields, Source, StatsRecord, Status, YearMonth,
    REPORT_JSON_VERSION, STATS_RECORD_VERSION,
};
pub use taxonomy::{Code, List};
