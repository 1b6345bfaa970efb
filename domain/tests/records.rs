use serde_json::json;

use domain::{
    validate, AttachmentRef, ErrorCode, FieldError, OrganisationId, Quarter, RawReport,
    ReportFields, Source, StatsRecord, Status, YearMonth,
};

const TODAY: YearMonth = YearMonth {
    year: 2026,
    month: 11,
};
const NARRATIVE: &str = "SECRET-NARRATIVE: the attacker logged in via the VPN of Ærø Pumper";
const WHAT: &str = "SECRET-WHAT: the impeller CAD files";
const CONTACT: &str = "secret-contact@aeroe-pumper.dk";
const VAT: &str = "DK87654321";

fn fields() -> ReportFields {
    validate(
        &RawReport {
            member_state: "DK".into(),
            sector: "C".into(),
            incident_class: "information-content-security:unauthorised-information-access".into(),
            attack_vector: "hacking.vpn".into(),
            actor_type: "competitor".into(),
            incident_month: "2026-08".into(),
            detection_month: "2026-10".into(),
            loss_eur: "250.000".into(),
            jobs_at_risk: "12".into(),
            what_taken: WHAT.into(),
            narrative: NARRATIVE.into(),
            contact: CONTACT.into(),
            organisation_id: "dk 87 65 43 21".into(),
            recipients: vec!["EC3".into(), "EUIPO".into()],
            consent: "yes".into(),
            language: "da".into(),
            indicator_ip: "192.0.2.7\n2001:DB8::1".into(),
            indicator_url: "HTTP://Exfil.Example.com/drop".into(),
            ..RawReport::default()
        },
        TODAY,
    )
    .expect("sample report validates")
}

fn minimal() -> ReportFields {
    let mut f = fields();
    f.indicators = Default::default();
    f.loss_eur = None;
    f.jobs_at_risk = None;
    f.contact = None;
    f.organisation_id = None;
    f.recipients = vec![domain::Recipient::Ec3];
    f
}

fn attachment() -> AttachmentRef {
    AttachmentRef {
        id: "att-1".into(),
        name: "pump.dwg".into(),
        media_type: "application/acad".into(),
        size: 123_456,
        key_b64: "c2VjcmV0LWF0dGFjaG1lbnQta2V5LTMyLWJ5dGVzISE=".into(),
    }
}

const Q4: Quarter = Quarter { year: 2026, q: 4 };

#[test]
fn report_json_shape() {
    assert_eq!(
        fields().report_json(&[attachment()]),
        json!({
            "v": 1,
            "language": "da",
            "fields": {
                "member_state": "DK",
                "sector": "C",
                "incident_class": "information-content-security:unauthorised-information-access",
                "attack_vector": "hacking.vpn",
                "actor_type": "competitor",
                "incident_month": "2026-08",
                "detection_month": "2026-10",
                "loss_eur": 250000,
                "jobs_at_risk": 12,
                "what_taken": WHAT,
                "narrative": NARRATIVE,
                "contact": CONTACT,
                "organisation_id": VAT,
            },
            "indicators": {
                "ip": ["192.0.2.7", "2001:db8::1"],
                "domain": [],
                "url": ["http://exfil.example.com/drop"],
                "email": [],
                "hash": [],
                "file_name": [],
                "observations": null,
            },
            "recipients": ["EUIPO", "EC3"],
            "attachments": [{
                "id": "att-1",
                "name": "pump.dwg",
                "type": "application/acad",
                "size": 123456,
                "key": "c2VjcmV0LWF0dGFjaG1lbnQta2V5LTMyLWJ5dGVzISE=",
            }],
        })
    );
}

#[test]
fn report_json_nulls_and_no_attachments() {
    assert_eq!(
        minimal().report_json(&[]),
        json!({
            "v": 1,
            "language": "da",
            "fields": {
                "member_state": "DK",
                "sector": "C",
                "incident_class": "information-content-security:unauthorised-information-access",
                "attack_vector": "hacking.vpn",
                "actor_type": "competitor",
                "incident_month": "2026-08",
                "detection_month": "2026-10",
                "loss_eur": null,
                "jobs_at_risk": null,
                "what_taken": WHAT,
                "narrative": NARRATIVE,
                "contact": null,
                "organisation_id": null,
            },
            "indicators": {
                "ip": [], "domain": [], "url": [], "email": [], "hash": [], "file_name": [],
                "observations": null,
            },
            "recipients": ["EC3"],
            "attachments": [],
        })
    );
}

