//! The receipt kept in a file, wrapped by a passphrase: a `tsr-wrapped-key/1` document of kind
//! `receipt` (keys/FORMAT.md, "Wrapped private key"): Argon2id (t=3, m=64 MiB) and secretbox,
//! as the channel's key files. The passphrase comes from `$TSR_REPORT_PASSPHRASE` or is asked.

use std::path::{Path, PathBuf};

use envelope::{KdfLimits, Receipt, WrappedKey};
use zeroize::Zeroizing;

use crate::error::{CliError, Result};

pub struct Saving {
    path: PathBuf,
    passphrase: Zeroizing<String>,
}

fn given() -> Option<String> {
    std::env::var("TSR_REPORT_PASSPHRASE")
        .ok()
        .filter(|v| !v.is_empty())
}

/// Checks the target and gets the passphrase (at least 12 characters), before anything is sent.
pub fn prepare(path: &Path) -> Result<Saving> {
    if path.exists() {
        return Err(CliError::Usage(format!(
            "{}: exists already; not replaced",
            path.display()
        )));
    }
    let env = given().map(Zeroizing::new);
    let passphrase = match env {
        Some(p) if p.chars().count() < keystore::MIN_PASSPHRASE_CHARS => {
            return Err(CliError::Usage(format!(
                "the passphrase must have at least {} characters",
                keystore::MIN_PASSPHRASE_CHARS
            )))
        }
        Some(p) => p,
        None => keystore::passphrase(None, "Passphrase for the receipt file: ", true)
            .map_err(|e| CliError::Usage(format!("passphrase: {e}")))?,
    };
    Ok(Saving {
        path: path.to_path_buf(),
        passphrase,
    })
}

pub fn save(s: Saving, receipt: &Receipt, label: &str) -> Result<PathBuf> {
    let wrapped =
        WrappedKey::wrap_receipt(receipt, label, s.passphrase.as_bytes(), KdfLimits::DEFAULT)
            .map_err(|e| CliError::Other(format!("wrapping the receipt: {e}")))?;
    let mut json = wrapped
        .to_json()
        .map_err(|e| CliError::Other(e.to_string()))?;
    json.push('\n');
    crate::config::write_atomically(&s.path, json.as_bytes(), true)?;
    Ok(s.path)
}

pub fn load(path: &Path) -> Result<Receipt> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::Receipt(format!("{}: {e}", path.display())))?;
    let wrapped = WrappedKey::from_json(&text)
        .map_err(|e| CliError::Receipt(format!("{}: {e}", path.display())))?;
    let passphrase = match given() {
        Some(p) => Zeroizing::new(p),
        None => keystore::passphrase(None, "Passphrase of the receipt file: ", false)
            .map_err(|e| CliError::Usage(format!("passphrase: {e}")))?,
    };
    wrapped
        .unwrap_receipt(passphrase.as_bytes())
        .map_err(|e| CliError::Receipt(format!("{}: {e}", path.display())))
}
