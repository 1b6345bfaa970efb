//! `tsr-admin keys assemble`, on the offline host: a keyring made from public key files only
//! (the bodies' recovery keys, the anonymizer key with its release key, the enrolled reviewers'
//! keys exported from the server host), signed with the keyring signing key file of this host.
//!
//! The reviewer rules are `keys sign-keyring`'s, without a database: a reviewer key not in the
//! current keyring goes in only when approved by fingerprint (`--approve`); a reviewer whose
//! key differs from the one the current keyring holds for the same entry is refused and
//! nothing is signed; a managed entry (`<body>-enrolled-<id>`) whose reviewer is not in the
//! export (deactivated) is removed; other entries are kept. On top of a current keyring the
//! signer must be the same key and the serial goes up by one.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use envelope::keyring::{BodyKeys, KeyEntry, FORMAT, KEYRING_FILE, SIGNATURE_FILE};
use envelope::{Body, Keyring, PublicKey, SigningPublicKey};
use keystore::KeystoreError;

use crate::ceremony::{read_public, CeremonyError};
use crate::files::{self, KeyKind, ReviewerKeys};

/// What `keys assemble` is given.
#[derive(Debug, Clone, Default)]
pub struct Assemble {
    /// Where keyring.json and keyring.sig are written.
    pub out_dir: PathBuf,
    /// The wrapped keyring signing key file.
    pub signing_key: PathBuf,
    /// The directory of the current signed keyring, if there is one.
    pub current: Option<PathBuf>,
    /// `keys export-reviewers` output.
    pub reviewers: Option<PathBuf>,
    /// Recovery public key files (one per body at most).
    pub recovery: Vec<PathBuf>,
    /// The anonymizer public key file.
    pub anonymizer: Option<PathBuf>,
    /// Correlation key id files (`keys new --kind correlation`), one per body at most: the
    /// body's `correlation` member is set (or replaced).
    pub correlation: Vec<PathBuf>,
    /// Fingerprints of the new reviewer keys approved.
    pub approve: Vec<String>,
}

fn refused(msg: String) -> CeremonyError {
    CeremonyError::Refused(msg)
}

