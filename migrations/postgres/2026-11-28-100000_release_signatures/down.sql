ALTER TABLE releases DROP COLUMN signing_key, DROP COLUMN signature, DROP COLUMN checksums;
