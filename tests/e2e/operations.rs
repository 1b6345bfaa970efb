//! Operations: `tsr-admin retention run` (closed reports past the age go with their messages,
//! attachments and records; audit-logged with ids and counts; releases untouched), on SQLite
//! and PostgreSQL, and `tsr-admin backup`/`tsr-admin restore` (SQLite; the backup holds no canary).

use std::path::Path;

use diesel::dsl::count_star;
use diesel::prelude::*;
use envelope::{Body, Envelope};
use reqwest::StatusCode;
use storage::schema::{release_cells, releases};

use crate::canary::CANARY;
use crate::helpers::*;
use crate::instance::*;
use crate::intake::*;

fn report_of(inst: &Instance, receipt: &str) -> storage::reports::Report {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let r = envelope::Receipt::parse(receipt).unwrap();
    storage::reports::find_report_by_receipt_lookup(&mut c, &r.lookup_hash().unwrap())
        .unwrap()
        .expect("the report is stored")
}

/// A reviewer's question sealed to the reporter and EUIPO, as the console does.
fn ask(inst: &Instance, report: &storage::reports::Report, text: &str) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let body = format!(r#"{{"v":1,"text":"{text}","attachments":[]}}"#);
    let id = envelope::random_id();
    let env = Envelope::seal(
        envelope::Kind::Message,
        id,
        body.as_bytes(),
        &[
            envelope::PublicKey(report.reporter_pk),
            reviewer_key(Body::Euipo).public,
        ],
    )
    .unwrap();
    crate::instance::insert_signed_message(
        &mut c,
        &storage::messages::NewMessage {
            id: envelope::hex(&id),
            report_id: report.id.clone(),
            author: storage::Author::Reviewer,
            reviewer_id: None,
            envelope: env.to_bytes(),
            created_day: storage::Day::today(),
            attachments: vec![],
        },
        Body::Euipo,
    );
}

fn set_status(inst: &Instance, id: &str, status: storage::Status, day: &str) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    storage::reports::set_status(&mut c, id, status, &day.parse().unwrap()).unwrap();
}

/// Synthetic reports of 2026Q2 and their release, through the anonymizer library.
fn make_release(inst: &Instance) -> (Vec<String>, i64) {
    let db = inst.db();
    let (keyring, _) = keystore::load_keyring(&inst.keys, None).unwrap();
    let q = domain::Quarter { year: 2026, q: 2 };
    let opts = anonymizer::synth::SynthOptions {
        reports: 30,
        seed: 7,
        quarters: vec![q],
        with_organisation: 0.5,
    };
    let hidden = anonymizer::progress::Progress::hidden();
    anonymizer::synth::run(&db, &keyring, &opts, &hidden).unwrap();
    anonymizer::release::run(
        &db,
        &anonymizer::AnonymizerKeys::single(anonymizer_key().clone()),
        &anonymizer::records::Signers::of(&keyring),
        &anonymizer::plan::Params::new(q, 1.0),
        anonymizer::plan::Caps {
            quarter: 1.0,
            year: 4.0,
        },
        anonymizer::release::Unopenable::Refuse,
        &hidden,
    )
    .unwrap();
    release_rows(inst)
}

fn release_rows(inst: &Instance) -> (Vec<String>, i64) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let ids: Vec<String> = releases::table.select(releases::id).load(&mut *c).unwrap();
    let cells: i64 = release_cells::table
        .select(count_star())
        .first(&mut *c)
        .unwrap();
    (ids, cells)
}

