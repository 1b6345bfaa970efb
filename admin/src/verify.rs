//! `tsr-admin verify-release FILE [--key BASE64 | --db]`: checks a release archive received from
//! anyone (the portal, a colleague, a mail attachment) against the release key: the Ed25519
//! signature over `SHA256SUMS`, then every file's SHA-256, and that no file is missing or extra.
//!
//! The key comes from `--key` (the base64 public key printed on the portal's release page and
//! in `SHA256SUMS`' neighbour on the portal) or, with `--db`, from the release row named by the
//! archive's folder in `DATABASE_URL`.

use std::io::Write;
use std::path::Path;

use envelope::keys::SigningPublicKey;
use publication::PublicationError;
use storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("cannot read {0}: {1}")]
    Read(String, std::io::Error),
    #[error("the key is not a base64 Ed25519 public key (32 bytes)")]
    Key,
    #[error("no release `{0}` in the database: pass its key with --key")]
    UnknownRelease(String),
    #[error("the stored key of release `{0}` is not 32 bytes")]
    StoredKey(String),
    #[error("NOT VERIFIED: {0}")]
    Failed(#[from] PublicationError),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// Where the release key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Base64(String),
    Database(String),
}

pub fn verify(file: &Path, key: &KeySource, out: &mut dyn Write) -> Result<(), VerifyError> {
    let bytes =
        std::fs::read(file).map_err(|e| VerifyError::Read(file.display().to_string(), e))?;
    let id = publication::archive_release_id(&bytes)?;
    let key = match key {
        KeySource::Base64(text) => {
            SigningPublicKey::from_b64(text.trim()).map_err(|_| VerifyError::Key)?
        }
        KeySource::Database(url) => {
            let db = storage::Database::connect(url)?;
            let mut conn = db.conn()?;
            let release = storage::releases::find_release(&mut conn, &id)?
                .ok_or_else(|| VerifyError::UnknownRelease(id.clone()))?;
            let raw: [u8; 32] = release
                .signing_key
                .as_slice()
                .try_into()
                .map_err(|_| VerifyError::StoredKey(id.clone()))?;
            SigningPublicKey(raw)
        }
    };
    let files = publication::verify_archive(&bytes, &key)?;
    writeln!(
        out,
        "OK: release {id} verified with release key {} ({} data files, SHA256SUMS signature good):",
        key.fingerprint(),
        files.len()
    )?;
    for f in files {
        writeln!(out, "  {f}")?;
    }
    Ok(())
}
