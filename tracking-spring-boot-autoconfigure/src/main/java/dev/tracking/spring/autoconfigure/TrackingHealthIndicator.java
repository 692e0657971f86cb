package dev.tracking.spring.autoconfigure;

import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.scheduler.TrackingScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The platform's health ({@code tracking} in the health endpoint):
 *
 * <ul>
 *   <li>{@code DOWN} when the database cannot be read (the job statistics are queried), or when this node has a
 *       scheduler and it is not running;</li>
 *   <li>details: {@code jobs} (how many in each status), {@code deadJobs}, {@code oldestDueJob} and
 *       {@code oldestDueJobWaiting} (when a job is due), and {@code scheduler} ({@code running} and
 *       {@code instance}, or {@code disabled}).</li>
 * </ul>
 *
 * Dead jobs are reported, not counted against the status: they wait for someone to retry or cancel them.
 */
public class TrackingHealthIndicator implements HealthIndicator {

    private final JobStore jobStore;
    private final TrackingScheduler scheduler;
    private final Clock clock;

    /**
     * The health of {@code jobStore}'s database and of {@code scheduler}.
     *
     * @param scheduler this node's engine, or null when it runs none
     */
    public TrackingHealthIndicator(JobStore jobStore, TrackingScheduler scheduler, Clock clock) {
        this.jobStore = Objects.requireNonNull(jobStore, "jobStore");
        this.scheduler = scheduler;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        try {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            for (JobStatus status : JobStatus.values()) {
                counts.put(status, 0L);
            }
            counts.putAll(jobStore.countByStatus());
            Map<String, Long> jobs = new LinkedHashMap<>();
            counts.forEach((status, count) -> jobs.put(status.name(), count));
            health.withDetail("jobs", jobs).withDetail("deadJobs", counts.getOrDefault(JobStatus.DEAD, 0L));
            Instant now = clock.instant();
            Optional<Instant> oldestDue = jobStore.oldestDue(now);
            oldestDue.ifPresent(due -> health.withDetail("oldestDueJob", due.toString())
                    .withDetail("oldestDueJobWaiting", Duration.between(due, now).toString()));
        } catch (RuntimeException e) {
            health.down(e).withDetail("database", "unreachable");
        }
        if (scheduler == null) {
            health.withDetail("scheduler", Map.of("enabled", false));
        } else {
            boolean running = scheduler.isRunning();
            health.withDetail("scheduler", Map.of("enabled", true, "running", running,
                    "instance", scheduler.instanceName()));
            if (!running) {
                health.down();
            }
        }
        return health.build();
    }
}
