package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.Latencies;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the no-op handlers of one trial saw: how often each job ran and when it first started (wall clock, in
 * microseconds, the same clock the due times were taken from). Recording is two array writes and a latch count, cheap
 * enough for any worker thread; the results are read once every job has started.
 */
final class JobLedger {

    private final int jobs;
    private final AtomicIntegerArray runs;
    private final AtomicLongArray startedMicros;
    private final CountDownLatch unstarted;

    /** A ledger of jobs {@code 0} to {@code jobs - 1}. */
    JobLedger(int jobs) {
        this.jobs = jobs;
        this.runs = new AtomicIntegerArray(jobs);
        this.startedMicros = new AtomicLongArray(jobs);
        this.unstarted = new CountDownLatch(jobs);
    }

    /** A handler started job {@code index}. */
    void started(int index) {
        long now = Micros.now();
        if (runs.getAndIncrement(index) == 0) {
            startedMicros.set(index, now);
            unstarted.countDown();
        }
    }

    /** Waits until every job has started once; false when {@code timeout} ran out first. */
    boolean awaitAllStarted(Duration timeout) throws InterruptedException {
        return unstarted.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    long startedCount() {
        return jobs - unstarted.getCount();
    }

    /** How often the jobs ran: which never did, which more than once. */
    RunCount runCount() {
        int missing = 0;
        int repeated = 0;
        int most = 0;
        for (int i = 0; i < jobs; i++) {
            int count = runs.get(i);
            if (count == 0) {
                missing++;
            } else if (count > 1) {
                repeated++;
            }
            most = Math.max(most, count);
        }
        return new RunCount(jobs, missing, repeated, most);
    }

    /**
     * Due-to-start latency of every job that started: its first start minus the later of its due time in
     * {@code workload} and {@code notBeforeMicros} (for a backlog due before the engines started, the engines' start).
     */
    Latencies latencies(Workload workload, long notBeforeMicros) {
        Latencies latencies = new Latencies(jobs);
        for (int i = 0; i < jobs; i++) {
            if (runs.get(i) > 0) {
                long from = Math.max(workload.dueMicros(i), notBeforeMicros);
                latencies.record((startedMicros.get(i) - from) * 1_000L);
            }
        }
        return latencies;
    }
}
