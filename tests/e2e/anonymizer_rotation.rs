//! Rotation of the anonymizer key, exactly as keys/README.md ("Rotation", anonymizer key) walks
//! an operator through it, each host a directory (`hosts.rs`): a new key made on the anonymizer
//! host, signed into the keyring offline and imported on the server host; the old key kept in
//! `anonymizer-retiring/`. New statistics records (the server's and `synth`'s, both from the
//! keyring) are sealed to the new key; one release then counts the records sealed to either.
//! Once the old key is retired, its records are reported as unopenable: the release is refused,
//! or made without them on request, with their number printed, never dropped silently.

use std::fs;
use std::path::Path;

use envelope::KeyPair;

use crate::helpers::*;
use crate::hosts::*;
use crate::intake::{good_fields, submit_ok};

/// `anonymizer` on the anonymizer host, reading the server's database.
fn anon_on(keys: &Path, db: &str, signer: &str, args: &[&str]) -> std::process::Output {
    run(anonymizer()
        .args(args)
        .env("DATABASE_URL", db)
        .env("KEYS_DIR", keys)
        .env("KEYS_PASSPHRASE", PASSPHRASE)
        .env("KEYRING_FINGERPRINT", signer))
}

/// The sealed statistics record of the report with this receipt.
fn stats_record_of(h: &Hosts, receipt: &str) -> Vec<u8> {
    let (id, _) = report_of(&h.inst, receipt);
    let db = h.inst.db();
    let mut c = db.conn().unwrap();
    let records = storage::stats::stats_records_for_report(&mut c, &id).unwrap();
    assert_eq!(records.len(), 1);
    records[0].sealed.clone()
}

fn releases(h: &Hosts) -> usize {
    let db = h.inst.db();
    let mut c = db.conn().unwrap();
    storage::releases::list_releases(&mut c).unwrap().len()
}

#[tokio::test]
async fn the_anonymizer_key_rotates_and_records_sealed_to_either_key_count() {
    let mut h = first_ceremony();
    let db = h.inst.db_url.clone();
    let anon_keys = h.anonymizer.clone();
    // The anonymizer host holds the signed keyring beside its key (it verifies it).
    for f in ["keyring.json", "keyring.sig"] {
        carry(&h.server_keys, f, &anon_keys);
    }
    let old = unwrap_file(&anon_keys.join("anonymizer.key"));
    let anon = |h: &Hosts, args: &[&str]| anon_on(&anon_keys, &db, &h.signer, args);

    // Before the rotation: records sealed to the old key, by the server and by `synth`.
    let before = stats_record_of(&h, &submit_ok(&h.inst, &good_fields(), &[]).await);
    assert!(envelope::stats::open_record(&before, &old).is_ok());
    let synth = |h: &Hosts, n: &str, seed: &str| {
        let out = anon(
            h,
            &[
                "synth",
                "--reports",
                n,
                "--period",
                "2026Q3",
                "--seed",
                seed,
                "--append",
                "--quiet",
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
    };
    synth(&h, "40", "1");

    // 1. Anonymizer host: a new key beside the current one.
    let next = anon_keys.join("next");
    let out = ok(admin_on(
        None,
        &["keys", "new", "--kind", "anonymizer", "--dir", p(&next)],
    ));
    let new_fp = printed_fingerprint(&out);
    let public = carry(&next, "anonymizer.pub.json", &h.media);
    // 2. Offline host: signed into the keyring in place of the old one; server host: imported,
    //    and the server restarted.
    let printed = resign_offline(&mut h, &[], &["--anonymizer", p(&public)]);
    assert!(printed.contains(&new_fp), "{printed}");
    // 3. Anonymizer host: the old key moves to anonymizer-retiring/, the new one takes its
    //    place, with the new keyring.
    let retiring = anon_keys.join("anonymizer-retiring");
    fs::create_dir_all(&retiring).unwrap();
    fs::rename(
        anon_keys.join("anonymizer.key"),
        retiring.join("anonymizer-2026.key"),
    )
    .unwrap();
    fs::rename(
        next.join("anonymizer.key"),
        anon_keys.join("anonymizer.key"),
    )
    .unwrap();
    for f in ["keyring.json", "keyring.sig"] {
        carry(&h.server_keys, f, &anon_keys);
    }
    let new: KeyPair = unwrap_file(&anon_keys.join("anonymizer.key"));
    assert_eq!(new.public.fingerprint(), new_fp);
    let checked = ok(anon(&h, &["check"]));
    assert!(
        checked.contains(&format!(
            "ok      anonymizer key: {new_fp} matches the keyring"
        )) && checked.contains(&format!(
            "ok      retiring keys: {}",
            old.public.fingerprint()
        )),
        "{checked}"
    );

    // New records are sealed to the new key (the server and synth read it from the keyring).
    let after = stats_record_of(&h, &submit_ok(&h.inst, &good_fields(), &[]).await);
    assert!(envelope::stats::open_record(&after, &new).is_ok());
    assert!(envelope::stats::open_record(&after, &old).is_err());
    synth(&h, "30", "2");

    // One release counts the records sealed to either key.
    let out = ok(anon(
        &h,
        &[
            "release",
            "--period",
            "2026Q3",
            "--epsilon",
            "0.5",
            "--quiet",
        ],
    ));
    assert!(
        out.contains(&format!(
            "anonymizer keys: 40 record(s) opened with a retiring key, 30 with the current key {new_fp}; 0 open with no key held here"
        )),
        "{out}"
    );
    assert_eq!(releases(&h), 1);

    // 4. Retiring the old key: its records are reported, and the release refused...
    fs::remove_file(retiring.join("anonymizer-2026.key")).unwrap();
    let refused = anon(
        &h,
        &[
            "release",
            "--period",
            "2026Q3",
            "--epsilon",
            "0.25",
            "--quiet",
        ],
    );
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stdout));
    assert!(
        text(&refused.stderr).contains(
            "refused: 40 statistics record(s) of 2026Q3 open with no anonymizer key held here"
        ),
        "{}",
        text(&refused.stderr)
    );
    assert_eq!(releases(&h), 1, "nothing written");
    // ... or made without them when the operator says so, their number printed.
    let out = ok(anon(
        &h,
        &[
            "release",
            "--period",
            "2026Q3",
            "--epsilon",
            "0.25",
            "--skip-unopenable",
            "--quiet",
        ],
    ));
    assert!(
        out.contains(&format!(
            "anonymizer keys: 0 record(s) opened with a retiring key, 30 with the current key {new_fp}; 40 open with no key held here and were left out (--skip-unopenable)"
        )),
        "{out}"
    );
    assert_eq!(releases(&h), 2);
}
