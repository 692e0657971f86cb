package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.job.JobRequest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hibernate.query.NativeQuery;

/**
 * PostgreSQL: {@code INSERT ... ON CONFLICT ON CONSTRAINT scheduled_jobs_live_idempotency_key_uq DO NOTHING}. A key
 * another transaction took and has not committed yet makes the insert wait for that transaction, then skip the job if
 * it committed. The payload is cast to {@code jsonb}, so a JSON object is stored, not a JSON string.
 */
final class PostgresScheduledJobInserts implements ScheduledJobInserts {

    private final String insertSql;

    /** @param table the (schema-qualified) name of {@code scheduled_jobs} */
    PostgresScheduledJobInserts(String table) {
        this.insertSql = "INSERT INTO " + table + " (" + COLUMNS + ")"
                + " VALUES (?, ?, CAST(? AS jsonb), ?, '" + NEW_STATUS + "', 0, ?, ?, ?, ?)"
                + " ON CONFLICT ON CONSTRAINT " + UniqueConstraint.LIVE_JOB_KEY_NAME + " DO NOTHING";
    }

    @Override
    public boolean insertUnlessLive(EntityManager entityManager, JobRequest job, String payloadJson) {
        NativeQuery<?> insert = entityManager.createNativeQuery(insertSql).unwrap(NativeQuery.class);
        return insert.setParameter(1, job.id())
                .setParameter(2, job.type())
                .setParameter(3, payloadJson)
                .setParameter(4, job.runAt(), Instant.class)
                .setParameter(5, job.maxAttempts())
                .setParameter(6, job.idempotencyKey(), String.class)
                .setParameter(7, job.createdAt(), Instant.class)
                .setParameter(8, job.createdAt(), Instant.class)
                .executeUpdate() == 1;
    }
}