#[test]
fn stats_record_shape() {
    let record = fields().stats_record("r-0001", Q4);
    assert_eq!(
        serde_json::to_value(&record).unwrap(),
        json!({
            "v": 1,
            "report_id": "r-0001",
            "source": "reporter",
            "quarter": "2026Q4",
            "member_state": "DK",
            "sector": "C",
            "incident_class": "information-content-security:unauthorised-information-access",
            "attack_vector": "hacking.vpn",
            "actor_type": "competitor",
            "incident_month": "2026-08",
            "loss_eur": 250000,
            "jobs_at_risk": 12,
            "organisation_id": VAT,
            "status": "valid",
        })
    );
    assert_eq!(record.loss_band(), Some("100k-999k"));
    assert_eq!(record.validate(), Ok(()));

    let minimal = minimal().stats_record("r-0002", Q4);
    assert_eq!(
        serde_json::to_value(&minimal).unwrap(),
        json!({
            "v": 1,
            "report_id": "r-0002",
            "source": "reporter",
            "quarter": "2026Q4",
            "member_state": "DK",
            "sector": "C",
            "incident_class": "information-content-security:unauthorised-information-access",
            "attack_vector": "hacking.vpn",
            "actor_type": "competitor",
            "incident_month": "2026-08",
            "loss_eur": null,
            "jobs_at_risk": null,
            "organisation_id": null,
            "status": "valid",
        })
    );
    assert_eq!(minimal.loss_band(), None);
}

#[test]
fn stats_record_never_holds_texts() {
    let record = fields().stats_record("r-0001", Q4);
    let text = serde_json::to_string(&record).unwrap();
    for secret in [
        NARRATIVE,
        WHAT,
        CONTACT,
        "SECRET",
        "secret-contact",
        "Ærø",
        "narrative",
        "what_taken",
        "contact",
    ] {
        assert!(!text.contains(secret), "{secret} leaked into {text}");
    }
    let keys: Vec<String> = serde_json::to_value(&record)
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys.len(), 14);
}

#[test]
fn stats_record_round_trip_and_unknown_fields() {
    let record = fields().stats_record("r-0001", Q4);
    let text = serde_json::to_string(&record).unwrap();
    let back: StatsRecord = serde_json::from_str(&text).unwrap();
    assert_eq!(back, record);

    let mut v = serde_json::to_value(&record).unwrap();
    v["narrative"] = json!("smuggled");
    assert!(serde_json::from_value::<StatsRecord>(v).is_err());

    let mut v = serde_json::to_value(&record).unwrap();
    v["organisation_id"] = json!("US123");
    assert!(serde_json::from_value::<StatsRecord>(v).is_err());

    let mut v = serde_json::to_value(&record).unwrap();
    v["quarter"] = json!("2026-Q4");
    assert!(serde_json::from_value::<StatsRecord>(v).is_err());

    let mut v = serde_json::to_value(&record).unwrap();
    v["status"] = json!("maybe");
    assert!(serde_json::from_value::<StatsRecord>(v).is_err());
}

#[test]
fn reviewer_record() {
    let record = StatsRecord {
        source: Source::Reviewer,
        status: Status::OutOfScope,
        sector: "J".into(),
        ..fields().stats_record("r-0001", Q4)
    };
    let v = serde_json::to_value(&record).unwrap();
    assert_eq!(v["source"], "reviewer");
    assert_eq!(v["status"], "out_of_scope");
    assert_eq!(record.validate(), Ok(()));
    let dup = StatsRecord {
        status: Status::Duplicate,
        ..record
    };
    assert_eq!(serde_json::to_value(&dup).unwrap()["status"], "duplicate");
}

