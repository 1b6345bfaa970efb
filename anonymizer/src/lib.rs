//! The anonymizer: turns sealed statistics records into differentially private EU tables.
//!
//! It runs as its own job (cron or a systemd timer), never inside the web server, and is the
//! only holder of the anonymizer private key. Data flow, one module per step:
//!
//! 1. [`records`]: choose the record that counts for each report of the period (a reviewer's,
//!    if signed by a reviewer of the verified keyring, supersedes the reporter's), open it in
//!    memory with the anonymizer key it was sealed to ([`keys`]: the current one or one kept
//!    while retiring), validate it, keep category indices, amounts and keyed pseudonyms only.
//! 2. [`truncate`]: at most k reports per organisation (the privacy unit).
//! 3. [`plan`] and [`measure`]: each table's share of epsilon and its noise scale, from OpenDP.
//! 4. [`compute`] with [`consistency`]: noise on every cell of the public domain, weighted
//!    least squares so the EU equals the sum of member states, non-negative integer rounding.
//! 5. [`schedule`]: only quarters that ended plus a grace period are released.
//! 6. [`release`]: the privacy ledger (refuses overspend, re-runs spend nothing) and the
//!    release in the database; [`output`] writes CSV and JSON files.
//!
//! # Error policy
//!
//! Every fallible function returns [`error::AnonError`]; each kind has its exit code
//! ([`error::AnonError::exit_code`]). Messages name periods, tables, budgets and files, never a
//! record. Logs carry counts and timings only. Nothing this crate handles is written to disk
//! except the published release.

pub mod check;
pub mod cli;
pub mod compute;
pub mod consistency;
pub mod error;
pub mod keys;
pub mod ledger;
pub mod measure;
pub mod output;
pub mod plan;
pub mod progress;
pub mod records;
pub mod release;
pub mod schedule;
pub mod synth;
pub mod tables;
pub mod truncate;
pub mod truth;

pub use error::{AnonError, Result};
pub use keys::{anonymizer_keys, AnonymizerKeys};

/// Reads and unwraps the anonymizer key from `keys_dir` (passphrase from the configuration's
/// `KEYS_PASSPHRASE` or a prompt) and checks it against the keyring, verified against the
/// configuration's `KEYRING_FINGERPRINT` when set.
pub fn anonymizer_key(
    keys_dir: &std::path::Path,
    keyring_fingerprint: Option<&str>,
    passphrase: Option<&str>,
) -> Result<envelope::KeyPair> {
    let (keyring, _) = keystore::load_keyring(keys_dir, keyring_fingerprint)
        .map_err(|e| AnonError::Key(e.to_string()))?;
    let expected = keyring
        .anonymizer_key()
        .map_err(|e| AnonError::Key(e.to_string()))?;
    let kp =
        keystore::unwrap_x25519_file(&keys_dir.join(keystore::ANONYMIZER_KEY_FILE), passphrase)
            .map_err(|e| AnonError::Key(e.to_string()))?;
    if kp.public != expected {
        return Err(AnonError::Key(format!(
            "{} is not the keyring's anonymizer key {}",
            kp.public.fingerprint(),
            expected.fingerprint()
        )));
    }
    Ok(kp)
}

/// The reviewers whose signed classifications count ([`records::Signers`]): those of the
/// keyring in `keys_dir`, verified against the pinned fingerprint, and only if its serial is
/// not lower than the highest this database accepted (which it then records), as the server
/// checks it at start.
pub fn reviewer_signers(
    keys_dir: &std::path::Path,
    pinned: &str,
    db: &storage::Database,
) -> Result<records::Signers> {
    let (keyring, signed) = keystore::load_keyring(keys_dir, Some(pinned))
        .map_err(|e| AnonError::Key(e.to_string()))?;
    let fp = signed.signer.fingerprint();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let serial = keyring.serial;
    if let Err(highest) =
        db.write(|c| storage::keyring_serials::accept_serial(c, &fp, serial, now))?
    {
        return Err(AnonError::Key(format!(
            "the keyring in {} has serial {serial}, lower than {highest} accepted before: refusing an older keyring",
            keys_dir.display()
        )));
    }
    Ok(records::Signers::of(&keyring))
}
