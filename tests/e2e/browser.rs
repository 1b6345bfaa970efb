//! The reporter's JavaScript path: headless Chromium fills the form, the browser encrypts, and
//! the server stores ciphertext only (`sealed_by = browser`), and the browser's validation gives
//! the same verdicts as the server's. The JSON API with Rust-built envelopes is in `intake_api.rs`.

use std::time::Duration;

use domain::report::{validate, AttachmentRef, Quarter, RawReport, StatsRecord, YearMonth};
use envelope::attachment::open_attachment;
use envelope::{stats, Body, Envelope, Kind, Receipt, SymmetricKey};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::instance::*;
use crate::intake::*;
use crate::webdriver::{self, write_test_file, Browser};

const LONG: Duration = Duration::from_secs(120);

pub(crate) fn this_month() -> (YearMonth, Quarter) {
    let d = time::OffsetDateTime::now_utc().date();
    let ym = YearMonth::new(d.year() as u16, u8::from(d.month())).unwrap();
    (ym, ym.quarter())
}

/// The form as the test types it into the browser, for the expected JSON computed in Rust.
pub(crate) fn typed_report() -> RawReport {
    RawReport {
        member_state: "DK".into(),
        sector: "C".into(),
        incident_class: "information-content-security:unauthorised-information-access".into(),
        attack_vector: "social.email".into(),
        actor_type: "competitor".into(),
        incident_month: "2026-03".into(),
        detection_month: "2026-05".into(),
        loss_eur: "1.250.000".into(),
        jobs_at_risk: "12".into(),
        what_taken: "  Source code of the pump controller  ".into(),
        narrative: format!(
            "A spear-phishing mail to our design office in Ærøskøbing.\nThe VPN password \
             was reused — we found it on 3 May. {}",
            crate::canary::CANARY
        ),
        contact: format!("security@example.dk {}", crate::canary::CANARY),
        organisation_id: "dk 1234.5678".into(),
        recipients: vec!["EUIPO".into()],
        consent: "yes".into(),
        language: "en".into(),
        ..RawReport::default()
    }
}

