package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.Latencies;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The latencies of one query: {@code calls} measured calls after the warm-up, in milliseconds.
 *
 * @param rows how many rows the last call returned
 */
record Measurement(int calls, double p50, double p99, double max, int rows) {

    /**
     * Calls {@code query} {@code warmup} times unmeasured, then up to {@code iterations} times measured, stopping
     * early (after at least {@code minimum} calls) once {@code budget} is spent, so a slow query does not hold up the
     * run.
     */
    static Measurement of(IntSupplier query, int warmup, int iterations, int minimum, Duration budget) {
        long warmupEnd = System.nanoTime() + budget.toNanos() / 4;
        for (int i = 0; i < warmup && (i < 3 || System.nanoTime() < warmupEnd); i++) {
            query.getAsInt();
        }
        Latencies latencies = new Latencies(iterations);
        long end = System.nanoTime() + budget.toNanos();
        int rows = 0;
        for (int i = 0; i < iterations && (i < minimum || System.nanoTime() < end); i++) {
            long start = System.nanoTime();
            rows = query.getAsInt();
            latencies.record(System.nanoTime() - start);
        }
        return new Measurement(latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.maxMillis(), rows);
    }
}
