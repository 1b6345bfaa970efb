//! `tsr-admin keys init` / `tsr-admin keys show`, exactly as the README tells a newcomer.

use std::fs;

use crate::helpers::*;

#[test]
fn init_then_show_prints_matching_fingerprints() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let init = init_keys(&dir);
    let fp = signer_fingerprint(&init);
    assert!(init.contains("EUIPO") && init.contains("EC3") && init.contains("Anonymizer"));

    let out = run(admin().args(["keys", "show", "--dir"]).arg(&dir));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("Signature: valid"));
    assert_eq!(signer_fingerprint(&shown), fp);
    // Every fingerprint printed at init is printed again by show, the correlation keys' ids
    // (one per body) with them.
    let correlation = init.lines().filter(|l| l.contains("correlation key id"));
    assert_eq!(correlation.count(), 2, "{init}");
    for line in init.lines().filter(|l| {
        l.contains("reviewer") || l.contains("recovery") || l.contains("correlation key id")
    }) {
        assert!(shown.contains(line), "show lacks: {line}");
    }

    let pinned = run(admin()
        .args(["keys", "show", "--expect", &fp, "--dir"])
        .arg(&dir));
    assert!(pinned.status.success());
    let wrong = run(admin()
        .args(["keys", "show", "--expect", "AAAA-AAAA-AAAA-AAAA", "--dir"])
        .arg(&dir));
    assert!(!wrong.status.success());
    assert!(text(&wrong.stderr).contains("expected AAAA-AAAA-AAAA-AAAA"));
}

#[cfg(unix)]
#[test]
fn private_key_files_are_owner_only_and_wrapped() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("k");
    init_keys(&dir);
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "anonymizer.key",
            "ec3-correlation-keys.json",
            "ec3-correlation.key",
            "ec3-recovery.key",
            "ec3-reviewer-1.key",
            "euipo-correlation-keys.json",
            "euipo-correlation.key",
            "euipo-recovery.key",
            "euipo-reviewer-1.key",
            "keyring-signing.key",
            "keyring.json",
            "keyring.sig"
        ]
    );
    for name in names.iter().filter(|n| n.ends_with(".key")) {
        let path = dir.join(name);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{name}");
        let wrapped = envelope::WrappedKey::from_json(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(wrapped.kdf.alg, "argon2id13");
        if wrapped.kind == envelope::wrap::WrappedKind::X25519 {
            wrapped.unwrap_x25519(PASSPHRASE.as_bytes()).unwrap();
            assert_eq!(
                wrapped
                    .unwrap_x25519(b"not the passphrase")
                    .map(|k| k.public),
                Err(envelope::EnvelopeError::WrongPassphrase)
            );
        } else if wrapped.kind == envelope::wrap::WrappedKind::Correlation {
            wrapped.unwrap_correlation(PASSPHRASE.as_bytes()).unwrap();
        } else {
            wrapped.unwrap_signing(PASSPHRASE.as_bytes()).unwrap();
        }
    }
}

#[test]
fn init_refuses_to_overwrite_an_existing_keyring() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    init_keys(&dir);
    let before = fs::read(dir.join("keyring.json")).unwrap();
    let again = run(admin()
        .args(["keys", "init", "--dir"])
        .arg(&dir)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("refusing to overwrite"));
    assert_eq!(fs::read(dir.join("keyring.json")).unwrap(), before);
}

#[test]
fn a_tampered_keyring_is_reported_and_exits_non_zero() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    init_keys(&dir);
    let path = dir.join("keyring.json");
    let mut bytes = fs::read(&path).unwrap();
    // Swap the serial 1 for 2: still valid, canonical JSON, but not what was signed.
    let pos = bytes
        .windows(10)
        .position(|w| w == b"\"serial\":1")
        .unwrap()
        + 9;
    bytes[pos] = b'2';
    fs::write(&path, &bytes).unwrap();
    let out = run(admin().args(["keys", "show", "--dir"]).arg(&dir));
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("keyring signature is invalid"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn weak_or_missing_passphrases_are_refused_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let short = run(admin()
        .args(["keys", "init", "--dir"])
        .arg(&dir)
        .env("KEYS_PASSPHRASE", "short"));
    assert!(!short.status.success());
    assert!(text(&short.stderr).contains("at least 12 characters"));
    assert!(!dir.join("keyring.json").exists());

    let none = run(admin().args(["keys", "init", "--dir"]).arg(&dir));
    assert!(!none.status.success());
    assert!(
        text(&none.stderr).contains("KEYS_PASSPHRASE"),
        "{}",
        text(&none.stderr)
    );
    assert!(!dir.join("keyring.json").exists());
}

#[test]
fn show_without_a_keyring_says_how_to_make_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(admin().args(["keys", "show", "--dir"]).arg(tmp.path()));
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("tsr-admin keys init"));
}
