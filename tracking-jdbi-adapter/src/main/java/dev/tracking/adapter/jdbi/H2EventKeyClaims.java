package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.event.TrackingEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * H2, which has no {@code ON CONFLICT} in its default mode: leaves out the keys already stored, inserts the rest in one
 * JDBC batch and, when a racing transaction took one of them meanwhile (a primary key violation), rolls the batch back
 * to a savepoint and inserts its keys one by one, skipping those that violate the key. (H2 undoes only the failed
 * statement, so the transaction goes on.)
 */
final class H2EventKeyClaims implements EventKeyClaims {

    private static final String SAVEPOINT = "event_dedupe_keys";

    /** Formatted with one {@code (?, ?, ?)} row per key looked up. */
    private static final String STORED = """
            SELECT k.shipment_kind, k.shipment_id, k.dedupe_key
            FROM (VALUES %s) AS v (shipment_kind, shipment_id, dedupe_key)
            JOIN event_dedupe_keys k ON k.shipment_kind = v.shipment_kind AND k.shipment_id = v.shipment_id
                AND k.dedupe_key = v.dedupe_key
            """;

    private static final String KEY_ROW = "(CAST(? AS VARCHAR(4)), CAST(? AS UUID), CAST(? AS VARCHAR(128)))";

    /** At most this many keys are looked up by one statement. */
    private static final int KEYS_PER_LOOKUP = 500;

    private static final String INSERT = """
            INSERT INTO event_dedupe_keys (shipment_kind, shipment_id, dedupe_key, event_id)
            VALUES (:shipment_kind, :shipment_id, :dedupe_key, :event_id)
            """;

    /** A stored key. */
    private record Key(ShipmentKind kind, UUID shipmentId, String dedupeKey) {

        static Key of(TrackingEvent event) {
            return new Key(event.subject().kind(), event.subject().id(), event.dedupeKey());
        }
    }

    @Override
    public Set<EventId> claim(Handle handle, List<TrackingEvent> events) {
        Set<Key> stored = stored(handle, events);
        List<TrackingEvent> fresh = events.stream()
                .filter(e -> !stored.contains(Key.of(e)))
                .sorted(LOCK_ORDER)
                .toList();
        if (fresh.isEmpty()) {
            return Set.of();
        }
        handle.savepoint(SAVEPOINT);
        try {
            insertBatch(handle, fresh);
            handle.releaseSavepoint(SAVEPOINT);
            return ids(fresh);
        } catch (JdbiException failure) {
            if (!SqlErrors.isUniqueViolation(failure)) {
                throw failure;
            }
            handle.rollbackToSavepoint(SAVEPOINT);
            return insertOneByOne(handle, fresh);
        }
    }

    /**
     * The keys of these events stored before: the keys to look for as a table of values joined to the stored ones, so
     * that H2 finds each in the primary key's index rather than testing every stored key against lists.
     */
    private static Set<Key> stored(Handle handle, List<TrackingEvent> events) {
        Set<Key> stored = new HashSet<>();
        for (int from = 0; from < events.size(); from += KEYS_PER_LOOKUP) {
            List<TrackingEvent> chunk = events.subList(from, Math.min(events.size(), from + KEYS_PER_LOOKUP));
            var query = handle.createQuery(STORED.formatted(String.join(", ",
                    java.util.Collections.nCopies(chunk.size(), KEY_ROW))));
            int position = 0;
            for (TrackingEvent event : chunk) {
                query.bind(position++, event.subject().kind().name())
                        .bind(position++, event.subject().id())
                        .bind(position++, event.dedupeKey());
            }
            query.map((rs, ctx) -> new Key(ShipmentKind.valueOf(rs.getString("shipment_kind")),
                            Columns.uuid(rs, "shipment_id"), rs.getString("dedupe_key")))
                    .forEach(stored::add);
        }
        return stored;
    }

    private static void insertBatch(Handle handle, List<TrackingEvent> events) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        events.forEach(event -> bind(batch, event).add());
        batch.execute();
    }

    private static Set<EventId> insertOneByOne(Handle handle, List<TrackingEvent> events) {
        Set<EventId> claimed = new HashSet<>();
        for (TrackingEvent event : events) {
            try {
                bind(handle.createUpdate(INSERT), event).execute();
                claimed.add(event.id());
            } catch (JdbiException failure) {
                if (!SqlErrors.isUniqueViolation(failure)) {
                    throw failure;
                }
            }
        }
        return claimed;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, TrackingEvent event) {
        return statement.bind("shipment_kind", event.subject().kind().name())
                .bind("shipment_id", event.subject().id())
                .bind("dedupe_key", event.dedupeKey())
                .bind("event_id", event.id().value());
    }

    private static Set<EventId> ids(List<TrackingEvent> events) {
        Set<EventId> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
