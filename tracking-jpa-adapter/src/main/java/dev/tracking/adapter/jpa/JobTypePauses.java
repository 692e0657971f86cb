package dev.tracking.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Pauses a job type: inserts its row into {@code job_type_pauses} unless one stands, keeping the first pause's time,
 * without failing a statement when the type is paused already (also by a racing unit of work), so the caller's unit
 * of work goes on. PostgreSQL inserts with {@code ON CONFLICT (job_type) DO NOTHING}, which waits for a racing insert
 * and then leaves that row alone; H2 inserts under a savepoint and rolls back to it on a unique violation. Runs on the
 * unit of work's own connection.
 */
final class JobTypePauses {

    private static final List<String> COLUMNS = List.of("job_type", "paused_at");

    private final String insertUnlessPresent;

    /** @param table the (schema-qualified) name of {@code job_type_pauses} */
    JobTypePauses(SupportedDatabase database, String table) {
        this.insertUnlessPresent = database.insertUnlessPresent(table, List.of("job_type"), COLUMNS);
    }

    /** Inserts the pause of {@code type} at {@code at}, unless the type is paused already. */
    void pause(EntityManager entityManager, String type, Instant at) {
        entityManager.unwrap(Session.class).doWork(connection -> insertUnlessPresent(connection, type, at));
    }

    private void insertUnlessPresent(Connection connection, String type, Instant at) throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(insertUnlessPresent)) {
            insert.setString(1, type);
            insert.setObject(2, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException failure) {
            connection.rollback(beforeInsert);
            if (PersistenceErrors.isUniqueViolation(failure)) {
                return; // paused already: the first pause stands
            }
            throw failure;
        }
        connection.releaseSavepoint(beforeInsert);
    }
}
