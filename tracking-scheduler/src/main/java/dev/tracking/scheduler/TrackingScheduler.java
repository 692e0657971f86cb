package dev.tracking.scheduler;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;

/**
 * The job engine: one instance per node, any number of nodes on one {@link JobStore}.
 *
 * <pre>{@code
 * TrackingScheduler scheduler = TrackingScheduler.create(persistence.jobStore(), List.of(
 *                 new ReminderJobHandler(platform.reminders()),
 *                 CleanupJobHandler.builder(persistence.jobStore(), storageMaintenance).build()))
 *         .threads(5)
 *         .recurring(RecurringJob.of("cleanup", CleanupJobHandler.TYPE,
 *                 Schedule.dailyAt(ZoneId.of("America/Chicago"), LocalTime.of(3, 0))))
 *         .build();
 * scheduler.start();
 * ...
 * scheduler.stop();   // graceful: finishes or releases what it runs
 * }</pre>
 *
 * <p>A started instance claims due jobs of the types it has handlers for, in batches no larger than its free capacity
 * (threads, and each type's concurrency limit), holding each under a lease that it renews while the job runs; runs
 * them on a bounded pool; completes them in batches; retries failures with {@link Backoff backoff} until the attempts
 * are used up and the job is dead (the dead-letter queue, with one {@link Notifier} alert per dead job, topic
 * {@value #DEAD_JOB_TOPIC}); and takes back the jobs of instances that died (their lease expired). Delivery is
 * therefore at least once: see {@link JobContext}.
 *
 * <p>An instance starts once: after {@link #stop()} build a new one.
 */
public interface TrackingScheduler extends AutoCloseable {

    /** The topic of the alert a dead job raises; attributes {@code jobId}, {@code type}, {@code attempts}, {@code error}. */
    String DEAD_JOB_TOPIC = "job.dead";

    /**
     * After {@link #enqueue} of a job due now, the engine looks for it at once and again after each of these delays,
     * since the caller's unit of work may not have committed it yet at the first look.
     */
    List<Duration> ENQUEUE_RECHECK_DELAYS = List.of(Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(2));

    /** Starts configuring an engine on {@code store} running jobs with {@code handlers} (one per type). */
    static Builder create(JobStore store, Collection<? extends JobHandler> handlers) {
        return new Builder(store, handlers);
    }

    /** Starts configuring an engine on {@code store} running jobs with {@code handlers} (one per type). */
    static Builder create(JobStore store, JobHandler... handlers) {
        return new Builder(store, Arrays.asList(Objects.requireNonNull(handlers, "handlers")));
    }

    /**
     * Starts claiming and running jobs; registers the recurring jobs and takes back expired leases first.
     *
     * @throws IllegalStateException when this instance was started before
     */
    void start();

    /**
     * Stops gracefully, waiting at most the shutdown timeout: stops claiming, gives back the jobs claimed but not
     * started, lets the running handlers finish and records their outcome, and gives back (unfinished, the attempt not
     * counted) those still running when the timeout is up, interrupting them. Does nothing when not running. Must not
     * be called from a handler.
     */
    void stop();

    /** The same as {@link #stop()}. */
    @Override
    void close();

    /** Whether it was started and not stopped. */
    boolean isRunning();

    /** The unique name this instance holds its jobs under. */
    String instanceName();

    /**
     * Schedules a job through the store (in the caller's unit of work, when one is open) and, when it is due before
     * the next poll, wakes this instance to claim it then rather than at the next poll. Since the caller's unit of
     * work may commit later, the instance looks again after each of {@link #ENQUEUE_RECHECK_DELAYS}; a job committed
     * later still is found by the next regular poll. Works when the instance is not running too (then it only
     * schedules), and for types this instance has no handler for (instances that have one run them).
     *
     * @return whether it was scheduled (false: a job with its idempotency key will still run)
     */
    boolean enqueue(JobRequest job);

    /**
     * Configures a {@link TrackingScheduler}. Every setter checks its argument at once; {@link #build()} checks that
     * the settings fit together.
     */
    final class Builder {

