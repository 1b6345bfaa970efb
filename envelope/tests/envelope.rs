//! Round trips and every rejection the issue names, each with its typed error.

use envelope::attachment::{
    open_attachment, seal_attachment, split_stream, AttachmentOpener, AttachmentSealer,
    CHUNK_CIPHERTEXT, CHUNK_PLAINTEXT, PREFIX_BYTES,
};
use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{
    stats, Body, Envelope, EnvelopeError, KdfLimits, KeyPair, Keyring, Kind, Receipt,
    SignedKeyring, SigningKey, SymmetricKey, WrappedKey,
};

fn three() -> (KeyPair, KeyPair, KeyPair) {
    (
        KeyPair::generate(),
        KeyPair::generate(),
        KeyPair::generate(),
    )
}

#[test]
fn every_recipient_opens_the_same_plaintext() {
    let (a, b, c) = three();
    let id = envelope::random_id();
    let text = "Narrative: source code of the X-200 controller was exfiltrated.".as_bytes();
    let env = Envelope::seal(Kind::Report, id, text, &[a.public, b.public, c.public]).unwrap();
    let parsed = Envelope::parse(&env.to_bytes()).unwrap();
    assert_eq!(parsed, env);
    for kp in [&a, &b, &c] {
        assert_eq!(&parsed.open(Kind::Report, &id, kp).unwrap()[..], text);
    }
    // Length leaks only the bucket.
    assert_eq!(env.ciphertext.len(), 1024 + 16);
}

#[test]
fn a_key_without_a_slot_is_refused() {
    let (a, b, outsider) = three();
    let env = Envelope::seal(Kind::Report, [1; 16], b"x", &[a.public, b.public]).unwrap();
    assert_eq!(
        env.open(Kind::Report, &[1; 16], &outsider),
        Err(EnvelopeError::NoSlotForKey)
    );
}

#[test]
fn a_wrong_secret_key_for_a_listed_public_key_is_refused() {
    let (a, b, _) = three();
    let env = Envelope::seal(Kind::Report, [1; 16], b"x", &[a.public]).unwrap();
    let impostor = KeyPair {
        public: a.public,
        secret: b.secret.clone(),
    };
    assert_eq!(
        env.open(Kind::Report, &[1; 16], &impostor),
        Err(EnvelopeError::WrongKey)
    );
}

#[test]
fn tampered_ciphertext_nonce_id_or_kind_is_refused() {
    let (a, _, _) = three();
    let env = Envelope::seal(Kind::Report, [7; 16], b"secret", &[a.public]).unwrap();
    let mut ct = env.clone();
    ct.ciphertext[10] ^= 1;
    assert_eq!(
        ct.open(Kind::Report, &[7; 16], &a),
        Err(EnvelopeError::Tampered)
    );
    let mut nonce = env.clone();
    nonce.nonce[0] ^= 1;
    assert_eq!(
        nonce.open(Kind::Report, &[7; 16], &a),
        Err(EnvelopeError::Tampered)
    );
    // A changed id or kind is caught by the key commitment before decryption, and, were the
    // commitment recomputed, by the associated data.
    let mut id = env.clone();
    id.id[0] ^= 1;
    let changed = id.id;
    assert_eq!(
        id.open(Kind::Report, &changed, &a),
        Err(EnvelopeError::KeyCommitment)
    );
    let mut kind = env.clone();
    kind.kind = Kind::Message;
    assert_eq!(
        kind.open(Kind::Message, &[7; 16], &a),
        Err(EnvelopeError::KeyCommitment)
    );
    // A flipped bit anywhere in the serialized ciphertext region is caught too.
    let mut bytes = env.to_bytes();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    assert_eq!(
        Envelope::parse(&bytes)
            .unwrap()
            .open(Kind::Report, &[7; 16], &a),
        Err(EnvelopeError::Tampered)
    );
}

#[test]
fn dropping_or_adding_a_slot_breaks_the_recipient_digest() {
    let (a, b, c) = three();
    let env = Envelope::seal(Kind::Report, [2; 16], b"x", &[a.public, b.public]).unwrap();
    let mut dropped = env.clone();
    dropped.slots.pop();
    assert_eq!(
        Envelope::parse(&dropped.to_bytes()),
        Err(EnvelopeError::RecipientDigestMismatch)
    );
    let mut added = env.clone();
    added.slots.push(envelope::sealed::Slot {
        recipient: c.public,
        sealed_key: envelope::sealed::seal_data_key(&env.data_key(&a).unwrap(), &c.public).unwrap(),
    });
    assert_eq!(
        added.open(Kind::Report, &[2; 16], &c),
        Err(EnvelopeError::RecipientDigestMismatch)
    );
}

