package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.job.JobRequest;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * H2 (default mode, no {@code ON CONFLICT}): looks up whether a live job has the key, and when none does inserts the
 * job under a savepoint; when a racing transaction took the key in between (a unique violation of
 * {@code scheduled_jobs_live_idempotency_key_uq}) it rolls back to the savepoint and skips the job. The insert runs on
 * the unit of work's own connection, so it commits or rolls back with it. The payload is bound as JSON text
 * ({@code ? FORMAT JSON}), so a JSON object is stored, not a JSON string.
 */
final class H2ScheduledJobInserts implements ScheduledJobInserts {

    private final String insertSql;

    /** @param table the (schema-qualified) name of {@code scheduled_jobs} */
    H2ScheduledJobInserts(String table) {
        this.insertSql = "INSERT INTO " + table + " (" + COLUMNS + ")"
                + " VALUES (?, ?, ? FORMAT JSON, ?, '" + NEW_STATUS + "', 0, ?, ?, ?, ?)";
    }

    @Override
    public boolean insertUnlessLive(EntityManager entityManager, JobRequest job, String payloadJson) {
        if (job.idempotencyKey() != null && isLive(entityManager, job.idempotencyKey())) {
            return false;
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> insert(connection, job,
                payloadJson));
    }

    private static boolean isLive(EntityManager entityManager, String key) {
        return !entityManager.createQuery("select j.id from ScheduledJobEntity j where j.liveIdempotencyKey = :key")
                .setParameter("key", key)
                .getResultList()
                .isEmpty();
    }

    private boolean insert(Connection connection, JobRequest job, String payloadJson) throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(insertSql)) {
            statement.setObject(1, job.id());
            statement.setString(2, job.type());
            statement.setString(3, payloadJson);
            statement.setObject(4, job.runAt().atOffset(ZoneOffset.UTC));
            statement.setInt(5, job.maxAttempts());
            statement.setString(6, job.idempotencyKey());
            statement.setObject(7, job.createdAt().atOffset(ZoneOffset.UTC));
            statement.setObject(8, job.createdAt().atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException failure) {
            connection.rollback(beforeInsert);
            if (job.idempotencyKey() != null
                    && PersistenceErrors.isUniqueViolationOf(failure, UniqueConstraint.LIVE_JOB_KEY)) {
                return false;
            }
            throw failure;
        }
        connection.releaseSavepoint(beforeInsert);
        return true;
    }
}