#[test]
fn stats_record_validate_rechecks() {
    let good = fields().stats_record("r-0001", Q4);
    let bad = StatsRecord {
        v: 2,
        report_id: "r 0001; drop".into(),
        quarter: Quarter { year: 1980, q: 1 },
        member_state: "GR".into(),
        sector: "".into(),
        incident_class: "availability:ddos".into(),
        attack_vector: "hacking".into(),
        actor_type: "alien".into(),
        incident_month: YearMonth {
            year: 2026,
            month: 13,
        },
        loss_eur: Some(1_000_000_001),
        jobs_at_risk: Some(1_000_001),
        organisation_id: Some(OrganisationId::Vat("garbage!".into())),
        ..good.clone()
    };
    let err = bad.validate().unwrap_err();
    let fields: Vec<_> = err.errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            "v",
            "report_id",
            "quarter",
            "member_state",
            "sector",
            "incident_class",
            "attack_vector",
            "actor_type",
            "incident_month",
            "loss_eur",
            "jobs_at_risk",
            "organisation_id"
        ]
    );
    assert!(err
        .to_string()
        .starts_with("invalid statistics record: v: error-malformed"));

    // An incident after the submission quarter cannot be.
    let future = StatsRecord {
        incident_month: YearMonth {
            year: 2027,
            month: 1,
        },
        ..good.clone()
    };
    assert_eq!(
        future.validate().unwrap_err().errors,
        vec![FieldError {
            field: "incident_month",
            code: ErrorCode::MonthFuture
        }]
    );
    let early = StatsRecord {
        incident_month: YearMonth {
            year: 1989,
            month: 12,
        },
        ..good.clone()
    };
    assert_eq!(
        early.validate().unwrap_err().errors,
        vec![FieldError {
            field: "incident_month",
            code: ErrorCode::MonthTooEarly
        }]
    );
    let empty_id = StatsRecord {
        report_id: String::new(),
        ..good.clone()
    };
    assert!(empty_id.validate().is_err());
    let long_id = StatsRecord {
        report_id: "a".repeat(129),
        ..good.clone()
    };
    assert!(long_id.validate().is_err());
    let lei = StatsRecord {
        organisation_id: Some(OrganisationId::Lei("5493001KJTIIGC8Y1R12".into())),
        ..good
    };
    assert_eq!(lei.validate(), Ok(()));
}

#[test]
fn debug_redacts_content() {
    let f = fields();
    let raw_debug = format!("{f:?}");
    for secret in [
        NARRATIVE,
        WHAT,
        CONTACT,
        VAT,
        "SECRET",
        "secret-contact",
        "87654321",
    ] {
        assert!(
            !raw_debug.contains(secret),
            "ReportFields Debug leaks {secret}: {raw_debug}"
        );
    }
    assert!(raw_debug.contains("DK"), "codes stay visible: {raw_debug}");
    assert!(raw_debug.contains("<redacted>"));

    let raw = RawReport {
        narrative: NARRATIVE.into(),
        what_taken: WHAT.into(),
        contact: CONTACT.into(),
        organisation_id: VAT.into(),
        ..RawReport::default()
    };
    let d = format!("{raw:?}");
    for secret in [NARRATIVE, WHAT, CONTACT, VAT, "SECRET"] {
        assert!(!d.contains(secret), "RawReport Debug leaks {secret}");
    }

    let record = f.stats_record("r-0001", Q4);
    let d = format!("{record:?}");
    assert!(
        !d.contains("87654321"),
        "StatsRecord Debug leaks the VAT: {d}"
    );
    assert!(d.contains("Vat(<redacted>)"));

    let a = attachment();
    let d = format!("{a:?}");
    assert!(
        !d.contains(&a.key_b64),
        "AttachmentRef Debug leaks the key: {d}"
    );
    assert!(d.contains("pump.dwg"));

    let lei = OrganisationId::parse("5493001KJTIIGC8Y1R12").unwrap();
    assert_eq!(format!("{lei:?}"), "Lei(<redacted>)");
    assert_eq!(lei.to_string(), "5493001KJTIIGC8Y1R12");
}
