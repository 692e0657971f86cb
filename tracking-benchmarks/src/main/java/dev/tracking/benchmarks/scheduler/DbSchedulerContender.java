package dev.tracking.benchmarks.scheduler;

/**
 * The baseline: db-scheduler on its own {@code scheduled_tasks} table on PostgreSQL, polling with lock-and-fetch
 * ({@code SELECT ... FOR UPDATE SKIP LOCKED} in one statement). It fetches when the executions in its queue or running
 * fall to {@code lowerFraction} of its threads, up to {@code upperFraction} of them.
 */
record DbSchedulerContender(double lowerFraction, double upperFraction) implements Contender {

    static final String LIBRARY = "db-scheduler";

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public String store() {
        return "JDBC, PostgreSQL";
    }

    @Override
    public boolean isBaseline() {
        return true;
    }

    @Override
    public Trial open(TrialSetup setup, JobLedger ledger) {
        return new DbSchedulerTrial(this, setup, ledger);
    }

    @Override
    public String key() {
        return LIBRARY;
    }
}
