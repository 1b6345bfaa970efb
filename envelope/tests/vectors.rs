//! The committed test vectors open with this crate: `tests/vectors/v{1,2}.json` (made by
//! `examples/make_vectors.rs`) and `tests/vectors/v{1,2}-js.json` (made by
//! `tests/interop/make-vectors.mjs`). v2 is what is written now; v1 is what was stored before
//! envelope v2 and must keep opening.

mod common;

use common::{bytes, keypair_from_seed, manifest_dir, pattern, text};
use envelope::attachment::{open_attachment, split_stream};
use envelope::{
    b64, hex, stats, Body, Envelope, EnvelopeError, KeyPair, Kind, Receipt, SignedKeyring,
    SigningKey, SigningPublicKey, SymmetricKey, WrappedKey,
};
use serde_json::Value;
use sha2::{Digest, Sha256};

fn read_vectors(name: &str) -> Value {
    let path = manifest_dir().join("tests/vectors").join(name);
    let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&data).expect("vector file is JSON")
}

#[test]
fn committed_vectors_open_in_rust() {
    // v1: stored before envelope v2; v2: what is written now.
    for version in [1u8, 2] {
        check_rust_vectors(&read_vectors(&format!("v{version}.json")), version);
        check_js_vectors(&read_vectors(&format!("v{version}-js.json")), version);
    }
}

