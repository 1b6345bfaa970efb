//! The browser library interoperates with the Rust crate, both ways.
//!
//! `rust_and_javascript_open_each_others_envelopes` writes material made by this crate to
//! `in.json`, runs `node envelope/tests/interop/check.mjs in.json out.json` (which loads
//! `server/static/js/envelope.js` on the vendored libsodium.js, opens everything, checks that
//! tampering is refused, opens the committed vectors, then seals its own material), and opens
//! what JavaScript produced with this crate. Without `node` on PATH the test is skipped, unless
//! `CI=true`, where it fails.
//!
//! The committed vectors are opened in Rust by `tests/vectors.rs`.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

use common::{bytes, manifest_dir, pattern, text};
use envelope::attachment::{open_attachment, padme, seal_attachment, split_stream, stream_len};
use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{
    b64, hex, stats, Body, Envelope, EnvelopeError, KdfLimits, KeyPair, Keyring, Kind, Receipt,
    SignedKeyring, SigningKey, SymmetricKey, WrappedKey,
};
use serde_json::{json, Value};

const CHUNK: usize = envelope::attachment::CHUNK_PLAINTEXT;
const C: u64 = CHUNK as u64;
/// File lengths around chunk and bucket edges, sealed by JavaScript for Rust to measure.
const PADDED_LENGTHS: [u64; 12] = [
    0,
    1,
    C - 1,
    C,
    C + 1,
    7 * C,
    8 * C - 1,
    8 * C,
    9 * C + 5,
    10 * C - 1,
    10 * C,
    17 * C + 3,
];

fn keypair_json(kp: &KeyPair) -> Value {
    json!({ "public_key": kp.public.to_b64(), "secret_key": b64(kp.secret.expose()) })
}

fn sig_text(signed: &SignedKeyring) -> String {
    String::from_utf8(signed.signature_file().expect("signature file")).expect("UTF-8")
}

fn fingerprint_json(kind: &str, public_key: &str, fingerprint: String) -> Value {
    json!({ "kind": kind, "public_key": public_key, "fingerprint": fingerprint })
}

/// Runs `node`, or returns `None` when it is not installed (and this is not CI).
fn node(args: &[&Path]) -> Option<std::process::Output> {
    match Command::new("node").args(args).output() {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("node is not on PATH, and CI=true requires the JavaScript interop test");
            }
            // Written past the test harness's output capture, so the skip is always visible.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: node is not on PATH; the JavaScript interop test did not run"
            );
            None
        }
        Err(e) => panic!("cannot run node: {e}"),
    }
}

/// Keys given to JavaScript with their secrets, and keys whose secrets stay here.
struct Material {
    input: Value,
    js_recipients: Vec<KeyPair>,
    js_anonymizer: KeyPair,
}

