package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.event.TrackingEvent;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * H2 (default mode, no {@code ON CONFLICT}): looks up which keys exist, inserts the rest in one JDBC batch under a
 * savepoint, and, when a racing transaction inserted one of them in between (a primary key violation), rolls back to
 * the savepoint and inserts them one by one, each under its own savepoint, skipping those that collide. The inserts
 * run on the unit of work's own connection, so they commit or roll back with it.
 */
final class H2DedupeKeyClaims implements DedupeKeyClaims {

    /** At most this many keys are looked up by one statement. */
    private static final int KEYS_PER_LOOKUP = 500;

    private static final String KEY_ROW = "(CAST(? AS VARCHAR(4)), CAST(? AS UUID), CAST(? AS VARCHAR(128)))";

    private final String insertSql;
    private final String storedSql;

    /** @param table the (schema-qualified) name of {@code event_dedupe_keys} */
    H2DedupeKeyClaims(String table) {
        this.insertSql = "INSERT INTO " + table
                + " (shipment_kind, shipment_id, dedupe_key, event_id) VALUES (?, ?, ?, ?)";
        this.storedSql = "SELECT k.shipment_kind, k.shipment_id, k.dedupe_key FROM (VALUES %s)"
                + " AS v (shipment_kind, shipment_id, dedupe_key) JOIN " + table + " k"
                + " ON k.shipment_kind = v.shipment_kind AND k.shipment_id = v.shipment_id"
                + " AND k.dedupe_key = v.dedupe_key";
    }

    @Override
    public Set<UUID> claim(EntityManager entityManager, List<TrackingEvent> events) {
        Set<DedupeKeyEntity.Key> stored = storedKeys(entityManager, events);
        List<TrackingEvent> free = events.stream()
                .filter(event -> !stored.contains(keyOf(event)))
                .sorted(KEY_ORDER)
                .toList();
        if (free.isEmpty()) {
            return Set.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> insert(connection, free));
    }

    /**
     * The keys of these events stored before: the keys to look for as a table of values joined to the stored ones, so
     * that H2 finds each in the primary key's index rather than testing every stored key against lists.
     */
    private Set<DedupeKeyEntity.Key> storedKeys(EntityManager entityManager, List<TrackingEvent> events) {
        Set<DedupeKeyEntity.Key> stored = new HashSet<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < events.size(); from += KEYS_PER_LOOKUP) {
                List<TrackingEvent> chunk = events.subList(from, Math.min(events.size(), from + KEYS_PER_LOOKUP));
                String sql = storedSql.formatted(String.join(", ", Collections.nCopies(chunk.size(), KEY_ROW)));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int position = 1;
                    for (TrackingEvent event : chunk) {
                        statement.setString(position++, event.subject().kind().name());
                        statement.setObject(position++, event.subject().id());
                        statement.setString(position++, event.dedupeKey());
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            stored.add(new DedupeKeyEntity.Key(rows.getString(1), rows.getObject(2, UUID.class),
                                    rows.getString(3)));
                        }
                    }
                }
            }
        });
        return stored;
    }

    private Set<UUID> insert(Connection connection, List<TrackingEvent> events) throws SQLException {
        Savepoint beforeBatch = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(insertSql)) {
            for (TrackingEvent event : events) {
                bind(statement, event);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException failure) {
            if (!PersistenceErrors.isUniqueViolation(failure)) {
                throw failure;
            }
            connection.rollback(beforeBatch);
            return insertOneByOne(connection, events);
        }
        connection.releaseSavepoint(beforeBatch);
        return ids(events);
    }

    private Set<UUID> insertOneByOne(Connection connection, List<TrackingEvent> events) throws SQLException {
        Set<UUID> claimed = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(insertSql)) {
            for (TrackingEvent event : events) {
                Savepoint beforeRow = connection.setSavepoint();
                try {
                    bind(statement, event);
                    statement.executeUpdate();
                    connection.releaseSavepoint(beforeRow);
                    claimed.add(event.id().value());
                } catch (SQLException failure) {
                    if (!PersistenceErrors.isUniqueViolation(failure)) {
                        throw failure;
                    }
                    connection.rollback(beforeRow);
                }
            }
        }
        return claimed;
    }

    private static void bind(PreparedStatement statement, TrackingEvent event) throws SQLException {
        statement.setString(1, event.subject().kind().name());
        statement.setObject(2, event.subject().id());
        statement.setString(3, event.dedupeKey());
        statement.setObject(4, event.id().value());
    }

    private static DedupeKeyEntity.Key keyOf(TrackingEvent event) {
        return new DedupeKeyEntity.Key(event.subject().kind().name(), event.subject().id(), event.dedupeKey());
    }

    private static Set<UUID> ids(List<TrackingEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.id().value()));
        return ids;
    }
}
