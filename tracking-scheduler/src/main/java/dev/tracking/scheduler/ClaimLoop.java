package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claim loop, on its own thread: claims due jobs for the free workers and hands them to the pool, then waits for
 * the poll interval or a {@link Wakeup}. It never claims more than there are free workers, nor more of a type than the
 * type's concurrency limit allows: limited types that could exceed their limit are claimed on their own, the rest in
 * one claim that asks for no more than any limited type in it has room for. When a claim was full (more may be due),
 * the next freed worker wakes the loop at once.
 */
final class ClaimLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimLoop.class);

    private final SchedulerSettings settings;
    private final EngineStore store;
    private final HeldJobs held;
    private final Wakeup wakeup;
    private final Executor workers;
    private final Consumer<HeldJob> runner;
    private final BooleanSupplier running;
    private final AtomicBoolean moreMayBeDue = new AtomicBoolean();

    ClaimLoop(SchedulerSettings settings, EngineStore store, HeldJobs held, Wakeup wakeup, Executor workers,
            Consumer<HeldJob> runner, BooleanSupplier running) {
        this.settings = settings;
        this.store = store;
        this.held = held;
        this.wakeup = wakeup;
        this.workers = workers;
        this.runner = runner;
        this.running = running;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            try {
                claimOnce();
            } catch (RuntimeException e) {
                LOG.warn("claiming due jobs failed; trying again at the next poll", e);
            }
            try {
                wakeup.await(settings.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A worker became free: claim again at once when the last claim left due jobs behind. */
    void workerFreed() {
        if (moreMayBeDue.get()) {
            wakeup.signal();
        }
    }

    /**
     * Claims as many due jobs as there are free workers (and type limits allow), and starts them.
     *
     * <p>A limited type whose room ({@code limit - occupying}) suffices for a full claim joins the shared claim with
     * the unlimited types; the shared claim then asks for no more than the least room of the limited types in it.
     * The free workers are counted again before the shared claim, and handlers finishing meanwhile may have raised
     * that count above the room a joining type had: a shared claim sized by free workers alone could then take more
     * jobs of that type than its limit allows. A type's room only grows meanwhile (only this loop adds held jobs), so
     * the room measured before is a safe bound.
     */
    void claimOnce() {
        boolean saturated = false;
        Map<String, Integer> limits = new TreeMap<>(settings.concurrency());
        Set<String> shared = settings.types().stream()
                .filter(type -> !limits.containsKey(type))
                .collect(Collectors.toCollection(HashSet::new));
        int sharedRoom = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            int free = freeWorkers();
            if (free == 0 || !running.getAsBoolean()) {
                break;
            }
            int left = limit.getValue() - held.occupyingWorkers(limit.getKey());
            if (left <= 0) {
                saturated = true;
            } else if (left >= Math.min(free, settings.claimBatchSize())) {
                shared.add(limit.getKey());
                sharedRoom = Math.min(sharedRoom, left);
            } else {
                saturated |= claim(Set.of(limit.getKey()), left);
            }
        }
        int free = freeWorkers();
        if (free == 0) {
            saturated = true;
        } else if (running.getAsBoolean() && !shared.isEmpty()) {
            int wanted = Math.min(free, settings.claimBatchSize());
            int limit = Math.min(wanted, sharedRoom);
            boolean full = claim(shared, limit);
            saturated |= full;
            if (full && limit < wanted) {
                // a limited type's room held the claim below the free workers: look again at once for the rest
                wakeup.signal();
            }
        }
        moreMayBeDue.set(saturated);
    }

    /** Claims up to {@code limit} jobs of the types and starts them; whether the claim was full. */
    private boolean claim(Set<String> types, int limit) {
        Instant now = settings.clock().instant();
        Duration lease = settings.leaseDuration();
        List<Job> claimed = store.claimDue(now, now.plus(lease), limit, types);
        if (!claimed.isEmpty()) {
            LOG.debug("claimed {} jobs of {}", claimed.size(), types);
            claimed.stream().collect(Collectors.groupingBy(Job::type, Collectors.counting()))
                    .forEach((type, count) -> settings.metrics().claimed(type, count.intValue()));
        }
        boolean full = claimed.size() >= limit;
        if (full) {
            // before the jobs start: a worker that finishes one at once must see that more may be due and wake the
            // loop, or the loop would wait a whole poll interval with due jobs left behind
            moreMayBeDue.set(true);
        }
        for (Job job : claimed) {
            start(held.add(job));
        }
        return full;
    }

    private void start(HeldJob job) {
        try {
            workers.execute(() -> runner.accept(job));
        } catch (RejectedExecutionException e) {
            if (job.releaseUnstarted()) {
                try {
                    store.release(List.of(job.job().id()), settings.clock().instant());
                } finally {
                    held.remove(job);
                }
            }
        }
    }

    private int freeWorkers() {
        return Math.max(0, settings.threads() - held.occupyingWorkers());
    }
}
