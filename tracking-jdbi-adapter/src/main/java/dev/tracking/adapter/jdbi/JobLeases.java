package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * How a database hands out leases on due jobs and takes them back, in a fixed number of round trips however many jobs
 * a call concerns: a claim locks the due jobs (skipping those another transaction holds, never waiting for them),
 * makes them {@code RUNNING} and opens an attempt for each; a change of held jobs updates the jobs the owner still
 * holds and closes their running attempts. Both run on the caller's handle, so they are one unit of work with
 * whatever else it does.
 */
interface JobLeases {

    /**
     * The jobs a claim may take: waiting, due, of its types, not paused; soonest first, locked, held ones skipped.
     * The paused types are a {@code NOT IN} subquery rather than {@code NOT EXISTS}: PostgreSQL runs it once as a
     * hashed filter, which keeps the run-time order of {@code scheduled_jobs_due_idx}, so that it reads the index only
     * as far as the limit (an anti-join would make it sort every due job first). For the same reason the order is the
     * run time alone, which that index holds: jobs due at the same time are taken in index order. Ordering ties by id
     * too would make PostgreSQL either read and sort every job due at that time (a backlog scheduled for one instant:
     * every job, on every claim), or walk {@code scheduled_jobs_run_at_idx}, which holds the running and finished jobs
     * too and so makes every claim step over all the jobs claimed before.
     */
    String DUE = """
            SELECT j.id
            FROM scheduled_jobs j
            WHERE j.status IN ('PENDING', 'FAILED_WILL_RETRY')
              AND j.run_at <= :now
              AND j.job_type = ANY(:types)
              AND j.job_type NOT IN (SELECT p.job_type FROM job_type_pauses p)
            ORDER BY j.run_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """;

    /** What a claim sets; the condition is the dialect's. */
    String TAKE = """
            UPDATE scheduled_jobs
            SET status = 'RUNNING', attempts = attempts + 1, lease_owner = :owner, lease_expires_at = :lease_until,
                updated_at = :now
            """;

    /** Opens the running attempt of each claimed job, formatted with the rows of the claimed jobs. */
    String OPEN_ATTEMPTS = """
            INSERT INTO scheduled_job_attempts (job_id, attempt, owner, started_at, outcome)
            SELECT id, attempts, lease_owner, updated_at, 'RUNNING'
            FROM %s
            """;

    /** Only the jobs an owner holds (and was asked about) may change. */
    String HELD = """
            WHERE id = ANY(:ids) AND status = 'RUNNING' AND lease_owner = :owner
            """;

    /** Extends the leases of the jobs an owner holds; the running attempts stay open. */
    String EXTEND = """
            UPDATE scheduled_jobs
            SET lease_expires_at = :lease_until
            """ + HELD;

    /** What closing a job's running attempt sets. */
    String CLOSE_ATTEMPTS = """
            UPDATE scheduled_job_attempts
            SET finished_at = :at, outcome = :attempt_outcome, error = :attempt_error
            WHERE outcome = 'RUNNING'
            """;

    /**
     * Claims due jobs for the claim's owner: makes them {@code RUNNING} with one more attempt, held until the claim's
     * lease ends, and opens their attempts.
     *
     * @param claim a claim with at least one type
     * @return the claimed jobs as they are now, soonest first (then by id)
     */
    List<Job> claim(Handle handle, JobClaim claim, JobRowMapper mapper);

    /**
     * Extends the leases of the jobs among {@code ids} that {@code owner} holds.
     *
     * @param ids non-empty
     * @return the ids of the jobs it still holds
     */
    List<UUID> extend(Handle handle, String owner, List<UUID> ids, Instant leaseUntil);

    /**
     * Applies a change to the jobs its owner holds and closes the running attempt of each job it changed.
     *
     * @return the ids of the jobs it changed
     */
    List<UUID> change(Handle handle, HeldJobChange change);
}
