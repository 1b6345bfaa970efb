//! The real `tsr-report` binary against a real server (in this process, port 0, the shared
//! development keys and a signed keyring, as tests/e2e sets them up): init, fill and submit
//! with a 50 MB attachment at flat memory, read a signed reviewer message, reply, status; a
//! keyring of another signer or of a lower serial is refused; the receipt never reaches the
//! server; `--json` parses; bad report files get the web form's messages field by field.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

#[path = "../../tests/e2e/helpers.rs"]
#[allow(dead_code)]
mod helpers;
#[path = "../../tests/e2e/instance.rs"]
#[allow(dead_code)]
mod instance;
#[path = "../../tests/e2e/pg.rs"]
#[allow(dead_code)]
mod pg;

mod common;

#[path = "features/reply_files.rs"]
mod reply_files;
#[path = "features/socks.rs"]
mod socks;

use std::io::Write;

use envelope::{Body, Envelope, Kind};

use common::*;
use helpers::keyring_signer;
use instance::{insert_signed_message, keys_dir, reviewer_key, Instance};

const MIB: u64 = 1024 * 1024;

fn write_big_file(path: &std::path::Path, bytes: u64) {
    let mut f = std::fs::File::create(path).unwrap();
    let mut block = vec![0u8; MIB as usize];
    for i in 0..bytes / MIB {
        // Not all zeros, so nothing could compress it away on the way.
        for (j, b) in block.iter_mut().enumerate() {
            *b = (i as usize * 31 + j * 7) as u8;
        }
        f.write_all(&block).unwrap();
    }
}

fn seal_reviewer_message(inst: &Instance, report_id: &str, text: &str) -> (String, Vec<u8>) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let report = storage::reports::find_report(&mut c, report_id)
        .unwrap()
        .unwrap();
    let (keyring, _) = keystore::load_keyring(&inst.keys, None).unwrap();
    let mut keys = vec![envelope::PublicKey(report.reporter_pk)];
    keys.extend(
        keyring
            .recipients(&[Body::Euipo, Body::Ec3])
            .unwrap()
            .into_iter()
            .map(|(_, k)| k),
    );
    let id = envelope::random_id();
    let body = serde_json::json!({"v": 1, "text": text, "attachments": []});
    let bytes = Envelope::seal(Kind::Message, id, body.to_string().as_bytes(), &keys)
        .unwrap()
        .to_bytes();
    (envelope::hex(&id), bytes)
}

fn new_message(report_id: &str, id: String, bytes: Vec<u8>) -> storage::messages::NewMessage {
    storage::messages::NewMessage {
        id,
        report_id: report_id.to_string(),
        author: storage::Author::Reviewer,
        reviewer_id: None,
        envelope: bytes,
        created_day: storage::Day::today(),
        attachments: vec![],
    }
}

