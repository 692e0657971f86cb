package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * H2, which has no data-modifying common table expressions but reads the rows an UPDATE changed from a
 * {@code FINAL TABLE}: a claim takes four statements when no other claimer holds the jobs it chooses (choose the
 * soonest due jobs; lock them with {@code FOR UPDATE SKIP LOCKED}; update them and read them back; insert their
 * attempts), a change of held jobs two
 * (update them and read their ids back; close their attempts), extending leases one. The claim's update repeats the
 * waiting condition, so a job that another claimer took after this one read it is left out rather than taken twice.
 *
 * <p>The jobs are chosen before they are locked because H2 locks every row a {@code FOR UPDATE} query matches before
 * it sorts and limits them: locking in the choosing query would lock every due job, making each claim cost as much as
 * the backlog is long and leaving nothing to a second engine claiming meanwhile. They are chosen per waiting status,
 * in the order of {@code scheduled_jobs_due_idx} ({@code status, run_at}), which H2 reads only as far as the limit
 * when the status is one value (with both statuses it reads and sorts every due job). A chosen job another claimer
 * holds meanwhile is skipped: the claim then chooses the next due jobs in its place (at most
 * {@value #MAX_CHOICES} choices in all), so that two engines claiming at once do not both come back short and wait
 * for their next poll.
 */
final class H2JobLeases implements JobLeases {

    /** How often one claim chooses due jobs at most, when others held some of those it chose. */
    static final int MAX_CHOICES = 3;

    /** The soonest due jobs of one waiting status, formatted with it, in the due index's order; without locks. */
    private static final String DUE_OF_STATUS = """
            (SELECT j.id, j.run_at
            FROM scheduled_jobs j USE INDEX (scheduled_jobs_due_idx)
            WHERE j.status = '%s'
              AND j.run_at <= :now
              AND j.job_type = ANY(:types)
              AND j.job_type NOT IN (SELECT p.job_type FROM job_type_pauses p)
              AND NOT (j.id = ANY(:tried))
            ORDER BY j.status, j.run_at
            LIMIT :limit)
            """;

    /** The soonest due jobs of both waiting statuses but those tried before, without locks. */
    private static final String CHOOSE = "SELECT d.id FROM (\n" + DUE_OF_STATUS.formatted("PENDING") + "UNION ALL\n"
            + DUE_OF_STATUS.formatted("FAILED_WILL_RETRY") + """
            ) d
            ORDER BY d.run_at
            LIMIT :limit
            """;

    /** Locks those of the chosen jobs that are still due and waiting, skipping those another claimer holds. */
    private static final String LOCK_CHOSEN = """
            SELECT id
            FROM scheduled_jobs
            WHERE id = ANY(:ids) AND status IN ('PENDING', 'FAILED_WILL_RETRY') AND run_at <= :now
            FOR UPDATE SKIP LOCKED
            """;

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
        List<UUID> due = new ArrayList<>();
        List<UUID> tried = new ArrayList<>();
        for (int choice = 0; choice < MAX_CHOICES && due.size() < claim.limit(); choice++) {
            int wanted = claim.limit() - due.size();
            List<UUID> chosen = handle.createQuery(CHOOSE)
                    .bind("now", claim.now())
                    .bindArray("types", String.class, claim.types().stream().sorted().toList())
                    .bindArray("tried", UUID.class, tried)
                    .bind("limit", wanted)
                    .map((rs, ctx) -> Columns.uuid(rs, "id"))
                    .list();
            if (chosen.isEmpty()) {
                break;
            }
            tried.addAll(chosen);
            due.addAll(handle.createQuery(LOCK_CHOSEN)
                    .bindArray("ids", UUID.class, chosen)
                    .bind("now", claim.now())
                    .map((rs, ctx) -> Columns.uuid(rs, "id"))
                    .list());
            if (chosen.size() < wanted) {
                break; // no more due jobs
            }
        }
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
