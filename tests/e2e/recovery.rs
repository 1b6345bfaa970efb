//! Reviewer recovery and key rotation through a body's recovery key, as keys/README.md
//! describes them: a reviewer who lost the unlock passphrase is deactivated (left out of the
//! next keyring) and enrols a new key; the reports sealed to the old key are exported on the
//! server host, re-sealed on the recovery key's host and imported as grants; the recovery key
//! file never reaches the server's directory; every server-side step is in the audit log.
//! Rotating the recovery key itself works the same way, old key to new.

use std::fs;
use std::path::Path;

use envelope::{Body, Kind};

use crate::helpers::*;
use crate::hosts::*;
use crate::intake::{good_fields, submit_ok};

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The report's data key through a grant to `kp`, checked against the envelope, and its text.
fn open_through_grant(
    h: &Hosts,
    id: &str,
    env: &envelope::Envelope,
    kp: &envelope::KeyPair,
) -> String {
    let db = h.inst.db();
    let mut c = db.conn().unwrap();
    let slot = storage::reports::slots_for_report(&mut c, id)
        .unwrap()
        .into_iter()
        .find(|s| s.recipient_pk == kp.public.0)
        .expect("a slot for the new key");
    assert_eq!(slot.granted_by, Some(storage::reports::RECOVERY_GRANT));
    let key = envelope::sealed::open_data_key(&slot.sealed_key, kp).unwrap();
    let rid: [u8; 16] = envelope::unhex(id).unwrap();
    let plain = env.open_with_data_key(Kind::Report, &rid, &key).unwrap();
    String::from_utf8_lossy(&plain).into_owned()
}

/// Export (server host), reseal with `recovery_key` to `to` (its host), import (server host).
fn recover(h: &Hosts, lost: &[&str], recovery_key: &Path, to: &str) -> String {
    let db = h.inst.db_url.clone();
    let request = h.media.join("request.json");
    let grants = h.media.join("grants.json");
    let _ = fs::remove_file(&request);
    let _ = fs::remove_file(&grants);
    let mut args = vec!["recovery", "export", "--out", p(&request)];
    args.extend_from_slice(lost);
    ok(admin_on(Some(&db), &args));
    let keyring = h.media.join("next");
    ok(admin_on(
        None,
        &[
            "recovery",
            "reseal",
            "--request",
            p(&request),
            "--recovery-key",
            p(recovery_key),
            "--keyring",
            p(&keyring),
            "--expect",
            &h.signer,
            "--to",
            to,
            "--out",
            p(&grants),
        ],
    ));
    ok(admin_on(
        Some(&db),
        &[
            "recovery",
            "import",
            "--grants",
            p(&grants),
            "--dir",
            p(&h.server_keys),
            "--expect",
            &h.signer,
        ],
    ))
}

