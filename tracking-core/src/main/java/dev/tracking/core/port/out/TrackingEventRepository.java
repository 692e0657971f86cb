package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import java.util.Collection;
import java.util.List;

/** Stores status events. Implementations must pass {@code TrackingEventRepositoryContract}. */
public interface TrackingEventRepository {

    /**
     * Stores the events whose {@code (subject, dedupeKey)} is not stored yet, in one batch, and returns those it
     * stored, in the given order. An event repeating a key stored before, or earlier in the same call, is skipped:
     * never an error, never stored twice, even when two callers race.
     */
    List<TrackingEvent> insertNew(List<TrackingEvent> events);

    /** The events of the given shipments, in the order they happened (then by recording time, then id). */
    List<TrackingEvent> findBySubjects(Collection<ShipmentRef> subjects);
}
