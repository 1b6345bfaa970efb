//! Sealed envelopes: one ciphertext, many recipients (reports, messages, internal notes).
//!
//! A random 32-byte data key encrypts the padded plaintext with XChaCha20-Poly1305-IETF; the data
//! key is sealed (`crypto_box_seal`) once per recipient public key. The associated data binds the
//! format tag, the kind of object, its id and a digest of the recipient set, so a slot cannot be
//! added, removed or moved to another object without detection. Byte layout: `keys/FORMAT.md`.
//!
//! Version 2 (`TSE2`, written by [`Envelope::seal`]) adds a commitment to the data key in the
//! header, checked before decrypting: the AEAD alone is not key-committing, so without it a
//! sender could give two recipients two different data keys under which one ciphertext opens to
//! two different plaintexts. Version 1 (`TSE1`) envelopes still parse and open.
//!
//! Opening takes the kind and id the caller asked for, and refuses with
//! [`EnvelopeError::Mismatch`] an envelope that was made for another object (a report's
//! envelope copied into another report's row).

use libsodium_rs::{crypto_aead::xchacha20poly1305 as aead, crypto_box, crypto_generichash};
use zeroize::Zeroizing;

use crate::error::{malformed, EnvelopeError, Result};
use crate::hex;
use crate::keys::{KeyPair, PublicKey, SymmetricKey, KEY_BYTES};
use crate::padding;

/// The current format, written by [`Envelope::seal`].
pub const MAGIC: &[u8; 4] = b"TSE2";
/// The first format: no key commitment. Still parsed and opened.
pub const MAGIC_V1: &[u8; 4] = b"TSE1";
pub const ID_BYTES: usize = 16;
pub const DIGEST_BYTES: usize = 32;
pub const COMMITMENT_BYTES: usize = 32;
pub const NONCE_BYTES: usize = 24;
pub const SEALED_KEY_BYTES: usize = KEY_BYTES + 48;
pub const SLOT_BYTES: usize = KEY_BYTES + SEALED_KEY_BYTES;
/// The version 1 header (magic, kind, id, recipient digest): the associated data of v1, and
/// what the v2 key commitment is computed over.
pub const HEADER_BYTES_V1: usize = 4 + 1 + ID_BYTES + DIGEST_BYTES;
/// The version 2 header (the v1 fields and the key commitment): the associated data of v2.
pub const HEADER_BYTES: usize = HEADER_BYTES_V1 + COMMITMENT_BYTES;
pub const MAX_SLOTS: usize = 64;
/// Reports and messages carry text and small structured data; files go in attachments.
pub const MAX_CIPHERTEXT: usize = 16 * 1024 * 1024;
const RECIPIENTS_CONTEXT: &[u8] = b"tsr-v1-recipients";
/// Prefixed to the message of the key commitment (domain separation: the BLAKE2b key is the
/// data key itself, so the context goes into the message).
const COMMITMENT_CONTEXT: &[u8] = b"tsr-v2-key-commitment";

/// What an envelope holds; part of the associated data, so a message cannot pass as a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Report = 1,
    Message = 2,
    Note = 3,
}

