-- Tags (issue 17, point 3): a fixed list per body kept by the operator (tsr-admin tags), put on
-- reports by that body's reviewers. Tag names are labels, never case content.
CREATE TABLE body_tags (
    body        TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_day TEXT NOT NULL,
    PRIMARY KEY (body, name)
);
CREATE TABLE report_tags (
    report_id  TEXT   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    body       TEXT   NOT NULL,
    name       TEXT   NOT NULL,
    tagged_by  BIGINT NOT NULL,
    tagged_day TEXT   NOT NULL,
    PRIMARY KEY (report_id, body, name),
    FOREIGN KEY (body, name) REFERENCES body_tags (body, name) ON DELETE CASCADE
);
-- Referrals (issue 17, point 4): a report one body passed to the other. The data key is
-- re-sealed in the referring browser to the receiving body's keyring keys (rows of
-- recipient_slots, granted_by = referred_by); the optional note is an envelope of kind 3 sealed
-- to both bodies. At most one referral per report and receiving body.
CREATE TABLE referrals (
    report_id        TEXT   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    from_body        TEXT   NOT NULL,
    to_body          TEXT   NOT NULL,
    referred_by      BIGINT NOT NULL,
    referred_day     TEXT   NOT NULL,
    acknowledged_day TEXT,
    note             BYTEA,
    PRIMARY KEY (report_id, to_body),
    CHECK (from_body <> to_body)
);
