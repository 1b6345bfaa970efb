//! The files that travel between the hosts of an offline key ceremony and of a reviewer
//! recovery, as JSON with a `format` field, and the one way they are written.
//!
//! None of them holds private key material: a public key file (`tsr-public-key/1`), the
//! enrolled reviewers' public keys (`tsr-reviewer-keys/1`), the sealed data keys of reports to
//! recover (`tsr-recovery-request/1`, envelopes and sealed keys only) and the data keys
//! re-sealed to a new key (`tsr-recovery-grants/1`). Each is written to a temporary file in the
//! target's directory and renamed into place, so a failure leaves nothing half-written.

use std::fs;
use std::io::Write;
use std::path::Path;

use serde::{de::DeserializeOwned, Deserialize, Serialize};

pub const PUBLIC_KEY_FORMAT: &str = "tsr-public-key/1";
pub const REVIEWER_KEYS_FORMAT: &str = "tsr-reviewer-keys/1";
pub const RECOVERY_REQUEST_FORMAT: &str = "tsr-recovery-request/1";
pub const RECOVERY_GRANTS_FORMAT: &str = "tsr-recovery-grants/1";

/// Errors of reading and writing ceremony files.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a {format} file ({reason})")]
    Format {
        path: String,
        format: &'static str,
        reason: String,
    },
}

/// The kinds of key `tsr-admin keys new` makes on a host of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKind {
    /// A body's recovery key (X25519).
    Recovery,
    /// The anonymizer's key (X25519), with the release key derived from it.
    Anonymizer,
    /// The keyring signing key (Ed25519).
    KeyringSigning,
    /// A body's correlation key (32 random bytes): the public key file holds its id
    /// (keys/FORMAT.md, "Correlation"), the fingerprint is that id's (kind `c`).
    Correlation,
}

/// The public half of one key, as `keys new` exports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeyFile {
    pub format: String,
    pub kind: KeyKind,
    /// The keyring entry id (`euipo-recovery`, `anonymizer`, `keyring-signing`).
    pub id: String,
    /// Recovery and correlation keys: the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<envelope::Body>,
    /// Base64 public key.
    pub public_key: String,
    /// The fingerprint, for the minutes (recomputed when read, never trusted).
    pub fingerprint: String,
    /// Anonymizer keys: the release key derived from it (Base64 Ed25519).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_key: Option<String>,
}

/// One enrolled reviewer's public keys, as the server host exports them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewerKey {
    pub body: envelope::Body,
    /// The keyring entry id (`<body>-enrolled-<reviewer id>`).
    pub id: String,
    pub name: String,
    /// Base64 X25519 public key.
    pub public_key: String,
    pub fingerprint: String,
    /// Base64 Ed25519 message signing key, when the reviewer has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<String>,
    /// Its fingerprint, for the read-out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_fingerprint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewerKeys {
    pub format: String,
    /// Day of the export, `YYYY-MM-DD`.
    pub exported: String,
    pub reviewers: Vec<ReviewerKey>,
}

/// A slot granted after submission (not in the envelope), as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantedSlot {
    pub recipient: String,
    pub sealed_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportToRecover {
    pub id: String,
    /// Base64 of the report's envelope (ciphertext: its header binds the data key).
    pub envelope: String,
    pub granted: Vec<GrantedSlot>,
}

/// The reports sealed to a lost key, to open with a recovery key on the offline host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecoveryRequest {
    pub format: String,
    /// Fingerprint of the key whose reports these are.
    pub lost_key: String,
    pub reports: Vec<ReportToRecover>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    pub report_id: String,
    /// Base64 `crypto_box_seal(data key, recipient)`.
    pub sealed_key: String,
}

/// Data keys re-sealed to one key of the signed keyring, to import on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecoveryGrants {
    pub format: String,
    pub body: envelope::Body,
    /// Base64 X25519 public key of the new recipient.
    pub recipient: String,
    pub recipient_fingerprint: String,
    /// Fingerprint of the recovery key that opened the data keys.
    pub recovery_key: String,
    pub lost_key: String,
    pub grants: Vec<Grant>,
}

/// Reads a JSON file of `format` (checked against its `format` field).
pub fn read_json<T: DeserializeOwned>(path: &Path, format: &'static str) -> Result<T, FileError> {
    let bytes = fs::read(path).map_err(|source| FileError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let bad = |reason: String| FileError::Format {
        path: path.display().to_string(),
        format,
        reason,
    };
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| bad(format!("not JSON: {e}")))?;
    if value["format"].as_str() != Some(format) {
        return Err(bad(format!("format is {}", value["format"])));
    }
    serde_json::from_value(value).map_err(|e| bad(e.to_string()))
}

/// Writes `value` as pretty JSON to `path`: a temporary file in the same directory, synced,
/// then renamed over `path`; on failure the temporary file is removed.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), FileError> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| FileError::Write {
        path: path.display().to_string(),
        source: std::io::Error::other(e),
    })?;
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let err = |source| FileError::Write {
        path: path.display().to_string(),
        source,
    };
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Writes several files so that either all are in place or none changed: each is written to a
/// temporary file first, then all are renamed in order.
pub fn write_all_atomic(files: &[(&Path, &[u8])]) -> Result<(), FileError> {
    let mut staged = Vec::new();
    for (path, bytes) in files {
        let tmp = temp_path(path);
        let written = (|| {
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()
        })();
        if let Err(source) = written {
            let _ = fs::remove_file(&tmp);
            for (t, _) in &staged {
                let _ = fs::remove_file(t);
            }
            return Err(FileError::Write {
                path: path.display().to_string(),
                source,
            });
        }
        staged.push((tmp, *path));
    }
    for (i, (tmp, path)) in staged.iter().enumerate() {
        if let Err(source) = fs::rename(tmp, path) {
            for (t, _) in &staged[i..] {
                let _ = fs::remove_file(t);
            }
            return Err(FileError::Write {
                path: path.display().to_string(),
                source,
            });
        }
    }
    Ok(())
}

fn temp_path(path: &Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut random = [0u8; 6];
    envelope::fill_random(&mut random);
    path.with_file_name(format!(".{name}.{}.tmp", envelope::hex(&random)))
}
