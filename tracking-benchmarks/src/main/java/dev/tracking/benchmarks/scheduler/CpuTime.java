package dev.tracking.benchmarks.scheduler;

/**
 * CPU time used during a trial: unlike wall-clock figures, it hardly changes when other programs compete for the
 * cores.
 *
 * @param jvmNanos      by this JVM (engines, handlers, the benchmark's polling; H2 too)
 * @param databaseNanos by the PostgreSQL server's processes
 */
record CpuTime(long jvmNanos, long databaseNanos) {
}
