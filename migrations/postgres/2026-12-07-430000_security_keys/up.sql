-- Security keys (WebAuthn) as the second factor (issue 18, point 4). One row per registered
-- credential of an account (reviewer or member-state user): the credential as webauthn-rs
-- keeps it (public key, signature counter; JSON), the name its owner gave it.
CREATE TABLE security_keys (
    id             BIGSERIAL PRIMARY KEY,
    principal_kind TEXT    NOT NULL,
    principal_id   BIGINT  NOT NULL,
    name           TEXT    NOT NULL,
    credential_id  BYTEA   NOT NULL UNIQUE,
    credential     TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    last_used_at   BIGINT
);
CREATE INDEX security_keys_principal ON security_keys (principal_kind, principal_id);

-- A registration or sign-in ceremony in progress, kept server-side so that any replica can
-- finish it: the hash of the token the browser holds, the account, the ceremony state
-- (webauthn-rs, JSON: the challenge) and its expiry. Single use: taken (deleted) to finish.
CREATE TABLE webauthn_ceremonies (
    token_hash     BYTEA   NOT NULL PRIMARY KEY,
    principal_kind TEXT    NOT NULL,
    principal_id   BIGINT  NOT NULL,
    purpose        TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    expires_at     BIGINT  NOT NULL
);
CREATE INDEX webauthn_ceremonies_expiry ON webauthn_ceremonies (expires_at);

-- Per-account second-factor policy; no row: TOTP allowed.
CREATE TABLE second_factor_policies (
    principal_kind TEXT    NOT NULL,
    principal_id   BIGINT  NOT NULL,
    totp_allowed   BOOLEAN NOT NULL,
    PRIMARY KEY (principal_kind, principal_id)
);