#[tokio::test]
async fn a_lost_reviewer_key_is_recovered_to_a_new_key_through_the_recovery_key() {
    let mut h = first_ceremony();
    let (mut ann_rev, ann) = enrol_known(&h.inst, "EUIPO", "ann").await;
    let ann_fp = ann.public.fingerprint();
    resign_offline(&mut h, &[&ann_fp], &[]);
    let receipt = submit_ok(&h.inst, &good_fields(), &[]).await;
    let (id, env) = report_of(&h.inst, &receipt);

    // Ann forgot her unlock passphrase: deactivated, she enrols again with a new key, and the
    // next keyring drops the old key and holds the new one.
    let ann_session = crate::console::login(&h.inst, &mut ann_rev).await;
    let data = format!("/console/reports/{id}/data");
    let before = crate::console::get_with(&h.inst, &data, &ann_session).await;
    assert_eq!(before.status(), reqwest::StatusCode::OK);
    ok(admin_on(
        Some(&h.inst.db_url),
        &["reviewer", "deactivate", "--name", "ann"],
    ));
    let after = crate::console::get_with(&h.inst, &data, &ann_session).await;
    assert_ne!(after.status(), reqwest::StatusCode::OK, "the session ended");
    let again = admin_on(
        Some(&h.inst.db_url),
        &["reviewer", "deactivate", "--name", "ann"],
    );
    assert!(text(&again.stderr).contains("already deactivated"));
    let code = ann_rev.fresh_code();
    let refused = crate::console::post_login(&h.inst, "ann", crate::console::PASSWORD, &code).await;
    assert_ne!(
        refused.status(),
        reqwest::StatusCode::SEE_OTHER,
        "signed in"
    );
    let (mut ann2_rev, ann2) = enrol_known(&h.inst, "EUIPO", "ann.2").await;
    let ann2_fp = ann2.public.fingerprint();
    let printed = resign_offline(&mut h, &[&ann2_fp], &[]);
    assert!(
        printed
            .lines()
            .any(|l| l.contains("removed") && l.ends_with(&ann_fp)),
        "{printed}"
    );
    assert!(
        printed
            .lines()
            .any(|l| l.contains("added") && l.ends_with(&ann2_fp)),
        "{printed}"
    );
    let (keyring, _) = keystore::load_keyring(&h.server_keys, Some(&h.signer)).unwrap();
    let recipients: Vec<_> = keyring
        .recipients(&[Body::Euipo])
        .unwrap()
        .into_iter()
        .map(|(_, k)| k)
        .collect();
    assert!(recipients.contains(&ann2.public) && !recipients.contains(&ann.public));

    // Refusals before anything is written: a key outside the keyring, a wrong passphrase.
    let recovery_key = h.recovery_host(Body::Euipo).join("euipo-recovery.key");
    let request = h.media.join("request.json");
    ok(admin_on(
        Some(&h.inst.db_url),
        &[
            "recovery",
            "export",
            "--reviewer",
            "ann",
            "--out",
            p(&request),
        ],
    ));
    let grants = h.media.join("grants.json");
    let reseal = |to: &str, pass: &str| {
        run(admin()
            .args([
                "recovery",
                "reseal",
                "--request",
                p(&request),
                "--recovery-key",
                p(&recovery_key),
            ])
            .args([
                "--keyring",
                p(&h.server_keys),
                "--expect",
                &h.signer,
                "--to",
                to,
                "--out",
                p(&grants),
            ])
            .env("KEYS_PASSPHRASE", pass))
    };
    let out = reseal(
        &envelope::KeyPair::generate().public.fingerprint(),
        PASSPHRASE,
    );
    assert!(
        text(&out.stderr).contains("no reviewer or recovery key of the signed keyring"),
        "{}",
        text(&out.stderr)
    );
    let out = reseal(&ann2_fp, "not the passphrase at all");
    assert!(
        !out.status.success() && text(&out.stderr).contains("passphrase"),
        "{}",
        text(&out.stderr)
    );
    assert!(!grants.exists(), "nothing half-written");

    // Export, reseal on the recovery key's host, import: the report opens with the new key.
    let printed = recover(&h, &["--key", &ann_fp], &recovery_key, &ann2_fp);
    assert!(
        printed.starts_with("1 report(s) granted to EUIPO key"),
        "{printed}"
    );
    assert!(open_through_grant(&h, &id, &env, &ann2).contains(NARRATIVE));
    // What the console serves the new reviewer opens with her unlocked key, as in her browser.
    let cookie = crate::console::login(&h.inst, &mut ann2_rev).await;
    let path = format!("/console/reports/{id}/data");
    let data: serde_json::Value = crate::console::get_with(&h.inst, &path, &cookie)
        .await
        .json()
        .await
        .unwrap();
    let mine = data["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["recipient"] == ann2.public.to_b64())
        .expect("the console lists the grant");
    assert_eq!(mine["granted"], true);
    let unlocked = envelope::WrappedKey::from_json(data["wrapped_key"].as_str().unwrap())
        .unwrap()
        .unwrap_x25519(crate::console::UNLOCK.as_bytes())
        .unwrap();
    let sealed = envelope::unb64(mine["sealed_key"].as_str().unwrap(), "sealed").unwrap();
    let key = envelope::sealed::open_data_key(&sealed, &unlocked).unwrap();
    let served = envelope::unb64(data["envelope"].as_str().unwrap(), "envelope").unwrap();
    let rid: [u8; 16] = envelope::unhex(&id).unwrap();
    let plain = envelope::Envelope::parse(&served)
        .unwrap()
        .open_with_data_key(Kind::Report, &rid, &key)
        .unwrap();
    assert!(String::from_utf8_lossy(&plain).contains(NARRATIVE));
    // Again: nothing added twice.
    let printed = recover(&h, &["--reviewer", "ann"], &recovery_key, &ann2_fp);
    assert!(
        printed.starts_with("0 report(s) granted") && printed.contains("1 already"),
        "{printed}"
    );

    // The recovery private key never reached the server's directory.
    let secret = fs::read(&recovery_key).unwrap();
    for f in files_under(h.inst.tmpdir.parent().unwrap()) {
        assert!(
            !f.to_string_lossy().ends_with("recovery.key"),
            "{}",
            f.display()
        );
        assert_ne!(fs::read(&f).unwrap(), secret, "{}", f.display());
    }
    // Every server-side step is in the intact audit log.
    let list = ok(admin_on(
        Some(&h.inst.db_url),
        &["audit", "list", "--limit", "1000"],
    ));
    for action in [
        "reviewer.deactivated",
        "keys.reviewers_exported",
        "keys.keyring_imported",
        "recovery.exported",
        "report.access_granted",
        "recovery.imported",
    ] {
        assert!(list.contains(action), "{action} missing:\n{list}");
    }
    assert!(list.contains(&format!("report:{id}")), "{list}");
    ok(admin_on(Some(&h.inst.db_url), &["audit", "verify"]));
}

#[tokio::test]
async fn the_recovery_key_rotates_and_old_reports_are_re_granted_to_the_new_one() {
    let mut h = first_ceremony();
    let receipt = submit_ok(&h.inst, &good_fields(), &[]).await;
    let (old_id, old_env) = report_of(&h.inst, &receipt);
    let old_key = h.recovery_host(Body::Euipo).join("euipo-recovery.key");
    let old = unwrap_file(&old_key);

    // A new EUIPO recovery key on a new host, signed into the keyring in place of the old one.
    let new_host = h.media.parent().unwrap().join("euipo-recovery-2");
    let out = ok(admin_on(
        None,
        &[
            "keys",
            "new",
            "--kind",
            "recovery",
            "--body",
            "EUIPO",
            "--id",
            "euipo-recovery-2",
            "--dir",
            p(&new_host),
        ],
    ));
    let new_fp = out
        .lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    let public = carry(&new_host, "euipo-recovery.pub.json", &h.media);
    let printed = resign_offline(&mut h, &[], &["--recovery", p(&public)]);
    assert!(
        printed
            .lines()
            .any(|l| l.contains(" recovery  euipo-recovery-2 ") && l.ends_with(&new_fp)),
        "{printed}"
    );
    let new = unwrap_file(&new_host.join("euipo-recovery.key"));

    // New reports are sealed to the new recovery key, not the old one.
    let receipt = submit_ok(&h.inst, &good_fields(), &[]).await;
    let (new_id, new_env) = report_of(&h.inst, &receipt);
    let rid: [u8; 16] = envelope::unhex(&new_id).unwrap();
    assert!(
        String::from_utf8_lossy(&new_env.open(Kind::Report, &rid, &new).unwrap())
            .contains(NARRATIVE)
    );
    assert!(new_env.open(Kind::Report, &rid, &old).is_err());

    // Old reports: re-granted from the old recovery key to the new one, which opens them.
    let printed = recover(&h, &["--key", &old.public.fingerprint()], &old_key, &new_fp);
    assert!(
        printed.starts_with("1 report(s) granted to EUIPO key"),
        "{printed}"
    );
    assert!(open_through_grant(&h, &old_id, &old_env, &new).contains(NARRATIVE));

    // The new recovery key grants on from its own grant (the old key may now be destroyed).
    let (_bea, bea) = enrol_known(&h.inst, "EUIPO", "bea").await;
    resign_offline(&mut h, &[&bea.public.fingerprint()], &[]);
    let printed = recover(
        &h,
        &["--key", &old.public.fingerprint()],
        &new_host.join("euipo-recovery.key"),
        &bea.public.fingerprint(),
    );
    assert!(printed.starts_with("1 report(s) granted"), "{printed}");
    assert!(open_through_grant(&h, &old_id, &old_env, &bea).contains(NARRATIVE));
}
