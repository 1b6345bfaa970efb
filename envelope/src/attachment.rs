//! Attachments: `crypto_secretstream_xchacha20poly1305` in fixed 64 KiB chunks, one fresh key per
//! file (listed inside the encrypted report), so files of any size are sealed and opened without
//! holding them whole in memory.
//!
//! Version 2 (`"TSA2"`, written by [`AttachmentSealer`]) pads the stream so its stored size
//! reveals only a bucket: every chunk is full (`CHUNK_PLAINTEXT + 17` bytes of ciphertext); the
//! chunk holding the end of the file is padded inside the encryption (0x80 then zeros) and
//! tagged PUSH, or FINAL if it is the last; then come all-zero padding chunks, the last tagged
//! FINAL, up to [`padded_chunks`] chunks in all (Padmé on the chunk count: at most 12.5 % more).
//! Version 1 (`"TSA1"`, unpadded: the last chunk is as long as the file's tail) still opens.
//!
//! A stream that stops before FINAL is truncated; a reordered chunk fails authentication,
//! because secretstream chains each chunk to the previous one. Layout: `keys/FORMAT.md`.

use libsodium_rs::crypto_secretstream::xchacha20poly1305 as ss;
use zeroize::Zeroizing;

use crate::error::{malformed, EnvelopeError, Result};
use crate::keys::SymmetricKey;
use crate::padding;

/// The current format, padded.
pub const MAGIC: &[u8; 4] = b"TSA2";
/// The first format, without padding. Still opened.
pub const MAGIC_V1: &[u8; 4] = b"TSA1";
pub const CHUNK_PLAINTEXT: usize = 64 * 1024;
pub const CHUNK_OVERHEAD: usize = ss::ABYTES;
pub const CHUNK_CIPHERTEXT: usize = CHUNK_PLAINTEXT + CHUNK_OVERHEAD;
pub const PREFIX_BYTES: usize = 4 + ss::HEADERBYTES;

/// Padmé (Nikitin et al., PETS 2019) on a chunk count: keeps the `floor(log2(floor(log2 m))) + 1`
/// most significant bits of `m` and rounds the rest up, so a count reveals O(log log m) bits.
pub fn padme(m: u64) -> u64 {
    if m == 0 {
        return 0;
    }
    let e = 63 - m.leading_zeros(); // floor(log2 m)
    let s = 32 - e.leading_zeros(); // floor(log2 e) + 1, 0 for e = 0
    let mask = (1u64 << (e - s)) - 1;
    (m + mask) & !mask
}

/// Chunks holding a file of `len` bytes and its padding marker: `len / CHUNK_PLAINTEXT + 1`.
pub fn data_chunks(len: u64) -> u64 {
    len / CHUNK_PLAINTEXT as u64 + 1
}

/// Chunks of a version 2 stream for a file of `len` bytes.
pub fn padded_chunks(len: u64) -> u64 {
    padme(data_chunks(len))
}

/// The stored size of a version 2 stream for a file of `len` bytes: all the size reveals.
pub fn stream_len(len: u64) -> u64 {
    PREFIX_BYTES as u64 + padded_chunks(len) * CHUNK_CIPHERTEXT as u64
}

