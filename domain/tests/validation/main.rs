//! Validation of the intake form (`domain::validate`): a good report, every code of every
//! list, combinations of sample inputs, all errors at once, and the smaller rules. The table
//! of bad inputs is in `bad_inputs.rs`; number, identifier, month and text formats in
//! `formats.rs`.

mod bad_inputs;
mod formats;

use std::collections::HashSet;

use domain::report::{IndicatorKind, MAX_INDICATORS_PER_KIND, MAX_OBSERVATIONS_CHARS};
use domain::taxonomy::{
    ACTOR_TYPES, ALL_LISTS, ATTACK_VECTORS, INCIDENT_CLASSES, MEMBER_STATES, SECTORS,
};
use domain::{
    validate, ErrorCode, FieldError, OrganisationId, ParseError, Quarter, RawReport, Recipient,
    YearMonth,
};

const TODAY: YearMonth = YearMonth {
    year: 2026,
    month: 5,
};

/// ISO 7064 mod 97-10 check digits for an 18-character LEI base, computed independently of the
/// crate: append "00", map letters to 10..35, take the remainder, check = 98 - r.
fn lei_check_digits(base18: &str) -> String {
    assert_eq!(base18.len(), 18);
    let digits: String = format!("{base18}00")
        .chars()
        .map(|c| c.to_digit(36).expect("alphanumeric").to_string())
        .collect();
    let r = digits
        .bytes()
        .fold(0u64, |acc, d| (acc * 10 + u64::from(d - b'0')) % 97);
    format!("{:02}", 98 - r)
}

fn lei(base18: &str) -> String {
    format!("{base18}{}", lei_check_digits(base18))
}

fn good() -> RawReport {
    RawReport {
        member_state: "DK".into(),
        sector: "C".into(),
        incident_class: "intrusions:system-compromise".into(),
        attack_vector: "hacking.vpn".into(),
        actor_type: "competitor".into(),
        incident_month: "2025-11".into(),
        detection_month: "2026-02".into(),
        loss_eur: "250 000".into(),
        jobs_at_risk: "12".into(),
        what_taken: "CAD drawings of the pump housing".into(),
        narrative: "An attacker used a stolen VPN account.".into(),
        contact: "ciso@example.dk".into(),
        organisation_id: "DK12345678".into(),
        recipients: vec!["EUIPO".into(), "EC3".into()],
        consent: "yes".into(),
        language: "da".into(),
        ..RawReport::default()
    }
}

fn errors_of(raw: &RawReport) -> Vec<FieldError> {
    validate(raw, TODAY).expect_err("expected errors")
}

#[test]
fn good_report_validates() {
    let f = validate(&good(), TODAY).unwrap();
    assert_eq!(f.member_state, "DK");
    assert_eq!(
        f.incident_month,
        YearMonth {
            year: 2025,
            month: 11
        }
    );
    assert_eq!(f.detection_month.to_string(), "2026-02");
    assert_eq!(f.loss_eur, Some(250_000));
    assert_eq!(f.jobs_at_risk, Some(12));
    assert_eq!(f.contact.as_deref(), Some("ciso@example.dk"));
    assert_eq!(
        f.organisation_id,
        Some(OrganisationId::Vat("DK12345678".into()))
    );
    assert_eq!(f.recipients, vec![Recipient::Euipo, Recipient::Ec3]);
    assert_eq!(f.language, "da");
}

#[test]
fn every_code_of_every_list_validates() {
    for code in MEMBER_STATES.iter() {
        let raw = RawReport {
            member_state: code.code.into(),
            ..good()
        };
        assert!(validate(&raw, TODAY).is_ok(), "{}", code.code);
    }
    for code in SECTORS.iter() {
        let raw = RawReport {
            sector: code.code.into(),
            ..good()
        };
        assert!(validate(&raw, TODAY).is_ok(), "{}", code.code);
    }
    for code in INCIDENT_CLASSES.iter() {
        let raw = RawReport {
            incident_class: code.code.into(),
            ..good()
        };
        assert!(validate(&raw, TODAY).is_ok(), "{}", code.code);
    }
    for code in ATTACK_VECTORS.iter() {
        let raw = RawReport {
            attack_vector: code.code.into(),
            ..good()
        };
        assert!(validate(&raw, TODAY).is_ok(), "{}", code.code);
    }
    for code in ACTOR_TYPES.iter() {
        let raw = RawReport {
            actor_type: code.code.into(),
            ..good()
        };
        assert!(validate(&raw, TODAY).is_ok(), "{}", code.code);
    }
    assert_eq!(ALL_LISTS.len(), 5);
}