#[test]
fn submit_large_attachments_follow_up_and_never_send_the_receipt() {
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let relay = Recorder::start(&inst.srv.base);
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let pin = keyring_signer(keys_dir());

    // init writes a template once and does not overwrite it.
    let report = report_file(tmp.path(), &config);
    let again = run(client(&config).arg("init").arg(&report));
    assert_eq!(again.status.code(), Some(2), "{}", text(&again.stderr));
    let template = run(client(&config).args(["--json", "init", "-"]));
    assert!(json_of(&template)["template"]
        .as_str()
        .unwrap()
        .contains("unauthorised-information-access"));

    let big = tmp.path().join("evidence.bin");
    write_big_file(&big, 50 * MIB);
    let small = tmp.path().join("indicators.csv");
    std::fs::write(&small, "type,value\nip,203.0.113.7\n").unwrap();

    let (out, peak) = run_measured(
        client(&config)
            .args(["--json", "submit", "--server", &relay.base, "--pin", &pin])
            .arg(&report)
            .arg("--attach")
            .arg(&big)
            .arg("--attach")
            .arg(&small),
    );
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(peak > 0, "VmHWM was read");
    eprintln!("tsr-report peak RSS sending 50 MB: {} KiB", peak / 1024);
    assert!(
        peak < 64 * MIB,
        "the client's peak RSS was {} MiB sealing and sending 50 MB",
        peak / MIB
    );
    let sent = json_of(&out);
    let id = sent["id"].as_str().unwrap().to_string();
    let receipt = sent["receipt"].as_str().unwrap().to_string();
    assert_eq!(sent["recipients"], serde_json::json!(["EUIPO", "EC3"]));
    assert!(
        relay.len() > 50 * MIB as usize,
        "the upload went through the relay"
    );

    // What the reviewers get: the report names both files with their exact sizes, and the
    // attachment rows hold padded streams of the documented size.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let stored = storage::reports::find_report(&mut c, &id).unwrap().unwrap();
    let env = Envelope::parse(&stored.envelope).unwrap();
    let plain = env
        .open(
            Kind::Report,
            &envelope::unhex::<16>(&id).unwrap(),
            reviewer_key(Body::Ec3),
        )
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(json["fields"]["member_state"], "DK");
    assert_eq!(json["fields"]["loss_eur"], 250000);
    let sizes: Vec<u64> = json["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["size"].as_u64().unwrap())
        .collect();
    assert_eq!(sizes, [50 * MIB, 26]);
    assert_eq!(json["attachments"][1]["name"], "indicators.csv");
    assert_eq!(json["attachments"][1]["type"], "text/csv");
    assert_eq!(inst.counts()[2], 2, "two attachment rows");

    // A reviewer's signed message, and a forged unsigned one.
    let (mid, bytes) = seal_reviewer_message(&inst, &id, QUESTION);
    insert_signed_message(&mut c, &new_message(&id, mid, bytes), Body::Euipo);
    let (fid, fbytes) = seal_reviewer_message(&inst, &id, FORGED);
    storage::messages::insert_message_from(
        &mut c,
        &new_message(&id, fid, fbytes),
        storage::messages::Origin::Unsigned,
    )
    .unwrap();

    let follow = |args: &[&str]| {
        let mut cmd = client(&config);
        cmd.arg("--json")
            .args(args)
            .env("TSR_REPORT_RECEIPT", &receipt);
        run(&mut cmd)
    };
    let out = follow(&["messages"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let conv = json_of(&out);
    let messages = conv["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["text"], QUESTION);
    assert!(messages[0]["who"]
        .as_str()
        .unwrap()
        .contains("signature verified"));
    assert_eq!(messages[1]["refused"], true);
    assert!(messages[1]["text"].is_null());
    assert!(!text(&out.stdout).contains(FORGED));

    let out = follow(&[
        "reply",
        "--text",
        "The gateway vpn-2; logs attached to the report.",
    ]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert_eq!(json_of(&out)["sent"], true);
    let reply_id = json_of(&out)["message_id"].as_str().unwrap().to_string();
    let stored = storage::messages::list_messages(&mut c, &id, false).unwrap();
    let mine = stored.iter().find(|m| m.id == reply_id).unwrap();
    assert_eq!(mine.author, storage::Author::Reporter);
    let plain = Envelope::parse(&mine.envelope)
        .unwrap()
        .open(
            Kind::Message,
            &envelope::unhex::<16>(&reply_id).unwrap(),
            reviewer_key(Body::Euipo),
        )
        .unwrap();
    assert!(String::from_utf8_lossy(&plain).contains("vpn-2"));

    let out = follow(&["status"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let status = json_of(&out);
    assert_eq!(status["report_id"], id.as_str());
    assert_eq!(status["messages"], 3);
    assert_eq!(status["recipients"], serde_json::json!(["EUIPO", "EC3"]));

    // The human form shows the thread, the reply as the reporter's.
    let mut cmd = client(&config);
    let out = run(cmd.arg("messages").env("TSR_REPORT_RECEIPT", &receipt));
    assert!(out.status.success());
    let shown = text(&out.stdout);
    assert!(shown.contains(QUESTION) && shown.contains("vpn-2") && !shown.contains(FORGED));

    // Everything went through the relay; the receipt in none of its forms.
    let normalized: String = receipt.chars().filter(|c| *c != '-').collect();
    assert!(!relay.contains(receipt.as_bytes()), "the receipt was sent");
    assert!(
        !relay.contains(normalized.as_bytes()),
        "the receipt was sent"
    );
    assert!(
        relay.contains(b"X-Followup-Token"),
        "follow-ups went through the relay"
    );
}

#[test]
fn keyring_of_another_signer_or_lower_serial_is_refused() {
    let inst = Instance::sqlite_own_keys(&[("POW_BITS", "8")]);
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let report = report_file(tmp.path(), &config);
    let pin = keyring_signer(&inst.keys);
    // Each keyring is served by a server of its own (a server itself refuses to start with a
    // keyring older than one its database saw).
    let serve = |serial: u64, signer: Option<&envelope::SigningKey>| {
        resign(&inst.keys, serial, signer);
        Instance::sqlite_with_keys(
            tempfile::tempdir().unwrap(),
            inst.keys.clone(),
            &[("POW_BITS", "8")],
        )
    };

    // Serial 5 is accepted and remembered.
    let five = serve(5, None);
    let out = run(client(&config)
        .args([
            "--json",
            "submit",
            "--server",
            &five.srv.base,
            "--pin",
            &pin,
        ])
        .arg(&report));
    assert!(out.status.success(), "{}", text(&out.stdout));

    // Serial 3 from the same signer: refused, nothing sent.
    let three = serve(3, None);
    let out = run(client(&config)
        .args(["submit", "--server", &three.srv.base])
        .arg(&report));
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("lower than serial 5"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(three.counts()[0], 0);

    // Signed by another key: refused, naming both fingerprints.
    let other = envelope::SigningKey::generate();
    let forged = serve(9, Some(&other));
    let out = run(client(&config)
        .args(["--json", "submit", "--server", &forged.srv.base])
        .arg(&report));
    assert_eq!(out.status.code(), Some(4));
    let err = json_of(&out);
    assert_eq!(err["error"]["code"], "keyring_refused");
    let message = err["error"]["message"].as_str().unwrap();
    assert!(
        message.contains(&other.public_key().unwrap().fingerprint()),
        "{message}"
    );
    assert!(message.contains(&pin), "{message}");
    assert_eq!(forged.counts()[0], 0);
    let inst = forged;

    // A different --pin than the one pinned is refused too.
    let out = run(client(&config)
        .args(["submit", "--server", &inst.srv.base, "--pin"])
        .arg(other.public_key().unwrap().fingerprint())
        .arg(&report));
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
}

#[test]
fn bad_report_files_get_the_web_forms_messages_field_by_field() {
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let pin = keyring_signer(keys_dir());
    let good = std::fs::read_to_string(report_file(tmp.path(), &config)).unwrap();
    let bad = good
        .replace("member_state = \"DK\"", "member_state = \"XX\"")
        .replace(
            "incident_month = \"2026-03\"",
            "incident_month = \"2031-01\"",
        )
        .replace("consent = true", "consent = false");
    let path = tmp.path().join("bad.toml");
    std::fs::write(&path, bad).unwrap();
    let out = run(client(&config)
        .args([
            "--json",
            "submit",
            "--server",
            &inst.srv.base,
            "--pin",
            &pin,
        ])
        .arg(&path));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stdout));
    let err = json_of(&out);
    let fields = err["error"]["fields"].as_array().unwrap();
    let names: Vec<&str> = fields
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["member_state", "incident_month", "consent"]);

    // The messages are the web form's, from the same server in the same language.
    let info: serde_json::Value =
        reqwest::blocking::get(format!("{}/api/v1/intake?lang=en", inst.srv.base))
            .unwrap()
            .json()
            .unwrap();
    let m = &info["messages"];
    let expected = m["summary_entries"]["member_state"]
        .as_str()
        .unwrap()
        .replace("{message}", m["fields"]["unknown-choice"].as_str().unwrap());
    assert_eq!(fields[0]["message"], expected.as_str());
    assert_eq!(fields[1]["message_id"], "error-month-future");
    assert_eq!(err["error"]["message"], m["summary"][2]);

    // The human form lists them on standard error; nothing was stored.
    let out = run(client(&config).args(["submit"]).arg(&path));
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains(&expected),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(inst.counts()[0], 0);

    // A field the form does not have, and a syntax error: named with their place.
    std::fs::write(&path, format!("{good}\ncolour = \"red\"\n")).unwrap();
    let out = run(client(&config).args(["submit"]).arg(&path));
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("colour"),
        "{}",
        text(&out.stderr)
    );
    std::fs::write(&path, "member_state = \n").unwrap();
    let out = run(client(&config).args(["--json", "submit"]).arg(&path));
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(json_of(&out)["error"]["code"], "report_file");
}

#[test]
fn receipt_file_is_wrapped_and_opens_the_follow_up() {
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let pin = keyring_signer(keys_dir());
    let report = report_file(tmp.path(), &config);
    let saved = tmp.path().join("receipt.json");
    let out = run(client(&config)
        .args([
            "--json",
            "submit",
            "--server",
            &inst.srv.base,
            "--pin",
            &pin,
            "--save-receipt",
        ])
        .arg(&saved)
        .arg(&report)
        .env("TSR_REPORT_PASSPHRASE", helpers::PASSPHRASE));
    assert!(out.status.success(), "{}", text(&out.stdout));
    let sent = json_of(&out);
    let receipt = sent["receipt"].as_str().unwrap();
    let file = std::fs::read_to_string(&saved).unwrap();
    let wrapped: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(wrapped["format"], "tsr-wrapped-key/1");
    assert_eq!(wrapped["kind"], "receipt");
    let normalized: String = receipt.chars().filter(|c| *c != '-').collect();
    assert!(!file.contains(&normalized));

    // The follow-up from the file, with the server and pin remembered in the configuration.
    let out = run(client(&config)
        .args(["--json", "status", "--receipt-file"])
        .arg(&saved)
        .env("TSR_REPORT_PASSPHRASE", helpers::PASSPHRASE));
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert_eq!(json_of(&out)["report_id"], sent["id"]);

    let out = run(client(&config)
        .args(["--json", "status", "--receipt-file"])
        .arg(&saved)
        .env("TSR_REPORT_PASSPHRASE", "not the passphrase at all"));
    assert_eq!(out.status.code(), Some(6));

    // A receipt nobody has: the server's answer, exit 6.
    let other = envelope::Receipt::generate();
    let out = run(client(&config)
        .args(["--json", "messages"])
        .env("TSR_REPORT_RECEIPT", other.display().as_str()));
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stdout));
    assert_eq!(json_of(&out)["error"]["code"], "receipt");

    // Through a proxy, everything goes through it: a dead SOCKS proxy, a network error (the
    // server itself is reachable, as above).
    let proxied = tmp.path().join("proxied");
    let out = run(client(&proxied)
        .args([
            "--json",
            "status",
            "--server",
            &inst.srv.base,
            "--pin",
            &pin,
        ])
        .args(["--proxy", "socks5h://127.0.0.1:9"])
        .env("TSR_REPORT_RECEIPT", receipt));
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stdout));
    assert_eq!(json_of(&out)["error"]["code"], "network");
}

#[test]
fn https_is_required_except_on_loopback() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let report = report_file(tmp.path(), &config);
    let out = run(client(&config)
        .args([
            "--json",
            "submit",
            "--server",
            "http://report.example.eu",
            "--pin",
            "AAAA-BBBB-CCCC-DDDD",
        ])
        .arg(&report));
    assert_eq!(out.status.code(), Some(2));
    assert!(json_of(&out)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("HTTPS is required"));
}
