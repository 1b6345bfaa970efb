-- Blind correlation (issue 19, point 4; keys/FORMAT.md, "Correlation"). The server holds a
-- body's correlation key only sealed to the body's keyring keys (imported by tsr-admin keys
-- import-correlation, one row per keyring entry), and the keyed hashes reviewers' browsers
-- uploaded for the reports they opened: never an indicator, never the key in the clear.
CREATE TABLE correlation_keys (
    body        TEXT   NOT NULL,
    entry_id    TEXT   NOT NULL,
    key_id      TEXT   NOT NULL,
    serial      BIGINT NOT NULL,
    sealed      BYTEA   NOT NULL,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (body, entry_id)
);
-- One upload per report and body, replaced by the next: the hashes under the body's key id.
CREATE TABLE correlation_hashes (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    body      TEXT NOT NULL,
    key_id    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    hash      TEXT NOT NULL,
    PRIMARY KEY (report_id, body, kind, hash)
);
CREATE INDEX correlation_hashes_match ON correlation_hashes (body, key_id, hash);
