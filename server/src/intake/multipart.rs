//! Reading a reporter's multipart form without ever holding a file in plaintext: text fields
//! are kept in zeroizing buffers, and each file is encrypted chunk by chunk as it streams in,
//! with a fresh key, and its ciphertext staged in the database batch by batch (`staging`), so
//! memory per upload stays bounded. Nothing touches the disk in plaintext (actix-multipart's
//! temp-file feature is off).

use std::collections::BTreeMap;

use actix_multipart::{Field, Multipart};
use envelope::attachment::AttachmentSealer;
use envelope::SymmetricKey;
use futures_util::TryStreamExt;
use storage::uploads::StagedAttachment;
use zeroize::Zeroizing;

use super::staging::{staged_expiry, StagedUploads, UploadSink};
pub use crate::state::Limits;

#[derive(Debug, thiserror::Error)]
pub enum FormError {
    #[error("a file exceeds {limit} bytes")]
    FileTooLarge { limit: u64 },
    #[error("more than {limit} files")]
    TooManyFiles { limit: usize },
    #[error("a text field exceeds {limit} bytes")]
    FieldTooLarge { limit: usize },
    #[error("malformed form data")]
    Malformed,
    #[error("encryption failed")]
    Crypto,
    /// The budget of upload memory stayed taken (503, retry later).
    #[error("too many uploads at once")]
    Busy,
    #[error("storing the upload failed: {0}")]
    Storage(storage::StorageError),
}

/// An attachment as it will be stored: encrypted, with its key and description for the report.
pub struct SealedFile {
    pub id: String,
    pub name: Zeroizing<String>,
    pub media_type: String,
    pub size: u64,
    pub key: SymmetricKey,
    /// The ciphertext, staged in the database (chunk 0 is the stream prefix).
    pub staged: StagedAttachment,
}

impl SealedFile {
    /// How the file is listed inside the encrypted report or message (with its key).
    pub fn to_ref(&self) -> domain::report::AttachmentRef {
        domain::report::AttachmentRef {
            id: self.id.clone(),
            name: self.name.to_string(),
            media_type: self.media_type.clone(),
            size: self.size,
            key_b64: self.key.to_b64().to_string(),
        }
    }

    /// The staged ciphertext, to store with the report or message.
    pub fn into_staged(self) -> StagedAttachment {
        self.staged
    }
}

impl std::fmt::Debug for SealedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedFile")
            .field("id", &self.id)
            .field("size", &self.size)
            .field("chunks", &self.staged.chunk_count)
            .finish_non_exhaustive()
    }
}

/// What the form carried: text fields (repeated names keep every value) and sealed files,
/// whose staged ciphertext is deleted with `uploads` unless it is kept.
#[derive(Default)]
pub struct ReceivedForm {
    pub fields: BTreeMap<String, Vec<Zeroizing<String>>>,
    pub files: Vec<SealedFile>,
    pub uploads: StagedUploads,
    /// Text fields that were longer than the limit: kept up to it (so the reporter's text comes
    /// back on the page with the field's error), the rest read and dropped.
    pub cut: Vec<String>,
}

impl std::fmt::Debug for ReceivedForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceivedForm")
            .field("fields", &self.fields.keys().collect::<Vec<_>>())
            .field("files", &self.files.len())
            .finish()
    }
}

impl ReceivedForm {
    pub fn first(&self, name: &str) -> Option<&str> {
        self.fields
            .get(name)
            .and_then(|v| v.first())
            .map(|s| s.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.fields
            .get(name)
            .map(|v| v.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default()
    }
}

/// The largest body a form within `limits` can have: every file at its limit, every text field
/// at its limit, and room for the multipart framing.
pub fn max_body(limits: &Limits) -> u64 {
    const FRAMING: u64 = 1024;
    limits.max_files as u64 * (limits.max_file_bytes + FRAMING)
        + limits.max_text_fields as u64 * (limits.max_text_bytes as u64 + FRAMING)
}

/// Refuses, before anything is read, a body that says it is larger than any valid form.
pub fn check_length(req: &actix_web::HttpRequest, limits: &Limits) -> Result<(), FormError> {
    let declared = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(len) if len > max_body(limits) => Err(FormError::FileTooLarge {
            limit: limits.max_file_bytes,
        }),
        _ => Ok(()),
    }
}

/// A form read in two steps, so that its token is checked before anything else is read:
/// [`FormReader::first_text`] reads the first part (browsers send the fields in page order,
/// and the token is each reporter form's first field), [`FormReader::rest`] everything after.
pub struct FormReader {
    payload: Multipart,
    limits: Limits,
    sink: UploadSink,
    form: ReceivedForm,
    text_fields: usize,
}

impl FormReader {
    pub fn new(payload: Multipart, limits: Limits, sink: UploadSink) -> Self {
        let uploads = StagedUploads::new(sink.db.clone());
        FormReader {
            payload,
            limits,
            sink,
            form: ReceivedForm {
                uploads,
                ..ReceivedForm::default()
            },
            text_fields: 0,
        }
    }

