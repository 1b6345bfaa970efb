//! Writes the shared test vectors `tests/vectors/v2.json` (envelope v2), once. The v1 vectors
//! (`v1.json`, made by this program before v2) stay committed: v1 objects must keep opening.
//!
//! `cargo run -p envelope --example make_vectors [-- --force]`
//!
//! Inputs are fixed where the API allows (key pairs from fixed seeds, a fixed receipt, a fixed
//! attachment key); envelopes and sealed boxes are randomized, so the file stores the bytes
//! produced. The keys are public test keys: never use them for anything else. The JavaScript
//! counterpart is `tests/interop/make-vectors.mjs`; both files are opened by
//! `tests/js_interop.rs` (Rust) and `tests/interop/check.mjs` (JavaScript).

use std::path::PathBuf;

use envelope::attachment::{seal_attachment, split_stream, CHUNK_PLAINTEXT};
use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{
    b64, hex, stats, Body, Envelope, KdfLimits, KeyPair, Keyring, Kind, Receipt, SigningKey,
    SymmetricKey, WrappedKey,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Same rule as `tests/js_interop.rs` and the JavaScript side.
fn pattern(len: usize, seed: usize) -> Vec<u8> {
    (0..len)
        .map(|i| ((i * 31 + (i >> 16) + seed) % 256) as u8)
        .collect()
}

const RULE: &str = "byte i = (i * 31 + floor(i / 65536) + seed) mod 256";

fn main() -> Result<()> {
    let force = std::env::args().any(|a| a == "--force");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/v2.json");
    if path.exists() && !force {
        return Err(format!(
            "{} exists; vectors are made once (use --force)",
            path.display()
        )
        .into());
    }

    let seeds: [(&str, u8); 5] = [
        ("alice", 0x11),
        ("bob", 0x22),
        ("carol", 0x33),
        ("dave", 0x44),
        ("anonymizer", 0xa0),
    ];
    let mut keys = serde_json::Map::new();
    let mut pairs = std::collections::BTreeMap::new();
    for (name, byte) in seeds {
        let seed = [byte; 32];
        let kp = KeyPair::from_seed(&seed)?;
        keys.insert(
            name.into(),
            json!({
                "seed": hex(&seed),
                "public_key": kp.public.to_b64(),
                "secret_key": b64(kp.secret.expose()),
            }),
        );
        pairs.insert(name, kp);
    }
    let signer_seed = [0x5a; 32];
    let signer = SigningKey::from_seed(signer_seed);
    keys.insert(
        "keyring_signer".into(),
        json!({ "seed": hex(&signer_seed), "public_key": signer.public_key()?.to_b64() }),
    );
    let kp = |name: &str| &pairs[name];

    let id: [u8; 16] = core::array::from_fn(|i| i as u8 + 1);
    let plaintext = r#"{"v":1,"narrative":"Test vector — Prüfvektor ✓","attachments":[]}"#;
    let env = Envelope::seal(
        Kind::Report,
        id,
        plaintext.as_bytes(),
        &[kp("alice").public, kp("bob").public],
    )?;

    // Key commitment: the same envelope with bob's slot holding another data key. Alice opens
    // it; bob's opener must refuse it (KeyCommitment) before decrypting.
    let mut split = env.clone();
    let other = SymmetricKey::generate();
    if let Some(slot) = split
        .slots
        .iter_mut()
        .find(|s| s.recipient == kp("bob").public)
    {
        slot.sealed_key = envelope::sealed::seal_data_key(&other, &kp("bob").public)?;
    }

    let att_key = SymmetricKey::from_slice(&core::array::from_fn::<u8, 32, _>(|i| i as u8))?;
    let (att_len, att_seed) = (CHUNK_PLAINTEXT + 100, 7);
    let att_plain = pattern(att_len, att_seed);
    let stream = seal_attachment(&att_key, &att_plain)?;
    let chunks = split_stream(&stream)?.1.len();

    let record = concat!(
        r#"{"member_state":"BE","sector":"energy","#,
        r#""incident_class":"trade-secret-theft","quarter":"2026-Q4"}"#
    );
    let sealed = stats::seal_record(record.as_bytes(), &kp("anonymizer").public)?;

    let passphrase = "vector passphrase — not secret";
    let wrapped = WrappedKey::wrap_x25519(
        kp("alice"),
        "alice",
        passphrase.as_bytes(),
        KdfLimits::MINIMUM,
    )?;

    let typed = "7kqm 2xpa 9rt4-hv3n cowe f8gl";
    let receipt = Receipt::parse(typed)?;

    let mut fingerprints: Vec<Value> = ["alice", "bob", "carol", "dave", "anonymizer"]
        .iter()
        .map(|n| {
            let pk = kp(n).public;
            json!({ "key": n, "kind": "x25519", "public_key": pk.to_b64(), "fingerprint": pk.fingerprint() })
        })
        .collect();
    let signer_pk = signer.public_key()?;
    fingerprints.push(json!({
        "key": "keyring_signer",
        "kind": "ed25519",
        "public_key": signer_pk.to_b64(),
        "fingerprint": signer_pk.fingerprint(),
    }));

    let keyring = Keyring {
        format: FORMAT.into(),
        serial: 1,
        issued: "2026-11-28".into(),
        bodies: [
            (
                Body::Euipo,
                BodyKeys {
                    correlation: None,
                    reviewers: vec![KeyEntry::new("alice", "Alice (EUIPO)", &kp("alice").public)],
                    recovery: KeyEntry::new("euipo-recovery", "EUIPO recovery", &kp("bob").public),
                },
            ),
            (
                Body::Ec3,
                BodyKeys {
                    correlation: None,
                    reviewers: vec![KeyEntry::new("carol", "Carol (EC3)", &kp("carol").public)],
                    recovery: KeyEntry::new("ec3-recovery", "EC3 recovery", &kp("dave").public),
                },
            ),
        ]
        .into_iter()
        .collect(),
        anonymizer: KeyEntry::new("anonymizer", "Anonymizer", &kp("anonymizer").public),
        release: None,
    };
    let signed = keyring.sign(&signer)?;

    let vectors = json!({
        "format": "tsr envelope v2 test vectors",
        "made_by": "envelope/examples/make_vectors.rs (Rust envelope crate, libsodium-rs)",
        "note": "Public test keys from fixed seeds; never use them for anything else. \
                 Specification: keys/FORMAT.md.",
        "keys": keys,
        "report": {
            "kind": Kind::Report as u8,
            "id": hex(&id),
            "recipients": ["alice", "bob"],
            "plaintext": plaintext,
            "envelope": b64(&env.to_bytes()),
        },
        "split_keys": {
            "note": "bob's slot wraps a data key other than the committed one: bob must refuse",
            "opens_for": ["alice"],
            "refused_for": ["bob"],
            "envelope": b64(&split.to_bytes()),
        },
        "attachment": {
            "key": *att_key.to_b64(),
            "length": att_len,
            "seed": att_seed,
            "rule": RULE,
            "sha256": hex(&Sha256::digest(&att_plain)),
            "chunks": chunks,
            "stream": b64(&stream),
        },
        "stats": { "anonymizer": "anonymizer", "record": record, "sealed": b64(&sealed) },
        "wrapped_key": { "key": "alice", "passphrase": passphrase, "file": serde_json::to_value(&wrapped)? },
        "receipt": {
            "typed": typed,
            "normalized": receipt.normalized(),
            "display": *receipt.display(),
            "reporter_public_key": receipt.reporter_keypair()?.public.to_b64(),
            "signin_token": b64(&receipt.signin_token()?[..]),
            "lookup_hash": b64(&receipt.lookup_hash()?),
        },
        "fingerprints": fingerprints,
        "keyring": {
            "json": String::from_utf8(signed.bytes.clone())?,
            "signature_file": String::from_utf8(signed.signature_file()?)?,
            "signer_fingerprint": signer_pk.fingerprint(),
        },
    });
    let mut text = serde_json::to_string_pretty(&vectors)?;
    text.push('\n');
    std::fs::create_dir_all(path.parent().ok_or("no parent")?)?;
    std::fs::write(&path, text)?;
    println!("wrote {}", path.display());
    Ok(())
}
