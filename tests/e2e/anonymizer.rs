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
    assert!(tables.len() >= 17, "{} tables", tables.len());
    for c in &cells {
        assert!(c.value >= 0, "{} {} is negative", c.table_name, c.cell_key);
        assert!(c.ci_low.is_finite() && c.ci_high.is_finite() && c.ci_low <= c.ci_high);
    }
    // The full public domain: 27 x 21 x 22 cells in the detail table, zeros included.
    assert_eq!(
        cells_of(&cells, "count_member_state_sector_attack_vector").len(),
        27 * 21 * 22
    );
    // Every EU cell equals the sum of its member-state cells.
    for (eu, by_state) in [
        ("count_total", "count_member_state"),
        ("count_sector", "count_member_state_sector"),
        ("count_incident_class", "count_member_state_incident_class"),
        ("count_actor_type", "count_member_state_actor_type"),
        ("count_loss_band", "count_member_state_loss_band"),
        ("loss_sum_total", "loss_sum_member_state"),
        ("jobs_sum_total", "jobs_sum_member_state"),
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
    let detail: i64 = cells_of(&cells, "count_member_state_sector_attack_vector")
        .iter()
        .map(|c| c.value)
        .sum();
    assert_eq!(detail, cells_of(&cells, "count_total")[0].value);
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
    assert_eq!(doc["k"], 3);
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
