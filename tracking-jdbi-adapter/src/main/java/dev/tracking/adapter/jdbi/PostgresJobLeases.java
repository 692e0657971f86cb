package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: one statement per call, its steps as data-modifying common table expressions. A claim locks the due jobs
 * with {@code FOR UPDATE SKIP LOCKED}, walking {@code scheduled_jobs_due_idx} in run-time order only as far as the
 * limit (paused types are a hashed filter, which keeps that order), updates them by primary key and inserts their
 * attempts from the updated rows, and returns those rows; a change of held jobs updates them and closes the attempts
 * of the rows it returns. The ids go from step to step as arrays ({@code = ANY (ARRAY(SELECT ...))}), so that each
 * step looks its rows up by index however the planner estimates the step before. (PostgreSQL re-checks a locked row's
 * conditions on its newest version, and the update repeats them, so a job another claimer took a moment ago is never
 * taken twice.)
 */
final class PostgresJobLeases implements JobLeases {

    /** The claim in one statement (package-visible so that a test can see its plan). */
    static final String CLAIM = "WITH due AS (\n" + DUE + "), claimed AS (\n" + TAKE + """
            WHERE id = ANY (ARRAY(SELECT id FROM due)) AND status IN ('PENDING', 'FAILED_WILL_RETRY')
            RETURNING\s""" + JobRowMapper.COLUMNS + "\n), opened AS (\n" + OPEN_ATTEMPTS.formatted("claimed") + """
            )
            SELECT\s""" + JobRowMapper.COLUMNS + """

            FROM claimed
            ORDER BY run_at, id
            """;

    private static final String CHANGE = """
            WITH changed AS (
            %s
            RETURNING id
            ), closed AS (
            """ + CLOSE_ATTEMPTS + """
              AND job_id = ANY (ARRAY(SELECT id FROM changed))
            )
            SELECT id FROM changed
            """;

    @Override
    public List<Job> claim(Handle handle, JobClaim claim, JobRowMapper mapper) {
        return handle.createQuery(CLAIM)
                .bind("now", claim.now())
                .bindArray("types", String.class, claim.types().stream().sorted().toList())
                .bind("limit", claim.limit())
                .bind("owner", claim.owner())
                .bind("lease_until", claim.leaseUntil())
                .map(mapper)
                .list();
    }

    @Override
    public List<UUID> extend(Handle handle, String owner, List<UUID> ids, Instant leaseUntil) {
        return handle.createQuery(EXTEND + "RETURNING id\n")
                .bindArray("ids", UUID.class, ids)
                .bind("owner", owner)
                .bind("lease_until", leaseUntil)
                .map((rs, ctx) -> Columns.uuid(rs, "id"))
                .list();
    }

    @Override
    public List<UUID> change(Handle handle, HeldJobChange change) {
        return change.bindAttempt(change.bindUpdate(handle.createQuery(CHANGE.formatted(change.update().strip()))))
                .map((rs, ctx) -> Columns.uuid(rs, "id"))
                .list();
    }
}
