package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobScheduler;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Jobs in {@code scheduled_jobs}, written in the caller's unit of work, their payload a JSON object of strings. A key
 * is scheduled once while a job with it is live, the dialect's way ({@link JobInserts}). Waiting jobs are listed and
 * cancelled by a literal prefix of their key ({@link LikePattern#startingWith}) matched against
 * {@code live_idempotency_key}, which PostgreSQL indexes for prefixes ({@code scheduled_jobs_live_key_prefix_idx}).
 * A cancelled job's {@code updated_at} becomes the database's current time, never earlier than it was.
 */
final class JdbiJobScheduler implements JobScheduler {

    private static final String ENTITY = "job";

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

    private final Sql sql;
    private final JobInserts inserts;
    private final MetadataJson payloads;
    private final RowMapper<PlannedJob> mapper;

    JdbiJobScheduler(Sql sql, Dialect dialect, MetadataJson payloads) {
        this.sql = sql;
        this.inserts = dialect.jobInserts();
        this.payloads = payloads;
        this.mapper = (rs, ctx) -> new PlannedJob(
                Columns.uuid(rs, "id"),
                rs.getString("job_type"),
                payloads.read(rs.getString("payload")),
                Columns.instant(rs, "run_at"),
                rs.getString("idempotency_key"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"));
    }

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
                .map(mapper)
                .list());
    }
}
