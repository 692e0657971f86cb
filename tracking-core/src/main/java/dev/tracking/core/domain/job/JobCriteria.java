package dev.tracking.core.domain.job;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of the job list; each null or empty filter matches every job.
 *
 * @param runAtFrom inclusive
 * @param runAtTo   exclusive
 */
public record JobCriteria(Set<JobStatus> statuses, String type, Instant runAtFrom, Instant runAtTo) {

    public JobCriteria {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        type = type == null || type.isBlank() ? null : type.strip();
    }

    public static JobCriteria any() {
        return new JobCriteria(Set.of(), null, null, null);
    }

    public boolean matches(Job job) {
        return (statuses.isEmpty() || statuses.contains(job.status()))
                && (type == null || type.equals(job.type()))
                && (runAtFrom == null || !job.runAt().isBefore(runAtFrom))
                && (runAtTo == null || job.runAt().isBefore(runAtTo));
    }
}
