//! Attachments: `crypto_secretstream_xchacha20poly1305` in fixed 64 KiB chunks, one fresh key per
//! file (listed inside the encrypted report), so files of any size are sealed and opened without
//! holding them whole in memory.
//!
//! Stream layout: `"TSA1"` ‖ secretstream header (24 bytes) ‖ chunks. Every chunk but the last is
//! exactly `CHUNK_PLAINTEXT + 17` bytes and tagged MESSAGE; the last is 17 to `CHUNK_PLAINTEXT +
//! 17` bytes and tagged FINAL. A stream that stops before FINAL is truncated; a reordered chunk
//! fails authentication, because secretstream chains each chunk to the previous one.

use libsodium_rs::crypto_secretstream::xchacha20poly1305 as ss;
use zeroize::Zeroizing;

use crate::error::{malformed, EnvelopeError, Result};
use crate::keys::SymmetricKey;

pub const MAGIC: &[u8; 4] = b"TSA1";
pub const CHUNK_PLAINTEXT: usize = 64 * 1024;
pub const CHUNK_OVERHEAD: usize = ss::ABYTES;
pub const CHUNK_CIPHERTEXT: usize = CHUNK_PLAINTEXT + CHUNK_OVERHEAD;
pub const PREFIX_BYTES: usize = 4 + ss::HEADERBYTES;

/// Encrypts a file as it streams in. Plaintext is buffered only up to one chunk, in a buffer
/// that is zeroized on drop.
pub struct AttachmentSealer {
    state: ss::PushState,
    buf: Zeroizing<Vec<u8>>,
    plaintext_len: u64,
}

impl std::fmt::Debug for AttachmentSealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentSealer")
            .field("plaintext_len", &self.plaintext_len)
            .finish_non_exhaustive()
    }
}

impl AttachmentSealer {
    /// Starts a stream; returns the sealer and the 28-byte stream prefix.
    pub fn new(key: &SymmetricKey) -> Result<(Self, Vec<u8>)> {
        let k = ss::Key::from_bytes(key.expose())?;
        let (state, header) = ss::PushState::init_push(&k)?;
        let mut prefix = Vec::with_capacity(PREFIX_BYTES);
        prefix.extend_from_slice(MAGIC);
        prefix.extend_from_slice(&header);
        let sealer = AttachmentSealer {
            state,
            buf: Zeroizing::new(Vec::with_capacity(CHUNK_PLAINTEXT)),
            plaintext_len: 0,
        };
        Ok((sealer, prefix))
    }

    /// Feeds plaintext; returns the ciphertext chunks completed by it (possibly none).
    pub fn update(&mut self, mut data: &[u8]) -> Result<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        self.plaintext_len += data.len() as u64;
        while !data.is_empty() {
            // Hold back a full chunk until more data proves it is not the last one.
            if self.buf.len() == CHUNK_PLAINTEXT {
                out.push(self.state.push(&self.buf, None, ss::TAG_MESSAGE)?);
                self.buf.clear();
            }
            let room = CHUNK_PLAINTEXT - self.buf.len();
            let n = room.min(data.len());
            self.buf.extend_from_slice(&data[..n]);
            data = &data[n..];
        }
        Ok(out)
    }

    /// Ends the stream: returns the final chunk.
    pub fn finish(mut self) -> Result<Vec<u8>> {
        Ok(self.state.push(&self.buf, None, ss::TAG_FINAL)?)
    }

    pub fn plaintext_len(&self) -> u64 {
        self.plaintext_len
    }
}

/// Encrypts a whole in-memory file; returns the complete stream.
pub fn seal_attachment(key: &SymmetricKey, plaintext: &[u8]) -> Result<Vec<u8>> {
    let (mut sealer, mut out) = AttachmentSealer::new(key)?;
    for c in sealer.update(plaintext)? {
        out.extend_from_slice(&c);
    }
    out.extend_from_slice(&sealer.finish()?);
    Ok(out)
}

/// Splits a complete stream into its prefix and chunks, checking the framing only (no key
/// needed: this is what the server can validate on receipt).
pub fn split_stream(stream: &[u8]) -> Result<(&[u8], Vec<&[u8]>)> {
    if stream.len() < PREFIX_BYTES || &stream[..4] != MAGIC {
        return Err(malformed("attachment", "not an attachment stream"));
    }
    let (prefix, body) = stream.split_at(PREFIX_BYTES);
    if body.is_empty() {
        return Err(EnvelopeError::Truncated);
    }
    let chunks: Vec<&[u8]> = body.chunks(CHUNK_CIPHERTEXT).collect();
    if let Some(last) = chunks.last() {
        if last.len() < CHUNK_OVERHEAD {
            return Err(EnvelopeError::Truncated);
        }
    }
    Ok((prefix, chunks))
}

/// Decrypts a stream chunk by chunk.
pub struct AttachmentOpener {
    state: ss::PullState,
    index: u64,
    finished: bool,
}

impl std::fmt::Debug for AttachmentOpener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentOpener")
            .field("index", &self.index)
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl AttachmentOpener {
    pub fn new(key: &SymmetricKey, prefix: &[u8]) -> Result<Self> {
        if prefix.len() != PREFIX_BYTES || &prefix[..4] != MAGIC {
            return Err(malformed("attachment", "bad stream prefix"));
        }
        let header: [u8; ss::HEADERBYTES] = prefix[4..]
            .try_into()
            .map_err(|_| malformed("attachment", "bad stream prefix"))?;
        let k = ss::Key::from_bytes(key.expose())?;
        let state = ss::PullState::init_pull(&header, &k)
            .map_err(|_| malformed("attachment", "bad stream header"))?;
        Ok(AttachmentOpener {
            state,
            index: 0,
            finished: false,
        })
    }

    /// Decrypts the next chunk. Chunks must come in order; anything after FINAL is refused.
    pub fn pull(&mut self, chunk: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        if self.finished {
            return Err(EnvelopeError::TrailingChunk);
        }
        if chunk.len() < CHUNK_OVERHEAD || chunk.len() > CHUNK_CIPHERTEXT {
            return Err(malformed("attachment", "chunk of invalid size"));
        }
        let index = self.index;
        let (plain, tag) = self
            .state
            .pull(chunk, None)
            .map_err(|_| EnvelopeError::ChunkRejected { index })?;
        let plain = Zeroizing::new(plain);
        self.index += 1;
        match tag {
            t if t == ss::TAG_FINAL => self.finished = true,
            t if t == ss::TAG_MESSAGE => {
                if chunk.len() != CHUNK_CIPHERTEXT {
                    return Err(malformed("attachment", "short chunk before the end"));
                }
            }
            _ => return Err(malformed("attachment", "unexpected chunk tag")),
        }
        Ok(plain)
    }

    /// Confirms the stream ended with its final chunk.
    pub fn finish(self) -> Result<()> {
        if self.finished {
            Ok(())
        } else {
            Err(EnvelopeError::Truncated)
        }
    }
}

/// Decrypts a whole stream held in memory.
pub fn open_attachment(key: &SymmetricKey, stream: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let (prefix, chunks) = split_stream(stream)?;
    let mut opener = AttachmentOpener::new(key, prefix)?;
    let mut out = Zeroizing::new(Vec::with_capacity(stream.len()));
    for c in chunks {
        out.extend_from_slice(&opener.pull(c)?);
    }
    opener.finish()?;
    Ok(out)
}
