//! The reviewer's exports (static/js/export.js, run under node on a report JSON written by
//! domain::report): STIX 2.1 bundles pass OASIS's stix2-validator (`--strict`, every warning
//! an error, and `--enforce-refs`) with each TLP 2.0 marking, carry every indicator as an
//! observable and a STIX pattern, and the MISP event carries them as typed attributes. Neither
//! holds the reporter's contact details or organisation identifier.

use std::process::Command;

use serde_json::Value;

use domain::report::{validate, RawReport, YearMonth};

const CONTACT: &str = "security@victim.example.dk";
const ORG: &str = "DK12345678";

/// What the export reads: a validated report's JSON, indicators of every kind included.
pub fn report_json() -> Value {
    let raw = RawReport {
        member_state: "DK".into(),
        sector: "C".into(),
        incident_class: "information-content-security:unauthorised-information-access".into(),
        attack_vector: "social.email".into(),
        actor_type: "competitor".into(),
        incident_month: "2026-03".into(),
        detection_month: "2026-04".into(),
        loss_eur: "250 000".into(),
        jobs_at_risk: "12".into(),
        what_taken: "CAD drawings of the pump impeller".into(),
        narrative: "A spear-phishing mail led to a stolen VPN password.".into(),
        contact: CONTACT.into(),
        organisation_id: ORG.into(),
        recipients: vec!["EC3".into()],
        consent: "yes".into(),
        language: "en".into(),
        indicator_ip: "192.0.2.7\n10.1.2.3/8\n2001:DB8::1\n2001:db8::/32".into(),
        indicator_domain: "Exfil.Example.COM".into(),
        indicator_url: "https://exfil.example.com/it's%5Cthere?a=1".into(),
        indicator_email: "Thief+drop@Example.NET".into(),
        indicator_hash: "D41D8CD98F00B204E9800998ECF8427E\n\
             da39a3ee5e6b4b0d3255bfef95601890afd80709\n\
             e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
            .into(),
        indicator_file_name: "invoice.pdf.exe".into(),
        indicator_observations: "AnyDesk installed on the CAD workstation.".into(),
    };
    let fields = validate(
        &raw,
        YearMonth {
            year: 2026,
            month: 12,
        },
    )
    .unwrap();
    fields.report_json(&[])
}

