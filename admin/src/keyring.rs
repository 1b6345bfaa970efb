//! `tsr-admin keys sign-keyring`: puts the enrolled reviewers' public keys (and each one's
//! message signing key, when the reviewer has one) into their body's keyring entry and
//! re-signs the keyring with the keyring signing key.
//!
//! A reviewer key is a public key the browser posted at enrolment and the database holds: it
//! is not trusted for that. Every key not yet in the signed keyring is listed with its
//! fingerprint, and only those the operator approves by fingerprint (`--approve FP`, or a
//! confirmation on a terminal), after the reviewer read it out through another channel, are
//! added; the others are left out and listed. A key that differs from the fingerprint the
//! audit log recorded at its enrolment, or from the key the current signed keyring holds for
//! that reviewer, is refused and nothing is signed (the audit log's chain must be intact). The
//! same holds for the message signing key enrolled with it (`signing_fingerprint` in the
//! enrolment's audit row; `signing_key` in the entry).
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
use std::io::{BufRead, Write};
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
    #[error("nothing to change: keyring serial {serial} holds every approved key ({unapproved} new key(s) not approved: approve each with --approve FINGERPRINT once its reviewer has read the fingerprint out to you); not re-signed")]
    NothingToDo { serial: u64, unapproved: usize },
    #[error("refusing to re-sign: {0}")]
    KeyChanged(String),
    #[error("refusing to re-sign: the audit log's hash chain is broken at row {seq} ({reason:?}); investigate with `tsr-admin audit verify` before trusting any key in this database")]
    AuditBroken {
        seq: i64,
        reason: storage::audit::AuditBreakReason,
    },
    #[error("--approve {0}: not a fingerprint (XXXX-XXXX-XXXX-XXXX)")]
    BadApproval(String),
    #[error("--release-key: not a base64 Ed25519 public key (32 bytes)")]
    BadReleaseKey,
    #[error("refusing to re-sign: the keyring has serial {serial}, lower than serial {highest} the web server accepted from this signing key (an older keyring put back?); restore the current keyring first")]
    Rollback { serial: u64, highest: u64 },
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

/// How new reviewer keys are approved: fingerprints given on the command line, and whether to
/// ask on a terminal for the others; and the release key to put in, if one is given.
#[derive(Debug, Default, Clone)]
pub struct Approvals {
    pub fingerprints: Vec<String>,
    pub interactive: bool,
    /// `--release-key`: base64 Ed25519 public key of the anonymizer's release key.
    pub release_key: Option<String>,
}

