DROP INDEX stats_records_report_source_id;
DROP INDEX reports_received_day_id;
ALTER TABLE releases DROP COLUMN signing_key;
ALTER TABLE releases DROP COLUMN signature;
ALTER TABLE releases DROP COLUMN checksums;
