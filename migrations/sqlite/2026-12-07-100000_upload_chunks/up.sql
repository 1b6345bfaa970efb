-- Attachment ciphertext as it arrives, before its report or message is stored: uploads go to
-- the database chunk by chunk instead of waiting in the web server's memory. Moved into
-- attachment_chunks in the transaction that stores the report or message; an upload that is
-- refused is deleted, one left behind by a crash once it expires. Ciphertext only.
CREATE TABLE upload_chunks (
    upload_id  TEXT   NOT NULL CHECK (length(upload_id) = 32),
    seq        BIGINT NOT NULL CHECK (seq >= 0),
    bytes      BLOB   NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (upload_id, seq)
);
CREATE INDEX upload_chunks_expires_at ON upload_chunks (expires_at);
