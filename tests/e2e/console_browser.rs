//! The reviewer console's browser half, end to end in headless Chromium: enrolment with a key
//! pair made and wrapped in the browser, `tsr-admin keys sign-keyring`, a restart, one report
//! through the JavaScript path and one through the no-JavaScript path, login, opening both
//! (exact narrative, an attachment's exact bytes), acknowledging with a message, a question and
//! an internal note; the reporter reads the question with the receipt and answers; the reviewer
//! reads the answer. Nothing readable reaches the database files, the log or the temp directory.

use std::time::Duration;

use domain::report::{validate, StatsRecord};
use envelope::{Envelope, KeyPair, Receipt, WrappedKey};
use reqwest::StatusCode;
use serde_json::Value;

use crate::browser::{this_month, typed_report, wait_text};
use crate::canary::CANARY;
use crate::console::{add, enrolled, Rev, PASSWORD, UNLOCK};
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{follow_up, good_fields, reply, submit_ok, with};
use crate::webdriver::login_in_browser;
use crate::webdriver::{self, write_test_file, Browser};

const LONG: Duration = Duration::from_secs(120);

/// Enrols `name` in the browser; returns the test's view of the account.
async fn enrol_in_browser(b: &Browser, inst: &Instance, name: &str) -> Rev {
    let path = add(inst, "EUIPO", name);
    b.goto(&inst.url(&format!("{path}?lang=en"))).await;
    b.wait_for("#enrol-form[data-key-pair=\"browser\"]", LONG)
        .await;
    let secret = b.text(&b.find("#totp-secret").await.unwrap()).await;
    let mut rev = Rev {
        name: name.to_string(),
        secret: server::auth::totp::secret_from_base32(&secret).unwrap(),
        last_step: 0,
    };
    b.type_into("#password", PASSWORD).await;
    b.type_into("#password_confirm", PASSWORD).await;
    // The login password as unlock passphrase: refused in the browser, nothing posted.
    b.type_into("#unlock-passphrase", PASSWORD).await;
    b.type_into("#unlock-passphrase-confirm", PASSWORD).await;
    b.type_into("#code", "000000").await;
    let submit = b.find("#enrol-form button[type=submit]").await.unwrap();
    b.click(&submit).await;
    wait_text(
        b,
        "#key-status",
        "must be different from your login password",
    )
    .await;
    b.set_value("#unlock-passphrase", UNLOCK).await;
    b.set_value("#unlock-passphrase-confirm", UNLOCK).await;
    b.set_value("#code", &rev.fresh_code()).await;
    b.click(&submit).await;
    wait_text(b, "#message", "Your account is ready").await;
    rev
}

/// Fills the report form in the browser and sends it; returns the receipt.
async fn submit_in_browser(b: &Browser, inst: &Instance, file: &std::path::Path) -> String {
    let r = typed_report();
    b.goto(&inst.url("/report?lang=en")).await;
    b.wait_for("#report-form[data-encryption=\"browser\"]", LONG)
        .await;
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
    b.set_value("#detection-month", &r.detection_month).await;
    for (css, v) in [
        ("#loss-eur", &r.loss_eur),
        ("#jobs-at-risk", &r.jobs_at_risk),
        ("#what-taken", &r.what_taken),
        ("#narrative", &r.narrative),
        ("#contact", &r.contact),
        ("#organisation-id", &r.organisation_id),
    ] {
        b.type_into(css, v).await;
    }
    // Indicators, as a reporter pastes them: normalised by the browser before sealing.
    b.type_into("#indicator-ip", "192.0.2.7\n2001:DB8::1").await;
    b.type_into("#indicator-domain", "Exfil.Example.COM").await;
    b.click(&b.find("#consent").await.unwrap()).await;
    b.type_into("#attachments", &file.display().to_string())
        .await;
    b.click(&b.find("#report-form button[type=submit]").await.unwrap())
        .await;
    let receipt = b.wait_visible("#js-receipt", LONG).await;
    b.text(&receipt).await
}

/// Opens a report page and unlocks the key (after one wrong passphrase) if the page asks.
async fn open_report(b: &Browser, inst: &Instance, id: &str, wrong_first: bool) {
    b.goto(&inst.url(&format!("/console/reports/{id}?lang=en")))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    if wrong_first {
        // Only on the first page of a sign-in: the key holder opens the next ones.
        b.type_into("#unlock-passphrase", "not the unlock passphrase")
            .await;
        b.click(&b.find("#unlock-submit").await.unwrap()).await;
        wait_text(
            b,
            "#report-status-line",
            "The unlock passphrase is not right",
        )
        .await;
    }
    crate::console_triage::unlock_if_asked(b, UNLOCK).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
}

