-- On PostgreSQL this version adds the monthly partition routines. H2 keeps events and the audit log unpartitioned,
-- so there is nothing to maintain; the version exists so both databases report the same schema version.
SELECT 1;
