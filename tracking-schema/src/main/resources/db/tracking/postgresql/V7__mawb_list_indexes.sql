-- Indexes for the MAWB list and the dashboard at scale (measured with 1,000,000 MAWBs by the query benchmark of
-- tracking-benchmarks), and trigram indexes for the list's text search when the pg_trgm extension can be had.

-- Serves: the list filtered by status and destination, newest first, and its keyset pages, without reading the
-- other MAWBs of the status. (mawbs_status_destination_idx stays for the dashboard's counts by status: with its
-- duplicates folded together it is a fraction of this index's size.)
CREATE INDEX mawbs_status_destination_created_idx ON mawbs (status, destination, created_at, id);
COMMENT ON INDEX mawbs_status_destination_created_idx IS
    'MAWB list filter status + destination, newest first, keyset pages';

-- Serves: the dashboard's last-free-day due and overdue counts, which concern the undelivered MAWBs only (the
-- delivered ones, the bulk of the table, all have a last free day in the past). Index-only.
CREATE INDEX mawbs_undelivered_last_free_day_idx ON mawbs (destination, last_free_day)
    WHERE status <> 'DELIVERED' AND last_free_day IS NOT NULL;
COMMENT ON INDEX mawbs_undelivered_last_free_day_idx IS 'dashboard LFD soon/overdue counts of undelivered MAWBs';

-- Serves: the text search for an AWB number typed from its start with the dash ('176-1234', '176-12345675'): such a
-- text can only match at the start of the number, so the adapters ask for a prefix.
CREATE INDEX mawbs_awb_number_prefix_idx ON mawbs (awb_number bpchar_pattern_ops);
COMMENT ON INDEX mawbs_awb_number_prefix_idx IS 'MAWB list text search by AWB number prefix';

-- The open bills' amounts in the index, so the dashboard's open ISC totals read the index only.
DROP INDEX bills_open_idx;
CREATE INDEX bills_open_idx ON bills (bill_type, currency) INCLUDE (amount) WHERE status = 'OPEN';
COMMENT ON INDEX bills_open_idx IS 'dashboard open bills by type (index-only totals); ISC reminders';

-- The list's text search matches a case-insensitive substring of the AWB number (with or without the dash), the
-- consignee's name and the numbers of the MAWB's HAWBs. Only trigram indexes (the pg_trgm extension) serve a
-- substring; without them the search reads the table. This creates the extension when it is missing and the
-- migrating user may (pg_trgm is a trusted extension from PostgreSQL 13 on: the CREATE privilege on the database is
-- enough), in schema public if it can, else in the tracking schema, and then the indexes. Where it cannot, the
-- migration goes on without them and says so; once pg_trgm is installed, SELECT tracking_create_text_search_indexes()
-- creates them. Either way the search returns the same rows.
CREATE OR REPLACE FUNCTION tracking_create_text_search_indexes()
RETURNS boolean
LANGUAGE plpgsql
AS $$
DECLARE
    trgm_schema name;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NULL THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'pg_trgm is not available (%): the MAWB text search reads the table; install the '
                    'extension and run SELECT tracking_create_text_search_indexes()', SQLERRM;
            END;
        END;
        SELECT n.nspname INTO trgm_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
        IF trgm_schema IS NULL THEN
            RETURN false;
        END IF;
    END IF;
    EXECUTE format('CREATE INDEX IF NOT EXISTS mawbs_awb_number_trgm_idx ON mawbs '
                   'USING gin (lower(awb_number) %I.gin_trgm_ops)', trgm_schema);
    EXECUTE format('CREATE INDEX IF NOT EXISTS mawbs_awb_digits_trgm_idx ON mawbs '
                   'USING gin (replace(awb_number, ''-'', '''') %I.gin_trgm_ops)', trgm_schema);
    EXECUTE format('CREATE INDEX IF NOT EXISTS mawbs_consignee_name_trgm_idx ON mawbs '
                   'USING gin (lower(consignee_name) %I.gin_trgm_ops)', trgm_schema);
    EXECUTE format('CREATE INDEX IF NOT EXISTS hawbs_hawb_number_trgm_idx ON hawbs '
                   'USING gin (lower(hawb_number) %I.gin_trgm_ops)', trgm_schema);
    COMMENT ON INDEX mawbs_awb_number_trgm_idx IS 'MAWB list text search: substring of the AWB number';
    COMMENT ON INDEX mawbs_awb_digits_trgm_idx IS 'MAWB list text search: substring of the AWB number without dash';
    COMMENT ON INDEX mawbs_consignee_name_trgm_idx IS 'MAWB list text search: substring of the consignee name';
    COMMENT ON INDEX hawbs_hawb_number_trgm_idx IS 'MAWB list text search: substring of a HAWB number';
    RETURN true;
END
$$;
ALTER FUNCTION tracking_create_text_search_indexes() SET search_path FROM CURRENT;
COMMENT ON FUNCTION tracking_create_text_search_indexes() IS
    'Creates the trigram indexes of the MAWB text search (and pg_trgm when missing and allowed); false without pg_trgm';

SELECT tracking_create_text_search_indexes();