#[test]
fn a_granted_key_opens_through_the_data_key() {
    let (a, _, newcomer) = three();
    let env = Envelope::seal(Kind::Report, [3; 16], b"old report", &[a.public]).unwrap();
    let sealed =
        envelope::sealed::seal_data_key(&env.data_key(&a).unwrap(), &newcomer.public).unwrap();
    let key = envelope::sealed::open_data_key(&sealed, &newcomer).unwrap();
    assert_eq!(
        &env.open_with_data_key(Kind::Report, &[3; 16], &key)
            .unwrap()[..],
        b"old report"
    );
}

#[test]
fn malformed_envelopes_are_refused_without_panicking() {
    let (a, _, _) = three();
    let bytes = Envelope::seal(Kind::Report, [4; 16], b"x", &[a.public])
        .unwrap()
        .to_bytes();
    for cut in [0, 3, 4, 20, 60, 100, bytes.len() - 1] {
        assert!(matches!(
            Envelope::parse(&bytes[..cut]),
            Err(EnvelopeError::Malformed { .. })
        ));
    }
    let mut trailing = bytes.clone();
    trailing.push(0);
    assert!(matches!(
        Envelope::parse(&trailing),
        Err(EnvelopeError::Malformed { .. })
    ));
    let mut magic = bytes.clone();
    magic[0] = b'X';
    assert!(matches!(
        Envelope::parse(&magic),
        Err(EnvelopeError::Malformed { .. })
    ));
    assert_eq!(
        Envelope::seal(Kind::Report, [4; 16], b"x", &[a.public, a.public]),
        Err(EnvelopeError::DuplicateRecipient)
    );
}

fn file(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 256) as u8).collect()
}

#[test]
fn attachments_round_trip_at_chunk_boundaries() {
    let key = SymmetricKey::generate();
    for len in [
        0,
        1,
        CHUNK_PLAINTEXT - 1,
        CHUNK_PLAINTEXT,
        CHUNK_PLAINTEXT + 1,
        3 * CHUNK_PLAINTEXT + 5,
    ] {
        let data = file(len);
        let stream = seal_attachment(&key, &data).unwrap();
        assert_eq!(
            &open_attachment(&key, &stream).unwrap()[..],
            &data[..],
            "len {len}"
        );
    }
}

#[test]
fn streaming_sealer_matches_any_write_pattern() {
    let key = SymmetricKey::generate();
    let data = file(2 * CHUNK_PLAINTEXT + 1000);
    let (mut sealer, mut stream) = AttachmentSealer::new(&key).unwrap();
    for piece in data.chunks(7919) {
        for c in sealer.update(piece).unwrap() {
            assert_eq!(c.len(), CHUNK_CIPHERTEXT);
            stream.extend_from_slice(&c);
        }
    }
    for c in sealer.finish().unwrap() {
        assert_eq!(c.len(), CHUNK_CIPHERTEXT);
        stream.extend_from_slice(&c);
    }
    assert_eq!(&open_attachment(&key, &stream).unwrap()[..], &data[..]);
}

#[test]
fn truncated_reordered_tampered_and_extended_streams_are_refused() {
    let key = SymmetricKey::generate();
    let data = file(3 * CHUNK_PLAINTEXT + 10);
    let stream = seal_attachment(&key, &data).unwrap();

    // Truncated: the final chunk is missing.
    let truncated = &stream[..PREFIX_BYTES + 2 * CHUNK_CIPHERTEXT];
    assert_eq!(
        open_attachment(&key, truncated),
        Err(EnvelopeError::Truncated)
    );
    // Truncated to the header alone.
    assert_eq!(
        open_attachment(&key, &stream[..PREFIX_BYTES]),
        Err(EnvelopeError::Truncated)
    );

    // Reordered: chunks 1 and 2 swapped.
    let (prefix, chunks) = split_stream(&stream).unwrap();
    let mut opener = AttachmentOpener::new(&key, prefix).unwrap();
    opener.pull(chunks[0]).unwrap();
    assert_eq!(
        opener.pull(chunks[2]),
        Err(EnvelopeError::ChunkRejected { index: 1 })
    );

    // Tampered chunk.
    let mut tampered = stream.clone();
    tampered[PREFIX_BYTES + 5] ^= 1;
    assert_eq!(
        open_attachment(&key, &tampered),
        Err(EnvelopeError::ChunkRejected { index: 0 })
    );

    // Wrong key.
    assert_eq!(
        open_attachment(&SymmetricKey::generate(), &stream),
        Err(EnvelopeError::ChunkRejected { index: 0 })
    );

    // Data after the final chunk.
    let (prefix, chunks) = split_stream(&stream).unwrap();
    let mut opener = AttachmentOpener::new(&key, prefix).unwrap();
    for c in &chunks {
        opener.pull(c).unwrap();
    }
    assert_eq!(opener.pull(chunks[0]), Err(EnvelopeError::TrailingChunk));
}

