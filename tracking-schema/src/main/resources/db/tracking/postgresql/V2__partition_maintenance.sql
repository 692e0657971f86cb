-- Monthly partitions of mawb_events, hawb_events (on recorded_at) and audit_log (on at), in UTC months.
-- tracking_ensure_partitions creates the partitions of the coming months (and moves any rows the default partition
-- took for those months into them); tracking_drop_partitions drops whole months past retention. The scheduler's
-- cleanup job calls both; a host may call them from its own tooling too.

CREATE OR REPLACE FUNCTION tracking_ensure_partitions(months_ahead integer DEFAULT 3,
                                                      from_month date DEFAULT CURRENT_DATE)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    parent      text;
    key_column  text;
    month_start date;
    lower_bound timestamptz;
    upper_bound timestamptz;
    partition   text;
    created     integer := 0;
BEGIN
    IF months_ahead < 0 OR months_ahead > 120 THEN
        RAISE EXCEPTION 'months_ahead must be between 0 and 120, not %', months_ahead;
    END IF;
    FOREACH parent IN ARRAY ARRAY['mawb_events', 'hawb_events', 'audit_log'] LOOP
        key_column := CASE parent WHEN 'audit_log' THEN 'at' ELSE 'recorded_at' END;
        FOR i IN 0..months_ahead LOOP
            month_start := (date_trunc('month', from_month) + make_interval(months => i))::date;
            lower_bound := month_start::timestamp AT TIME ZONE 'UTC';
            upper_bound := (month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC';
            partition := format('%s_y%sm%s', parent, to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));
            IF to_regclass(partition) IS NULL THEN
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                               partition, parent);
                EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %L AND %I < %L RETURNING *) '
                               'INSERT INTO %I SELECT * FROM moved',
                               parent || '_default', key_column, lower_bound, key_column, upper_bound, partition);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                               parent, partition, lower_bound, upper_bound);
                created := created + 1;
            END IF;
        END LOOP;
    END LOOP;
    RETURN created;
END
$$;
ALTER FUNCTION tracking_ensure_partitions(integer, date) SET search_path FROM CURRENT;
COMMENT ON FUNCTION tracking_ensure_partitions(integer, date) IS
    'Creates the monthly partitions of mawb_events, hawb_events and audit_log from from_month to months_ahead later';

CREATE OR REPLACE FUNCTION tracking_drop_partitions(parent_table text, older_than date)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    partition record;
    month_end date;
    dropped   integer := 0;
BEGIN
    IF parent_table NOT IN ('mawb_events', 'hawb_events', 'audit_log') THEN
        RAISE EXCEPTION 'not a partitioned tracking table: %', parent_table;
    END IF;
    FOR partition IN
        SELECT child.relname AS name
        FROM pg_inherits
        JOIN pg_class parent ON parent.oid = pg_inherits.inhparent
        JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE parent.oid = to_regclass(parent_table)
          AND child.relname ~ ('^' || parent_table || '_y[0-9]{4}m[0-9]{2}$')
    LOOP
        month_end := (to_date(right(partition.name, 8), '"y"YYYY"m"MM') + interval '1 month')::date;
        IF month_end <= older_than THEN
            EXECUTE format('DROP TABLE %I', partition.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    -- The dedupe keys of the dropped months go too (keys are claimed when their events are recorded): a carrier
    -- message re-sent after its month was dropped is stored anew.
    IF parent_table <> 'audit_log' AND dropped > 0 THEN
        DELETE FROM event_dedupe_keys
        WHERE shipment_kind = CASE parent_table WHEN 'mawb_events' THEN 'MAWB' ELSE 'HAWB' END
          AND claimed_at < date_trunc('month', older_than)::timestamp AT TIME ZONE 'UTC';
    END IF;
    RETURN dropped;
END
$$;
ALTER FUNCTION tracking_drop_partitions(text, date) SET search_path FROM CURRENT;
COMMENT ON FUNCTION tracking_drop_partitions(text, date) IS
    'Drops the monthly partitions of a tracking table whose whole month lies before older_than, and their dedupe keys';

-- The previous month to three months ahead, so a fresh installation starts with partitions in place.
SELECT tracking_ensure_partitions(4, (date_trunc('month', CURRENT_DATE) - interval '1 month')::date);
