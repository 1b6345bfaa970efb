//! Envelope v2: the key commitment, envelopes bound to the object asked for, and padded
//! attachments (keys/FORMAT.md). That v1 objects still open is checked by `tests/vectors.rs`.

use envelope::attachment::{
    open_attachment, padded_chunks, padme, seal_attachment, split_stream, stream_len,
    AttachmentOpener, CHUNK_CIPHERTEXT, CHUNK_PLAINTEXT, MAGIC, PREFIX_BYTES,
};
use envelope::sealed::{open_data_key, seal_data_key};
use envelope::{Envelope, EnvelopeError, KeyPair, Kind, SymmetricKey};
use libsodium_rs::crypto_secretstream::xchacha20poly1305 as ss;

const C: usize = CHUNK_PLAINTEXT;

#[test]
fn an_envelope_whose_slots_wrap_different_data_keys_is_refused() {
    let (a, b) = (KeyPair::generate(), KeyPair::generate());
    let id = envelope::random_id();
    let env = Envelope::seal(Kind::Report, id, b"for both", &[a.public, b.public]).unwrap();
    assert_eq!(env.version(), 2);
    assert_eq!(&env.to_bytes()[..4], b"TSE2");

    // Bob's slot now wraps another key: a sender who wanted bob to read something else.
    let other = SymmetricKey::generate();
    let mut split = env.clone();
    split.slots[1].sealed_key = seal_data_key(&other, &b.public).unwrap();
    let split = Envelope::parse(&split.to_bytes()).unwrap();
    assert_eq!(&split.open(Kind::Report, &id, &a).unwrap()[..], b"for both");
    assert_eq!(
        split.open(Kind::Report, &id, &b),
        Err(EnvelopeError::KeyCommitment)
    );
    assert_eq!(split.data_key(&b), Err(EnvelopeError::KeyCommitment));
    // Refused before decryption: even a ciphertext made under the other key does not open.
    let mut reencrypted = Envelope::seal(Kind::Report, id, b"for bob", &[b.public]).unwrap();
    let bobs_key = reencrypted.data_key(&b).unwrap();
    reencrypted.commitment = env.commitment;
    assert_eq!(
        reencrypted.open_with_data_key(Kind::Report, &id, &bobs_key),
        Err(EnvelopeError::KeyCommitment)
    );
    // A key granted later is checked the same way.
    let granted = open_data_key(&seal_data_key(&other, &a.public).unwrap(), &a).unwrap();
    assert_eq!(
        env.open_with_data_key(Kind::Report, &id, &granted),
        Err(EnvelopeError::KeyCommitment)
    );
}

#[test]
fn opening_checks_the_kind_and_id_asked_for() {
    let me = KeyPair::generate();
    let (x, y) = (envelope::random_id(), envelope::random_id());
    let env = Envelope::seal(Kind::Report, x, b"report X", &[me.public]).unwrap();
    assert_eq!(&env.open(Kind::Report, &x, &me).unwrap()[..], b"report X");

    // Report X's envelope read as report Y's.
    let err = env.open(Kind::Report, &y, &me).unwrap_err();
    assert_eq!(
        err,
        EnvelopeError::Mismatch {
            expected_kind: Kind::Report,
            expected_id: envelope::hex(&y),
            found_kind: Kind::Report,
            found_id: envelope::hex(&x),
        }
    );
    let text = err.to_string();
    assert!(text.contains(&envelope::hex(&x)) && text.contains(&envelope::hex(&y)));
    // The right id but another kind: a report passed off as a message.
    assert!(matches!(
        env.open(Kind::Message, &x, &me),
        Err(EnvelopeError::Mismatch {
            found_kind: Kind::Report,
            expected_kind: Kind::Message,
            ..
        })
    ));
    // Checked before any key is used: a stranger learns the same.
    assert!(matches!(
        env.open(Kind::Report, &y, &KeyPair::generate()),
        Err(EnvelopeError::Mismatch { .. })
    ));
    let key = env.data_key(&me).unwrap();
    assert!(matches!(
        env.open_with_data_key(Kind::Note, &x, &key),
        Err(EnvelopeError::Mismatch { .. })
    ));
}

fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8 + 1).collect()
}

