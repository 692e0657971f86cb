package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL: listing and cancelling a MAWB's reminders by key prefix uses the prefix index on
 * {@code live_idempotency_key} ({@code text_pattern_ops}), and claiming due jobs the partial index of the waiting jobs
 * by run time ({@code scheduled_jobs_due_idx}), not a scan of every job, also for a backlog due at one instant.
 */
abstract class PostgresJobTests {

    private static final int JOBS = 5_000;
    private static final String INDEX = "scheduled_jobs_live_key_prefix_idx";
    private static final String DUE_INDEX = "scheduled_jobs_due_idx";

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
        assertThat(plan(JdbiJobStore.PENDING, "reminder:42:")).contains(INDEX);
    }

    @Test
    void cancelFindsThePrefixThroughTheIndex() {
        assertThat(plan(JdbiJobStore.CANCEL, "reminder:42:")).contains(INDEX);
    }

    @Test
    void aPrefixWithEscapedCharactersStillUsesTheIndex() {
        assertThat(plan(JdbiJobStore.PENDING, "reminder:4_2%:")).contains(INDEX);
    }

    @Test
    void claimFindsTheDueJobsThroughTheDueIndex() {
        execute("""
                INSERT INTO scheduled_jobs (id, job_type, payload, run_at, status, attempts, max_attempts,
                                            created_at, updated_at)
                SELECT gen_random_uuid(), 'email', '{}', now() - i * interval '1 minute', 'COMPLETED', 1, 5, now(),
                       now()
                FROM generate_series(1, %d) AS i
                """.formatted(JOBS));
        execute("ANALYZE scheduled_jobs");

        List<String> lines = Jdbi.create(database().dataSource()).withHandle(handle -> handle
                .createQuery("EXPLAIN " + PostgresJobLeases.CLAIM)
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(30))
                .bindArray("types", String.class, List.of("email", "reminder"))
                .bind("limit", 50)
                .bind("owner", "node-a")
                .bind("lease_until", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(35))
                .mapTo(String.class)
                .list());
        String plan = String.join("\n", lines);

        assertThat(plan).as("the due jobs, locked, through the due index; then updated by primary key")
                .contains(DUE_INDEX).contains("LockRows").contains("scheduled_jobs_pkey");
    }

    @Test
    void aBacklogDueAtOneInstantIsClaimedThroughTheDueIndexAsFarAsTheLimit() {
        for (String status : List.of("COMPLETED", "PENDING")) {
            execute("""
                    INSERT INTO scheduled_jobs (id, job_type, payload, run_at, status, attempts, max_attempts,
                                                created_at, updated_at)
                    SELECT gen_random_uuid(), 'email', '{}', TIMESTAMPTZ '2025-03-17 07:00:00Z', '%s', 1, 5, now(),
                           now()
                    FROM generate_series(1, %d)
                    """.formatted(status, JOBS));
        }
        execute("ANALYZE scheduled_jobs");

        List<String> lines = Jdbi.create(database().dataSource()).withHandle(handle -> handle
                .createQuery("EXPLAIN " + PostgresJobLeases.CLAIM)
                .bind("now", OffsetDateTime.parse("2025-03-17T08:00:00Z"))
                .bindArray("types", String.class, List.of("email"))
                .bind("limit", 50)
                .bind("owner", "node-a")
                .bind("lease_until", OffsetDateTime.parse("2025-03-17T08:05:00Z"))
                .mapTo(String.class)
                .list());
        String plan = String.join("\n", lines);

        assertThat(plan).as("the waiting jobs in the due index's order, neither sorted nor found among finished ones")
                .contains(DUE_INDEX)
                .doesNotContain("scheduled_jobs_run_at_idx")
                .doesNotContain("Sort Key: j.");
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
