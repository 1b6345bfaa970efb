//! Signed classifications end to end (keys/FORMAT.md, "Signed classifications"): the console
//! stores a reviewer's validated statistics record only with the reviewer's valid signature as
//! their keyring entry, with the signature and signer beside it; the anonymizer counts a
//! reviewer record only with such a signature, checked against the keyring it verified, and
//! excludes and counts a forged one written into the database.

use envelope::SigningKey;
use reqwest::header::COOKIE;
use reqwest::StatusCode;

use crate::console::{get_with, login};
use crate::helpers::between;
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{client, good_fields, submit_ok};
use crate::signed_messages::enrol_with_signing_key;

async fn post_classification(
    inst: &Instance,
    cookie: &str,
    csrf: &str,
    report_id: &str,
    sealed: &[u8],
    signature: Option<&[u8]>,
) -> StatusCode {
    let mut req = client()
        .post(inst.url(&format!(
            "/console/reports/{report_id}/classification?lang=en"
        )))
        .header(COOKIE, cookie)
        .header("X-CSRF-Token", csrf)
        .header("Content-Type", "application/octet-stream")
        .body(sealed.to_vec());
    if let Some(sig) = signature {
        req = req.header("X-Classification-Signature", envelope::b64(sig));
    }
    req.send().await.unwrap().status()
}