/// A reviewer key not yet in the signed keyring.
struct NewKey {
    body: Body,
    entry: KeyEntry,
    fingerprint: String,
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
    approvals: &Approvals,
    out: &mut dyn Write,
) -> Result<(), SignError> {
    let mut approved_fps = Vec::new();
    for fp in &approvals.fingerprints {
        approved_fps.push(
            envelope::keyring::normalize_fingerprint(fp)
                .ok_or_else(|| SignError::BadApproval(fp.clone()))?,
        );
    }
    let release = match &approvals.release_key {
        Some(text) => Some(
            envelope::SigningPublicKey::from_b64(text.trim())
                .map_err(|_| SignError::BadReleaseKey)?,
        ),
        None => None,
    };
    let (current, signed) = keystore::load_keyring(dir, expect).map_err(SignError::Current)?;
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let signer_fp = signed.signer.fingerprint();
    if let Some(highest) = storage::keyring_serials::highest_serial(&mut conn, &signer_fp)? {
        if current.serial < highest {
            return Err(SignError::Rollback {
                serial: current.serial,
                highest,
            });
        }
    }
    if let Err(b) = storage::audit::verify_audit_chain(&mut conn)? {
        return Err(SignError::AuditBroken {
            seq: b.seq,
            reason: b.reason,
        });
    }
    let reviewers = accounts::list_accounts::<ReviewerProfile>(&mut conn)?;
    let enrolled: Vec<_> = reviewers
        .iter()
        .filter(|r| r.credentials.active && r.credentials.password_hash.is_some())
        .filter_map(|r| {
            let pk = PublicKey::from_slice(r.profile.public_key.as_deref()?).ok()?;
            Some((r, r.profile.body, pk))
        })
        .collect();
    // The message signing key stored with each enrolled key (Base64), if any.
    let signing_of = |r: &accounts::Account<ReviewerProfile>| {
        r.profile.signing_public_key.as_deref().map(envelope::b64)
    };

    // Each enrolled key: already in the keyring, refused (changed), or new.
    let mut refused = Vec::new();
    let mut new_keys = Vec::new();
    let mut kept_ids = Vec::new();
    for (r, body, pk) in &enrolled {
        let id = accounts::keyring_entry_id(*body, r.id);
        let fingerprint = pk.fingerprint();
        let in_keyring = current
            .bodies
            .get(body)
            .and_then(|k| k.reviewers.iter().find(|e| e.id == id));
        if let Some(entry) = in_keyring {
            if entry.public_key == pk.to_b64() && entry.signing_key == signing_of(r) {
                kept_ids.push(id);
            } else if entry.public_key == pk.to_b64() {
                refused.push(format!(
                    "{id}: the database holds another message signing key than the signed \
                     keyring"
                ));
            } else {
                refused.push(format!(
                    "{id}: the database holds key {fingerprint}, the signed keyring {}",
                    entry.key().map(|k| k.fingerprint()).unwrap_or_default()
                ));
            }
            continue;
        }
        // The signing key goes in with the key pair it was enrolled with, and only as the
        // audit log recorded it.
        let signing = match r.profile.signing_public_key.as_deref() {
            None => None,
            Some(bytes) => {
                let spk = <[u8; 32]>::try_from(bytes)
                    .map(envelope::SigningPublicKey)
                    .ok();
                let recorded = accounts::enrolled_signing_fingerprint(&mut conn, r.id)?;
                match spk {
                    Some(spk) if recorded.as_deref() == Some(spk.fingerprint().as_str()) => {
                        Some(spk)
                    }
                    _ => {
                        refused.push(format!(
                            "{id}: the message signing key differs from the one enrolled \
                             (audit log)"
                        ));
                        continue;
                    }
                }
            }
        };
        match accounts::enrolled_fingerprint(&mut conn, r.id)? {
            Some(recorded) if recorded == fingerprint => {
                let mut entry = KeyEntry::new(&id, &format!("{} ({body} reviewer)", r.name), pk);
                if let Some(spk) = &signing {
                    entry = entry.with_signing_key(spk);
                }
                new_keys.push(NewKey {
                    body: *body,
                    entry,
                    fingerprint,
                })
            }
            Some(recorded) => refused.push(format!(
                "{id}: the database holds key {fingerprint}, but {recorded} was enrolled \
                 (audit log)"
            )),
            None => refused.push(format!(
                "{id}: key {fingerprint} has no enrolment record in the audit log"
            )),
        }
    }
    drop(conn);
    if !refused.is_empty() {
        return Err(SignError::KeyChanged(format!(
            "reviewer key(s) changed since enrolment or signing: {}; deactivate the account(s) \
             and enrol again",
            refused.join("; ")
        )));
    }

    // Approval by fingerprint, read out by the reviewer through another channel.
    let mut approved = Vec::new();
    let mut unapproved = Vec::new();
    for k in new_keys {
        writeln!(
            out,
            "{}  new key  {:<22} {}  {}",
            k.body, k.entry.id, k.fingerprint, k.entry.name
        )?;
        let ok =
            approved_fps.contains(&k.fingerprint) || (approvals.interactive && confirm(&k, out)?);
        if ok {
            approved.push(k);
        } else {
            writeln!(
                out,
                "{}  NOT approved, left out: {} (approve with --approve {})",
                k.body, k.entry.id, k.fingerprint
            )?;
            unapproved.push(k);
        }
    }
    for fp in &approved_fps {
        if !approved.iter().any(|k| &k.fingerprint == fp) {
            writeln!(out, "warning: --approve {fp} matches no new reviewer key")?;
        }
    }

    let mut next = current.clone();
    let mut changes: Vec<(Body, Change)> = Vec::new();
    for (body, keys) in next.bodies.iter_mut() {
        let mut change = Change::default();
        keys.reviewers.retain(|e| {
            let keep = !is_managed(&e.id) || kept_ids.contains(&e.id);
            if !keep {
                change.removed.push(e.clone());
            }
            keep
        });
        for k in approved.iter().filter(|k| k.body == *body) {
            if !keys
                .reviewers
                .iter()
                .any(|e| e.public_key == k.entry.public_key)
            {
                keys.reviewers.push(k.entry.clone());
                change.added.push(k.entry.clone());
            }
        }
        if !change.added.is_empty() || !change.removed.is_empty() {
            changes.push((*body, change));
        }
    }
    let release_entry = release.map(|pk| KeyEntry::signing("release", "Release signing key", &pk));
    let release_changed = release_entry.is_some() && release_entry != current.release;
    if release_changed {
        next.release = release_entry;
    }
    if changes.is_empty() && !release_changed {
        return Err(SignError::NothingToDo {
            serial: current.serial,
            unapproved: unapproved.len(),
        });
    }

    let signing = keystore::unwrap_signing_file(&dir.join(keystore::SIGNING_KEY_FILE), passphrase)?;
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
                    "approved_fingerprints": approved
                        .iter()
                        .map(|k| k.fingerprint.clone())
                        .collect::<Vec<_>>(),
                    "not_approved": unapproved.len(),
                    "release_key": next.release.as_ref().map(|e| e.public_key.clone()),
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
    if release_changed {
        if let Some(pk) = next.release_key()? {
            writeln!(out, "Release key           {} (set)", pk.fingerprint())?;
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

/// Asks on the terminal whether to add `k`: the operator types the fingerprint the reviewer
/// read out (compared, not just "yes", so the operator has to read both).
fn confirm(k: &NewKey, out: &mut dyn Write) -> Result<bool, SignError> {
    write!(
        out,
        "Fingerprint {} read out to you by {}? Type it to approve, or press Enter to leave it out: ",
        k.fingerprint, k.entry.name
    )?;
    out.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(envelope::keyring::normalize_fingerprint(&line).as_deref() == Some(&k.fingerprint))
}