pub(crate) async fn wait_text(b: &Browser, css: &str, needle: &str) -> String {
    let deadline = std::time::Instant::now() + LONG;
    let mut last = None;
    loop {
        // The page may replace the element between finding it and reading it.
        if let Some(e) = b.find(css).await {
            if let Some(text) = b.try_text(&e).await {
                if text.contains(needle) {
                    return text;
                }
                last = Some(text);
            }
        }
        if std::time::Instant::now() > deadline {
            panic!(
                "{css} says {last:?}, not {needle:?}; browser log:\n{}",
                b.console_log().await.join("\n")
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_browser_encrypts_a_complete_report_that_reviewers_open() {
    if !webdriver::available() {
        return;
    }
    let (month, quarter) = this_month();
    assert!(
        month >= YearMonth::new(2026, 5).unwrap(),
        "the test data needs 2026-05 to be past"
    );
    let inst = Instance::sqlite_process(&[("POW_BITS", "8")]);
    let tmp = tempfile::tempdir().unwrap();
    // 300 kB: five secretstream chunks.
    let (path, file) = write_test_file(tmp.path(), "impeller design.dwg", 300_000);
    let b = Browser::start().await;
    b.goto(&inst.url("/report?lang=en")).await;
    b.wait_for("#report-form[data-encryption=\"browser\"]", LONG)
        .await;
    let guarantee = b.find("#guarantee").await.unwrap();
    assert!(b.text(&guarantee).await.contains("your browser encrypts"));

    // An empty form: the browser shows every error the server would, and sends nothing.
    let submit = b.find("#report-form button[type=submit]").await.unwrap();
    b.click(&submit).await;
    let summary = b.wait_visible(".error-summary", LONG).await;
    assert!(
        b.text(&summary).await.contains("The form has 11 errors"),
        "{}",
        b.text(&summary).await
    );
    // Each summary entry names its field (WCAG 3.3.1), as the server's summary does.
    let listed = b.text(&summary).await;
    for entry in [
        "What happened: This field is required.",
        "Member state where your company is established: This field is required.",
        "Recipients: Choose at least one recipient",
    ] {
        assert!(listed.contains(entry), "{entry} in {listed}");
    }
    let focused = b
        .execute("return document.activeElement.className;", vec![])
        .await;
    assert_eq!(focused, "error-summary", "focus moves to the summary");
    for (id, message) in [
        ("recipients", "Choose at least one recipient"),
        ("member-state", "This field is required."),
        ("incident-month", "This field is required."),
        ("narrative", "This field is required."),
        ("consent", "Tick the box"),
    ] {
        let e = b
            .find(&format!("#{id}-error.field-error"))
            .await
            .unwrap_or_else(|| panic!("{id}"));
        assert!(b.text(&e).await.contains(message), "{id}");
    }
    let ms = b.find("#member-state").await.unwrap();
    assert_eq!(
        b.attribute(&ms, "aria-invalid").await.as_deref(),
        Some("true")
    );
    assert!(b
        .attribute(&ms, "aria-describedby")
        .await
        .unwrap()
        .contains("member-state-error"));
    assert_eq!(inst.counts(), [0; 5]);

    // A wrong value in one field: only that error remains once the rest is filled in.
    let r = typed_report();
    b.click(&b.find("input[name=recipients][value=EUIPO]").await.unwrap())
        .await;
    for (css, v) in [
        ("#member-state", &r.member_state),
        ("#sector", &r.sector),
        ("#incident-class", &r.incident_class),
        ("#attack-vector", &r.attack_vector),
        ("#actor-type", &r.actor_type),
    ] {
        b.select(css, v).await;
    }
    b.set_value("#incident-month", &r.incident_month).await;
    b.set_value("#detection-month", "2026-02").await;
    b.type_into("#loss-eur", &r.loss_eur).await;
    b.type_into("#jobs-at-risk", &r.jobs_at_risk).await;
    b.type_into("#what-taken", &r.what_taken).await;
    b.type_into("#narrative", &r.narrative).await;
    b.type_into("#contact", &r.contact).await;
    b.type_into("#organisation-id", &r.organisation_id).await;
    b.click(&b.find("#consent").await.unwrap()).await;
    b.send_keys(
        &b.find("#attachments").await.unwrap(),
        &path.display().to_string(),
    )
    .await;
    b.click(&submit).await;
    wait_text(&b, ".error-summary", "The form has 1 error").await;
    let e = b.find("#detection-month-error").await.unwrap();
    assert!(b
        .text(&e)
        .await
        .contains("cannot be before the month it started"));
    assert!(
        b.find("#member-state-error").await.is_none(),
        "fixed errors are cleared"
    );
    b.set_value("#detection-month", &r.detection_month).await;

    // A bad indicator: the browser names its line (as the server does), keeps what was typed
    // and sends nothing.
    b.type_into("#indicator-ip", "192.0.2.7\n192.0.2.300").await;
    b.click(&submit).await;
    wait_text(&b, ".error-summary", "The form has 1 error").await;
    wait_text(
        &b,
        "#indicator-ip-error",
        "Line 2 is not an IP address or CIDR range.",
    )
    .await;
    let ip = b.find("#indicator-ip").await.unwrap();
    assert_eq!(
        b.property(&ip, "value").await,
        json!("192.0.2.7\n192.0.2.300")
    );
    assert_eq!(
        b.attribute(&ip, "aria-invalid").await.as_deref(),
        Some("true")
    );
    assert_eq!(inst.counts(), [0; 5]);
    b.set_value("#indicator-ip", "").await;

    // A keyring signed by another key than the one this page shows: refused, nothing sent.
    let form = b.find("#report-form").await.unwrap();
    let fingerprint = b.attribute(&form, "data-fingerprint").await.unwrap();
    b.execute(
        "document.getElementById('report-form').dataset.fingerprint = 'AAAA-AAAA-AAAA-AAAA';",
        vec![],
    )
    .await;
    b.click(&submit).await;
    wait_text(&b, "#js-failure", "could not be verified").await;
    assert!(b.find(".error-summary").await.is_none());
    assert_eq!(inst.counts(), [0; 5]);
    b.execute(
        "document.getElementById('report-form').dataset.fingerprint = arguments[0];",
        vec![json!(fingerprint)],
    )
    .await;

    // The server refuses (an expired form): its message is shown and the draft survives.
    let csrf = b.find("input[name=csrf]").await.unwrap();
    let token = b.property(&csrf, "value").await;
    b.execute(
        "document.querySelector('input[name=csrf]').value = 'expired';",
        vec![],
    )
    .await;
    b.click(&submit).await;
    wait_text(&b, "#js-failure-message", "this form has expired").await;
    assert_eq!(inst.counts(), [0; 5]);
    let narrative = b.find("#narrative").await.unwrap();
    assert_eq!(b.property(&narrative, "value").await, json!(r.narrative));
    let files = b
        .execute(
            "return document.getElementById('attachments').files.length;",
            vec![],
        )
        .await;
    assert_eq!(files, json!(1), "the selected file is kept");
    b.execute(
        "document.querySelector('input[name=csrf]').value = arguments[0];",
        vec![token],
    )
    .await;

    // Try again: encrypted in the browser and stored.
    b.click(&b.find("#js-retry").await.unwrap()).await;
    let receipt_el = b.wait_visible("#js-receipt", LONG).await;
    let receipt = b.text(&receipt_el).await;
    assert_eq!(receipt.len(), 29, "{receipt}");
    assert!(b.find("#report-form").await.is_none(), "the form is gone");
    assert!(b.title().await.starts_with("Report received"));
    let sent_to = b.find("#js-sent-to").await.unwrap();
    assert!(b.text(&sent_to).await.ends_with("sent to: EUIPO."));
    let download = b.find("#js-receipt-download").await.unwrap();
    assert!(b
        .attribute(&download, "href")
        .await
        .unwrap()
        .starts_with("blob:"));
    assert_eq!(
        b.attribute(&download, "download").await.as_deref(),
        Some("receipt.txt")
    );
    b.click(&download).await;
    let receipt_file = String::from_utf8(b.downloaded("receipt.txt", LONG).await).unwrap();
    assert!(
        receipt_file.starts_with("Receipt code for your report"),
        "{receipt_file}"
    );
    assert!(
        receipt_file.contains(&format!("\n    {receipt}\n")),
        "{receipt_file}"
    );
    assert!(b.find("#js-print").await.is_some());
    let log = b.console_log().await;
    assert!(
        !log.iter()
            .any(|l| l.contains("Content Security Policy") || l.contains("report.js")),
        "{log:#?}"
    );

    // What reviewers get: exactly the JSON the server would have built from the same form.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let parsed = Receipt::parse(&receipt).unwrap();
    let report =
        storage::reports::find_report_by_receipt_lookup(&mut c, &parsed.lookup_hash().unwrap())
            .unwrap()
            .expect("stored under the receipt's lookup hash");
    assert_eq!(report.sealed_by, storage::SealedBy::Browser);
    assert!(report.to_euipo && !report.to_ec3);
    assert_eq!(
        report.reporter_pk,
        parsed.reporter_keypair().unwrap().public.0
    );
    let env = Envelope::parse(&report.envelope).unwrap();
    assert_eq!(envelope::hex(&env.id), report.id);
    assert!(
        env.open(
            Kind::Report,
            &envelope::unhex::<16>(&report.id).unwrap(),
            reviewer_key(Body::Ec3)
        )
        .is_err(),
        "not sealed to a body not chosen"
    );
    let plain = env
        .open(
            Kind::Report,
            &envelope::unhex::<16>(&report.id).unwrap(),
            reviewer_key(Body::Euipo),
        )
        .unwrap();
    let json: Value = serde_json::from_slice(&plain).unwrap();
    let att = &json["attachments"][0];
    assert_eq!(att["name"], "impeller design.dwg");
    assert_eq!(att["size"], 300_000);
    let refs = vec![AttachmentRef {
        id: att["id"].as_str().unwrap().into(),
        name: att["name"].as_str().unwrap().into(),
        media_type: att["type"].as_str().unwrap().into(),
        size: 300_000,
        key_b64: att["key"].as_str().unwrap().into(),
    }];
    let fields = validate(&r, month).unwrap();
    let expected = fields.report_json(&refs);
    assert_eq!(json, expected);
    assert_eq!(
        &plain[..],
        &serde_json::to_vec(&expected).unwrap()[..],
        "byte for byte"
    );
    assert_eq!(json["fields"]["narrative"], r.narrative);
    assert_eq!(
        json["fields"]["what_taken"],
        "Source code of the pump controller"
    );
    assert_eq!(json["fields"]["loss_eur"], 1_250_000);
    assert_eq!(json["fields"]["organisation_id"], "DK12345678");

    // The attachment: prefix and five chunks, decrypting to the exact bytes.
    let chunks = storage::reports::attachment_chunks(&mut c, att["id"].as_str().unwrap()).unwrap();
    assert_eq!(chunks.len(), 1 + 5);
    let key = SymmetricKey::from_b64(att["key"].as_str().unwrap()).unwrap();
    assert!(open_attachment(&key, &chunks.concat()).unwrap()[..] == file[..]);

    // The statistics record: opens with the anonymizer key and validates.
    let records = storage::stats::stats_records_for_report(&mut c, &report.id).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].source, storage::Source::Reporter);
    let rec = stats::open_record(&records[0].sealed, anonymizer_key()).unwrap();
    let record: StatsRecord = serde_json::from_slice(&rec).unwrap();
    record.validate().unwrap();
    assert_eq!(record, fields.stats_record(&report.id, quarter));
    assert_eq!(&rec[..], &serde_json::to_vec(&record).unwrap()[..]);

    // The reporter follows up with the receipt, without JavaScript.
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Received, not yet acknowledged"));
    assert!(!html.contains("encrypted by the server on arrival"));
    assert_eq!(inst.counts(), [1, 2, 1, 1, 0]);

    // The canary typed in the contact field and hidden in the file reached nowhere readable.
    crate::canary::assert_clean_sqlite(&inst);
    crate::canary::assert_clean_log_and_tmp(&inst);
}

/// ISO 7064 MOD 97-10, to make valid LEIs for the parity table.
fn lei(base18: &str) -> String {
    let r = format!("{base18}00").chars().fold(0u32, |r, c| {
        let v = c.to_digit(36).unwrap();
        if v < 10 {
            (r * 10 + v) % 97
        } else {
            (r * 100 + v) % 97
        }
    });
    format!("{base18}{:02}", 98 - r)
}

/// What `domain::report::validate` makes of `input` in `field`: `{"ok": normalized}` or
/// `{"err": code}` (the message id without `error-`).
fn server_says(field: &str, input: &str, today: YearMonth) -> Value {
    let mut raw = typed_report();
    raw.detection_month = today.to_string();
    match field {
        "loss_eur" => raw.loss_eur = input.into(),
        "jobs_at_risk" => raw.jobs_at_risk = input.into(),
        "organisation_id" => raw.organisation_id = input.into(),
        "what_taken" => raw.what_taken = input.into(),
        "contact" => raw.contact = input.into(),
        "incident_month" => raw.incident_month = input.into(),
        _ => unreachable!(),
    }
    match validate(&raw, today) {
        Ok(f) => json!({"ok": match field {
            "loss_eur" => json!(f.loss_eur),
            "jobs_at_risk" => json!(f.jobs_at_risk),
            "organisation_id" => json!(f.organisation_id.as_ref().map(|o| o.as_str().to_string())),
            "what_taken" => json!(f.what_taken),
            "contact" => json!(f.contact),
            _ => json!(f.incident_month.to_string()),
        }}),
        Err(errors) => {
            let e = errors
                .iter()
                .find(|e| e.field == field)
                .unwrap_or_else(|| panic!("{errors:?}"));
            json!({"err": e.code.message_id().trim_start_matches("error-")})
        }
    }
}

#[tokio::test]
async fn validation_in_the_browser_matches_the_server() {
    if !webdriver::available() {
        return;
    }
    use domain::taxonomy::*;
    let (today, _) = this_month();
    let long = |n: usize, c: &str| c.repeat(n);
    let cases: Vec<(&str, String)> = [
        (
            "loss_eur",
            vec![
                "250000",
                "250 000",
                "1.000.000",
                "1,000,000",
                "1\u{a0}000",
                "1\u{202f}000",
                "1\u{2009}000",
                "  42  ",
                "",
                "   ",
                "1,5",
                "99.90",
                "1 000.000",
                "12a",
                "-5",
                "+5",
                ",100",
                "100,",
                "1 0000",
                "1000 000",
                "0001",
                "1000000000",
                "1000000001",
                "1.000.000.001",
                "99999999999999999999",
                "١٢٣",
                "１２",
            ],
        ),
        (
            "jobs_at_risk",
            vec!["12", "1,000,000", "1000001", "4294967297", "3.5"],
        ),
        (
            "organisation_id",
            vec![
                "DK12345678",
                "dk 1234.5678",
                " DE-123456789 ",
                "EL123456789",
                "GR123456789",
                "XX123456",
                "DK1",
                "DK12",
                "DK1234567890123",
                "DK12345678901234",
                "dk_123",
                "DKæ123",
                "",
                "  ",
                "ATU12345678",
            ],
        ),
        (
            "what_taken",
            vec![
                "plain",
                "  a\r\nb\r c\u{7}d\te  ",
                "\u{feff}x\u{feff}",
                "\u{85}x\u{a0}",
                "",
                " \r\n\t ",
                "\u{200b}zero width",
                "tab\tkept\nnewline kept",
            ],
        ),
        (
            "contact",
            vec!["", "  x  ", "\u{0}\u{1f}\u{7f}\u{9f}", "\u{2028}y\u{2029}"],
        ),
        (
            "incident_month",
            vec![
                "2026-03",
                " 2026-03 ",
                "2026-3",
                "1989-12",
                "1990-01",
                "2026-13",
                "2026-00",
                "0000-01",
                "abcd-ef",
                "2026/03",
                "2099-01",
                "２０２６-03",
                "",
            ],
        ),
    ]
    .into_iter()
    .flat_map(|(f, inputs)| inputs.into_iter().map(move |i| (f, i.to_string())))
    .chain([
        ("organisation_id", lei("5493001KJTIIGC8Y1R")),
        ("organisation_id", lei("5493001KJTIIGC8Y1R").to_lowercase()),
        (
            "organisation_id",
            format!("{}1", &lei("5493001KJTIIGC8Y1R")[..19]),
        ),
        (
            "organisation_id",
            format!("{}AB", &lei("5493001KJTIIGC8Y1R")[..18]),
        ),
        ("what_taken", long(MAX_WHAT_TAKEN_CHARS, "é")),
        ("what_taken", long(MAX_WHAT_TAKEN_CHARS + 1, "é")),
        ("what_taken", long(MAX_WHAT_TAKEN_CHARS, "😀")),
        ("what_taken", long(MAX_WHAT_TAKEN_CHARS + 1, "😀")),
        (
            "what_taken",
            format!("  {}  ", long(MAX_WHAT_TAKEN_CHARS, "a")),
        ),
        ("contact", long(MAX_CONTACT_CHARS + 1, "a")),
        ("incident_month", today.to_string()),
    ])
    .collect();

    let inst = Instance::sqlite(&[]);
    let b = Browser::start().await;
    b.goto(&inst.url("/report")).await;
    b.wait_for("#report-form[data-encryption=\"browser\"]", LONG)
        .await;
    let answers = b
        .execute(
            "const R = TSR.reportRules;
             const states = Array.from(document.querySelectorAll('#member-state option'), o => o.value);
             const [cases, today, bounds] = arguments;
             return cases.map(([field, input]) => {
               try {
                 switch (field) {
                   case 'loss_eur': return {ok: R.amount(input, bounds.loss, 'loss-too-large')};
                   case 'jobs_at_risk': return {ok: R.amount(input, bounds.jobs, 'jobs-too-large')};
                   case 'organisation_id': return {ok: R.organisation(input, states)};
                   case 'what_taken': return {ok: R.requiredText(input, bounds.what)};
                   case 'contact': return {ok: R.optionalText(input, bounds.contact)};
                   default: return {ok: R.monthText(R.month(input, R.parseMonth(today), bounds.year))};
                 }
               } catch (e) { return {err: e.code}; }
             });",
            vec![
                json!(cases),
                json!(today.to_string()),
                json!({
                    "loss": MAX_LOSS_EUR, "jobs": MAX_JOBS, "what": MAX_WHAT_TAKEN_CHARS,
                    "contact": MAX_CONTACT_CHARS, "year": EARLIEST_YEAR,
                }),
            ],
        )
        .await;
    let answers = answers.as_array().unwrap();
    assert_eq!(answers.len(), cases.len());
    let mut differences = Vec::new();
    for ((field, input), browser) in cases.iter().zip(answers) {
        let server = server_says(field, input, today);
        if &server != browser {
            differences.push(format!(
                "{field} {input:?}: server {server}, browser {browser}"
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
