package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.BenchOptions;
import dev.tracking.benchmarks.MacroBenchmark;
import java.io.PrintStream;

/** Placeholder. */
public final class IngestBenchmark implements MacroBenchmark {

    @Override
    public void run(BenchOptions options, PrintStream out) {
        throw new UnsupportedOperationException("not yet");
    }
}
