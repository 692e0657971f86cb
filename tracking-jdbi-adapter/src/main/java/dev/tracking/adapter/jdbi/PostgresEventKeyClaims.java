package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.event.TrackingEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: one {@code INSERT ... ON CONFLICT DO NOTHING RETURNING} over the keys as arrays. A key a concurrent
 * transaction inserted makes this one wait for it, then skip the key if it committed or take it if it rolled back.
 */
final class PostgresEventKeyClaims implements EventKeyClaims {

    private static final String CLAIM = """
            INSERT INTO event_dedupe_keys (shipment_kind, shipment_id, dedupe_key, event_id)
            SELECT k.shipment_kind, k.shipment_id, k.dedupe_key, k.event_id
            FROM unnest(:shipment_kinds, :shipment_ids, :dedupe_keys, :event_ids)
                AS k (shipment_kind, shipment_id, dedupe_key, event_id)
            ORDER BY k.shipment_kind, k.shipment_id, k.dedupe_key
            ON CONFLICT DO NOTHING
            RETURNING event_id
            """;

    @Override
    public Set<EventId> claim(Handle handle, List<TrackingEvent> events) {
        List<TrackingEvent> ordered = events.stream().sorted(LOCK_ORDER).toList();
        Set<EventId> claimed = new HashSet<>();
        handle.createQuery(CLAIM)
                .bindArray("shipment_kinds", String.class, ordered.stream().map(e -> e.subject().kind().name()).toList())
                .bindArray("shipment_ids", UUID.class, ordered.stream().map(e -> e.subject().id()).toList())
                .bindArray("dedupe_keys", String.class, ordered.stream().map(TrackingEvent::dedupeKey).toList())
                .bindArray("event_ids", UUID.class, ordered.stream().map(e -> e.id().value()).toList())
                .map((rs, ctx) -> new EventId(Columns.uuid(rs, "event_id")))
                .forEach(claimed::add);
        return claimed;
    }
}
