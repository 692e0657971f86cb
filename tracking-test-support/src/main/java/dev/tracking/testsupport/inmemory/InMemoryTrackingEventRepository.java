package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.port.out.TrackingEventRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link TrackingEventRepository} in memory, with the unique key {@code (subject, dedupeKey)} a SQL schema has: a
 * batch stores the events whose key is new and skips the others. Build it over the {@link InMemoryStore} the other
 * repositories share, or get it from {@link InMemoryPersistence#create()}.
 */
public class InMemoryTrackingEventRepository implements TrackingEventRepository {

    static final String ENTITY = "event";

    /** The order events happened in: occurred instant, then recording time, then id. */
    static final Comparator<TrackingEvent> CHRONOLOGICAL = Comparator
            .comparing(TrackingEvent::occurredInstant)
            .thenComparing(TrackingEvent::recordedAt)
            .thenComparing((a, b) -> Uuids.compare(a.id().value(), b.id().value()));

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryTrackingEventRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<TrackingEvent> insertNew(List<TrackingEvent> events) {
        Objects.requireNonNull(events, "events");
        events.forEach(e -> Objects.requireNonNull(e, "events must not hold null"));
        return store.apply(t -> {
            Set<Tables.EventKey> keys = new HashSet<>(t.eventKeys);
            Set<Object> ids = new HashSet<>();
            List<TrackingEvent> stored = new ArrayList<>();
            for (TrackingEvent event : events) {
                if (keys.add(new Tables.EventKey(event.subject(), event.dedupeKey()))) {
                    if (t.events.containsKey(event.id()) || !ids.add(event.id())) {
                        throw new DuplicateException(ENTITY, "id", event.id());
                    }
                    stored.add(event);
                }
            }
            for (TrackingEvent event : stored) {
                t.events.put(event.id(), event);
                t.eventKeys.add(new Tables.EventKey(event.subject(), event.dedupeKey()));
            }
            return List.copyOf(stored);
        });
    }

    @Override
    public List<TrackingEvent> findBySubjects(Collection<ShipmentRef> subjects) {
        Objects.requireNonNull(subjects, "subjects");
        Set<ShipmentRef> wanted = Set.copyOf(subjects);
        return store.apply(t -> t.events.values().stream()
                .filter(e -> wanted.contains(e.subject()))
                .sorted(CHRONOLOGICAL)
                .toList());
    }
}
