//! The formats the form accepts: thousands separators, VAT numbers, LEIs, months and
//! quarters, and text limits counted in characters.

use super::*;

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
