package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.event.TrackingEvent;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Claims events' dedupe keys in {@code event_dedupe_keys}, in the unit of work's transaction: a key row is inserted
 * only when no row with its {@code (shipment_kind, shipment_id, dedupe_key)} exists, also when another transaction
 * races to insert the same key (one of them wins, the other skips it, neither fails). Each database does it its own
 * way: PostgreSQL with {@code ON CONFLICT DO NOTHING RETURNING}, H2 (which has no such clause) by looking up the keys
 * first and falling back to row-by-row inserts under savepoints when a racing insert still collides.
 */
interface DedupeKeyClaims {

    /** Orders key rows the same way in every transaction, so that racing inserts lock them in one order. */
    Comparator<TrackingEvent> KEY_ORDER = Comparator
            .comparing((TrackingEvent e) -> e.subject().kind())
            .thenComparing(e -> e.subject().id())
            .thenComparing(TrackingEvent::dedupeKey);

    /**
     * Inserts the key rows of {@code events} whose keys are free and returns the ids of those events.
     *
     * @param events events with distinct {@code (subject, dedupeKey)}
     */
    Set<UUID> claim(EntityManager entityManager, List<TrackingEvent> events);
}
