package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.Latencies;
import java.time.Duration;

/**
 * One trial's outcome.
 *
 * @param elapsed   from starting the engines until the database recorded the last job done
 * @param latencies due-to-start latency of every job (for a backlog: from the engines' start)
 */
record TrialResult(Contender contender, TrialSetup setup, Workload workload, Duration elapsed, RunCount runs,
        Latencies latencies) {

    double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    double jobsPerSecond() {
        return workload.jobs() / seconds();
    }
}
