-- The intake's rate budgets shared by every web server on this database (replicas behind a
-- load balancer): one row per budget, its theoretical arrival time in microseconds (GCRA).
-- No client is identified: the budgets are global by design.
CREATE TABLE rate_limits (
    name   TEXT   NOT NULL PRIMARY KEY,
    tat_us BIGINT NOT NULL
);
