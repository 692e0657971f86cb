package dev.tracking.benchmarks.scheduler;

/** A job engine on a store and database, as the tables name it; opens one trial at a time on a fresh database. */
interface Contender {

    /** The library, such as {@code tracking-scheduler}. */
    String library();

    /** The store and database, such as {@code Jdbi, PostgreSQL}. */
    String store();

    /** Whether the others are compared with this one. */
    boolean isBaseline();

    /** A fresh database with engines built but not started, their handlers recording into {@code ledger}. */
    Trial open(TrialSetup setup, JobLedger ledger);

    /** The name in the {@code contenders=} option. */
    String key();
}
