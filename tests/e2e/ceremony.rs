//! The production key ceremony with `tsr-admin` alone, exactly as keys/README.md walks an
//! operator through it, each host a directory of its own: the keyring signing key and the
//! ceremony on the offline host, each body's recovery key on its own host, the anonymizer key
//! on the anonymizer host; only public key files, the reviewers' public keys and the signed
//! keyring travel (the `media` directory); the server host imports the keyring checked against
//! the pinned fingerprint and serves it, and a report sealed to the new keys opens. The
//! keyring signing key rotates to a new pinned fingerprint.

use std::fs;

use envelope::{Body, KeyPair, Kind};

use crate::helpers::*;
use crate::hosts::*;
use crate::instance::Instance;
use crate::intake::{client, good_fields, submit_ok};

#[tokio::test]
async fn the_offline_ceremony_ends_with_a_served_keyring_and_reports_that_open() {
    let mut h = first_ceremony();
    // Only public halves travelled; each private key stayed on its host, wrapped.
    for entry in fs::read_dir(&h.media).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(!name.ends_with(".key"), "{name} on the media");
    }
    let served = |inst: &Instance| {
        let url = inst.url("/keyring.json");
        async move {
            client()
                .get(url)
                .send()
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap()
                .to_vec()
        }
    };
    assert_eq!(
        served(&h.inst).await,
        fs::read(h.media.join("keyring-1/keyring.json")).unwrap()
    );

    // Reviewers enrol in their browsers; the export holds public keys and fingerprints only.
    let (_ann, ann) = enrol_known(&h.inst, "EUIPO", "ann").await;
    let (_cem, cem) = enrol_known(&h.inst, "EC3", "cem").await;
    let (ann_fp, cem_fp) = (ann.public.fingerprint(), cem.public.fingerprint());
    let export = h.media.join("reviewers.json");
    ok(admin_on(
        Some(&h.inst.db_url),
        &["keys", "export-reviewers", "--out", p(&export)],
    ));
    let json = fs::read_to_string(&export).unwrap();
    assert!(json.contains(&ann_fp) && json.contains(&cem_fp), "{json}");
    assert!(
        !json.contains("wrapped") && !json.contains("secret"),
        "{json}"
    );
    let exported: serde_json::Value = serde_json::from_str(&json).unwrap();
    let signing_keys: Vec<(String, String)> = exported["reviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let key = r["signing_key"].as_str().expect("a message signing key");
            let fp = envelope::SigningPublicKey::from_b64(key)
                .unwrap()
                .fingerprint();
            assert_eq!(r["signing_fingerprint"], fp.as_str());
            (r["id"].as_str().unwrap().to_string(), key.to_string())
        })
        .collect();
    assert_eq!(signing_keys.len(), 2);

    // Unapproved keys are left out: only Ann's key is approved at first, then Cem's.
    let printed = resign_offline(&mut h, &[&ann_fp], &[]);
    assert!(
        printed.contains("NOT approved, left out: ec3-enrolled-")
            && printed.contains(&format!("--approve {cem_fp})")),
        "{printed}"
    );
    assert!(printed.contains("Keyring serial 2 "), "{printed}");
    let serial_2 = h.media.join("serial-2");
    for f in ["keyring.json", "keyring.sig"] {
        carry(&h.media.join("next"), f, &serial_2);
    }
    let printed = resign_offline(&mut h, &[&cem_fp.to_ascii_lowercase()], &[]);
    assert!(
        printed.contains("Keyring serial 3 ") && printed.contains(&cem_fp),
        "{printed}"
    );
    let kr = fs::read(h.server_keys.join("keyring.json")).unwrap();
    // Each reviewer's entry carries the message signing key exported with it.
    let (keyring, _) = keystore::load_keyring(&h.server_keys, Some(&h.signer)).unwrap();
    for (id, key) in &signing_keys {
        let entry = keyring
            .bodies
            .values()
            .flat_map(|k| &k.reviewers)
            .find(|e| &e.id == id)
            .unwrap();
        assert_eq!(entry.signing_key.as_ref(), Some(key));
    }
    assert_eq!(
        served(&h.inst).await,
        kr,
        "the server serves the imported keyring"
    );

    // The server host refuses an older keyring, another signer, and the same one again.
    let refused = |args: &[&str], why: &str| {
        let out = admin_on(Some(&h.inst.db_url), args);
        assert!(!out.status.success(), "{args:?} accepted");
        assert!(text(&out.stderr).contains(why), "{}", text(&out.stderr));
        assert_eq!(fs::read(h.server_keys.join("keyring.json")).unwrap(), kr);
    };
    let dir = p(&h.server_keys);
    let kr1 = h.media.join("keyring-1");
    refused(
        &[
            "keys",
            "import",
            "--from",
            p(&kr1),
            "--dir",
            dir,
            "--expect",
            &h.signer,
        ],
        "serial 1, not higher than the current keyring's serial 3",
    );
    refused(
        &[
            "keys",
            "import",
            "--from",
            p(&kr1),
            "--dir",
            dir,
            "--expect",
            "AAAA-AAAA-AAAA-AAAA",
        ],
        "expected AAAA-AAAA-AAAA-AAAA",
    );
    refused(
        &[
            "keys",
            "import",
            "--from",
            p(&h.media.join("next")),
            "--dir",
            dir,
            "--expect",
            &h.signer,
        ],
        "already holds this keyring",
    );
    refused(
        &["keys", "import", "--from", p(&kr1), "--dir", dir],
        "needs the keyring signing key's fingerprint",
    );
    // Nothing new: the offline host signs nothing.
    let out = admin_on(
        None,
        &[
            "keys",
            "assemble",
            "--current",
            p(&h.server_keys),
            "--reviewers",
            p(&export),
            "--signing-key",
            p(&h.offline.join("keyring-signing.key")),
            "--out",
            p(&h.media.join("x")),
        ],
    );
    assert!(
        text(&out.stderr).contains("nothing to change"),
        "{}",
        text(&out.stderr)
    );
    assert!(!h.media.join("x").exists());

    // An export whose key for Ann differs from the signed keyring's: nothing signed.
    let mut changed: serde_json::Value =
        serde_json::from_slice(&fs::read(&export).unwrap()).unwrap();
    let forged = KeyPair::generate().public;
    for r in changed["reviewers"].as_array_mut().unwrap() {
        if r["fingerprint"] == ann_fp.as_str() {
            r["public_key"] = forged.to_b64().into();
        }
    }
    let forged_export = h.media.join("forged.json");
    fs::write(&forged_export, changed.to_string()).unwrap();
    let out = admin_on(
        None,
        &[
            "keys",
            "assemble",
            "--current",
            p(&h.server_keys),
            "--reviewers",
            p(&forged_export),
            "--approve",
            &forged.fingerprint(),
            "--signing-key",
            p(&h.offline.join("keyring-signing.key")),
            "--out",
            p(&h.media.join("x")),
        ],
    );
    assert!(
        text(&out.stderr).contains("changed since signing"),
        "{}",
        text(&out.stderr)
    );
    assert!(!h.media.join("x").exists());

    // The server host: a key changed in the database after enrolment is not exported.
    let before = fs::read(&export).unwrap();
    {
        let db = h.inst.db();
        let mut c = db.conn().unwrap();
        let ann_id = storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name("ann"),
        )
        .unwrap()
        .unwrap()
        .id;
        db.write(|c| storage::accounts::set_reviewer_key(c, ann_id, &forged.0, "{}"))
            .unwrap();
    }
    let out = admin_on(
        Some(&h.inst.db_url),
        &["keys", "export-reviewers", "--out", p(&export)],
    );
    assert!(
        text(&out.stderr).contains("not the one enrolled"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read(&export).unwrap(), before, "nothing written");
    // ... nor anything from a database whose audit chain is broken.
    {
        use diesel::prelude::*;
        use storage::schema::audit_log::dsl::*;
        let db = h.inst.db();
        let mut conn = db.conn().unwrap();
        diesel::update(audit_log.filter(seq.eq(1)))
            .set(detail.eq("{\"tampered\":true}"))
            .execute(&mut *conn)
            .unwrap();
    }
    let out = admin_on(
        Some(&h.inst.db_url),
        &["keys", "export-reviewers", "--out", p(&export)],
    );
    assert!(
        text(&out.stderr).contains("hash chain is broken"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read(&export).unwrap(), before, "nothing written");

    // An older keyring put back by hand on the server host: the database's record still
    // refuses serial 2, and the current one (serial 3) is accepted again.
    for f in ["keyring.json", "keyring.sig"] {
        fs::copy(kr1.join(f), h.server_keys.join(f)).unwrap();
    }
    let out = admin_on(
        Some(&h.inst.db_url),
        &[
            "keys",
            "import",
            "--from",
            p(&serial_2),
            "--dir",
            dir,
            "--expect",
            &h.signer,
        ],
    );
    assert!(
        text(&out.stderr).contains("serial 2, lower than serial 3 (the highest the web server"),
        "{}",
        text(&out.stderr)
    );
    ok(admin_on(
        Some(&h.inst.db_url),
        &[
            "keys",
            "import",
            "--from",
            p(&h.media.join("next")),
            "--dir",
            dir,
            "--expect",
            &h.signer,
        ],
    ));
    assert_eq!(fs::read(h.server_keys.join("keyring.json")).unwrap(), kr);

    // A report sealed to the new keys opens with each body's reviewer and recovery key.
    let receipt = submit_ok(&h.inst, &good_fields(), &[]).await;
    let (id, env) = report_of(&h.inst, &receipt);
    let rid: [u8; 16] = envelope::unhex(&id).unwrap();
    for key in [
        ann,
        cem,
        unwrap_file(&h.recovery_host(Body::Euipo).join("euipo-recovery.key")),
        unwrap_file(&h.recovery_host(Body::Ec3).join("ec3-recovery.key")),
    ] {
        let plain = env.open(Kind::Report, &rid, &key).unwrap();
        assert!(String::from_utf8_lossy(&plain).contains(NARRATIVE));
    }
    assert_eq!(
        env.open(Kind::Report, &rid, &KeyPair::generate())
            .map(|_| ()),
        Err(envelope::EnvelopeError::NoSlotForKey)
    );
    // The keyring names the anonymizer host's key and the release key derived from it.
    let anon = unwrap_file(&h.anonymizer.join("anonymizer.key"));
    let (keyring, _) = keystore::load_keyring(&h.server_keys, Some(&h.signer)).unwrap();
    assert_eq!(keyring.anonymizer_key().unwrap(), anon.public);
    let release = publication::release_signing_key(anon.secret.expose());
    assert_eq!(
        keyring.release_key().unwrap(),
        Some(release.public_key().unwrap())
    );
}

#[tokio::test]
async fn the_keyring_signing_key_rotates_to_a_new_pinned_fingerprint() {
    let mut h = first_ceremony();
    let (_ann, ann) = enrol_known(&h.inst, "EUIPO", "ann").await;
    let ann_fp = ann.public.fingerprint();
    resign_offline(&mut h, &[&ann_fp], &[]);
    let old = h.signer.clone();

    // A new signing key on the offline host; it cannot sign on top of the old signer's keyring.
    let offline2 = h.media.parent().unwrap().join("offline-2");
    let out = ok(admin_on(
        None,
        &[
            "keys",
            "new",
            "--kind",
            "keyring-signing",
            "--dir",
            p(&offline2),
        ],
    ));
    let new = printed_fingerprint(&out);
    let signing = offline2.join("keyring-signing.key");
    // A reviewer enrolled since: something to sign.
    let (_bea, bea) = enrol_known(&h.inst, "EC3", "bea").await;
    let bea_fp = bea.public.fingerprint();
    let export = h.media.join("reviewers.json");
    ok(admin_on(
        Some(&h.inst.db_url),
        &["keys", "export-reviewers", "--out", p(&export)],
    ));
    let out = admin_on(
        None,
        &[
            "keys",
            "assemble",
            "--current",
            p(&h.server_keys),
            "--reviewers",
            p(&export),
            "--signing-key",
            p(&signing),
            "--approve",
            &bea_fp,
            "--out",
            p(&h.media.join("r")),
        ],
    );
    assert!(
        text(&out.stderr).contains("is not the key that signed the current keyring"),
        "{}",
        text(&out.stderr)
    );

    // A first keyring under the new key, from the same public key files.
    let rotated = h.media.join("rotated");
    let out = ok(admin_on(
        None,
        &[
            "keys",
            "assemble",
            "--signing-key",
            p(&signing),
            "--reviewers",
            p(&export),
            "--approve",
            &ann_fp,
            "--recovery",
            p(&h.media.join("euipo-recovery.pub.json")),
            "--recovery",
            p(&h.media.join("ec3-recovery.pub.json")),
            "--anonymizer",
            p(&h.media.join("anonymizer.pub.json")),
            "--out",
            p(&rotated),
        ],
    ));
    assert_eq!(signer_fingerprint(&out), new);
    ok(admin_on(
        Some(&h.inst.db_url),
        &[
            "keys",
            "import",
            "--from",
            p(&rotated),
            "--dir",
            p(&h.server_keys),
            "--expect",
            &new,
        ],
    ));

    // The server pinned to the old fingerprint refuses; pinned to the new one it serves it.
    h.inst.srv.stop();
    let err = try_spawn_app(
        &h.inst.db_url,
        &h.server_keys,
        &[("KEYRING_FINGERPRINT", &old)],
    )
    .err()
    .expect("refused");
    assert!(
        err.contains(&format!("signed by {new}, expected {old}")),
        "{err}"
    );
    let srv = spawn_app(
        &h.inst.db_url,
        &h.server_keys,
        &[("KEYRING_FINGERPRINT", &new)],
    );
    let served = client()
        .get(format!("{}/keyring.json", srv.base))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(
        served.to_vec(),
        fs::read(rotated.join("keyring.json")).unwrap()
    );
    let (keyring, _) = keystore::load_keyring(&h.server_keys, Some(&new)).unwrap();
    assert!(keyring
        .recipients(&[Body::Euipo])
        .unwrap()
        .iter()
        .any(|(_, k)| *k == ann.public));
}
