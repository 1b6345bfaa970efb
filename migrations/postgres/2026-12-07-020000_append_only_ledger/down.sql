DROP TRIGGER release_cells_no_truncate ON release_cells;
DROP TRIGGER release_cells_append_only ON release_cells;
DROP TRIGGER release_tables_no_truncate ON release_tables;
DROP TRIGGER release_tables_append_only ON release_tables;
DROP TRIGGER releases_no_truncate ON releases;
DROP TRIGGER releases_append_only ON releases;
DROP TRIGGER privacy_ledger_no_truncate ON privacy_ledger;
DROP TRIGGER privacy_ledger_append_only ON privacy_ledger;
DROP FUNCTION refuse_append_only();