#[test]
fn statistics_records_open_only_with_the_anonymizer_key() {
    let anonymizer = KeyPair::generate();
    let record = br#"{"v":1,"member_state":"DK","sector":"C"}"#;
    let sealed = stats::seal_record(record, &anonymizer.public).unwrap();
    assert_eq!((sealed.len() - 4 - 48) % stats::BLOCK, 0);
    assert_eq!(
        &stats::open_record(&sealed, &anonymizer).unwrap()[..],
        record
    );
    assert_eq!(
        stats::open_record(&sealed, &KeyPair::generate()),
        Err(EnvelopeError::WrongKey)
    );
    let mut tampered = sealed.clone();
    tampered[60] ^= 1;
    assert_eq!(
        stats::open_record(&tampered, &anonymizer),
        Err(EnvelopeError::WrongKey)
    );
    assert!(stats::check_sealed_record(&sealed[..100]).is_err());
}

#[test]
fn receipts_parse_forgivingly_and_derive_stable_keys() {
    let r = Receipt::generate();
    let shown = r.display();
    assert_eq!(shown.len(), 24 + 5);
    let typed = shown.to_lowercase().replace('-', " ");
    let again = Receipt::parse(&typed).unwrap();
    assert_eq!(again, r);
    assert_eq!(
        again.reporter_keypair().unwrap().public,
        r.reporter_keypair().unwrap().public
    );
    assert_eq!(again.lookup_hash().unwrap(), r.lookup_hash().unwrap());
    assert_ne!(
        r.lookup_hash().unwrap().to_vec(),
        r.reporter_keypair().unwrap().public.as_bytes().to_vec()
    );
    // O/I/L read as 0/1.
    let o = Receipt::parse("OOOO-IIII-LLLL-0000-1111-2222").unwrap();
    assert_eq!(o.normalized(), "000011111111000011112222");
    for bad in [
        "",
        "ABCD",
        "UUUU-UUUU-UUUU-UUUU-UUUU-UUUU",
        "0000-0000-0000-0000-0000-00000",
    ] {
        assert_eq!(Receipt::parse(bad), Err(EnvelopeError::InvalidReceipt));
    }
    assert_eq!(format!("{r:?}"), "Receipt(<redacted>)");
}

#[test]
fn wrapped_keys_unwrap_with_the_passphrase_only() {
    let kp = KeyPair::generate();
    let w = WrappedKey::wrap_x25519(&kp, "ec3-reviewer-1", b"correct horse", KdfLimits::MINIMUM)
        .unwrap();
    let json = w.to_json().unwrap();
    let back = WrappedKey::from_json(&json).unwrap();
    assert_eq!(
        back.unwrap_x25519(b"correct horse").unwrap().public,
        kp.public
    );
    assert_eq!(
        back.unwrap_x25519(b"wrong horse").map(|k| k.public),
        Err(EnvelopeError::WrongPassphrase)
    );
    let mut weak = back.clone();
    weak.kdf.memlimit = 1024;
    assert_eq!(
        weak.unwrap_x25519(b"correct horse").map(|k| k.public),
        Err(EnvelopeError::WeakKdfParameters)
    );
    let mut swapped = back.clone();
    swapped.public_key = KeyPair::generate().public.to_b64();
    assert_eq!(
        swapped.unwrap_x25519(b"correct horse").map(|k| k.public),
        Err(EnvelopeError::WrongPassphrase)
    );
    assert!(!json.contains(&envelope::b64(kp.secret.expose())));
    assert_eq!(format!("{:?}", kp.secret), "SecretKey(<redacted>)");
}

