package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TrackingScheduler}: wires the claim loop, the worker pool, the heartbeat, the completion buffer, lease
 * recovery and recurring jobs, and runs the instance's life: started once, stopped gracefully once.
 *
 * <p>Threads: one claim loop; {@code threads} workers; two maintenance threads for the heartbeat, the completion flush,
 * lease recovery with recurring registration (each poll interval) and delayed wake-ups. All are daemon threads.
 */
final class Engine implements TrackingScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private enum State { NEW, RUNNING, STOPPING, STOPPED, CRASHED }

    private final SchedulerSettings settings;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final EngineStore store;
    private final HeldJobs held = new HeldJobs();
    private final Wakeup wakeup = new Wakeup();
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor maintenance;
    private final CompletionBuffer completions;
    private final LeaseKeeper leases;
    private final RecurringOccurrences recurring;
    private final DeadJobAlerts alerts;
    private final ClaimLoop claimLoop;
    private final JobRunner runner;
    private final SchedulerView view = new View();
    private final Thread claimThread;

    Engine(SchedulerSettings settings) {
        this.settings = settings;
        this.store = new EngineStore(settings.store(), settings.instanceName());
        this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), settings.workerThreadFactory() != null ? settings.workerThreadFactory()
                        : new NamedThreads(settings.instanceName(), "worker"));
        this.maintenance = new ScheduledThreadPoolExecutor(2, new NamedThreads(settings.instanceName(), "maintenance"));
        this.maintenance.setRemoveOnCancelPolicy(true);
        this.recurring = new RecurringOccurrences(store, settings.recurringJobs(), settings.clock(), settings.ids());
        this.completions = new CompletionBuffer(store, held, settings.clock(), settings.completionFlushSize(),
                recurring::occurrenceEnded, settings.metrics());
        this.leases = new LeaseKeeper(store, held, settings.clock(), settings.leaseDuration(), settings.metrics());
        this.alerts = new DeadJobAlerts(settings.notifier());
        FailureRecorder failures = new FailureRecorder(store, held, settings.clock(), settings::backoffOf, alerts,
                recurring, settings.metrics());
        this.claimLoop = new ClaimLoop(settings, store, held, wakeup, workers, this::run, this::isRunning);
        this.runner = new JobRunner(settings.handlers(), settings.clock(), completions, failures, settings.metrics(),
                claimLoop::workerFreed);
        this.claimThread = new NamedThreads(settings.instanceName(), "claims").newThread(claimLoop);
    }

    @Override
    public void start() {
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("scheduler " + instanceName() + " was started before; build a new one");
        }
        settings.metrics().bind(view);
        safely("recovering expired leases", this::recoverExpiredLeases);
        safely("scheduling recurring jobs", recurring::ensureScheduled);
        long heartbeat = settings.heartbeatInterval().toNanos();
        long flush = settings.completionFlushInterval().toNanos();
        long poll = settings.pollInterval().toNanos();
        maintenance.scheduleWithFixedDelay(() -> safely("renewing leases", leases::heartbeat), heartbeat, heartbeat,
                TimeUnit.NANOSECONDS);
        maintenance.scheduleWithFixedDelay(() -> safely("recording completions", completions::flush), flush, flush,
                TimeUnit.NANOSECONDS);
        maintenance.scheduleWithFixedDelay(() -> {
            safely("recovering expired leases", this::recoverExpiredLeases);
            safely("scheduling recurring jobs", recurring::ensureScheduled);
        }, poll, poll, TimeUnit.NANOSECONDS);
        claimThread.start();
        LOG.info("scheduler {} started: {} threads, job types {}", instanceName(), settings.threads(),
                settings.types());
    }

    @Override
    public void stop() {
        if (!state.compareAndSet(State.RUNNING, State.STOPPING)) {
            return;
        }
        long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
        LOG.info("scheduler {} stopping", instanceName());
        wakeup.signal();
        joinClaimThread(deadline);
        releaseUnstarted();
        workers.shutdown();
        awaitWorkers(deadline);
        releaseStillRunning();
        safely("recording completions", completions::flush);
        maintenance.shutdownNow();
        settings.metrics().unbind(view);
        state.set(State.STOPPED);
        LOG.info("scheduler {} stopped", instanceName());
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    @Override
    public String instanceName() {
        return settings.instanceName();
    }

    @Override
    public boolean enqueue(JobRequest job) {
        Objects.requireNonNull(job, "job");
        boolean scheduled = settings.store().schedule(job);
        if (scheduled && isRunning()) {
            wakeUpFor(job.runAt());
        }
        return scheduled;
    }

    /**
     * Dies as a node dies: no further store call, no release, no completion; threads interrupted. Its jobs stay
     * running in the store until their lease expires and another instance takes them over. For tests.
     */
    void crash() {
        state.set(State.CRASHED);
        store.cutOff();
        claimThread.interrupt();
        maintenance.shutdownNow();
        workers.shutdownNow();
        settings.metrics().unbind(view);
        LOG.warn("scheduler {} crashed (simulated)", instanceName());
    }

    /** The instance's view for gauges (and tests). */
    SchedulerView view() {
        return view;
    }

    private void run(HeldJob job) {
        runner.run(job);
    }

    private void wakeUpFor(Instant runAt) {
        Duration untilDue = Duration.between(settings.clock().instant(), runAt);
        if (untilDue.compareTo(settings.pollInterval()) >= 0) {
            return;
        }
        Duration first = untilDue.isNegative() ? Duration.ZERO : untilDue;
        if (first.isZero()) {
            wakeup.signal();
        } else {
            wakeUpAfter(first);
        }
        for (Duration recheck : ENQUEUE_RECHECK_DELAYS) {
            wakeUpAfter(first.plus(recheck));
        }
    }

    private void wakeUpAfter(Duration delay) {
        try {
            maintenance.schedule(wakeup::signal, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping: no wake-up needed
        }
    }

    private void recoverExpiredLeases() {
        Instant now = settings.clock().instant();
        List<Job> recovered = store.recoverExpiredLeases(now);
        if (!recovered.isEmpty()) {
            LOG.warn("took back {} jobs whose lease had expired (their instance died)", recovered.size());
            settings.metrics().leasesRecovered(recovered.size());
            for (Job job : recovered) {
                if (job.status() == JobStatus.DEAD) {
                    LOG.error("job {} ({}) is dead: its last attempt's lease expired", job.id(), job.type());
                    alerts.jobDied(job, job.lastError(), now);
                    recurring.occurrenceEnded(job);
                }
            }
            wakeup.signal();
        }
    }

    private void joinClaimThread(long deadline) {
        try {
            claimThread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (claimThread.isAlive()) {
            claimThread.interrupt();
        }
    }

    /** Gives back the jobs claimed but not yet taken up by a worker. */
    private void releaseUnstarted() {
        List<HeldJob> unstarted = held.inState(HeldJob.State.CLAIMED).stream()
                .filter(HeldJob::releaseUnstarted)
                .toList();
        release(unstarted, "claimed but not started");
    }

    private void awaitWorkers(long deadline) {
        try {
            workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Gives back the jobs whose handler still runs after the shutdown timeout (and any claimed since the first
     * release), and interrupts them.
     */
    private void releaseStillRunning() {
        List<HeldJob> unfinished = held.all().stream()
                .filter(job -> job.releaseUnstarted() || job.releaseRunning())
                .toList();
        release(unfinished, "still running at the shutdown timeout");
        workers.shutdownNow();
    }

    private void release(List<HeldJob> jobs, String why) {
        if (jobs.isEmpty()) {
            return;
        }
        List<UUID> ids = jobs.stream().map(h -> h.job().id()).distinct().toList();
        try {
            int released = store.release(ids, settings.clock().instant());
            LOG.info("gave back {} jobs {}", released, why);
        } catch (RuntimeException e) {
            LOG.warn("could not give back {} jobs {}; they run again once their lease expires", ids.size(), why, e);
        }
        held.removeAll(jobs);
    }

    private void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed in scheduler {}", what, instanceName(), e);
        }
    }

    /** The live counts for gauges. */
    private final class View implements SchedulerView {

        @Override
        public String instanceName() {
            return settings.instanceName();
        }

        @Override
        public Set<String> jobTypes() {
            return settings.types();
        }

        @Override
        public int runningJobs() {
            return held.running();
        }

        @Override
        public int runningJobs(String type) {
            return held.running(type);
        }
    }
}
