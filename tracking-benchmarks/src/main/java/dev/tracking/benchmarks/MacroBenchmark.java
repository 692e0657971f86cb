package dev.tracking.benchmarks;

import java.io.PrintStream;

/** One load-driver benchmark: sets up its data, runs the measured part and its baseline, publishes its tables. */
public interface MacroBenchmark {

    void run(BenchOptions options, PrintStream out) throws Exception;
}
