//! `tsr-report submit`: validate the report file by the form's rules, verify the keyring,
//! seal the report, the statistics record and every attachment here, and post ciphertext only
//! to `POST /api/v1/reports` — the parts and their order the browser sends (keys/FORMAT.md;
//! `server/src/intake/api.rs`). Attachments are read, sealed and sent chunk by chunk while the
//! request streams, so memory stays flat whatever their size.

use std::path::PathBuf;

use domain::{AttachmentRef, RawReport};
use envelope::{Envelope, Kind, Receipt};
use reqwest::blocking::multipart::{Form, Part};
use serde::Deserialize;
use serde_json::json;
use zeroize::Zeroizing;

use crate::attach;
use crate::error::{other, CliError, Result};
use crate::net::{self, Api};
use crate::progress::Bars;
use crate::report_file::{self, Messages};

/// `GET /api/v1/intake`.
#[derive(Deserialize)]
pub struct IntakeInfo {
    pub month: String,
    pub quarter: String,
    pub max_files: usize,
    pub max_file_bytes: u64,
    pub messages: Messages,
    pub csrf: String,
    pub followup_csrf: String,
}

pub struct Submitted {
    pub id: String,
    pub receipt: Receipt,
    pub recipients: Vec<String>,
    pub attachments: Vec<(String, u64)>,
}

/// Checks the report and the files, then seals and sends everything, with progress bars as
/// `bars` says (`forced`: asked for with `--progress`, for small files too).
pub fn submit(
    api: &Api,
    raw: RawReport,
    paths: &[PathBuf],
    keyring: impl FnOnce() -> Result<envelope::Keyring>,
    bars: Bars,
    forced: bool,
) -> Result<Submitted> {
    let mut raw = raw;
    let info: IntakeInfo = api.get_json("/api/v1/intake")?;
    let checked = report_file::validate(&raw, &info.month, &info.messages);
    raw.wipe();
    let fields = checked.map_err(|errors| info.messages.refusal(errors))?;
    let outgoing = attach::prepare(paths, &info)?;
    let keyring = keyring()?;
    let quarter: domain::Quarter = info
        .quarter
        .parse()
        .map_err(|_| CliError::Other("the server's quarter is malformed".into()))?;

    let recipients = keyring
        .recipients(&fields.recipients)
        .map_err(|e| CliError::Keyring(format!("the keyring's recipients: {e}")))?;
    for b in &fields.recipients {
        if !recipients.iter().any(|(kb, _)| kb == b) {
            return Err(CliError::Keyring(format!("the keyring has no key for {b}")));
        }
    }
    let keys: Vec<envelope::PublicKey> = recipients.into_iter().map(|(_, k)| k).collect();

    let receipt = Receipt::generate();
    let reporter = receipt
        .reporter_keypair()
        .map_err(|e| other("receipt", e))?;
    let lookup = receipt.lookup_hash().map_err(|e| other("receipt", e))?;
    let id = envelope::random_id();
    let refs: Vec<AttachmentRef> = outgoing.iter().map(|o| o.reference.clone()).collect();
    let plaintext = Zeroizing::new(
        serde_json::to_vec(&fields.report_json(&refs)).map_err(|e| other("report JSON", e))?,
    );
    drop(refs);
    let sealed = Envelope::seal(Kind::Report, id, &plaintext, &keys)
        .map_err(|e| other("sealing the report", e))?
        .to_bytes();
    drop(plaintext);
    let record = Zeroizing::new(
        serde_json::to_vec(&fields.stats_record(&envelope::hex(&id), quarter))
            .map_err(|e| other("statistics record", e))?,
    );
    let anonymizer = keyring
        .anonymizer_key()
        .map_err(|e| CliError::Keyring(format!("the keyring's anonymizer key: {e}")))?;
    let stats = envelope::stats::seal_record(&record, &anonymizer)
        .map_err(|e| other("sealing the statistics record", e))?;
    drop(record);
    let chosen: Vec<String> = fields
        .recipients
        .iter()
        .map(|b| b.as_str().to_string())
        .collect();
    drop(fields);

    let challenge: net::Challenge = api.get_json("/api/v1/pow")?;
    let solution = net::solve(challenge)?;

    // csrf and pow first: the server checks them before reading anything large.
    let mut form = Form::new().text("csrf", info.csrf.clone()).text(
        "pow",
        serde_json::to_string(&solution).map_err(|e| other("pow", e))?,
    );
    for r in &chosen {
        form = form.text("recipients", r.clone());
    }
    form = form
        .text("reporter_pk", reporter.public.to_b64())
        .text("receipt_lookup", envelope::b64(&lookup))
        .part("envelope", Part::bytes(sealed).file_name("envelope"))
        .part("stats", Part::bytes(stats).file_name("stats"));
    let mut summary = Vec::new();
    for o in outgoing {
        summary.push((o.reference.name.clone(), o.reference.size));
        form = form.part("attachment", attach::part(o, bars, forced)?);
    }
    let resp = api
        .http()
        .post(api.url("/api/v1/reports")?)
        .multipart(form)
        .send()
        .map_err(net::network)?;
    #[derive(Deserialize)]
    struct Created {
        id: String,
    }
    let created: Created = Api::answer(resp)?;
    Ok(Submitted {
        id: created.id,
        receipt,
        recipients: chosen,
        attachments: summary,
    })
}

impl Submitted {
    pub fn to_json(&self) -> serde_json::Value {
        json!({
            "id": self.id,
            "receipt": self.receipt.display().as_str(),
            "recipients": self.recipients,
            "attachments": self.attachments.iter().map(|(n, s)| json!({"name": n, "size": s})).collect::<Vec<_>>(),
        })
    }
}