const TLPS: [(&str, &str); 5] = [
    (
        "clear",
        "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    ),
    (
        "green",
        "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    ),
    (
        "amber",
        "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    ),
    (
        "amber+strict",
        "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    ),
    (
        "red",
        "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
    ),
];

#[test]
fn stix_bundles_pass_the_oasis_validator_with_every_tlp_2_marking() {
    let Some(python) = crate::helpers::test_python() else {
        return;
    };
    let root = crate::node::root();
    let input = serde_json::json!({
        "reportId": "r-7",
        "report": report_json(),
        "tlps": TLPS.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
    });
    let Some(out) = crate::node::run(
        "intel-export.mjs",
        &[("TSR_EXPORT_JS", root.join("server/static/js/export.js"))],
        &serde_json::to_vec(&input).unwrap(),
    ) else {
        return;
    };
    let out: Value = serde_json::from_slice(&out).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (tlp, id) in TLPS {
        let bundle = &out["stix"][tlp];
        let text = bundle.to_string();
        assert!(!text.contains(CONTACT) && !text.contains(ORG), "{tlp}");
        let objects = bundle["objects"].as_array().unwrap();
        // The marking as OASIS publishes it, on every object.
        let m = &objects[0];
        assert_eq!(m["id"], id);
        assert_eq!(m["name"], format!("TLP:{}", tlp.to_uppercase()));
        assert_eq!(
            m["extensions"]["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"]
                ["tlp_2_0"],
            tlp
        );
        for o in &objects[1..] {
            assert_eq!(o["object_marking_refs"], serde_json::json!([id]), "{o}");
        }
        let patterns: Vec<&str> = objects
            .iter()
            .filter(|o| o["type"] == "indicator")
            .map(|o| o["pattern"].as_str().unwrap())
            .collect();
        for p in [
            "[ipv4-addr:value = '192.0.2.7']",
            "[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
            "[ipv6-addr:value = '2001:db8::1']",
            "[ipv6-addr:value ISSUBSET '2001:db8::/32']",
            "[domain-name:value = 'exfil.example.com']",
            "[url:value = 'https://exfil.example.com/it\\'s%5Cthere?a=1']",
            "[email-addr:value = 'thief+drop@example.net']",
            "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
            "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
            "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
            "[file:name = 'invoice.pdf.exe']",
        ] {
            assert!(patterns.contains(&p), "{p} missing from {patterns:?}");
        }
        assert_eq!(patterns.len(), 11);
        for t in [
            "ipv4-addr",
            "ipv6-addr",
            "domain-name",
            "url",
            "email-addr",
            "file",
            "note",
        ] {
            assert!(objects.iter().any(|o| o["type"] == t), "no {t}");
        }
        let path = dir.path().join(format!("{}.json", tlp.replace('+', "-")));
        std::fs::write(&path, text).unwrap();
        files.push(path);
    }
    let validator = python.parent().unwrap().join("stix2_validator");
    let out = Command::new(&validator)
        .args([
            "--strict",
            "--enforce-refs",
            "--version",
            "2.1",
            "--no-cache",
        ])
        .args(&files)
        .output()
        .expect("stix2_validator runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.matches("STIX JSON: Valid").count(), 5, "{stdout}");

    // The validator is not a rubber stamp: a bundle with a broken pattern is refused.
    let mut broken = out_bundle(&files[0]);
    for o in broken["objects"].as_array_mut().unwrap() {
        if o["type"] == "indicator" {
            o["pattern"] = Value::from("[ipv4-addr:value = '192.0.2.7'");
        }
    }
    let bad = dir.path().join("broken.json");
    std::fs::write(&bad, broken.to_string()).unwrap();
    let out = Command::new(&validator)
        .args(["--strict", "--version", "2.1", "--no-cache"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

fn out_bundle(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn misp_events_carry_typed_indicator_attributes() {
    let root = crate::node::root();
    let input = serde_json::json!({
        "reportId": "r-7",
        "report": report_json(),
        "tlps": ["amber+strict"],
    });
    let Some(out) = crate::node::run(
        "intel-export.mjs",
        &[("TSR_EXPORT_JS", root.join("server/static/js/export.js"))],
        &serde_json::to_vec(&input).unwrap(),
    ) else {
        return;
    };
    let out: Value = serde_json::from_slice(&out).unwrap();
    let event = &out["misp"]["amber+strict"]["Event"];
    let text = event.to_string();
    assert!(!text.contains(CONTACT) && !text.contains(ORG));
    assert!(event["Tag"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!({"name": "tlp:amber+strict"})));
    let typed: Vec<(String, String, bool)> = event["Attribute"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["type"] != "text")
        .map(|a| {
            (
                a["type"].as_str().unwrap().to_string(),
                a["value"].as_str().unwrap().to_string(),
                a["to_ids"].as_bool().unwrap(),
            )
        })
        .collect();
    let want = [
        ("ip-dst", "192.0.2.7", true),
        ("ip-dst", "10.0.0.0/8", true),
        ("ip-dst", "2001:db8::1", true),
        ("ip-dst", "2001:db8::/32", true),
        ("domain", "exfil.example.com", true),
        ("url", "https://exfil.example.com/it's%5Cthere?a=1", true),
        ("email-src", "thief+drop@example.net", true),
        ("md5", "d41d8cd98f00b204e9800998ecf8427e", true),
        ("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", true),
        (
            "sha256",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            true,
        ),
        ("filename", "invoice.pdf.exe", false),
    ]
    .map(|(t, v, i)| (t.to_string(), v.to_string(), i));
    assert_eq!(typed, want);
    assert!(text.contains("AnyDesk installed on the CAD workstation."));
}

/// The STIX 2.1 bundle: TLP:RED (TLP 2.0) on every object, the incident with the narrative and
/// the classification labels, the organisation by sector only (no contact details), the
/// indicators typed in the browser as patterns (validated by OASIS's validator in
/// intel_export.rs).
pub fn check_console_stix(stix: &Value, narrative: &str) {
    assert_eq!(stix["type"], "bundle");
    let red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
    let objects = stix["objects"].as_array().unwrap();
    let of = |t: &str| {
        objects
            .iter()
            .find(|o| o["type"] == t && o["identity_class"] != "system")
            .unwrap()
    };
    assert_eq!(of("marking-definition")["id"], red);
    assert_eq!(
        of("marking-definition")["extensions"]
            ["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"]["tlp_2_0"],
        "red"
    );
    let patterns: Vec<&str> = objects
        .iter()
        .filter(|o| o["type"] == "indicator")
        .map(|o| o["pattern"].as_str().unwrap())
        .collect();
    assert_eq!(
        patterns,
        [
            "[ipv4-addr:value = '192.0.2.7']",
            "[ipv6-addr:value = '2001:db8::1']",
            "[domain-name:value = 'exfil.example.com']"
        ]
    );
    for o in objects.iter().filter(|o| o["type"] != "marking-definition") {
        assert_eq!(o["spec_version"], "2.1");
        let t = o["type"].as_str().unwrap();
        assert!(o["id"].as_str().unwrap().starts_with(&format!("{t}--")));
        assert_eq!(o["object_marking_refs"], serde_json::json!([red]));
    }
    let incident = of("incident");
    assert_eq!(incident["description"], narrative);
    let labels = incident["labels"].as_array().unwrap();
    assert!(labels.contains(&Value::from(
        "rsit:information-content-security:unauthorised-information-access"
    )));
    assert!(labels.contains(&Value::from("veris:social.email")));
    assert_eq!(of("identity")["x_tsr_nace_section"], "C");
    let refs = of("report")["object_refs"].as_array().unwrap().clone();
    assert_eq!(
        refs[..2],
        [of("identity")["id"].clone(), incident["id"].clone()]
    );
    assert_eq!(
        refs.len(),
        2 + 3 * 2,
        "an observable and an indicator per value"
    );
    assert!(!stix.to_string().contains("security@example.dk"));
    assert!(!stix.to_string().contains("DK12345678"));
}
