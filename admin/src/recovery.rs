//! Reviewer recovery with a body's recovery key, in three steps on two hosts:
//!
//! 1. `recovery export` (server host): the reports that have a slot for a lost key (a reviewer
//!    who forgot the unlock passphrase or left, or an old recovery key), with their envelopes
//!    and granted slots: ciphertext and sealed data keys only.
//! 2. `recovery reseal` (offline host, no database): opens each report's data key with the
//!    recovery key file, checks it against the envelope's key commitment, and seals it to one
//!    key of the signed keyring (the reviewer's new key, a colleague's, or a new recovery key).
//! 3. `recovery import` (server host): stores those as granted slots, after checking that the
//!    recipient is a key of that body in the server's keyring pinned by its fingerprint.
//!
//! Steps 1 and 3 are in the hash-chained audit log (`recovery.exported`,
//! `report.access_granted` per report and `recovery.imported`, with the fingerprints of the
//! recovery key, the lost key and the recipient); step 2 writes nothing but the grants file,
//! whose contents the import records. The recovery private key never leaves the offline host.

use std::io::Write;
use std::path::{Path, PathBuf};

use envelope::sealed::{open_data_key, seal_data_key, SEALED_KEY_BYTES};
use envelope::{b64, unb64, Envelope, Kind, PublicKey};
use storage::audit::append_audit_in;
use storage::reports::{self, NewSlot};
use storage::StorageError;

use crate::ceremony::{operator, CeremonyError};
use crate::files::{self, Grant, GrantedSlot, RecoveryGrants, RecoveryRequest, ReportToRecover};

fn refused(msg: String) -> CeremonyError {
    CeremonyError::Refused(msg)
}

/// The public key whose fingerprint is `fp` among the keys that have a slot of some report.
fn key_by_fingerprint(conn: &mut storage::DbConn, fp: &str) -> Result<PublicKey, CeremonyError> {
    let want = envelope::keyring::normalize_fingerprint(fp).ok_or_else(|| {
        refused(format!(
            "--key {fp}: not a fingerprint (XXXX-XXXX-XXXX-XXXX)"
        ))
    })?;
    reports::slot_recipient_keys(conn)?
        .into_iter()
        .map(PublicKey)
        .find(|pk| pk.fingerprint() == want)
        .ok_or_else(|| refused(format!("no report has a slot for key {want}")))
}

/// `recovery export`: the reports with a slot for the key `lost` (a fingerprint) or for the
/// key of reviewer `reviewer`, to `to`.
pub fn export(
    database_url: &str,
    lost: Option<&str>,
    reviewer: Option<&str>,
    to: &Path,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let key = match (lost, reviewer) {
        (Some(fp), None) => key_by_fingerprint(&mut conn, fp)?,
        (None, Some(name)) => {
            use storage::accounts::{find_account, Lookup, ReviewerProfile};
            let r = find_account::<ReviewerProfile>(&mut conn, Lookup::Name(name))?
                .ok_or_else(|| refused(format!("no reviewer named `{name}`")))?;
            r.profile
                .public_key
                .as_deref()
                .and_then(|b| PublicKey::from_slice(b).ok())
                .ok_or_else(|| refused(format!("reviewer `{name}` has no key")))?
        }
        _ => {
            return Err(refused(
                "give exactly one of --key FINGERPRINT and --reviewer NAME".into(),
            ))
        }
    };
    let mut request = RecoveryRequest {
        format: files::RECOVERY_REQUEST_FORMAT.into(),
        lost_key: key.fingerprint(),
        reports: Vec::new(),
    };
    for id in reports::reports_with_slot_for(&mut conn, &key.0)? {
        let Some(report) = reports::find_report(&mut conn, &id)? else {
            continue;
        };
        let granted = reports::slots_for_report(&mut conn, &id)?
            .into_iter()
            .filter(|s| s.granted_by.is_some())
            .map(|s| GrantedSlot {
                recipient: b64(&s.recipient_pk),
                sealed_key: b64(&s.sealed_key),
            })
            .collect();
        request.reports.push(ReportToRecover {
            id,
            envelope: b64(&report.envelope),
            granted,
        });
    }
    drop(conn);
    let ids: Vec<&str> = request.reports.iter().map(|r| r.id.as_str()).collect();
    db.write(|conn| {
        let detail = serde_json::json!({ "lost_key": request.lost_key, "reports": ids });
        append_audit_in(conn, &operator("recovery.exported", None, detail))?;
        files::write_json(to, &request).map_err(|e| StorageError::Invalid(e.to_string()))
    })?;
    writeln!(
        out,
        "{} report(s) with a slot for key {} written to {} (envelopes and sealed data keys \
         only). Carry it to the offline host with the recovery key.",
        request.reports.len(),
        request.lost_key,
        to.display()
    )?;
    Ok(())
}