#[tokio::test]
async fn classifications_are_stored_and_counted_only_with_the_reviewers_keyring_signature() {
    let mut inst = Instance::sqlite_own_keys(&[]);
    let (mut rev, rita_signing, rita_id) = enrol_with_signing_key(&inst, "rita").await;
    // The keyring before rita joins it (serial 1), kept to try it on the anonymizer later.
    let older = tempfile::tempdir().unwrap();
    for f in [
        envelope::keyring::KEYRING_FILE,
        envelope::keyring::SIGNATURE_FILE,
    ] {
        std::fs::copy(inst.keys.join(f), older.path().join(f)).unwrap();
    }
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();
    let signer = format!("euipo-enrolled-{rita_id}");

    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let (report, reporters) = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let lookup = envelope::Receipt::parse(&receipt)
            .unwrap()
            .lookup_hash()
            .unwrap();
        let report = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
            .unwrap()
            .unwrap();
        let records = storage::stats::stats_records_for_report(&mut c, &report.id).unwrap();
        (report, records)
    };
    assert_eq!(reporters.len(), 1);
    assert_eq!(
        reporters[0].signature, None,
        "the reporter's record is not signed"
    );
    let rid = envelope::unhex::<16>(&report.id).unwrap();

    // The reviewer's record: the reporter's, corrected, sealed to the anonymizer.
    let plain = envelope::stats::open_record(&reporters[0].sealed, anonymizer_key()).unwrap();
    let mut record: domain::StatsRecord = serde_json::from_slice(&plain).unwrap();
    record.source = domain::Source::Reviewer;
    record.sector = "J".into();
    let sealed = envelope::stats::seal_record(
        &serde_json::to_vec(&record).unwrap(),
        &anonymizer_key().public,
    )
    .unwrap();

    let cookie = login(&inst, &mut rev).await;
    let page = get_with(
        &inst,
        &format!("/console/reports/{}?lang=en", report.id),
        &cookie,
    )
    .await
    .text()
    .await
    .unwrap();
    let csrf = between(&page, "data-csrf=\"", "\"").to_string();
    let sign = |key: &SigningKey, rid: &[u8; 16], bytes: &[u8], as_who: &str| {
        envelope::signature::sign_classification(key, rid, bytes, as_who).unwrap()
    };
    // Refused: no signature; another key's; rita's as another signer; rita's over other
    // bytes or another report.
    let other_bytes = {
        let mut b = sealed.clone();
        let last = b.len() - 1;
        b[last] ^= 1;
        b
    };
    let refused: Vec<(&str, Option<[u8; 64]>)> = vec![
        ("unsigned", None),
        (
            "another key",
            Some(sign(&SigningKey::generate(), &rid, &sealed, &signer)),
        ),
        (
            "another signer",
            Some(sign(&rita_signing, &rid, &sealed, "euipo-reviewer-1")),
        ),
        (
            "other bytes",
            Some(sign(&rita_signing, &rid, &other_bytes, &signer)),
        ),
        (
            "another report",
            Some(sign(&rita_signing, &[9; 16], &sealed, &signer)),
        ),
    ];
    for (what, sig) in &refused {
        let status = post_classification(
            &inst,
            &cookie,
            &csrf,
            &report.id,
            &sealed,
            sig.as_ref().map(|s| &s[..]),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{what}");
    }
    let count = |inst: &Instance| {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::stats::stats_records_for_report(&mut c, &report.id).unwrap()
    };
    assert_eq!(count(&inst).len(), 1, "nothing refused was stored");

    let good = sign(&rita_signing, &rid, &sealed, &signer);
    let status = post_classification(&inst, &cookie, &csrf, &report.id, &sealed, Some(&good)).await;
    assert_eq!(status, StatusCode::OK);
    let stored = count(&inst);
    let ours = stored
        .iter()
        .find(|r| r.source == storage::Source::Reviewer)
        .expect("the reviewer's record");
    assert_eq!(ours.signer.as_deref(), Some(signer.as_str()));
    assert_eq!(ours.signature.as_deref(), Some(&good[..]));
    assert_eq!(ours.sealed, sealed);

    // The anonymizer, with the keyring verified against its signer: rita's record counts.
    let (_, signed) = keystore::load_keyring(&inst.keys, None).unwrap();
    let pinned = signed.signer.fingerprint();
    let db = inst.db();
    let signers = anonymizer::reviewer_signers(&inst.keys, &pinned, &db).unwrap();
    let period = record.quarter;
    let hidden = anonymizer::progress::Progress::hidden();
    let (recs, stats) =
        anonymizer::records::load(&db, &current_only(), &signers, period, &hidden).unwrap();
    assert_eq!((recs.len(), stats.unverified), (1, 0));
    let sector = anonymizer::tables::Dim::Sector.code(recs[0].sector.into());
    assert_eq!(sector, "J", "the reviewer's record, not the reporter's");
    // An older keyring of the same signer (without rita) is refused, as is a keyring signed
    // by another key.
    let err = anonymizer::reviewer_signers(older.path(), &pinned, &db).unwrap_err();
    assert!(err.to_string().contains("lower than"), "{err}");
    let other = SigningKey::generate();
    assert!(anonymizer::reviewer_signers(
        &inst.keys,
        &other.public_key().unwrap().fingerprint(),
        &db
    )
    .is_err());

    // A forged classification written into the database (newer than rita's, so it is the one
    // chosen): excluded, counted, and the report is not counted from it.
    {
        let mut c = db.conn().unwrap();
        record.sector = "K".into();
        let forged = envelope::stats::seal_record(
            &serde_json::to_vec(&record).unwrap(),
            &anonymizer_key().public,
        )
        .unwrap();
        storage::stats::insert_stats_record(
            &mut c,
            &storage::stats::NewStatsRecord {
                report_id: report.id.clone(),
                source: storage::Source::Reviewer,
                sealed: forged,
                created_day: storage::Day::today(),
                reviewer_id: Some(rita_id),
            },
        )
        .unwrap();
    }
    let (recs, stats) =
        anonymizer::records::load(&db, &current_only(), &signers, period, &hidden).unwrap();
    assert!(recs.is_empty());
    assert_eq!((stats.unverified, stats.kept), (1, 0));
}

/// The anonymizer's keys with no rotation in progress.
fn current_only() -> anonymizer::AnonymizerKeys {
    anonymizer::AnonymizerKeys::single(anonymizer_key().clone())
}
