package dev.tracking.adapter.jdbi;

import org.jdbi.v3.core.Handle;

/**
 * Whether the HAWB numbers have the text search's trigram index ({@code hawbs_hawb_number_trgm_idx}, PostgreSQL with
 * pg_trgm), asked once per instance. Only then does the MAWB text search look the matching HAWBs up first: without
 * the index that lookup would read every HAWB, which the search otherwise does only as far as the page needs.
 */
final class HawbNumberIndex {

    private final Dialect dialect;
    private volatile Boolean present;

    HawbNumberIndex(Dialect dialect) {
        this.dialect = dialect;
    }

    boolean present(Handle handle) {
        Boolean known = present;
        if (known == null) {
            known = dialect == Dialect.POSTGRESQL && handle
                    .createQuery("SELECT to_regclass('hawbs_hawb_number_trgm_idx') IS NOT NULL")
                    .mapTo(Boolean.class).one();
            present = known;
        }
        return known;
    }
}
