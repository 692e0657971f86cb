package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.BenchDatabaseKind;
import java.util.Locale;

/** The SDK's engine ({@code TrackingScheduler}) on one of its job stores and databases. */
record TrackingContender(TrackingStore jobStore, BenchDatabaseKind database) implements Contender {

    static final String LIBRARY = "tracking-scheduler";

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public String store() {
        return jobStore.label() + ", " + database.label();
    }

    @Override
    public boolean isBaseline() {
        return false;
    }

    @Override
    public Trial open(TrialSetup setup, JobLedger ledger) {
        return new TrackingTrial(jobStore, database, setup, ledger);
    }

    @Override
    public String key() {
        return (jobStore.name() + "-" + database.name()).toLowerCase(Locale.ROOT);
    }
}
