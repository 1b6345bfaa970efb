DROP TRIGGER release_cells_no_delete;
DROP TRIGGER release_cells_no_update;
DROP TRIGGER release_tables_no_delete;
DROP TRIGGER release_tables_no_update;
DROP TRIGGER releases_no_delete;
DROP TRIGGER releases_no_update;
DROP TRIGGER privacy_ledger_no_delete;
DROP TRIGGER privacy_ledger_no_update;
