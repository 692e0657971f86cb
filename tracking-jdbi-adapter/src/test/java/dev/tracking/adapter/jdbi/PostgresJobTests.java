package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL: listing and cancelling a MAWB's reminders by key prefix uses the prefix index on
 * {@code live_idempotency_key} ({@code text_pattern_ops}), not a scan of every job.
 */
abstract class PostgresJobTests {

    private static final int JOBS = 5_000;
    private static final String INDEX = "scheduled_jobs_live_key_prefix_idx";

    abstract TestDatabase database();

    @BeforeEach
    void givenManyJobs() {
        database().truncateAll();
        execute("""
                INSERT INTO scheduled_jobs (id, job_type, payload, run_at, status, attempts, max_attempts,
                                            idempotency_key, created_at, updated_at)
                SELECT gen_random_uuid(), 'reminder', '{}', now() + i * interval '1 minute', 'PENDING', 0, 5,
                       'reminder:' || i || ':ISC_PAYMENT:' || i, now(), now()
                FROM generate_series(1, %d) AS i
                """.formatted(JOBS));
        execute("ANALYZE scheduled_jobs");
    }

    @Test
    void pendingFindsThePrefixThroughTheIndex() {
        assertThat(plan(JdbiJobScheduler.PENDING, "reminder:42:")).contains(INDEX);
    }

    @Test
    void cancelFindsThePrefixThroughTheIndex() {
        assertThat(plan(JdbiJobScheduler.CANCEL, "reminder:42:")).contains(INDEX);
    }

    @Test
    void aPrefixWithEscapedCharactersStillUsesTheIndex() {
        assertThat(plan(JdbiJobScheduler.PENDING, "reminder:4_2%:")).contains(INDEX);
    }

    /** The plan PostgreSQL makes for the adapter's statement with the prefix bound, as the adapter binds it. */
    private String plan(String statement, String prefix) {
        List<String> lines = Jdbi.create(database().dataSource()).withHandle(handle -> handle
                .createQuery("EXPLAIN " + statement)
                .bind("prefix", LikePattern.startingWith(prefix))
                .mapTo(String.class)
                .list());
        return String.join("\n", lines);
    }

    private void execute(String sql) {
        try (Connection connection = database().dataSource().getConnection();
                Statement jdbc = connection.createStatement()) {
            jdbc.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }
}