/// What `recovery reseal` is given.
#[derive(Debug, Clone)]
pub struct Reseal {
    /// The file `recovery export` wrote.
    pub request: PathBuf,
    /// The body's wrapped recovery key file.
    pub recovery_key: PathBuf,
    /// The signed keyring that holds the key to grant to.
    pub keyring_dir: PathBuf,
    /// The keyring signing key's fingerprint.
    pub expect: Option<String>,
    /// The fingerprint of the key to grant to.
    pub to: String,
    /// Where the grants are written.
    pub grants_out: PathBuf,
}

/// `recovery reseal`: opens each report's data key in the request with the recovery key file
/// and seals it to the keyring key with fingerprint `to` (the keyring verified against
/// `expect`); writes the grants. Nothing is written unless every report opens.
pub fn reseal(
    r: &Reseal,
    passphrase: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let (request, recovery_key, keyring_dir, to, grants_out) = (
        &r.request,
        &r.recovery_key,
        &r.keyring_dir,
        &r.to,
        &r.grants_out,
    );
    let expect = r.expect.as_deref().ok_or_else(|| {
        refused("recovery reseal needs the keyring signing key's fingerprint: pass --expect FINGERPRINT or set KEYRING_FINGERPRINT".into())
    })?;
    let (keyring, _) = keystore::load_keyring(keyring_dir, Some(expect))?;
    let want = envelope::keyring::normalize_fingerprint(to).ok_or_else(|| {
        refused(format!(
            "--to {to}: not a fingerprint (XXXX-XXXX-XXXX-XXXX)"
        ))
    })?;
    let (body, recipient) = keyring
        .bodies
        .iter()
        .flat_map(|(b, k)| {
            k.reviewers
                .iter()
                .chain([&k.recovery])
                .map(move |e| (*b, e))
        })
        .find_map(|(b, e)| {
            let pk = e.key().ok()?;
            (pk.fingerprint() == want).then_some((b, pk))
        })
        .ok_or_else(|| {
            refused(format!(
                "--to {want}: no reviewer or recovery key of the signed keyring has this \
                 fingerprint; sign the new key into the keyring first"
            ))
        })?;
    let req: RecoveryRequest = files::read_json(request, files::RECOVERY_REQUEST_FORMAT)?;
    let me = keystore::unwrap_x25519_file(recovery_key, passphrase)?;
    let mut grants = Vec::new();
    for r in &req.reports {
        let bad = |what: &str| refused(format!("report {}: {what}; nothing written", r.id));
        let id: [u8; 16] = envelope::unhex(&r.id).ok_or_else(|| bad("not a report id"))?;
        let env = Envelope::parse(&unb64(&r.envelope, "envelope")?)?;
        env.expect(Kind::Report, &id)?;
        let data_key = match env.data_key(&me) {
            Ok(k) => k,
            Err(envelope::EnvelopeError::NoSlotForKey) => {
                let slot = r
                    .granted
                    .iter()
                    .find(|s| PublicKey::from_b64(&s.recipient).ok() == Some(me.public))
                    .ok_or_else(|| {
                        bad("neither its envelope nor a grant has a slot for this recovery key")
                    })?;
                let key = open_data_key(&unb64(&slot.sealed_key, "sealed key")?, &me)?;
                env.check_data_key(&key)?;
                key
            }
            Err(e) => return Err(e.into()),
        };
        let sealed: [u8; SEALED_KEY_BYTES] = seal_data_key(&data_key, &recipient)?;
        grants.push(Grant {
            report_id: r.id.clone(),
            sealed_key: b64(&sealed),
        });
    }
    let recovery_fp = me.public.fingerprint();
    drop(me);
    let file = RecoveryGrants {
        format: files::RECOVERY_GRANTS_FORMAT.into(),
        body,
        recipient: recipient.to_b64(),
        recipient_fingerprint: want.clone(),
        recovery_key: recovery_fp.clone(),
        lost_key: req.lost_key.clone(),
        grants,
    };
    files::write_json(grants_out, &file)?;
    writeln!(
        out,
        "{} report data key(s) opened with recovery key {recovery_fp} and sealed to {body} key \
         {want}; written to {}. Carry it to the server host and run `tsr-admin recovery import`.",
        file.grants.len(),
        grants_out.display()
    )?;
    Ok(())
}

