package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.audit.ChainHead;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import org.hibernate.Session;

/**
 * Recreates the missing row of {@code audit_chain_head} (a truncated database, an operator's mistake, a partial
 * restore) from the entry with the highest {@code seq}, or as {@link ChainHead#EMPTY} when the log is empty, never
 * overwriting a row another writer created meanwhile: PostgreSQL inserts it with {@code ON CONFLICT (id) DO NOTHING},
 * which waits for a racing insert and then leaves that row alone; H2 inserts it under a savepoint and, when a racing
 * insert got there first (a unique violation once that writer committed), rolls back to the savepoint and keeps the
 * other row. Either way the unit of work goes on, on the unit's own connection, and then locks whatever row stands.
 */
final class ChainHeadRow {

    private static final List<String> COLUMNS = List.of("id", "last_seq", "last_hash");

    private final String insertUnlessPresent;

    /** @param table the (schema-qualified) name of {@code audit_chain_head} */
    ChainHeadRow(SupportedDatabase database, String table) {
        this.insertUnlessPresent = database.insertUnlessPresent(table, List.of("id"), COLUMNS);
    }

    /** Inserts the head row as the last entry leaves it, unless a row exists by then. */
    void createFromLastEntry(EntityManager entityManager) {
        ChainHead last = entityManager
                .createQuery("select a.seq, a.hash from AuditEntryEntity a order by a.seq desc", Object[].class)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .map(row -> new ChainHead((Long) row[0], (String) row[1]))
                .findFirst()
                .orElse(ChainHead.EMPTY);
        entityManager.unwrap(Session.class).doWork(connection -> insertUnlessPresent(connection, last));
    }

    private void insertUnlessPresent(Connection connection, ChainHead head) throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(insertUnlessPresent)) {
            insert.setShort(1, AuditChainHeadEntity.ID);
            insert.setLong(2, head.seq());
            insert.setString(3, head.hash());
            insert.executeUpdate();
        } catch (SQLException failure) {
            if (!PersistenceErrors.isUniqueViolation(failure)) {
                throw failure;
            }
            connection.rollback(beforeInsert); // another writer's row stands; the caller locks it
            return;
        }
        connection.releaseSavepoint(beforeInsert);
    }
}
