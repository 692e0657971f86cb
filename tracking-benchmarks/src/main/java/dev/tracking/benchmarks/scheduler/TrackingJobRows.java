package dev.tracking.benchmarks.scheduler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Inserts a workload into {@code scheduled_jobs} in JDBC batches, in the row shape the SDK's stores schedule a job
 * with (pending, never tried, five attempts, no idempotency key, an empty payload), much faster than one
 * {@code schedule} call per job. Not measured.
 */
final class TrackingJobRows {

    private static final int BATCH = 1_000;

    private static final String INSERT = """
            INSERT INTO scheduled_jobs (id, job_type, run_at, status, attempts, max_attempts, created_at, updated_at)
            VALUES (?, ?, ?, 'PENDING', 0, 5, ?, ?)
            """;

    private TrackingJobRows() {
    }

    static void insert(DataSource dataSource, Workload workload, String type, long seed) {
        JobIds ids = new JobIds(seed);
        OffsetDateTime created = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < workload.jobs(); i++) {
                    insert.setObject(1, ids.next(i));
                    insert.setString(2, type);
                    insert.setObject(3, OffsetDateTime.ofInstant(workload.due(i), ZoneOffset.UTC));
                    insert.setObject(4, created);
                    insert.setObject(5, created);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not insert the benchmark jobs", e);
        }
    }
}
