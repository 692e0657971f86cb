package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.BenchOptions;

/** The ingest benchmark's options and their defaults. */
record IngestSettings(int mawbs, int eventsPerMawb, int batchSize, int resendPercent, int singleMawbs,
        int warmUpMawbs, int pool) {

    static IngestSettings from(BenchOptions options) {
        int mawbs = options.integer("mawbs", 20_000);
        return new IngestSettings(mawbs, options.integer("events-per-mawb", 10), options.integer("batch", 1_000),
                options.integer("resend", 2), Math.min(mawbs, options.integer("single-mawbs", 2_000)),
                options.integer("warmup-mawbs", 1_000), 4);
    }
}
