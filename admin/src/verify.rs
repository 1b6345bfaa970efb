//! `tsr-admin verify-release FILE [--dir KEYS_DIR] [--expect FINGERPRINT]`: checks a release
//! archive received from anyone (the portal, a colleague, a mail attachment) against the
//! release key named in the signed keyring: the Ed25519 signature over `SHA256SUMS`, then every
//! file's SHA-256, and that no file is missing or extra.
//!
//! The key is trusted through the keyring only: the keyring must verify against the pinned
//! fingerprint (`--expect`, or `KEYRING_FINGERPRINT`), never against itself, and neither the
//! database nor the portal page (both under the server's control) is asked for the key.

use std::io::Write;
use std::path::Path;

use keystore::KeystoreError;
use publication::PublicationError;

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("cannot read {0}: {1}")]
    Read(String, std::io::Error),
    #[error("verify-release needs the keyring signing key's fingerprint: pass --expect FINGERPRINT or set KEYRING_FINGERPRINT (the fingerprint EUIPO and Europol publish)")]
    Unpinned,
    #[error("NOT VERIFIED: {0}")]
    Keyring(#[from] KeystoreError),
    #[error("NOT VERIFIED: the keyring in {0} names no release key (it was signed before keyrings carried one); re-sign it with `tsr-admin keys sign-keyring --release-key ...`")]
    NoReleaseKey(String),
    #[error("NOT VERIFIED: the keyring's release key is not a valid Ed25519 key: {0}")]
    BadReleaseKey(envelope::EnvelopeError),
    #[error("NOT VERIFIED: {0}")]
    Failed(#[from] PublicationError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// Verifies the archive `file` with the release key of the keyring in `keys_dir`, which must be
/// signed by the key with fingerprint `expect`.
pub fn verify(
    file: &Path,
    keys_dir: &Path,
    expect: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), VerifyError> {
    let expect = expect.ok_or(VerifyError::Unpinned)?;
    let (keyring, signed) = keystore::load_keyring(keys_dir, Some(expect))?;
    let key = keyring
        .release_key()
        .map_err(VerifyError::BadReleaseKey)?
        .ok_or_else(|| VerifyError::NoReleaseKey(keys_dir.display().to_string()))?;
    let bytes =
        std::fs::read(file).map_err(|e| VerifyError::Read(file.display().to_string(), e))?;
    let id = publication::archive_release_id(&bytes)?;
    let files = publication::verify_archive(&bytes, &key)?;
    writeln!(
        out,
        "OK: release {id} verified with release key {} from keyring serial {} signed by {} ({} data files, SHA256SUMS signature good):",
        key.fingerprint(),
        keyring.serial,
        signed.signer.fingerprint(),
        files.len()
    )?;
    for f in files {
        writeln!(out, "  {f}")?;
    }
    Ok(())
}
