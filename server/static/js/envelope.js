/*
 * The envelope formats in the browser: the byte formats of keys/FORMAT.md on libsodium.js
 * (libsodium-wrappers-sumo 0.8.x, vendored under /static/vendor/libsodium/).
 *
 * ES module, ES2020, no build step. This file is the public API only (what `TSR.envelope` was
 * when this was one plain script); the code lives in ./envelope/, one module per format:
 *   bytes.js        EnvelopeError, sizes, byte/Base64/BLAKE2b/Crockford helpers
 *   padding.js      size buckets and 0x80 padding
 *   sealed.js       the sealed envelope (reports, messages, notes) and granted data keys
 *   attachment.js   attachment streams (secretstream, 64 KiB chunks, padded)
 *   stats.js        statistics records sealed to the anonymizer
 *   receipt.js      receipts, the reporter key pair and the lookup hash
 *   wrapped-key.js  passphrase-wrapped private keys
 *   keyring.js      fingerprints and the signed keyring
 *   signature.js    signed reviewer messages and classifications
 *   correlation.js  correlation key ids and keyed indicator hashes
 *
 * Every function takes the ready `sodium` object as its first parameter (the libsodium wrappers
 * stay a classic script with its SRI hash; see ./sodium.js for how pages get it). Bytes are
 * Uint8Array; Base64 is the standard alphabet with padding. Failures throw `EnvelopeError` whose
 * `code` names the kind, as the Rust crate's `EnvelopeError` variants do (Tampered, WrongKey,
 * NoSlotForKey, ...).
 *
 * The node interop test (envelope/tests/interop/) imports this same module and checks it
 * against the Rust `envelope` crate.
 */

export { EnvelopeError, b64, unb64, utf8, fromUtf8 } from './envelope/bytes.js';
export { bucket } from './envelope/padding.js';
export {
  KIND, recipientDigest, sealEnvelope, parseEnvelope, envelopeDataKey, openEnvelope, sealDataKey,
  checkDataKey, expectEnvelope,
} from './envelope/sealed.js';
export {
  CHUNK_PLAINTEXT, CHUNK_CIPHERTEXT, PREFIX_BYTES, padme, paddedChunks, streamLength,
  attachmentSealer, attachmentOpener, splitAttachment, sealAttachment, openAttachment,
} from './envelope/attachment.js';
export { sealStatsRecord, openStatsRecord } from './envelope/stats.js';
export {
  generateReceipt, normalizeReceipt, reporterKeyPair, receiptLookupHash, receiptLookupHashV1,
  signinToken, tokenLookup,
} from './envelope/receipt.js';
export { KDF, wrapKey, unwrapKey } from './envelope/wrapped-key.js';
export {
  fingerprint, canonicalJson, verifyKeyring, keyringRecipients, checkKeyringSerial,
} from './envelope/keyring.js';
export {
  messageSignedBytes, signMessage, verifyMessage, classificationSignedBytes, signClassification,
  verifyClassification,
} from './envelope/signature.js';
export {
  CORRELATION_KINDS, MAX_CORRELATION_HASHES, correlationId, indicatorHash, openCorrelationKey,
  reportHashes,
} from './envelope/correlation.js';
