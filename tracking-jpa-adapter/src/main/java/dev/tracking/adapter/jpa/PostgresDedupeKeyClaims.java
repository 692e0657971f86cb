package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.event.TrackingEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * PostgreSQL: {@code INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING RETURNING event_id}, up to
 * {@value #ROWS_PER_STATEMENT} key rows a statement. A key another transaction inserted and has not committed yet
 * makes the insert wait for that transaction, then skip the key if it committed.
 */
final class PostgresDedupeKeyClaims implements DedupeKeyClaims {

    static final int ROWS_PER_STATEMENT = 250;

    private final String table;

    /** @param table the (schema-qualified) name of {@code event_dedupe_keys} */
    PostgresDedupeKeyClaims(String table) {
        this.table = table;
    }

    @Override
    public Set<UUID> claim(EntityManager entityManager, List<TrackingEvent> events) {
        List<TrackingEvent> ordered = events.stream().sorted(KEY_ORDER).toList();
        Set<UUID> claimed = new HashSet<>();
        for (int from = 0; from < ordered.size(); from += ROWS_PER_STATEMENT) {
            List<TrackingEvent> chunk = ordered.subList(from, Math.min(from + ROWS_PER_STATEMENT, ordered.size()));
            claimed.addAll(insertReturningClaimed(entityManager, chunk));
        }
        return claimed;
    }

    private List<UUID> insertReturningClaimed(EntityManager entityManager, List<TrackingEvent> chunk) {
        String rows = String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)"));
        Query insert = entityManager.createNativeQuery("INSERT INTO " + table
                + " (shipment_kind, shipment_id, dedupe_key, event_id) VALUES " + rows
                + " ON CONFLICT DO NOTHING RETURNING event_id", UUID.class);
        int position = 1;
        for (TrackingEvent event : chunk) {
            insert.setParameter(position++, event.subject().kind().name());
            insert.setParameter(position++, event.subject().id());
            insert.setParameter(position++, event.dedupeKey());
            insert.setParameter(position++, event.id().value());
        }
        @SuppressWarnings("unchecked")
        List<UUID> claimed = insert.getResultList();
        return claimed;
    }
}
