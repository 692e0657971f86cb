package dev.tracking.benchmarks.scheduler;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Runs one trial: a fresh database with the engines built; the scenario's jobs laid out and inserted, the database
 * settled; the engines started (the clock starts); every job started by a handler; every job recorded done in the
 * database (the clock stops; polled every 10 ms); the engines stopped. Then it checks that every job ran exactly once,
 * by the handlers' count and by the database, and fails loudly when one did not.
 */
final class TrialRunner {

    private static final Duration DONE_POLL = Duration.ofMillis(10);
    /** How long PostgreSQL 14's backends may hold back their transaction counts (PGSTAT_STAT_INTERVAL, and more). */
    private static final Duration STATISTICS_DELAY = Duration.ofMillis(1_500);

    private final Duration timeout;
    private final PrintStream out;

    TrialRunner(Duration timeout, PrintStream out) {
        this.timeout = timeout;
        this.out = out;
    }

    TrialResult run(Contender contender, TrialSetup setup, Scenario scenario) throws InterruptedException {
        String name = String.format(Locale.ROOT, "%s (%s), %d engine(s), %s of %,d jobs", contender.library(),
                contender.store(), setup.engines(), scenario.name(), scenario.jobs());
        JobLedger ledger = new JobLedger(scenario.jobs());
        try (Trial trial = contender.open(setup, ledger)) {
            long insertStart = System.nanoTime();
            Workload workload = scenario.at(Instant.now());
            trial.insert(workload);
            trial.settle();
            out.printf(Locale.ROOT, "  %s: inserted and settled in %.1f s%n", name,
                    (System.nanoTime() - insertStart) / 1e9);
            if (!scenario.isBacklog() && Instant.now().isAfter(workload.firstDue())) {
                throw new IllegalStateException(name + ": the first job fell due before the engines started; give"
                        + " the paced jobs a longer lead (paced-lead-ms)");
            }
            DatabaseActivity before = trial.activity();
            CpuSnapshot cpuBefore = trial.cpu();
            long startMicros = Micros.now();
            long start = System.nanoTime();
            trial.start();
            Duration budget = timeout.plus(Duration.between(Instant.now(), workload.lastDue()).abs());
            if (!ledger.awaitAllStarted(budget)) {
                throw new IllegalStateException(name + ": only " + ledger.startedCount() + " jobs started within "
                        + budget + "; " + ledger.runCount());
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            long unfinished;
            while ((unfinished = trial.unfinished()) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + ": " + unfinished + " jobs still not done after " + timeout);
                }
                Thread.sleep(DONE_POLL.toMillis());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            CpuTime cpu = trial.cpu().since(cpuBefore);
            trial.stop();
            Thread.sleep(STATISTICS_DELAY.toMillis());
            DatabaseActivity activity = trial.activity().since(before);
            RunCount runs = ledger.runCount();
            runs.requireExactlyOnce(name);
            trial.verifyDone();
            TrialResult result = new TrialResult(contender, setup, workload, elapsed, runs,
                    ledger.latencies(workload, startMicros), activity, cpu);
            out.printf(Locale.ROOT, "  %s: %.2f s, %,.0f jobs/s, due-to-start p50 %.1f ms, p99 %.1f ms; a job: %.0f"
                            + " WAL bytes, %.3f commits, CPU %.0f us JVM + %.0f us database; %s%n", name,
                    result.seconds(), result.jobsPerSecond(), result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(99), result.walBytesPerJob(), result.commitsPerJob(),
                    result.jvmCpuMicrosPerJob(), result.databaseCpuMicrosPerJob(), runs);
            return result;
        }
    }
}