async fn text_content(b: &Browser, css: &str) -> String {
    let e = b
        .find(css)
        .await
        .unwrap_or_else(|| panic!("no element {css}"));
    b.property(&e, "textContent")
        .await
        .as_str()
        .unwrap()
        .to_string()
}

/// Saves the first attachment of the open report and returns the saved file.
async fn save_first_attachment(b: &Browser, name: &str) -> Vec<u8> {
    let _ = std::fs::remove_file(b.download_dir().join(name));
    b.click(&b.find("button.save-attachment").await.unwrap())
        .await;
    b.downloaded(name, LONG).await
}

async fn send(b: &Browser, form: &str, text: &str, seq: usize) {
    b.set_value(&format!("#{form}-text"), text).await;
    b.click(&b.find(&format!("#{form}-submit")).await.unwrap())
        .await;
    wait_text(b, &format!("#message-{seq}"), text).await;
}

fn report_of(inst: &Instance, receipt: &str) -> storage::reports::Report {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = Receipt::parse(receipt).unwrap().lookup_hash().unwrap();
    storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn console_browser_enrols_reads_both_paths_and_converses() {
    if !webdriver::available() {
        return;
    }
    let (month, _) = this_month();
    // The body's TAXII server (medallion, answering CORS), if the test venv is there.
    let taxii_dir = tempfile::tempdir().unwrap();
    let taxii = crate::helpers::test_python()
        .map(|python| crate::taxii_push::start_medallion(&python, taxii_dir.path(), true));
    let taxii_origin = taxii
        .as_ref()
        .map(|(_, port)| format!("http://127.0.0.1:{port}"))
        .unwrap_or_default();
    let mut inst =
        Instance::sqlite_own_keys_process(&[("POW_BITS", "8"), ("TAXII_ORIGINS", &taxii_origin)]);
    let b = Browser::start().await;

    // Enrolment: the server stores the public key and the wrapped key, which Rust unwraps.
    let mut rev = enrol_in_browser(&b, &inst, "rita").await;
    let reviewer = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name("rita"),
        )
        .unwrap()
        .unwrap()
    };
    let wrapped =
        WrappedKey::from_json(reviewer.profile.wrapped_private_key.as_deref().unwrap()).unwrap();
    assert!(wrapped.unwrap_x25519(PASSWORD.as_bytes()).is_err());
    let rita: KeyPair = wrapped.unwrap_x25519(UNLOCK.as_bytes()).unwrap();
    assert_eq!(
        reviewer.profile.public_key.as_deref(),
        Some(&rita.public.0[..])
    );
    assert_eq!(wrapped.label, format!("euipo-enrolled-{}", reviewer.id));
    // The page that ends the enrolment shows the key's fingerprint, to read out to the operator.
    let done = b.text(&b.find("#message").await.unwrap()).await;
    assert!(
        done.contains(&format!("fingerprint is {}.", rita.public.fingerprint())),
        "{done}"
    );
    // The message signing key, made and wrapped in the browser too.
    let signing = WrappedKey::from_json(reviewer.profile.wrapped_signing_key.as_deref().unwrap())
        .unwrap()
        .unwrap_signing(UNLOCK.as_bytes())
        .unwrap()
        .public_key()
        .unwrap();
    assert_eq!(
        reviewer.profile.signing_public_key.as_deref(),
        Some(&signing.0[..])
    );

    // The keyring: signed with rita's key once; a second run has nothing to do.
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains("serial 1 -> 2"), "{printed}");
    let added = printed
        .lines()
        .find(|l| l.starts_with("EUIPO  added"))
        .unwrap_or_else(|| panic!("{printed}"));
    assert!(added.contains(&format!("euipo-enrolled-{} ", reviewer.id)));
    assert!(added.ends_with(&rita.public.fingerprint()), "{added}");
    assert!(printed.contains("Restart `server serve`"), "{printed}");
    let again = sign_keyring(&inst, &inst.keys);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("nothing to change"),
        "{}",
        text(&again.stderr)
    );
    // A keyring whose signature does not verify is not re-signed.
    let bad = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(&inst.keys).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), bad.path().join(f.file_name())).unwrap();
    }
    let kr = bad.path().join("keyring.json");
    let tampered = std::fs::read_to_string(&kr)
        .unwrap()
        .replace("\"serial\":2", "\"serial\":3");
    std::fs::write(&kr, tampered).unwrap();
    let refused = sign_keyring(&inst, bad.path());
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("refusing to re-sign"),
        "{}",
        text(&refused.stderr)
    );

    // The server reads the keyring at start.
    inst.restart();
    let served = crate::intake::page(&inst, "/keyring.json").await;
    assert!(served.contains(&rita.public.to_b64()));

    // One report through each path, both with a file holding the canary.
    let tmp = tempfile::tempdir().unwrap();
    let (path, js_file) = write_test_file(tmp.path(), "impeller design.dwg", 150_000);
    let js_receipt = submit_in_browser(&b, &inst, &path).await;
    let nojs_narrative = format!("Line one of what happened.\nLine two, {CANARY}.");
    let (_, nojs_file) = write_test_file(tmp.path(), "plan.pdf", 70_000);
    let nojs_receipt = submit_ok(
        &inst,
        &with(&good_fields(), "narrative", &nojs_narrative),
        &[("plan.pdf", nojs_file.clone())],
    )
    .await;
    let (js, nojs) = (
        report_of(&inst, &js_receipt),
        report_of(&inst, &nojs_receipt),
    );
    assert_eq!(js.sealed_by, storage::SealedBy::Browser);
    assert_eq!(nojs.sealed_by, storage::SealedBy::Server);

    // Login, the inbox links to both.
    login_in_browser(&b, &inst, &mut rev).await;
    for r in [&js, &nojs] {
        assert!(b
            .find(&format!(
                "a.open-report[href^=\"/console/reports/{}\"]",
                r.id
            ))
            .await
            .is_some());
    }

    // The no-JavaScript report: exact narrative, labels, the attachment's exact bytes.
    open_report(&b, &inst, &nojs.id, true).await;
    assert_eq!(text_content(&b, "#field-narrative").await, nojs_narrative);
    assert_eq!(text_content(&b, "#field-sector").await, "Manufacturing (C)");
    assert_eq!(
        save_first_attachment(&b, "plan.pdf").await,
        nojs_file,
        "the saved file is the uploaded one"
    );
    let sealed_by = text_content(&b, "#report-sealed-by").await;
    assert!(sealed_by.contains("weaker guarantee"), "{sealed_by}");

    // The JavaScript report: the same, then acknowledge, ask and note.
    open_report(&b, &inst, &js.id, false).await;
    let typed = typed_report();
    let expected = validate(&typed, month).unwrap().report_json(&[]);
    let narrative = text_content(&b, "#field-narrative").await;
    assert_eq!(narrative, expected["fields"]["narrative"].as_str().unwrap());
    assert_eq!(
        text_content(&b, "#field-what-taken").await,
        "Source code of the pump controller"
    );
    assert_eq!(
        save_first_attachment(&b, "impeller design.dwg").await,
        js_file
    );
    let ack = text_content(&b, "#ack-text").await;
    b.click(&b.find("#ack-submit").await.unwrap()).await;
    wait_text(&b, "#report-status", "Acknowledged").await;
    wait_text(&b, "#message-1", &ack).await;
    let question = format!("Which VPN product do you use? {CANARY}");
    send(&b, "message", &question, 2).await;
    // Signed in the browser: the console names rita from the keyring; the row's signature
    // verifies over this report, message and envelope.
    assert!(text_content(&b, "#message-2 .who")
        .await
        .contains("rita (EUIPO reviewer)"));
    crate::signed_messages::assert_signed_by(&inst, &js.id, 1, &signing);
    let note = format!("Looks like the 2025 campaign. {CANARY}");
    send(&b, "note", &note, 3).await;
    let note_el = b.find("#message-3").await.unwrap();
    assert_eq!(
        b.attribute(&note_el, "data-author").await.as_deref(),
        Some("note")
    );
    // Internal notes are signed the same way (the envelope's kind byte tells them apart).
    crate::signed_messages::assert_signed_by(&inst, &js.id, 2, &signing);
    assert_eq!(
        report_of(&inst, &js_receipt).status,
        storage::Status::Acknowledged
    );

    // Validated classification: a month after the submission quarter is refused in the
    // browser; the corrected sector is sealed to the anonymizer and stored as the reviewer's.
    b.set_value("#classify-incident-month", "2999-01").await;
    b.click(&b.find("#classify-submit").await.unwrap()).await;
    wait_text(&b, "#report-status-line", "Check the classification").await;
    b.set_value("#classify-incident-month", &typed.incident_month)
        .await;
    b.select("#classify-sector", "J").await;
    b.click(&b.find("#classify-submit").await.unwrap()).await;
    wait_text(
        &b,
        "#report-status-line",
        "classification was encrypted and saved",
    )
    .await;
    let records = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::stats::stats_records_for_report(&mut c, &js.id).unwrap()
    };
    assert_eq!(records.len(), 2, "the reporter's and the reviewer's");
    let open_rec = |sealed: &[u8]| -> StatsRecord {
        let plain = envelope::stats::open_record(sealed, anonymizer_key()).unwrap();
        let rec: StatsRecord = serde_json::from_slice(&plain).unwrap();
        rec.validate().unwrap();
        rec
    };
    let reporters = records
        .iter()
        .find(|r| r.source == storage::Source::Reporter)
        .unwrap();
    let reviewers = records
        .iter()
        .find(|r| r.source == storage::Source::Reviewer)
        .unwrap();
    assert_eq!(reviewers.reviewer_id, Some(reviewer.id));
    // Signed in the browser as rita's keyring entry (keys/FORMAT.md, "Signed classifications").
    let signer = format!("euipo-enrolled-{}", reviewer.id);
    assert_eq!(reviewers.signer.as_deref(), Some(signer.as_str()));
    assert!(envelope::signature::verify_classification(
        &signing,
        &envelope::unhex::<16>(&js.id).unwrap(),
        &reviewers.sealed,
        &signer,
        reviewers.signature.as_deref().expect("signed"),
    ));
    let (theirs, ours) = (open_rec(&reporters.sealed), open_rec(&reviewers.sealed));
    assert_eq!(ours.sector, "J");
    assert_eq!(ours.source, domain::report::Source::Reviewer);
    assert_eq!(
        StatsRecord {
            sector: theirs.sector.clone(),
            source: theirs.source,
            ..ours.clone()
        },
        theirs,
        "only the corrected field differs"
    );

    // The indicators the reporter typed, normalised, listed for the reviewer.
    let ips = text_content(&b, "#indicator-ip").await;
    assert!(
        ips.contains("192.0.2.7") && ips.contains("2001:db8::1"),
        "{ips}"
    );

    // Exports, built in the browser from the decrypted report once the server logged them.
    b.select("#export-tlp", "red").await;
    b.click(&b.find("#export-stix").await.unwrap()).await;
    let stix: Value = serde_json::from_slice(
        &b.downloaded(&format!("report-{}.stix.json", js.id), LONG)
            .await,
    )
    .unwrap();
    crate::intel_export::check_console_stix(&stix, &narrative);
    b.click(&b.find("#export-misp").await.unwrap()).await;
    let misp: Value = serde_json::from_slice(
        &b.downloaded(&format!("report-{}.misp.json", js.id), LONG)
            .await,
    )
    .unwrap();
    let tags: Vec<&str> = misp["Event"]["Tag"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(tags.contains(&"tlp:red"), "{tags:?}");
    assert!(
        tags.contains(&"rsit:information-content-security=\"unauthorised-information-access\""),
        "{tags:?}"
    );
    assert!(misp["Event"]["Attribute"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["value"] == narrative.as_str()));
    assert!(!misp.to_string().contains("security@example.dk"));

    // The STIX bundle pushed from this page to the TAXII collection lands there.
    if let Some((_, port)) = &taxii {
        crate::taxii_push::push_from_console(&b, *port).await;
    }

    // The reporter, with the receipt and no JavaScript: reads both messages, not the note.
    let (status, html) = follow_up(&inst, &js_receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains(&ack), "{html}");
    assert!(html.contains(&question), "{html}");
    assert_eq!(
        html.matches("From rita (EUIPO reviewer) (signature verified)")
            .count(),
        2
    );
    assert!(!html.contains("2025 campaign"));
    let answer = format!("FortiGate 60F, firmware 7.2. {CANARY}");
    let (status, html) = reply(&inst, &html, &js_receipt, &answer).await;
    assert_eq!(status, StatusCode::OK, "{html}");

    // The reviewer sees the answer in the thread.
    open_report(&b, &inst, &js.id, false).await;
    wait_text(&b, "#message-4", &answer).await;
    let answer_el = b.find("#message-4").await.unwrap();
    assert_eq!(
        b.attribute(&answer_el, "data-author").await.as_deref(),
        Some("reporter")
    );

    // A newcomer, enrolled after the reports arrived and signed into the keyring: rita gives
    // access in the browser; the newcomer reads the report with the granted data key.
    let mut sam = enrolled(&inst, "EUIPO", "sam").await;
    let sam_row = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name("sam"),
        )
        .unwrap()
        .unwrap()
    };
    let sam_key = WrappedKey::from_json(sam_row.profile.wrapped_private_key.as_deref().unwrap())
        .unwrap()
        .unwrap_x25519(UNLOCK.as_bytes())
        .unwrap();
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("serial 2 -> 3"));
    inst.restart();
    open_report(&b, &inst, &js.id, false).await;
    let grant = format!("#grant-euipo-enrolled-{}", sam_row.id);
    b.click(&b.wait_for(&grant, LONG).await).await;
    wait_text(&b, "#report-status-line", "Access given").await;
    b.wait_for("#grants-none", LONG).await;
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let slots = storage::reports::slots_for_report(&mut c, &js.id).unwrap();
        let granted = slots
            .iter()
            .find(|s| s.recipient_pk == sam_key.public.0)
            .expect("a slot for the newcomer");
        assert_eq!(granted.granted_by, Some(reviewer.id));
        let key = envelope::sealed::open_data_key(&granted.sealed_key, &sam_key).unwrap();
        let plain = Envelope::parse(&js.envelope)
            .unwrap()
            .open_with_data_key(
                envelope::Kind::Report,
                &envelope::unhex::<16>(&js.id).unwrap(),
                &key,
            )
            .unwrap();
        assert!(String::from_utf8_lossy(&plain).contains("Ærøskøbing"));
    }
    login_in_browser(&b, &inst, &mut sam).await;
    open_report(&b, &inst, &js.id, false).await;
    assert_eq!(text_content(&b, "#field-narrative").await, narrative);
    // A grant covers the report; messages sealed before the newcomer's key was in the keyring
    // have their own data keys and stay closed to them (not re-granted yet).
    wait_text(&b, "#message-4", "cannot be opened with your key").await;

    // What the server holds: the messages open with rita's key in Rust too; the note does not
    // open with the reporter's key.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let msgs = storage::messages::list_messages(&mut c, &js.id, true).unwrap();
    assert_eq!(msgs.len(), 4);
    let me = Receipt::parse(&js_receipt)
        .unwrap()
        .reporter_keypair()
        .unwrap();
    let note_env = Envelope::parse(&msgs[2].envelope).unwrap();
    let note_id = envelope::unhex::<16>(&msgs[2].id).unwrap();
    let note = envelope::Kind::Note;
    assert!(note_env.open(note, &note_id, &me).is_err());
    assert!(
        String::from_utf8_lossy(&note_env.open(note, &note_id, &rita).unwrap())
            .contains("2025 campaign")
    );
    let actions: Vec<String> = storage::audit::audit_entries(&mut c, 0, 10_000)
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect();
    for a in [
        "report.viewed",
        "report.attachment_served",
        "report.status",
        "report.message_sent",
        "report.note_added",
        "keys.keyring_signed",
        "report.access_granted",
        "report.classified",
        "report.exported",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    let log = b.console_log().await;
    assert!(
        !log.iter().any(|l| l.contains("Content Security Policy")),
        "{log:#?}"
    );
    assert!(!text_content(&b, "#report-content")
        .await
        .contains("undefined"));
    crate::swapped::console_names_swapped_envelopes(&b, &inst, &js.id, &nojs.id).await;
    drop(b);
    // The operator's view of the audit log: ids and actions, no content.
    let out = run(admin()
        .args(["audit", "list", "--limit", "10000"])
        .env("DATABASE_URL", &inst.db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listed = text(&out.stdout);
    let exported = format!("reviewer:{}", reviewer.id);
    assert!(
        listed.lines().any(|l| l.contains("report.exported")
            && l.contains(&exported)
            && l.contains(&format!("report:{}", js.id))
            && l.contains(r#"{"format":"misp","tlp":"red"}"#)),
        "{listed}"
    );
    assert!(!listed.contains(CANARY));
    // The validated record is sealed: its plaintext is nowhere in the database files.
    let db_file = inst.sqlite_file.clone().unwrap();
    for suffix in ["", "-wal"] {
        let bytes = std::fs::read(format!("{}{suffix}", db_file.display())).unwrap_or_default();
        assert!(!bytes.windows(19).any(|w| w == br#""source":"reviewer""#));
    }
    crate::canary::assert_clean_sqlite(&inst);
    crate::canary::assert_clean_log_and_tmp(&inst);
}
