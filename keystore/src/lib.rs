//! The key directory (`KEYS_DIR`): the signed keyring, the wrapped private key files, and the
//! passphrase that unwraps them.
//!
//! The web server reads only `keyring.json` and `keyring.sig`. Private key files belong to the
//! operator's tooling and the anonymizer, and are written with mode 0600.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use envelope::keyring::{KEYRING_FILE, SIGNATURE_FILE};
use envelope::{EnvelopeError, Keyring, SignedKeyring, WrappedKey};
use zeroize::Zeroizing;

/// Where keys live when `KEYS_DIR` is not set.
pub const DEFAULT_KEYS_DIR: &str = "data/keys";
pub const SIGNING_KEY_FILE: &str = "keyring-signing.key";
pub const ANONYMIZER_KEY_FILE: &str = "anonymizer.key";
/// Sub-directory of `KEYS_DIR` holding the anonymizer's retiring private keys (`*.key`), kept
/// after a rotation so that records sealed to them still open (keys/README.md, "Rotation").
pub const ANONYMIZER_RETIRING_DIR: &str = "anonymizer-retiring";

#[derive(Debug, thiserror::Error)]
pub enum KeystoreError {
    #[error("no keyring in {dir}: run `tsr-admin keys init --dir {dir}` first")]
    Missing { dir: String },
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
    #[error("{path} already exists; refusing to overwrite an existing keyring")]
    Exists { path: String },
    #[error("keyring in {dir} is not valid: {source}")]
    Invalid { dir: String, source: EnvelopeError },
    #[error("{path}: {source}")]
    KeyFile { path: String, source: EnvelopeError },
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
}

/// Reads an Ed25519 key file (the keyring signing key) and unwraps it with the key-file
/// passphrase.
pub fn unwrap_signing_file(
    path: &Path,
    given_passphrase: Option<&str>,
) -> Result<envelope::keys::SigningKey, KeystoreError> {
    let wrapped = read_key_file(path)?;
    let pass = passphrase(
        given_passphrase,
        &format!("Passphrase for {}: ", path.display()),
        false,
    )?;
    wrapped
        .unwrap_signing(pass.as_bytes())
        .map_err(|source| KeystoreError::KeyFile {
            path: path.display().to_string(),
            source,
        })
}

/// Reads an X25519 key file and unwraps it with the key-file passphrase.
pub fn unwrap_x25519_file(
    path: &Path,
    given_passphrase: Option<&str>,
) -> Result<envelope::KeyPair, KeystoreError> {
    let wrapped = read_key_file(path)?;
    let pass = passphrase(
        given_passphrase,
        &format!("Passphrase for {}: ", path.display()),
        false,
    )?;
    wrapped
        .unwrap_x25519(pass.as_bytes())
        .map_err(|source| KeystoreError::KeyFile {
            path: path.display().to_string(),
            source,
        })
}

pub fn recovery_key_file(body: envelope::Body) -> String {
    format!("{}-recovery.key", body.as_str().to_ascii_lowercase())
}

pub fn reviewer_key_file(body: envelope::Body, n: usize) -> String {
    format!("{}-reviewer-{n}.key", body.as_str().to_ascii_lowercase())
}

/// Reads the keyring files without trusting them.
pub fn read_signed(dir: &Path) -> Result<SignedKeyring, KeystoreError> {
    let kr = dir.join(KEYRING_FILE);
    if !kr.exists() {
        return Err(KeystoreError::Missing {
            dir: dir.display().to_string(),
        });
    }
    let bytes = read(&kr)?;
    let sig = read(&dir.join(SIGNATURE_FILE))?;
    SignedKeyring::from_files(&bytes, &sig).map_err(|source| KeystoreError::Invalid {
        dir: dir.display().to_string(),
        source,
    })
}