fn check_rust_vectors(v: &Value, version: u8) {
    let keys = &v["keys"];
    let kp = |name: &str| -> KeyPair {
        let kp = keypair_from_seed(&keys[name]["seed"]);
        assert_eq!(
            kp.public.to_b64(),
            text(&keys[name]["public_key"], "public key")
        );
        assert_eq!(
            b64(kp.secret.expose()),
            text(&keys[name]["secret_key"], "secret key")
        );
        kp
    };

    // Report envelope for two recipients.
    let report = &v["report"];
    let env = Envelope::parse(&bytes(&report["envelope"], "envelope")).expect("parse");
    assert_eq!(env.version(), version);
    assert_eq!(env.kind as u64, report["kind"].as_u64().expect("kind"));
    let id = envelope::unhex::<16>(text(&report["id"], "id")).expect("id");
    assert_eq!(env.id, id);
    for name in ["alice", "bob"] {
        let plain = env
            .open(Kind::Report, &id, &kp(name))
            .expect("open vector report");
        assert_eq!(
            std::str::from_utf8(&plain).expect("utf-8"),
            text(&report["plaintext"], "plaintext")
        );
    }
    assert_eq!(
        env.open(Kind::Report, &id, &kp("carol")),
        Err(EnvelopeError::NoSlotForKey)
    );
    assert!(matches!(
        env.open(Kind::Note, &id, &kp("alice")),
        Err(EnvelopeError::Mismatch { .. })
    ));
    if version == 2 {
        let split = &v["split_keys"];
        let env = Envelope::parse(&bytes(&split["envelope"], "split")).expect("parse split");
        for name in split["opens_for"].as_array().expect("names") {
            env.open(Kind::Report, &id, &kp(text(name, "name")))
                .expect("the committed key opens");
        }
        for name in split["refused_for"].as_array().expect("names") {
            assert_eq!(
                env.open(Kind::Report, &id, &kp(text(name, "name"))),
                Err(EnvelopeError::KeyCommitment)
            );
        }
    }

    check_vector_attachment(&v["attachment"]);

    // Statistics record.
    let s = &v["stats"];
    let record =
        stats::open_record(&bytes(&s["sealed"], "stats"), &kp("anonymizer")).expect("open");
    assert_eq!(
        std::str::from_utf8(&record).expect("utf-8"),
        text(&s["record"], "record")
    );

    // Wrapped key: alice's secret key.
    check_vector_wrapped_key(&v["wrapped_key"], &kp("alice"));

    // Receipt.
    let r = &v["receipt"];
    let receipt = Receipt::parse(text(&r["typed"], "typed")).expect("receipt");
    assert_eq!(receipt.normalized(), text(&r["normalized"], "normalized"));
    assert_eq!(*receipt.display(), text(&r["display"], "display"));
    assert_eq!(
        receipt.reporter_keypair().expect("kp").public.to_b64(),
        text(&r["reporter_public_key"], "reporter public key")
    );
    assert_eq!(
        b64(&if version == 1 {
            receipt.lookup_hash_v1()
        } else {
            receipt.lookup_hash()
        }
        .expect("hash")),
        text(&r["lookup_hash"], "lookup hash")
    );
    if version == 2 {
        let token = receipt.signin_token().expect("token");
        assert_eq!(b64(&token[..]), text(&r["signin_token"], "sign-in token"));
        assert_eq!(
            b64(&envelope::receipt::token_lookup(&token).expect("lookup")),
            text(&r["lookup_hash"], "lookup hash")
        );
    }
    assert_eq!(
        envelope::receipt::token_lookup(&receipt.signin_token().expect("token")).expect("lookup"),
        receipt.lookup_hash().expect("hash")
    );

    // Fingerprints.
    for f in v["fingerprints"].as_array().expect("fingerprints") {
        let pk = bytes(&f["public_key"], "public key");
        let kind = match text(&f["kind"], "kind") {
            "x25519" => b'x',
            "ed25519" => b'e',
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(
            envelope::fingerprint(kind, &pk),
            text(&f["fingerprint"], "fingerprint")
        );
    }

    // Signed keyring: verifies, lists the seed keys, and Ed25519 being deterministic, the
    // signer's seed reproduces the signature.
    let k = &v["keyring"];
    let json_bytes = text(&k["json"], "keyring").as_bytes();
    let sig_file = text(&k["signature_file"], "signature file").as_bytes();
    let signed = SignedKeyring::from_files(json_bytes, sig_file).expect("keyring files");
    let fp = text(&k["signer_fingerprint"], "fingerprint");
    let keyring = signed.verify(Some(fp)).expect("vector keyring verifies");
    let signer_seed =
        envelope::unhex::<32>(text(&keys["keyring_signer"]["seed"], "seed")).expect("seed");
    let signer = SigningKey::from_seed(signer_seed);
    assert_eq!(signer.public_key().expect("pk").fingerprint(), fp);
    assert_eq!(signer.sign(json_bytes).expect("sign"), signed.signature);
    assert_eq!(
        SigningPublicKey::from_b64(text(&keys["keyring_signer"]["public_key"], "pk")).expect("pk"),
        signed.signer
    );
    assert_eq!(
        keyring.anonymizer_key().expect("anonymizer"),
        kp("anonymizer").public
    );
    let euipo: Vec<_> = keyring
        .recipients(&[Body::Euipo])
        .expect("EUIPO")
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    assert_eq!(euipo, vec![kp("alice").public, kp("bob").public]);
    let mut tampered = json_bytes.to_vec();
    tampered[json_bytes.len() / 2] ^= 1;
    let tampered = SignedKeyring::from_files(&tampered, sig_file).expect("files");
    assert_eq!(tampered.verify(Some(fp)), Err(EnvelopeError::BadSignature));
}

fn check_js_vectors(js: &Value, version: u8) {
    let jkeys = &js["keys"];
    let jkp = |name: &str| -> KeyPair {
        let kp = keypair_from_seed(&jkeys[name]["seed"]);
        assert_eq!(
            kp.public.to_b64(),
            text(&jkeys[name]["public_key"], "public key")
        );
        kp
    };
    let report = &js["report"];
    let env = Envelope::parse(&bytes(&report["envelope"], "envelope")).expect("parse JS vector");
    assert_eq!(env.version(), version);
    assert_eq!(env.kind as u64, report["kind"].as_u64().expect("kind"));
    assert_eq!(hex(&env.id), text(&report["id"], "id"));
    assert_eq!(env.slots.len(), 2);
    let id = env.id;
    for name in ["alice", "bob"] {
        let plain = env
            .open(Kind::Report, &id, &jkp(name))
            .expect("open JS vector report");
        assert_eq!(
            std::str::from_utf8(&plain).expect("utf-8"),
            text(&report["plaintext"], "plaintext")
        );
    }
    check_vector_attachment(&js["attachment"]);
    check_vector_wrapped_key(&js["wrapped_key"], &jkp("dave"));
}

fn check_vector_attachment(a: &Value) {
    let key = SymmetricKey::from_b64(text(&a["key"], "key")).expect("key");
    let stream = bytes(&a["stream"], "stream");
    let (_, chunks) = split_stream(&stream).expect("framing");
    assert_eq!(chunks.len() as u64, a["chunks"].as_u64().expect("chunks"));
    let plain = open_attachment(&key, &stream).expect("open vector attachment");
    let len = a["length"].as_u64().expect("length") as usize;
    let seed = a["seed"].as_u64().expect("seed") as usize;
    assert_eq!(plain.len(), len);
    assert_eq!(
        hex(&Sha256::digest(&plain[..])),
        text(&a["sha256"], "sha256")
    );
    assert_eq!(&plain[..], &pattern(len, seed)[..]);
}

fn check_vector_wrapped_key(w: &Value, owner: &KeyPair) {
    let file: WrappedKey = serde_json::from_value(w["file"].clone()).expect("key file");
    let kp = file
        .unwrap_x25519(text(&w["passphrase"], "passphrase").as_bytes())
        .expect("unwrap vector key");
    assert_eq!(kp.public, owner.public);
    assert_eq!(kp.secret.expose(), owner.secret.expose());
}