pub fn assemble(
    a: &Assemble,
    passphrase: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let mut approved_fps = Vec::new();
    for fp in &a.approve {
        approved_fps.push(
            envelope::keyring::normalize_fingerprint(fp)
                .ok_or_else(|| refused(format!("--approve {fp}: not a fingerprint")))?,
        );
    }
    // Every input is read and checked before the passphrase is asked for.
    let current = match &a.current {
        Some(dir) => Some(
            keystore::load_keyring(dir, None)
                .map_err(|e| refused(format!("the current keyring does not verify: {e}")))?,
        ),
        None => None,
    };
    let mut recovery = BTreeMap::new();
    for path in &a.recovery {
        let f = read_public(path)?;
        let body = match (f.kind, f.body) {
            (KeyKind::Recovery, Some(b)) => b,
            _ => {
                return Err(refused(format!(
                    "{}: not a recovery key file",
                    path.display()
                )))
            }
        };
        if recovery.insert(body, f).is_some() {
            return Err(refused(format!("two recovery keys for {body}")));
        }
    }
    let anonymizer = match &a.anonymizer {
        Some(path) => {
            let f = read_public(path)?;
            if f.kind != KeyKind::Anonymizer {
                return Err(refused(format!(
                    "{}: not an anonymizer key file",
                    path.display()
                )));
            }
            Some(f)
        }
        None => None,
    };
    let mut correlation = BTreeMap::new();
    for path in &a.correlation {
        let f = read_public(path)?;
        let body = match (f.kind, f.body) {
            (KeyKind::Correlation, Some(b)) => b,
            _ => {
                return Err(refused(format!(
                    "{}: not a correlation key file",
                    path.display()
                )))
            }
        };
        if correlation.insert(body, f.public_key).is_some() {
            return Err(refused(format!("two correlation keys for {body}")));
        }
    }
    let exported: Option<ReviewerKeys> = match &a.reviewers {
        Some(p) => Some(files::read_json(p, files::REVIEWER_KEYS_FORMAT)?),
        None => None,
    };

    // The keyring's skeleton: the current one, or the first from the key files.
    let mut next = match &current {
        Some((k, _)) => k.clone(),
        None => {
            let mut bodies = BTreeMap::new();
            for body in Body::ALL {
                let f = recovery.get(&body).ok_or_else(|| {
                    refused(format!(
                        "a first keyring needs --recovery with {body}'s recovery public key file"
                    ))
                })?;
                bodies.insert(
                    body,
                    BodyKeys {
                        correlation: None,
                        reviewers: Vec::new(),
                        recovery: KeyEntry::new(
                            &f.id,
                            &format!("{body} recovery"),
                            &PublicKey::from_b64(&f.public_key)?,
                        ),
                    },
                );
            }
            let anon = anonymizer.as_ref().ok_or_else(|| {
                refused("a first keyring needs --anonymizer with its public key file".into())
            })?;
            Keyring {
                format: FORMAT.into(),
                serial: 0,
                issued: String::new(),
                bodies,
                anonymizer: KeyEntry::new(
                    "anonymizer",
                    "Anonymizer",
                    &PublicKey::from_b64(&anon.public_key)?,
                ),
                release: None,
            }
        }
    };
    for (body, f) in &recovery {
        let entry = KeyEntry::new(
            &f.id,
            &format!("{body} recovery"),
            &PublicKey::from_b64(&f.public_key)?,
        );
        if let Some(keys) = next.bodies.get_mut(body) {
            keys.recovery = entry;
        }
    }
    for (body, id) in &correlation {
        if let Some(keys) = next.bodies.get_mut(body) {
            keys.correlation = Some(id.clone());
        }
    }
    if let Some(f) = &anonymizer {
        next.anonymizer = KeyEntry::new(
            "anonymizer",
            "Anonymizer",
            &PublicKey::from_b64(&f.public_key)?,
        );
        if let Some(r) = &f.release_key {
            let pk = SigningPublicKey::from_b64(r)?;
            next.release = Some(KeyEntry::signing("release", "Release signing key", &pk));
        }
    }

    // Reviewers: kept, refused (changed), new (approved or left out), removed.
    let mut refused_keys = Vec::new();
    let mut kept = Vec::new();
    let mut added = Vec::new();
    let mut unapproved = 0usize;
    for r in exported.iter().flat_map(|e| e.reviewers.iter()) {
        let pk = PublicKey::from_b64(&r.public_key)?;
        let fp = pk.fingerprint();
        let in_current = current
            .as_ref()
            .and_then(|(k, _)| k.bodies.get(&r.body))
            .and_then(|k| k.reviewers.iter().find(|e| e.id == r.id));
        if let Some(entry) = in_current {
            if entry.public_key == r.public_key && entry.signing_key == r.signing_key {
                kept.push(r.id.clone());
            } else {
                refused_keys.push(format!(
                    "{}: the export holds key {fp}, the signed keyring another key",
                    r.id
                ));
            }
            continue;
        }
        let mut entry = KeyEntry::new(&r.id, &r.name, &pk);
        if let Some(s) = &r.signing_key {
            entry = entry.with_signing_key(&SigningPublicKey::from_b64(s)?);
        }
        writeln!(out, "{}  new key  {:<22} {}  {}", r.body, r.id, fp, r.name)?;
        if approved_fps.contains(&fp) {
            added.push((r.body, entry, fp));
        } else {
            writeln!(
                out,
                "{}  NOT approved, left out: {} (approve with --approve {fp})",
                r.body, r.id
            )?;
            unapproved += 1;
        }
    }
    if !refused_keys.is_empty() {
        return Err(refused(format!(
            "refusing to sign: reviewer key(s) changed since signing: {}; deactivate the \
             account(s) and enrol again",
            refused_keys.join("; ")
        )));
    }
    for fp in &approved_fps {
        if !added.iter().any(|(_, _, f)| f == fp) {
            writeln!(out, "warning: --approve {fp} matches no new reviewer key")?;
        }
    }
    let mut removed = Vec::new();
    for (body, keys) in next.bodies.iter_mut() {
        if exported.is_some() {
            keys.reviewers.retain(|e| {
                let keep = !e.id.contains("-enrolled-") || kept.contains(&e.id);
                if !keep {
                    removed.push((*body, e.clone()));
                }
                keep
            });
        }
        for (_, entry, _) in added.iter().filter(|(b, _, _)| b == body) {
            keys.reviewers.push(entry.clone());
        }
    }

    if let Some((cur, _)) = &current {
        let mut same = next.clone();
        same.serial = cur.serial;
        same.issued = cur.issued.clone();
        if &same == cur {
            return Err(refused(format!(
                "nothing to change: keyring serial {} holds every approved key ({unapproved} new \
                 key(s) not approved); not signed",
                cur.serial
            )));
        }
    }

    let signing = keystore::unwrap_signing_file(&a.signing_key, passphrase)?;
    let signer = signing.public_key()?;
    if let Some((_, signed)) = &current {
        if signed.signer != signer {
            return Err(refused(format!(
                "the signing key file is not the key that signed the current keyring (file {}, \
                 keyring {}); not signed",
                signer.fingerprint(),
                signed.signer.fingerprint()
            )));
        }
    }
    next.serial = current.as_ref().map_or(1, |(k, _)| k.serial + 1);
    next.issued = crate::keys::today();
    let new_signed = next.sign(&signing)?;
    drop(signing);
    let sig = new_signed.signature_file()?;
    std::fs::create_dir_all(&a.out_dir).map_err(|source| KeystoreError::Write {
        path: a.out_dir.display().to_string(),
        source,
    })?;
    let (kr, sg) = (a.out_dir.join(KEYRING_FILE), a.out_dir.join(SIGNATURE_FILE));
    files::write_all_atomic(&[
        (kr.as_path(), &new_signed.bytes[..]),
        (sg.as_path(), &sig[..]),
    ])?;

    writeln!(
        out,
        "Keyring serial {} (issued {}) signed and written to {}",
        next.serial,
        next.issued,
        a.out_dir.display()
    )?;
    for (body, entry, fp) in &added {
        writeln!(out, "{body}  added    {:<22} {fp}", entry.id)?;
    }
    for (body, entry) in &removed {
        writeln!(
            out,
            "{body}  removed  {:<22} {}",
            entry.id,
            entry.key()?.fingerprint()
        )?;
    }
    print_summary(&next, &signer, out)?;
    writeln!(
        out,
        "Carry keyring.json and keyring.sig to the server host and run `tsr-admin keys import`."
    )?;
    Ok(())
}

fn print_summary(
    k: &Keyring,
    signer: &SigningPublicKey,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    writeln!(out, "Keyring signing key   {}", signer.fingerprint())?;
    for (body, keys) in &k.bodies {
        writeln!(
            out,
            "{body}  recovery  {:<22} {}",
            keys.recovery.id,
            keys.recovery.key()?.fingerprint()
        )?;
        for r in &keys.reviewers {
            writeln!(
                out,
                "{body}  reviewer  {:<22} {}",
                r.id,
                r.key()?.fingerprint()
            )?;
        }
    }
    writeln!(
        out,
        "Anonymizer            {}",
        k.anonymizer_key()?.fingerprint()
    )?;
    if let Some(r) = k.release_key()? {
        writeln!(out, "Release key           {}", r.fingerprint())?;
    }
    Ok(())
}
