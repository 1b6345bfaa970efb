-- A release's files are published with SHA-256 checksums signed by the release key (Ed25519,
-- derived by the anonymizer from its own key), so a file received second-hand can be verified.
ALTER TABLE releases ADD COLUMN checksums TEXT NOT NULL DEFAULT '';
ALTER TABLE releases ADD COLUMN signature BLOB NOT NULL DEFAULT x'';
ALTER TABLE releases ADD COLUMN signing_key BLOB NOT NULL DEFAULT x'';

-- The anonymizer reads a quarter's record heads (report, source, id) from indexes alone.
CREATE INDEX reports_received_day_id ON reports (received_day, id);
CREATE INDEX stats_records_report_source_id ON stats_records (report_id, source, id);
