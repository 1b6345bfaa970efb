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
    assert!(
        stdout.contains("FAILED  database") && stdout.contains("server serve"),
        "{stdout}"
    );

    // Once the server has run, everything passes.
    drop(spawn_server(&db_url, &keys));
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
