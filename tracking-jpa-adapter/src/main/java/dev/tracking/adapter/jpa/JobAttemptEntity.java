package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code scheduled_job_attempts}: one run of a job. Rows are only ever written with bulk statements
 * ({@link JpaJobStore}): a claim inserts one per claimed job with an {@code INSERT ... SELECT} (the identity column
 * {@code seq} is the database's to number), and every end of a run closes the job's running attempt with a guarded
 * update. The entity serves queries and schema validation; rows read are detached at once. The attempts of a job go
 * with it ({@code ON DELETE CASCADE}).
 */
@Entity
@Table(name = "scheduled_job_attempts")
class JobAttemptEntity {

    /** {@code GENERATED ALWAYS AS IDENTITY}: orders the attempts of one job that share a number (released ones). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long seq;

    UUID jobId;

    /** The job's attempt count when it was claimed (a released attempt's number is used again). */
    int attempt;

    String owner;

    Instant startedAt;

    Instant finishedAt;

    /** A {@code JobAttempt.Outcome} name. */
    String outcome;

    String error;
}
