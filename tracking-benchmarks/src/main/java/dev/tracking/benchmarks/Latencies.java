package dev.tracking.benchmarks;

import java.util.Arrays;

/** Latency samples in nanoseconds, with nearest-rank percentiles. Not thread-safe: one recorder per thread. */
public final class Latencies {

    private long[] samples;
    private int count;

    public Latencies(int expected) {
        samples = new long[Math.max(16, expected)];
    }

    public void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    /** Adds every sample of the others (for per-thread recorders). */
    public static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies(16);
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.samples[i]);
            }
        }
        return all;
    }

    public int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds, e.g. {@code percentileMillis(99)}. */
    public double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }

    public double maxMillis() {
        return percentileMillis(100);
    }
}
