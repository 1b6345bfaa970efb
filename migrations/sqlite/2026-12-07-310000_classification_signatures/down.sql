ALTER TABLE stats_records DROP COLUMN signer;
ALTER TABLE stats_records DROP COLUMN signature;
