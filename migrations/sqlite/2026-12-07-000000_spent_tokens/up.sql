-- Single-use reporter tokens (a no-JavaScript form's CSRF token, a solved proof-of-work
-- challenge), remembered until they expire so that every web server on this database refuses
-- a second use. Only a hash of the token is kept; nothing links it to a report.
CREATE TABLE spent_tokens (
    digest     BLOB   NOT NULL PRIMARY KEY CHECK (length(digest) = 32),
    expires_at BIGINT NOT NULL
);
CREATE INDEX spent_tokens_expires_at ON spent_tokens (expires_at);
