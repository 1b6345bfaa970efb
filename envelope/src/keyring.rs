//! The keyring: which public keys each body (EUIPO, EC3) reads with, plus the anonymizer's key,
//! as canonical JSON (keys sorted, no whitespace) signed with Ed25519 by the offline keyring key.
//!
//! Two files: `keyring.json` (the exact signed bytes) and `keyring.sig`. The signer's fingerprint
//! is published out of band and shown on the intake page; browsers and tools verify the
//! signature over the exact bytes and then compare the signer with that fingerprint.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::codec::{b64, unb64_array};
use crate::error::{malformed, EnvelopeError, Result};
use crate::keys::{PublicKey, SigningKey, SigningPublicKey};

pub const FORMAT: &str = "tsr-keyring/1";
pub const SIGNATURE_FORMAT: &str = "tsr-keyring-signature/1";
pub const KEYRING_FILE: &str = "keyring.json";
pub const SIGNATURE_FILE: &str = "keyring.sig";

/// The two reviewing bodies. This is the one `Body` of the workspace: the storage layer and
/// the report domain use it too (stored, posted and serialized as `EUIPO` / `EC3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Body {
    /// The EU Intellectual Property Office.
    #[serde(rename = "EUIPO")]
    Euipo,
    /// Europol's European Cybercrime Centre.
    #[serde(rename = "EC3")]
    Ec3,
}

impl Body {
    /// Every body, in declaration order.
    pub const ALL: [Body; 2] = [Body::Euipo, Body::Ec3];