        /** Worker threads, hence at most this many jobs at once: 5. */
        public static final int DEFAULT_THREADS = 5;
        /** How often an idle instance looks for due jobs: every 10 seconds. */
        public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);
        /** The most jobs one claim takes (fewer when fewer threads are free): 50. */
        public static final int DEFAULT_CLAIM_BATCH_SIZE = 50;
        /** How long a claimed job is held without a heartbeat before others may take it over: 5 minutes. */
        public static final Duration DEFAULT_LEASE_DURATION = Duration.ofMinutes(5);
        /** How often the leases of held jobs are renewed: every minute. */
        public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMinutes(1);
        /** How long {@link TrackingScheduler#stop()} waits for running handlers: 30 seconds. */
        public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
        /** Completions are recorded as soon as this many are waiting: 100. */
        public static final int DEFAULT_COMPLETION_FLUSH_SIZE = 100;
        /** Completions are recorded at least this often: every 500 milliseconds. */
        public static final Duration DEFAULT_COMPLETION_FLUSH_INTERVAL = Duration.ofMillis(500);
        /** The longest instance name, as the store's owner column. */
        public static final int MAX_INSTANCE_NAME_LENGTH = 128;

        private final JobStore store;
        private final Map<String, JobHandler> handlers = new LinkedHashMap<>();
        private int threads = DEFAULT_THREADS;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private int claimBatchSize = DEFAULT_CLAIM_BATCH_SIZE;
        private Duration leaseDuration = DEFAULT_LEASE_DURATION;
        private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;
        private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;
        private int completionFlushSize = DEFAULT_COMPLETION_FLUSH_SIZE;
        private Duration completionFlushInterval = DEFAULT_COMPLETION_FLUSH_INTERVAL;
        private Backoff backoff = Backoff.defaults();
        private final Map<String, Backoff> backoffs = new LinkedHashMap<>();
        private final Map<String, Integer> concurrency = new LinkedHashMap<>();
        private final Map<String, RecurringJob> recurringJobs = new LinkedHashMap<>();
        private String instanceName;
        private Clock clock = Clock.systemUTC();
        private Notifier notifier = Notifier.logging();
        private SchedulerMetrics metrics = SchedulerMetrics.none();
        private IdGenerator ids = UUID::randomUUID;
        private ThreadFactory workerThreadFactory;

        private Builder(JobStore store, Collection<? extends JobHandler> handlers) {
            this.store = Objects.requireNonNull(store, "store");
            Objects.requireNonNull(handlers, "handlers");
            for (JobHandler handler : handlers) {
                Objects.requireNonNull(handler, "handlers must not contain null");
                String type = Objects.requireNonNull(handler.type(), "a handler's type");
                if (this.handlers.putIfAbsent(type, handler) != null) {
                    throw new IllegalArgumentException("two handlers for job type " + type);
                }
            }
        }

        /** How many jobs run at once at most (the worker pool's size); default {@value #DEFAULT_THREADS}. */
        public Builder threads(int count) {
            this.threads = atLeastOne(count, "threads");
            return this;
        }

        /**
         * How often an idle instance looks for due jobs, and for expired leases; default 10 seconds. A busy instance
         * claims again as soon as a thread is free (threads freed together are claimed for together), and
         * {@link TrackingScheduler#enqueue} wakes it early.
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive(interval, "pollInterval");
            return this;
        }

        /** The most jobs one claim takes; default {@value #DEFAULT_CLAIM_BATCH_SIZE}. */
        public Builder claimBatchSize(int size) {
            this.claimBatchSize = atLeastOne(size, "claimBatchSize");
            return this;
        }

        /**
         * How long a claimed job is held without a heartbeat; default 5 minutes. When an instance dies, its jobs run
         * again elsewhere this long after its last heartbeat.
         */
        public Builder leaseDuration(Duration duration) {
            this.leaseDuration = positive(duration, "leaseDuration");
            return this;
        }

