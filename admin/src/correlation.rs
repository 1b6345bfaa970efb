//! The bodies' correlation keys (keys/FORMAT.md, "Correlation"; keys/README.md, the ceremony):
//!
//! - `keys new --kind correlation --body B` (in [`crate::ceremony::new_key`]): 32 random bytes
//!   wrapped as kind `correlation` in `<body>-correlation.key`, its id in
//!   `<body>-correlation.pub.json`; `keys assemble --correlation FILE` puts the id in the keyring;
//! - `keys wrap-correlation` ([`wrap`]): on the host holding the key, seals it to every
//!   reviewer entry and the recovery key of its body in a verified keyring, refusing a keyring
//!   whose body names another id (`tsr-correlation-keys/1` file, public material only);
//! - `keys import-correlation` ([`import`]): on the server host, the sealed copies into the
//!   database (replacing the body's earlier ones), checked against the pinned keyring; audited
//!   with ids only.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use envelope::correlation::{CorrelationKey, SealedCorrelationKeys, KEYS_FORMAT};
use envelope::{b64, Body, Keyring};
use storage::audit::append_audit_in;

use crate::ceremony::{operator, CeremonyError};

/// The fingerprint of a correlation key id, for the minutes: as other fingerprints, kind `c`.
pub fn id_fingerprint(id: &[u8; 32]) -> String {
    envelope::fingerprint(b'c', id)
}

/// [`id_fingerprint`] of a Base64 id.
pub fn id_fingerprint_b64(id: &str) -> Result<String, CeremonyError> {
    let bytes = envelope::unb64(id, "correlation key id")?;
    let id: [u8; 32] = bytes
        .try_into()
        .map_err(|_| CeremonyError::Refused("a correlation key id has 32 bytes".into()))?;
    Ok(id_fingerprint(&id))
}

/// The body of `keyring` whose `correlation` is `id` (Base64), if any.
pub fn body_of(keyring: &Keyring, id: &str) -> Option<Body> {
    keyring
        .bodies
        .iter()
        .find(|(_, k)| k.correlation.as_deref() == Some(id))
        .map(|(b, _)| *b)
}

/// `key` sealed to every reviewer entry and the recovery key of `body` in `keyring`.
pub fn seal_for(
    key: &CorrelationKey,
    body: Body,
    keyring: &Keyring,
) -> Result<SealedCorrelationKeys, CeremonyError> {
    let keys = keyring
        .bodies
        .get(&body)
        .ok_or_else(|| CeremonyError::Refused(format!("the keyring has no {body}")))?;
    let id = key.id_b64()?;
    if keys.correlation.as_deref() != Some(id.as_str()) {
        return Err(CeremonyError::Refused(format!(
            "the keyring (serial {}) does not name this correlation key ({}) for {body}; \
             assemble a keyring with its id first (keys assemble --correlation)",
            keyring.serial,
            id_fingerprint(&key.id()?)
        )));
    }
    let mut sealed = BTreeMap::new();
    for e in keys.entries() {
        sealed.insert(e.id.clone(), b64(&key.seal_to(&e.key()?)?));
    }
    Ok(SealedCorrelationKeys {
        format: KEYS_FORMAT.into(),
        body,
        id,
        serial: keyring.serial,
        sealed,
    })
}

/// What `keys wrap-correlation` is given.
#[derive(Debug, Clone)]
pub struct Wrap {
    /// The wrapped correlation key file (`<body>-correlation.key`).
    pub key: PathBuf,
    /// The directory of the signed keyring to seal for.
    pub keyring: PathBuf,
    /// The keyring signing key's fingerprint.
    pub expect: Option<String>,
    /// The `tsr-correlation-keys/1` file to write.
    pub out: PathBuf,
}