impl Kind {
    fn from_byte(b: u8) -> Result<Self> {
        match b {
            1 => Ok(Kind::Report),
            2 => Ok(Kind::Message),
            3 => Ok(Kind::Note),
            _ => Err(malformed("envelope", "unknown kind")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Report => "report",
            Kind::Message => "message",
            Kind::Note => "note",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One recipient's copy of the data key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub recipient: PublicKey,
    pub sealed_key: [u8; SEALED_KEY_BYTES],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub kind: Kind,
    pub id: [u8; ID_BYTES],
    pub recipient_digest: [u8; DIGEST_BYTES],
    /// The key commitment of a version 2 envelope; `None` for version 1.
    pub commitment: Option<[u8; COMMITMENT_BYTES]>,
    pub slots: Vec<Slot>,
    pub nonce: [u8; NONCE_BYTES],
    pub ciphertext: Vec<u8>,
}

/// `BLAKE2b-256(key = "tsr-v1-recipients", sorted public keys concatenated)`.
pub fn recipient_digest(recipients: &[PublicKey]) -> Result<[u8; DIGEST_BYTES]> {
    let mut sorted: Vec<&PublicKey> = recipients.iter().collect();
    sorted.sort();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Err(EnvelopeError::DuplicateRecipient);
    }
    let mut msg = Vec::with_capacity(sorted.len() * KEY_BYTES);
    for pk in sorted {
        msg.extend_from_slice(pk.as_bytes());
    }
    let d = crypto_generichash::generichash(&msg, Some(RECIPIENTS_CONTEXT), DIGEST_BYTES)?;
    d.as_slice().try_into().map_err(|_| EnvelopeError::Library)
}

impl Envelope {
    /// Encrypts `plaintext` for every key in `recipients`.
    pub fn seal(
        kind: Kind,
        id: [u8; ID_BYTES],
        plaintext: &[u8],
        recipients: &[PublicKey],
    ) -> Result<Self> {
        let data_key = SymmetricKey::generate();
        Self::seal_with_key(kind, id, plaintext, recipients, &data_key)
    }

    pub(crate) fn seal_with_key(
        kind: Kind,
        id: [u8; ID_BYTES],
        plaintext: &[u8],
        recipients: &[PublicKey],
        data_key: &SymmetricKey,
    ) -> Result<Self> {
        if recipients.is_empty() {
            return Err(malformed("envelope", "no recipients"));
        }
        if recipients.len() > MAX_SLOTS {
            return Err(EnvelopeError::TooLarge {
                what: "recipient list",
                limit: MAX_SLOTS as u64,
            });
        }
        let recipient_digest = recipient_digest(recipients)?;
        let padded = Zeroizing::new(padding::pad(plaintext));
        if padded.len() + aead::ABYTES > MAX_CIPHERTEXT {
            return Err(EnvelopeError::TooLarge {
                what: "report",
                limit: MAX_CIPHERTEXT as u64,
            });
        }
        let mut slots = Vec::with_capacity(recipients.len());
        for pk in recipients {
            slots.push(Slot {
                recipient: *pk,
                sealed_key: seal_data_key(data_key, pk)?,
            });
        }
        let nonce = aead::Nonce::generate();
        let commitment = Some(key_commitment(data_key, kind, &id, &recipient_digest)?);
        let header = header_bytes(kind, &id, &recipient_digest, commitment.as_ref());
        let key = aead::Key::from_bytes(data_key.expose())?;
        let ciphertext = aead::encrypt(&padded, Some(&header), &nonce, &key)?;
        Ok(Envelope {
            kind,
            id,
            recipient_digest,
            commitment,
            slots,
            nonce: *nonce.as_bytes(),
            ciphertext,
        })
    }

    /// 1 for `TSE1`, 2 for `TSE2`.
    pub fn version(&self) -> u8 {
        if self.commitment.is_some() {
            2
        } else {
            1
        }
    }

    /// Refuses an envelope that is not the `kind` and `id` the caller asked for: its header is
    /// authenticated, so a match means it was sealed for this object, and a mismatch means it was
    /// copied from another one.
    pub fn expect(&self, kind: Kind, id: &[u8; ID_BYTES]) -> Result<()> {
        if self.kind != kind || !crate::constant_time_eq(&self.id, id) {
            return Err(EnvelopeError::Mismatch {
                expected_kind: kind,
                expected_id: hex(id),
                found_kind: self.kind,
                found_id: hex(&self.id),
            });
        }
        Ok(())
    }

    /// Checks a data key against the envelope's key commitment (version 2; a version 1
    /// envelope has none, and its key is accepted as it is).
    pub fn check_data_key(&self, data_key: &SymmetricKey) -> Result<()> {
        let Some(stored) = &self.commitment else {
            return Ok(());
        };
        let computed = key_commitment(data_key, self.kind, &self.id, &self.recipient_digest)?;
        if !crate::constant_time_eq(&computed, stored) {
            return Err(EnvelopeError::KeyCommitment);
        }
        Ok(())
    }

    pub fn recipients(&self) -> Vec<PublicKey> {
        self.slots.iter().map(|s| s.recipient).collect()
    }

    /// Checks what can be checked without a key: the digest matches the slots, no duplicates.
    pub fn check_recipients(&self) -> Result<()> {
        if recipient_digest(&self.recipients())? != self.recipient_digest {
            return Err(EnvelopeError::RecipientDigestMismatch);
        }
        Ok(())
    }

    /// Recovers the data key with the key pair of one of the recipients, checked against the
    /// key commitment (version 2), so a key that is granted on is the one every recipient gets.
    pub fn data_key(&self, me: &KeyPair) -> Result<SymmetricKey> {
        self.check_recipients()?;
        let slot = self
            .slots
            .iter()
            .find(|s| s.recipient == me.public)
            .ok_or(EnvelopeError::NoSlotForKey)?;
        let key = open_data_key(&slot.sealed_key, me)?;
        self.check_data_key(&key)?;
        Ok(key)
    }

    /// Opens the envelope with a recipient's key pair, if it is the `kind` and `id` asked for
    /// ([`EnvelopeError::Mismatch`] otherwise); the plaintext is zeroized on drop.
    pub fn open(
        &self,
        kind: Kind,
        id: &[u8; ID_BYTES],
        me: &KeyPair,
    ) -> Result<Zeroizing<Vec<u8>>> {
        self.expect(kind, id)?;
        let key = self.data_key(me)?;
        self.decrypt(&key)
    }

    /// Opens with a data key recovered elsewhere (e.g. from a slot granted after submission),
    /// if the envelope is the `kind` and `id` asked for.
    pub fn open_with_data_key(
        &self,
        kind: Kind,
        id: &[u8; ID_BYTES],
        data_key: &SymmetricKey,
    ) -> Result<Zeroizing<Vec<u8>>> {
        self.expect(kind, id)?;
        self.check_data_key(data_key)?;
        self.decrypt(data_key)
    }

    /// Decrypts with a data key already checked against the commitment.
    fn decrypt(&self, data_key: &SymmetricKey) -> Result<Zeroizing<Vec<u8>>> {
        let header = header_bytes(
            self.kind,
            &self.id,
            &self.recipient_digest,
            self.commitment.as_ref(),
        );
        let key = aead::Key::from_bytes(data_key.expose())?;
        let nonce = aead::Nonce::from_bytes(self.nonce);
        let mut plain = Zeroizing::new(
            aead::decrypt(&self.ciphertext, Some(&header), &nonce, &key)
                .map_err(|_| EnvelopeError::Tampered)?,
        );
        padding::unpad(&mut plain)?;
        Ok(plain)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            HEADER_BYTES
                + 2
                + self.slots.len() * SLOT_BYTES
                + NONCE_BYTES
                + 4
                + self.ciphertext.len(),
        );
        out.extend_from_slice(&header_bytes(
            self.kind,
            &self.id,
            &self.recipient_digest,
            self.commitment.as_ref(),
        ));
        out.extend_from_slice(&(self.slots.len() as u16).to_be_bytes());
        for s in &self.slots {
            out.extend_from_slice(s.recipient.as_bytes());
            out.extend_from_slice(&s.sealed_key);
        }
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&(self.ciphertext.len() as u32).to_be_bytes());
        out.extend_from_slice(&self.ciphertext);
        out
    }

