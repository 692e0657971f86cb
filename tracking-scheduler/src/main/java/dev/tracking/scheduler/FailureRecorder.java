package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a failed attempt: dead at once for a {@link PermanentJobFailure} or on the last attempt (with one alert),
 * otherwise waiting to retry after the type's backoff.
 */
final class FailureRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(FailureRecorder.class);

    private final EngineStore store;
    private final HeldJobs held;
    private final Clock clock;
    private final Function<String, Backoff> backoffs;
    private final DeadJobAlerts alerts;
    private final RecurringOccurrences recurring;
    private final SchedulerMetrics metrics;

    FailureRecorder(EngineStore store, HeldJobs held, Clock clock, Function<String, Backoff> backoffs,
            DeadJobAlerts alerts, RecurringOccurrences recurring, SchedulerMetrics metrics) {
        this.store = store;
        this.held = held;
        this.clock = clock;
        this.backoffs = backoffs;
        this.alerts = alerts;
        this.recurring = recurring;
        this.metrics = metrics;
    }

    void record(HeldJob heldJob, Throwable failure, Duration handlerTime) {
        Job job = heldJob.job();
        Instant now = clock.instant();
        boolean permanent = ErrorText.isPermanent(failure);
        boolean dead = permanent || job.isLastAttempt();
        Instant retryAt = dead ? null : now.plus(backoffs.apply(job.type()).delayAfter(job.attempts()));
        String error = ErrorText.of(failure);
        boolean stillHeld;
        try {
            stillHeld = store.fail(job.id(), error, retryAt, now);
        } catch (RuntimeException e) {
            LOG.error("could not record the failed attempt {} of job {}; it runs again once its lease expires",
                    job.attempts(), job.id(), e);
            held.remove(heldJob);
            return;
        }
        held.remove(heldJob);
        if (!stillHeld) {
            LOG.warn("attempt {} of job {} failed, but the job was taken over meanwhile (its lease expired)",
                    job.attempts(), job.id(), failure);
            metrics.finished(job.type(), JobOutcome.LEASE_LOST, handlerTime);
            return;
        }
        if (dead) {
            LOG.error("job {} ({}) is dead after attempt {} of {}{}", job.id(), job.type(), job.attempts(),
                    job.maxAttempts(), permanent ? " (a permanent failure)" : "", failure);
            metrics.finished(job.type(), JobOutcome.DEAD, handlerTime);
            alerts.jobDied(job, error, now);
            recurring.occurrenceEnded(job);
        } else {
            LOG.warn("attempt {} of {} of job {} ({}) failed; retrying at {}", job.attempts(), job.maxAttempts(),
                    job.id(), job.type(), retryAt, failure);
            metrics.finished(job.type(), JobOutcome.FAILED_WILL_RETRY, handlerTime);
        }
    }
}
