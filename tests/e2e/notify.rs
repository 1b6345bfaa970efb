//! Content-free digests end to end (issue 17, point 5): reports and a reporter's reply come in
//! through the intake, `tsr-admin notify send-digests` mails a real SMTP server (aiosmtpd from
//! `tests/python/.venv`, STARTTLS and AUTH required, a trustme CA that the command is told to
//! trust) and posts to a loopback webhook; the mails and the webhook carry the right counts and
//! nothing of the reports. A reviewer who asked for empty digests gets one; a relay that is down
//! makes the command fail without marking the digest sent, and the next run sends it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::RunQueryDsl;
use storage::accounts::{self, Lookup, ReviewerProfile};
use storage::notifications::{self as n, Frequency, NotificationSettings};
use storage::{Body, Day};

use crate::helpers::{admin, run, test_python, text};
use crate::instance::Instance;
use crate::intake::{csrf_in, follow_up, good_fields, reply, submit_ok, with};

const SMTP_USER: &str = "relay-user";
const SMTP_PASSWORD: &str = "relay-password-not-in-any-mail";

/// The aiosmtpd process; killed when dropped.
struct Smtp {
    child: Child,
    dir: PathBuf,
    port: u16,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_smtp(python: &Path, dir: &Path, port: u16) -> Smtp {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/python/smtp_capture.py");
    let child = Command::new(python)
        .arg(script)
        .arg(dir)
        .arg(port.to_string())
        .args([SMTP_USER, SMTP_PASSWORD])
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !dir.join("ready").exists() {
        assert!(Instant::now() < deadline, "the SMTP server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    Smtp {
        child,
        dir: dir.to_path_buf(),
        port,
    }
}

/// The captured mails: recipients, subject and decoded text, raw message.
fn mails(dir: &Path) -> Vec<serde_json::Value> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap())
        .collect()
}

/// A loopback HTTP listener that answers 200 and keeps every request body.
fn webhook_listener() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}/hooks/digest-token-5f2a",
        listener.local_addr().unwrap().port()
    );
    let got = Arc::new(Mutex::new(Vec::new()));
    let keep = got.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0usize;
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                head.push_str(&line);
            }
            let mut body = vec![0u8; length];
            reader.read_exact(&mut body).unwrap();
            keep.lock()
                .unwrap()
                .push(format!("{head}\n{}", String::from_utf8_lossy(&body)));
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    });
    (url, got)
}

fn exec(inst: &Instance, sql: &str) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    diesel::sql_query(sql).execute(&mut c).unwrap();
}

fn reviewer_id(inst: &Instance, name: &str) -> i64 {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    accounts::find_account::<ReviewerProfile>(&mut c, Lookup::Name(name))
        .unwrap()
        .unwrap()
        .id
}

/// A reviewer of `body` (not enrolled: digests need no key) with daily digest settings.
fn set(inst: &Instance, body: &str, name: &str, to: (&str, &str), empty: bool, lang: &str) -> i64 {
    crate::console::add(inst, body, name);
    let (email, hook) = to;
    let id = reviewer_id(inst, name);
    let s = NotificationSettings::new(email, hook, Frequency::Daily, empty, lang).unwrap();
    let db = inst.db();
    let mut c = db.conn().unwrap();
    n::save_settings(&mut c, id, &s, &Day::today(), 1).unwrap();
    id
}

fn day(offset: i64) -> String {
    Day::today().add_days(offset).unwrap().as_str().to_string()
}

/// `tsr-admin notify send-digests`, on a thread of its own as on an operator's host (the
/// blocking webhook client must not run inside the test's async runtime).
fn send(inst: &Instance, smtp_port: u16, ca: &Path) -> (bool, String) {
    let (db_url, ca) = (inst.db_url.clone(), ca.to_path_buf());
    let out = std::thread::spawn(move || {
        run(admin()
            .args(["notify", "send-digests"])
            .env("DATABASE_URL", &db_url)
            .env("SMTP_HOST", "127.0.0.1")
            .env("SMTP_PORT", smtp_port.to_string())
            .env("SMTP_FROM", "digest@channel.example.eu")
            .env("SMTP_USERNAME", SMTP_USER)
            .env("SMTP_PASSWORD", SMTP_PASSWORD)
            .env("SMTP_CA_FILE", ca))
    })
    .join()
    .unwrap();
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    (out.status.success(), all)
}

/// The count after `label` in a mail's text (`New reports: 3`).
fn count(text: &str, label: &str) -> i64 {
    let line = text
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no {label:?} in {text}"));
    line[label.len()..].trim().parse().unwrap()
}

