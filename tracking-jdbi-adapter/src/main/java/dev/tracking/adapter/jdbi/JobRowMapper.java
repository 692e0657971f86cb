package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code scheduled_jobs} row ({@link #COLUMNS}) as a {@link Job}, its payload read from its JSON object. */
final class JobRowMapper implements RowMapper<Job> {

    /** The columns the mapper reads, unqualified, in table order. */
    static final String COLUMNS = """
            id, job_type, payload, run_at, status, attempts, max_attempts, last_error, lease_owner, lease_expires_at,
            idempotency_key, created_at, updated_at
            """.strip();

    private final MetadataJson payloads;

    JobRowMapper(MetadataJson payloads) {
        this.payloads = payloads;
    }

    @Override
    public Job map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Job(
                Columns.uuid(rs, "id"),
                rs.getString("job_type"),
                payloads.read(rs.getString("payload")),
                Columns.instant(rs, "run_at"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                rs.getString("last_error"),
                rs.getString("lease_owner"),
                Columns.instant(rs, "lease_expires_at"),
                rs.getString("idempotency_key"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"));
    }
}
