//! Correlation (keys/FORMAT.md, "Correlation"): the committed vectors
//! (`tests/vectors/correlation.json`) hold in Rust, and `node tests/interop/correlation.mjs`
//! checks the browser's code (server/static/js/envelope/correlation.js) against the same file,
//! the keyring's optional `correlation` member and the refusal of a substituted key. Without
//! `node` the browser half is skipped, unless CI=true, where it fails.
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

use std::path::Path;
use std::process::Command;

use envelope::correlation::{CorrelationKey, SealedCorrelationKeys, KEYS_FORMAT};
use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{b64, Body, KdfLimits, KeyPair, Keyring, SigningKey, WrappedKey};
use serde_json::Value;

fn vectors() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/correlation.json");
    serde_json::from_slice(&std::fs::read(path).expect("vectors")).expect("JSON")
}

fn key_of(v: &Value) -> CorrelationKey {
    let hex = v["key"].as_str().unwrap();
    CorrelationKey::from_slice(&envelope::unhex::<32>(hex).unwrap()).unwrap()
}

#[test]
fn the_vectors_hold_in_rust() {
    let v = vectors();
    let key = key_of(&v);
    assert_eq!(key.id_b64().unwrap(), v["id_b64"].as_str().unwrap());
    let hashes = v["hashes"].as_array().unwrap();
    assert!(hashes.len() >= 8);
    for h in hashes {
        let got = key
            .indicator_hash(h["kind"].as_str().unwrap(), h["value"].as_str().unwrap())
            .unwrap();
        assert_eq!(got, h["hash"].as_str().unwrap(), "{h}");
    }
}

fn keyring(correlation: Option<String>) -> Keyring {
    let entry = |id: &str| KeyEntry::new(id, id, &KeyPair::generate().public);
    let mut euipo = BodyKeys::new(vec![entry("euipo-1")], entry("euipo-recovery"));
    euipo.correlation = correlation;
    Keyring {
        format: FORMAT.into(),
        serial: 1,
        issued: "2026-12-07".into(),
        bodies: [
            (Body::Euipo, euipo),
            (
                Body::Ec3,
                BodyKeys::new(vec![entry("ec3-1")], entry("ec3-recovery")),
            ),
        ]
        .into(),
        anonymizer: entry("anonymizer"),
        release: None,
    }
}

#[test]
fn the_keyring_names_a_correlation_id_optionally() {
    let signer = SigningKey::generate();
    let fp = signer.public_key().unwrap().fingerprint();
    let key = CorrelationKey::generate();
    let with = keyring(Some(key.id_b64().unwrap())).sign(&signer).unwrap();
    let trusted = with.verify(Some(&fp)).unwrap();
    assert_eq!(
        trusted.bodies[&Body::Euipo].correlation_id().unwrap(),
        Some(key.id().unwrap())
    );
    // Without it: the same bytes as before the member existed (no `correlation` key at all).
    let without = keyring(None).sign(&signer).unwrap();
    assert!(!String::from_utf8_lossy(&without.bytes).contains("correlation"));
    without.verify(Some(&fp)).unwrap();
    // A member that is no 32-byte id is refused.
    assert!(keyring(Some("c2hvcnQ=".into())).sign(&signer).is_err());
}

#[test]
fn a_wrapped_correlation_key_checks_its_id() {
    let key = CorrelationKey::generate();
    let w = WrappedKey::wrap_correlation(&key, "euipo-correlation", b"pass", KdfLimits::MINIMUM)
        .unwrap();
    assert_eq!(w.public_key, key.id_b64().unwrap());
    assert_eq!(w.unwrap_correlation(b"pass").unwrap(), key);
    let mut other = w.clone();
    other.public_key = CorrelationKey::generate().id_b64().unwrap();
    assert!(other.unwrap_correlation(b"pass").is_err());
    assert!(w.unwrap_x25519(b"pass").is_err());
}

#[test]
fn the_sealed_copies_file_round_trips_and_checks_its_form() {
    let key = CorrelationKey::generate();
    let kp = KeyPair::generate();
    let f = SealedCorrelationKeys {
        format: KEYS_FORMAT.into(),
        body: Body::Euipo,
        id: key.id_b64().unwrap(),
        serial: 3,
        sealed: [(
            "euipo-1".to_string(),
            b64(&key.seal_to(&kp.public).unwrap()),
        )]
        .into(),
    };
    let text = f.to_json().unwrap();
    assert_eq!(SealedCorrelationKeys::from_json(&text).unwrap(), f);
    let bad = text.replace(KEYS_FORMAT, "tsr-correlation-keys/9");
    assert!(SealedCorrelationKeys::from_json(&bad).is_err());
    let mut short = f.clone();
    short.sealed.insert("x".into(), b64(&[0; 40]));
    assert!(SealedCorrelationKeys::from_json(&short.to_json().unwrap()).is_err());
}

#[test]
fn the_browser_agrees_with_the_vectors() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/correlation.mjs");
    let out = match Command::new("node").arg(&script).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "node is not on PATH, and CI=true requires the JavaScript correlation test"
            );
            eprintln!("SKIPPED: node is not on PATH");
            return;
        }
        Err(e) => panic!("cannot run node: {e}"),
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("correlation: ok"),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
