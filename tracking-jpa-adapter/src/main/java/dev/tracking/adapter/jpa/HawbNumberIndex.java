package dev.tracking.adapter.jpa;

import jakarta.persistence.EntityManager;

/**
 * Whether the HAWB numbers have the text search's trigram index ({@code hawbs_hawb_number_trgm_idx}, PostgreSQL with
 * pg_trgm), asked once per instance. Only then does the MAWB text search look the matching HAWBs up first: without
 * the index that lookup would read every HAWB, which the search otherwise does only as far as the page needs.
 */
final class HawbNumberIndex {

    private final SupportedDatabase database;
    private final String qualifiedName;
    private volatile Boolean present;

    /** @param qualifiedName the index's name as native SQL must write it (with the configured schema, if any) */
    HawbNumberIndex(SupportedDatabase database, String qualifiedName) {
        this.database = database;
        this.qualifiedName = qualifiedName;
    }

    boolean present(EntityManager em) {
        Boolean known = present;
        if (known == null) {
            known = database == SupportedDatabase.POSTGRESQL && (Boolean) em
                    .createNativeQuery("SELECT to_regclass(:name) IS NOT NULL", Boolean.class)
                    .setParameter("name", qualifiedName)
                    .getSingleResult();
            present = known;
        }
        return known;
    }
}
