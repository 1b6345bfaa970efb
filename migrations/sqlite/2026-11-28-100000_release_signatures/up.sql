-- A release's files are published with SHA-256 checksums signed by the release key (Ed25519,
-- derived by the anonymizer from its own key), so a file received second-hand can be verified.
ALTER TABLE releases ADD COLUMN checksums TEXT NOT NULL DEFAULT '';
ALTER TABLE releases ADD COLUMN signature BLOB NOT NULL DEFAULT x'';
ALTER TABLE releases ADD COLUMN signing_key BLOB NOT NULL DEFAULT x'';
