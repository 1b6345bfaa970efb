//! The trust root: `server serve` needs `KEYRING_FINGERPRINT`, refuses a keyring signed by
//! another key and a keyring older (lower serial) than one it accepted; `tsr-admin keys show`
//! refuses a lower serial; `tsr-admin keys sign-keyring` adds only reviewer keys approved by
//! fingerprint and refuses a key changed in the database after enrolment, and puts the release
//! key into a keyring signed before keyrings carried it.

use std::fs;
use std::path::Path;

use envelope::keyring::{KEYRING_FILE, SIGNATURE_FILE};

use crate::console::enrolled;
use crate::helpers::*;
use crate::instance::Instance;
use crate::webdriver::login_in_browser;

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("db.sqlite").display())
}

/// Re-signs the keyring in `dir` with its own signing key after `change`.
fn resign(dir: &Path, change: impl FnOnce(&mut envelope::Keyring)) {
    let (mut keyring, _) = keystore::load_keyring(dir, None).unwrap();
    change(&mut keyring);
    let signing = keystore::read_key_file(&dir.join(keystore::SIGNING_KEY_FILE))
        .unwrap()
        .unwrap_signing(PASSPHRASE.as_bytes())
        .unwrap();
    let signed = keyring.sign(&signing).unwrap();
    fs::write(dir.join(KEYRING_FILE), &signed.bytes).unwrap();
    fs::write(dir.join(SIGNATURE_FILE), signed.signature_file().unwrap()).unwrap();
}

fn copy_keyring(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for f in [KEYRING_FILE, SIGNATURE_FILE] {
        fs::copy(from.join(f), to.join(f)).unwrap();
    }
}

#[test]
fn serve_without_keyring_fingerprint_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    init_keys(&keys);
    let out = run(server()
        .arg("serve")
        .env("DATABASE_URL", sqlite_url(tmp.path()))
        .env("KEYS_DIR", &keys)
        .env("BIND", "127.0.0.1:0"));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.starts_with("error: KEYRING_FINGERPRINT is required"),
        "{err}"
    );
    assert!(
        !tmp.path().join("db.sqlite").exists(),
        "refused before anything is created"
    );
}

#[tokio::test]
async fn a_keyring_signed_by_another_key_is_refused_and_pages_show_the_pinned_fingerprint() {
    let tmp = tempfile::tempdir().unwrap();
    let (ours, theirs) = (tmp.path().join("ours"), tmp.path().join("theirs"));
    let pinned = signer_fingerprint(&init_keys(&ours));
    let other = signer_fingerprint(&init_keys(&theirs));
    let db = sqlite_url(tmp.path());

    // The attacker's keyring (valid, signed by its own key) with our fingerprint pinned.
    let err = try_spawn_app(&db, &theirs, &[("KEYRING_FINGERPRINT", &pinned)])
        .err()
        .expect("refused");
    assert!(
        err.contains(&format!(
            "refusing to start with KEYRING_FINGERPRINT={pinned}"
        )) && err.contains(&format!("signed by {other}, expected {pinned}")),
        "{err}"
    );

    // Our keyring, pinned in lower case: every page shows the configured value, normalized.
    let srv = spawn_app(
        &db,
        &ours,
        &[("KEYRING_FINGERPRINT", &pinned.to_ascii_lowercase())],
    );
    let page = reqwest::get(format!("{}/report?lang=en", srv.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("data-fingerprint=\"{pinned}\"")),
        "{page}"
    );
    assert!(page.contains("compare it with the one EUIPO and Europol publish"));
}

#[tokio::test]
async fn a_keyring_with_a_lower_serial_is_refused_by_the_server_and_keys_show() {
    let tmp = tempfile::tempdir().unwrap();
    lower_serial_refused(tmp.path(), &sqlite_url(tmp.path())).await;
}

#[tokio::test]
async fn a_keyring_with_a_lower_serial_is_refused_on_postgres() {
    let Some(pg) = crate::pg::PgDatabase::create() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    lower_serial_refused(tmp.path(), &pg.url).await;
}

