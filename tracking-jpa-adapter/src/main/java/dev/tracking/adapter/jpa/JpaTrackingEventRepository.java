package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.port.out.TrackingEventRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@link TrackingEventRepository} over {@code mawb_events} and {@code hawb_events}. {@link #insertNew} drops the events
 * repeating a key earlier in the call, claims the keys of the rest ({@link DedupeKeyClaims}) and stores the events
 * whose key it could claim, in JDBC batches.
 */
final class JpaTrackingEventRepository implements TrackingEventRepository {

    static final String ENTITY = "event";

    /** The order events happened in: occurred instant, then recording time, then id as unsigned bytes. */
    static final Comparator<TrackingEvent> CHRONOLOGICAL = Comparator
            .comparing(TrackingEvent::occurredInstant)
            .thenComparing(TrackingEvent::recordedAt)
            .thenComparing((a, b) -> Uuids.compare(a.id().value(), b.id().value()));

    private final EntityManagerBinding units;
    private final DedupeKeyClaims dedupeKeys;

    JpaTrackingEventRepository(EntityManagerBinding units, DedupeKeyClaims dedupeKeys) {
        this.units = Objects.requireNonNull(units, "units");
        this.dedupeKeys = Objects.requireNonNull(dedupeKeys, "dedupeKeys");
    }

    @Override
    public List<TrackingEvent> insertNew(List<TrackingEvent> events) {
        Objects.requireNonNull(events, "events");
        events.forEach(event -> Objects.requireNonNull(event, "events must not hold null"));
        List<TrackingEvent> candidates = firstOfEachKey(events);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, WriteTarget.batchOf(ENTITY), () -> {
            Set<UUID> claimed = dedupeKeys.claim(em, candidates);
            List<TrackingEvent> stored = candidates.stream()
                    .filter(event -> claimed.contains(event.id().value()))
                    .toList();
            List<EventColumns> rows = stored.stream().map(EventMapper::toEntity).toList();
            rows.forEach(em::persist);
            em.flush();
            rows.forEach(em::detach); // append-only rows: no need to keep them in the persistence context
            return stored;
        }));
    }

    @Override
    public List<TrackingEvent> findBySubjects(Collection<ShipmentRef> subjects) {
        Objects.requireNonNull(subjects, "subjects");
        List<UUID> mawbIds = idsOf(subjects, ShipmentKind.MAWB);
        List<UUID> hawbIds = idsOf(subjects, ShipmentKind.HAWB);
        if (mawbIds.isEmpty() && hawbIds.isEmpty()) {
            return List.of();
        }
        return units.inUnitOfWork(em -> {
            List<TrackingEvent> timeline = new ArrayList<>();
            timeline.addAll(eventsOf(em, MawbEventEntity.class, mawbIds));
            timeline.addAll(eventsOf(em, HawbEventEntity.class, hawbIds));
            timeline.sort(CHRONOLOGICAL);
            return timeline;
        });
    }

    private static List<TrackingEvent> eventsOf(EntityManager em, Class<? extends EventColumns> table,
            List<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from " + table.getSimpleName() + " e where e.subjectId in :ids", table)
                .setParameter("ids", subjectIds)
                .getResultStream()
                .map(EventMapper::toDomain)
                .toList();
    }

    private static List<UUID> idsOf(Collection<ShipmentRef> subjects, ShipmentKind kind) {
        return subjects.stream().filter(ref -> ref.kind() == kind).map(ShipmentRef::id).distinct().toList();
    }

    /** The events in the given order, less those repeating the {@code (subject, dedupeKey)} of an earlier one. */
    private static List<TrackingEvent> firstOfEachKey(List<TrackingEvent> events) {
        Set<List<Object>> seen = new HashSet<>();
        return events.stream()
                .filter(event -> seen.add(List.of(event.subject(), event.dedupeKey())))
                .toList();
    }
}