/// Encrypts a file as it streams in. Plaintext is buffered only up to one chunk, in a buffer
/// that is zeroized on drop.
pub struct AttachmentSealer {
    state: ss::PushState,
    buf: Zeroizing<Vec<u8>>,
    plaintext_len: u64,
    chunks: u64,
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
            chunks: 0,
        };
        Ok((sealer, prefix))
    }

    /// Feeds plaintext; returns the ciphertext chunks completed by it (possibly none).
    pub fn update(&mut self, mut data: &[u8]) -> Result<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        self.plaintext_len += data.len() as u64;
        while !data.is_empty() {
            if self.buf.len() == CHUNK_PLAINTEXT {
                out.push(self.state.push(&self.buf, None, ss::TAG_MESSAGE)?);
                self.chunks += 1;
                self.buf.clear();
            }
            let room = CHUNK_PLAINTEXT - self.buf.len();
            let n = room.min(data.len());
            self.buf.extend_from_slice(&data[..n]);
            data = &data[n..];
        }
        Ok(out)
    }

    /// Ends the stream: returns the remaining chunks (the end of the file, then the padding).
    pub fn finish(self) -> Result<Vec<Vec<u8>>> {
        self.finish_lazily()?.collect()
    }

    /// Ends the stream, one chunk at a time: the padding of a large file (up to 12.5 % of
    /// it) is made as it is read, so a caller streaming to disk or network stays at flat
    /// memory.
    pub fn finish_lazily(mut self) -> Result<Finisher> {
        let mut first = Vec::new();
        // The padding marker needs a byte: a full last piece is data, and the marker opens a
        // chunk of its own.
        if self.buf.len() == CHUNK_PLAINTEXT {
            first.push(self.state.push(&self.buf, None, ss::TAG_MESSAGE)?);
            self.chunks += 1;
            self.buf.clear();
        }
        let data = self.chunks + 1;
        let total = padme(data);
        let last = Zeroizing::new(padding::pad_to(&self.buf, CHUNK_PLAINTEXT));
        let tag = if total == data {
            ss::TAG_FINAL
        } else {
            ss::TAG_PUSH
        };
        first.push(self.state.push(&last, None, tag)?);
        Ok(Finisher {
            state: self.state,
            ready: first.into_iter(),
            next: data,
            total,
        })
    }

    pub fn plaintext_len(&self) -> u64 {
        self.plaintext_len
    }
}

/// The last chunks of a stream ([`AttachmentSealer::finish_lazily`]): the end of the file,
/// then each padding chunk as it is asked for.
pub struct Finisher {
    state: ss::PushState,
    ready: std::vec::IntoIter<Vec<u8>>,
    next: u64,
    total: u64,
}

impl std::fmt::Debug for Finisher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Finisher")
            .field("next", &self.next)
            .field("total", &self.total)
            .finish_non_exhaustive()
    }
}

impl Iterator for Finisher {
    type Item = Result<Vec<u8>>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(c) = self.ready.next() {
            return Some(Ok(c));
        }
        if self.next >= self.total {
            return None;
        }
        let i = self.next;
        self.next += 1;
        let tag = if i + 1 == self.total {
            ss::TAG_FINAL
        } else {
            ss::TAG_MESSAGE
        };
        let zeros = vec![0u8; CHUNK_PLAINTEXT];
        Some(self.state.push(&zeros, None, tag).map_err(Into::into))
    }
}

/// Encrypts a whole in-memory file; returns the complete stream.
pub fn seal_attachment(key: &SymmetricKey, plaintext: &[u8]) -> Result<Vec<u8>> {
    let (mut sealer, mut out) = AttachmentSealer::new(key)?;
    for c in sealer.update(plaintext)? {
        out.extend_from_slice(&c);
    }
    for c in sealer.finish()? {
        out.extend_from_slice(&c);
    }
    Ok(out)
}

/// Splits a complete stream into its prefix and chunks, checking the framing only (no key
/// needed: this is what the server can validate on receipt). A version 2 stream must be whole
/// chunks, as many as a Padmé bucket holds.
pub fn split_stream(stream: &[u8]) -> Result<(&[u8], Vec<&[u8]>)> {
    if stream.len() < PREFIX_BYTES || (&stream[..4] != MAGIC && &stream[..4] != MAGIC_V1) {
        return Err(malformed("attachment", "not an attachment stream"));
    }
    let v2 = &stream[..4] == MAGIC;
    let (prefix, body) = stream.split_at(PREFIX_BYTES);
    if body.is_empty() {
        return Err(EnvelopeError::Truncated);
    }
    let chunks: Vec<&[u8]> = body.chunks(CHUNK_CIPHERTEXT).collect();
    if let Some(last) = chunks.last() {
        if last.len() < CHUNK_OVERHEAD || (v2 && last.len() != CHUNK_CIPHERTEXT) {
            return Err(EnvelopeError::Truncated);
        }
    }
    let n = chunks.len() as u64;
    if v2 && padme(n) != n {
        return Err(malformed("attachment", "not a padded length"));
    }
    Ok((prefix, chunks))
}

