//! The offline key ceremony, one host at a time: `keys new` (one key pair of one kind, its
//! private half wrapped in the key directory, its public half in a file to carry out),
//! `keys export-reviewers` (the server host's enrolled reviewers' public keys, checked against
//! the audit log, no private material) and `keys import` (the server host takes a keyring
//! signed offline, checked against the pinned fingerprint and the serial it already has).
//! `keys assemble` (the offline host) is in [`crate::assemble`].

use std::io::Write;
use std::path::Path;

use envelope::keyring::{KEYRING_FILE, SIGNATURE_FILE};
use envelope::{Body, KdfLimits, KeyPair, PublicKey, SigningKey, WrappedKey};
use keystore::KeystoreError;
use storage::accounts::{self, ReviewerProfile};
use storage::audit::{append_audit_in, AuditEntry};
use storage::{ActorKind, StorageError};

use crate::files::{self, FileError, KeyKind, PublicKeyFile, ReviewerKey, ReviewerKeys};

#[derive(Debug, thiserror::Error)]
pub enum CeremonyError {
    #[error(transparent)]
    Store(#[from] KeystoreError),
    #[error(transparent)]
    Passphrase(#[from] keystore::PassphraseError),
    #[error(transparent)]
    File(#[from] FileError),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("{0}")]
    Crypto(#[from] envelope::EnvelopeError),
    #[error("{0}")]
    Refused(String),
    #[error("the audit log's hash chain is broken at row {0}; investigate with `tsr-admin audit verify` before trusting any key in this database")]
    AuditBroken(i64),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

/// The file names `keys new` uses for a kind (private key file, public key file) and the
/// keyring entry id.
pub fn key_names(kind: KeyKind, body: Option<Body>) -> (String, String, String) {
    let stem = match (kind, body) {
        (KeyKind::Recovery, Some(b)) => keystore::recovery_key_file(b)
            .trim_end_matches(".key")
            .to_string(),
        (KeyKind::Recovery, None) => "recovery".into(),
        (KeyKind::Correlation, Some(b)) => {
            format!("{}-correlation", b.as_str().to_ascii_lowercase())
        }
        (KeyKind::Correlation, None) => "correlation".into(),
        (KeyKind::Anonymizer, _) => "anonymizer".into(),
        (KeyKind::KeyringSigning, _) => "keyring-signing".into(),
    };
    (format!("{stem}.key"), format!("{stem}.pub.json"), stem)
}

/// `keys new`: one key pair of `kind` in `dir` (refusing to overwrite a key file), its private
/// half wrapped under the passphrase (mode 0600), its public half in `<stem>.pub.json`.
pub fn new_key(
    dir: &Path,
    kind: KeyKind,
    body: Option<Body>,
    id: Option<&str>,
    passphrase: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let per_body = matches!(kind, KeyKind::Recovery | KeyKind::Correlation);
    if per_body != body.is_some() {
        return Err(CeremonyError::Refused(
            "--body is required for a recovery or correlation key, and only for them".into(),
        ));
    }
    let (key_file, pub_file, stem) = key_names(kind, body);
    let id = id.map(str::to_string).unwrap_or(stem);
    for name in [&key_file, &pub_file] {
        if dir.join(name).exists() {
            return Err(KeystoreError::Exists {
                path: dir.join(name).display().to_string(),
            }
            .into());
        }
    }
    let pass = keystore::passphrase(passphrase, "Passphrase for the new key file: ", true)?;
    let limits = KdfLimits::DEFAULT;
    let (wrapped, public_key, fingerprint, release_key) = match kind {
        KeyKind::KeyringSigning => {
            let key = SigningKey::generate();
            let pk = key.public_key()?;
            let w = WrappedKey::wrap_signing(&key, &id, pass.as_bytes(), limits)?;
            (w, pk.to_b64(), pk.fingerprint(), None)
        }
        KeyKind::Correlation => {
            let key = envelope::correlation::CorrelationKey::generate();
            let w = WrappedKey::wrap_correlation(&key, &id, pass.as_bytes(), limits)?;
            let fp = crate::correlation::id_fingerprint(&key.id()?);
            (w, key.id_b64()?, fp, None)
        }
        KeyKind::Recovery | KeyKind::Anonymizer => {
            let kp = KeyPair::generate();
            let w = WrappedKey::wrap_x25519(&kp, &id, pass.as_bytes(), limits)?;
            let release = (kind == KeyKind::Anonymizer)
                .then(|| publication::release_signing_key(kp.secret.expose()).public_key())
                .transpose()?;
            (
                w,
                kp.public.to_b64(),
                kp.public.fingerprint(),
                release.map(|r| r.to_b64()),
            )
        }
    };
    drop(pass);
    let public = PublicKeyFile {
        format: files::PUBLIC_KEY_FORMAT.into(),
        kind,
        id: id.clone(),
        body,
        public_key,
        fingerprint: fingerprint.clone(),
        release_key,
    };
    let mut public_json = serde_json::to_string_pretty(&public)
        .map_err(|e| CeremonyError::Refused(format!("public key file: {e}")))?;
    public_json.push('\n');
    keystore::write_new_files(
        dir,
        &[
            (key_file.clone(), wrapped.to_json()?.into_bytes(), true),
            (pub_file.clone(), public_json.into_bytes(), false),
        ],
    )?;
    let label = match kind {
        KeyKind::KeyringSigning => "Keyring signing key".to_string(),
        KeyKind::Anonymizer => "Anonymizer key".to_string(),
        KeyKind::Recovery => format!("{} recovery key", body.map(Body::as_str).unwrap_or("")),
        KeyKind::Correlation => format!(
            "{} correlation key id",
            body.map(Body::as_str).unwrap_or("")
        ),
    };
    writeln!(out, "{label} {fingerprint}")?;
    writeln!(
        out,
        "Private key: {} (wrapped with your passphrase, mode 0600; it stays on this host)",
        dir.join(&key_file).display()
    )?;
    writeln!(
        out,
        "Public key:  {} (carry this file to the ceremony; write the fingerprint in the minutes)",
        dir.join(&pub_file).display()
    )?;
    Ok(())
}

/// Reads a public key file and checks that its fingerprint is its key's.
pub fn read_public(path: &Path) -> Result<PublicKeyFile, CeremonyError> {
    let f: PublicKeyFile = files::read_json(path, files::PUBLIC_KEY_FORMAT)?;
    let fp = match f.kind {
        KeyKind::KeyringSigning => {
            envelope::SigningPublicKey::from_b64(&f.public_key)?.fingerprint()
        }
        KeyKind::Correlation => crate::correlation::id_fingerprint_b64(&f.public_key)?,
        _ => PublicKey::from_b64(&f.public_key)?.fingerprint(),
    };
    if fp != f.fingerprint {
        return Err(CeremonyError::Refused(format!(
            "{}: the fingerprint written in it ({}) is not its key's ({fp})",
            path.display(),
            f.fingerprint
        )));
    }
    Ok(f)
}

/// `keys export-reviewers`: the enrolled, active reviewers' public keys (and message signing
/// keys) to `to`, each checked against its enrolment record in an intact audit log.
pub fn export_reviewers(
    database_url: &str,
    to: &Path,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    if let Err(b) = storage::audit::verify_audit_chain(&mut conn)? {
        return Err(CeremonyError::AuditBroken(b.seq));
    }
    let mut reviewers = Vec::new();
    let mut refused = Vec::new();
    for r in accounts::list_accounts::<ReviewerProfile>(&mut conn)? {
        if !r.credentials.active || r.credentials.password_hash.is_none() {
            continue;
        }
        let Some(pk) = r
            .profile
            .public_key
            .as_deref()
            .and_then(|b| PublicKey::from_slice(b).ok())
        else {
            continue;
        };
        let id = accounts::keyring_entry_id(r.profile.body, r.id);
        let fingerprint = pk.fingerprint();
        if accounts::enrolled_fingerprint(&mut conn, r.id)?.as_deref() != Some(&fingerprint) {
            refused.push(format!(
                "{id}: key {fingerprint} is not the one enrolled (audit log)"
            ));
            continue;
        }
        let signing = match r.profile.signing_public_key.as_deref() {
            None => None,
            Some(bytes) => {
                let spk = <[u8; 32]>::try_from(bytes).map(envelope::SigningPublicKey);
                let recorded = accounts::enrolled_signing_fingerprint(&mut conn, r.id)?;
                match spk {
                    Ok(spk) if recorded.as_deref() == Some(spk.fingerprint().as_str()) => Some(spk),
                    _ => {
                        refused.push(format!(
                            "{id}: the message signing key is not the one enrolled (audit log)"
                        ));
                        continue;
                    }
                }
            }
        };
        reviewers.push(ReviewerKey {
            body: r.profile.body,
            id,
            name: format!("{} ({} reviewer)", r.name, r.profile.body),
            public_key: pk.to_b64(),
            fingerprint,
            signing_key: signing.map(|k| k.to_b64()),
            signing_fingerprint: signing.map(|k| k.fingerprint()),
        });
    }
    if !refused.is_empty() {
        return Err(CeremonyError::Refused(format!(
            "not exported: reviewer key(s) changed since enrolment: {}; deactivate the \
             account(s) and enrol again",
            refused.join("; ")
        )));
    }
    let export = ReviewerKeys {
        format: files::REVIEWER_KEYS_FORMAT.into(),
        exported: crate::keys::today(),
        reviewers,
    };
    let fps: Vec<String> = export
        .reviewers
        .iter()
        .map(|r| r.fingerprint.clone())
        .collect();
    // The row and the file together: a failed write rolls the row back.
    db.write(|conn| {
        let detail = serde_json::json!({ "fingerprints": fps });
        append_audit_in(conn, &operator("keys.reviewers_exported", None, detail))?;
        files::write_json(to, &export).map_err(|e| StorageError::Invalid(e.to_string()))
    })?;
    for r in &export.reviewers {
        writeln!(
            out,
            "{}  {:<22} {}  {}",
            r.body, r.id, r.fingerprint, r.name
        )?;
        if let Some(fp) = &r.signing_fingerprint {
            writeln!(out, "{}  {:<22} {fp}  (message signing key)", r.body, r.id)?;
        }
    }
    writeln!(
        out,
        "{} enrolled reviewer key(s) written to {} (public keys only). Approve each on the \
         offline host by the fingerprint its reviewer reads out to you.",
        export.reviewers.len(),
        to.display()
    )?;
    Ok(())
}

/// An operator's audit row.
pub(crate) fn operator(
    action: &str,
    object: Option<(&str, String)>,
    detail: serde_json::Value,
) -> AuditEntry {
    AuditEntry {
        at: accounts::now(),
        actor_kind: ActorKind::Operator,
        actor_id: None,
        action: action.into(),
        object_kind: object.as_ref().map(|(k, _)| k.to_string()),
        object_id: object.map(|(_, id)| id),
        detail,
    }
}

/// `keys import`: the keyring signed offline (in `from`) into the server's key directory
/// `dir`, after checking its signature against the pinned fingerprint `expect` and that its
/// serial is not lower than the current keyring's nor than the highest the web server recorded.
pub fn import(
    from: &Path,
    dir: &Path,
    expect: Option<&str>,
    database_url: &str,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let expect = expect.ok_or_else(|| {
        CeremonyError::Refused(
            "keys import needs the keyring signing key's fingerprint: pass --expect FINGERPRINT \
             or set KEYRING_FINGERPRINT"
                .into(),
        )
    })?;
    let (next, signed) = keystore::load_keyring(from, Some(expect))?;
    let floor = |serial: u64, what: &str| {
        if next.serial < serial {
            Err(CeremonyError::Refused(format!(
                "the new keyring has serial {}, lower than serial {serial} ({what}); not imported",
                next.serial
            )))
        } else {
            Ok(())
        }
    };
    if dir.join(KEYRING_FILE).exists() {
        if let Ok(current) = keystore::read_signed(dir) {
            if current.bytes == signed.bytes {
                return Err(CeremonyError::Refused(format!(
                    "{} already holds this keyring (serial {}); nothing to import",
                    dir.display(),
                    next.serial
                )));
            }
            if let Ok(cur) = current.verify(Some(expect)) {
                if next.serial <= cur.serial {
                    return Err(CeremonyError::Refused(format!(
                        "the new keyring has serial {}, not higher than the current keyring's \
                         serial {} in {}; not imported",
                        next.serial,
                        cur.serial,
                        dir.display()
                    )));
                }
            }
        }
    }
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    {
        let mut conn = db.conn()?;
        if let Some(h) =
            storage::keyring_serials::highest_serial(&mut conn, &signed.signer.fingerprint())?
        {
            floor(
                h,
                "the highest the web server accepted from this signing key",
            )?;
        }
    }
    let sig = signed.signature_file()?;
    let (kr, sg) = (dir.join(KEYRING_FILE), dir.join(SIGNATURE_FILE));
    db.write(|conn| {
        append_audit_in(
            conn,
            &operator(
                "keys.keyring_imported",
                Some(("keyring", next.serial.to_string())),
                serde_json::json!({ "signer": signed.signer.fingerprint() }),
            ),
        )?;
        std::fs::create_dir_all(dir).map_err(|e| StorageError::Invalid(e.to_string()))?;
        files::write_all_atomic(&[(kr.as_path(), &signed.bytes[..]), (sg.as_path(), &sig[..])])
            .map_err(|e| StorageError::Invalid(e.to_string()))
    })?;
    writeln!(
        out,
        "Keyring serial {} (issued {}) signed by {} imported into {}.",
        next.serial,
        next.issued,
        signed.signer.fingerprint(),
        dir.display()
    )?;
    writeln!(
        out,
        "Restart `server serve` so that new reports are sealed to these keys."
    )?;
    Ok(())
}