fn make_material() -> Material {
    let recipients = [
        KeyPair::generate(),
        KeyPair::generate(),
        KeyPair::generate(),
    ];
    let public: Vec<_> = recipients.iter().map(|k| k.public).collect();

    // Envelopes: a short report with non-ASCII text and a message above the first bucket.
    let report_plain = json!({
        "v": 1,
        "narrative": "Quellcode des X-200-Steuergeräts wurde exfiltriert — « urgent » ✓",
        "attachments": [],
    })
    .to_string()
    .into_bytes();
    let message_plain = pattern(5000, 11);
    let mut envelopes = Vec::new();
    for (name, kind, plain) in [
        ("report", Kind::Report, &report_plain),
        ("message", Kind::Message, &message_plain),
    ] {
        let id = envelope::random_id();
        let env = Envelope::seal(kind, id, plain, &public).expect("seal");
        envelopes.push(json!({
            "name": name,
            "kind": kind as u8,
            "id": hex(&id),
            "bytes": b64(&env.to_bytes()),
            "plaintext": b64(plain),
        }));
    }

    // Key commitment: a report whose third slot wraps a data key other than the committed one.
    let split_id = envelope::random_id();
    let mut split = Envelope::seal(Kind::Report, split_id, &report_plain, &public).expect("seal");
    split.slots[2].sealed_key =
        envelope::sealed::seal_data_key(&SymmetricKey::generate(), &public[2]).expect("seal key");
    let split_keys = json!({
        "kind": Kind::Report as u8,
        "id": hex(&split_id),
        "bytes": b64(&split.to_bytes()),
        "plaintext": b64(&report_plain),
        "other": 2,
    });

    // A reply to the reporter, sealed to the key pair derived from the receipt.
    let receipt = Receipt::generate();
    let reporter = receipt.reporter_keypair().expect("reporter key pair");
    let reply_plain = "Thank you. Could you send the controller's firmware version?".as_bytes();
    let reply_id = envelope::random_id();
    let reply = Envelope::seal(Kind::Message, reply_id, reply_plain, &[reporter.public])
        .expect("seal reply");
    // What a person might type: lower case, spaces instead of hyphens, O for 0, l for 1.
    let typed = receipt
        .display()
        .to_lowercase()
        .replace('-', " ")
        .replace('0', "o")
        .replace('1', "l");

    // Attachments: empty, exactly one chunk, and four chunks with a partial last one.
    let attachments: Vec<Value> = [(0usize, 1usize), (CHUNK, 2), (3 * CHUNK + 1000, 3)]
        .iter()
        .map(|&(len, seed)| {
            let key = SymmetricKey::generate();
            let stream = seal_attachment(&key, &pattern(len, seed)).expect("seal attachment");
            json!({ "key": *key.to_b64(), "length": len, "seed": seed, "stream": b64(&stream) })
        })
        .collect();

    let anonymizer = KeyPair::generate();
    let record = concat!(
        r#"{"member_state":"AT","sector":"manufacturing","#,
        r#""incident_class":"trade-secret-theft","quarter":"2026-Q4"}"#
    )
    .as_bytes();
    let sealed_record = stats::seal_record(record, &anonymizer.public).expect("seal record");

    let passphrase = "correct horse ✓ battery staple";
    let wrapped_x = KeyPair::generate();
    let wrapped_e = SigningKey::generate();
    let limits = KdfLimits::MINIMUM;
    let file_x =
        WrappedKey::wrap_x25519(&wrapped_x, "ec3-reviewer-1", passphrase.as_bytes(), limits)
            .and_then(|w| w.to_json())
            .expect("wrap X25519");
    let file_e = WrappedKey::wrap_signing(&wrapped_e, "keyring", passphrase.as_bytes(), limits)
        .and_then(|w| w.to_json())
        .expect("wrap Ed25519");
    let wrapped = vec![
        json!({
            "kind": "x25519",
            "passphrase": passphrase,
            "file": file_x,
            "public_key": wrapped_x.public.to_b64(),
            "secret": b64(wrapped_x.secret.expose()),
        }),
        json!({
            "kind": "ed25519",
            "passphrase": passphrase,
            "file": file_e,
            "public_key": wrapped_e.public_key().expect("pk").to_b64(),
            "secret": b64(wrapped_e.expose_seed()),
        }),
    ];

    // A signed keyring, and a validly signed but non-canonical copy of it.
    let reviewers: Vec<KeyPair> = (0..5).map(|_| KeyPair::generate()).collect();
    let keyring = Keyring {
        format: FORMAT.into(),
        serial: 7,
        issued: "2026-11-28".into(),
        bodies: [
            (
                Body::Euipo,
                BodyKeys {
                    correlation: None,
                    reviewers: vec![
                        KeyEntry::new("euipo-1", "EUIPO reviewer 1", &reviewers[0].public),
                        KeyEntry::new("euipo-2", "EUIPO reviewer 2", &reviewers[1].public),
                    ],
                    recovery: KeyEntry::new(
                        "euipo-recovery",
                        "EUIPO recovery",
                        &reviewers[2].public,
                    ),
                },
            ),
            (
                Body::Ec3,
                BodyKeys {
                    correlation: None,
                    reviewers: vec![KeyEntry::new(
                        "ec3-1",
                        "EC3 réviseur ✓",
                        &reviewers[3].public,
                    )],
                    recovery: KeyEntry::new("ec3-recovery", "EC3 recovery", &reviewers[4].public),
                },
            ),
        ]
        .into_iter()
        .collect(),
        anonymizer: KeyEntry::new("anonymizer", "Anonymizer", &anonymizer.public),
        release: None,
    };
    let signer = SigningKey::generate();
    let signed = keyring.sign(&signer).expect("sign keyring");
    let pretty = serde_json::to_vec_pretty(&keyring).expect("pretty keyring");
    let noncanonical = SignedKeyring {
        signature: signer.sign(&pretty).expect("sign"),
        bytes: pretty,
        signer: signed.signer,
    };
    let mut fingerprints: Vec<Value> = reviewers
        .iter()
        .map(|k| fingerprint_json("x25519", &k.public.to_b64(), k.public.fingerprint()))
        .collect();
    fingerprints.push(fingerprint_json(
        "ed25519",
        &signed.signer.to_b64(),
        signed.signer.fingerprint(),
    ));
    let recipients_of = |body| -> Vec<String> {
        keyring
            .recipients(&[body])
            .expect("recipients")
            .iter()
            .map(|(_, pk)| pk.to_b64())
            .collect()
    };

    let js_recipients: Vec<KeyPair> = (0..3).map(|_| KeyPair::generate()).collect();
    let js_anonymizer = KeyPair::generate();
    let input = json!({
        "keys": recipients.iter().map(keypair_json).collect::<Vec<_>>(),
        "envelopes": envelopes,
        "split_keys": split_keys,
        "padme": (1..=600).map(padme).collect::<Vec<_>>(),
        "stream_lengths": PADDED_LENGTHS.iter().map(|&l| [l, stream_len(l)]).collect::<Vec<_>>(),
        "padded_lengths": PADDED_LENGTHS,
        "reply": {
            "id": hex(&reply_id),
            "receipt": *receipt.display(),
            "typed": typed,
            "normalized": receipt.normalized(),
            "reporter_public_key": reporter.public.to_b64(),
            "lookup_hash": b64(&receipt.lookup_hash().expect("lookup hash")),
            "lookup_hash_v1": b64(&receipt.lookup_hash_v1().expect("lookup hash")),
            "signin_token": b64(&receipt.signin_token().expect("token")[..]),
            "envelope": b64(&reply.to_bytes()),
            "plaintext": b64(reply_plain),
        },
        "attachments": attachments,
        "stats": {
            "anonymizer": keypair_json(&anonymizer),
            "sealed": b64(&sealed_record),
            "record": b64(record),
        },
        "wrapped": wrapped,
        "keyring": {
            "bytes": b64(&signed.bytes),
            "signature_file": sig_text(&signed),
            "signer_fingerprint": signer.public_key().expect("pk").fingerprint(),
            "fingerprints": fingerprints,
            "recipients": { "EUIPO": recipients_of(Body::Euipo), "EC3": recipients_of(Body::Ec3) },
            "noncanonical": {
                "bytes": b64(&noncanonical.bytes),
                "signature_file": sig_text(&noncanonical),
            },
        },
        "js": {
            "recipients": js_recipients.iter().map(|k| k.public.to_b64()).collect::<Vec<_>>(),
            "anonymizer": js_anonymizer.public.to_b64(),
        },
    });
    Material {
        input,
        js_recipients,
        js_anonymizer,
    }
}

