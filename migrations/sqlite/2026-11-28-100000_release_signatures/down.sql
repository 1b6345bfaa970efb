ALTER TABLE releases DROP COLUMN signing_key;
ALTER TABLE releases DROP COLUMN signature;
ALTER TABLE releases DROP COLUMN checksums;
