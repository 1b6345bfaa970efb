-- Reviewer message signatures (keys/FORMAT.md, "Signed reviewer messages"): each reviewer's
-- Ed25519 signing key, made and wrapped in the browser at enrolment (public half and wrapped
-- seed), and the detached signature stored with each message. All nullable: reviewers
-- enrolled before have no signing key, and their messages (and reporters' messages) carry no
-- signature. `server_notice` marks a message the server wrote itself (the standard
-- acknowledgement of a report acknowledged from the inbox): the reporter's page shows such a
-- row as a notice of the channel, with its fixed text, never as a reviewer's words.
ALTER TABLE reviewers ADD COLUMN signing_public_key BYTEA;
ALTER TABLE reviewers ADD COLUMN wrapped_signing_key TEXT;
ALTER TABLE messages ADD COLUMN signature BYTEA;
ALTER TABLE messages ADD COLUMN server_notice BOOLEAN NOT NULL DEFAULT FALSE;
