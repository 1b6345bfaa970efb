//! The `tsr-admin` binary as an operator runs it: the commands it lists, and a configuration
//! error that names the variable. (The commands' behaviour is tested through the same
//! command line in-process, in the end-to-end tests.)
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

use std::process::{Command, Stdio};

fn tsr_admin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tsr-admin"));
    cmd.env_clear().stdin(Stdio::null());
    cmd
}

#[test]
fn help_lists_the_operator_commands() {
    let out = tsr_admin().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for command in [
        "keys",
        "reviewer",
        "member-state",
        "verify-release",
        "tags",
        "retention",
        "backup",
        "restore",
        "audit",
    ] {
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "{command} missing from:\n{help}"
        );
    }
    let keys = tsr_admin().args(["keys", "--help"]).output().unwrap();
    let keys = String::from_utf8_lossy(&keys.stdout);
    for sub in ["init", "show", "sign-keyring"] {
        assert!(keys.contains(sub), "{sub} missing from:\n{keys}");
    }
}

/// Every command of the ceremony and of recovery has its own help text.
#[test]
fn ceremony_and_recovery_commands_have_help() {
    for (group, subs) in [
        (
            "keys",
            &[
                "new",
                "export-reviewers",
                "assemble",
                "import",
                "wrap-correlation",
                "import-correlation",
            ][..],
        ),
        ("recovery", &["export", "reseal", "import"][..]),
        ("reviewer", &["add", "deactivate"][..]),
    ] {
        let out = tsr_admin().args([group, "--help"]).output().unwrap();
        assert!(out.status.success());
        let help = String::from_utf8_lossy(&out.stdout);
        for sub in subs {
            assert!(
                help.lines()
                    .any(|l| l.trim_start().starts_with(&format!("{sub} "))),
                "{group} {sub} missing from:\n{help}"
            );
            let one = tsr_admin().args([group, sub, "--help"]).output().unwrap();
            assert!(one.status.success(), "{group} {sub} --help");
            assert!(String::from_utf8_lossy(&one.stdout).contains("Usage:"));
        }
    }
}

fn fails_with<S: AsRef<std::ffi::OsStr> + std::fmt::Debug>(
    args: &[S],
    dir: &std::path::Path,
    message: &str,
) {
    let out = tsr_admin()
        .args(args)
        .env("KEYS_PASSPHRASE", "correct horse battery staple")
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(!out.status.success(), "{args:?} succeeded");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: ") && err.contains(message),
        "{args:?}: {err}"
    );
}

/// `keys new` writes the wrapped private key (0600) and a public key file without private
/// material, refuses to overwrite, and bad input exits non-zero with the reason.
#[test]
fn keys_new_writes_one_key_pair_and_refuses_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("host");
    let d = dir.to_str().unwrap();
    let out = tsr_admin()
        .args([
            "keys", "new", "--kind", "recovery", "--body", "ec3", "--dir", d,
        ])
        .env("KEYS_PASSPHRASE", "correct horse battery staple")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    let fp = printed.lines().next().unwrap().rsplit(' ').next().unwrap();
    let public = std::fs::read_to_string(dir.join("ec3-recovery.pub.json")).unwrap();
    assert!(
        public.contains(fp) && public.contains("tsr-public-key/1"),
        "{public}"
    );
    let wrapped = std::fs::read_to_string(dir.join("ec3-recovery.key")).unwrap();
    assert!(wrapped.contains("argon2id13"));
    // The public file holds no part of the wrapped file's ciphertext.
    assert!(
        !public.contains("ciphertext") && !public.contains("salt"),
        "{public}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("ec3-recovery.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let key = |a: &[&'static str]| -> Vec<String> {
        ["keys", "new"]
            .iter()
            .chain(a)
            .chain(&["--dir"])
            .map(|s| s.to_string())
            .chain([d.to_string()])
            .collect()
    };
    fails_with(
        &key(&["--kind", "recovery", "--body", "EC3"]),
        tmp.path(),
        "already exists",
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("ec3-recovery.key")).unwrap(),
        wrapped
    );
    fails_with(
        &key(&["--kind", "recovery"]),
        tmp.path(),
        "--body is required",
    );
    fails_with(
        &key(&["--kind", "signing"]),
        tmp.path(),
        "expected recovery, anonymizer, keyring-signing or correlation",
    );
    fails_with(
        &key(&["--kind", "anonymizer", "--body", "EC3"]),
        tmp.path(),
        "--body is required for a recovery or correlation key, and only for them",
    );
    let missing = tmp.path().join("nothing.json");
    let m = missing.to_str().unwrap();
    fails_with(
        &[
            "keys",
            "assemble",
            "--signing-key",
            m,
            "--recovery",
            m,
            "--out",
            d,
        ],
        tmp.path(),
        "cannot read",
    );
    fails_with(
        &[
            "keys",
            "assemble",
            "--signing-key",
            m,
            "--recovery",
            dir.join("ec3-recovery.key").to_str().unwrap(),
            "--out",
            d,
        ],
        tmp.path(),
        "is not a tsr-public-key/1 file",
    );
    fails_with(
        &[
            "recovery",
            "reseal",
            "--request",
            m,
            "--recovery-key",
            m,
            "--to",
            "AAAA-AAAA-AAAA-AAAA",
            "--out",
            m,
            "--keyring",
            d,
        ],
        tmp.path(),
        "needs the keyring signing key's fingerprint",
    );
    fails_with(&["recovery", "export", "--out", m], tmp.path(), "--key");
}

#[test]
fn an_invalid_setting_stops_with_the_variable_named() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, value) in [
        ("DATABASE_URL", "mysql://u:hunter2@localhost/x"),
        ("BASE_URL", "report.example.eu"),
    ] {
        let out = tsr_admin()
            .args(["audit", "verify"])
            .env(name, value)
            .current_dir(tmp.path())
            .output()
            .unwrap();
        assert!(!out.status.success(), "{name}={value} accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with(&format!("error: {name}")), "{err}");
        assert!(!err.contains("hunter2"), "the password was printed: {err}");
    }
    let missing = tmp.path().join("none");
    let out = tsr_admin()
        .args(["audit", "verify"])
        .env("DATABASE_URL_FILE", &missing)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("DATABASE_URL_FILE"), "{err}");
}
