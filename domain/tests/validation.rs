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
fn thousands_separators() {
    let ok = [
        ("250 000", 250_000),
        ("250000", 250_000),
        ("1.000.000", 1_000_000),
        ("1,000,000", 1_000_000),
        ("1\u{a0}000\u{a0}000", 1_000_000),
        ("1\u{202f}234", 1_234),
        ("  42  ", 42),
        ("007", 7),
        ("0", 0),
        ("999", 999),
        ("12,345", 12_345),
    ];
    for (input, want) in ok {
        let raw = RawReport {
            loss_eur: input.into(),
            ..good()
        };
        assert_eq!(
            validate(&raw, TODAY).unwrap().loss_eur,
            Some(want),
            "{input:?}"
        );
    }
    let raw = RawReport {
        jobs_at_risk: "1.000.000".into(),
        ..good()
    };
    assert_eq!(validate(&raw, TODAY).unwrap().jobs_at_risk, Some(1_000_000));
    for bad in [
        "1000.000",
        "1 0000",
        "1,",
        "1..000",
        "1 000.000",
        "1_000",
        "1e6",
        "0x10",
        "+5",
    ] {
        let raw = RawReport {
            loss_eur: bad.into(),
            ..good()
        };
        assert_eq!(
            errors_of(&raw),
            vec![FieldError {
                field: "loss_eur",
                code: ErrorCode::NumberFormat
            }],
            "{bad:?}"
        );
    }
}

#[test]
fn vat_numbers() {
    let cases = [
        ("DK 12 34 56 78", "DK12345678"),
        ("el094019245", "EL094019245"),
        ("fr-12.345678901", "FR12345678901"),
        ("ATU12345678", "ATU12345678"),
        ("NL123456789B01", "NL123456789B01"),
        ("DE12", "DE12"),
        ("IE1234567WA", "IE1234567WA"),
        ("DE 1234567890123", "DE1234567890123"),
    ];
    for (input, want) in cases {
        let id = OrganisationId::parse(input).unwrap();
        assert_eq!(id, OrganisationId::Vat(want.into()), "{input}");
        assert_eq!(id.as_str(), want);
        assert_eq!(id.kind(), "vat");
        assert_eq!(id.to_string(), want);
    }
    for bad in [
        "GR094019245",
        "XI123456789",
        "CH123456789",
        "D",
        "DE",
        "DE1",
        "DE12345678901234",
        "12345678",
        "DE12_34",
        "",
    ] {
        assert_eq!(
            OrganisationId::parse(bad),
            Err(ParseError::OrganisationId),
            "{bad}"
        );
    }
}

#[test]
fn leis() {
    // Published LEIs; their check digits are recomputed here from the first 18 characters.
    for published in [
        "5493001KJTIIGC8Y1R12",
        "529900T8BM49AURSDO55",
        "7LTWFZYICNSX8D621K86",
        "HWUPKR0MPOU8FGXBT394",
        "213800WAVVOPS85N2205",
    ] {
        assert_eq!(lei(&published[..18]), published);
        let id = OrganisationId::parse(published).unwrap();
        assert_eq!(id, OrganisationId::Lei(published.into()));
        assert_eq!(id.kind(), "lei");
        // As people type it: lower case, grouped.
        let typed = format!(
            "{} {} {}",
            &published[..4],
            &published[4..12],
            &published[12..]
        )
        .to_lowercase();
        assert_eq!(OrganisationId::parse(&typed).unwrap(), id);
    }
    // Made-up bases with computed check digits (including a "DE" prefix that is not a VAT).
    for base in [
        "DE0000000000000000",
        "984500ABCDEF12345G",
        "00000000000000000A",
    ] {
        let l = lei(base);
        assert_eq!(
            OrganisationId::parse(&l).unwrap(),
            OrganisationId::Lei(l.clone())
        );
        // Every other pair of check digits is wrong.
        let good_check: u32 = l[18..].parse().unwrap();
        for wrong in (0..100).filter(|c| *c != good_check) {
            let candidate = format!("{base}{wrong:02}");
            assert!(OrganisationId::parse(&candidate).is_err(), "{candidate}");
        }
    }
    // A transposition in the body is caught.
    assert!(OrganisationId::parse("5493001KJTIIGC8Y1R21").is_err());
    assert!(OrganisationId::parse("4593001KJTIIGC8Y1R12").is_err());
    // 19 and 21 characters are neither VAT nor LEI.
    assert!(OrganisationId::parse("5493001KJTIIGC8Y1R1").is_err());
    assert!(OrganisationId::parse("5493001KJTIIGC8Y1R123").is_err());
}

