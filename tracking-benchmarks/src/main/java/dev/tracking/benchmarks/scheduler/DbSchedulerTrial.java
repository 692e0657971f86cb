package dev.tracking.benchmarks.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler's engines on a fresh PostgreSQL database holding only its {@code scheduled_tasks} table (the DDL of
 * its PostgreSQL test resources, for the 16.x row shape): one {@link Scheduler} per engine, each on its own pool, with
 * a no-op one-time task that records its start in the ledger. The jobs are scheduled with its client's
 * {@code scheduleBatch}; a completed one-time execution is deleted, each in its own transaction.
 */
final class DbSchedulerTrial implements Trial {

    static final String TASK = "bench-noop";

    private static final int BATCH = 1_000;

    private static final List<String> DDL = List.of("""
            CREATE TABLE scheduled_tasks (
              task_name text NOT NULL,
              task_instance text NOT NULL,
              task_data bytea,
              execution_time timestamp with time zone NOT NULL,
              picked BOOLEAN NOT NULL,
              picked_by text,
              last_success timestamp with time zone,
              last_failure timestamp with time zone,
              consecutive_failures INT,
              last_heartbeat timestamp with time zone,
              version BIGINT NOT NULL,
              priority SMALLINT,
              PRIMARY KEY (task_name, task_instance)
            )""",
            "CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)",
            "CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat)",
            "CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC)");

    private final BenchDatabase database;
    private final OneTimeTask<Void> task;
    private final List<Scheduler> engines = new ArrayList<>();
    private boolean running;

    DbSchedulerTrial(DbSchedulerContender contender, TrialSetup setup, JobLedger ledger) {
        this.database = BenchDatabase.createEmpty(BenchDatabaseKind.POSTGRESQL, 2);
        this.task = Tasks.oneTime(TASK).execute((instance, context) -> ledger.started(Integer.parseInt(instance.getId())));
        try {
            DDL.forEach(database::execute);
            for (int i = 1; i <= setup.engines(); i++) {
                DataSource pool = database.openPool("engine" + i, setup.poolSize());
                engines.add(Scheduler.create(pool, task)
                        .threads(setup.threads())
                        .pollingInterval(setup.pollInterval())
                        .pollUsingLockAndFetch(contender.lowerFraction(), contender.upperFraction())
                        .schedulerName(new SchedulerName.Fixed("db-scheduler-" + i))
                        .shutdownMaxWait(Duration.ofSeconds(30))
                        .build());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void insert(Workload workload) {
        SchedulerClient client = SchedulerClient.Builder.create(database.dataSource(), task).build();
        List<SchedulableInstance<?>> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < workload.jobs(); i++) {
            batch.add(SchedulableInstance.of(task.instance(String.valueOf(i)), workload.due(i)));
            if (batch.size() == BATCH) {
                client.scheduleBatch(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            client.scheduleBatch(batch);
        }
    }

    @Override
    public void settle() {
        database.execute("VACUUM ANALYZE scheduled_tasks");
        database.execute("CHECKPOINT");
    }

    @Override
    public void start() {
        running = true;
        engines.forEach(Scheduler::start);
    }

    @Override
    public long unfinished() {
        return database.queryForLong("SELECT COUNT(*) FROM scheduled_tasks");
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
        if (running) {
            running = false;
            engines.forEach(Scheduler::stop);
        }
    }

    @Override
    public void verifyDone() {
        long left = unfinished();
        if (left != 0) {
            throw new IllegalStateException("db-scheduler still holds " + left + " executions");
        }
    }

    @Override
    public void close() {
        stop();
        database.close();
    }
}
