-- The privacy ledger is append-only: a spend, once recorded, can be neither changed nor
-- removed (removing one would let a new release overspend the quarter's or the year's cap).
-- Releases, their tables and cells are the published record of that spend: they cannot be
-- deleted or changed either.
CREATE TRIGGER privacy_ledger_no_update BEFORE UPDATE ON privacy_ledger
BEGIN
    SELECT RAISE(ABORT, 'privacy_ledger is append-only: UPDATE refused');
END;
CREATE TRIGGER privacy_ledger_no_delete BEFORE DELETE ON privacy_ledger
BEGIN
    SELECT RAISE(ABORT, 'privacy_ledger is append-only: DELETE refused');
END;
CREATE TRIGGER releases_no_update BEFORE UPDATE ON releases
BEGIN
    SELECT RAISE(ABORT, 'releases are append-only: UPDATE refused');
END;
CREATE TRIGGER releases_no_delete BEFORE DELETE ON releases
BEGIN
    SELECT RAISE(ABORT, 'releases are append-only: DELETE refused');
END;
CREATE TRIGGER release_tables_no_update BEFORE UPDATE ON release_tables
BEGIN
    SELECT RAISE(ABORT, 'release_tables are append-only: UPDATE refused');
END;
CREATE TRIGGER release_tables_no_delete BEFORE DELETE ON release_tables
BEGIN
    SELECT RAISE(ABORT, 'release_tables are append-only: DELETE refused');
END;
CREATE TRIGGER release_cells_no_update BEFORE UPDATE ON release_cells
BEGIN
    SELECT RAISE(ABORT, 'release_cells are append-only: UPDATE refused');
END;
CREATE TRIGGER release_cells_no_delete BEFORE DELETE ON release_cells
BEGIN
    SELECT RAISE(ABORT, 'release_cells are append-only: DELETE refused');
END;
