-- Content-free notifications (issue 17, point 5): per reviewer, where the daily digest of
-- counts goes (an e-mail address and/or a webhook URL), how often, whether it is sent when
-- nothing happened, and its language. `covered_through` is the last whole day (UTC) a sent
-- digest counted; `claimed_until` (unix seconds) keeps two runs (several hosts' timers) from
-- sending the same digest twice.
CREATE TABLE reviewer_notifications (
    reviewer_id     BIGINT NOT NULL PRIMARY KEY REFERENCES reviewers (id) ON DELETE CASCADE,
    email           TEXT,
    webhook_url     TEXT,
    frequency       TEXT   NOT NULL,
    send_empty      BOOLEAN NOT NULL,
    locale          TEXT   NOT NULL,
    covered_through TEXT,
    claimed_until   BIGINT,
    updated_at      BIGINT NOT NULL
);
