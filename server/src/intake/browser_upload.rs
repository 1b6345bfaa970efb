//! A browser-sealed attachment (`POST /api/v1/reports`, part `attachment`) read as it arrives:
//! the stream's framing is checked on the way (magic `TSA2` or `TSA1` and prefix, then whole
//! ciphertext chunks, the last one shorter or equal; its length at most the padded bucket of the
//! largest file allowed) and its chunks are staged in the database batch by
//! batch (`staging`), holding a share of the upload budget meanwhile. The server cannot open
//! the chunks; it stores exactly the bytes the browser sent, cut where `split_stream` cuts.

use actix_multipart::Field;
use envelope::attachment::{
    stream_len, CHUNK_CIPHERTEXT, CHUNK_OVERHEAD, MAGIC, MAGIC_V1, PREFIX_BYTES,
};
use futures_util::TryStreamExt;

use super::staging::{staged_expiry, UploadSink};

/// Ciphertext staged per trip to the database (16 chunks, about 1 MiB).
const STAGE_BATCH: usize = 16;

/// Why a stream was refused.
#[derive(Debug)]
pub enum StreamError {
    /// Not a `TSA2` or `TSA1` stream, or cut short.
    Malformed,
    /// More plaintext than the limit.
    TooLarge,
    /// The multipart body itself broke off.
    Body,
    /// The upload budget stayed taken.
    Busy,
    Storage(storage::StorageError),
}

/// What was staged: chunk count and ciphertext bytes.
#[derive(Debug, Clone, Copy)]
pub struct Staged {
    pub chunk_count: i64,
    pub ciphertext_bytes: i64,
}

struct Out<'a> {
    sink: &'a UploadSink,
    upload: &'a str,
    chunks: Vec<Vec<u8>>,
    next_seq: i64,
    bytes: i64,
}

impl Out<'_> {
    async fn stage(&mut self) -> Result<(), StreamError> {
        if self.chunks.is_empty() {
            return Ok(());
        }
        let chunks = std::mem::take(&mut self.chunks);
        let (db, upload, seq) = (self.sink.db.clone(), self.upload.to_string(), self.next_seq);
        let n = chunks.len() as i64;
        let bytes: i64 = chunks.iter().map(|c| c.len() as i64).sum();
        crate::blocking::block("db", move || {
            db.write(|c| storage::uploads::stage(c, &upload, seq, &chunks, staged_expiry()))
        })
        .await
        .map_err(|_| StreamError::Storage(storage::StorageError::Query("blocking pool".into())))?
        .map_err(StreamError::Storage)?;
        self.next_seq += n;
        self.bytes += bytes;
        Ok(())
    }
}

/// Reads one attachment stream of at most `max_plain` plaintext bytes and stages it as
/// `upload`. Padding hides the exact size from the server too, so the limit holds to the
/// padded stream of the largest file allowed (an unpadded `TSA1` stream is never longer).
pub async fn stage_stream(
    field: &mut Field,
    sink: &UploadSink,
    upload: &str,
    max_plain: u64,
) -> Result<Staged, StreamError> {
    let _share = sink.budget.file_share().await.ok_or(StreamError::Busy)?;
    let mut out = Out {
        sink,
        upload,
        chunks: Vec::new(),
        next_seq: 0,
        bytes: 0,
    };
    let mut buf: Vec<u8> = Vec::with_capacity(2 * CHUNK_CIPHERTEXT);
    let mut prefix_done = false;
    let max_stream = stream_len(max_plain);
    let mut total: u64 = 0;
    while let Some(bytes) = field.try_next().await.map_err(|_| StreamError::Body)? {
        buf.extend_from_slice(&bytes);
        if !prefix_done && buf.len() >= PREFIX_BYTES {
            if &buf[..4] != MAGIC && &buf[..4] != MAGIC_V1 {
                return Err(StreamError::Malformed);
            }
            out.chunks.push(buf.drain(..PREFIX_BYTES).collect());
            total += PREFIX_BYTES as u64;
            prefix_done = true;
        }
        // The last chunk may be whole: keep one chunk's worth until the stream ends.
        while prefix_done && buf.len() > CHUNK_CIPHERTEXT {
            out.chunks.push(buf.drain(..CHUNK_CIPHERTEXT).collect());
            total += CHUNK_CIPHERTEXT as u64;
            if total > max_stream {
                return Err(StreamError::TooLarge);
            }
        }
        if out.chunks.len() >= STAGE_BATCH {
            out.stage().await?;
        }
    }
    if !prefix_done || buf.len() < CHUNK_OVERHEAD {
        return Err(StreamError::Malformed);
    }
    total += buf.len() as u64;
    if total > max_stream {
        return Err(StreamError::TooLarge);
    }
    out.chunks.push(buf);
    out.stage().await?;
    Ok(Staged {
        chunk_count: out.next_seq,
        ciphertext_bytes: out.bytes,
    })
}
