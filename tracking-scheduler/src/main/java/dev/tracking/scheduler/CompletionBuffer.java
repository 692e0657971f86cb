package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completed jobs waiting to be recorded, in one store call per batch: when {@code flushSize} wait, on every flush
 * interval, and on shutdown. Until then they stay held, their leases renewed. A batch the store refused (it is down)
 * waits for the next flush.
 */
final class CompletionBuffer {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionBuffer.class);

    private final EngineStore store;
    private final HeldJobs held;
    private final Clock clock;
    private final int flushSize;
    private final Consumer<Job> onCompleted;
    private final SchedulerMetrics metrics;
    private final List<HeldJob> waiting = new ArrayList<>();

    CompletionBuffer(EngineStore store, HeldJobs held, Clock clock, int flushSize, Consumer<Job> onCompleted,
            SchedulerMetrics metrics) {
        this.store = store;
        this.held = held;
        this.clock = clock;
        this.flushSize = flushSize;
        this.onCompleted = onCompleted;
        this.metrics = metrics;
    }

    void add(HeldJob job) {
        boolean full;
        synchronized (waiting) {
            waiting.add(job);
            full = waiting.size() >= flushSize;
        }
        if (full) {
            flush();
        }
    }

    /** Records every waiting completion; safe to call from any thread at any time. */
    void flush() {
        List<HeldJob> batch;
        synchronized (waiting) {
            if (waiting.isEmpty()) {
                return;
            }
            batch = List.copyOf(waiting);
            waiting.clear();
        }
        List<UUID> ids = batch.stream().map(h -> h.job().id()).toList();
        int completed;
        try {
            completed = store.complete(ids, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("could not record {} completed jobs; trying again at the next flush", batch.size(), e);
            synchronized (waiting) {
                waiting.addAll(0, batch);
            }
            return;
        }
        held.removeAll(batch);
        if (completed < batch.size()) {
            LOG.warn("{} of {} completed jobs were no longer held by {} (their lease expired and they were taken"
                    + " over); they may run again", batch.size() - completed, batch.size(), store.owner());
            metrics.leasesLost(batch.size() - completed);
        }
        batch.forEach(job -> onCompleted.accept(job.job()));
    }

    int size() {
        synchronized (waiting) {
            return waiting.size();
        }
    }
}
