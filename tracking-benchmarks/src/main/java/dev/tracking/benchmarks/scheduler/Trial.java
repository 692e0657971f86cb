package dev.tracking.benchmarks.scheduler;

/**
 * One measurement's database and engines: {@link #insert} the jobs, {@link #settle()}, then
 * {@link #start()}; done when every job has started and {@link #unfinished()} is 0; then {@link #stop()},
 * {@link #verifyDone()} and {@link #close()} (which drops the database).
 */
interface Trial extends AutoCloseable {

    /** Inserts the workload's jobs (not measured), job {@code i} recording into the ledger's slot {@code i}. */
    void insert(Workload workload);

    /** Brings the database to a steady state after the bulk insert (statistics, visibility, checkpoint). */
    void settle();

    /** Starts every engine. */
    void start();

    /** How many jobs are not yet recorded as done in the database. */
    long unfinished();

    /** What the database has done so far (to tell the WAL and commits of the measured part). */
    DatabaseActivity activity();

    /** The CPU time used so far by this JVM and the database server. */
    CpuSnapshot cpu();

    /** Stops every engine gracefully. */
    void stop();

    /** @throws IllegalStateException unless the database records every job done exactly once */
    void verifyDone();

    @Override
    void close();
}
