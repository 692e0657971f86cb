package dev.tracking.core.domain.event;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;
import java.util.List;

/** New events were stored (duplicates are not among them). */
public record EventsRecorded(List<TrackingEvent> events, Instant at, String actor) implements DomainEvent {

    public EventsRecorded {
        events = List.copyOf(events);
    }
}
