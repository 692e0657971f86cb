package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.testsupport.PersistencePorts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL only: the statements that list and cancel the waiting jobs of a key prefix can be served by
 * {@code scheduled_jobs_live_key_prefix_idx} ({@code text_pattern_ops}), the prefix bound as a parameter and its
 * wildcards escaped. Each statement the adapter ran is explained again with sequential scans switched off.
 */
abstract class PostgresJobKeyIndexChecks {

    private static final String PREFIX = "reminder:0192f3e4:ISC_";

    abstract DatabaseUnderTest db();

    @Test
    void listingAndCancellingByPrefixCanUseTheKeyPrefixIndex() throws SQLException {
        PersistencePorts ports = db().emptyPorts();
        db().jdbc().clear();

        ports.jobScheduler().pending(PREFIX);
        ports.jobScheduler().cancel(PREFIX);

        List<String> statements = db().jdbc().on("scheduled_jobs").stream().map(Execution::sql).toList();
        assertThat(statements).hasSize(2);
        for (String sql : statements) {
            assertThat(plan(sql)).as(sql).contains("scheduled_jobs_live_key_prefix_idx");
        }
    }

    /** The statement's plan, bound as the adapter binds it: (the new status,) the waiting statuses, the pattern. */
    private String plan(String sql) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                    PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                settings.execute("SET LOCAL enable_seqscan = off");
                int parameters = explain.getParameterMetaData().getParameterCount();
                List<String> values = new ArrayList<>();
                if (parameters == 4) {
                    values.add("CANCELLED");
                }
                values.addAll(List.of("PENDING", "FAILED_WILL_RETRY", LikePattern.startingWith(PREFIX)));
                for (int i = 0; i < values.size(); i++) {
                    explain.setString(i + 1, values.get(i));
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
