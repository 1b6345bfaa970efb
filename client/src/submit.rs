//! `tsr-report submit`: validate the report file by the form's rules, verify the keyring,
//! seal the report, the statistics record and every attachment here, and post ciphertext only
//! to `POST /api/v1/reports` — the parts and their order the browser sends (keys/FORMAT.md;
//! `server/src/intake/api.rs`). Attachments are read, sealed and sent chunk by chunk while the
//! request streams, so memory stays flat whatever their size.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use domain::{AttachmentRef, RawReport};
use envelope::attachment::{self, AttachmentSealer, Finisher};
use envelope::{Envelope, Kind, Receipt, SymmetricKey};
use indicatif::{ProgressBar, ProgressStyle};
use reqwest::blocking::multipart::{Form, Part};
use serde::Deserialize;
use serde_json::json;
use zeroize::Zeroizing;

use crate::error::{other, CliError, Result};
use crate::net::{self, Api};
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

/// An attachment to send: its file, opened once, and what the report says about it.
struct Outgoing {
    file: File,
    path: PathBuf,
    key: SymmetricKey,
    reference: AttachmentRef,
}

/// As the browser's `cleanFilename`: the last path component, no control characters, at most
/// 255 characters; `attachment` if nothing is left.
fn clean_filename(path: &Path) -> String {
    let last = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !matches!(*c as u32, 0..=0x1f | 0x7f..=0x9f))
        .take(255)
        .collect();
    if cleaned.trim().is_empty() {
        "attachment".into()
    } else {
        cleaned
    }
}

fn prepare(paths: &[PathBuf], info: &IntakeInfo) -> Result<Vec<Outgoing>> {
    let mut errors = Vec::new();
    if paths.len() > info.max_files {
        let m = &info.messages.too_many_files;
        errors.push((
            "attachments".into(),
            "too-many-files".into(),
            info.messages.entry("attachments", m),
        ));
    }
    let mut out = Vec::new();
    for path in paths {
        let file = File::open(path)
            .map_err(|e| CliError::ReportFile(format!("{}: {e}", path.display())))?;
        let meta = file
            .metadata()
            .map_err(|e| CliError::ReportFile(format!("{}: {e}", path.display())))?;
        if !meta.is_file() {
            return Err(CliError::ReportFile(format!(
                "{}: not a file",
                path.display()
            )));
        }
        if meta.len() > info.max_file_bytes {
            let m = format!("{} ({})", info.messages.too_large, path.display());
            errors.push((
                "attachments".into(),
                "too-large".into(),
                info.messages.entry("attachments", &m),
            ));
        }
        let key = SymmetricKey::generate();
        let reference = AttachmentRef {
            id: envelope::hex(&envelope::random_id()),
            name: clean_filename(path),
            media_type: mime_guess::from_path(path)
                .first_or_octet_stream()
                .essence_str()
                .to_string(),
            size: meta.len(),
            key_b64: key.to_b64().to_string(),
        };
        out.push(Outgoing {
            file,
            path: path.clone(),
            key,
            reference,
        });
    }
    if !errors.is_empty() {
        return Err(info.messages.refusal(errors));
    }
    Ok(out)
}

/// An attachment stream made as it is read: the file is read 64 KiB at a time and sealed, and
/// the request body takes the ciphertext as it comes. A file whose size changes while it is
/// read fails the request (the server then keeps nothing).
struct SealingReader {
    file: File,
    sealer: Option<AttachmentSealer>,
    finisher: Option<Finisher>,
    pending: Vec<u8>,
    pos: usize,
    expected: u64,
    read: u64,
    buf: Zeroizing<Vec<u8>>,
    progress: Option<ProgressBar>,
}

impl SealingReader {
    fn new(o: Outgoing, progress: Option<ProgressBar>) -> Result<Self> {
        let (sealer, prefix) = AttachmentSealer::new(&o.key).map_err(|e| other("sealing", e))?;
        Ok(SealingReader {
            file: o.file,
            sealer: Some(sealer),
            finisher: None,
            pending: prefix,
            pos: 0,
            expected: o.reference.size,
            read: 0,
            buf: Zeroizing::new(vec![0u8; attachment::CHUNK_PLAINTEXT]),
            progress,
        })
    }

    fn refill(&mut self) -> std::io::Result<bool> {
        let io = |e: envelope::EnvelopeError| std::io::Error::other(e.to_string());
        self.pending.clear();
        self.pos = 0;
        if let Some(f) = self.finisher.as_mut() {
            return match f.next() {
                Some(c) => {
                    self.pending = c.map_err(io)?;
                    Ok(true)
                }
                None => Ok(false),
            };
        }
        let Some(sealer) = self.sealer.as_mut() else {
            return Ok(false);
        };
        let n = self.file.read(&mut self.buf)?;
        if n == 0 {
            if self.read != self.expected {
                return Err(std::io::Error::other("the file changed while it was sent"));
            }
            let sealer = self
                .sealer
                .take()
                .ok_or_else(|| std::io::Error::other("sealer"))?;
            self.finisher = Some(sealer.finish_lazily().map_err(io)?);
            return self.refill();
        }
        self.read += n as u64;
        if self.read > self.expected {
            return Err(std::io::Error::other("the file changed while it was sent"));
        }
        for c in sealer.update(&self.buf[..n]).map_err(io)? {
            self.pending.extend_from_slice(&c);
        }
        if let Some(p) = &self.progress {
            p.inc(n as u64);
        }
        Ok(true)
    }
}

impl Read for SealingReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.pos == self.pending.len() {
            if !self.refill()? {
                if let Some(p) = self.progress.take() {
                    p.finish_and_clear();
                }
                return Ok(0);
            }
        }
        let n = out.len().min(self.pending.len() - self.pos);
        out[..n].copy_from_slice(&self.pending[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

fn progress_bar(o: &Outgoing, show: bool) -> Option<ProgressBar> {
    if !show {
        return None;
    }
    let bar = ProgressBar::new(o.reference.size);
    if let Ok(style) =
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(o.path.display().to_string());
    Some(bar)
}

pub struct Submitted {
    pub id: String,
    pub receipt: Receipt,
    pub recipients: Vec<String>,
    pub attachments: Vec<(String, u64)>,
}

/// Checks the report and the files, then seals and sends everything. `progress`: show bars
/// (a terminal, not `--json`).
pub fn submit(
    api: &Api,
    raw: RawReport,
    paths: &[PathBuf],
    keyring: impl FnOnce() -> Result<envelope::Keyring>,
    progress: bool,
) -> Result<Submitted> {
    let mut raw = raw;
    let info: IntakeInfo = api.get_json("/api/v1/intake")?;
    let checked = report_file::validate(&raw, &info.month, &info.messages);
    raw.wipe();
    let fields = checked.map_err(|errors| info.messages.refusal(errors))?;
    let outgoing = prepare(paths, &info)?;
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
        let id = o.reference.id.clone();
        let len = attachment::stream_len(o.reference.size);
        summary.push((o.reference.name.clone(), o.reference.size));
        let bar = progress_bar(&o, progress && o.reference.size >= 1024 * 1024);
        let reader = SealingReader::new(o, bar)?;
        form = form.part(
            "attachment",
            Part::reader_with_length(reader, len)
                .file_name(id)
                .mime_str("application/octet-stream")
                .map_err(net::network)?,
        );
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
