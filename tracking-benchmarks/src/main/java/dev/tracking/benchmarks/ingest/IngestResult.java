package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.AuditMode;

/**
 * One measured ingest run.
 *
 * @param submitted events handed in (repeats included)
 * @param stored    events stored
 * @param adapter   null for the plain-JDBC baseline
 */
record IngestResult(String label, long submitted, long stored, long nanos, Adapter adapter, AuditMode audit) {

    static IngestResult of(String label, long submitted, long stored, long nanos) {
        return new IngestResult(label, submitted, stored, nanos, null, null);
    }

    IngestResult withAdapter(Adapter newAdapter, AuditMode newAudit) {
        return new IngestResult(label, submitted, stored, nanos, newAdapter, newAudit);
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
