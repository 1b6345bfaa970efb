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