#[tokio::test]
async fn digests_carry_counts_only_over_starttls_and_a_webhook() {
    let Some(python) = test_python() else { return };
    let inst = Instance::sqlite(&[]);

    // Five EUIPO reports through the intake, each with its own words; one reporter reply.
    let mut receipts = vec![];
    let mut secrets = vec![];
    for k in 0..5 {
        let narrative = format!("Zebrafinch{k} exfiltrated the Quokkamatic{k} firmware.");
        let what = format!("Blueprints of the Wombatron{k} valve");
        let fields = with(
            &with(
                &with(&good_fields(), "recipients", "EUIPO"),
                "narrative",
                &narrative,
            ),
            "what_taken",
            &what,
        );
        receipts.push(submit_ok(&inst, &fields, &[]).await);
        secrets.extend([narrative, what]);
    }
    let reply_text = "Pangolinsecret reply with the attacker's IP 203.0.113.77";
    let (_, conversation) = follow_up(&inst, &receipts[0]).await;
    assert!(!csrf_in(&conversation).is_empty());
    let (status, _) = reply(&inst, &conversation, &receipts[0], reply_text).await;
    assert!(status.is_success() || status.is_redirection(), "{status}");
    secrets.push(reply_text.to_string());

    // Their days: the first is new (yesterday), the second's acknowledgement is due tomorrow,
    // the third's is overdue, the fourth's feedback is due within two weeks, the fifth's is
    // overdue. The reply came yesterday.
    let ids: Vec<String> = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let all = storage::reports::list_reports_for_body(&mut c, Body::Euipo).unwrap();
        // The replied-to report first.
        let (mut replied, others): (Vec<_>, Vec<_>) = all.into_iter().partition(|r| {
            !storage::messages::list_messages(&mut c, &r.id, true)
                .unwrap()
                .is_empty()
        });
        assert_eq!(replied.len(), 1);
        replied.extend(others);
        replied.into_iter().map(|r| r.id).collect()
    };
    assert_eq!(ids.len(), 5);
    let plan = [
        (day(-1), "new", None),
        (day(-6), "new", None),
        (day(-10), "new", None),
        (day(-90), "in_review", Some(day(-85))),
        (day(-200), "in_review", Some(day(-195))),
    ];
    for (id, (received, status, ack)) in ids.iter().zip(&plan) {
        let ack = ack
            .as_ref()
            .map(|a| format!("'{a}'"))
            .unwrap_or("NULL".into());
        exec(
            &inst,
            &format!("UPDATE reports SET received_day = '{received}', status = '{status}', acknowledged_day = {ack} WHERE id = '{id}'"),
        );
    }
    exec(
        &inst,
        &format!("UPDATE messages SET created_day = '{}'", day(-1)),
    );

    // Reviewers: EUIPO by e-mail (English) and by webhook; EC3 (no reports) with an empty
    // digest asked for (German), and without.
    let (hook, posted) = webhook_listener();
    let ida = set(
        &inst,
        "EUIPO",
        "ida",
        ("ida@euipo.example.eu", ""),
        false,
        "en",
    );
    let eon = set(&inst, "EUIPO", "eon", ("", &hook), false, "en");
    let kim = set(&inst, "EC3", "kim", ("kim@ec3.example.eu", ""), true, "de");
    let lea = set(&inst, "EC3", "lea", ("lea@ec3.example.eu", ""), false, "fr");
    // As if saved three days ago: the digest covers the day before yesterday and yesterday.
    exec(
        &inst,
        &format!(
            "UPDATE reviewer_notifications SET covered_through = '{}'",
            day(-3)
        ),
    );

    // The relay is down: the command fails and the e-mail digests are not marked sent (the
    // webhook-only digest goes out; the EC3 reviewer who wants no empty digest gets none).
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let ca_placeholder = tmp.path().join("ca-before.pem");
    let (ok, out) = {
        // A certificate the configuration accepts; no server listens yet.
        let probe = tmp.path().join("probe");
        std::fs::create_dir(&probe).unwrap();
        let s = start_smtp(&python, &probe, free_port());
        std::fs::copy(s.dir.join("ca.pem"), &ca_placeholder).unwrap();
        drop(s);
        send(&inst, port, &ca_placeholder)
    };
    assert!(!ok, "a relay that is down must fail the run: {out}");
    assert!(
        out.contains(
            "digests: 1 sent, 1 empty and not asked for, 0 handled by another run, 2 failed"
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!("reviewer {ida}: email digest not delivered")),
        "{out}"
    );
    assert!(
        out.contains(&format!("reviewer {kim}: email digest not delivered")),
        "{out}"
    );
    assert!(
        !out.contains(SMTP_PASSWORD) && !out.contains("ida@"),
        "{out}"
    );
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let due: Vec<i64> = n::due_digests(&mut c, &Day::today())
            .unwrap()
            .iter()
            .map(|d| d.reviewer_id)
            .collect();
        assert!(due.contains(&ida) && due.contains(&kim), "{due:?}");
    }

    // The relay is up: the digests go out.
    let dir = tmp.path().join("smtp");
    std::fs::create_dir(&dir).unwrap();
    let smtp = start_smtp(&python, &dir, port);
    let (ok, out) = send(&inst, smtp.port, &dir.join("ca.pem"));
    assert!(ok, "{out}");
    assert!(
        out.contains("digests: 2 sent, 0 empty and not asked for"),
        "{out}"
    );
    let got = mails(&dir);
    assert_eq!(got.len(), 2, "{got:?}");
    let to = |who: &str| {
        got.iter()
            .find(|m| m["rcpt"][0] == who)
            .unwrap_or_else(|| panic!("no mail to {who}: {got:?}"))
    };
    let (ida_mail, kim_mail) = (to("ida@euipo.example.eu"), to("kim@ec3.example.eu"));
    assert!(got.iter().all(|m| m["tls"] == true));
    let t = ida_mail["text"].as_str().unwrap();
    assert_eq!(count(t, "New reports:"), 1, "{t}");
    assert_eq!(count(t, "New messages from reporters:"), 1, "{t}");
    assert_eq!(count(t, "Acknowledgements due within 2 days:"), 1, "{t}");
    assert_eq!(count(t, "Acknowledgements overdue:"), 1, "{t}");
    assert_eq!(count(t, "Feedback due within 14 days:"), 1, "{t}");
    assert_eq!(count(t, "Feedback overdue:"), 1, "{t}");
    assert_eq!(ida_mail["subject"], "Reporting channel: your digest");
    let k = kim_mail["text"].as_str().unwrap();
    assert_eq!(count(k, "Neue Meldungen:"), 0, "{k}");
    assert!(k.contains("Nichts Neues und nichts fällig."), "{k}");
    assert_eq!(kim_mail["subject"], "Meldekanal: Ihre Übersicht");

    // Nothing of the reports in any mail or webhook body: ids, receipts, field values, the
    // reply, who sealed them; nor the relay password.
    let posts = posted.lock().unwrap().clone();
    assert_eq!(
        posts.len(),
        1,
        "one webhook digest, sent by the first run: {posts:?}"
    );
    let mut forbidden: Vec<String> = ids.clone();
    forbidden.extend(receipts.iter().cloned());
    forbidden.extend(receipts.iter().map(|r| r.replace('-', "")));
    forbidden.extend(secrets);
    for (k, v) in good_fields() {
        if v.len() >= 6 && !matches!(k, "recipients" | "language" | "consent") {
            forbidden.push(v);
        }
    }
    forbidden.extend(["browser".to_string(), SMTP_PASSWORD.to_string()]);
    let all_text: Vec<String> = got
        .iter()
        .flat_map(|m| {
            [
                m["raw"].as_str().unwrap().to_string(),
                m["text"].as_str().unwrap().to_string(),
                m["subject"].as_str().unwrap().to_string(),
            ]
        })
        .chain(posts.iter().cloned())
        .collect();
    for haystack in &all_text {
        for needle in &forbidden {
            assert!(
                !haystack.to_lowercase().contains(&needle.to_lowercase()),
                "{needle:?} leaked into {haystack}"
            );
        }
    }

    // The webhook: only the counts, the body and the days.
    let (head, body) = posts[0].split_once("\n\n").unwrap();
    assert!(head.starts_with("POST /hooks/digest-token-5f2a "), "{head}");
    let json: serde_json::Value =
        serde_json::from_str(body.trim()).unwrap_or_else(|e| panic!("{e}: {}", posts[0]));
    assert_eq!(json["type"], "tsr-digest/1");
    assert_eq!(json["body"], "EUIPO");
    assert_eq!(json["from"], day(-2));
    assert_eq!(json["through"], day(-1));
    let counts = json["counts"].as_object().unwrap();
    let expect = [
        ("new_reports", 1),
        ("new_replies", 1),
        ("acknowledgements_due", 1),
        ("feedback_due", 1),
        ("acknowledgements_overdue", 1),
        ("feedback_overdue", 1),
    ];
    assert_eq!(counts.len(), expect.len(), "{counts:?}");
    for (k, v) in expect {
        assert_eq!(counts[k], v, "{k}");
    }
    let mut keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["body", "counts", "from", "through", "type"]);

    // Sent: the next run today has nothing to do; the audit log names reviewers, not addresses.
    let (ok, out) = send(&inst, smtp.port, &dir.join("ca.pem"));
    assert!(ok && out.contains("digests: 0 sent"), "{out}");
    assert_eq!(mails(&dir).len(), 2);
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let audit = storage::audit::audit_entries(&mut c, 0, 10_000).unwrap();
    let sent: Vec<_> = audit
        .iter()
        .filter(|r| r.action == "notify.digest_sent")
        .collect();
    assert_eq!(sent.len(), 3);
    assert_eq!(
        audit
            .iter()
            .filter(|r| r.action == "notify.digest_failed")
            .count(),
        2
    );
    for r in &audit {
        let row = format!("{:?} {}", r.object_id, r.detail);
        assert!(
            !row.contains("example.eu") && !row.contains("digest-token"),
            "{row}"
        );
    }
    assert!(sent.iter().any(|r| r.object_id == Some(eon.to_string())));
    assert!(!sent.iter().any(|r| r.object_id == Some(lea.to_string())));
}