async fn lower_serial_refused(tmp: &Path, db: &str) {
    let keys = tmp.join("keys");
    let fp = signer_fingerprint(&init_keys(&keys));
    let old = tmp.join("serial-1");
    copy_keyring(&keys, &old);
    resign(&keys, |k| k.serial = 2);

    let srv = spawn_app(db, &keys, &[]);
    // The old keyring put back while the server runs: unhealthy.
    copy_keyring(&old, &keys);
    let health: serde_json::Value = reqwest::get(format!("{}/healthz", srv.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["keyring"], "invalid", "{health}");
    drop(srv);

    // ... and at the next start: refused, naming both serials.
    let err = try_spawn_app(db, &keys, &[]).err().expect("refused");
    assert!(err.contains("has serial 1, lower than serial 2"), "{err}");

    // `keys show`: against the server's record, and against a serial given by hand.
    let show = |extra: &[&str]| {
        run(admin()
            .args(["keys", "show", "--expect", &fp, "--dir"])
            .arg(&keys)
            .args(extra)
            .env("DATABASE_URL", db))
    };
    let out = show(&["--db"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("keyring serial 1 is lower than 2 (the highest the web server recorded)"),
        "{err}"
    );
    // `sign-keyring` does not build on the old keyring either.
    let release = envelope::keys::SigningKey::generate().public_key().unwrap();
    let out = run(admin()
        .args(["keys", "sign-keyring", "--dir"])
        .arg(&keys)
        .args(["--release-key", &release.to_b64()])
        .env("DATABASE_URL", db)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("has serial 1, lower than serial 2"), "{err}");
    let out = show(&["--min-serial", "2"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("lower than 2 (given with --min-serial)"));
    assert!(show(&["--min-serial", "1"]).status.success());

    // The current keyring back: accepted again, and a higher one moves the record up.
    resign(&keys, |k| k.serial = 3);
    let srv = spawn_app(db, &keys, &[]);
    drop(srv);
    assert!(show(&["--db"]).status.success());
    let mut c = storage::Database::connect(db).unwrap().conn().unwrap();
    assert_eq!(
        storage::keyring_serials::highest_serial(&mut c, &fp).unwrap(),
        Some(3)
    );
}

fn reviewer_keyring_entries(keys: &Path) -> Vec<String> {
    let (keyring, _) = keystore::load_keyring(keys, None).unwrap();
    keyring.bodies[&envelope::Body::Euipo]
        .reviewers
        .iter()
        .map(|e| e.key().unwrap().fingerprint())
        .collect()
}

fn reviewer_id(inst: &Instance, name: &str) -> i64 {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
        &mut c,
        storage::accounts::Lookup::Name(name),
    )
    .unwrap()
    .unwrap()
    .id
}

fn approve(fps: &[&str]) -> Vec<String> {
    fps.iter()
        .flat_map(|fp| ["--approve".to_string(), fp.to_string()])
        .collect()
}

#[tokio::test]
async fn sign_keyring_adds_only_keys_approved_by_fingerprint_and_refuses_changed_ones() {
    let inst = Instance::sqlite_own_keys(&[]);
    enrolled(&inst, "EUIPO", "ann").await;
    enrolled(&inst, "EUIPO", "bob").await;
    let fp_of = |name: &str| {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::enrolled_fingerprint(&mut c, reviewer_id(&inst, name))
            .unwrap()
            .expect("the enrolment recorded the fingerprint")
    };
    let (ann, bob) = (fp_of("ann"), fp_of("bob"));
    let before = reviewer_keyring_entries(&inst.keys);

    // No approval: both listed with their fingerprints, nothing signed.
    let out = sign_keyring_with(&inst, &inst.keys, &[]);
    assert!(!out.status.success());
    let (printed, err) = (text(&out.stdout), text(&out.stderr));
    let left_out = |printed: &str, fp: &str| {
        printed.lines().any(|l| {
            l.contains("NOT approved, left out") && l.ends_with(&format!("--approve {fp})"))
        })
    };
    for fp in [&ann, &bob] {
        assert!(left_out(&printed, fp), "{printed}");
    }
    assert!(err.contains("2 new key(s) not approved"), "{err}");
    assert_eq!(reviewer_keyring_entries(&inst.keys), before);

    // Ann approved (in lower case, as typed): only her key is signed in.
    let out = sign_keyring_with(&inst, &inst.keys, &approve(&[&ann.to_ascii_lowercase()]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains("serial 1 -> 2"), "{printed}");
    assert!(
        left_out(&printed, &bob) && !left_out(&printed, &ann),
        "{printed}"
    );
    let entries = reviewer_keyring_entries(&inst.keys);
    assert!(entries.contains(&ann), "{entries:?}");
    assert!(!entries.contains(&bob), "{entries:?}");

    // Bob's key replaced in the database after enrolment: refused even when "approved".
    let forged = envelope::KeyPair::generate();
    {
        let db = inst.db();
        db.write(|c| {
            storage::accounts::set_reviewer_key(
                c,
                reviewer_id(&inst, "bob"),
                &forged.public.0,
                "{}",
            )
        })
        .unwrap();
    }
    let forged_fp = forged.public.fingerprint();
    let out = sign_keyring_with(&inst, &inst.keys, &approve(&[&forged_fp, &bob]));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("holds key {forged_fp}, but {bob} was enrolled")),
        "{err}"
    );
    assert!(!reviewer_keyring_entries(&inst.keys).contains(&forged_fp));

    // Ann's key (already signed) replaced in the database: refused too.
    {
        let db = inst.db();
        db.write(|c| {
            storage::accounts::set_reviewer_key(
                c,
                reviewer_id(&inst, "ann"),
                &forged.public.0,
                "{}",
            )
        })
        .unwrap();
    }
    let out = sign_keyring_with(&inst, &inst.keys, &approve(&[&forged_fp]));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("holds key {forged_fp}, the signed keyring {ann}")),
        "{err}"
    );
    let entries = reviewer_keyring_entries(&inst.keys);
    assert!(entries.contains(&ann) && !entries.contains(&forged_fp));
}