#[test]
fn rust_and_javascript_open_each_others_envelopes() {
    let dir = manifest_dir();
    let script = dir.join("tests/interop/check.mjs");
    let tmp = tempfile::tempdir().expect("tempdir");
    let in_path = tmp.path().join("in.json");
    let out_path = tmp.path().join("out.json");
    let material = make_material();
    std::fs::write(
        &in_path,
        serde_json::to_vec_pretty(&material.input).expect("json"),
    )
    .expect("write in.json");

    let Some(run) = node(&[&script, &in_path, &out_path]) else {
        return;
    };
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "check.mjs failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        run.status
    );
    eprintln!("{stdout}");
    let out: Value = serde_json::from_slice(&std::fs::read(&out_path).expect("read out.json"))
        .expect("out.json");
    check_js_output(&out, &material);
}

/// Opens everything JavaScript sealed, with this crate.
fn check_js_output(out: &Value, m: &Material) {
    // The report: every recipient opens it; it lists the attachment's key.
    let report = &out["report"];
    let env = Envelope::parse(&bytes(&report["envelope"], "report")).expect("parse JS envelope");
    assert_eq!(env.kind, Kind::Report);
    assert_eq!(hex(&env.id), text(&report["id"], "id"));
    assert_eq!(
        env.recipients(),
        m.js_recipients.iter().map(|k| k.public).collect::<Vec<_>>()
    );
    assert_eq!(env.version(), 2);
    let id = env.id;
    let expected = bytes(&report["plaintext"], "plaintext");
    for kp in &m.js_recipients {
        assert_eq!(
            &env.open(Kind::Report, &id, kp).expect("open JS report")[..],
            &expected[..]
        );
    }
    assert!(matches!(
        env.open(Kind::Message, &id, &m.js_recipients[0]),
        Err(EnvelopeError::Mismatch { .. })
    ));
    assert_eq!(
        env.ciphertext.len(),
        envelope::padding::bucket(expected.len()) + 16
    );
    let mut tampered = env.clone();
    tampered.ciphertext[3] ^= 0x40;
    assert_eq!(
        tampered.open(Kind::Report, &id, &m.js_recipients[0]),
        Err(EnvelopeError::Tampered)
    );
    let outsider = KeyPair::generate();
    assert_eq!(
        env.open(Kind::Report, &id, &outsider),
        Err(EnvelopeError::NoSlotForKey)
    );

    let report_json: Value = serde_json::from_slice(&expected).expect("report is JSON");
    assert_eq!(report_json["v"], 1);
    let listed = &report_json["attachments"][0];
    let attachment = &out["attachment"];
    assert_eq!(listed["key"], attachment["key"]);
    let key = SymmetricKey::from_b64(text(&listed["key"], "key")).expect("key");
    let stream = bytes(&attachment["stream"], "stream");
    let len = attachment["length"].as_u64().expect("length") as usize;
    let seed = attachment["seed"].as_u64().expect("seed") as usize;
    assert_eq!(listed["size"].as_u64(), Some(len as u64));
    let (_, chunks) = split_stream(&stream).expect("framing");
    assert!(
        chunks.len() >= 3 && !len.is_multiple_of(CHUNK),
        "at least 3 chunks, last partial"
    );
    assert_eq!(stream.len() as u64, stream_len(len as u64));
    // Padded sizes of files sealed by JavaScript: only the bucket shows.
    let sizes = out["padded_sizes"].as_array().expect("padded sizes");
    assert_eq!(sizes.len(), PADDED_LENGTHS.len());
    for (pair, &len) in sizes.iter().zip(PADDED_LENGTHS.iter()) {
        assert_eq!(pair[0].as_u64(), Some(len));
        assert_eq!(pair[1].as_u64(), Some(stream_len(len)), "length {len}");
    }
    assert_eq!(
        &open_attachment(&key, &stream).expect("open JS attachment")[..],
        &pattern(len, seed)[..]
    );
    let truncated = &stream[..stream.len() - chunks[chunks.len() - 1].len()];
    assert_eq!(
        open_attachment(&key, truncated),
        Err(EnvelopeError::Truncated)
    );

    // The statistics record.
    let sealed = bytes(&out["stats"]["sealed"], "stats");
    assert_eq!(
        &stats::open_record(&sealed, &m.js_anonymizer).expect("open JS stats record")[..],
        &bytes(&out["stats"]["record"], "record")[..]
    );

    // The wrapped key, at the minimum KDF parameters.
    let w = &out["wrapped"];
    let file = WrappedKey::from_json(text(&w["file"], "file")).expect("JS key file parses");
    assert_eq!(
        (file.kdf.opslimit, file.kdf.memlimit),
        (2, 19 * 1024 * 1024)
    );
    let passphrase = text(&w["passphrase"], "passphrase");
    let kp = file
        .unwrap_x25519(passphrase.as_bytes())
        .expect("unwrap JS key");
    assert_eq!(kp.public.to_b64(), text(&w["public_key"], "public key"));
    assert_eq!(b64(kp.secret.expose()), text(&w["secret"], "secret"));
    assert_eq!(
        file.unwrap_x25519(b"wrong").err(),
        Some(EnvelopeError::WrongPassphrase)
    );

    // The receipt JavaScript generated, and what it derived from it.
    let r = &out["receipt"];
    let display = text(&r["display"], "receipt");
    let receipt = Receipt::parse(display).expect("JS receipt parses");
    assert_eq!(
        *receipt.display(),
        display,
        "JS shows receipts in the same grouping"
    );
    assert_eq!(
        receipt.reporter_keypair().expect("kp").public.to_b64(),
        text(&r["reporter_public_key"], "reporter public key")
    );
    assert_eq!(
        b64(&receipt.lookup_hash().expect("hash")),
        text(&r["lookup_hash"], "lookup hash")
    );
    assert_eq!(
        b64(&receipt.signin_token().expect("token")[..]),
        text(&r["signin_token"], "sign-in token")
    );

    // Fingerprints JavaScript computed for the keys Rust gave it.
    for (kp, fp) in m
        .js_recipients
        .iter()
        .zip(out["fingerprints"].as_array().expect("fingerprints"))
    {
        assert_eq!(kp.public.fingerprint(), text(fp, "fingerprint"));
    }
}
