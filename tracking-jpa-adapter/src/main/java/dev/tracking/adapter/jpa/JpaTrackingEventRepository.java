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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

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
    private final Map<ShipmentKind, PostgresArrayInsert<TrackingEvent>> arrayInserts;

    /**
     * @param arrayInserts how to insert each kind's events as arrays (PostgreSQL), or none: then as entities in JDBC
     *                     batches
     */
    JpaTrackingEventRepository(EntityManagerBinding units, DedupeKeyClaims dedupeKeys,
            Map<ShipmentKind, PostgresArrayInsert<TrackingEvent>> arrayInserts) {
        this.units = Objects.requireNonNull(units, "units");
        this.dedupeKeys = Objects.requireNonNull(dedupeKeys, "dedupeKeys");
        this.arrayInserts = Map.copyOf(arrayInserts);
    }

    /** PostgreSQL: the events of each kind in one statement over arrays, their metadata written by {@code json}. */
    static Map<ShipmentKind, PostgresArrayInsert<TrackingEvent>> arrayInserts(String mawbEvents, String hawbEvents,
            JsonMapper json) {
        return Map.of(ShipmentKind.MAWB, arrayInsert(mawbEvents, "mawb_id", json),
                ShipmentKind.HAWB, arrayInsert(hawbEvents, "hawb_id", json));
    }

    private static PostgresArrayInsert<TrackingEvent> arrayInsert(String table, String subjectColumn,
            JsonMapper json) {
        return PostgresArrayInsert.<TrackingEvent>into(table)
                .column("id", "uuid", e -> e.id().value())
                .column(subjectColumn, "uuid", e -> e.subject().id())
                .column("code", "varchar", e -> e.code().value())
                .column("time_type", "varchar", e -> e.timeType().name())
                .column("occurred_at", "timestamptz", TrackingEvent::occurredInstant)
                .column("occurred_offset", "integer", e -> e.occurredAt().getOffset().getTotalSeconds())
                .column("location", "varchar", e -> e.location() == null ? null : e.location().value())
                .column("portion_type", "varchar", e -> e.portion() == null ? null : e.portion().type().name())
                .column("portion_pieces", "integer", e -> e.portion() == null ? null : e.portion().pieces())
                .column("portion_weight_amount", "numeric",
                        e -> e.portion() == null || e.portion().weight() == null ? null
                                : e.portion().weight().amount())
                .column("portion_weight_unit", "varchar",
                        e -> e.portion() == null || e.portion().weight() == null ? null
                                : e.portion().weight().unit().name())
                .column("flight", "varchar", e -> e.flight() == null ? null : e.flight().value())
                .column("source", "varchar", e -> e.source().name())
                .column("remarks", "varchar", TrackingEvent::remarks)
                .column("metadata", "jsonb", e -> json.writeValueAsString(new LinkedHashMap<>(e.metadata())))
                .column("dedupe_key", "varchar", TrackingEvent::dedupeKey)
                .column("recorded_at", "timestamptz", TrackingEvent::recordedAt)
                .column("recorded_by", "varchar", TrackingEvent::recordedBy);
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
            if (!arrayInserts.isEmpty()) {
                for (ShipmentKind kind : ShipmentKind.values()) {
                    arrayInserts.get(kind).insert(em, stored.stream().filter(e -> e.subject().kind() == kind)
                            .toList());
                }
                return stored;
            }
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
