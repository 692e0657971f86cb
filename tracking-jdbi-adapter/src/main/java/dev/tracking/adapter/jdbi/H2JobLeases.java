package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * H2, which has no data-modifying common table expressions but reads the rows an UPDATE changed from a
 * {@code FINAL TABLE}: a claim takes three statements (lock the due jobs with {@code FOR UPDATE SKIP LOCKED}; update
 * them and read them back; insert their attempts), a change of held jobs two (update them and read their ids back;
 * close their attempts), extending leases one. The claim's update repeats the waiting condition, so a job that
 * another claimer took after this one read it is left out rather than taken twice.
 */
final class H2JobLeases implements JobLeases {

    private static final String TAKE_LOCKED = "SELECT " + JobRowMapper.COLUMNS + "\nFROM FINAL TABLE (\n" + TAKE + """
            WHERE id = ANY(:ids) AND status IN ('PENDING', 'FAILED_WILL_RETRY')
            )
            ORDER BY run_at, id
            """;

    private static final String OPEN = OPEN_ATTEMPTS.formatted("scheduled_jobs") + "WHERE id = ANY(:ids)\n";

    private static final String CHANGE = "SELECT id FROM FINAL TABLE (\n%s)\n";

    private static final String CLOSE = CLOSE_ATTEMPTS + "  AND job_id = ANY(:ids)\n";

    @Override
    public List<Job> claim(Handle handle, JobClaim claim, JobRowMapper mapper) {
        List<UUID> due = handle.createQuery(DUE)
                .bind("now", claim.now())
                .bindArray("types", String.class, claim.types().stream().sorted().toList())
                .bind("limit", claim.limit())
                .map((rs, ctx) -> Columns.uuid(rs, "id"))
                .list();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Job> claimed = handle.createQuery(TAKE_LOCKED)
                .bindArray("ids", UUID.class, due)
                .bind("owner", claim.owner())
                .bind("lease_until", claim.leaseUntil())
                .bind("now", claim.now())
                .map(mapper)
                .list();
        if (!claimed.isEmpty()) {
            handle.createUpdate(OPEN).bindArray("ids", UUID.class, claimed.stream().map(Job::id).toList()).execute();
        }
        return claimed;
    }

    @Override
    public List<UUID> extend(Handle handle, String owner, List<UUID> ids, Instant leaseUntil) {
        return handle.createQuery(CHANGE.formatted(EXTEND))
                .bindArray("ids", UUID.class, ids)
                .bind("owner", owner)
                .bind("lease_until", leaseUntil)
                .map((rs, ctx) -> Columns.uuid(rs, "id"))
                .list();
    }

    @Override
    public List<UUID> change(Handle handle, HeldJobChange change) {
        List<UUID> changed = change.bindUpdate(handle.createQuery(CHANGE.formatted(change.update())))
                .map((rs, ctx) -> Columns.uuid(rs, "id"))
                .list();
        if (!changed.isEmpty()) {
            change.bindAttempt(handle.createUpdate(CLOSE))
                    .bindArray("ids", UUID.class, changed)
                    .bind("at", change.at())
                    .execute();
        }
        return changed;
    }
}
