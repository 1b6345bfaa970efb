//! The one error type of the crate: a variant per failure kind, never carrying key material or
//! plaintext, so callers and tests can tell a tampered object from a wrong key.

use thiserror::Error;

/// Every way opening, parsing or building an envelope can fail.
///
/// One variant per failure kind so callers (and tests) can tell a tampered ciphertext from a
/// wrong key or a truncated stream. Messages never contain key material or plaintext.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum EnvelopeError {
    /// The bytes are not an envelope of a format this code knows (bad magic, short, trailing bytes).
    #[error("malformed {what}: {reason}")]
    Malformed {
        what: &'static str,
        reason: &'static str,
    },
    /// A size limit was exceeded (slots, ciphertext, attachment).
    #[error("{what} exceeds the limit of {limit}")]
    TooLarge { what: &'static str, limit: u64 },
    /// The recipient digest in the header does not match the slots (slots swapped or added).
    #[error("recipient set does not match the envelope's recipient digest")]
    RecipientDigestMismatch,
    /// The same public key appears in two slots.
    #[error("duplicate recipient key")]
    DuplicateRecipient,
    /// None of the slots is addressed to the key used to open the envelope.
    #[error("no slot in this envelope is addressed to this key")]
    NoSlotForKey,
    /// A sealed data key did not open with the given secret key.
    #[error("the sealed key does not open with this secret key")]
    WrongKey,
    /// The data key does not match the envelope's key commitment (version 2): the slots hold
    /// different keys for different recipients, or the key granted later is not the envelope's.
    #[error("the data key does not match the envelope's key commitment")]
    KeyCommitment,
    /// The envelope is not the object the caller asked for (copied from another report, or a
    /// message passed off as a note).
    #[error("this envelope is the {found_kind} {found_id}, not the {expected_kind} {expected_id} asked for")]
    Mismatch {
        expected_kind: crate::sealed::Kind,
        expected_id: String,
        found_kind: crate::sealed::Kind,
        found_id: String,
    },
    /// Authentication of the ciphertext failed: tampered data, header or associated data.
    #[error("ciphertext failed authentication")]
    Tampered,
    /// The plaintext padding is not valid ISO/IEC 7816-4 padding.
    #[error("invalid padding")]
    BadPadding,
    /// An attachment stream ended before its final chunk.
    #[error("attachment stream is truncated")]
    Truncated,
    /// An attachment chunk failed authentication (tampered, reordered or from another stream).
    #[error("attachment chunk {index} failed authentication")]
    ChunkRejected { index: u64 },
    /// Data followed the final chunk of an attachment stream.
    #[error("data after the final attachment chunk")]
    TrailingChunk,
    /// A wrapped key did not open: wrong passphrase or altered file.
    #[error("wrong passphrase or damaged key file")]
    WrongPassphrase,
    /// A wrapped key's KDF parameters are outside what we accept.
    #[error("key derivation parameters out of range")]
    WeakKdfParameters,
    /// The keyring signature does not verify.
    #[error("keyring signature is invalid")]
    BadSignature,
    /// The keyring was signed by a key other than the expected one.
    #[error("keyring signed by {found}, expected {expected}")]
    UnexpectedSigner { found: String, expected: String },
    /// A receipt code that is not of the receipt alphabet or length.
    #[error("not a valid receipt code")]
    InvalidReceipt,
    /// Base64 or key length errors in text formats.
    #[error("invalid encoding of {what}")]
    Encoding { what: &'static str },
    /// Serialization of a JSON document failed.
    #[error("invalid JSON in {what}")]
    Json { what: &'static str },
    /// libsodium reported an internal failure (not caused by input).
    #[error("cryptographic library failure")]
    Library,
}

pub type Result<T, E = EnvelopeError> = std::result::Result<T, E>;

pub(crate) fn malformed(what: &'static str, reason: &'static str) -> EnvelopeError {
    EnvelopeError::Malformed { what, reason }
}

impl From<libsodium_rs::SodiumError> for EnvelopeError {
    fn from(_: libsodium_rs::SodiumError) -> Self {
        EnvelopeError::Library
    }
}
