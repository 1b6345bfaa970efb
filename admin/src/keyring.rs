//! `tsr-admin keys sign-keyring`: puts the enrolled reviewers' public keys into their body's
//! keyring entry and re-signs the keyring with the keyring signing key.
//!
//! Entries this command manages have ids `<body>-enrolled-<reviewer id>` (the label of the
//! reviewer's wrapped key); other entries (`tsr-admin keys init`'s development keys, keys added by
//! hand in a ceremony) are kept as they are. A managed entry whose reviewer is no longer active
//! is removed. The command refuses when nothing would change, when the current keyring's
//! signature does not verify, or when the signing key file is not the key that signed it.
//!
//! The web server reads the keyring at start: restart `server serve` afterwards so that new
//! reports (and messages) are sealed to the new keys.

use std::fs;
use std::io::Write;
use std::path::Path;

use envelope::keyring::{KeyEntry, KEYRING_FILE, SIGNATURE_FILE};
use envelope::{Body, PublicKey};
use keystore::KeystoreError;
use storage::accounts::{self, ReviewerProfile};
use storage::audit::{append_audit, AuditEntry};
use storage::{ActorKind, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("refusing to re-sign: {0}")]
    Current(KeystoreError),
    #[error(transparent)]
    Store(#[from] KeystoreError),
    #[error(transparent)]
    Passphrase(#[from] keystore::PassphraseError),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("nothing to change: keyring serial {serial} already holds the keys of all {enrolled} enrolled reviewer(s); not re-signed")]
    NothingToDo { serial: u64, enrolled: usize },
    #[error("the signing key file is not the key that signed the current keyring (file {file}, keyring {keyring}); not re-signed")]
    WrongSigner { file: String, keyring: String },
    #[error("{0}")]
    Crypto(#[from] envelope::EnvelopeError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

/// What re-signing changes in one body.
#[derive(Debug, Default)]
struct Change {
    added: Vec<KeyEntry>,
    removed: Vec<KeyEntry>,
}

fn is_managed(id: &str) -> bool {
    id.contains("-enrolled-")
}

fn write_replacing(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), SignError> {
    let path = dir.join(name);
    let tmp = dir.join(format!("{name}.new"));
    let err = |source| SignError::Write {
        path: path.display().to_string(),
        source,
    };
    let mut f = fs::File::create(&tmp).map_err(err)?;
    f.write_all(bytes).map_err(err)?;
    f.sync_all().map_err(err)?;
    fs::rename(&tmp, &path).map_err(err)
}

pub fn sign_keyring(
    dir: &Path,
    database_url: &str,
    passphrase: Option<&str>,
    expect: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), SignError> {
    let (current, signed) = keystore::load_keyring(dir, expect).map_err(SignError::Current)?;
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let reviewers = {
        let mut conn = db.conn()?;
        accounts::list_accounts::<ReviewerProfile>(&mut conn)?
    };
    let enrolled: Vec<_> = reviewers
        .iter()
        .filter(|r| r.credentials.active && r.credentials.password_hash.is_some())
        .filter_map(|r| {
            let pk = PublicKey::from_slice(r.profile.public_key.as_deref()?).ok()?;
            Some((r, r.profile.body, pk))
        })
        .collect();

    let mut next = current.clone();
    let mut changes: Vec<(Body, Change)> = Vec::new();
    for (body, keys) in next.bodies.iter_mut() {
        let mut change = Change::default();
        let wanted: Vec<KeyEntry> = enrolled
            .iter()
            .filter(|(_, b, _)| b == body)
            .map(|(r, _, pk)| {
                KeyEntry::new(
                    &accounts::keyring_entry_id(r.profile.body, r.id),
                    &format!("{} ({body} reviewer)", r.name),
                    pk,
                )
            })
            .collect();
        keys.reviewers.retain(|e| {
            let keep = !is_managed(&e.id) || wanted.contains(e);
            if !keep {
                change.removed.push(e.clone());
            }
            keep
        });
        for w in wanted {
            if !keys.reviewers.iter().any(|e| e.public_key == w.public_key) {
                keys.reviewers.push(w.clone());
                change.added.push(w);
            }
        }
        if !change.added.is_empty() || !change.removed.is_empty() {
            changes.push((*body, change));
        }
    }
    if changes.is_empty() {
        return Err(SignError::NothingToDo {
            serial: current.serial,
            enrolled: enrolled.len(),
        });
    }

    let key_path = dir.join(keystore::SIGNING_KEY_FILE);
    let wrapped = keystore::read_key_file(&key_path)?;
    let pass = keystore::passphrase(
        passphrase,
        &format!("Passphrase for {}: ", key_path.display()),
        false,
    )?;
    let signing =
        wrapped
            .unwrap_signing(pass.as_bytes())
            .map_err(|source| KeystoreError::KeyFile {
                path: key_path.display().to_string(),
                source,
            })?;
    drop(pass);
    let signer = signing.public_key()?;
    if signer != signed.signer {
        return Err(SignError::WrongSigner {
            file: signer.fingerprint(),
            keyring: signed.signer.fingerprint(),
        });
    }
    next.serial = current.serial + 1;
    next.issued = super::keys::today();
    let new_signed = next.sign(&signing)?;
    drop(signing);
    let ids = |f: fn(&Change) -> &Vec<KeyEntry>| -> Vec<String> {
        changes
            .iter()
            .flat_map(|(_, c)| f(c).iter().map(|e| e.id.clone()))
            .collect()
    };
    // The audit row and the files together: the files are replaced inside the transaction
    // that appends the row, so a refused audit write leaves the old keyring in place, and a
    // failed file write rolls the row back.
    let mut file_error = None;
    let written = db.write(|conn| {
        append_audit(
            conn,
            &AuditEntry {
                at: storage::accounts::now(),
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: "keys.keyring_signed".into(),
                object_kind: Some("keyring".into()),
                object_id: Some(next.serial.to_string()),
                detail: serde_json::json!({
                    "added": ids(|c| &c.added),
                    "removed": ids(|c| &c.removed),
                }),
            },
        )?;
        // The signature last: a reader between the two renames sees a mismatch and refuses,
        // never a keyring with a signature it does not carry.
        let files = new_signed
            .signature_file()
            .map_err(SignError::from)
            .and_then(|sig| {
                write_replacing(dir, KEYRING_FILE, &new_signed.bytes)?;
                write_replacing(dir, SIGNATURE_FILE, &sig)
            });
        match files {
            Ok(()) => Ok(()),
            Err(e) => {
                file_error = Some(e);
                Err(StorageError::Invalid("keyring files not written".into()))
            }
        }
    });
    if let Some(e) = file_error {
        return Err(e);
    }
    written?;

    writeln!(
        out,
        "Keyring {} re-signed: serial {} -> {}, issued {}",
        dir.display(),
        current.serial,
        next.serial,
        next.issued
    )?;
    for (body, c) in &changes {
        for e in &c.added {
            writeln!(
                out,
                "{body}  added    {:<22} {}",
                e.id,
                e.key()?.fingerprint()
            )?;
        }
        for e in &c.removed {
            writeln!(
                out,
                "{body}  removed  {:<22} {}",
                e.id,
                e.key()?.fingerprint()
            )?;
        }
    }
    writeln!(
        out,
        "Keyring signing key   {} (unchanged)",
        new_signed.signer.fingerprint()
    )?;
    writeln!(
        out,
        "Restart `server serve` so that new reports are sealed to these keys. Reports already \
         received stay sealed to the keys they were sent to."
    )?;
    Ok(())
}