    /// The value of the first part if it is the text field `name`, else an empty string (the
    /// caller refuses it as it would a wrong token; the part is not kept).
    pub async fn first_text(&mut self, name: &str) -> Result<Zeroizing<String>, FormError> {
        let Some(mut field) = self
            .payload
            .try_next()
            .await
            .map_err(|_| FormError::Malformed)?
        else {
            return Ok(Zeroizing::new(String::new()));
        };
        let disposition = field.content_disposition().ok_or(FormError::Malformed)?;
        if disposition.get_name() != Some(name) || disposition.get_filename().is_some() {
            return Ok(Zeroizing::new(String::new()));
        }
        self.text_fields += 1;
        let text = read_text(&mut field, self.limits.max_text_bytes).await?;
        self.form
            .fields
            .entry(name.to_string())
            .or_default()
            .push(Zeroizing::new(text.to_string()));
        Ok(text)
    }

    /// Reads the remaining parts; file parts named `file_field` are sealed as they arrive.
    pub async fn rest(mut self, file_field: &str) -> Result<ReceivedForm, FormError> {
        let limits = self.limits;
        let mut form = std::mem::take(&mut self.form);
        while let Some(mut field) = self
            .payload
            .try_next()
            .await
            .map_err(|_| FormError::Malformed)?
        {
            let disposition = field.content_disposition().ok_or(FormError::Malformed)?;
            let name = disposition
                .get_name()
                .ok_or(FormError::Malformed)?
                .to_string();
            let filename = disposition.get_filename().map(|f| f.to_string());
            if name == file_field {
                let filename = filename.unwrap_or_default();
                let upload = form.uploads.start();
                let file = seal_file(&mut field, filename, limits, &self.sink, upload).await?;
                if let Some(file) = file {
                    if form.files.len() == limits.max_files {
                        return Err(FormError::TooManyFiles {
                            limit: limits.max_files,
                        });
                    }
                    form.files.push(file);
                }
            } else {
                self.text_fields += 1;
                if self.text_fields > limits.max_text_fields {
                    return Err(FormError::Malformed);
                }
                let (text, whole) = read_text_kept(&mut field, limits.max_text_bytes).await?;
                if !whole {
                    form.cut.push(name.clone());
                }
                form.fields.entry(name).or_default().push(text);
            }
        }
        Ok(form)
    }
}

/// A text part, in a zeroizing buffer, at most `max` bytes of UTF-8.
async fn read_text(field: &mut Field, max: usize) -> Result<Zeroizing<String>, FormError> {
    let mut buf = Zeroizing::new(Vec::new());
    while let Some(bytes) = field.try_next().await.map_err(|_| FormError::Malformed)? {
        if buf.len() + bytes.len() > max {
            return Err(FormError::FieldTooLarge { limit: max });
        }
        buf.extend_from_slice(&bytes);
    }
    let text = std::str::from_utf8(&buf).map_err(|_| FormError::Malformed)?;
    Ok(Zeroizing::new(text.to_string()))
}

/// A text part kept up to `max` bytes (cut at a character boundary), and whether it was whole:
/// what is over the limit is read and dropped, so memory stays bounded and the typed text can
/// be shown again with the field's error instead of being lost.
async fn read_text_kept(
    field: &mut Field,
    max: usize,
) -> Result<(Zeroizing<String>, bool), FormError> {
    let mut buf = Zeroizing::new(Vec::new());
    let mut whole = true;
    while let Some(bytes) = field.try_next().await.map_err(|_| FormError::Malformed)? {
        let room = max - buf.len();
        if bytes.len() > room {
            whole = false;
        }
        buf.extend_from_slice(&bytes[..bytes.len().min(room)]);
    }
    let text = match std::str::from_utf8(&buf) {
        Ok(text) => text,
        // Cut inside a character: keep what is before it.
        Err(e) if !whole && e.error_len().is_none() => {
            std::str::from_utf8(&buf[..e.valid_up_to()]).map_err(|_| FormError::Malformed)?
        }
        Err(_) => return Err(FormError::Malformed),
    };
    Ok((Zeroizing::new(text.to_string()), whole))
}

/// Seals one file part as it streams in and stages its ciphertext under `upload`, holding a
/// share of the upload budget meanwhile; `None` for a file input left empty (browsers still
/// send a part, without a name or content).
async fn seal_file(
    field: &mut Field,
    filename: String,
    limits: Limits,
    sink: &UploadSink,
    upload: String,
) -> Result<Option<SealedFile>, FormError> {
    let _share = sink.budget.file_share().await.ok_or(FormError::Busy)?;
    let media_type = field
        .content_type()
        .map(|m| m.essence_str().to_string())
        .unwrap_or_else(|| "application/octet-stream".into());
    let key = SymmetricKey::generate();
    let (sealer, prefix) = AttachmentSealer::new(&key).map_err(|_| FormError::Crypto)?;
    let mut out = Staging {
        sealer: Some(sealer),
        unstaged: vec![prefix],
        next_seq: 0,
        bytes: 0,
        upload,
        db: sink.db.clone(),
    };
    // Plaintext waits here, zeroized when dropped, until a batch is worth a trip to the
    // blocking pool: encryption and storage never run on (and never stall) an actix worker.
    let mut pending = Zeroizing::new(Vec::with_capacity(SEAL_BATCH));
    while let Some(bytes) = field.try_next().await.map_err(|_| FormError::Malformed)? {
        let received = out.plaintext_len() + (pending.len() + bytes.len()) as u64;
        if received > limits.max_file_bytes {
            return Err(FormError::FileTooLarge {
                limit: limits.max_file_bytes,
            });
        }
        pending.extend_from_slice(&bytes);
        if pending.len() >= SEAL_BATCH {
            let batch =
                std::mem::replace(&mut pending, Zeroizing::new(Vec::with_capacity(SEAL_BATCH)));
            out = out.seal_and_stage(Some(batch), false).await?;
        }
    }
    let size = out.plaintext_len() + pending.len() as u64;
    if filename.is_empty() && size == 0 {
        return Ok(None);
    }
    let batch = (!pending.is_empty()).then_some(pending);
    let out = out.seal_and_stage(batch, true).await?;
    let id = envelope::hex(&envelope::random_id());
    Ok(Some(SealedFile {
        id: id.clone(),
        name: Zeroizing::new(clean_filename(&filename)),
        media_type,
        size,
        key,
        staged: StagedAttachment {
            id,
            upload: out.upload,
            chunk_count: out.next_seq,
            ciphertext_bytes: out.bytes,
        },
    }))
}

/// Plaintext bytes encrypted per trip to the blocking pool (16 secretstream chunks).
const SEAL_BATCH: usize = 16 * envelope::attachment::CHUNK_PLAINTEXT;

/// A file being sealed and staged.
struct Staging {
    /// `None` once the stream is finished.
    sealer: Option<AttachmentSealer>,
    /// Ciphertext chunks not yet staged (the prefix, before the first batch).
    unstaged: Vec<Vec<u8>>,
    next_seq: i64,
    bytes: i64,
    upload: String,
    db: storage::Database,
}

impl Staging {
    fn plaintext_len(&self) -> u64 {
        self.sealer
            .as_ref()
            .map_or(0, AttachmentSealer::plaintext_len)
    }

