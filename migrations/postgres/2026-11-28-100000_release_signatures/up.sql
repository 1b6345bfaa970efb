-- A release's files are published with SHA-256 checksums signed by the release key (Ed25519,
-- derived by the anonymizer from its own key), so a file received second-hand can be verified.
ALTER TABLE releases
    ADD COLUMN checksums   TEXT  NOT NULL DEFAULT '',
    ADD COLUMN signature   BYTEA NOT NULL DEFAULT '\x',
    ADD COLUMN signing_key BYTEA NOT NULL DEFAULT '\x';
