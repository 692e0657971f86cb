package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.Latencies;
import java.time.Duration;

/**
 * One trial's outcome.
 *
 * @param elapsed   from starting the engines until the database recorded the last job done
 * @param latencies due-to-start latency of every job (for a backlog: from the engines' start)
 * @param activity  the WAL written and the transactions committed from the engines' start until they stopped
 * @param cpu       the CPU time this JVM and the database server used from the engines' start until the last job
 *                  was done
 */
record TrialResult(Contender contender, TrialSetup setup, Workload workload, Duration elapsed, RunCount runs,
        Latencies latencies, DatabaseActivity activity, CpuTime cpu) {

    double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    double jobsPerSecond() {
        return workload.jobs() / seconds();
    }

    /** WAL written per job, in bytes; NaN when unknown. */
    double walBytesPerJob() {
        return activity.isKnown() ? (double) activity.walBytes() / workload.jobs() : Double.NaN;
    }

    /** CPU microseconds this JVM used per job. */
    double jvmCpuMicrosPerJob() {
        return cpu.jvmNanos() / 1_000.0 / workload.jobs();
    }

    /** CPU microseconds the embedded database server used per job (0 on H2, which runs in the JVM). */
    double databaseCpuMicrosPerJob() {
        return cpu.databaseNanos() / 1_000.0 / workload.jobs();
    }

    /** Transactions committed per job; NaN when unknown. */
    double commitsPerJob() {
        return activity.isKnown() ? (double) activity.commits() / workload.jobs() : Double.NaN;
    }
}
