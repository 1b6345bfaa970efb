//! Reading a reporter's multipart form without ever holding a file in plaintext: text fields
//! are kept in zeroizing buffers, and each file is encrypted chunk by chunk as it streams in,
//! with a fresh key. Nothing touches the disk (actix-multipart's temp-file feature is off).

use std::collections::BTreeMap;

use actix_multipart::Multipart;
use envelope::attachment::AttachmentSealer;
use envelope::SymmetricKey;
use futures_util::TryStreamExt;
use zeroize::Zeroizing;

pub use crate::state::Limits;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
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
}

/// An attachment as it will be stored: encrypted, with its key and description for the report.
pub struct SealedFile {
    pub id: String,
    pub name: Zeroizing<String>,
    pub media_type: String,
    pub size: u64,
    pub key: SymmetricKey,
    /// Chunk 0 is the stream prefix; then the ciphertext chunks.
    pub chunks: Vec<Vec<u8>>,
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

    /// The ciphertext as it is stored.
    pub fn into_stored(self) -> storage::reports::NewAttachment {
        storage::reports::NewAttachment {
            id: self.id,
            chunks: self.chunks,
        }
    }
}

impl std::fmt::Debug for SealedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedFile")
            .field("id", &self.id)
            .field("size", &self.size)
            .field("chunks", &self.chunks.len())
            .finish_non_exhaustive()
    }
}

/// What the form carried: text fields (repeated names keep every value) and sealed files.
#[derive(Default)]
pub struct ReceivedForm {
    pub fields: BTreeMap<String, Vec<Zeroizing<String>>>,
    pub files: Vec<SealedFile>,
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

/// Reads the whole form; file parts named `file_field` are sealed as they arrive.
pub async fn read_form(
    mut payload: Multipart,
    file_field: &str,
    limits: Limits,
) -> Result<ReceivedForm, FormError> {
    let mut form = ReceivedForm::default();
    let mut text_fields = 0usize;
    while let Some(mut field) = payload.try_next().await.map_err(|_| FormError::Malformed)? {
        let disposition = field.content_disposition().ok_or(FormError::Malformed)?;
        let name = disposition
            .get_name()
            .ok_or(FormError::Malformed)?
            .to_string();
        let filename = disposition.get_filename().map(|f| f.to_string());
        if name == file_field {
            let filename = filename.unwrap_or_default();
            let media_type = field
                .content_type()
                .map(|m| m.essence_str().to_string())
                .unwrap_or_else(|| "application/octet-stream".into());
            let key = SymmetricKey::generate();
            let (mut sealer, prefix) =
                AttachmentSealer::new(&key).map_err(|_| FormError::Crypto)?;
            let mut chunks = vec![prefix];
            // Plaintext waits here, zeroized when dropped, until a batch is worth a trip to the
            // blocking pool: encryption never runs on (and never stalls) an actix worker.
            let mut pending = Zeroizing::new(Vec::with_capacity(SEAL_BATCH));
            while let Some(bytes) = field.try_next().await.map_err(|_| FormError::Malformed)? {
                let received = sealer.plaintext_len() + (pending.len() + bytes.len()) as u64;
                if received > limits.max_file_bytes {
                    return Err(FormError::FileTooLarge {
                        limit: limits.max_file_bytes,
                    });
                }
                pending.extend_from_slice(&bytes);
                if pending.len() >= SEAL_BATCH {
                    let batch = std::mem::replace(
                        &mut pending,
                        Zeroizing::new(Vec::with_capacity(SEAL_BATCH)),
                    );
                    sealer = seal_batch(sealer, batch, &mut chunks).await?;
                }
            }
            if !pending.is_empty() {
                sealer = seal_batch(sealer, pending, &mut chunks).await?;
            }
            let size = sealer.plaintext_len();
            // A file input left empty still sends a part, without a name or content.
            if filename.is_empty() && size == 0 {
                continue;
            }
            if form.files.len() == limits.max_files {
                return Err(FormError::TooManyFiles {
                    limit: limits.max_files,
                });
            }
            chunks.push(sealer.finish().map_err(|_| FormError::Crypto)?);
            form.files.push(SealedFile {
                id: envelope::hex(&envelope::random_id()),
                name: Zeroizing::new(clean_filename(&filename)),
                media_type,
                size,
                key,
                chunks,
            });
        } else {
            text_fields += 1;
            if text_fields > limits.max_text_fields {
                return Err(FormError::Malformed);
            }
            let mut buf = Zeroizing::new(Vec::new());
            while let Some(bytes) = field.try_next().await.map_err(|_| FormError::Malformed)? {
                if buf.len() + bytes.len() > limits.max_text_bytes {
                    return Err(FormError::FieldTooLarge {
                        limit: limits.max_text_bytes,
                    });
                }
                buf.extend_from_slice(&bytes);
            }
            let text = std::str::from_utf8(&buf).map_err(|_| FormError::Malformed)?;
            form.fields
                .entry(name)
                .or_default()
                .push(Zeroizing::new(text.to_string()));
        }
    }
    Ok(form)
}

/// Plaintext bytes encrypted per trip to the blocking pool (16 secretstream chunks).
const SEAL_BATCH: usize = 16 * envelope::attachment::CHUNK_PLAINTEXT;

/// Encrypts `batch` on the blocking pool and appends the finished chunks; the plaintext is
/// zeroized there once encrypted.
async fn seal_batch(
    mut sealer: AttachmentSealer,
    batch: Zeroizing<Vec<u8>>,
    chunks: &mut Vec<Vec<u8>>,
) -> Result<AttachmentSealer, FormError> {
    let (sealer, sealed) = crate::blocking::block("seal", move || {
        let sealed = sealer.update(&batch);
        drop(batch);
        sealed.map(|c| (sealer, c))
    })
    .await
    .map_err(|_| FormError::Crypto)?
    .map_err(|_| FormError::Crypto)?;
    chunks.extend(sealed);
    Ok(sealer)
}

/// Browsers may send a path: the domain's cleaner keeps the last component, without control
/// or format characters.
fn clean_filename(raw: &str) -> String {
    domain::report::clean_filename(raw)
}
