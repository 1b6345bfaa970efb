//! `reply --attach`: the files sealed here, streamed in the multipart reply, and opened by a
//! reviewer (the message lists them with their keys; the stored streams open to the bytes
//! sent); progress bars forced with `--progress` reach the full byte count, and show nothing
//! otherwise without a terminal; `status` shows the Directive's deadlines as the server
//! computes them, in text and JSON.

use envelope::{Body, Envelope, Kind, SymmetricKey};

use crate::common::*;
use crate::helpers::keyring_signer;
use crate::instance::{keys_dir, reviewer_key, Instance};
use crate::{write_big_file, MIB};

#[test]
fn reply_with_attachments_opens_with_a_reviewer_key_and_status_shows_deadlines() {
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let pin = keyring_signer(keys_dir());
    let report = report_file(tmp.path(), &config);
    let small = tmp.path().join("iocs.csv");
    std::fs::write(&small, "type,value\nip,203.0.113.7\n").unwrap();

    // Forced bars without a terminal: one line per update, the last with the full count.
    let out = run(client(&config)
        .args(["--json", "--progress", "submit", "--server", &inst.srv.base])
        .args(["--pin", &pin])
        .arg(&report)
        .arg("--attach")
        .arg(&small));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("26/26 bytes"),
        "{}",
        text(&out.stderr)
    );
    let sent = json_of(&out);
    let id = sent["id"].as_str().unwrap().to_string();
    let receipt = sent["receipt"].as_str().unwrap().to_string();
    let follow = |args: &[&str]| {
        let mut cmd = client(&config);
        cmd.args(args).env("TSR_REPORT_RECEIPT", &receipt);
        run(&mut cmd)
    };

    let big = tmp.path().join("vpn-gateway.log");
    write_big_file(&big, 3 * MIB);
    let notes = tmp.path().join("notes.txt");
    std::fs::write(&notes, "first login 02:14 UTC\n").unwrap();
    let (big_s, notes_s) = (big.to_str().unwrap(), notes.to_str().unwrap());
    let out = follow(&[
        "--json",
        "--progress",
        "reply",
        "--text",
        "Logs of the gateway attached.",
        "--attach",
        big_s,
        "--attach",
        notes_s,
    ]);
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{0}/{0} bytes", 3 * MIB)),
        "{stderr}"
    );
    let answer = json_of(&out);
    assert_eq!(answer["attachments"][0]["name"], "vpn-gateway.log");
    assert_eq!(answer["attachments"][0]["size"], 3 * MIB);
    let mid = answer["message_id"].as_str().unwrap().to_string();

    // What a reviewer opens: the message lists both files, their streams open to the bytes.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let stored = storage::messages::list_messages(&mut c, &id, false).unwrap();
    let mine = stored.iter().find(|m| m.id == mid).unwrap();
    let plain = Envelope::parse(&mine.envelope)
        .unwrap()
        .open(
            Kind::Message,
            &envelope::unhex::<16>(&mid).unwrap(),
            reviewer_key(Body::Ec3),
        )
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(body["text"], "Logs of the gateway attached.");
    let refs = body["attachments"].as_array().unwrap();
    assert_eq!(refs.len(), 2);
    assert_eq!(
        storage::reports::attachments_for_message(&mut c, &mid)
            .unwrap()
            .len(),
        2
    );
    for (r, path) in refs.iter().zip([&big, &notes]) {
        let key = SymmetricKey::from_b64(r["key"].as_str().unwrap()).unwrap();
        let chunks =
            storage::reports::attachment_chunks(&mut c, r["id"].as_str().unwrap()).unwrap();
        let opened = envelope::attachment::open_attachment(&key, &chunks.concat()).unwrap();
        assert!(
            opened[..] == std::fs::read(path).unwrap()[..],
            "{}",
            path.display()
        );
        assert_eq!(r["size"], opened.len() as u64);
    }
    assert_eq!(
        inst.counts()[2],
        3,
        "one report attachment, two reply attachments"
    );
    // The conversation, read back here, names them.
    let conv = json_of(&follow(&["--json", "messages"]));
    let mine = conv["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == mid.as_str())
        .unwrap()
        .clone();
    assert_eq!(
        mine["attachments"],
        serde_json::json!(["vpn-gateway.log", "notes.txt"])
    );

    // A file alone, no text; no terminal and no --progress: no bars.
    let out = follow(&["reply", "--attach", notes_s]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("bytes"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("1 attachment"));
    // An empty reply without files is refused before anything is sent.
    let out = follow(&["--json", "reply", "--text", "  "]);
    assert_eq!(out.status.code(), Some(2));

    // Deadlines: the acknowledgement 7 days after receipt, feedback 3 months after those.
    let report = storage::reports::find_report(&mut c, &id).unwrap().unwrap();
    let ack_due = storage::deadlines::add_days(&report.received_day, 7).unwrap();
    let feedback = storage::deadlines::add_months(&ack_due, 3).unwrap();
    let out = follow(&["--json", "status"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let d = &json_of(&out)["deadlines"];
    assert_eq!(d["acknowledgement_due"], ack_due.as_str());
    assert!(d["acknowledged_day"].is_null());
    assert_eq!(d["feedback_due"], feedback.as_str());
    let out = follow(&["status"]);
    let shown = text(&out.stdout);
    assert!(
        shown.contains(&format!("Acknowledgement due by: {}", ack_due.as_str())),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Feedback due by:        {}", feedback.as_str())),
        "{shown}"
    );

    // Acknowledged on 30 November: feedback is due on the last day of February.
    let day: storage::Day = "2026-11-30".parse().unwrap();
    storage::reports::set_status(&mut c, &id, storage::Status::Acknowledged, &day).unwrap();
    let out = follow(&["--json", "status"]);
    let d = &json_of(&out)["deadlines"];
    assert_eq!(d["acknowledged_day"], "2026-11-30");
    assert_eq!(d["feedback_due"], "2027-02-28");
    let shown = text(&follow(&["status"]).stdout);
    assert!(
        shown.contains("Acknowledged on:        2026-11-30"),
        "{shown}"
    );
    assert!(!shown.contains("Acknowledgement due by"), "{shown}");

    // Closed: no feedback deadline any more.
    storage::reports::set_status(&mut c, &id, storage::Status::Closed, &day).unwrap();
    let d = json_of(&follow(&["--json", "status"]))["deadlines"].clone();
    assert!(d["feedback_due"].is_null(), "{d}");
}
