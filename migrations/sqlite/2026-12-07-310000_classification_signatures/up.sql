-- Signed classifications (keys/FORMAT.md, "Signed classifications"): a reviewer's validated
-- statistics record carries the reviewer's detached Ed25519 signature and the keyring entry id
-- it was made as. Nullable: reporter records are not signed, and reviewer records stored before
-- this have none (the anonymizer excludes and counts those).
ALTER TABLE stats_records ADD COLUMN signature BLOB;
ALTER TABLE stats_records ADD COLUMN signer TEXT;
