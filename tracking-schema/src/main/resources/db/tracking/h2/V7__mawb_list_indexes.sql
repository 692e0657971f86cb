-- Indexes for the MAWB list at scale; see the PostgreSQL script of this version. H2 gets the one it can use: the
-- PostgreSQL script's partial, covering, pattern-operator and trigram indexes have no H2 equivalent (H2 serves
-- LIKE 'prefix%' from the unique AWB number index, and reads the table for a substring search).

-- Serves: the list filtered by status and destination, newest first, and its keyset pages.
CREATE INDEX mawbs_status_destination_created_idx ON mawbs (status, destination, created_at, id);
COMMENT ON INDEX mawbs_status_destination_created_idx IS
    'MAWB list filter status + destination, newest first, keyset pages';
