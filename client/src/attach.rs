//! Attachments as the client sends them, with a report (`submit`) or a reply (`reply`):
//! checked against the server's limits, listed in the sealed report or message with their
//! keys, and read, sealed and streamed 64 KiB at a time into the multipart body (keys/FORMAT.md,
//! "Attachment stream"), so memory stays flat whatever their size.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use domain::AttachmentRef;
use envelope::attachment::{self, AttachmentSealer, Finisher};
use envelope::SymmetricKey;
use indicatif::ProgressBar;
use reqwest::blocking::multipart::Part;
use zeroize::Zeroizing;

use crate::error::{other, CliError, Result};
use crate::net;
use crate::progress::Bars;
use crate::submit::IntakeInfo;

/// An attachment to send: its file, opened once, and what the report says about it.
pub struct Outgoing {
    file: File,
    path: PathBuf,
    key: SymmetricKey,
    pub reference: AttachmentRef,
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

pub fn prepare(paths: &[PathBuf], info: &IntakeInfo) -> Result<Vec<Outgoing>> {
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
                    p.finish();
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

/// The multipart part of one attachment (named by its id, as the server expects), its
/// content sealed while the request body is sent; a progress bar as `bars` says.
pub fn part(o: Outgoing, bars: Bars, forced: bool) -> Result<Part> {
    let id = o.reference.id.clone();
    let len = attachment::stream_len(o.reference.size);
    let bar = bars.bar(&o.path.display().to_string(), o.reference.size, forced);
    let reader = SealingReader::new(o, bar)?;
    Part::reader_with_length(reader, len)
        .file_name(id)
        .mime_str("application/octet-stream")
        .map_err(net::network)
}
