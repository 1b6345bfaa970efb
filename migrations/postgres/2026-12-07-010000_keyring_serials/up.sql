-- The highest keyring serial a web server accepted, per keyring signing key (its fingerprint):
-- a server refuses to start with a keyring whose serial is lower (an older keyring put back),
-- and `tsr-admin keys show` compares with it. Public values only.
CREATE TABLE keyring_serials (
    signer      TEXT   NOT NULL PRIMARY KEY,
    serial      BIGINT NOT NULL CHECK (serial >= 0),
    accepted_at BIGINT NOT NULL
);
