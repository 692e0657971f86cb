package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobAttempt.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code scheduled_job_attempts} row as a {@link JobAttempt}. */
final class JobAttemptRowMapper implements RowMapper<JobAttempt> {

    @Override
    public JobAttempt map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new JobAttempt(
                Columns.uuid(rs, "job_id"),
                rs.getInt("attempt"),
                rs.getString("owner"),
                Columns.instant(rs, "started_at"),
                Columns.instant(rs, "finished_at"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("error"));
    }
}
