-- Who in a body handles a report (issue 17, point 3): at most one reviewer per report and
-- body (a report addressed to both bodies is assigned by each of them). Ids and a day only.
CREATE TABLE assignments (
    report_id    TEXT   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    body         TEXT   NOT NULL,
    reviewer_id  BIGINT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    assigned_day TEXT   NOT NULL,
    PRIMARY KEY (report_id, body)
);
CREATE INDEX assignments_reviewer ON assignments (reviewer_id);
