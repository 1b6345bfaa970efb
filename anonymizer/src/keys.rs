//! The anonymizer's private keys: the keyring's current anonymizer key, and the retiring keys
//! an operator keeps after a rotation (`KEYS_DIR/anonymizer-retiring/*.key`) so that records
//! sealed to them before the rotation still open (keys/README.md, "Rotation").
//!
//! A sealed box does not name its recipient, so a record is tried with the current key and
//! then with each retiring key; only the key it was sealed to opens it (the box is
//! authenticated). A record no held key opens is *unopenable*: counted and reported, never
//! dropped silently ([`crate::release::run`] refuses unless told to skip them).

use std::path::Path;

use envelope::keys::KeyPair;
use zeroize::Zeroizing;

use crate::error::{AnonError, Result};

/// The current anonymizer key (the keyring's) and the retiring ones.
pub struct AnonymizerKeys {
    pub current: KeyPair,
    pub retiring: Vec<KeyPair>,
}

/// Which key opened a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenedBy {
    Current,
    Retiring,
}

/// Why a record did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotOpened {
    /// Not a statistics record at all (bad magic or length).
    Malformed,
    /// Well framed, but no key held opens it (sealed to a retired key, or altered).
    Unopenable,
}

impl AnonymizerKeys {
    /// Only the current key (no rotation in progress).
    pub fn single(current: KeyPair) -> AnonymizerKeys {
        AnonymizerKeys {
            current,
            retiring: Vec::new(),
        }
    }

    /// Opens `sealed` with the key it was sealed to.
    pub fn open(
        &self,
        sealed: &[u8],
    ) -> std::result::Result<(Zeroizing<Vec<u8>>, OpenedBy), NotOpened> {
        if envelope::stats::check_sealed_record(sealed).is_err() {
            return Err(NotOpened::Malformed);
        }
        if let Ok(plain) = envelope::stats::open_record(sealed, &self.current) {
            return Ok((plain, OpenedBy::Current));
        }
        self.retiring
            .iter()
            .find_map(|k| envelope::stats::open_record(sealed, k).ok())
            .map(|plain| (plain, OpenedBy::Retiring))
            .ok_or(NotOpened::Unopenable)
    }
}

/// Reads the current anonymizer key ([`crate::anonymizer_key`]: checked against the keyring)
/// and every retiring key in `keys_dir/anonymizer-retiring/` (same passphrase). A retiring
/// file that does not unwrap stops the run: a key silently skipped would turn its records
/// into unopenable ones.
pub fn anonymizer_keys(
    keys_dir: &Path,
    keyring_fingerprint: Option<&str>,
    passphrase: Option<&str>,
) -> Result<AnonymizerKeys> {
    let current = crate::anonymizer_key(keys_dir, keyring_fingerprint, passphrase)?;
    let retiring = retiring_keys(keys_dir, passphrase)?
        .into_iter()
        .filter(|k| k.public != current.public)
        .collect();
    Ok(AnonymizerKeys { current, retiring })
}

/// The retiring keys in `keys_dir/anonymizer-retiring/`, in file name order; none if the
/// directory does not exist.
pub fn retiring_keys(keys_dir: &Path, passphrase: Option<&str>) -> Result<Vec<KeyPair>> {
    let dir = keys_dir.join(keystore::ANONYMIZER_RETIRING_DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(AnonError::Io { path: dir, source }),
    };
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|source| AnonError::Io {
                path: dir.clone(),
                source,
            })?
            .path();
        if path.extension().is_some_and(|e| e == "key") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|p| {
            keystore::unwrap_x25519_file(p, passphrase)
                .map_err(|e| AnonError::Key(format!("retiring key: {e}")))
        })
        .collect()
}