/// Where a version 2 stream is: in the file, in the padding after it, or past FINAL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Data,
    Padding,
    Done,
}

/// Decrypts a stream chunk by chunk.
pub struct AttachmentOpener {
    state: ss::PullState,
    v2: bool,
    index: u64,
    data_chunks: u64,
    phase: Phase,
}

impl std::fmt::Debug for AttachmentOpener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentOpener")
            .field("index", &self.index)
            .field("phase", &self.phase)
            .finish_non_exhaustive()
    }
}

impl AttachmentOpener {
    pub fn new(key: &SymmetricKey, prefix: &[u8]) -> Result<Self> {
        if prefix.len() != PREFIX_BYTES || (&prefix[..4] != MAGIC && &prefix[..4] != MAGIC_V1) {
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
            v2: &prefix[..4] == MAGIC,
            index: 0,
            data_chunks: 0,
            phase: Phase::Data,
        })
    }

    /// Decrypts the next chunk and returns the file's bytes in it (none for a padding chunk).
    /// Chunks must come in order; anything after FINAL is refused.
    pub fn pull(&mut self, chunk: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        if self.phase == Phase::Done {
            return Err(EnvelopeError::TrailingChunk);
        }
        let full = chunk.len() == CHUNK_CIPHERTEXT;
        if chunk.len() < CHUNK_OVERHEAD || chunk.len() > CHUNK_CIPHERTEXT || (self.v2 && !full) {
            return Err(malformed("attachment", "chunk of invalid size"));
        }
        let index = self.index;
        let (plain, tag) = self
            .state
            .pull(chunk, None)
            .map_err(|_| EnvelopeError::ChunkRejected { index })?;
        let mut plain = Zeroizing::new(plain);
        self.index += 1;
        if !self.v2 {
            match tag {
                t if t == ss::TAG_FINAL => self.phase = Phase::Done,
                t if t == ss::TAG_MESSAGE && full => {}
                t if t == ss::TAG_MESSAGE => {
                    return Err(malformed("attachment", "short chunk before the end"))
                }
                _ => return Err(malformed("attachment", "unexpected chunk tag")),
            }
            return Ok(plain);
        }
        let (last, end_of_data) = match tag {
            t if t == ss::TAG_MESSAGE => (false, false),
            t if t == ss::TAG_PUSH => (false, true),
            t if t == ss::TAG_FINAL => (true, true),
            _ => return Err(malformed("attachment", "unexpected chunk tag")),
        };
        if self.phase == Phase::Data {
            self.data_chunks += 1;
            if end_of_data {
                padding::unpad(&mut plain)?;
                self.phase = Phase::Padding;
            }
        } else {
            // Padding chunks are all zeros, never a second end of the file.
            if (end_of_data && !last) || plain.iter().any(|&b| b != 0) {
                return Err(EnvelopeError::BadPadding);
            }
            plain.clear();
        }
        let total = padme(self.data_chunks);
        if self.phase == Phase::Padding && (last != (self.index == total) || self.index > total) {
            return Err(malformed("attachment", "padding of the wrong length"));
        }
        if last {
            self.phase = Phase::Done;
        }
        Ok(plain)
    }

    /// Confirms the stream ended with its final chunk.
    pub fn finish(self) -> Result<()> {
        if self.phase == Phase::Done {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padme_keeps_few_significant_bits() {
        let got: Vec<u64> = (1..=20).map(padme).collect();
        assert_eq!(
            got,
            [1, 2, 3, 4, 5, 6, 7, 8, 10, 10, 12, 12, 14, 14, 16, 16, 18, 18, 20, 20]
        );
        assert_eq!(padme(33), 36);
        assert_eq!(padme(257), 272);
        for m in 1..5000u64 {
            let p = padme(m);
            // At most 12.5 % more chunks (FORMAT.md); none below 8.
            assert!(p >= m && p * 8 <= m * 9, "{m} -> {p}");
            assert!(m >= 8 || p == m);
            assert_eq!(padme(p), p, "a bucket is its own bucket");
        }
    }
}
