package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.Adapter;

/**
 * One measured ingest run.
 *
 * @param submitted events handed in (repeats included)
 * @param stored    events stored
 * @param adapter   null for the plain-JDBC baseline
 */
record IngestResult(String label, long submitted, long stored, long nanos, Adapter adapter, boolean audited) {

    static IngestResult of(String label, long submitted, long stored, long nanos) {
        return new IngestResult(label, submitted, stored, nanos, null, false);
    }

    IngestResult withAdapter(Adapter newAdapter, boolean newAudited) {
        return new IngestResult(label, submitted, stored, nanos, newAdapter, newAudited);
    }

    double seconds() {
        return nanos / 1e9;
    }

    double storedPerSecond() {
        return stored / seconds();
    }

    boolean baseline() {
        return adapter == null;
    }
}
