ALTER TABLE messages DROP COLUMN server_notice;
ALTER TABLE messages DROP COLUMN signature;
ALTER TABLE reviewers DROP COLUMN wrapped_signing_key;
ALTER TABLE reviewers DROP COLUMN signing_public_key;
