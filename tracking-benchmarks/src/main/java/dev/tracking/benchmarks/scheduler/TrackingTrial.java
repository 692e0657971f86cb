package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.scheduler.JobHandler;
import dev.tracking.scheduler.TrackingScheduler;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The SDK's engines on a fresh migrated database: one {@link TrackingScheduler} per engine, each on its own pool and
 * its own store instance, with a no-op handler that records its start in the ledger. Every setting but the threads
 * and the poll interval stays at its default (claims of at most 50, completions recorded 100 at a time or every
 * 500 ms).
 */
final class TrackingTrial implements Trial {

    static final String TYPE = "bench-noop";

    private final BenchDatabase database;
    private Workload workload;
    private final List<TrackingScheduler> engines = new ArrayList<>();
    private final List<Runnable> closers = new ArrayList<>();

    TrackingTrial(TrackingStore jobStore, BenchDatabaseKind kind, TrialSetup setup, JobLedger ledger) {
        this.database = BenchDatabase.create(kind, 2);
        try {
            JobHandler noop = JobHandler.of(TYPE, context -> ledger.started(JobIds.index(context.jobId())));
            for (int i = 1; i <= setup.engines(); i++) {
                DataSource pool = database.openPool("engine" + i, setup.poolSize());
                TrackingStore.OpenedStore store = jobStore.open(pool);
                closers.add(store.close());
                engines.add(TrackingScheduler.create(store.jobStore(), noop)
                        .threads(setup.threads())
                        .pollInterval(setup.pollInterval())
                        .instanceName("tracking-" + i)
                        .build());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void insert(Workload workload) {
        this.workload = workload;
        TrackingJobRows.insert(database.dataSource(), workload, TYPE, 42);
    }

    @Override
    public void settle() {
        if (database.kind() == BenchDatabaseKind.POSTGRESQL) {
            database.execute("VACUUM ANALYZE scheduled_jobs");
            database.execute("CHECKPOINT");
        } else {
            database.analyze();
        }
    }

    @Override
    public void start() {
        engines.forEach(TrackingScheduler::start);
    }

    @Override
    public long unfinished() {
        return database.queryForLong(
                "SELECT COUNT(*) FROM scheduled_jobs WHERE status IN ('PENDING', 'RUNNING', 'FAILED_WILL_RETRY')");
    }

    @Override
    public DatabaseActivity activity() {
        return DatabaseActivity.of(database);
    }

    @Override
    public CpuSnapshot cpu() {
        return CpuSnapshot.of(database);
    }

    @Override
    public void stop() {
        engines.forEach(TrackingScheduler::stop);
    }

    @Override
    public void verifyDone() {
        int jobs = workload.jobs();
        long completed = database.queryForLong(
                "SELECT COUNT(*) FROM scheduled_jobs WHERE status = 'COMPLETED' AND attempts = 1");
        long attempts = database.queryForLong(
                "SELECT COUNT(*) FROM scheduled_job_attempts WHERE outcome = 'COMPLETED'");
        long all = database.queryForLong("SELECT COUNT(*) FROM scheduled_job_attempts");
        if (completed != jobs || attempts != jobs || all != jobs) {
            throw new IllegalStateException("the store does not record every job completed once: " + completed
                    + " completed jobs, " + attempts + " completed attempts, " + all + " attempts, of " + jobs);
        }
    }

    @Override
    public void close() {
        engines.forEach(TrackingScheduler::stop);
        closers.forEach(Runnable::run);
        database.close();
    }
}
