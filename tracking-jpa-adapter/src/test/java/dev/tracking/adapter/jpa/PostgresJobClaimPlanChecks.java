package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.testsupport.PersistencePorts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL only: a claim reads the waiting jobs through {@code scheduled_jobs_due_idx} in run-time order only as far
 * as its limit, also when a backlog is due at one instant behind many jobs claimed before it: it neither sorts every
 * due job (an anti-join for the paused types, or ties ordered by id) nor walks {@code scheduled_jobs_run_at_idx}, which
 * holds the finished jobs too. The adapter's select is explained with the claim's values bound.
 */
abstract class PostgresJobClaimPlanChecks {

    private static final Instant T0 = Instant.parse("2025-03-17T08:00:00.123456Z");
    private static final int JOBS = 5_000;
    private static final int LIMIT = 50;

    abstract DatabaseUnderTest db();

    @Test
    void aBacklogDueAtOneInstantIsClaimedThroughTheDueIndexAsFarAsTheLimit() throws SQLException {
        PersistencePorts ports = db().emptyPorts();
        for (String status : new String[] {"COMPLETED", "PENDING"}) {
            execute("""
                    INSERT INTO scheduled_jobs (id, job_type, payload, run_at, status, attempts, max_attempts,
                                                created_at, updated_at)
                    SELECT gen_random_uuid(), 'email', '{}', TIMESTAMPTZ '2025-03-17 07:00:00Z', '%s', 1, 5,
                           now(), now()
                    FROM generate_series(1, %d)
                    """.formatted(status, JOBS));
        }
        execute("ANALYZE scheduled_jobs");
        db().jdbc().clear();

        assertThat(ports.jobStore().claimDue(new JobClaim("node-a", T0, T0.plusSeconds(60), LIMIT,
                Set.of("email")))).hasSize(LIMIT);

        String select = db().jdbc().on("scheduled_jobs").stream()
                .map(Execution::sql)
                .filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith("select"))
                .findFirst()
                .orElseThrow();
        assertThat(plan(select)).as(select)
                .contains("scheduled_jobs_due_idx")
                .doesNotContain("scheduled_jobs_run_at_idx")
                .doesNotContain("Sort")
                .doesNotContain("Anti Join");
    }

    /** The select's plan, bound as the adapter binds it: the claim's time, its type, its limit. */
    private String plan(String sql) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            assertThat(explain.getParameterMetaData().getParameterCount()).as(sql).isEqualTo(3);
            explain.setObject(1, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            explain.setString(2, "email");
            explain.setInt(3, LIMIT);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
