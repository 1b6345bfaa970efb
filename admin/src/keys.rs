//! `tsr-admin keys init` and `tsr-admin keys show`: the development key ceremony and its check.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{Body, KdfLimits, KeyPair, Keyring, SigningKey, WrappedKey};

use keystore::KeystoreError;

#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error(transparent)]
    Store(#[from] KeystoreError),
    #[error(transparent)]
    Passphrase(#[from] keystore::PassphraseError),
    #[error("cryptographic failure while creating keys: {0}")]
    Crypto(#[from] envelope::EnvelopeError),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    #[error(
        "keyring serial {serial} is lower than {floor} ({origin}): an older keyring was put \
         back, or this is not the current one; do not use it"
    )]
    Rollback {
        serial: u64,
        floor: u64,
        origin: &'static str,
    },
    #[error("database: {0}")]
    Database(#[from] storage::StorageError),
    #[error("{0}")]
    Correlation(String),
}

/// The lowest serial `keys show` accepts: given on the command line (`--min-serial`) and/or
/// the highest the web server recorded in its database (`--db`).
#[derive(Debug, Default, Clone, Copy)]
pub struct SerialFloor<'a> {
    pub given: Option<u64>,
    pub database_url: Option<&'a str>,
}

pub(crate) fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Creates a development keyring: per body one reviewer key, one recovery key and one
/// correlation key (its id in the keyring, its sealed copies in `<body>-correlation-keys.json`
/// for `keys import-correlation`), the anonymizer key and the keyring signing key, all private
/// keys wrapped under one passphrase.
pub fn init(dir: &Path, passphrase: Option<&str>, out: &mut dyn Write) -> Result<(), KeysError> {
    // Refuse before asking for a passphrase.
    let existing = dir.join(envelope::keyring::KEYRING_FILE);
    if existing.exists() {
        return Err(KeystoreError::Exists {
            path: existing.display().to_string(),
        }
        .into());
    }
    let pass = keystore::passphrase(passphrase, "Passphrase for the new key files: ", true)?;
    let limits = KdfLimits::DEFAULT;
    let mut files: Vec<(String, Vec<u8>, bool)> = Vec::new();
    let mut wrap = |name: String, w: WrappedKey| -> Result<(), KeysError> {
        files.push((name, w.to_json()?.into_bytes(), true));
        Ok(())
    };

    let mut bodies = BTreeMap::new();
    let mut correlation = Vec::new();
    for body in Body::ALL {
        let lower = body.as_str().to_ascii_lowercase();
        let reviewer = KeyPair::generate();
        let recovery = KeyPair::generate();
        let rid = format!("{lower}-reviewer-1");
        let cid = format!("{lower}-recovery");
        wrap(
            keystore::reviewer_key_file(body, 1),
            WrappedKey::wrap_x25519(&reviewer, &rid, pass.as_bytes(), limits)?,
        )?;
        wrap(
            keystore::recovery_key_file(body),
            WrappedKey::wrap_x25519(&recovery, &cid, pass.as_bytes(), limits)?,
        )?;
        let corr = envelope::correlation::CorrelationKey::generate();
        wrap(
            format!("{lower}-correlation.key"),
            WrappedKey::wrap_correlation(
                &corr,
                &format!("{lower}-correlation"),
                pass.as_bytes(),
                limits,
            )?,
        )?;
        let corr_id = corr.id_b64()?;
        correlation.push((body, corr));
        bodies.insert(
            body,
            BodyKeys {
                correlation: Some(corr_id),
                reviewers: vec![KeyEntry::new(
                    &rid,
                    &format!("{body} development reviewer 1"),
                    &reviewer.public,
                )],
                recovery: KeyEntry::new(&cid, &format!("{body} recovery"), &recovery.public),
            },
        );
    }
    let anonymizer = KeyPair::generate();
    wrap(
        keystore::ANONYMIZER_KEY_FILE.into(),
        WrappedKey::wrap_x25519(&anonymizer, "anonymizer", pass.as_bytes(), limits)?,
    )?;
    let signing = SigningKey::generate();
    wrap(
        keystore::SIGNING_KEY_FILE.into(),
        WrappedKey::wrap_signing(&signing, "keyring-signing", pass.as_bytes(), limits)?,
    )?;

    let keyring = Keyring {
        format: FORMAT.into(),
        serial: 1,
        issued: today(),
        bodies,
        anonymizer: KeyEntry::new("anonymizer", "Anonymizer", &anonymizer.public),
        // The anonymizer's release key is derived from its private key (publication crate):
        // in the keyring, `verify-release` can trust it through the keyring's signature.
        release: Some(KeyEntry::signing(
            "release",
            "Release signing key",
            &publication::release_signing_key(anonymizer.secret.expose()).public_key()?,
        )),
    };
    let signed = keyring.sign(&signing)?;
    for (body, key) in &correlation {
        let sealed = crate::correlation::seal_for(key, *body, &keyring)
            .map_err(|e| KeysError::Correlation(e.to_string()))?;
        files.push((
            format!(
                "{}-correlation-keys.json",
                body.as_str().to_ascii_lowercase()
            ),
            sealed.to_json()?.into_bytes(),
            false,
        ));
    }
    drop(correlation);
    files.push((
        envelope::keyring::KEYRING_FILE.into(),
        signed.bytes.clone(),
        false,
    ));
    files.push((
        envelope::keyring::SIGNATURE_FILE.into(),
        signed.signature_file()?,
        false,
    ));
    keystore::write_new_files(dir, &files)?;

    writeln!(out, "Development keyring created in {}", dir.display())?;
    writeln!(
        out,
        "Private key files are wrapped with your passphrase (Argon2id t={}, m={} MiB) and readable only by you (0600).",
        limits.opslimit,
        limits.memlimit / (1024 * 1024)
    )?;
    writeln!(
        out,
        "This keyring is for development: for production follow keys/README.md."
    )?;
    writeln!(out)?;
    print_keyring(&keyring, &signed.signer, out)?;
    Ok(())
}