#[test]
fn every_combination_of_sample_inputs_validates() {
    let losses = [
        ("", None),
        ("0", Some(0)),
        ("250 000", Some(250_000)),
        ("1.000.000", Some(1_000_000)),
        ("1,000,000", Some(1_000_000)),
        ("1000000000", Some(1_000_000_000)),
    ];
    let jobs = [("", None), ("12", Some(12)), ("1 000 000", Some(1_000_000))];
    let orgs = ["", "DK 12 34 56 78", "5493001KJTIIGC8Y1R12"];
    let recipients: [&[&str]; 4] = [
        &["EUIPO"],
        &["EC3"],
        &["EUIPO", "EC3"],
        &["EC3", "EUIPO", "EC3"],
    ];
    let contacts = ["", "+45 12 34 56 78"];
    let consents = ["yes", "on", "true", "YES"];
    let months = [
        ("1990-01", "1990-01"),
        ("2025-11", "2026-05"),
        ("2026-05", "2026-05"),
    ];
    let mut n = 0;
    for (loss, loss_v) in losses {
        for (job, job_v) in jobs {
            for org in orgs {
                for rec in recipients {
                    for contact in contacts {
                        for consent in consents {
                            for (inc, det) in months {
                                let raw = RawReport {
                                    loss_eur: loss.into(),
                                    jobs_at_risk: job.into(),
                                    organisation_id: org.into(),
                                    recipients: rec.iter().map(|s| s.to_string()).collect(),
                                    contact: contact.into(),
                                    consent: consent.into(),
                                    incident_month: inc.into(),
                                    detection_month: det.into(),
                                    ..good()
                                };
                                let f = validate(&raw, TODAY)
                                    .unwrap_or_else(|e| panic!("{raw:?}: {e:?}"));
                                assert_eq!(f.loss_eur, loss_v);
                                assert_eq!(f.jobs_at_risk, job_v);
                                assert_eq!(f.organisation_id.is_some(), !org.is_empty());
                                assert_eq!(f.contact.is_some(), !contact.is_empty());
                                assert!(!f.recipients.is_empty());
                                assert!(f.recipients.windows(2).all(|w| w[0] < w[1]));
                                n += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(n, 6 * 3 * 3 * 4 * 2 * 4 * 3);
}

/// (name, edit of a good report, failing field, expected code)
type Case = (
    &'static str,
    Box<dyn Fn(&mut RawReport)>,
    &'static str,
    ErrorCode,
);

#[test]
fn all_errors_reported_at_once() {
    let errors = errors_of(&RawReport::default());
    let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            "member_state",
            "sector",
            "incident_class",
            "attack_vector",
            "actor_type",
            "incident_month",
            "detection_month",
            "what_taken",
            "narrative",
            "recipients",
            "consent",
            "language"
        ]
    );

    let raw = RawReport {
        member_state: "XX".into(),
        sector: "Z".into(),
        incident_class: "x".into(),
        attack_vector: "y".into(),
        actor_type: "z".into(),
        incident_month: "2030-01".into(),
        detection_month: "1980-01".into(),
        loss_eur: "lots".into(),
        jobs_at_risk: "2 000 000".into(),
        what_taken: "w".repeat(3000),
        narrative: String::new(),
        contact: "c".repeat(600),
        organisation_id: "nope".into(),
        recipients: vec!["NSA".into()],
        consent: "maybe".into(),
        language: "!!".into(),
        ..RawReport::default()
    };
    let errors = errors_of(&raw);
    assert_eq!(errors.len(), 16, "{errors:?}");
    let unique: HashSet<_> = errors.iter().map(|e| e.field).collect();
    assert_eq!(unique.len(), 16, "one error per field");
}

#[test]
fn detection_check_only_when_both_months_valid() {
    // Incident month invalid: detection month is judged on its own.
    let raw = RawReport {
        incident_month: "2026-13".into(),
        detection_month: "2020-01".into(),
        ..good()
    };
    assert_eq!(
        errors_of(&raw),
        vec![FieldError {
            field: "incident_month",
            code: ErrorCode::MonthFormat
        }]
    );
    // Same month is fine; today is fine; 1990-01 is fine.
    for (i, d) in [
        ("2026-05", "2026-05"),
        ("1990-01", "1990-01"),
        ("2024-12", "2025-01"),
    ] {
        let raw = RawReport {
            incident_month: i.into(),
            detection_month: d.into(),
            ..good()
        };
        assert!(validate(&raw, TODAY).is_ok(), "{i} {d}");
    }
    // Whitespace around a month, as some browsers' fallbacks send.
    let raw = RawReport {
        incident_month: " 2025-03 ".into(),
        ..good()
    };
    assert!(validate(&raw, TODAY).is_ok());
}

#[test]
fn texts_are_cleaned() {
    let raw = RawReport {
        narrative: "  Line 1\r\nLine 2\rLine 3\u{0}\u{1b}[31m\tred\u{7f}\u{85}!  ".into(),
        what_taken: "\u{feff}Designs".into(),
        contact: " \r\n ".into(),
        ..good()
    };
    let f = validate(&raw, TODAY).unwrap();
    assert_eq!(f.narrative, "Line 1\nLine 2\nLine 3[31m\tred!");
    // BOM is not a control character (Cf, not Cc): kept.
    assert_eq!(f.what_taken, "\u{feff}Designs");
    assert_eq!(f.contact, None);
}

#[test]
fn recipients_language_consent() {
    let raw = RawReport {
        recipients: vec!["EC3".into(), " euipo ".into(), "EC3".into()],
        language: "de-AT".into(),
        consent: " On ".into(),
        ..good()
    };
    let f = validate(&raw, TODAY).unwrap();
    assert_eq!(f.recipients, vec![Recipient::Euipo, Recipient::Ec3]);
    assert_eq!(f.language, "de");
    let raw = RawReport {
        recipients: vec!["EC3".into()],
        language: "EL".into(),
        ..good()
    };
    let f = validate(&raw, TODAY).unwrap();
    assert_eq!(f.recipients, vec![Recipient::Ec3]);
    assert_eq!(f.language, "el");
    assert_eq!("EUIPO".parse::<Recipient>().ok(), Some(Recipient::Euipo));
    assert!("euipo".parse::<Recipient>().is_err());
    assert_eq!(serde_json::to_string(&Recipient::Ec3).unwrap(), "\"EC3\"");
}

#[test]
fn raw_report_from_form_like_json() {
    // A form decoder fills missing fields with defaults.
    let raw: RawReport = serde_json::from_value(serde_json::json!({
        "member_state": "FR",
        "recipients": ["EUIPO"],
    }))
    .unwrap();
    assert_eq!(raw.member_state, "FR");
    assert_eq!(raw.recipients, vec!["EUIPO"]);
    assert_eq!(raw.narrative, "");
}

#[test]
fn error_codes() {
    let ids: HashSet<_> = ErrorCode::MESSAGE_IDS.iter().collect();
    assert_eq!(ids.len(), ErrorCode::MESSAGE_IDS.len());
    for id in ErrorCode::MESSAGE_IDS {
        assert!(id.starts_with("error-"));
        assert!(
            id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{id}"
        );
    }
    assert_eq!(
        ErrorCode::TooLong { max: 2000 }.message_id(),
        "error-too-long"
    );
    assert_eq!(ErrorCode::TooLong { max: 2000 }.args(), vec![("max", 2000)]);
    assert_eq!(ErrorCode::LossTooLarge.args(), vec![("max", 1_000_000_000)]);
    assert_eq!(ErrorCode::JobsTooLarge.args(), vec![("max", 1_000_000)]);
    assert_eq!(ErrorCode::MonthTooEarly.args(), vec![("year", 1990)]);
    assert!(ErrorCode::Required.args().is_empty());
    let e = FieldError {
        field: "narrative",
        code: ErrorCode::TooLong { max: 20_000 },
    };
    assert_eq!(e.to_string(), "narrative: error-too-long");
    assert_eq!(
        serde_json::to_value(e).unwrap(),
        serde_json::json!({"field": "narrative", "message_id": "error-too-long", "args": {"max": 20000}})
    );
    assert_eq!(
        serde_json::to_value(FieldError {
            field: "consent",
            code: ErrorCode::Consent
        })
        .unwrap(),
        serde_json::json!({"field": "consent", "message_id": "error-consent", "args": {}})
    );
}
