package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.event.TrackingEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Claims events' dedupe keys in {@code event_dedupe_keys}: an event may be stored only when its key row could be
 * inserted. A key stored before, or by a transaction racing this one, is skipped, never an error.
 */
interface EventKeyClaims {

    /** The order keys are inserted in, the same in every transaction, so that racing batches cannot deadlock. */
    Comparator<TrackingEvent> LOCK_ORDER = Comparator
            .comparing((TrackingEvent e) -> e.subject().kind())
            .thenComparing((a, b) -> Uuids.compare(a.subject().id(), b.subject().id()))
            .thenComparing(TrackingEvent::dedupeKey);

    /**
     * Inserts the key row of every event whose key is free, and returns those events' ids.
     *
     * @param events non-empty, no two with the same subject and key
     */
    Set<EventId> claim(Handle handle, List<TrackingEvent> events);
}
