-- Per-deployment secrets shared by every web server on this database (e.g. the key that signs
-- CSRF tokens of reporter forms, which carry no cookie). Never report content.
CREATE TABLE instance_secrets (
    name  TEXT NOT NULL PRIMARY KEY,
    value BLOB NOT NULL CHECK (length(value) >= 32)
);