fn test_keyring() -> (Keyring, SigningKey) {
    let mut bodies = std::collections::BTreeMap::new();
    for body in Body::ALL {
        bodies.insert(
            body,
            BodyKeys {
                correlation: None,
                reviewers: vec![KeyEntry::new(
                    "r1",
                    "Reviewer 1",
                    &KeyPair::generate().public,
                )],
                recovery: KeyEntry::new("recovery", "Recovery", &KeyPair::generate().public),
            },
        );
    }
    let kr = Keyring {
        format: FORMAT.into(),
        serial: 1,
        issued: "2026-11-28".into(),
        bodies,
        anonymizer: KeyEntry::new("anonymizer", "Anonymizer", &KeyPair::generate().public),
        release: None,
    };
    (kr, SigningKey::generate())
}

#[test]
fn keyring_signature_verifies_and_tampering_is_caught() {
    let (kr, sk) = test_keyring();
    let signed = kr.sign(&sk).unwrap();
    let fp = sk.public_key().unwrap().fingerprint();
    let sig_file = signed.signature_file().unwrap();
    let loaded = SignedKeyring::from_files(&signed.bytes, &sig_file).unwrap();
    assert_eq!(loaded.verify(Some(&fp)).unwrap(), kr);
    assert_eq!(kr.recipients(&[Body::Ec3]).unwrap().len(), 2);
    assert_eq!(kr.recipients(&Body::ALL).unwrap().len(), 4);

    // One byte changed in the keyring.
    let mut bytes = signed.bytes.clone();
    let pos = bytes.iter().position(|&b| b == b'R').unwrap();
    bytes[pos] = b'X';
    let tampered = SignedKeyring::from_files(&bytes, &sig_file).unwrap();
    assert_eq!(tampered.verify(None), Err(EnvelopeError::BadSignature));

    // Re-signed by someone else: the signature is valid but the signer is not the expected one.
    let other = kr.sign(&SigningKey::generate()).unwrap();
    assert!(matches!(
        other.verify(Some(&fp)),
        Err(EnvelopeError::UnexpectedSigner { .. })
    ));
}

#[test]
fn fingerprints_are_short_and_stable() {
    let kp = KeyPair::from_seed(&[9; 32]).unwrap();
    let fp = kp.public.fingerprint();
    assert_eq!(fp.len(), 19);
    assert_eq!(fp, kp.public.fingerprint());
    assert_eq!(fp.split('-').count(), 4);
}

#[test]
fn reviewer_signing_keys_are_optional_in_the_keyring_and_only_for_reviewers() {
    let (kr, sk) = test_keyring();
    // Without signing keys the bytes are as before: no `signing_key` member at all.
    let plain = kr.sign(&sk).unwrap();
    assert!(!String::from_utf8_lossy(&plain.bytes).contains("signing_key"));
    let author = SigningKey::generate();
    let author_pk = author.public_key().unwrap();
    let mut with = kr.clone();
    let entry = &mut with.bodies.get_mut(&Body::Euipo).unwrap().reviewers[0];
    *entry = entry.clone().with_signing_key(&author_pk);
    let signed = with.sign(&sk).unwrap();
    let loaded = signed.verify(None).unwrap();
    let e = &loaded.bodies[&Body::Euipo].reviewers[0];
    assert_eq!(e.message_signing_key().unwrap(), Some(author_pk));
    // The author of a message is found among the given bodies only.
    let sig = envelope::signature::sign_message(&author, &[1; 16], &[2; 16], b"env").unwrap();
    let found = loaded.message_author(&[Body::Euipo], &[1; 16], &[2; 16], b"env", &sig);
    assert_eq!(
        found.map(|(b, e)| (b, e.id.as_str())),
        Some((Body::Euipo, "r1"))
    );
    assert!(loaded
        .message_author(&[Body::Ec3], &[1; 16], &[2; 16], b"env", &sig)
        .is_none());
    // A signing key on the recovery entry is refused.
    let mut misplaced = kr.clone();
    let recovery = &mut misplaced.bodies.get_mut(&Body::Ec3).unwrap().recovery;
    *recovery = recovery.clone().with_signing_key(&author_pk);
    assert!(misplaced.sign(&sk).is_err());
}
