//! Field errors, with stable message ids for translation.

#[allow(unused_imports)]
use super::*;

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
    /// Line `line` (1-based) of an indicator field is not a value of its kind.
    Indicator { kind: IndicatorKind, line: u32 },
    /// More than `max` values in one indicator field.
    TooManyIndicators { max: usize },
}

impl ErrorCode {
    /// Every message id, for checking that each has a translation.
    pub const MESSAGE_IDS: [&'static str; 21] = [
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
        "error-indicator-ip",
        "error-indicator-domain",
        "error-indicator-url",
        "error-indicator-email",
        "error-indicator-hash",
        "error-indicator-file-name",
        "error-indicator-count",
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
            ErrorCode::Indicator { kind, .. } => match kind {
                IndicatorKind::Ip => "error-indicator-ip",
                IndicatorKind::Domain => "error-indicator-domain",
                IndicatorKind::Url => "error-indicator-url",
                IndicatorKind::Email => "error-indicator-email",
                IndicatorKind::Hash => "error-indicator-hash",
                IndicatorKind::FileName => "error-indicator-file-name",
            },
            ErrorCode::TooManyIndicators { .. } => "error-indicator-count",
        }
    }

    /// Placeholders of the message, all numeric: `max` for `error-too-long`,
    /// `error-loss-too-large` and `error-jobs-too-large`; `year` (the earliest accepted year) for
    /// `error-month-too-early`; `line` for the indicator errors, `max` for `error-indicator-count`.
    pub fn args(self) -> Vec<(&'static str, u64)> {
        match self {
            ErrorCode::TooLong { max } => vec![("max", max as u64)],
            ErrorCode::LossTooLarge => vec![("max", MAX_LOSS_EUR)],
            ErrorCode::JobsTooLarge => vec![("max", u64::from(MAX_JOBS))],
            ErrorCode::MonthTooEarly => vec![("year", u64::from(EARLIEST_YEAR))],
            ErrorCode::Indicator { line, .. } => vec![("line", u64::from(line))],
            ErrorCode::TooManyIndicators { max } => vec![("max", max as u64)],
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
