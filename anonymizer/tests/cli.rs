//! The command line's refusals that need no database: caps that would disable or lift the
//! privacy ledger, quarters that have not finished, and a release without a pinned keyring.

#![allow(clippy::unwrap_used)]

/// Runs the anonymizer's command line in-process; returns (exit code, stdout, stderr).
fn anonymizer(args: &[&str], env: &[(&str, &str)]) -> (u8, String, String) {
    let env = settings::Env::from_pairs(env.iter().map(|(k, v)| (*k, *v)));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut argv = vec!["anonymizer"];
    argv.extend_from_slice(args);
    let code = anonymizer::cli::run(argv, &env, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// An empty database without the schema: every refusal tested here comes before it is used
/// (were it used, the error would name the pending migrations instead).
fn no_database() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("empty.db").display());
    (dir, url)
}

#[test]
fn caps_that_are_not_finite_positive_and_under_the_maximum_are_refused_with_exit_2() {
    let (_dir, url) = no_database();
    // (The environment variables reach the same fields through clap, read from the process
    // environment, which a test running beside others must not change.)
    for (flag, over_max) in [("--quarter-cap", "2.01"), ("--year-cap", "8.5")] {
        for bad in [
            "NaN", "nan", "inf", "-inf", "infinity", "0", "-0", "-1", over_max, "1e300",
        ] {
            let arg = format!("{flag}={bad}");
            for command in [
                vec!["release", "--period", "2026Q2", &arg],
                vec!["ledger", &arg],
            ] {
                let (code, _, err) = anonymizer(&command, &[("DATABASE_URL", url.as_str())]);
                assert_eq!(code, 2, "{command:?}: {err}");
                assert!(
                    err.contains(flag) && err.contains("compiled-in maximum"),
                    "{command:?}: {err}"
                );
            }
        }
    }
    // The maximum itself is accepted: the refusal then comes from the missing database.
    let (code, _, err) = anonymizer(
        &["ledger", "--quarter-cap", "2", "--year-cap", "8"],
        &[("DATABASE_URL", url.as_str())],
    );
    assert!(
        !err.contains("compiled-in maximum") && err.contains("migration"),
        "{err}"
    );
    assert_ne!(code, 0);
}

#[test]
fn caps_are_checked_by_the_library_too() {
    use anonymizer::plan::{Caps, MAX_QUARTER_CAP, MAX_YEAR_CAP};
    for (quarter, year) in [
        (f64::NAN, 4.0),
        (1.0, f64::INFINITY),
        (0.0, 4.0),
        (1.0, -4.0),
        (MAX_QUARTER_CAP * 1.01, 4.0),
        (1.0, MAX_YEAR_CAP + 0.1),
    ] {
        let err = Caps { quarter, year }.check().unwrap_err();
        assert_eq!(err.exit_code(), 2, "{quarter} {year}");
    }
    assert!(Caps {
        quarter: MAX_QUARTER_CAP,
        year: MAX_YEAR_CAP
    }
    .check()
    .is_ok());
}

#[test]
fn a_quarter_that_has_not_ended_is_refused_with_exit_2_before_anything_is_read() {
    let (_dir, url) = no_database();
    // A quarter far in the future: refused whatever the machine's date (until 2999).
    let (code, _, err) = anonymizer(
        &["release", "--period", "2999Q1"],
        &[("DATABASE_URL", url.as_str())],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("2999Q1") && err.contains("can be released from 2999-04-15"),
        "{err}"
    );
    let (code, _, err) = anonymizer(
        &["release", "--period", "2999Q1", "--grace-days", "30"],
        &[("DATABASE_URL", url.as_str())],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("from 2999-04-30"), "{err}");
    let (code, _, err) = anonymizer(
        &["release", "--period", "2020Q1", "--grace-days", "0"],
        &[("DATABASE_URL", url.as_str())],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--grace-days"), "{err}");
}

#[test]
fn a_release_without_a_pinned_keyring_is_refused_with_exit_2_before_anything_is_read() {
    let (_dir, url) = no_database();
    // A finished quarter, so the refusal is the missing pin (reviewers' classifications count
    // by their signature, checked against the keyring this fingerprint pins).
    let (code, _, err) = anonymizer(
        &["release", "--period", "2020Q1"],
        &[("DATABASE_URL", url.as_str())],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("KEYRING_FINGERPRINT") && !err.contains("migration"),
        "{err}"
    );
}
