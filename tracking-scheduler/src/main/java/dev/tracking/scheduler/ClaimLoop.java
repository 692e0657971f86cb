package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * the next freed worker wakes the loop at once; while other jobs of the last claims still run, the loop then waits for
 * them at most as long as its last claim took, so that one claim serves all their workers (see
 * {@link #awaitJobsClaimedTogether()}).
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
    /** How long the last claim took in the store, in nanoseconds. */
    private volatile long lastClaimNanos;
    /** The jobs the last {@link #claimOnce()} started. */
    private volatile List<HeldJob> startedLastRound = List.of();

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
                awaitJobsClaimedTogether();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Woken while more jobs may be due (typically by a worker that just finished a job of the last claims while the
     * others are finishing too): waits until no job the last round started holds a worker any more, at most as long
     * as the last claim took (and at most the poll interval). A claim costs about as much for one job as for all the
     * free workers, so the wait costs no more time than the claims it saves: jobs that finish together are claimed
     * for together, instead of one small claim per freed worker. When one of them runs long, the others' workers idle
     * that long at most, once.
     */
    private void awaitJobsClaimedTogether() throws InterruptedException {
        if (!moreMayBeDue.get()) {
            return;
        }
        List<HeldJob> claimedTogether = startedLastRound;
        long deadline = System.nanoTime() + Math.min(lastClaimNanos, settings.pollInterval().toNanos());
        long left;
        while (running.getAsBoolean() && claimedTogether.stream().anyMatch(HeldJob::occupiesAWorker)
                && (left = deadline - System.nanoTime()) > 0) {
            wakeup.await(Duration.ofNanos(left));
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
        List<HeldJob> started = new ArrayList<>();
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
                saturated |= claim(Set.of(limit.getKey()), left, started);
            }
        }
        int free = freeWorkers();
        if (free == 0) {
            saturated = true;
        } else if (running.getAsBoolean() && !shared.isEmpty()) {
            int wanted = Math.min(free, settings.claimBatchSize());
            int limit = Math.min(wanted, sharedRoom);
            boolean full = claim(shared, limit, started);
            saturated |= full;
            if (full && limit < wanted) {
                // a limited type's room held the claim below the free workers: look again at once for the rest
                wakeup.signal();
            }
        }
        startedLastRound = List.copyOf(started);
        moreMayBeDue.set(saturated);
    }

    /** Claims up to {@code limit} jobs of the types and starts them, adding them to {@code started}; whether full. */
    private boolean claim(Set<String> types, int limit, List<HeldJob> started) {
        Instant now = settings.clock().instant();
        Duration lease = settings.leaseDuration();
        long claimStart = System.nanoTime();
        List<Job> claimed = store.claimDue(now, now.plus(lease), limit, types);
        lastClaimNanos = System.nanoTime() - claimStart;
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
            HeldJob heldJob = held.add(job);
            started.add(heldJob);
            start(heldJob);
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