fn audit_list(db_url: &str) -> String {
    let out = run(admin()
        .args(["audit", "list", "--limit", "1000"])
        .env("DATABASE_URL", db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

async fn retention_case(inst: Instance) {
    let (releases_before, cells_before) = make_release(&inst);
    assert_eq!(releases_before.len(), 1);
    let old = submit_ok(
        &inst,
        &good_fields(),
        &[("old.txt", b"attached".repeat(100))],
    )
    .await;
    let recent = submit_ok(&inst, &good_fields(), &[]).await;
    let open = submit_ok(&inst, &good_fields(), &[]).await;
    let (old_r, recent_r, open_r) = (
        report_of(&inst, &old),
        report_of(&inst, &recent),
        report_of(&inst, &open),
    );
    ask(&inst, &old_r, "Old question");
    let (_, html) = follow_up(&inst, &old).await;
    let (status, _) = reply(&inst, &html, &old, "Old answer").await;
    assert_eq!(status, StatusCode::OK);
    set_status(&inst, &old_r.id, storage::Status::Closed, "2025-01-10");
    set_status(
        &inst,
        &recent_r.id,
        storage::Status::Closed,
        &storage::Day::today().to_string(),
    );
    set_status(
        &inst,
        &open_r.id,
        storage::Status::Acknowledged,
        "2025-01-10",
    );
    let before = inst.counts();
    let old_slots = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::reports::slots_for_report(&mut c, &old_r.id)
            .unwrap()
            .len() as i64
    };
    assert!(old_slots >= 1);

    // Refused without a sensible age; nothing deleted.
    for bad in ["0", "-3", "abc", "99999999"] {
        let out = run(admin()
            .args(["retention", "run", "--older-than", bad])
            .env("DATABASE_URL", &inst.db_url));
        assert!(!out.status.success(), "--older-than {bad} accepted");
        assert!(
            text(&out.stderr).contains("--older-than"),
            "{}",
            text(&out.stderr)
        );
    }
    assert_eq!(inst.counts(), before);

    let out = run(admin()
        .args(["retention", "run", "--older-than", "30"])
        .env("DATABASE_URL", &inst.db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("retention: 1 closed reports")
            && said.contains("(2 messages, 1 attachments, 1 statistics records)"),
        "{said}"
    );
    let after = inst.counts();
    // reports, slots, attachments, records, messages
    assert_eq!(after[0], before[0] - 1);
    assert_eq!(after[1], before[1] - old_slots, "its recipient slots go");
    assert_eq!(after[2], before[2] - 1);
    assert_eq!(after[3], before[3] - 1);
    assert_eq!(after[4], before[4] - 2);
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        assert!(storage::reports::find_report(&mut c, &old_r.id)
            .unwrap()
            .is_none());
        assert!(storage::reports::find_report(&mut c, &recent_r.id)
            .unwrap()
            .is_some());
        assert!(storage::reports::find_report(&mut c, &open_r.id)
            .unwrap()
            .is_some());
    }
    // The old receipt no longer opens anything; the others still do.
    let (status, _) = follow_up(&inst, &old).await;
    assert_ne!(status, StatusCode::OK);
    let (status, _) = follow_up(&inst, &open).await;
    assert_eq!(status, StatusCode::OK);
    // Released statistics untouched.
    assert_eq!(release_rows(&inst), (releases_before, cells_before));
    // Audit: ids and counts only, and the chain still holds.
    let log = audit_list(&inst.db_url);
    let line = log
        .lines()
        .find(|l| l.contains("retention.deleted"))
        .expect("the deletion is audit-logged");
    assert!(
        line.contains(&old_r.id) && line.contains("\"messages\":2"),
        "{line}"
    );
    assert!(
        !line.contains(&recent_r.id) && !line.contains(&open_r.id),
        "{line}"
    );
    let out = run(admin()
        .args(["audit", "verify"])
        .env("DATABASE_URL", &inst.db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));

    // A second run deletes nothing and says so.
    let out = run(admin()
        .args(["retention", "run", "--older-than", "30"])
        .env("DATABASE_URL", &inst.db_url));
    assert!(text(&out.stdout).contains("retention: 0 closed reports"));
    assert_eq!(inst.counts(), after);
}

#[tokio::test]
async fn retention_deletes_old_closed_reports_on_sqlite() {
    retention_case(Instance::sqlite(&[])).await;
}

#[tokio::test]
async fn retention_deletes_old_closed_reports_on_postgres() {
    let Some(inst) = Instance::postgres(&[]) else {
        return;
    };
    retention_case(inst).await;
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn restore(db_url: &str, from: &Path) -> std::process::Output {
    run(admin()
        .args(["restore", "--from"])
        .arg(from)
        .env("DATABASE_URL", db_url))
}

#[tokio::test]
async fn a_restored_backup_serves_the_same_reports_and_holds_no_plaintext() {
    let inst = Instance::sqlite(&[]);
    let fields = with(
        &with(&good_fields(), "narrative", &format!("Narrative {CANARY}")),
        "contact",
        &format!("{CANARY}@example.dk"),
    );
    let file = format!("attachment {CANARY} ").repeat(3000).into_bytes();
    let receipt = submit_ok(&inst, &fields, &[("plans.txt", file)]).await;
    let report = report_of(&inst, &receipt);
    ask(&inst, &report, "Which VPN product do you use?");

    // Taken while the server runs.
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.db");
    let out = run(admin()
        .args(["backup", "--to"])
        .arg(&backup)
        .env("DATABASE_URL", &inst.db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("1 reports"),
        "{}",
        text(&out.stdout)
    );
    let bytes = std::fs::read(&backup).unwrap();
    assert!(bytes.len() > 10_000);
    assert!(!contains(&bytes, CANARY.as_bytes()), "canary in the backup");
    assert!(
        !contains(&bytes, b"Which VPN product"),
        "message plaintext in the backup"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "no partial file left: {names:?}");
    // Never overwrites.
    let out = run(admin()
        .args(["backup", "--to"])
        .arg(&backup)
        .env("DATABASE_URL", &inst.db_url));
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&backup).unwrap(), bytes);

    // Refused: a non-empty database, something that is not a backup.
    let out = restore(&inst.db_url, &backup);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not empty"),
        "{}",
        text(&out.stderr)
    );
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let fresh = dir.path().join("restored").join("server.db");
    let fresh_url = format!("sqlite://{}", fresh.display());
    let out = restore(&fresh_url, &junk);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not a backup"),
        "{}",
        text(&out.stderr)
    );
    assert!(!fresh.exists(), "nothing half-written");

    // Into a new database: the receipt opens the conversation there, the report is the same.
    let out = restore(&fresh_url, &backup);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let srv = spawn_server(&fresh_url, &inst.keys);
    let token = csrf_in(
        &client()
            .get(format!("{}/followup", srv.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let resp = client()
        .post(format!("{}/followup?lang=en", srv.base))
        .form(&[("csrf", token.as_str()), ("receipt", receipt.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("Which VPN product do you use?"));
    let db = storage::Database::connect(&fresh_url).unwrap();
    let mut c = db.conn().unwrap();
    let restored = storage::reports::find_report(&mut c, &report.id)
        .unwrap()
        .unwrap();
    assert_eq!(restored.envelope, report.envelope);
    let plain = Envelope::parse(&restored.envelope)
        .unwrap()
        .open(
            envelope::Kind::Report,
            &envelope::unhex::<16>(&restored.id).unwrap(),
            reviewer_key(Body::Euipo),
        )
        .unwrap();
    assert!(
        contains(&plain, CANARY.as_bytes()),
        "the reviewer still reads it"
    );

    // PostgreSQL: the commands say to use pg_dump / pg_restore.
    let out = run(admin()
        .args(["backup", "--to"])
        .arg(dir.path().join("pg.dump"))
        .env("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/none"));
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("pg_dump"),
        "{}",
        text(&out.stderr)
    );
}