#[test]
fn year_month_parsing() {
    let m: YearMonth = "2026-03".parse().unwrap();
    assert_eq!(
        m,
        YearMonth {
            year: 2026,
            month: 3
        }
    );
    assert_eq!(m.to_string(), "2026-03");
    assert_eq!(
        YearMonth {
            year: 999,
            month: 1
        }
        .to_string(),
        "0999-01"
    );
    for bad in [
        "2026-13",
        "26-01",
        "2026-1",
        "2026-00",
        "2026/03",
        "2026-03-01",
        " 2026-03",
        "２０２６-03",
        "abcd-ef",
        "",
    ] {
        assert_eq!(
            bad.parse::<YearMonth>(),
            Err(ParseError::YearMonth),
            "{bad:?}"
        );
    }
    assert!(
        YearMonth {
            year: 2025,
            month: 12
        } < YearMonth {
            year: 2026,
            month: 1
        }
    );
    assert_eq!(YearMonth::new(2026, 13), None);
    assert_eq!(serde_json::to_string(&m).unwrap(), "\"2026-03\"");
    assert_eq!(serde_json::from_str::<YearMonth>("\"2026-03\"").unwrap(), m);
    assert!(serde_json::from_str::<YearMonth>("\"2026-3\"").is_err());
}

#[test]
fn quarters() {
    assert_eq!(Quarter::of_day(2026, 1), Some(Quarter { year: 2026, q: 1 }));
    assert_eq!(Quarter::of_day(2026, 3), Some(Quarter { year: 2026, q: 1 }));
    assert_eq!(Quarter::of_day(2026, 4), Some(Quarter { year: 2026, q: 2 }));
    assert_eq!(Quarter::of_day(2026, 9), Some(Quarter { year: 2026, q: 3 }));
    assert_eq!(
        Quarter::of_day(2026, 12),
        Some(Quarter { year: 2026, q: 4 })
    );
    assert_eq!(Quarter::of_day(2026, 0), None);
    assert_eq!(Quarter::of_day(2026, 13), None);
    let q: Quarter = "2026Q3".parse().unwrap();
    assert_eq!(q, Quarter { year: 2026, q: 3 });
    assert_eq!(q.to_string(), "2026Q3");
    assert_eq!(q.first_month().to_string(), "2026-07");
    assert_eq!(q.last_month().to_string(), "2026-09");
    for bad in [
        "2026-Q3", "2026Q5", "2026Q0", "26Q1", "2026q3", "2026Q", "2026Q10",
    ] {
        assert_eq!(bad.parse::<Quarter>(), Err(ParseError::Quarter), "{bad}");
    }
    assert_eq!(serde_json::to_string(&q).unwrap(), "\"2026Q3\"");
    assert_eq!(serde_json::from_str::<Quarter>("\"2026Q4\"").unwrap().q, 4);
}

#[test]
fn text_limits_count_chars_not_bytes() {
    // Danish: 2000 chars, 4000+ bytes.
    let danish: String = "æøå".chars().cycle().take(2000).collect();
    assert!(danish.len() > 2000);
    let raw = RawReport {
        what_taken: danish.clone(),
        ..good()
    };
    assert_eq!(validate(&raw, TODAY).unwrap().what_taken, danish);
    let raw = RawReport {
        what_taken: format!("{danish}æ"),
        ..good()
    };
    assert_eq!(
        errors_of(&raw),
        vec![FieldError {
            field: "what_taken",
            code: ErrorCode::TooLong { max: 2000 }
        }]
    );
    // Greek: 20 000 chars narrative is fine.
    let greek: String = "Κλοπή εμπορικού απορρήτου. "
        .chars()
        .cycle()
        .skip(1)
        .take(19_999)
        .collect();
    let greek = format!("Κ{greek}");
    assert_eq!(greek.chars().count(), 20_000);
    let raw = RawReport {
        narrative: greek.clone(),
        ..good()
    };
    assert_eq!(validate(&raw, TODAY).unwrap().narrative, greek.trim_end());
    let raw = RawReport {
        narrative: format!("{greek}ω"),
        ..good()
    };
    assert_eq!(
        errors_of(&raw),
        vec![FieldError {
            field: "narrative",
            code: ErrorCode::TooLong { max: 20_000 }
        }]
    );
    // Contact: exactly 500 Greek letters.
    let raw = RawReport {
        contact: "λ".repeat(500),
        ..good()
    };
    assert_eq!(
        validate(&raw, TODAY)
            .unwrap()
            .contact
            .as_deref()
            .unwrap()
            .chars()
            .count(),
        500
    );
    // Surrounding whitespace does not count.
    let raw = RawReport {
        contact: format!("   {}\n\n", "λ".repeat(500)),
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
