//! Every field's bad inputs, each with the error code and message it must get.

use super::*;

#[test]
fn bad_inputs_table() {
    let wrong_lei = {
        let good = lei("5493001KJTIIGC8Y1R");
        let last = good.as_bytes()[19] - b'0';
        format!("{}{}", &good[..19], (last + 1) % 10)
    };
    let cases: Vec<Case> = vec![
        (
            "no member state",
            Box::new(|r| r.member_state.clear()),
            "member_state",
            ErrorCode::Required,
        ),
        (
            "GR is not the EU code",
            Box::new(|r| r.member_state = "GR".into()),
            "member_state",
            ErrorCode::UnknownChoice,
        ),
        (
            "UK left",
            Box::new(|r| r.member_state = "UK".into()),
            "member_state",
            ErrorCode::UnknownChoice,
        ),
        (
            "lower-case code",
            Box::new(|r| r.member_state = "dk".into()),
            "member_state",
            ErrorCode::UnknownChoice,
        ),
        (
            "sector V",
            Box::new(|r| r.sector = "V".into()),
            "sector",
            ErrorCode::UnknownChoice,
        ),
        (
            "no sector",
            Box::new(|r| r.sector.clear()),
            "sector",
            ErrorCode::Required,
        ),
        (
            "family only",
            Box::new(|r| r.incident_class = "intrusions".into()),
            "incident_class",
            ErrorCode::UnknownChoice,
        ),
        (
            "RSIT class outside scope",
            Box::new(|r| r.incident_class = "availability:ddos".into()),
            "incident_class",
            ErrorCode::UnknownChoice,
        ),
        (
            "vector",
            Box::new(|r| r.attack_vector = "hacking.sql-injection".into()),
            "attack_vector",
            ErrorCode::UnknownChoice,
        ),
        (
            "actor",
            Box::new(|r| r.actor_type = "hacktivist".into()),
            "actor_type",
            ErrorCode::UnknownChoice,
        ),
        (
            "blank actor",
            Box::new(|r| r.actor_type = "   ".into()),
            "actor_type",
            ErrorCode::Required,
        ),
        (
            "no incident month",
            Box::new(|r| r.incident_month.clear()),
            "incident_month",
            ErrorCode::Required,
        ),
        (
            "month 13",
            Box::new(|r| r.incident_month = "2026-13".into()),
            "incident_month",
            ErrorCode::MonthFormat,
        ),
        (
            "two-digit year",
            Box::new(|r| r.incident_month = "26-01".into()),
            "incident_month",
            ErrorCode::MonthFormat,
        ),
        (
            "one-digit month",
            Box::new(|r| r.incident_month = "2026-1".into()),
            "incident_month",
            ErrorCode::MonthFormat,
        ),
        (
            "month 00",
            Box::new(|r| r.incident_month = "2026-00".into()),
            "incident_month",
            ErrorCode::MonthFormat,
        ),
        (
            "a full date",
            Box::new(|r| r.incident_month = "2026-01-15".into()),
            "incident_month",
            ErrorCode::MonthFormat,
        ),
        (
            "1989-12",
            Box::new(|r| r.incident_month = "1989-12".into()),
            "incident_month",
            ErrorCode::MonthTooEarly,
        ),
        (
            "next month",
            Box::new(|r| r.incident_month = "2026-06".into()),
            "incident_month",
            ErrorCode::MonthFuture,
        ),
        (
            "detection next year",
            Box::new(|r| r.detection_month = "2027-01".into()),
            "detection_month",
            ErrorCode::MonthFuture,
        ),
        (
            "detection 1989",
            Box::new(|r| r.detection_month = "1989-12".into()),
            "detection_month",
            ErrorCode::MonthTooEarly,
        ),
        (
            "detection garbage",
            Box::new(|r| r.detection_month = "last spring".into()),
            "detection_month",
            ErrorCode::MonthFormat,
        ),
        (
            "no detection month",
            Box::new(|r| r.detection_month.clear()),
            "detection_month",
            ErrorCode::Required,
        ),
        (
            "detection before incident",
            Box::new(|r| {
                r.incident_month = "2025-01".into();
                r.detection_month = "2024-12".into();
            }),
            "detection_month",
            ErrorCode::DetectionBeforeIncident,
        ),
        (
            "loss letters",
            Box::new(|r| r.loss_eur = "abc".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "loss with euro sign",
            Box::new(|r| r.loss_eur = "€250000".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "loss decimal comma",
            Box::new(|r| r.loss_eur = "1,5".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "loss decimal point",
            Box::new(|r| r.loss_eur = "99.90".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "negative loss",
            Box::new(|r| r.loss_eur = "-5".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "mixed separators",
            Box::new(|r| r.loss_eur = "1.000,000".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "bad grouping",
            Box::new(|r| r.loss_eur = "1.00.000".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "leading separator",
            Box::new(|r| r.loss_eur = ",100".into()),
            "loss_eur",
            ErrorCode::NumberFormat,
        ),
        (
            "loss over bound",
            Box::new(|r| r.loss_eur = "1 000 000 001".into()),
            "loss_eur",
            ErrorCode::LossTooLarge,
        ),
        (
            "loss over u64",
            Box::new(|r| r.loss_eur = "99999999999999999999999".into()),
            "loss_eur",
            ErrorCode::LossTooLarge,
        ),
        (
            "jobs over bound",
            Box::new(|r| r.jobs_at_risk = "1 000 001".into()),
            "jobs_at_risk",
            ErrorCode::JobsTooLarge,
        ),
        (
            "jobs over u32",
            Box::new(|r| r.jobs_at_risk = "5000000000".into()),
            "jobs_at_risk",
            ErrorCode::JobsTooLarge,
        ),
        (
            "fractional jobs",
            Box::new(|r| r.jobs_at_risk = "12.5".into()),
            "jobs_at_risk",
            ErrorCode::NumberFormat,
        ),
        (
            "blank what taken",
            Box::new(|r| r.what_taken = "  \n\t ".into()),
            "what_taken",
            ErrorCode::Required,
        ),
        (
            "what taken too long",
            Box::new(|r| r.what_taken = "x".repeat(2001)),
            "what_taken",
            ErrorCode::TooLong { max: 2000 },
        ),
        (
            "no narrative",
            Box::new(|r| r.narrative.clear()),
            "narrative",
            ErrorCode::Required,
        ),
        (
            "narrative of control chars",
            Box::new(|r| r.narrative = "\u{7}\u{0}\r\n".into()),
            "narrative",
            ErrorCode::Required,
        ),
        (
            "narrative too long (Danish)",
            Box::new(|r| r.narrative = "ø".repeat(20_001)),
            "narrative",
            ErrorCode::TooLong { max: 20_000 },
        ),
        (
            "contact too long",
            Box::new(|r| r.contact = "α".repeat(501)),
            "contact",
            ErrorCode::TooLong { max: 500 },
        ),
        (
            "non-EU VAT prefix",
            Box::new(|r| r.organisation_id = "US123456789".into()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "GR VAT prefix",
            Box::new(|r| r.organisation_id = "GR094019245".into()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "VAT too short",
            Box::new(|r| r.organisation_id = "DE1".into()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "VAT too long",
            Box::new(|r| r.organisation_id = "DE12345678901234".into()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "VAT with symbol",
            Box::new(|r| r.organisation_id = "DE123#456".into()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "LEI wrong check digit",
            Box::new(move |r| r.organisation_id = wrong_lei.clone()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "LEI letters in check digits",
            Box::new(|r| r.organisation_id = "5493001KJTIIGC8Y1RAB".into()),
            "organisation_id",
            ErrorCode::OrganisationId,
        ),
        (
            "no recipients",
            Box::new(|r| r.recipients.clear()),
            "recipients",
            ErrorCode::Recipients,
        ),
        (
            "only blank recipient",
            Box::new(|r| r.recipients = vec![String::new()]),
            "recipients",
            ErrorCode::Recipients,
        ),
        (
            "unknown recipient",
            Box::new(|r| r.recipients = vec!["FBI".into()]),
            "recipients",
            ErrorCode::Recipients,
        ),
        (
            "one unknown of two",
            Box::new(|r| r.recipients = vec!["EUIPO".into(), "ENISA".into()]),
            "recipients",
            ErrorCode::Recipients,
        ),
        (
            "no consent",
            Box::new(|r| r.consent.clear()),
            "consent",
            ErrorCode::Consent,
        ),
        (
            "consent no",
            Box::new(|r| r.consent = "no".into()),
            "consent",
            ErrorCode::Consent,
        ),
        (
            "no language",
            Box::new(|r| r.language.clear()),
            "language",
            ErrorCode::Required,
        ),
        (
            "language name",
            Box::new(|r| r.language = "english".into()),
            "language",
            ErrorCode::UnknownChoice,
        ),
        (
            "language digits",
            Box::new(|r| r.language = "1x".into()),
            "language",
            ErrorCode::UnknownChoice,
        ),
        (
            "bad IP on line 3",
            Box::new(|r| r.indicator_ip = "192.0.2.1\n\n256.0.0.1".into()),
            "indicator_ip",
            ErrorCode::Indicator {
                kind: IndicatorKind::Ip,
                line: 3,
            },
        ),
        (
            "bad domain",
            Box::new(|r| r.indicator_domain = "localhost".into()),
            "indicator_domain",
            ErrorCode::Indicator {
                kind: IndicatorKind::Domain,
                line: 1,
            },
        ),
        (
            "URL without scheme",
            Box::new(|r| r.indicator_url = "example.com/x".into()),
            "indicator_url",
            ErrorCode::Indicator {
                kind: IndicatorKind::Url,
                line: 1,
            },
        ),
        (
            "bad e-mail",
            Box::new(|r| r.indicator_email = "a@b".into()),
            "indicator_email",
            ErrorCode::Indicator {
                kind: IndicatorKind::Email,
                line: 1,
            },
        ),
        (
            "short hash",
            Box::new(|r| r.indicator_hash = "abc".into()),
            "indicator_hash",
            ErrorCode::Indicator {
                kind: IndicatorKind::Hash,
                line: 1,
            },
        ),
        (
            "file name with folder",
            Box::new(|r| r.indicator_file_name = "C:\\x\\evil.exe".into()),
            "indicator_file_name",
            ErrorCode::Indicator {
                kind: IndicatorKind::FileName,
                line: 1,
            },
        ),
        (
            "too many hashes",
            Box::new(|r| {
                r.indicator_hash = (0..=MAX_INDICATORS_PER_KIND)
                    .map(|i| format!("{i:032x}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
            "indicator_hash",
            ErrorCode::TooManyIndicators {
                max: MAX_INDICATORS_PER_KIND,
            },
        ),
        (
            "observations too long",
            Box::new(|r| r.indicator_observations = "o".repeat(MAX_OBSERVATIONS_CHARS + 1)),
            "indicator_observations",
            ErrorCode::TooLong {
                max: MAX_OBSERVATIONS_CHARS,
            },
        ),
    ];
    assert!(cases.len() >= 25);
    let mut seen = HashSet::new();
    for (name, edit, field, code) in &cases {
        let mut raw = good();
        edit(&mut raw);
        let errors = errors_of(&raw);
        assert_eq!(
            errors,
            vec![FieldError { field, code: *code }],
            "case {name:?}"
        );
        seen.insert(code.message_id());
    }
    // Every form error code is triggered by at least one case.
    let form_codes: HashSet<_> = ErrorCode::MESSAGE_IDS
        .iter()
        .copied()
        .filter(|id| *id != "error-malformed")
        .collect();
    assert_eq!(seen, form_codes);
}
