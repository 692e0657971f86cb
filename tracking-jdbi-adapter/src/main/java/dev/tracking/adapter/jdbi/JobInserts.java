package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.JobRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Inserts a job into {@code scheduled_jobs} unless a live job (pending, running or waiting to retry) has its
 * idempotency key: the unique constraint {@code scheduled_jobs_live_idempotency_key_uq} on the generated column
 * {@code live_idempotency_key} guards the rule, and a taken key is an answer ({@code false}), never an error that
 * would break the caller's unit of work.
 */
interface JobInserts {

    /** Formatted with the dialect's JSON parameter for the payload; {@code live_idempotency_key} is generated. */
    String INSERT = """
            INSERT INTO scheduled_jobs (id, job_type, payload, run_at, status, attempts, max_attempts,
                                        idempotency_key, created_at, updated_at)
            VALUES (:id, :job_type, %s, :run_at, 'PENDING', 0, :max_attempts, :idempotency_key, :created_at,
                    :created_at)
            """;

    /**
     * Inserts the job as pending, never tried, created and updated at its {@code createdAt}.
     *
     * @param payload the job's payload as a JSON object
     * @return whether it was inserted (false: a live job has its key)
     */
    boolean insertUnlessKeyLive(Handle handle, JobRequest job, String payload);

    /** Binds the job's columns to {@link #INSERT}. */
    static Update bind(Update insert, JobRequest job, String payload) {
        return insert.bind("id", job.id())
                .bind("job_type", job.type())
                .bind("payload", payload)
                .bind("run_at", job.runAt())
                .bind("max_attempts", job.maxAttempts())
                .bind("idempotency_key", job.idempotencyKey())
                .bind("created_at", job.createdAt());
    }
}
