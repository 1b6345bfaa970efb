//! Server-side sealing (the no-JavaScript path): the same envelope the browser would build,
//! made in memory on receipt. The plaintext JSON lives only in zeroizing buffers; the report is
//! stored with `sealed_by = server` so reviewers see the weaker guarantee.

use domain::report::{AttachmentRef, Quarter, ReportFields};
use envelope::{stats, Body, Envelope, Keyring, Kind, Receipt};
use storage::reports::{NewReport, NewSlot};
use storage::stats::NewStatsRecord;
use storage::uploads::StagedAttachment;
use storage::{Day, SealedBy, Source};
use zeroize::Zeroizing;

use super::multipart::SealedFile;

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("the keyring has no keys for {0}")]
    NoKeys(Body),
    #[error("encryption failed: {0}")]
    Crypto(#[from] envelope::EnvelopeError),
    #[error("serialization failed")]
    Json,
}

/// A report ready to store, and the receipt to show once.
pub struct SealedReport {
    pub report: NewReport,
    pub stats: NewStatsRecord,
    /// The attachments, staged in the database as they arrived.
    pub staged: Vec<StagedAttachment>,
    pub receipt: Receipt,
}

impl std::fmt::Debug for SealedReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedReport")
            .field("id", &self.report.id)
            .finish_non_exhaustive()
    }
}

/// A report as both intake paths store it, whoever sealed it.
pub struct ToStore {
    pub id: String,
    pub bodies: Vec<Body>,
    pub envelope: Envelope,
    pub sealed_by: SealedBy,
    pub receipt_lookup: [u8; 32],
    pub reporter_pk: [u8; 32],
    pub slots: Vec<NewSlot>,
    pub attachments: Vec<storage::reports::NewAttachment>,
    pub sealed_stats: Vec<u8>,
}

impl ToStore {
    /// The rows to insert, received today.
    pub fn rows(self, day: Day) -> (NewReport, NewStatsRecord) {
        let report = NewReport {
            id: self.id.clone(),
            to_euipo: self.bodies.contains(&Body::Euipo),
            to_ec3: self.bodies.contains(&Body::Ec3),
            recipient_digest: self.envelope.recipient_digest.to_vec(),
            envelope: self.envelope.to_bytes(),
            sealed_by: self.sealed_by,
            received_day: day.clone(),
            receipt_lookup: self.receipt_lookup,
            reporter_pk: self.reporter_pk,
            slots: self.slots,
            attachments: self.attachments,
        };
        let stats = NewStatsRecord {
            report_id: self.id,
            source: Source::Reporter,
            sealed: self.sealed_stats,
            created_day: day,
            reviewer_id: None,
        };
        (report, stats)
    }
}

/// Overwrites every string in a JSON value (plaintext copies) before it is dropped.
pub fn wipe_json(value: &mut serde_json::Value) {
    use zeroize::Zeroize;
    match value {
        serde_json::Value::String(s) => s.zeroize(),
        serde_json::Value::Array(items) => items.iter_mut().for_each(wipe_json),
        serde_json::Value::Object(map) => map.values_mut().for_each(wipe_json),
        _ => {}
    }
}

/// The current recipient keys of `bodies`, as envelope recipients and storage slots' bodies.
pub fn recipients(
    keyring: &Keyring,
    bodies: &[Body],
) -> Result<Vec<(Body, envelope::PublicKey)>, SealError> {
    let keys = keyring.recipients(bodies)?;
    for b in bodies {
        if !keys.iter().any(|(kb, _)| kb == b) {
            return Err(SealError::NoKeys(*b));
        }
    }
    Ok(keys)
}

pub fn seal_report(
    keyring: &Keyring,
    fields: &ReportFields,
    bodies: &[Body],
    files: Vec<SealedFile>,
    day: Day,
    quarter: Quarter,
) -> Result<SealedReport, SealError> {
    let id_bytes = envelope::random_id();
    let id = envelope::hex(&id_bytes);
    let refs: Vec<AttachmentRef> = files.iter().map(SealedFile::to_ref).collect();
    let mut json = fields.report_json(&refs);
    let plaintext = Zeroizing::new(serde_json::to_vec(&json).map_err(|_| SealError::Json)?);
    // The JSON value holds copies of the narrative and of the attachments' keys.
    wipe_json(&mut json);
    drop(refs);
    let keys = recipients(keyring, bodies)?;
    let pks: Vec<envelope::PublicKey> = keys.iter().map(|(_, pk)| *pk).collect();
    let env = Envelope::seal(Kind::Report, id_bytes, &plaintext, &pks)?;

    let record = Zeroizing::new(
        serde_json::to_vec(&fields.stats_record(&id, quarter)).map_err(|_| SealError::Json)?,
    );
    let sealed_stats = stats::seal_record(&record, &keyring.anonymizer_key()?)?;

    let receipt = Receipt::generate();
    let reporter = receipt.reporter_keypair()?;
    let slots = env
        .slots
        .iter()
        .zip(keys.iter())
        .map(|(slot, (body, _))| NewSlot {
            recipient_pk: slot.recipient.0,
            body: *body,
            sealed_key: slot.sealed_key.to_vec(),
        })
        .collect();
    let (report, stats) = ToStore {
        id,
        bodies: bodies.to_vec(),
        envelope: env,
        sealed_by: SealedBy::Server,
        receipt_lookup: receipt.lookup_hash()?,
        reporter_pk: reporter.public.0,
        slots,
        attachments: Vec::new(),
        sealed_stats,
    }
    .rows(day);
    Ok(SealedReport {
        report,
        stats,
        staged: files.into_iter().map(SealedFile::into_staged).collect(),
        receipt,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn wipe_json_overwrites_every_string() {
        let mut v = serde_json::json!({"a": "secret", "b": [1, {"c": "key"}], "d": null});
        super::wipe_json(&mut v);
        let text = v.to_string();
        assert!(!text.contains("secret") && !text.contains("key"), "{text}");
    }
}
