package dev.tracking.scheduler.handlers;

import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.JobHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the database in shape, as jobs of type {@value #TYPE} (register it as a daily {@code RecurringJob}):
 *
 * <ol>
 *   <li>deletes completed and cancelled jobs last changed more than the finished-job retention ago (default 14
 *       days);</li>
 *   <li>creates the monthly storage partitions from this month to {@code partitionMonthsAhead} months ahead (default
 *       {@value #DEFAULT_PARTITION_MONTHS_AHEAD});</li>
 *   <li>only when an event retention is configured: drops the event partitions wholly older than it.</li>
 * </ol>
 *
 * Dates are UTC dates of the clock. Every step is idempotent, so a retried or repeated run does no harm.
 *
 * <pre>{@code
 * CleanupJobHandler.builder(persistence.jobStore(), storageMaintenance).eventRetention(Period.ofYears(2)).build()
 * }</pre>
 */
public final class CleanupJobHandler implements JobHandler {

    /** The job type. */
    public static final String TYPE = "cleanup";
    /** How long completed and cancelled jobs are kept by default: 14 days. */
    public static final Duration DEFAULT_FINISHED_JOB_RETENTION = Duration.ofDays(14);
    /** How many months of partitions are kept ready ahead by default. */
    public static final int DEFAULT_PARTITION_MONTHS_AHEAD = 3;

    private static final Logger LOG = LoggerFactory.getLogger(CleanupJobHandler.class);

    private final JobStore jobs;
    private final StorageMaintenance storage;
    private final Duration finishedJobRetention;
    private final int partitionMonthsAhead;
    private final Period eventRetention;
    private final Clock clock;

    private CleanupJobHandler(Builder builder) {
        this.jobs = builder.jobs;
        this.storage = builder.storage;
        this.finishedJobRetention = builder.finishedJobRetention;
        this.partitionMonthsAhead = builder.partitionMonthsAhead;
        this.eventRetention = builder.eventRetention;
        this.clock = builder.clock;
    }

    /**
     * Starts configuring the clean-up of {@code jobs} and {@code storage} (from the SQL adapter; use
     * {@link StorageMaintenance#none()} where the database needs no partitions).
     */
    public static Builder builder(JobStore jobs, StorageMaintenance storage) {
        return new Builder(jobs, storage);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void handle(JobContext context) {
        Instant now = clock.instant();
        int purged = jobs.purgeFinished(now.minus(finishedJobRetention));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int created = storage.ensurePartitions(today, partitionMonthsAhead);
        int dropped = 0;
        if (eventRetention != null) {
            dropped = storage.dropEventPartitionsBefore(today.minus(eventRetention));
        }
        LOG.info("clean-up: deleted {} finished jobs, created {} partitions, dropped {} event partitions", purged,
                created, dropped);
    }

    @Override
    public String toString() {
        return "CleanupJobHandler[finishedJobRetention=" + finishedJobRetention + ", partitionMonthsAhead="
                + partitionMonthsAhead + ", eventRetention=" + eventRetention + "]";
    }

    /** Configures a {@link CleanupJobHandler}; each setter checks its argument at once. */
    public static final class Builder {

        private final JobStore jobs;
        private final StorageMaintenance storage;
        private Duration finishedJobRetention = DEFAULT_FINISHED_JOB_RETENTION;
        private int partitionMonthsAhead = DEFAULT_PARTITION_MONTHS_AHEAD;
        private Period eventRetention;
        private Clock clock = Clock.systemUTC();

        private Builder(JobStore jobs, StorageMaintenance storage) {
            this.jobs = Objects.requireNonNull(jobs, "jobs");
            this.storage = Objects.requireNonNull(storage, "storage");
        }

        /** How long completed and cancelled jobs are kept; default 14 days. */
        public Builder finishedJobRetention(Duration retention) {
            Objects.requireNonNull(retention, "finishedJobRetention");
            if (retention.isNegative()) {
                throw new IllegalArgumentException("finishedJobRetention must not be negative: " + retention);
            }
            this.finishedJobRetention = retention;
            return this;
        }

        /** How many months of partitions to keep ready ahead; default {@value #DEFAULT_PARTITION_MONTHS_AHEAD}. */
        public Builder partitionMonthsAhead(int months) {
            if (months < 0) {
                throw new IllegalArgumentException("partitionMonthsAhead must not be negative: " + months);
            }
            this.partitionMonthsAhead = months;
            return this;
        }

        /**
         * How long tracking events are kept: older event partitions are dropped. Default: kept for ever (nothing is
         * dropped).
         */
        public Builder eventRetention(Period retention) {
            Objects.requireNonNull(retention, "eventRetention");
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("eventRetention must be positive: " + retention);
            }
            this.eventRetention = retention;
            return this;
        }

        /** The clock of now and today; default UTC system time. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /** The handler with these settings. */
        public CleanupJobHandler build() {
            return new CleanupJobHandler(this);
        }
    }
}