    /// Parses the byte layout strictly: every length is checked, trailing bytes are an error.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader { bytes, pos: 0 };
        let magic = r.take(4)?;
        let v2 = magic == MAGIC;
        if !v2 && magic != MAGIC_V1 {
            return Err(malformed("envelope", "not an envelope v1 or v2"));
        }
        let kind = Kind::from_byte(r.take(1)?[0])?;
        let id = r.array::<ID_BYTES>()?;
        let recipient_digest = r.array::<DIGEST_BYTES>()?;
        let commitment = if v2 {
            Some(r.array::<COMMITMENT_BYTES>()?)
        } else {
            None
        };
        let n = u16::from_be_bytes(r.array::<2>()?) as usize;
        if n == 0 {
            return Err(malformed("envelope", "no recipient slots"));
        }
        if n > MAX_SLOTS {
            return Err(EnvelopeError::TooLarge {
                what: "recipient list",
                limit: MAX_SLOTS as u64,
            });
        }
        let mut slots = Vec::with_capacity(n);
        for _ in 0..n {
            let recipient = PublicKey(r.array::<KEY_BYTES>()?);
            let sealed_key = r.array::<SEALED_KEY_BYTES>()?;
            slots.push(Slot {
                recipient,
                sealed_key,
            });
        }
        let nonce = r.array::<NONCE_BYTES>()?;
        let len = u32::from_be_bytes(r.array::<4>()?) as usize;
        if len > MAX_CIPHERTEXT {
            return Err(EnvelopeError::TooLarge {
                what: "report",
                limit: MAX_CIPHERTEXT as u64,
            });
        }
        if len < aead::ABYTES + 1 {
            return Err(malformed("envelope", "ciphertext too short"));
        }
        let ciphertext = r.take(len)?.to_vec();
        if r.pos != bytes.len() {
            return Err(malformed("envelope", "trailing bytes"));
        }
        let env = Envelope {
            kind,
            id,
            recipient_digest,
            commitment,
            slots,
            nonce,
            ciphertext,
        };
        env.check_recipients()?;
        Ok(env)
    }
}

