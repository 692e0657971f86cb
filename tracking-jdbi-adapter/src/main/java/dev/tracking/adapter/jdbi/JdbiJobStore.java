package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobAttempt.Outcome;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Jobs in {@code scheduled_jobs}, their attempts in {@code scheduled_job_attempts} and the paused types in
 * {@code job_type_pauses}; every call runs on the handle of the caller's unit of work, or in a unit of its own.
 *
 * <p><b>Scheduling.</b> A job's payload is a JSON object of strings. A key is scheduled once while a job with it is
 * live, the dialect's way ({@link JobInserts}). Waiting jobs are listed and cancelled by a literal prefix of their key
 * ({@link LikePattern#startingWith}) matched against {@code live_idempotency_key}, which PostgreSQL indexes for
 * prefixes ({@code scheduled_jobs_live_key_prefix_idx}). A job cancelled by key prefix gets the database's current
 * time as its {@code updated_at}, never earlier than it was.
 *
 * <p><b>Running.</b> Claims and changes of held jobs take a fixed number of statements however many jobs they
 * concern, the dialect's way ({@link JobLeases}); every change of a running job is guarded by
 * {@code status = 'RUNNING' AND lease_owner = :owner}, so an owner whose lease was taken over changes nothing.
 * Expired leases are taken back with one query ({@code FOR UPDATE SKIP LOCKED}: a job its owner is finishing at that
 * moment is left to it) and two batches. Errors are cut to {@value #MAX_ERROR_LENGTH} characters, the columns' width.
 *
 * <p><b>Managing.</b> The list pages by keyset on {@code (run_at, id)}, latest first; a retry that would give a live
 * key to a second job is a {@link DuplicateException} on {@code idempotencyKey}, checked before the update and, for a
 * racing writer, caught under a savepoint so that the caller's unit of work goes on; pausing a paused type keeps the
 * first pause.
 */
final class JdbiJobStore implements JobStore {

    /** The longest error text kept, the width of {@code last_error} and {@code scheduled_job_attempts.error}. */
    static final int MAX_ERROR_LENGTH = 4000;

    private static final String ENTITY = "job";
    private static final String RETRY_SAVEPOINT = "scheduled_jobs_retry";

    /** Jobs that will still run: pending, or waiting to retry (a running job is left alone). */
    private static final String WAITING_WITH_PREFIX = """
            WHERE live_idempotency_key LIKE :prefix ESCAPE '!'
              AND status IN ('PENDING', 'FAILED_WILL_RETRY')
            """;

    static final String CANCEL = """
            UPDATE scheduled_jobs
            SET status = 'CANCELLED', updated_at = GREATEST(updated_at, CURRENT_TIMESTAMP)
            """ + WAITING_WITH_PREFIX;

    static final String PENDING = """
            SELECT id, job_type, payload, run_at, idempotency_key, status, attempts
            FROM scheduled_jobs
            """ + WAITING_WITH_PREFIX + """
            ORDER BY run_at, id
            """;

    private static final String SELECT = "SELECT " + JobRowMapper.COLUMNS + "\nFROM scheduled_jobs\n";

    private static final String BY_ID = SELECT + "WHERE id = :id";

    private static final String BY_IDS = SELECT + """
            WHERE id = ANY(:ids)
            ORDER BY run_at, id
            """;

    /** Formatted with the WHERE clause and the ORDER BY list, both built from whitelisted fragments. */
    private static final String PAGE = SELECT + """
            %s
            ORDER BY %s
            FETCH FIRST :limit ROWS ONLY
            """;

    private static final SortColumn RUN_AT = new SortColumn("run_at", "id", false, Instant.class);

    private static final String ATTEMPTS = """
            SELECT job_id, attempt, owner, started_at, finished_at, outcome, error
            FROM scheduled_job_attempts
            WHERE job_id = :job_id
            ORDER BY attempt, seq
            """;

    private static final String COUNT_BY_STATUS = """
            SELECT status, COUNT(*) AS jobs
            FROM scheduled_jobs
            GROUP BY status
            """;

    private static final String OLDEST_DUE = """
            SELECT MIN(run_at) AS oldest
            FROM scheduled_jobs
            WHERE status IN ('PENDING', 'FAILED_WILL_RETRY') AND run_at <= :now
            """;

    private static final String COMPLETED = """
            status = 'COMPLETED', lease_owner = NULL, lease_expires_at = NULL, updated_at = :at""";

    private static final String FAILED_WILL_RETRY = """
            status = 'FAILED_WILL_RETRY', run_at = :retry_at, last_error = :error, lease_owner = NULL,
                lease_expires_at = NULL, updated_at = :at""";

    private static final String DEAD = """
            status = 'DEAD', last_error = :error, lease_owner = NULL, lease_expires_at = NULL, updated_at = :at""";

    /** Given back: the attempt does not count; a job tried before waits to retry, as it did before its claim. */
    private static final String RELEASED = """
            status = CASE WHEN attempts > 1 THEN 'FAILED_WILL_RETRY' ELSE 'PENDING' END, attempts = attempts - 1,
                lease_owner = NULL, lease_expires_at = NULL, updated_at = :at""";

    private static final String EXPIRED = """
            SELECT id, lease_owner, lease_expires_at
            FROM scheduled_jobs
            WHERE status = 'RUNNING' AND lease_expires_at < :now
            FOR UPDATE SKIP LOCKED
            """;

    private static final String RECOVER = """
            UPDATE scheduled_jobs
            SET status = CASE WHEN attempts >= max_attempts THEN 'DEAD' ELSE 'FAILED_WILL_RETRY' END,
                run_at = CASE WHEN attempts >= max_attempts THEN run_at ELSE :now END,
                last_error = :error, lease_owner = NULL, lease_expires_at = NULL, updated_at = :now
            WHERE id = :id AND status = 'RUNNING' AND lease_expires_at < :now
            """;

    private static final String CLOSE_EXPIRED = """
            UPDATE scheduled_job_attempts
            SET finished_at = :now, outcome = 'LEASE_EXPIRED', error = :error
            WHERE job_id = :id AND outcome = 'RUNNING'
            """;

    private static final String STATE = """
            SELECT status, idempotency_key FROM scheduled_jobs WHERE id = :id
            """;

    private static final String KEY_TAKEN = """
            SELECT COUNT(*) FROM scheduled_jobs WHERE live_idempotency_key = :idempotency_key AND id <> :id
            """;

    private static final String RETRY = """
            UPDATE scheduled_jobs
            SET status = 'PENDING', run_at = :now, max_attempts = GREATEST(max_attempts, attempts + 1),
                lease_owner = NULL, lease_expires_at = NULL, updated_at = :now
            WHERE id = :id AND status IN ('DEAD', 'FAILED_WILL_RETRY', 'CANCELLED')
            """;

    private static final String CANCEL_ONE = """
            UPDATE scheduled_jobs
            SET status = 'CANCELLED', updated_at = :now
            WHERE id = :id AND status IN ('PENDING', 'FAILED_WILL_RETRY')
            """;

    private static final String PURGE = """
            DELETE FROM scheduled_jobs
            WHERE status IN ('COMPLETED', 'CANCELLED') AND updated_at < :before
            """;

    private static final String RESUME = """
            DELETE FROM job_type_pauses WHERE job_type = :job_type
            """;

    private static final String PAUSED = """
            SELECT job_type FROM job_type_pauses ORDER BY job_type
            """;

    private static final JobAttemptRowMapper ATTEMPT_MAPPER = new JobAttemptRowMapper();

    private final Sql sql;
    private final JobInserts inserts;
    private final JobLeases leases;
    private final String pause;
    private final MetadataJson payloads;
    private final JobRowMapper mapper;
    private final RowMapper<PlannedJob> plannedMapper;

    JdbiJobStore(Sql sql, Dialect dialect, MetadataJson payloads) {
        this.sql = sql;
        this.inserts = dialect.jobInserts();
        this.leases = dialect.jobLeases();
        this.pause = dialect.insertUnlessPresent("job_type_pauses", List.of("job_type"),
                List.of("job_type", "paused_at"));
        this.payloads = payloads;
        this.mapper = new JobRowMapper(payloads);
        this.plannedMapper = (rs, ctx) -> new PlannedJob(
                Columns.uuid(rs, "id"),
                rs.getString("job_type"),
                payloads.read(rs.getString("payload")),
                Columns.instant(rs, "run_at"),
                rs.getString("idempotency_key"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"));
    }

    // --------------------------------------------------------------------------------------------- scheduling

    @Override
    public boolean schedule(JobRequest job) {
        Objects.requireNonNull(job, "job");
        String payload = payloads.write(job.payload());
        return sql.write(WrittenKeys.of(ENTITY, "id", job.id()),
                handle -> inserts.insertUnlessKeyLive(handle, job, payload));
    }

    @Override
    public int cancel(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return sql.write(WrittenKeys.of(ENTITY, "idempotencyKey", keyPrefix), handle -> handle.createUpdate(CANCEL)
                .bind("prefix", LikePattern.startingWith(keyPrefix))
                .execute());
    }

    @Override
    public List<PlannedJob> pending(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return sql.read(handle -> handle.createQuery(PENDING)
                .bind("prefix", LikePattern.startingWith(keyPrefix))
                .map(plannedMapper)
                .list());
    }

    // ----------------------------------------------------------------------------------------------- running

    @Override
    public List<Job> claimDue(JobClaim claim) {
        Objects.requireNonNull(claim, "claim");
        if (claim.types().isEmpty()) {
            return List.of();
        }
        return sql.change(handle -> leases.claim(handle, claim, mapper));
    }

    @Override
    public Set<UUID> extendLeases(String owner, Collection<UUID> ids, Instant leaseUntil) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        List<UUID> asked = distinct(ids);
        if (asked.isEmpty()) {
            return Set.of();
        }
        return sql.change(handle -> Set.copyOf(leases.extend(handle, owner, asked, leaseUntil)));
    }

    @Override
    public int complete(String owner, Collection<UUID> ids, Instant at) {
        return changeHeld(owner, ids, at, COMPLETED, UnaryOperator.identity(), Outcome.COMPLETED, null);
    }

    @Override
    public boolean fail(String owner, UUID id, String error, Instant retryAt, Instant at) {
        Objects.requireNonNull(id, "id");
        String text = truncated(error);
        if (retryAt == null) {
            return changeHeld(owner, List.of(id), at, DEAD, q -> q.bind("error", text), Outcome.FAILED, text) > 0;
        }
        return changeHeld(owner, List.of(id), at, FAILED_WILL_RETRY,
                q -> q.bind("error", text).bind("retry_at", retryAt), Outcome.FAILED, text) > 0;
    }

    @Override
    public int release(String owner, Collection<UUID> ids, Instant at) {
        return changeHeld(owner, ids, at, RELEASED, UnaryOperator.identity(), Outcome.RELEASED, null);
    }

    private int changeHeld(String owner, Collection<UUID> ids, Instant at, String set, UnaryOperator<Query> arguments,
            Outcome outcome, String error) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(at, "at");
        List<UUID> asked = distinct(ids);
        if (asked.isEmpty()) {
            return 0;
        }
        HeldJobChange change = new HeldJobChange(set, owner, asked, at, arguments, outcome, error);
        return sql.change(handle -> leases.change(handle, change).size());
    }

    /** A lease that ran out: the job, who held it, and until when. */
    private record Expired(UUID id, String owner, Instant leaseExpiresAt) {

        String error() {
            return truncated("lease of " + owner + " expired at " + leaseExpiresAt);
        }
    }

    @Override
    public List<Job> recoverExpiredLeases(Instant now) {
        Objects.requireNonNull(now, "now");
        return sql.change(handle -> {
            List<Expired> expired = handle.createQuery(EXPIRED)
                    .bind("now", now)
                    .map((rs, ctx) -> new Expired(Columns.uuid(rs, "id"), rs.getString("lease_owner"),
                            Columns.instant(rs, "lease_expires_at")))
                    .list();
            if (expired.isEmpty()) {
                return List.of();
            }
            PreparedBatch jobs = handle.prepareBatch(RECOVER);
            PreparedBatch attempts = handle.prepareBatch(CLOSE_EXPIRED);
            for (Expired lease : expired) {
                jobs.bind("id", lease.id()).bind("error", lease.error()).bind("now", now).add();
                attempts.bind("id", lease.id()).bind("error", lease.error()).bind("now", now).add();
            }
            int[] counts = jobs.execute();
            attempts.execute();
            List<UUID> recovered = new ArrayList<>(expired.size());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    recovered.add(expired.get(i).id());
                }
            }
            if (recovered.isEmpty()) {
                return List.of();
            }
            return handle.createQuery(BY_IDS).bindArray("ids", UUID.class, recovered).map(mapper).list();
        });
    }

    // -------------------------------------------------------------------------------------------- management

    @Override
    public Optional<Job> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return sql.read(handle -> handle.createQuery(BY_ID).bind("id", id).map(mapper).findOne());
    }

    @Override
    public List<JobAttempt> attempts(UUID id) {
        Objects.requireNonNull(id, "id");
        return sql.read(handle -> handle.createQuery(ATTEMPTS).bind("job_id", id).map(ATTEMPT_MAPPER).list());
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
        Conditions where = conditions(criteria);
        RUN_AT.after(after, SortDirection.DESC, where);
        String page = PAGE.formatted(where.where(), RUN_AT.orderBy(SortDirection.DESC));
        return sql.read(handle -> where.bindTo(handle.createQuery(page)).bind("limit", limit).map(mapper).list());
    }

    private static Conditions conditions(JobCriteria criteria) {
        Conditions where = new Conditions();
        if (!criteria.statuses().isEmpty()) {
            where.add("status IN (<statuses>)")
                    .bindList("statuses", criteria.statuses().stream().map(JobStatus::name).sorted().toList());
        }
        if (criteria.type() != null) {
            where.add("job_type = :job_type").bind("job_type", criteria.type());
        }
        if (criteria.runAtFrom() != null) {
            where.add("run_at >= :run_at_from").bind("run_at_from", criteria.runAtFrom());
        }
        if (criteria.runAtTo() != null) {
            where.add("run_at < :run_at_to").bind("run_at_to", criteria.runAtTo());
        }
        return where;
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return sql.read(handle -> {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            handle.createQuery(COUNT_BY_STATUS)
                    .map((rs, ctx) -> Map.entry(JobStatus.valueOf(rs.getString("status")), rs.getLong("jobs")))
                    .forEach(row -> counts.put(row.getKey(), row.getValue()));
            return Collections.unmodifiableMap(counts);
        });
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        Objects.requireNonNull(now, "now");
        return sql.read(handle -> Optional.ofNullable(handle.createQuery(OLDEST_DUE)
                .bind("now", now)
                .map((rs, ctx) -> Columns.instant(rs, "oldest"))
                .one()));
    }

    @Override
    public boolean retry(UUID id, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        return sql.change(handle -> {
            Optional<Map.Entry<JobStatus, String>> state = handle.createQuery(STATE)
                    .bind("id", id)
                    .map((rs, ctx) -> Map.entry(JobStatus.valueOf(rs.getString("status")),
                            Objects.toString(rs.getString("idempotency_key"), "")))
                    .findOne();
            if (state.isEmpty() || !isRetryable(state.get().getKey())) {
                return false;
            }
            String key = state.get().getValue();
            if (!key.isEmpty() && state.get().getKey() != JobStatus.FAILED_WILL_RETRY && isTaken(handle, key, id)) {
                throw new DuplicateException(ENTITY, "idempotencyKey", key);
            }
            return retryUnderSavepoint(handle, id, key, now);
        });
    }

    private static boolean isRetryable(JobStatus status) {
        return status == JobStatus.DEAD || status == JobStatus.FAILED_WILL_RETRY || status == JobStatus.CANCELLED;
    }

    private static boolean isTaken(Handle handle, String key, UUID id) {
        return handle.createQuery(KEY_TAKEN).bind("idempotency_key", key).bind("id", id).mapTo(Long.class).one() > 0;
    }

    /**
     * The retry's update, under a savepoint: a live job with the key that a racing transaction committed after the
     * check makes it violate {@code scheduled_jobs_live_idempotency_key_uq}; then it is rolled back to the savepoint
     * (so that the caller's unit of work goes on, on PostgreSQL too) and reported as a duplicate.
     */
    private static boolean retryUnderSavepoint(Handle handle, UUID id, String key, Instant now) {
        handle.savepoint(RETRY_SAVEPOINT);
        try {
            int updated = handle.createUpdate(RETRY).bind("id", id).bind("now", now).execute();
            handle.releaseSavepoint(RETRY_SAVEPOINT);
            return updated > 0;
        } catch (JdbiException failure) {
            if (!SqlErrors.violates(failure, UniqueConstraint.SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ)) {
                throw failure;
            }
            handle.rollbackToSavepoint(RETRY_SAVEPOINT);
            DuplicateException duplicate = new DuplicateException(ENTITY, "idempotencyKey", key);
            duplicate.initCause(failure);
            throw duplicate;
        }
    }

    @Override
    public boolean cancel(UUID id, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        return sql.change(handle -> handle.createUpdate(CANCEL_ONE).bind("id", id).bind("now", now).execute() > 0);
    }

    @Override
    public int purgeFinished(Instant before) {
        Objects.requireNonNull(before, "before");
        return sql.change(handle -> handle.createUpdate(PURGE).bind("before", before).execute());
    }

    @Override
    public void pause(String type, Instant at) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        sql.change(handle -> {
            try {
                return handle.createUpdate(pause).bind("job_type", type).bind("paused_at", at).execute();
            } catch (JdbiException failure) {
                if (!SqlErrors.isUniqueViolation(failure)) {
                    throw failure;
                }
                return 0; // H2: paused already (H2 undoes only the failed statement; the unit of work goes on)
            }
        });
    }

    @Override
    public void resume(String type) {
        Objects.requireNonNull(type, "type");
        sql.change(handle -> handle.createUpdate(RESUME).bind("job_type", type).execute());
    }

    @Override
    public Set<String> pausedTypes() {
        return sql.read(handle -> Collections.unmodifiableSet(new TreeSet<>(handle.createQuery(PAUSED)
                .mapTo(String.class)
                .list())));
    }

    // ---------------------------------------------------------------------------------------------- internals

    /** The ids without repeats, in the given order. */
    private static List<UUID> distinct(Collection<UUID> ids) {
        Objects.requireNonNull(ids, "ids");
        Set<UUID> distinct = new LinkedHashSet<>();
        for (UUID id : ids) {
            distinct.add(Objects.requireNonNull(id, "ids must not hold null"));
        }
        return List.copyOf(distinct);
    }

    /** The error cut to {@link #MAX_ERROR_LENGTH} characters, never between the two halves of a surrogate pair. */
    static String truncated(String error) {
        if (error == null || error.length() <= MAX_ERROR_LENGTH) {
            return error;
        }
        int end = Character.isHighSurrogate(error.charAt(MAX_ERROR_LENGTH - 1)) ? MAX_ERROR_LENGTH - 1
                : MAX_ERROR_LENGTH;
        return error.substring(0, end);
    }
}
