-- The privacy ledger is append-only: a spend, once recorded, can be neither changed nor
-- removed (removing one would let a new release overspend the quarter's or the year's cap).
-- Releases, their tables and cells are the published record of that spend: they cannot be
-- deleted or changed either. TRUNCATE is refused too (it fires no row trigger).
CREATE FUNCTION refuse_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER privacy_ledger_append_only BEFORE UPDATE OR DELETE ON privacy_ledger
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER privacy_ledger_no_truncate BEFORE TRUNCATE ON privacy_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER releases_append_only BEFORE UPDATE OR DELETE ON releases
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER releases_no_truncate BEFORE TRUNCATE ON releases
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER release_tables_append_only BEFORE UPDATE OR DELETE ON release_tables
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER release_tables_no_truncate BEFORE TRUNCATE ON release_tables
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER release_cells_append_only BEFORE UPDATE OR DELETE ON release_cells
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only();
CREATE TRIGGER release_cells_no_truncate BEFORE TRUNCATE ON release_cells
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only();
