-- Initial schema, SQLite flavour. Keep in step with ../../postgres and storage/src/schema.rs.
-- Rule: no column for IP addresses, user agents or exact reporter submission times (days only).

CREATE TABLE reports (
    id               TEXT    NOT NULL PRIMARY KEY
                     CHECK (length(id) = 32 AND id NOT GLOB '*[^0-9a-f]*'),
    to_euipo         BOOLEAN NOT NULL CHECK (to_euipo IN (0, 1)),
    to_ec3           BOOLEAN NOT NULL CHECK (to_ec3 IN (0, 1)),
    envelope         BLOB    NOT NULL,
    recipient_digest BLOB    NOT NULL,
    sealed_by        TEXT    NOT NULL CHECK (sealed_by IN ('browser', 'server')),
    received_day     TEXT    NOT NULL
                     CHECK (received_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status           TEXT    NOT NULL CHECK (status IN ('new', 'acknowledged', 'in_review',
                                            'information_requested', 'referred', 'closed')),
    acknowledged_day TEXT
                     CHECK (acknowledged_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    closed_day       TEXT
                     CHECK (closed_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    updated_day      TEXT    NOT NULL
                     CHECK (updated_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    receipt_lookup   BLOB    NOT NULL UNIQUE CHECK (length(receipt_lookup) = 32),
    reporter_pk      BLOB    NOT NULL CHECK (length(reporter_pk) = 32),
    CHECK (to_euipo = 1 OR to_ec3 = 1)
);
CREATE INDEX reports_received_day ON reports (received_day);

CREATE TABLE recipient_slots (
    report_id    TEXT   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    recipient_pk BLOB   NOT NULL CHECK (length(recipient_pk) = 32),
    body         TEXT   NOT NULL CHECK (body IN ('EUIPO', 'EC3')),
    sealed_key   BLOB   NOT NULL,
    granted_by   BIGINT,
    PRIMARY KEY (report_id, recipient_pk)
);

-- seq orders a report's conversation (created_day alone is too coarse).
CREATE TABLE messages (
    id          TEXT   NOT NULL PRIMARY KEY,
    report_id   TEXT   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL,
    author      TEXT   NOT NULL CHECK (author IN ('reporter', 'reviewer', 'note')),
    reviewer_id BIGINT,
    envelope    BLOB   NOT NULL,
    created_day TEXT   NOT NULL
                CHECK (created_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    UNIQUE (report_id, seq),
    UNIQUE (id, report_id),
    CHECK (author <> 'reporter' OR reviewer_id IS NULL)
);

-- An attachment belongs to a report and, when sent with a message, to that message of the
-- same report (composite reference).
CREATE TABLE attachments (
    id               TEXT   NOT NULL PRIMARY KEY,
    report_id        TEXT   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    message_id       TEXT,
    chunk_count      BIGINT NOT NULL CHECK (chunk_count >= 0),
    ciphertext_bytes BIGINT NOT NULL CHECK (ciphertext_bytes >= 0),
    FOREIGN KEY (message_id, report_id) REFERENCES messages (id, report_id) ON DELETE CASCADE
);
CREATE INDEX attachments_report_id ON attachments (report_id);
CREATE INDEX attachments_message_id ON attachments (message_id, report_id);

CREATE TABLE attachment_chunks (
    attachment_id TEXT   NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq           BIGINT NOT NULL CHECK (seq >= 0),
    bytes         BLOB   NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);

CREATE TABLE stats_records (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   TEXT    NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    source      TEXT    NOT NULL CHECK (source IN ('reporter', 'reviewer')),
    sealed      BLOB    NOT NULL,
    created_day TEXT    NOT NULL
                CHECK (created_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reviewer_id BIGINT
);
CREATE INDEX stats_records_report_id ON stats_records (report_id);

CREATE TABLE reviewers (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    body                 TEXT    NOT NULL CHECK (body IN ('EUIPO', 'EC3')),
    name                 TEXT    NOT NULL UNIQUE,
    password_hash        TEXT,
    totp_secret          BLOB,
    last_totp_step       BIGINT,
    public_key           BLOB,
    wrapped_private_key  TEXT,
    enrolment_token_hash BLOB UNIQUE,
    enrolment_expires    BIGINT,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         BIGINT,
    active               BOOLEAN NOT NULL CHECK (active IN (0, 1)),
    created_at           BIGINT  NOT NULL
);

CREATE TABLE member_state_users (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    country              TEXT    NOT NULL CHECK (length(country) = 2 AND country NOT GLOB '*[^A-Z]*'),
    name                 TEXT    NOT NULL UNIQUE,
    password_hash        TEXT,
    totp_secret          BLOB,
    last_totp_step       BIGINT,
    enrolment_token_hash BLOB UNIQUE,
    enrolment_expires    BIGINT,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         BIGINT,
    active               BOOLEAN NOT NULL CHECK (active IN (0, 1)),
    created_at           BIGINT  NOT NULL
);

CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       BIGINT  NOT NULL REFERENCES member_state_users (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    token_hash    BLOB    NOT NULL UNIQUE,
    created_at    BIGINT  NOT NULL,
    revoked_at    BIGINT,
    last_used_day TEXT
                  CHECK (last_used_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX api_tokens_user_id ON api_tokens (user_id);

CREATE TABLE sessions (
    token_hash     BLOB   NOT NULL PRIMARY KEY,
    principal_kind TEXT   NOT NULL CHECK (principal_kind IN ('reviewer', 'member_state')),
    principal_id   BIGINT NOT NULL,
    csrf_token     TEXT   NOT NULL,
    created_at     BIGINT NOT NULL,
    last_seen_at   BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX sessions_principal ON sessions (principal_kind, principal_id);

-- seq is assigned by storage::audit::append_audit (last seq + 1, inside the writer lock).
CREATE TABLE audit_log (
    seq         INTEGER NOT NULL PRIMARY KEY,
    at          BIGINT  NOT NULL,
    actor_kind  TEXT    NOT NULL,
    actor_id    TEXT,
    action      TEXT    NOT NULL,
    object_kind TEXT,
    object_id   TEXT,
    detail      TEXT    NOT NULL,
    prev_hash   BLOB    NOT NULL,
    hash        BLOB    NOT NULL
);

CREATE TABLE releases (
    id            TEXT   NOT NULL PRIMARY KEY,
    period        TEXT   NOT NULL,
    created_at    BIGINT NOT NULL,
    epsilon       REAL   NOT NULL,
    delta         REAL   NOT NULL,
    params_digest BLOB   NOT NULL UNIQUE,
    methodology   TEXT   NOT NULL,
    status        TEXT   NOT NULL
);

CREATE TABLE release_tables (
    release_id  TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    mechanism   TEXT NOT NULL,
    noise_scale REAL NOT NULL,
    epsilon     REAL NOT NULL,
    PRIMARY KEY (release_id, name)
);

CREATE TABLE release_cells (
    release_id TEXT   NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    table_name TEXT   NOT NULL,
    cell_key   TEXT   NOT NULL,
    value      BIGINT NOT NULL,
    raw_noisy  REAL   NOT NULL,
    ci_low     REAL   NOT NULL,
    ci_high    REAL   NOT NULL,
    PRIMARY KEY (release_id, table_name, cell_key)
);

CREATE TABLE privacy_ledger (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    release_id TEXT    NOT NULL REFERENCES releases (id),
    period     TEXT    NOT NULL,
    year       INTEGER NOT NULL,
    table_name TEXT    NOT NULL,
    epsilon    REAL    NOT NULL,
    delta      REAL    NOT NULL,
    created_at BIGINT  NOT NULL,
    UNIQUE (release_id, table_name)
);
CREATE INDEX privacy_ledger_period ON privacy_ledger (period);
CREATE INDEX privacy_ledger_year ON privacy_ledger (year);