/// Reads and verifies the keyring; `expected_signer` pins the signing key's fingerprint.
pub fn load_keyring(
    dir: &Path,
    expected_signer: Option<&str>,
) -> Result<(Keyring, SignedKeyring), KeystoreError> {
    let signed = read_signed(dir)?;
    let keyring = signed
        .verify(expected_signer)
        .map_err(|source| KeystoreError::Invalid {
            dir: dir.display().to_string(),
            source,
        })?;
    Ok((keyring, signed))
}

pub fn read_key_file(path: &Path) -> Result<WrappedKey, KeystoreError> {
    let text = String::from_utf8(read(path)?).map_err(|_| KeystoreError::KeyFile {
        path: path.display().to_string(),
        source: EnvelopeError::Json { what: "key file" },
    })?;
    WrappedKey::from_json(&text).map_err(|source| KeystoreError::KeyFile {
        path: path.display().to_string(),
        source,
    })
}

fn read(path: &Path) -> Result<Vec<u8>, KeystoreError> {
    fs::read(path).map_err(|source| KeystoreError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// Writes a set of new files all-or-nothing: refuses if any exists, writes each through a
/// temporary file in the same directory (never a partial file under its name), removes what it
/// wrote if a later write fails. `secret` files get mode 0600.
pub fn write_new_files(dir: &Path, files: &[(String, Vec<u8>, bool)]) -> Result<(), KeystoreError> {
    fs::create_dir_all(dir).map_err(|source| KeystoreError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    for (name, _, _) in files {
        let p = dir.join(name);
        if p.exists() {
            return Err(KeystoreError::Exists {
                path: p.display().to_string(),
            });
        }
    }
    let mut written: Vec<PathBuf> = Vec::new();
    for (name, bytes, secret) in files {
        let p = dir.join(name);
        if let Err(source) = write_one(&p, bytes, *secret) {
            for w in &written {
                let _ = fs::remove_file(w);
            }
            return Err(match source.kind() {
                std::io::ErrorKind::AlreadyExists => KeystoreError::Exists {
                    path: p.display().to_string(),
                },
                _ => KeystoreError::Write {
                    path: p.display().to_string(),
                    source,
                },
            });
        }
        written.push(p);
    }
    Ok(())
}

/// Writes one new file without ever leaving a partial one under its name: the bytes go to a
/// temporary file in the same directory (with the final mode), synced, then linked to `path`
/// (which fails if `path` exists, so nothing is overwritten), and the temporary name removed.
fn write_one(path: &Path, bytes: &[u8], secret: bool) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut random = [0u8; 6];
    envelope::fill_random(&mut random);
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", envelope::hex(&random)));
    let result = (|| {
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(if secret { 0o600 } else { 0o644 });
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::hard_link(&tmp, path)
    })();
    let _ = fs::remove_file(&tmp);
    result
}

/// Shortest passphrase accepted for key files.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum PassphraseError {
    #[error("the passphrase must be at least {MIN_PASSPHRASE_CHARS} characters")]
    TooShort,
    #[error("the two passphrases differ")]
    Mismatch,
    #[error("no passphrase: set KEYS_PASSPHRASE or run from a terminal to be prompted ({0})")]
    NoTerminal(std::io::Error),
}

/// The key-file passphrase: `given` when the binary's configuration has one (`KEYS_PASSPHRASE`,
/// read once at start, for automation), otherwise prompted without echo; `confirm` asks twice
/// (when creating keys).
pub fn passphrase(
    given: Option<&str>,
    prompt: &str,
    confirm: bool,
) -> Result<Zeroizing<String>, PassphraseError> {
    let pass = match given {
        Some(p) if !p.is_empty() => Zeroizing::new(p.to_string()),
        _ => {
            let first = Zeroizing::new(
                rpassword::prompt_password(prompt).map_err(PassphraseError::NoTerminal)?,
            );
            if confirm {
                let second = Zeroizing::new(
                    rpassword::prompt_password("Repeat the passphrase: ")
                        .map_err(PassphraseError::NoTerminal)?,
                );
                if *first != *second {
                    return Err(PassphraseError::Mismatch);
                }
            }
            first
        }
    };
    if confirm && pass.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort);
    }
    Ok(pass)
}