/// `keys wrap-correlation`: see the module documentation.
pub fn wrap(w: &Wrap, passphrase: Option<&str>, out: &mut dyn Write) -> Result<(), CeremonyError> {
    let expect = w.expect.as_deref().ok_or_else(|| {
        CeremonyError::Refused(
            "keys wrap-correlation needs the keyring signing key's fingerprint: pass --expect \
             FINGERPRINT or set KEYRING_FINGERPRINT"
                .into(),
        )
    })?;
    // The keyring first: a wrong signer is refused before the passphrase is asked for.
    let (keyring, _) = keystore::load_keyring(&w.keyring, Some(expect))?;
    let wrapped = keystore::read_key_file(&w.key)?;
    let body = body_of(&keyring, &wrapped.public_key).ok_or_else(|| {
        CeremonyError::Refused(format!(
            "no body of the keyring (serial {}) names the correlation key in {}; not sealed",
            keyring.serial,
            w.key.display()
        ))
    })?;
    let pass = keystore::passphrase(
        passphrase,
        &format!("Passphrase for {}: ", w.key.display()),
        false,
    )?;
    let key = wrapped
        .unwrap_correlation(pass.as_bytes())
        .map_err(|source| keystore::KeystoreError::KeyFile {
            path: w.key.display().to_string(),
            source,
        })?;
    drop(pass);
    let file = seal_for(&key, body, &keyring)?;
    drop(key);
    crate::files::write_all_atomic(&[(w.out.as_path(), file.to_json()?.as_bytes())])?;
    writeln!(
        out,
        "{body} correlation key {} sealed to {} key(s) of keyring serial {} in {}",
        id_fingerprint_b64(&file.id)?,
        file.sealed.len(),
        file.serial,
        w.out.display()
    )?;
    writeln!(
        out,
        "Carry it to the server host: tsr-admin keys import-correlation --from {}",
        w.out.display()
    )?;
    Ok(())
}

/// `keys import-correlation`: the sealed copies of `from` into the database, after checking
/// them against the keyring in `keys_dir` signed by `expect`: the body names this key id and
/// every copy is for an entry of the body. Replaces the body's earlier copies.
pub fn import(
    database_url: &str,
    from: &Path,
    keys_dir: &Path,
    expect: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let expect = expect.ok_or_else(|| {
        CeremonyError::Refused(
            "keys import-correlation needs the keyring signing key's fingerprint: pass \
             --expect FINGERPRINT or set KEYRING_FINGERPRINT"
                .into(),
        )
    })?;
    let text = std::fs::read_to_string(from).map_err(|source| crate::files::FileError::Read {
        path: from.display().to_string(),
        source,
    })?;
    let file = SealedCorrelationKeys::from_json(&text)?;
    let (keyring, _) = keystore::load_keyring(keys_dir, Some(expect))?;
    let keys = keyring
        .bodies
        .get(&file.body)
        .ok_or_else(|| CeremonyError::Refused(format!("the keyring has no {}", file.body)))?;
    if keys.correlation.as_deref() != Some(file.id.as_str()) {
        return Err(CeremonyError::Refused(format!(
            "{}: the correlation key id is not the one the keyring (serial {}) names for {}; \
             not imported",
            from.display(),
            keyring.serial,
            file.body
        )));
    }
    let entries: Vec<&str> = keys.entries().map(|e| e.id.as_str()).collect();
    if let Some(stray) = file.sealed.keys().find(|e| !entries.contains(&e.as_str())) {
        return Err(CeremonyError::Refused(format!(
            "{}: a copy for {stray}, which is no key of {} in the keyring; not imported",
            from.display(),
            file.body
        )));
    }
    let missing: Vec<&str> = entries
        .iter()
        .copied()
        .filter(|e| !file.sealed.contains_key(*e))
        .collect();
    let mut copies = Vec::new();
    for (entry, sealed) in &file.sealed {
        copies.push((
            entry.clone(),
            envelope::unb64(sealed, "sealed correlation key")?,
        ));
    }
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let ids: Vec<&String> = file.sealed.keys().collect();
    db.write(|conn| {
        storage::correlation::replace_sealed_keys(
            conn,
            file.body,
            &file.id,
            file.serial,
            &copies,
            storage::accounts::now(),
        )?;
        append_audit_in(
            conn,
            &operator(
                "keys.correlation_imported",
                Some(("body", file.body.as_str().to_string())),
                serde_json::json!({ "key_id": file.id, "serial": file.serial, "entries": ids }),
            ),
        )
    })?;
    writeln!(
        out,
        "{} correlation key: {} sealed cop(ies) imported (keyring serial {}).",
        file.body,
        copies.len(),
        file.serial
    )?;
    if !missing.is_empty() {
        writeln!(
            out,
            "warning: no copy for {}: run keys wrap-correlation with the current keyring",
            missing.join(", ")
        )?;
    }
    Ok(())
}
