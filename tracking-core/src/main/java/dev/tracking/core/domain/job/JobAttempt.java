package dev.tracking.core.domain.job;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of a job: who ran it, when, and how it ended.
 *
 * @param finishedAt null while it runs
 * @param error      what went wrong, for {@link Outcome#FAILED} and {@link Outcome#LEASE_EXPIRED}; otherwise null
 */
public record JobAttempt(UUID jobId, int attempt, String owner, Instant startedAt, Instant finishedAt,
        Outcome outcome, String error) {

    public enum Outcome {
        RUNNING,
        COMPLETED,
        FAILED,
        /** The engine gave the job back unfinished, shutting down; the attempt does not count. */
        RELEASED,
        /** The engine stopped renewing its lease (it died); another takes the job over. */
        LEASE_EXPIRED
    }

    public JobAttempt {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
    }
}
