package dev.tracking.testsupport.database;

/** The databases every SQL adapter is proven on. */
public enum DatabaseKind {
    /** H2 2.x in memory: the embedded default. */
    H2,
    /** PostgreSQL 14 or newer: production. */
    POSTGRESQL
}
