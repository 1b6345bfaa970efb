//! `anonymizer check`: what an operator runs before scheduling the job.

use std::fs;

use crate::helpers::*;

#[test]
fn check_passes_on_a_ready_instance_and_names_each_failure() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    let db_url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());

    // Before the server has created the schema, the database check fails and says what to do.
    let out = run(anonymizer()
        .arg("check")
        .env("DATABASE_URL", &db_url)
        .env("KEYS_DIR", &keys)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    let stdout = text(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    assert!(stdout.contains("ok      keyring"), "{stdout}");
    assert!(stdout.contains("ok      anonymizer key"), "{stdout}");
    // `keys init` put the release key (derived from the anonymizer key) into the keyring.
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("ok      release key") && l.ends_with("in the keyring")),
        "{stdout}"
    );
    assert!(
        stdout.contains("FAILED  database") && stdout.contains("server serve"),
        "{stdout}"
    );

    // Once the server has run, everything passes.
    drop(spawn_app(&db_url, &keys, &[]));
    let out = run(anonymizer()
        .arg("check")
        .env("DATABASE_URL", &db_url)
        .env("KEYS_DIR", &keys)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(out.status.success(), "{}", text(&out.stdout));

    // A wrong passphrase is named as such.
    let out = run(anonymizer()
        .arg("check")
        .env("DATABASE_URL", &db_url)
        .env("KEYS_DIR", &keys)
        .env("KEYS_PASSPHRASE", "not the passphrase at all"));
    assert!(!out.status.success());
    assert!(
        text(&out.stdout).contains("FAILED  anonymizer key")
            && text(&out.stdout).contains("wrong passphrase")
    );

    // A key file swapped for another body's key is caught against the keyring.
    fs::copy(keys.join("ec3-recovery.key"), keys.join("anonymizer.key")).unwrap();
    let out = run(anonymizer()
        .arg("check")
        .env("DATABASE_URL", &db_url)
        .env("KEYS_DIR", &keys)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(!out.status.success());
    assert!(text(&out.stdout).contains("is not the keyring's anonymizer key"));
}

/// Cells of one table of a stored release, by key.
fn cells_of(
    cells: &[storage::releases::ReleaseCell],
    table: &str,
) -> Vec<storage::releases::ReleaseCell> {
    cells
        .iter()
        .filter(|c| c.table_name == table)
        .cloned()
        .collect()
}

/// The key without its member-state part: the EU cell a member-state cell adds up to.
fn eu_key(key: &str) -> String {
    let rest: Vec<&str> = key
        .split(';')
        .filter(|p| !p.starts_with("member_state="))
        .collect();
    if rest.is_empty() {
        "total".into()
    } else {
        rest.join(";")
    }
}

fn ledger_total(db: &storage::Database) -> f64 {
    storage::releases::ledger_entries(&mut db.conn().unwrap())
        .unwrap()
        .iter()
        .map(|e| e.epsilon)
        .sum()
}

fn release_flow(db_url: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    let db = storage::Database::connect(db_url).unwrap();
    db.migrate().unwrap();
    let anon = |args: &[&str]| {
        run(anonymizer()
            .args(args)
            .env("DATABASE_URL", db_url)
            .env("KEYS_DIR", &keys)
            .env("KEYS_PASSPHRASE", PASSPHRASE))
    };

    let out = anon(&[
        "synth",
        "--reports",
        "400",
        "--period",
        "2026Q2",
        "--seed",
        "3",
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("400 synthetic reports stored over 2026Q2"));
    let out = anon(&["synth", "--reports", "5", "--period", "2026Q2"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "synth into a non-empty database needs --append"
    );
    assert!(text(&out.stderr).contains("--append"));

    // The first release: written, spent, and as files.
    let files = tmp.path().join("out");
    let out = anon(&[
        "release",
        "--period",
        "2026Q2",
        "--out",
        files.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let id = stdout.split_whitespace().nth(1).unwrap().to_string();
    assert!(id.starts_with("2026Q2-"), "{stdout}");
    assert!(stdout.contains("epsilon 1.000000 spent"), "{stdout}");

    let mut conn = db.conn().unwrap();
    let release = storage::releases::find_release(&mut conn, &id)
        .unwrap()
        .unwrap();
    let tables = storage::releases::release_tables(&mut conn, &id).unwrap();
    let cells = storage::releases::release_cells(&mut conn, &id, None).unwrap();
    drop(conn);
    assert!((release.epsilon - 1.0).abs() < 1e-9);
    assert!(tables.len() >= 12, "{} tables", tables.len());
    for c in &cells {
        assert!(c.value >= 0, "{} {} is negative", c.table_name, c.cell_key);
        assert!(c.ci_low.is_finite() && c.ci_high.is_finite() && c.ci_low <= c.ci_high);
    }
    // The full public domain: 27 x 21 cells in the detail table, zeros included.
    assert_eq!(cells_of(&cells, "count_member_state_sector").len(), 27 * 21);
    assert_eq!(cells_of(&cells, "count_attack_vector").len(), 22);
    // Every EU cell equals the sum of its member-state cells.
    for (eu, by_state) in [
        ("count_total", "count_member_state"),
        ("count_sector", "count_member_state_sector"),
        ("loss_sum_total", "loss_sum_member_state"),
    ] {
        for e in cells_of(&cells, eu) {
            let sum: i64 = cells_of(&cells, by_state)
                .iter()
                .filter(|c| eu_key(&c.cell_key) == e.cell_key)
                .map(|c| c.value)
                .sum();
            assert_eq!(e.value, sum, "{eu} {}", e.cell_key);
        }
    }
    // Every count table adds up to the one published total.
    let total = cells_of(&cells, "count_total")[0].value;
    for t in [
        "count_member_state_sector",
        "count_attack_vector",
        "count_incident_class",
        "count_actor_type",
        "count_loss_band",
    ] {
        let sum: i64 = cells_of(&cells, t).iter().map(|c| c.value).sum();
        assert_eq!(sum, total, "{t}");
    }
    assert!((ledger_total(&db) - 1.0).abs() < 1e-9);

    // The files hold the same release: one CSV per table with the stored values, and the
    // methodology.
    let dir = files.join(&id);
    for t in &tables {
        let csv = fs::read_to_string(dir.join(format!("{}.csv", t.name))).unwrap();
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(&header[..3], &["release", "period", "table"]);
        assert_eq!(
            &header[header.len() - 4..],
            &["value", "raw_noisy", "ci_low", "ci_high"]
        );
        let stored = cells_of(&cells, &t.name);
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), stored.len(), "{}", t.name);
        for (row, c) in rows.iter().zip(&stored) {
            let fields: Vec<&str> = row.split(',').collect();
            assert_eq!(
                fields[header.len() - 4],
                c.value.to_string(),
                "{} {}",
                t.name,
                c.cell_key
            );
        }
    }
    let doc: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("methodology.json")).unwrap()).unwrap();
    assert_eq!(doc["k"], 1);
    assert_eq!(doc["opendp"]["version"], "0.16.0");
    assert!((doc["cumulative"]["quarter"]["spent"].as_f64().unwrap() - 1.0).abs() < 1e-6);
    assert!(doc["tables"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["noise_scale"].as_f64().unwrap() >= 0.0));
    // The archive verifies with the release key, and the loose files are the archive's.
    let zip = fs::read(dir.join(format!("{id}.zip"))).unwrap();
    let key = envelope::SigningPublicKey(release.signing_key.clone().try_into().unwrap());
    let verified = publication::verify_archive(&zip, &key).unwrap();
    assert_eq!(verified.len(), tables.len() + 1);
    let sums = fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    assert_eq!(sums, release.checksums);
    assert_eq!(sums.lines().count(), tables.len() + 1);
    let before = fs::read(dir.join("count_member_state.csv")).unwrap();

    // The ledger shows the spend.
    let out = anon(&["ledger"]);
    assert!(out.status.success());
    let ledger = text(&out.stdout);
    assert!(
        ledger.contains("2026Q2") && ledger.contains("1.000000") && ledger.contains(&id),
        "{ledger}"
    );

    // A different release of the same quarter beyond the cap: refused, nothing written.
    let out = anon(&[
        "release",
        "--period",
        "2026Q2",
        "--epsilon",
        "0.5",
        "--out",
        files.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("refused") && text(&out.stderr).contains("quarter 2026Q2"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        storage::releases::list_releases(&mut db.conn().unwrap())
            .unwrap()
            .len(),
        1
    );
    assert!((ledger_total(&db) - 1.0).abs() < 1e-9);
    assert_eq!(
        fs::read_dir(&files).unwrap().count(),
        1,
        "no files for a refused release"
    );

    // Re-running the first returns it and spends nothing.
    let out = anon(&[
        "release",
        "--period",
        "2026Q2",
        "--out",
        files.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("release {id} for 2026Q2 already exists")));
    assert!((ledger_total(&db) - 1.0).abs() < 1e-9);
    assert_eq!(
        fs::read(dir.join("count_member_state.csv")).unwrap(),
        before
    );

    // Two concurrent runs that the cap allows only one of: exactly one spends.
    let out = anon(&[
        "synth",
        "--reports",
        "50",
        "--period",
        "2026Q1",
        "--append",
        "--quiet",
    ]);
    assert!(out.status.success());
    let spawn = |eps: &'static str| {
        let (db_url, keys) = (db_url.to_string(), keys.clone());
        std::thread::spawn(move || {
            run(anonymizer()
                .args(["release", "--period", "2026Q1", "--epsilon", eps, "--quiet"])
                .env("DATABASE_URL", db_url)
                .env("KEYS_DIR", &keys)
                .env("KEYS_PASSPHRASE", PASSPHRASE))
        })
    };
    let (a, b) = (spawn("0.6"), spawn("0.7"));
    let codes = [a.join().unwrap(), b.join().unwrap()].map(|o| o.status.code());
    assert!(
        codes.contains(&Some(0)) && codes.contains(&Some(3)),
        "{codes:?}"
    );
    let q1: f64 = storage::releases::ledger_entries(&mut db.conn().unwrap())
        .unwrap()
        .iter()
        .filter(|e| e.period == "2026Q1")
        .map(|e| e.epsilon)
        .sum();
    assert!((0.6 - 1e-9..=1.0 + 1e-9).contains(&q1), "{q1}");

    ledger_cannot_be_bypassed(&db, &id, &anon);
}

/// The ledger is append-only in the database, every spend is in the audit chain, and a ledger
/// altered behind the database's back (its triggers dropped) stops every further release.
fn ledger_cannot_be_bypassed(
    db: &storage::Database,
    id: &str,
    anon: &dyn Fn(&[&str]) -> std::process::Output,
) {
    use diesel::connection::SimpleConnection;
    let sql = |statement: &str| db.conn().unwrap().batch_execute(statement);
    for statement in [
        "DELETE FROM privacy_ledger",
        "UPDATE privacy_ledger SET epsilon = 0",
        "DELETE FROM releases",
        "UPDATE releases SET epsilon = 0",
        "DELETE FROM release_cells",
        "UPDATE release_cells SET value = 0",
        "DELETE FROM release_tables",
    ] {
        let err = sql(statement).expect_err(statement).to_string();
        assert!(err.contains("append-only"), "{statement}: {err}");
    }
    let pg = matches!(db.backend(), storage::Backend::Postgres);
    if pg {
        let err = sql("TRUNCATE privacy_ledger").unwrap_err().to_string();
        assert!(err.contains("append-only"), "{err}");
    }
    assert!((ledger_total(db) - 1.6).abs() < 0.2 + 1e-9);

    // Every release and every ledger entry is in the audit chain, which verifies.
    let mut conn = db.conn().unwrap();
    let audit = storage::audit::audit_entries(&mut conn, 0, 10_000).unwrap();
    let entries = storage::releases::ledger_entries(&mut conn).unwrap();
    let published: Vec<&str> = audit
        .iter()
        .filter(|a| a.action == "release.published")
        .filter_map(|a| a.object_id.as_deref())
        .collect();
    assert!(published.contains(&id), "{published:?}");
    assert_eq!(published.len(), 2, "two releases were made");
    for e in &entries {
        assert!(
            audit.iter().any(|a| a.action == "privacy_ledger.spent"
                && a.object_id.as_deref() == Some(e.id.to_string().as_str())
                && a.detail
                    .contains(&format!("\"table\":\"{}\"", e.table_name))),
            "ledger entry {} is not in the audit log",
            e.id
        );
    }
    assert!(storage::audit::verify_audit_chain(&mut conn)
        .unwrap()
        .is_ok());
    drop(conn);

    // Someone with the database's owner rights drops the trigger and removes a spend: the
    // ledger now disagrees with the releases, and the next release is refused.
    let (drop_trigger, restore) = if pg {
        (
            "DROP TRIGGER privacy_ledger_append_only ON privacy_ledger",
            "CREATE TRIGGER privacy_ledger_append_only BEFORE UPDATE OR DELETE ON privacy_ledger FOR EACH ROW EXECUTE FUNCTION refuse_append_only()",
        )
    } else {
        (
            "DROP TRIGGER privacy_ledger_no_delete",
            "CREATE TRIGGER privacy_ledger_no_delete BEFORE DELETE ON privacy_ledger BEGIN SELECT RAISE(ABORT, 'privacy_ledger is append-only: DELETE refused'); END",
        )
    };
    sql(drop_trigger).unwrap();
    sql(&format!(
        "DELETE FROM privacy_ledger WHERE release_id = '{id}' AND table_name = 'count_total'"
    ))
    .unwrap();
    sql(restore).unwrap();
    let out = anon(&[
        "synth",
        "--reports",
        "20",
        "--period",
        "2025Q4",
        "--append",
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = anon(&["release", "--period", "2025Q4", "--quiet"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("disagree") && err.contains("count_total") && err.contains(id),
        "{err}"
    );
    let out = anon(&["ledger"]);
    assert!(text(&out.stdout).contains("WARNING: the ledger and the releases disagree"));
    assert!(!storage::releases::list_releases(&mut db.conn().unwrap())
        .unwrap()
        .iter()
        .any(|r| r.period == "2025Q4"));
}

#[test]
fn release_on_sqlite_is_consistent_spends_once_and_refuses_overspend() {
    let tmp = tempfile::tempdir().unwrap();
    release_flow(&format!(
        "sqlite://{}",
        tmp.path().join("db.sqlite").display()
    ));
}

#[test]
fn release_on_postgres_is_consistent_spends_once_and_refuses_overspend() {
    let Some(pg) = crate::pg::PgDatabase::create() else {
        return;
    };
    release_flow(&pg.url);
}

/// `synth --truth`: the file holds, for every published cell, the exact value over what synth
/// stored, recomputed here by a plain loop over the records as the anonymizer opens them.
#[test]
fn synth_truth_file_matches_the_records_stored() {
    use anonymizer::tables::{families, Dim, Value};
    use std::collections::BTreeMap;
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    let db_url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let db = storage::Database::connect(&db_url).unwrap();
    db.migrate().unwrap();
    let truth_path = tmp.path().join("truth.csv");
    let out = run(anonymizer()
        .args([
            "synth",
            "--reports",
            "300",
            "--seed",
            "9",
            "--quiet",
            "--truth",
        ])
        .arg(&truth_path)
        .env("DATABASE_URL", &db_url)
        .env("KEYS_DIR", &keys)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let truth = anonymizer::truth::read(&truth_path).unwrap();
    let key = anonymizer::anonymizer_keys(&keys, None, Some(PASSPHRASE)).unwrap();
    // Synthetic records are all reporters': no reviewer signs any.
    let signers = anonymizer::records::Signers::default();
    let quarters: std::collections::BTreeSet<String> =
        truth.keys().map(|(p, _, _)| p.clone()).collect();
    assert_eq!(quarters.len(), 4, "{quarters:?}");
    let hidden = anonymizer::progress::Progress::hidden();
    let mut reports = 0;
    for period in &quarters {
        let (recs, _) =
            anonymizer::records::load(&db, &key, &signers, period.parse().unwrap(), &hidden)
                .unwrap();
        reports += recs.len();
        let mut expected: BTreeMap<(String, String), i64> = BTreeMap::new();
        for family in families() {
            for spec in &family.tables {
                for r in &recs {
                    let parts: Vec<String> = spec
                        .dims
                        .iter()
                        .map(|&d| {
                            let dim: Dim = family.dims[d];
                            format!("{}={}", dim.name(), dim.code(r.index(dim)))
                        })
                        .collect();
                    let cell = if parts.is_empty() {
                        "total".to_string()
                    } else {
                        parts.join(";")
                    };
                    let v = match family.value {
                        Value::Count => 1,
                        Value::LossSum => r.loss_eur.unwrap_or(0) as i64,
                        Value::JobsSum => i64::from(r.jobs_at_risk.unwrap_or(0)),
                    };
                    *expected.entry((spec.name.to_string(), cell)).or_default() += v;
                }
            }
        }
        let mut checked = 0;
        for ((p, table, cell), value) in &truth {
            if p != period {
                continue;
            }
            if let Some(&v) = expected.get(&(table.clone(), cell.clone())) {
                assert_eq!(*value, v, "{period} {table} {cell}");
            } else if table != "truncated_reports" {
                assert_eq!(*value, 0, "{period} {table} {cell}");
            }
            checked += 1;
        }
        assert!(checked > 27 * 21, "{checked} cells for {period}");
        // Every cell the plain loop found is in the file.
        for ((table, cell), v) in &expected {
            assert_eq!(
                truth.get(&(period.clone(), table.clone(), cell.clone())),
                Some(v),
                "{table} {cell}"
            );
        }
        // The reports truncation leaves out (k = 1 per organisation).
        let t = |table: &str| truth[&(period.clone(), table.to_string(), "total".to_string())];
        let mut per_unit: BTreeMap<[u8; 16], i64> = BTreeMap::new();
        for r in &recs {
            *per_unit.entry(r.unit).or_default() += 1;
        }
        let dropped: i64 = per_unit.values().map(|&n| (n - 1).max(0)).sum();
        assert_eq!(t("truncated_reports"), dropped);
    }
    assert_eq!(reports, 300);
}