#[test]
fn sign_keyring_puts_the_release_key_into_an_older_keyring() {
    let inst = Instance::sqlite_own_keys(&[]);
    let (keyring, _) = keystore::load_keyring(&inst.keys, None).unwrap();
    let release = keyring.release.expect("keys init puts the release key in");
    // A keyring signed before keyrings carried the release key.
    resign(&inst.keys, |k| {
        k.release = None;
        k.serial = 2;
    });
    let arg = |key: &str| vec!["--release-key".to_string(), key.to_string()];
    let bad = sign_keyring_with(&inst, &inst.keys, &arg("not a key"));
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("--release-key: not a base64 Ed25519"));

    let out = sign_keyring_with(&inst, &inst.keys, &arg(&release.public_key));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains("serial 2 -> 3"), "{printed}");
    assert!(printed.contains("Release key"), "{printed}");
    let (keyring, _) = keystore::load_keyring(&inst.keys, None).unwrap();
    assert_eq!(keyring.release.as_ref(), Some(&release));

    let again = sign_keyring_with(&inst, &inst.keys, &arg(&release.public_key));
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("nothing to change"));
}

/// Chromium: the console remembers the keyring serial it saw, and a reviewer's browser that
/// saw a newer keyring before refuses this one with a message, opening nothing.
#[tokio::test]
async fn the_console_refuses_a_keyring_older_than_one_this_browser_saw() {
    use std::time::Duration;
    if !crate::webdriver::available() {
        return;
    }
    const LONG: Duration = Duration::from_secs(120);
    let mut inst = Instance::sqlite_own_keys(&[]);
    let mut rev = enrolled(&inst, "EUIPO", "ada").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();
    let receipt = crate::intake::submit_ok(&inst, &crate::intake::good_fields(), &[]).await;
    let id = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let lookup = envelope::Receipt::parse(&receipt)
            .unwrap()
            .lookup_hash()
            .unwrap();
        storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
            .unwrap()
            .unwrap()
            .id
    };
    let b = crate::webdriver::Browser::start().await;
    login_in_browser(&b, &inst, &mut rev).await;
    let url = inst.url(&format!("/console/reports/{id}?lang=en"));
    unlock_report(&b, &url).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
    let key = serde_json::json!(format!("tsr-keyring-serial:{}", keyring_signer(&inst.keys)));
    let seen = b
        .execute(
            "return localStorage.getItem(arguments[0]);",
            vec![key.clone()],
        )
        .await;
    assert_eq!(
        seen,
        serde_json::json!("2"),
        "the serial of the keyring seen"
    );

    // This browser saw serial 99 before (the keyring files and the server's record were put
    // back to an older state since): refused, nothing opened.
    b.execute(
        "localStorage.setItem(arguments[0], '99'); return null;",
        vec![key.clone()],
    )
    .await;
    unlock_report(&b, &url).await;
    crate::browser::wait_text(&b, "#report-status-line", "older (lower serial)").await;
    assert!(b.find("#report-page[data-opened=\"true\"]").await.is_none());
    let still = b
        .execute("return localStorage.getItem(arguments[0]);", vec![key])
        .await;
    assert_eq!(still, serde_json::json!("99"), "a refusal lowers nothing");
}

/// Opens a console report page and submits the unlock form.
async fn unlock_report(b: &crate::webdriver::Browser, url: &str) {
    let long = std::time::Duration::from_secs(120);
    b.goto(url).await;
    b.wait_for("#report-page[data-ready=\"true\"]", long).await;
    // The key holder opens the page itself once the key was unlocked in this sign-in.
    crate::console_triage::unlock_if_asked(b, crate::console::UNLOCK).await;
}
