package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.mawb.MawbStatusChange;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * PostgreSQL: the status changes of many MAWBs in one {@code UPDATE ... FROM unnest(...)} over arrays (Hibernate does
 * not batch an update per row any faster than the rows' count of round trips allows), each row only when its version
 * is still the expected one. The caller detaches the rows it had read, so the unit of work reads them anew.
 */
final class PostgresMawbStatusUpdates {

    private final String sql;

    /** @param table {@code mawbs} as native SQL must name it (schema-qualified where configured) */
    PostgresMawbStatusUpdates(String table) {
        this.sql = """
                UPDATE %s m
                SET status = c.status, status_as_of = c.status_as_of, customs_status = c.customs_status,
                    updated_at = c.updated_at, version = m.version + 1
                FROM unnest(CAST(? AS uuid[]), CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS timestamptz[]),
                            CAST(? AS varchar[]), CAST(? AS timestamptz[]))
                    AS c (id, version, status, status_as_of, customs_status, updated_at)
                WHERE m.id = c.id AND m.version = c.version
                RETURNING m.id
                """.formatted(table);
    }

    /** Writes every change whose version is still the stored one; returns the ids written. */
    Set<UUID> update(EntityManager entityManager, List<MawbStatusChange> changes) {
        Set<UUID> updated = new HashSet<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                List<Function<MawbStatusChange, Object>> columns = List.of(
                        c -> c.id().value(),
                        MawbStatusChange::version,
                        c -> c.state().status().name(),
                        c -> c.state().asOf(),
                        c -> c.state().customs().name(),
                        MawbStatusChange::updatedAt);
                for (int i = 0; i < columns.size(); i++) {
                    Object[] values = new String[changes.size()];
                    for (int r = 0; r < changes.size(); r++) {
                        Object value = columns.get(i).apply(changes.get(r));
                        values[r] = value instanceof Instant instant ? instant.toString()
                                : value == null ? null : value.toString();
                    }
                    Array array = connection.createArrayOf("text", values);
                    statement.setArray(i + 1, array);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        updated.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return updated;
    }
}
