package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobAttempt.Outcome;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobScheduler;
import dev.tracking.core.port.out.JobStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Locking;
import org.hibernate.Timeouts;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.jpa.SpecHints;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JobStore} over {@code scheduled_jobs} ({@link ScheduledJobEntity}), {@code scheduled_job_attempts}
 * ({@link JobAttemptEntity}) and {@code job_type_pauses} ({@link JobTypePauseEntity}). Every method runs in the
 * caller's unit of work, or in one of its own when none is open, so that its statements commit or roll back together.
 *
 * <p><b>Scheduling</b> ({@link JobScheduler}). A job is inserted unless a live job has its idempotency key
 * ({@link ScheduledJobInserts}), without a failed statement, so the caller's unit goes on either way; its payload is
 * written as a JSON object by the adapter's Jackson mapper, the one {@link Jackson3JsonFormatMapper} reads it back
 * with. Waiting jobs are listed and cancelled by a literal key prefix: {@code live_idempotency_key LIKE 'prefix%'
 * ESCAPE '\'} with the prefix's wildcards escaped ({@link LikePattern#startingWith}), which PostgreSQL serves from
 * {@code scheduled_jobs_live_key_prefix_idx}. Cancelling by prefix is one bulk update that stamps {@code updated_at}
 * with the database's current timestamp.
 *
 * <p><b>Claiming</b> costs three statements however many jobs it claims:
 * <ol>
 *   <li>a select of the due waiting rows of the claim's types whose type is not in {@code job_type_pauses}
 *       ({@code NOT IN} a subquery, which PostgreSQL runs once as a hashed filter), soonest first (by {@code run_at}
 *       alone), limited, locked with {@code SKIP LOCKED}
 *       ({@link LockModeType#PESSIMISTIC_WRITE} with the lock timeout {@link Timeouts#SKIP_LOCKED}, follow-on
 *       locking disallowed; PostgreSQL renders {@code FOR NO KEY UPDATE OF ... SKIP LOCKED}, H2
 *       {@code FOR UPDATE SKIP LOCKED}), so that engines claiming at once each take other rows and never wait. H2
 *       locks every row such a query matches before it sorts and limits them, so there the soonest rows are chosen
 *       in a subquery first and only those are locked ({@link SupportedDatabase#locksBeforeLimiting()});</li>
 *   <li>one bulk update of the locked rows ({@code where id in (...)}): running, held by the owner until the lease's
 *       end, attempts counted up, updated at the claim's time;</li>
 *   <li>one {@code INSERT ... SELECT} that opens an attempt per claimed row, numbered as its attempts now are.</li>
 * </ol>
 * The claimed jobs are returned as the update left them, built from the locked rows without reading them again. The
 * statuses in these and the other statements of this class are SQL literals, so that PostgreSQL can match its partial
 * indexes ({@code scheduled_jobs_due_idx}, {@code scheduled_jobs_lease_idx}, {@code scheduled_jobs_finished_idx})
 * also with a generic plan; only the statements by key prefix bind them, as they always did.
 *
 * <p><b>Ends of a run</b> ({@link #extendLeases}, {@link #complete}, {@link #fail}, {@link #release}) are bulk
 * updates guarded by {@code status = 'RUNNING' AND lease_owner = :owner}, so an owner whose lease was taken over
 * changes nothing; all but {@code extendLeases} then close the running attempts of the jobs they changed with one
 * more bulk update (the jobs' rows first, then their attempts, in every method, so that two units never lock them in
 * opposite orders). {@link #recoverExpiredLeases} locks the running rows whose lease expired ({@code SKIP LOCKED}: a
 * row its owner is finishing right now is left to it), changes them as entities (each gets its own error text,
 * naming its owner and lease) and flushes them in one JDBC batch, then closes their attempts with one bulk update;
 * the jobs taken back are returned as the batch left them, built from the locked rows (in {@code run_at, id} order).
 *
 * <p>Rows read are detached at once, and every change is a bulk statement or flushed before the method returns, so
 * no managed copy goes stale under a bulk statement. Times written are cut to whole microseconds (the columns'
 * precision), so a claimed job as returned equals the job as stored; errors are cut to
 * {@value #MAX_ERROR_LENGTH} characters.
 */
final class JpaJobStore implements JobStore {

    static final String ENTITY = "job";

    /** The longest error text kept, the width of {@code last_error} and of the attempts' {@code error}. */
    static final int MAX_ERROR_LENGTH = 4000;

    private static final String RUNNING = literal(JobStatus.RUNNING);

    /** The statuses of a job that will still run and may be cancelled. */
    private static final List<String> WAITING_NAMES = Stream.of(JobStatus.values())
            .filter(JobStatus::isWaiting)
            .map(Enum::name)
            .toList();

    /** The same, as a JPQL list of literals. */
    private static final String WAITING = WAITING_NAMES.stream().map(name -> "'" + name + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** The statuses a job is retried from. */
    private static final Set<JobStatus> RETRYABLE = Set.of(JobStatus.DEAD, JobStatus.FAILED_WILL_RETRY,
            JobStatus.CANCELLED);

    /** The statuses of a job that is done with and may be purged. */
    private static final String FINISHED = literals(Stream.of(JobStatus.COMPLETED, JobStatus.CANCELLED));

    /**
     * The due waiting rows of the claim's types whose type is not paused, soonest first; with {@code :now} and
     * {@code :types}, limited by the query's maximum results. On PostgreSQL this walks {@code scheduled_jobs_due_idx}
     * (the waiting jobs by run time) only as far as the limit: the paused types are a hashed filter ({@code NOT IN}),
     * which keeps the index's order (an anti-join, {@code NOT EXISTS}, makes it read and sort every due job), and the
     * order is the run time alone, which the index holds, so jobs due at the same time are taken in index order
     * (ordering them by id too makes it read and sort every job due at that time, or walk
     * {@code scheduled_jobs_run_at_idx}, which holds the running and finished jobs too, stepping over every job
     * claimed before).
     */
    private static final String SELECT_DUE = "select j from ScheduledJobEntity j where " + due("j")
            + " order by j.runAt";

    /**
     * The same for a database that locks every row a locking query matches before it sorts and limits them (H2): the
     * soonest rows are chosen first without a lock ({@code :limit} of them), and only those are locked, their due
     * conditions checked again; a chosen row another unit of work holds meanwhile is skipped, not replaced.
     */
    private static final String SELECT_DUE_CHOSEN_FIRST = "select j from ScheduledJobEntity j where j.id in"
            + " (select d.id from ScheduledJobEntity d where " + due("d") + " order by d.runAt limit :limit)"
            + " and " + due("j") + " order by j.runAt, j.id";

    private static final String CLAIM = "update ScheduledJobEntity j set j.status = " + RUNNING + ","
            + " j.attempts = j.attempts + 1, j.leaseOwner = :owner, j.leaseExpiresAt = :leaseUntil,"
            + " j.updatedAt = :now where j.id in :ids";

    /** Opens the attempts of the jobs just claimed, numbered as their (counted up) attempts. */
    private static final String OPEN_ATTEMPTS = "insert into JobAttemptEntity"
            + " (jobId, attempt, owner, startedAt, outcome)"
            + " select j.id, j.attempts, :owner, :now, '" + Outcome.RUNNING.name() + "'"
            + " from ScheduledJobEntity j where j.id in :ids";

    /** What guards every change of a running job: the owner still holds it. */
    private static final String HELD = " j.status = " + RUNNING + " and j.leaseOwner = :owner";

    private static final String EXTEND = "update ScheduledJobEntity j set j.leaseExpiresAt = :leaseUntil"
            + " where j.id in :ids and" + HELD;

    private static final String COMPLETE = "update ScheduledJobEntity j set j.status = "
            + literal(JobStatus.COMPLETED) + ", j.leaseOwner = null, j.leaseExpiresAt = null, j.updatedAt = :at"
            + " where j.id in :ids and" + HELD;

    private static final String FAIL_TO_RETRY = "update ScheduledJobEntity j set j.status = "
            + literal(JobStatus.FAILED_WILL_RETRY) + ", j.runAt = :retryAt, j.lastError = :error,"
            + " j.leaseOwner = null, j.leaseExpiresAt = null, j.updatedAt = :at where j.id = :id and" + HELD;

    private static final String FAIL_TO_DEAD = "update ScheduledJobEntity j set j.status = "
            + literal(JobStatus.DEAD) + ", j.lastError = :error,"
            + " j.leaseOwner = null, j.leaseExpiresAt = null, j.updatedAt = :at where j.id = :id and" + HELD;

    /** The attempt does not count; a job that had failed before waits to retry, as it did before the claim. */
    private static final String RELEASE = "update ScheduledJobEntity j set j.status = case when j.attempts > 1"
            + " then " + literal(JobStatus.FAILED_WILL_RETRY) + " else " + literal(JobStatus.PENDING) + " end,"
            + " j.attempts = j.attempts - 1, j.leaseOwner = null, j.leaseExpiresAt = null, j.updatedAt = :at"
            + " where j.id in :ids and" + HELD;

    private static final String SELECT_EXPIRED = "select j from ScheduledJobEntity j"
            + " where j.status = " + RUNNING + " and j.leaseExpiresAt < :now order by j.runAt, j.id";

    /**
     * Closes the running attempts of those of the jobs that no longer run. A job that is not running has no running
     * attempt once its unit of work commits (each end of a run closes it in the same unit), so these are the attempts
     * of the jobs the calling unit has just changed; jobs another unit holds are still running and keep theirs.
     */
    private static final String CLOSE_ATTEMPTS = "update JobAttemptEntity a set a.finishedAt = :at,"
            + " a.outcome = :outcome, a.error = %s"
            + " where a.outcome = '" + Outcome.RUNNING.name() + "' and a.jobId in :ids and a.jobId in"
            + " (select j.id from ScheduledJobEntity j where j.id in :ids and j.status <> " + RUNNING + ")";

    private static final String RETRY = "update ScheduledJobEntity j set j.status = " + literal(JobStatus.PENDING)
            + ", j.runAt = :now, j.maxAttempts = case when j.maxAttempts > j.attempts then j.maxAttempts"
            + " else j.attempts + 1 end, j.leaseOwner = null, j.leaseExpiresAt = null, j.updatedAt = :now"
            + " where j.id = :id and j.status in "
            + literals(RETRYABLE.stream().sorted());

    private static final String CANCEL = "update ScheduledJobEntity j set j.status = "
            + literal(JobStatus.CANCELLED) + ", j.updatedAt = :now where j.id = :id and j.status in " + WAITING;

    private final EntityManagerBinding units;
    private final boolean locksBeforeLimiting;
    private final ScheduledJobInserts inserts;
    private final JobTypePauses pauses;
    private final ObjectWriter payloadWriter;

    /**
     * @param locksBeforeLimiting whether the database locks every row a locking query matches before it sorts and
     *                            limits them ({@link SupportedDatabase#locksBeforeLimiting()})
     */
    JpaJobStore(EntityManagerBinding units, boolean locksBeforeLimiting, ScheduledJobInserts inserts,
            JobTypePauses pauses, JsonMapper jsonMapper) {
        this.units = Objects.requireNonNull(units, "units");
        this.locksBeforeLimiting = locksBeforeLimiting;
        this.inserts = Objects.requireNonNull(inserts, "inserts");
        this.pauses = Objects.requireNonNull(pauses, "pauses");
        this.payloadWriter = Objects.requireNonNull(jsonMapper, "jsonMapper")
                .writerFor(new TypeReference<Map<String, String>>() {
                });
    }

    // --------------------------------------------------------------------------------------------- scheduling

    @Override
    public boolean schedule(JobRequest job) {
        Objects.requireNonNull(job, "job");
        String payload = payloadWriter.writeValueAsString(job.payload());
        WriteTarget target = WriteTarget.insertOf(ENTITY, job.id()).unique("idempotencyKey",
                String.valueOf(job.idempotencyKey()));
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target,
                () -> inserts.insertUnlessLive(em, job, payload)));
    }

    @Override
    public int cancel(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        // HQL's instant is the database's current_timestamp (on PostgreSQL the transaction's start)
        return units.inUnitOfWork(em -> em
                .createQuery("update ScheduledJobEntity j set j.status = :cancelled, j.updatedAt = instant"
                        + " where j.status in :waiting and "
                        + LikePattern.startsWith("j.liveIdempotencyKey", ":prefix"))
                .setParameter("cancelled", JobStatus.CANCELLED.name())
                .setParameter("waiting", WAITING_NAMES)
                .setParameter("prefix", LikePattern.startingWith(keyPrefix))
                .executeUpdate());
    }

    @Override
    public List<PlannedJob> pending(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return units.inUnitOfWork(em -> detached(em, em
                .createQuery("select j from ScheduledJobEntity j where j.status in :waiting and "
                        + LikePattern.startsWith("j.liveIdempotencyKey", ":prefix") + " order by j.runAt, j.id",
                        ScheduledJobEntity.class)
                .setParameter("waiting", WAITING_NAMES)
                .setParameter("prefix", LikePattern.startingWith(keyPrefix))
                .getResultList())
                .stream()
                .map(JobMapper::toPlanned)
                .toList());
    }

    // ------------------------------------------------------------------------------------------------ running

    @Override
    public List<Job> claimDue(JobClaim claim) {
        Objects.requireNonNull(claim, "claim");
        if (claim.types().isEmpty()) {
            return List.of();
        }
        Instant now = micros(claim.now());
        Instant leaseUntil = micros(claim.leaseUntil());
        return units.inUnitOfWork(em -> {
            TypedQuery<ScheduledJobEntity> select = skippingLocked(em.createQuery(
                    locksBeforeLimiting ? SELECT_DUE_CHOSEN_FIRST : SELECT_DUE, ScheduledJobEntity.class))
                    .setParameter("now", now)
                    .setParameter("types", claim.types());
            List<ScheduledJobEntity> due = detached(em, (locksBeforeLimiting
                    ? select.setParameter("limit", claim.limit())
                    : select.setMaxResults(claim.limit())).getResultList());
            if (due.isEmpty()) {
                return List.of();
            }
            List<UUID> ids = due.stream().map(row -> row.id).toList();
            em.createQuery(CLAIM)
                    .setParameter("owner", claim.owner())
                    .setParameter("leaseUntil", leaseUntil)
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery(OPEN_ATTEMPTS)
                    .setParameter("owner", claim.owner())
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .executeUpdate();
            return due.stream().map(row -> new Job(row.id, row.jobType, row.payload, row.runAt, JobStatus.RUNNING,
                    row.attempts + 1, row.maxAttempts, row.lastError, claim.owner(), leaseUntil,
                    row.idempotencyKey, row.createdAt, now)).toList();
        });
    }

    @Override
    public Set<UUID> extendLeases(String owner, Collection<UUID> ids, Instant leaseUntil) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        List<UUID> distinct = distinct(ids);
        if (distinct.isEmpty()) {
            return Set.of();
        }
        return units.inUnitOfWork(em -> {
            int extended = em.createQuery(EXTEND)
                    .setParameter("leaseUntil", micros(leaseUntil))
                    .setParameter("ids", distinct)
                    .setParameter("owner", owner)
                    .executeUpdate();
            if (extended == distinct.size()) {
                return Set.copyOf(distinct);
            }
            if (extended == 0) {
                return Set.of();
            }
            // the rows extended are locked by this unit now: they are the ones the owner holds
            return Set.copyOf(em.createQuery("select j.id from ScheduledJobEntity j where j.id in :ids and" + HELD,
                    UUID.class)
                    .setParameter("ids", distinct)
                    .setParameter("owner", owner)
                    .getResultList());
        });
    }

    @Override
    public int complete(String owner, Collection<UUID> ids, Instant at) {
        return endRuns(COMPLETE, owner, ids, at, Outcome.COMPLETED);
    }

    @Override
    public boolean fail(String owner, UUID id, String error, Instant retryAt, Instant at) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Instant when = micros(at);
        return units.inUnitOfWork(em -> {
            Query update = em.createQuery(retryAt == null ? FAIL_TO_DEAD : FAIL_TO_RETRY)
                    .setParameter("error", truncated(error))
                    .setParameter("at", when)
                    .setParameter("id", id)
                    .setParameter("owner", owner);
            if (retryAt != null) {
                update.setParameter("retryAt", micros(retryAt));
            }
            if (update.executeUpdate() == 0) {
                return false;
            }
            closeAttempts(em, List.of(id), Outcome.FAILED, when);
            return true;
        });
    }

    @Override
    public int release(String owner, Collection<UUID> ids, Instant at) {
        return endRuns(RELEASE, owner, ids, at, Outcome.RELEASED);
    }

    @Override
    public List<Job> recoverExpiredLeases(Instant now) {
        Objects.requireNonNull(now, "now");
        Instant at = micros(now);
        return units.inUnitOfWork(em -> {
            List<ScheduledJobEntity> expired = skippingLocked(em.createQuery(SELECT_EXPIRED,
                    ScheduledJobEntity.class))
                    .setParameter("now", at)
                    .getResultList();
            if (expired.isEmpty()) {
                return List.<Job>of();
            }
            for (ScheduledJobEntity row : expired) {
                boolean lastAttempt = row.attempts >= row.maxAttempts;
                row.lastError = truncated("lease of " + row.leaseOwner + " expired at " + row.leaseExpiresAt);
                row.status = (lastAttempt ? JobStatus.DEAD : JobStatus.FAILED_WILL_RETRY).name();
                row.runAt = lastAttempt ? row.runAt : at;
                row.leaseOwner = null;
                row.leaseExpiresAt = null;
                row.updatedAt = at;
            }
            em.flush(); // one JDBC batch of updates
            List<UUID> ids = detached(em, expired).stream().map(row -> row.id).toList();
            closeAttempts(em, ids, Outcome.LEASE_EXPIRED, at);
            // as the batch left them, in the order they were locked (run_at, id), without reading them again
            return expired.stream().map(JobMapper::toJob).toList();
        });
    }

    // --------------------------------------------------------------------------------------------- management

    @Override
    public Optional<Job> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(ScheduledJobEntity.class, id)).map(row -> {
            em.detach(row);
            return JobMapper.toJob(row);
        }));
    }

    @Override
    public List<JobAttempt> attempts(UUID id) {
        Objects.requireNonNull(id, "id");
        return units.inUnitOfWork(em -> detached(em, em
                .createQuery("select a from JobAttemptEntity a where a.jobId = :id order by a.attempt, a.seq",
                        JobAttemptEntity.class)
                .setParameter("id", id)
                .getResultList())
                .stream()
                .map(JobMapper::toAttempt)
                .toList());
    }

    @Override
    public List<Job> list(JobCriteria criteria, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        JpqlConditions where = new JpqlConditions();
        if (!criteria.statuses().isEmpty()) {
            where.and("j.status in " + where.param(criteria.statuses().stream().map(Enum::name).sorted().toList()));
        }
        if (criteria.type() != null) {
            where.and("j.jobType = " + where.param(criteria.type()));
        }
        if (criteria.runAtFrom() != null) {
            where.and("j.runAt >= " + where.param(criteria.runAtFrom()));
        }
        if (criteria.runAtTo() != null) {
            where.and("j.runAt < " + where.param(criteria.runAtTo()));
        }
        if (after != null) {
            if (!(after.value() instanceof Instant lastRunAt)) {
                throw new IllegalArgumentException("a keyset of the job list holds the run time (an Instant), not "
                        + (after.value() == null ? "null" : after.value().getClass().getName()));
            }
            where.and("(j.runAt, j.id) < (" + where.param(lastRunAt) + ", " + where.param(after.id()) + ")");
        }
        String jpql = "select j from ScheduledJobEntity j" + where.whereClause() + " order by j.runAt desc, j.id desc";
        return units.inUnitOfWork(em -> detached(em, where.bind(em.createQuery(jpql, ScheduledJobEntity.class))
                .setMaxResults(limit)
                .getResultList())
                .stream()
                .map(JobMapper::toJob)
                .toList());
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return units.inUnitOfWork(em -> {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            em.createQuery("select j.status, count(j) from ScheduledJobEntity j group by j.status", Object[].class)
                    .getResultList()
                    .forEach(row -> counts.put(JobStatus.valueOf((String) row[0]), (Long) row[1]));
            return counts;
        });
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        Objects.requireNonNull(now, "now");
        return units.inUnitOfWork(em -> Optional.ofNullable(em
                .createQuery("select min(j.runAt) from ScheduledJobEntity j where j.status in " + WAITING
                        + " and j.runAt <= :now", Instant.class)
                .setParameter("now", now)
                .getSingleResult()));
    }

    /**
     * Checks first whether another live job has the key, so that the usual refusal costs no failed statement; a job
     * taking the key in between makes the update fail on {@code scheduled_jobs_live_idempotency_key_uq}, which is
     * translated to the same {@link DuplicateException} (and, as every failed statement, dooms the unit of work).
     */
    @Override
    public boolean retry(UUID id, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        Instant at = micros(now);
        return units.inUnitOfWork(em -> {
            ScheduledJobEntity row = em.find(ScheduledJobEntity.class, id);
            if (row == null) {
                return false;
            }
            em.detach(row);
            JobStatus status = JobStatus.valueOf(row.status);
            if (!RETRYABLE.contains(status)) {
                return false;
            }
            String key = row.idempotencyKey;
            if (key != null && status != JobStatus.FAILED_WILL_RETRY && isLive(em, key)) {
                throw new DuplicateException(ENTITY, "idempotencyKey", key);
            }
            WriteTarget target = WriteTarget.updateOf(ENTITY, id, WriteTarget.NO_VERSION)
                    .unique("idempotencyKey", String.valueOf(key));
            return PersistenceErrors.translating(em, target, () -> em.createQuery(RETRY)
                    .setParameter("now", at)
                    .setParameter("id", id)
                    .executeUpdate() == 1);
        });
    }

    @Override
    public boolean cancel(UUID id, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        return units.inUnitOfWork(em -> em.createQuery(CANCEL)
                .setParameter("now", micros(now))
                .setParameter("id", id)
                .executeUpdate() == 1);
    }

    /** One bulk delete; the database deletes the jobs' attempts with them ({@code ON DELETE CASCADE}). */
    @Override
    public int purgeFinished(Instant before) {
        Objects.requireNonNull(before, "before");
        return units.inUnitOfWork(em -> em
                .createQuery("delete from ScheduledJobEntity j where j.status in " + FINISHED
                        + " and j.updatedAt < :before")
                .setParameter("before", before)
                .executeUpdate());
    }

    @Override
    public void pause(String type, Instant at) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        units.inUnitOfWork(em -> {
            pauses.pause(em, type, micros(at));
            return null;
        });
    }

    @Override
    public void resume(String type) {
        Objects.requireNonNull(type, "type");
        units.inUnitOfWork(em -> em.createQuery("delete from JobTypePauseEntity p where p.jobType = :type")
                .setParameter("type", type)
                .executeUpdate());
    }

    @Override
    public Set<String> pausedTypes() {
        return units.inUnitOfWork(em -> Set.copyOf(em
                .createQuery("select p.jobType from JobTypePauseEntity p", String.class)
                .getResultList()));
    }

    // ---------------------------------------------------------------------------------------------- internals

    /**
     * Ends the runs of the jobs the owner holds with one guarded bulk update ({@code jpql}, with the parameters
     * {@code ids}, {@code owner} and {@code at}), then closes their attempts with one more; how many it held.
     */
    private int endRuns(String jpql, String owner, Collection<UUID> ids, Instant at, Outcome outcome) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(at, "at");
        List<UUID> distinct = distinct(ids);
        if (distinct.isEmpty()) {
            return 0;
        }
        Instant when = micros(at);
        return units.inUnitOfWork(em -> {
            int ended = em.createQuery(jpql)
                    .setParameter("at", when)
                    .setParameter("ids", distinct)
                    .setParameter("owner", owner)
                    .executeUpdate();
            if (ended > 0) {
                closeAttempts(em, distinct, outcome, when);
            }
            return ended;
        });
    }

    /**
     * Closes the running attempts of those of {@code ids} that no longer run ({@link #CLOSE_ATTEMPTS}); a failed or
     * expired attempt keeps the error its job was just given.
     */
    private static void closeAttempts(EntityManager em, List<UUID> ids, Outcome outcome, Instant at) {
        boolean withError = outcome == Outcome.FAILED || outcome == Outcome.LEASE_EXPIRED;
        em.createQuery(String.format(CLOSE_ATTEMPTS, withError
                        ? "(select e.lastError from ScheduledJobEntity e where e.id = a.jobId)"
                        : "null"))
                .setParameter("at", at)
                .setParameter("outcome", outcome.name())
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /** The condition that the row {@code alias} is due at {@code :now}, of one of {@code :types}, not paused. */
    private static String due(String alias) {
        return alias + ".status in " + WAITING + " and " + alias + ".runAt <= :now and " + alias + ".jobType in :types"
                + " and " + alias + ".jobType not in (select p.jobType from JobTypePauseEntity p)";
    }

    private static boolean isLive(EntityManager em, String key) {
        return !em.createQuery("select j.id from ScheduledJobEntity j where j.liveIdempotencyKey = :key",
                        UUID.class)
                .setParameter("key", key)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * {@code query} locking the rows it reads ({@code FOR UPDATE}, or {@code FOR NO KEY UPDATE} on PostgreSQL) and
     * skipping those another unit of work has locked, in the one statement (never by follow-on locks).
     */
    private static <T> TypedQuery<T> skippingLocked(TypedQuery<T> query) {
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .setHint(HibernateHints.HINT_FOLLOW_ON_STRATEGY, Locking.FollowOn.DISALLOW);
    }

    /** The rows, detached from the persistence context. */
    private static <T> List<T> detached(EntityManager em, List<T> rows) {
        rows.forEach(em::detach);
        return rows;
    }

    private static List<UUID> distinct(Collection<UUID> ids) {
        Objects.requireNonNull(ids, "ids");
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static Instant micros(Instant instant) {
        return Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static String literal(JobStatus status) {
        return "'" + status.name() + "'";
    }

    private static String literals(Stream<JobStatus> statuses) {
        return statuses.map(JpaJobStore::literal).collect(Collectors.joining(", ", "(", ")"));
    }
}