    /// The spelling used everywhere: `EUIPO` or `EC3`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Body::Euipo => "EUIPO",
            Body::Ec3 => "EC3",
        }
    }
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Body {
    type Err = EnvelopeError;

    /// Exactly `EUIPO` or `EC3` (callers that accept other cases upper-case first).
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "EUIPO" => Ok(Body::Euipo),
            "EC3" => Ok(Body::Ec3),
            _ => Err(malformed("body", "expected EUIPO or EC3")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyEntry {
    pub id: String,
    pub name: String,
    pub public_key: String,
    /// Reviewer entries: the Ed25519 key that signs the reviewer's messages (keys/FORMAT.md,
    /// "Signed reviewer messages"). Optional: reviewers enrolled before message signatures,
    /// recovery, anonymizer and release entries have none, and keyrings without it keep their
    /// bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<String>,
}

impl KeyEntry {
    pub fn new(id: &str, name: &str, pk: &PublicKey) -> Self {
        KeyEntry {
            id: id.into(),
            name: name.into(),
            public_key: pk.to_b64(),
            signing_key: None,
        }
    }

    /// This entry with the reviewer's message signing key.
    pub fn with_signing_key(mut self, key: &SigningPublicKey) -> Self {
        self.signing_key = Some(key.to_b64());
        self
    }

    /// The reviewer's message signing key, when the entry has one.
    pub fn message_signing_key(&self) -> Result<Option<SigningPublicKey>> {
        self.signing_key
            .as_deref()
            .map(SigningPublicKey::from_b64)
            .transpose()
    }

    pub fn key(&self) -> Result<PublicKey> {
        PublicKey::from_b64(&self.public_key)
    }

    /// An entry for an Ed25519 key (the release key).
    pub fn signing(id: &str, name: &str, pk: &SigningPublicKey) -> Self {
        KeyEntry {
            id: id.into(),
            name: name.into(),
            public_key: pk.to_b64(),
            signing_key: None,
        }
    }

    /// The entry's key read as an Ed25519 public key.
    pub fn signing_key(&self) -> Result<SigningPublicKey> {
        SigningPublicKey::from_b64(&self.public_key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyKeys {
    pub reviewers: Vec<KeyEntry>,
    pub recovery: KeyEntry,
    /// The id (Base64) of the body's correlation key (keys/FORMAT.md, "Correlation").
    /// Optional: keyrings without it stay valid and keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation: Option<String>,
}

impl BodyKeys {
    /// The body's reviewers and recovery key, with no correlation key id.
    pub fn new(reviewers: Vec<KeyEntry>, recovery: KeyEntry) -> Self {
        BodyKeys {
            reviewers,
            recovery,
            correlation: None,
        }
    }

    /// Every key the body's reports are sealed to: its reviewers, then its recovery key.
    pub fn entries(&self) -> impl Iterator<Item = &KeyEntry> {
        self.reviewers.iter().chain(std::iter::once(&self.recovery))
    }

    /// The correlation key id, when the keyring names one.
    pub fn correlation_id(&self) -> Result<Option<[u8; 32]>> {
        self.correlation
            .as_deref()
            .map(|c| unb64_array(c, "correlation key id"))
            .transpose()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keyring {
    pub format: String,
    /// Increases with every re-signing; clients refuse to go back to a lower serial.
    pub serial: u64,
    /// Day of signing, `YYYY-MM-DD`.
    pub issued: String,
    pub bodies: BTreeMap<Body, BodyKeys>,
    pub anonymizer: KeyEntry,
    /// The Ed25519 key that signs the anonymizer's releases (`SHA256SUMS`), so that
    /// `tsr-admin verify-release` trusts it through the keyring's signature. Optional: keyrings
    /// signed before this field existed have none (and their bytes stay the same).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<KeyEntry>,
}

/// The fingerprint `text` as written everywhere (`XXXX-XXXX-XXXX-XXXX`, 16 Crockford Base32
/// symbols in four groups, upper case), or `None` when it is not one. Lower case and
/// surrounding whitespace are accepted.
pub fn normalize_fingerprint(text: &str) -> Option<String> {
    let upper = text.trim().to_ascii_uppercase();
    let groups: Vec<&str> = upper.split('-').collect();
    let symbol = |c: char| c.is_ascii_digit() || (c.is_ascii_uppercase() && !"ILOU".contains(c));
    (groups.len() == 4 && groups.iter().all(|g| g.len() == 4 && g.chars().all(symbol)))
        .then_some(upper)
}

impl Keyring {
    /// Every key a report for `bodies` is sealed to: each body's reviewers and its recovery key.
    pub fn recipients(&self, bodies: &[Body]) -> Result<Vec<(Body, PublicKey)>> {
        let mut out = Vec::new();
        for body in bodies {
            let keys = self
                .bodies
                .get(body)
                .ok_or(malformed("keyring", "body missing"))?;
            for entry in keys.entries() {
                out.push((*body, entry.key()?));
            }
        }
        Ok(out)
    }

    pub fn anonymizer_key(&self) -> Result<PublicKey> {
        self.anonymizer.key()
    }

    /// Structural checks beyond JSON shape: format, both bodies, valid and distinct keys.
    pub fn validate(&self) -> Result<()> {
        if self.format != FORMAT {
            return Err(malformed("keyring", "unknown format"));
        }
        if self.bodies.len() != Body::ALL.len() {
            return Err(malformed("keyring", "both EUIPO and EC3 must be present"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for keys in self.bodies.values() {
            for e in keys.entries() {
                if !seen.insert(e.key()?) {
                    return Err(EnvelopeError::DuplicateRecipient);
                }
                e.message_signing_key()?;
            }
            keys.correlation_id()?;
        }
        self.anonymizer.key()?;
        // A signing key belongs to a reviewer: nowhere else is it read.
        let elsewhere = self.bodies.values().map(|k| &k.recovery);
        if elsewhere
            .chain([&self.anonymizer])
            .chain(self.release.as_ref())
            .any(|e| e.signing_key.is_some())
        {
            return Err(malformed("keyring", "signing_key outside a reviewer entry"));
        }
        if let Some(release) = &self.release {
            release.signing_key()?;
        }
        Ok(())
    }

    /// The keyring reviewer of `bodies` whose message signing key made `signature` over this
    /// message (see [`crate::signature`]), if any: the message's verified author.
    pub fn message_author(
        &self,
        bodies: &[Body],
        report_id: &[u8; 16],
        message_id: &[u8; 16],
        envelope: &[u8],
        signature: &[u8],
    ) -> Option<(Body, &KeyEntry)> {
        bodies.iter().find_map(|body| {
            let keys = self.bodies.get(body)?;
            keys.reviewers.iter().find_map(|e| {
                let pk = e.message_signing_key().ok()??;
                crate::signature::verify_message(&pk, report_id, message_id, envelope, signature)
                    .then_some((*body, e))
            })
        })
    }

    /// Whether keyring reviewer `signer` (an entry id) signed this validated classification of
    /// report `report_id` (see [`crate::signature`]): `false` for an entry id that is no
    /// reviewer of the keyring or has no signing key.
    pub fn classification_signed_by(
        &self,
        signer: &str,
        report_id: &[u8; 16],
        sealed: &[u8],
        signature: &[u8],
    ) -> bool {
        self.bodies
            .values()
            .flat_map(|k| k.reviewers.iter())
            .filter(|e| e.id == signer)
            .filter_map(|e| e.message_signing_key().ok().flatten())
            .any(|pk| {
                crate::signature::verify_classification(&pk, report_id, sealed, signer, signature)
            })
    }

    /// The release signing key, when the keyring names one.
    pub fn release_key(&self) -> Result<Option<SigningPublicKey>> {
        self.release.as_ref().map(KeyEntry::signing_key).transpose()
    }

    /// The canonical JSON bytes: object keys sorted, no insignificant whitespace.
    pub fn canonical_bytes(&self) -> Result<Vec<u8>> {
        let value =
            serde_json::to_value(self).map_err(|_| EnvelopeError::Json { what: "keyring" })?;
        let mut out = String::new();
        write_canonical(&value, &mut out)?;
        Ok(out.into_bytes())
    }

    pub fn sign(&self, key: &SigningKey) -> Result<SignedKeyring> {
        self.validate()?;
        let bytes = self.canonical_bytes()?;
        let signature = key.sign(&bytes)?;
        Ok(SignedKeyring {
            bytes,
            signer: key.public_key()?,
            signature,
        })
    }
}

fn write_canonical(v: &Value, out: &mut String) -> Result<()> {
    let json_err = |_| EnvelopeError::Json { what: "keyring" };
    match v {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).map_err(json_err)?);
                out.push(':');
                write_canonical(v, out)?;
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out)?;
            }
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).map_err(json_err)?),
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureFile {
    format: String,
    signing_key: String,
    signature: String,
}

/// A keyring as stored: exact bytes plus detached signature. Nothing in it is trusted until
/// [`SignedKeyring::verify`] succeeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedKeyring {
    pub bytes: Vec<u8>,
    pub signer: SigningPublicKey,
    pub signature: [u8; 64],
}

impl SignedKeyring {
    pub fn from_files(keyring_json: &[u8], signature_json: &[u8]) -> Result<Self> {
        let sig: SignatureFile =
            serde_json::from_slice(signature_json).map_err(|_| EnvelopeError::Json {
                what: "keyring signature",
            })?;
        if sig.format != SIGNATURE_FORMAT {
            return Err(malformed("keyring signature", "unknown format"));
        }
        Ok(SignedKeyring {
            bytes: keyring_json.to_vec(),
            signer: SigningPublicKey::from_b64(&sig.signing_key)?,
            signature: unb64_array(&sig.signature, "keyring signature")?,
        })
    }

    pub fn signature_file(&self) -> Result<Vec<u8>> {
        let f = SignatureFile {
            format: SIGNATURE_FORMAT.into(),
            signing_key: self.signer.to_b64(),
            signature: b64(&self.signature),
        };
        let mut s = serde_json::to_string_pretty(&f).map_err(|_| EnvelopeError::Json {
            what: "keyring signature",
        })?;
        s.push('\n');
        Ok(s.into_bytes())
    }

    /// Verifies the signature, that the signer has the expected fingerprint (when given), that
    /// the bytes are canonical and the keyring well-formed; returns the trusted keyring.
    pub fn verify(&self, expected_signer: Option<&str>) -> Result<Keyring> {
        if !self.signer.verify(&self.bytes, &self.signature) {
            return Err(EnvelopeError::BadSignature);
        }
        if let Some(expected) = expected_signer {
            let found = self.signer.fingerprint();
            if !found.eq_ignore_ascii_case(expected.trim()) {
                return Err(EnvelopeError::UnexpectedSigner {
                    found,
                    expected: expected.trim().to_string(),
                });
            }
        }
        let keyring: Keyring = serde_json::from_slice(&self.bytes)
            .map_err(|_| EnvelopeError::Json { what: "keyring" })?;
        if keyring.canonical_bytes()? != self.bytes {
            return Err(malformed("keyring", "not in canonical form"));
        }
        keyring.validate()?;
        Ok(keyring)
    }
}