        /** How often the leases of held jobs are renewed; at most half the lease; default 1 minute. */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = positive(interval, "heartbeatInterval");
            return this;
        }

        /** How long {@link TrackingScheduler#stop()} waits for running handlers; default 30 seconds. */
        public Builder shutdownTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "shutdownTimeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("shutdownTimeout must not be negative: " + timeout);
            }
            this.shutdownTimeout = timeout;
            return this;
        }

        /** Completions are recorded in one call once this many wait; default {@value #DEFAULT_COMPLETION_FLUSH_SIZE}. */
        public Builder completionFlushSize(int size) {
            this.completionFlushSize = atLeastOne(size, "completionFlushSize");
            return this;
        }

        /**
         * Completions are recorded at least this often (a completed job shows as running until then); default 500
         * milliseconds.
         */
        public Builder completionFlushInterval(Duration interval) {
            this.completionFlushInterval = positive(interval, "completionFlushInterval");
            return this;
        }

        /** How failed jobs wait before their next attempt; default {@link Backoff#defaults()}. */
        public Builder backoff(Backoff newBackoff) {
            this.backoff = Objects.requireNonNull(newBackoff, "backoff");
            return this;
        }

        /** How failed jobs of {@code type} wait before their next attempt, instead of the general backoff. */
        public Builder backoff(String type, Backoff typeBackoff) {
            backoffs.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(typeBackoff, "backoff"));
            return this;
        }

        /** At most {@code limit} jobs of {@code type} run at once on this instance; default: as many as threads. */
        public Builder concurrency(String type, int limit) {
            concurrency.put(Objects.requireNonNull(type, "type"), atLeastOne(limit, "concurrency limit"));
            return this;
        }

        /**
         * Registers recurring jobs (each name once). Every instance that registers the same recurring job schedules
         * the same single next occurrence; see {@link RecurringJob}.
         */
        public Builder recurring(RecurringJob... jobs) {
            for (RecurringJob job : Objects.requireNonNull(jobs, "jobs")) {
                Objects.requireNonNull(job, "jobs must not contain null");
                if (recurringJobs.putIfAbsent(job.name(), job) != null) {
                    throw new IllegalArgumentException("two recurring jobs named " + job.name());
                }
            }
            return this;
        }

        /**
         * The name this instance holds jobs under, unique among the instances on the store (and at most
         * {@value #MAX_INSTANCE_NAME_LENGTH} characters); default: the host name and a random suffix.
         */
        public Builder instanceName(String name) {
            Objects.requireNonNull(name, "instanceName");
            if (name.isBlank() || name.length() > MAX_INSTANCE_NAME_LENGTH) {
                throw new IllegalArgumentException("instanceName must be 1 to " + MAX_INSTANCE_NAME_LENGTH
                        + " characters");
            }
            this.instanceName = name;
            return this;
        }

        /** The clock of due times, leases and retries; default UTC system time. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /** Who hears of dead jobs (topic {@value TrackingScheduler#DEAD_JOB_TOPIC}); default {@link Notifier#logging()}. */
        public Builder notifier(Notifier newNotifier) {
            this.notifier = Objects.requireNonNull(newNotifier, "notifier");
            return this;
        }

        /** What records the engine's metrics; default {@link SchedulerMetrics#none()}. */
        public Builder metrics(SchedulerMetrics newMetrics) {
            this.metrics = Objects.requireNonNull(newMetrics, "metrics");
            return this;
        }

        /** Makes the ids of recurring occurrences; default random UUIDs. */
        public Builder idGenerator(IdGenerator generator) {
            this.ids = Objects.requireNonNull(generator, "idGenerator");
            return this;
        }

        /** Makes the worker threads (tests hold a worker back with it); default named daemon threads. */
        Builder workerThreadFactory(ThreadFactory factory) {
            this.workerThreadFactory = Objects.requireNonNull(factory, "workerThreadFactory");
            return this;
        }

        /**
         * The engine, not yet started.
         *
         * @throws IllegalArgumentException when there are no handlers, the heartbeat is longer than half the lease, or
         *                                  a concurrency limit, backoff or recurring job names a type without a handler
         */
        public TrackingScheduler build() {
            List<String> problems = new ArrayList<>();
            if (handlers.isEmpty()) {
                problems.add("no job handlers");
            }
            if (heartbeatInterval.multipliedBy(2).compareTo(leaseDuration) > 0) {
                problems.add("heartbeatInterval " + heartbeatInterval + " must be at most half the leaseDuration "
                        + leaseDuration);
            }
            concurrency.keySet().stream().filter(type -> !handlers.containsKey(type))
                    .forEach(type -> problems.add("a concurrency limit for job type " + type + " without a handler"));
            backoffs.keySet().stream().filter(type -> !handlers.containsKey(type))
                    .forEach(type -> problems.add("a backoff for job type " + type + " without a handler"));
            recurringJobs.values().stream().filter(job -> !handlers.containsKey(job.type()))
                    .forEach(job -> problems.add("recurring job " + job.name() + " of type " + job.type()
                            + " without a handler"));
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("the scheduler is misconfigured: " + String.join("; ", problems));
            }
            SchedulerSettings settings = new SchedulerSettings(store, handlers, threads, pollInterval, claimBatchSize,
                    leaseDuration, heartbeatInterval, shutdownTimeout, completionFlushSize, completionFlushInterval,
                    backoff, backoffs, concurrency, List.copyOf(recurringJobs.values()),
                    instanceName != null ? instanceName : InstanceNames.generate(), clock, notifier, metrics, ids,
                    workerThreadFactory);
            return new Engine(settings);
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be 1 or more: " + value);
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