    /// Encrypts `batch` (and, if `last`, finishes the stream) on the blocking pool, zeroizing
    /// the plaintext there, and stages the ciphertext in the database.
    async fn seal_and_stage(
        mut self,
        batch: Option<Zeroizing<Vec<u8>>>,
        last: bool,
    ) -> Result<Staging, FormError> {
        crate::blocking::block("seal", move || {
            let sealer = self.sealer.as_mut().ok_or(FormError::Crypto)?;
            if let Some(batch) = batch {
                let sealed = sealer.update(&batch).map_err(|_| FormError::Crypto)?;
                drop(batch);
                self.unstaged.extend(sealed);
            }
            if last {
                let sealer = self.sealer.take().ok_or(FormError::Crypto)?;
                self.unstaged
                    .extend(sealer.finish().map_err(|_| FormError::Crypto)?);
            }
            let chunks = std::mem::take(&mut self.unstaged);
            let (upload, seq) = (self.upload.as_str(), self.next_seq);
            self.db
                .write(|c| storage::uploads::stage(c, upload, seq, &chunks, staged_expiry()))
                .map_err(FormError::Storage)?;
            self.next_seq += chunks.len() as i64;
            self.bytes += chunks.iter().map(|c| c.len() as i64).sum::<i64>();
            Ok(self)
        })
        .await
        .map_err(|_| FormError::Crypto)?
    }
}

/// Browsers may send a path: the domain's cleaner keeps the last component, without control
/// or format characters.
fn clean_filename(raw: &str) -> String {
    domain::report::clean_filename(raw)
}
