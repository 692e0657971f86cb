package dev.tracking.benchmarks.scheduler;

import java.time.Duration;

/**
 * How the engines of one trial are set up; the same for every library.
 *
 * @param engines      engine instances in this JVM, each with its own connection pool, on one database
 * @param threads      worker threads of each engine
 * @param pollInterval how often an idle engine looks for due jobs
 * @param poolSize     connections in each engine's pool
 */
record TrialSetup(int engines, int threads, Duration pollInterval, int poolSize) {

    TrialSetup {
        if (engines < 1 || threads < 1 || poolSize < 1) {
            throw new IllegalArgumentException("engines, threads and poolSize must be 1 or more");
        }
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must be positive: " + pollInterval);
        }
    }
}
