//! The correlation key commands of the ceremony (keys/README.md, step 8; keys/FORMAT.md,
//! "Correlation"), run through the very command line in-process: `keys new --kind
//! correlation`, `keys assemble --correlation`, `keys wrap-correlation` (refusing a keyring
//! that names another id or is signed by another key) and `keys import-correlation` (refusing
//! the same, storing the copies with an audit row), and `keys init` making both bodies' keys.
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

use std::path::Path;

use envelope::correlation::SealedCorrelationKeys;
use envelope::{Body, KeyPair};

const PASS: &str = "correct horse battery staple";

/// Runs `tsr-admin args` with `env`; Ok(stdout) or Err(message).
fn admin(args: &[&str], env: &[(&str, &str)]) -> Result<String, String> {
    let mut pairs: Vec<(String, String)> = vec![("KEYS_PASSPHRASE".into(), PASS.into())];
    pairs.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let env = settings::Env::from_pairs(pairs);
    let mut out = Vec::new();
    let args = std::iter::once("tsr-admin").chain(args.iter().copied());
    admin::cli::run(args, &env, &mut out).map(|()| String::from_utf8(out).unwrap())
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn signer(dir: &Path) -> String {
    keystore::read_signed(dir).unwrap().signer.fingerprint()
}

/// A first keyring from public key files, with EUIPO's correlation key id.
fn ceremony(root: &Path) -> std::path::PathBuf {
    let off = root.join("offline");
    for (kind, body) in [
        ("keyring-signing", None),
        ("recovery", Some("EUIPO")),
        ("recovery", Some("EC3")),
        ("anonymizer", None),
        ("correlation", Some("EUIPO")),
    ] {
        let mut args = vec!["keys", "new", "--kind", kind, "--dir", p(&off)];
        if let Some(b) = body {
            args.extend(["--body", b]);
        }
        admin(&args, &[]).unwrap();
    }
    let out = root.join("keyring-1");
    admin(
        &[
            "keys",
            "assemble",
            "--signing-key",
            p(&off.join("keyring-signing.key")),
            "--recovery",
            p(&off.join("euipo-recovery.pub.json")),
            "--recovery",
            p(&off.join("ec3-recovery.pub.json")),
            "--anonymizer",
            p(&off.join("anonymizer.pub.json")),
            "--correlation",
            p(&off.join("euipo-correlation.pub.json")),
            "--out",
            p(&out),
        ],
        &[],
    )
    .unwrap();
    out
}

#[test]
fn keys_new_assemble_wrap_and_import_a_correlation_key() {
    let tmp = tempfile::tempdir().unwrap();
    let keyring_dir = ceremony(tmp.path());
    let off = tmp.path().join("offline");
    // The key file is kind `correlation`; the public file holds its id, which the keyring names.
    let wrapped = keystore::read_key_file(&off.join("euipo-correlation.key")).unwrap();
    let key = wrapped.unwrap_correlation(PASS.as_bytes()).unwrap();
    let public = std::fs::read_to_string(off.join("euipo-correlation.pub.json")).unwrap();
    assert!(public.contains("\"correlation\"") && public.contains(&key.id_b64().unwrap()));
    assert!(!public.contains("ciphertext"));
    let (keyring, _) = keystore::load_keyring(&keyring_dir, None).unwrap();
    assert_eq!(
        keyring.bodies[&Body::Euipo].correlation,
        Some(key.id_b64().unwrap())
    );
    assert_eq!(keyring.bodies[&Body::Ec3].correlation, None);

    // Sealed to EUIPO's keys of that keyring (here: its recovery key).
    let fp = signer(&keyring_dir);
    let copies = tmp.path().join("copies.json");
    let said = admin(
        &[
            "keys",
            "wrap-correlation",
            "--key",
            p(&off.join("euipo-correlation.key")),
            "--keyring",
            p(&keyring_dir),
            "--expect",
            &fp,
            "--out",
            p(&copies),
        ],
        &[],
    )
    .unwrap();
    assert!(said.contains("sealed to 1 key(s)"), "{said}");
    let file =
        SealedCorrelationKeys::from_json(&std::fs::read_to_string(&copies).unwrap()).unwrap();
    assert_eq!((file.body, file.serial), (Body::Euipo, 1));
    let recovery: KeyPair =
        keystore::unwrap_x25519_file(&off.join("euipo-recovery.key"), Some(PASS)).unwrap();
    let sealed = envelope::unb64(&file.sealed["euipo-recovery"], "sealed").unwrap();
    let opened = envelope::correlation::CorrelationKey::open_sealed(&sealed, &recovery).unwrap();
    assert_eq!(opened, key);

    // Imported on the server host: the copies stored, an audit row with ids only.
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let said = admin(
        &[
            "keys",
            "import-correlation",
            "--from",
            p(&copies),
            "--dir",
            p(&keyring_dir),
            "--expect",
            &fp,
        ],
        &[("DATABASE_URL", &url)],
    )
    .unwrap();
    assert!(said.contains("1 sealed cop(ies) imported"), "{said}");
    let db = storage::Database::connect(&url).unwrap();
    let mut c = db.conn().unwrap();
    let stored = storage::correlation::sealed_key_for(&mut c, Body::Euipo, "euipo-recovery")
        .unwrap()
        .unwrap();
    assert_eq!((stored.key_id, stored.sealed), (file.id.clone(), sealed));
    let audit = storage::audit::audit_entries(&mut c, 0, 100).unwrap();
    let row = audit
        .iter()
        .find(|a| a.action == "keys.correlation_imported")
        .unwrap();
    assert_eq!(row.object_id.as_deref(), Some("EUIPO"));
    assert!(!row.detail.contains(&file.sealed["euipo-recovery"]));
}

#[test]
fn wrap_and_import_refuse_another_id_and_another_signer() {
    let tmp = tempfile::tempdir().unwrap();
    let keyring_dir = ceremony(tmp.path());
    let off = tmp.path().join("offline");
    let fp = signer(&keyring_dir);
    // A development keyring: signed by another key, naming other correlation ids.
    let dev = tmp.path().join("dev");
    admin(&["keys", "init", "--dir", p(&dev)], &[]).unwrap();
    let dev_fp = signer(&dev);
    let out = tmp.path().join("copies.json");
    let wrap = |keyring: &Path, expect: &str| {
        admin(
            &[
                "keys",
                "wrap-correlation",
                "--key",
                p(&off.join("euipo-correlation.key")),
                "--keyring",
                p(keyring),
                "--expect",
                expect,
                "--out",
                p(&out),
            ],
            &[],
        )
    };
    // Wrong signer: the keyring is refused before anything is sealed.
    let err = wrap(&keyring_dir, &dev_fp).unwrap_err();
    assert!(err.contains("signed by"), "{err}");
    // A keyring whose bodies name other ids: refused.
    let err = wrap(&dev, &dev_fp).unwrap_err();
    assert!(err.contains("no body of the keyring"), "{err}");
    assert!(!out.exists(), "nothing written");

    // Import: the development keyring's own copies against the ceremony's keyring (EUIPO names
    // another id) and against a wrong fingerprint are refused, nothing stored.
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let dev_copies = dev.join("euipo-correlation-keys.json");
    let import = |dir: &Path, expect: &str| {
        admin(
            &[
                "keys",
                "import-correlation",
                "--from",
                p(&dev_copies),
                "--dir",
                p(dir),
                "--expect",
                expect,
            ],
            &[("DATABASE_URL", &url)],
        )
    };
    let err = import(&keyring_dir, &fp).unwrap_err();
    assert!(err.contains("not the one the keyring"), "{err}");
    let err = import(&dev, &fp).unwrap_err();
    assert!(err.contains("signed by"), "{err}");
    // The development keyring's copies with its own keyring: accepted, both bodies.
    import(&dev, &dev_fp).unwrap();
    let ec3 = dev.join("ec3-correlation-keys.json");
    admin(
        &[
            "keys",
            "import-correlation",
            "--from",
            p(&ec3),
            "--dir",
            p(&dev),
            "--expect",
            &dev_fp,
        ],
        &[("DATABASE_URL", &url)],
    )
    .unwrap();
    let db = storage::Database::connect(&url).unwrap();
    let mut c = db.conn().unwrap();
    for (body, entry) in [
        (Body::Euipo, "euipo-reviewer-1"),
        (Body::Ec3, "ec3-recovery"),
    ] {
        assert!(storage::correlation::sealed_key_for(&mut c, body, entry)
            .unwrap()
            .is_some());
    }
    // The development reviewer opens its body's key, and its id is the keyring's.
    let (keyring, _) = keystore::load_keyring(&dev, Some(&dev_fp)).unwrap();
    let reviewer = keystore::unwrap_x25519_file(
        &dev.join(keystore::reviewer_key_file(Body::Euipo, 1)),
        Some(PASS),
    )
    .unwrap();
    let copy = storage::correlation::sealed_key_for(&mut c, Body::Euipo, "euipo-reviewer-1")
        .unwrap()
        .unwrap();
    let key = envelope::correlation::CorrelationKey::open_sealed(&copy.sealed, &reviewer).unwrap();
    assert_eq!(
        keyring.bodies[&Body::Euipo].correlation,
        Some(key.id_b64().unwrap())
    );
    // A copy for an entry that is no key of the body: refused.
    let mut forged =
        SealedCorrelationKeys::from_json(&std::fs::read_to_string(&ec3).unwrap()).unwrap();
    let any = forged.sealed.values().next().unwrap().clone();
    forged.sealed.insert("euipo-reviewer-1".into(), any);
    let forged_path = tmp.path().join("forged.json");
    std::fs::write(&forged_path, forged.to_json().unwrap()).unwrap();
    let err = admin(
        &[
            "keys",
            "import-correlation",
            "--from",
            p(&forged_path),
            "--dir",
            p(&dev),
            "--expect",
            &dev_fp,
        ],
        &[("DATABASE_URL", &url)],
    )
    .unwrap_err();
    assert!(err.contains("no key of EC3"), "{err}");
}
