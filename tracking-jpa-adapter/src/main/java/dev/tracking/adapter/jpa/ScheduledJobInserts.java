package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import jakarta.persistence.EntityManager;

/**
 * Inserts a new job into {@code scheduled_jobs}, in the unit of work's transaction, unless a live job (pending, running
 * or waiting to retry) has its idempotency key: the generated column {@code live_idempotency_key} is unique
 * ({@code scheduled_jobs_live_idempotency_key_uq}), and a job whose key is taken is skipped without failing the
 * statement, so that the caller's unit of work goes on. Each database does it its own way: PostgreSQL with
 * {@code ON CONFLICT ON CONSTRAINT ... DO NOTHING}, H2 (which has no such clause) by looking the key up first and
 * inserting under a savepoint, rolled back to when a racing insert took the key in between.
 */
interface ScheduledJobInserts {

    /** The columns every insert writes, in this order; {@code live_idempotency_key} is the database's to compute. */
    String COLUMNS = "id, job_type, payload, run_at, status, attempts, max_attempts, idempotency_key, created_at,"
            + " updated_at";

    /** What a new job's row holds: pending, never tried. */
    String NEW_STATUS = JobStatus.PENDING.name();

    /**
     * Inserts {@code job} as a pending job, never tried, created and updated at its {@code createdAt}.
     *
     * @param payloadJson the job's payload as a JSON object
     * @return whether it was inserted (false: a live job has its idempotency key)
     */
    boolean insertUnlessLive(EntityManager entityManager, JobRequest job, String payloadJson);
}