/// Prints the keyring after verifying its signature (and signer, with `expect`) and that its
/// serial is not below `floor`; an invalid or rolled-back keyring is an error.
pub fn show(
    dir: &Path,
    expect: Option<&str>,
    floor: &SerialFloor<'_>,
    out: &mut dyn Write,
) -> Result<(), KeysError> {
    let (keyring, signed) = keystore::load_keyring(dir, expect)?;
    let check = |floor: u64, source: &'static str| {
        if keyring.serial < floor {
            Err(KeysError::Rollback {
                serial: keyring.serial,
                floor,
                origin: source,
            })
        } else {
            Ok(())
        }
    };
    if let Some(given) = floor.given {
        check(given, "given with --min-serial")?;
    }
    if let Some(url) = floor.database_url {
        let db = storage::Database::connect(url)?;
        let mut conn = db.conn()?;
        let fp = signed.signer.fingerprint();
        if let Some(highest) = storage::keyring_serials::highest_serial(&mut conn, &fp)? {
            check(highest, "the highest the web server recorded")?;
        }
    }
    writeln!(
        out,
        "Keyring {} (serial {}, issued {})",
        dir.display(),
        keyring.serial,
        keyring.issued
    )?;
    writeln!(out, "Signature: valid")?;
    print_keyring(&keyring, &signed.signer, out)?;
    if expect.is_none() {
        writeln!(out)?;
        writeln!(
            out,
            "Compare the signing key fingerprint with the one published out of band, or pass --expect FINGERPRINT."
        )?;
    }
    Ok(())
}

fn print_keyring(
    keyring: &Keyring,
    signer: &envelope::SigningPublicKey,
    out: &mut dyn Write,
) -> Result<(), KeysError> {
    writeln!(out, "Keyring signing key   {}", signer.fingerprint())?;
    for (body, keys) in &keyring.bodies {
        writeln!(out, "{body}")?;
        for r in &keys.reviewers {
            writeln!(out, "  reviewer  {:<22} {}", r.id, r.key()?.fingerprint())?;
        }
        writeln!(
            out,
            "  recovery  {:<22} {}",
            keys.recovery.id,
            keys.recovery.key()?.fingerprint()
        )?;
        if let Some(id) = &keys.correlation {
            let id = crate::correlation::id_fingerprint_b64(id)
                .map_err(|e| KeysError::Correlation(e.to_string()))?;
            writeln!(out, "  {:<32} {id}", "correlation key id")?;
        }
    }
    writeln!(
        out,
        "Anonymizer            {}",
        keyring.anonymizer_key()?.fingerprint()
    )?;
    match keyring.release_key()? {
        Some(pk) => writeln!(
            out,
            "Release key           {}  {}",
            pk.fingerprint(),
            pk.to_b64()
        )?,
        None => writeln!(out, "Release key           none (an older keyring)")?,
    }
    Ok(())
}
