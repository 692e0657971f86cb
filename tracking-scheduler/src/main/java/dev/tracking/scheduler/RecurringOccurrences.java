package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.port.out.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one occurrence of each registered {@link RecurringJob} waiting: the next one after an occurrence completes or
 * dies, and (each poll interval, and at start) the next one after now when none is waiting. Occurrences are keyed by
 * {@link RecurringJob#keyOf}, so instances that do this at once schedule one job, not several.
 */
final class RecurringOccurrences {

    private static final Logger LOG = LoggerFactory.getLogger(RecurringOccurrences.class);

    private final EngineStore store;
    private final List<RecurringJob> jobs;
    private final Clock clock;
    private final IdGenerator ids;

    RecurringOccurrences(EngineStore store, List<RecurringJob> jobs, Clock clock, IdGenerator ids) {
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        this.ids = ids;
    }

    /** Schedules the next occurrence of every recurring job of which none is waiting. */
    void ensureScheduled() {
        for (RecurringJob job : jobs) {
            try {
                if (store.pending(job.keyPrefix()).isEmpty()) {
                    schedule(job, job.schedule().nextAfter(clock.instant()));
                }
            } catch (RuntimeException e) {
                LOG.warn("could not schedule recurring job {}; trying again at the next poll", job.name(), e);
            }
        }
    }

    /** An occurrence completed or is dead: schedules the one after it (or after now, when that has passed). */
    void occurrenceEnded(Job ended) {
        String key = ended.idempotencyKey();
        if (key == null || !key.startsWith(RecurringJob.KEY_PREFIX)) {
            return;
        }
        recurringJobOf(ended).ifPresent(job -> {
            Instant now = clock.instant();
            Instant occurrence = occurrenceOf(job, key).orElse(now);
            Instant after = occurrence.isAfter(now) ? occurrence : now;
            try {
                schedule(job, job.schedule().nextAfter(after));
            } catch (RuntimeException e) {
                LOG.warn("could not schedule the next occurrence of recurring job {}; trying again at the next poll",
                        job.name(), e);
            }
        });
    }

    private Optional<RecurringJob> recurringJobOf(Job ended) {
        return jobs.stream()
                .filter(job -> ended.idempotencyKey().startsWith(job.keyPrefix()) && job.type().equals(ended.type()))
                .findFirst();
    }

    private static Optional<Instant> occurrenceOf(RecurringJob job, String key) {
        try {
            return Optional.of(Instant.parse(key.substring(job.keyPrefix().length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void schedule(RecurringJob job, Instant occurrence) {
        boolean scheduled = store.schedule(new JobRequest(ids.newId(), job.type(), job.payload(), occurrence,
                job.keyOf(occurrence), job.maxAttempts(), clock.instant()));
        if (scheduled) {
            LOG.debug("scheduled recurring job {} at {}", job.name(), occurrence);
        }
    }
}