/// The header: the associated data of the ciphertext. With a commitment it is the v2 header
/// (`TSE2`), without one the v1 header (`TSE1`).
fn header_bytes(
    kind: Kind,
    id: &[u8; ID_BYTES],
    digest: &[u8; DIGEST_BYTES],
    commitment: Option<&[u8; COMMITMENT_BYTES]>,
) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_BYTES);
    h.extend_from_slice(if commitment.is_some() {
        MAGIC
    } else {
        MAGIC_V1
    });
    h.push(kind as u8);
    h.extend_from_slice(id);
    h.extend_from_slice(digest);
    if let Some(c) = commitment {
        h.extend_from_slice(c);
    }
    h
}

/// `BLAKE2b-256(key = K, "tsr-v2-key-commitment" ‖ "TSE2" ‖ kind ‖ id ‖ recipient digest)`:
/// keyed by the data key itself, so two different keys give (but for a BLAKE2b collision) two
/// different commitments, and bound to the header it is stored in.
fn key_commitment(
    data_key: &SymmetricKey,
    kind: Kind,
    id: &[u8; ID_BYTES],
    digest: &[u8; DIGEST_BYTES],
) -> Result<[u8; COMMITMENT_BYTES]> {
    let mut msg = Vec::with_capacity(COMMITMENT_CONTEXT.len() + HEADER_BYTES_V1);
    msg.extend_from_slice(COMMITMENT_CONTEXT);
    msg.extend_from_slice(MAGIC);
    msg.push(kind as u8);
    msg.extend_from_slice(id);
    msg.extend_from_slice(digest);
    let c = crypto_generichash::generichash(&msg, Some(data_key.expose()), COMMITMENT_BYTES)?;
    c.as_slice().try_into().map_err(|_| EnvelopeError::Library)
}

/// Seals a data key to one more recipient (used to grant a newcomer access).
pub fn seal_data_key(data_key: &SymmetricKey, to: &PublicKey) -> Result<[u8; SEALED_KEY_BYTES]> {
    let sealed = crypto_box::seal_box(data_key.expose(), &to.sodium())?;
    sealed
        .as_slice()
        .try_into()
        .map_err(|_| EnvelopeError::Library)
}

pub fn open_data_key(sealed: &[u8], me: &KeyPair) -> Result<SymmetricKey> {
    if sealed.len() != SEALED_KEY_BYTES {
        return Err(malformed("sealed key", "wrong length"));
    }
    let key = Zeroizing::new(
        crypto_box::open_sealed_box(sealed, &me.public.sodium(), &me.secret.sodium())
            .map_err(|_| EnvelopeError::WrongKey)?,
    );
    SymmetricKey::from_slice(&key)
}

pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(malformed("envelope", "truncated"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.take(N)?;
        s.try_into().map_err(|_| malformed("envelope", "truncated"))
    }
}