/// `recovery import`: stores the grants in `grants` as granted slots, one audit row per report
/// and one for the import, all in one transaction. A report that already has a slot for the
/// recipient is left as it is (and counted).
pub fn import(
    database_url: &str,
    keys_dir: &Path,
    expect: Option<&str>,
    grants: &Path,
    out: &mut dyn Write,
) -> Result<(), CeremonyError> {
    let expect = expect.ok_or_else(|| {
        refused("recovery import needs the keyring signing key's fingerprint: pass --expect FINGERPRINT or set KEYRING_FINGERPRINT".into())
    })?;
    let (keyring, _) = keystore::load_keyring(keys_dir, Some(expect))?;
    let file: RecoveryGrants = files::read_json(grants, files::RECOVERY_GRANTS_FORMAT)?;
    let recipient = PublicKey::from_b64(&file.recipient)?;
    let in_keyring = keyring
        .recipients(&[file.body])?
        .iter()
        .any(|(_, pk)| *pk == recipient);
    if !in_keyring {
        return Err(refused(format!(
            "the grants are for key {}, which is not a {} key of the keyring in {}; import the \
             keyring that holds it first",
            recipient.fingerprint(),
            file.body,
            keys_dir.display()
        )));
    }
    let mut slots = Vec::new();
    for g in &file.grants {
        let sealed = unb64(&g.sealed_key, "sealed key")?;
        if sealed.len() != SEALED_KEY_BYTES {
            return Err(refused(format!(
                "report {}: the sealed key has the wrong length",
                g.report_id
            )));
        }
        slots.push((
            g.report_id.clone(),
            NewSlot {
                recipient_pk: recipient.0,
                body: file.body,
                sealed_key: sealed,
            },
        ));
    }
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let fp = recipient.fingerprint();
    let (added, present) = db.write(|conn| {
        let (mut added, mut present) = (0usize, 0usize);
        for (rid, slot) in &slots {
            match reports::add_grant_slot(conn, rid, slot, reports::RECOVERY_GRANT) {
                Ok(()) => added += 1,
                Err(StorageError::Conflict(_)) => {
                    present += 1;
                    continue;
                }
                Err(e) => return Err(e),
            }
            let detail = serde_json::json!({
                "recipient": fp,
                "recovery_key": file.recovery_key,
                "lost_key": file.lost_key,
            });
            append_audit_in(
                conn,
                &operator(
                    "report.access_granted",
                    Some(("report", rid.clone())),
                    detail,
                ),
            )?;
        }
        let detail = serde_json::json!({
            "recipient": fp,
            "recovery_key": file.recovery_key,
            "lost_key": file.lost_key,
            "granted": added,
            "already_present": present,
        });
        append_audit_in(conn, &operator("recovery.imported", None, detail))?;
        Ok((added, present))
    })?;
    writeln!(
        out,
        "{added} report(s) granted to {} key {fp} ({present} already had a slot for it).",
        file.body
    )?;
    Ok(())
}