#[test]
fn padded_attachment_sizes_reveal_only_the_bucket() {
    let key = SymmetricKey::generate();
    let mut lengths = vec![0, 1, 100, 5000, C - 1, C, C + 1];
    for chunks in [3, 7, 8, 9, 10, 15, 16, 17, 20, 33] {
        lengths.extend([chunks * C - 1, chunks * C, chunks * C + 777]);
    }
    let mut sizes = std::collections::BTreeSet::new();
    for &len in &lengths {
        let data = pattern(len);
        let stream = seal_attachment(&key, &data).unwrap();
        assert_eq!(&stream[..4], MAGIC);
        assert_eq!(stream.len() as u64, stream_len(len as u64), "length {len}");
        let chunks = (stream.len() - PREFIX_BYTES) / CHUNK_CIPHERTEXT;
        assert_eq!((stream.len() - PREFIX_BYTES) % CHUNK_CIPHERTEXT, 0);
        assert_eq!(padme(chunks as u64), chunks as u64, "a bucket size");
        assert_eq!(&open_attachment(&key, &stream).unwrap()[..], &data[..]);
        sizes.insert(stream.len());
    }
    // Every file from 8 chunks up to just under 10 chunks stores the same size.
    assert_eq!(stream_len(8 * C as u64), stream_len(10 * C as u64 - 1));
    assert!(sizes.len() < lengths.len() / 2, "{} sizes", sizes.len());
    // At most 12.5 % more chunks than the file and its padding marker need.
    for &len in &lengths {
        let unpadded = (len / C + 1) as u64;
        assert!(
            padded_chunks(len as u64) * 8 <= unpadded * 9,
            "length {len}"
        );
    }
}

/// A raw v2 stream from (plaintext, tag) pairs, for streams the sealer would never write.
fn raw_stream(key: &SymmetricKey, chunks: &[(Vec<u8>, u8)]) -> Vec<u8> {
    let k = ss::Key::from_bytes(key.expose()).expect("a 32-byte key");
    let (mut state, header) = ss::PushState::init_push(&k).expect("init push");
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&header);
    for (plain, tag) in chunks {
        out.extend_from_slice(&state.push(plain, None, *tag).expect("push"));
    }
    out
}

fn padded(piece: &[u8]) -> Vec<u8> {
    let mut p = piece.to_vec();
    p.push(0x80);
    p.resize(C, 0);
    p
}

#[test]
fn padding_is_checked_when_opening() {
    let key = SymmetricKey::generate();
    // 8 chunks of file and a marker: 9 data chunks, padded to 10.
    let data = pattern(8 * C + 5);
    let stream = seal_attachment(&key, &data).unwrap();
    assert_eq!(split_stream(&stream).unwrap().1.len(), 10);
    // Cut to 9 chunks: not a bucket size. Cut to 8: a bucket, but the file never ends.
    let cut = |n: usize| &stream[..PREFIX_BYTES + n * CHUNK_CIPHERTEXT];
    assert!(matches!(
        split_stream(cut(9)),
        Err(EnvelopeError::Malformed { .. })
    ));
    assert_eq!(open_attachment(&key, cut(8)), Err(EnvelopeError::Truncated));
    // A partial last chunk is refused by the framing.
    assert_eq!(
        split_stream(&stream[..stream.len() - 1]).map(|_| ()),
        Err(EnvelopeError::Truncated)
    );

    let full = || pattern(C);
    let message = |p: Vec<u8>| (p, ss::TAG_MESSAGE);
    // A padding chunk that is not all zeros.
    let mut chunks: Vec<(Vec<u8>, u8)> = (0..8).map(|_| message(full())).collect();
    chunks.push((padded(b"end"), ss::TAG_PUSH));
    let mut dirty = vec![0u8; C];
    dirty[9] = 1;
    chunks.push((dirty, ss::TAG_FINAL));
    assert_eq!(
        open_attachment(&key, &raw_stream(&key, &chunks)),
        Err(EnvelopeError::BadPadding)
    );
    // FINAL where padding should follow (9 data chunks, the bucket is 10).
    let mut early: Vec<(Vec<u8>, u8)> = (0..8).map(|_| message(full())).collect();
    early.push((padded(b"end"), ss::TAG_FINAL));
    let (prefix, pieces) = {
        let s = raw_stream(&key, &early);
        let (p, c) = (s[..PREFIX_BYTES].to_vec(), s[PREFIX_BYTES..].to_vec());
        (p, c)
    };
    let mut opener = AttachmentOpener::new(&key, &prefix).unwrap();
    let mut result = Ok(Default::default());
    for piece in pieces.chunks(CHUNK_CIPHERTEXT) {
        result = opener.pull(piece);
        if result.is_err() {
            break;
        }
    }
    assert!(matches!(result, Err(EnvelopeError::Malformed { .. })));
    // A data-end chunk whose padding marker is missing.
    let unmarked = vec![(vec![7u8; C], ss::TAG_FINAL)];
    assert_eq!(
        open_attachment(&key, &raw_stream(&key, &unmarked)),
        Err(EnvelopeError::BadPadding)
    );
    // The empty file: one chunk, the marker alone.
    let empty = seal_attachment(&key, b"").unwrap();
    assert_eq!(empty.len(), PREFIX_BYTES + CHUNK_CIPHERTEXT);
    assert!(open_attachment(&key, &empty).unwrap().is_empty());
}
