package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.port.out.TrackingEventRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Events in {@code mawb_events} and {@code hawb_events}, stored once per {@code (subject, dedupe key)}: the keys live
 * in {@code event_dedupe_keys}, claimed the dialect's way ({@link EventKeyClaims}) before the events are inserted in a
 * JDBC batch per table.
 */
final class JdbiTrackingEventRepository implements TrackingEventRepository {

    private static final String ENTITY = "event";

    /** Formatted with the table, its subject column and the dialect's JSON parameter. */
    private static final String INSERT = """
            INSERT INTO %1$s (id, %2$s, code, time_type, occurred_at, occurred_offset, location, portion_type,
                              portion_pieces, portion_weight_amount, portion_weight_unit, flight, source, remarks,
                              metadata, dedupe_key, recorded_at, recorded_by)
            VALUES (:id, :subject_id, :code, :time_type, :occurred_at, :occurred_offset, :location, :portion_type,
                    :portion_pieces, :portion_weight_amount, :portion_weight_unit, :flight, :source, :remarks,
                    %3$s, :dedupe_key, :recorded_at, :recorded_by)
            """;

    /** Formatted with the shipment kind, the table and its subject column; selects one table's part of a timeline. */
    private static final String TIMELINE_PART = """
            SELECT '%1$s' AS subject_kind, %3$s AS subject_id, id, code, time_type, occurred_at, occurred_offset,
                   location, portion_type, portion_pieces, portion_weight_amount, portion_weight_unit, flight,
                   source, remarks, metadata, dedupe_key, recorded_at, recorded_by
            FROM %2$s
            WHERE %3$s IN (<%1$s_ids>)
            """;

    private static final String TIMELINE_ORDER = """
            ORDER BY occurred_at, recorded_at, id
            """;

    private final Sql sql;
    private final EventKeyClaims claims;
    private final MetadataJson metadata;
    private final TrackingEventRowMapper mapper;
    private final Map<EventTable, String> inserts = new EnumMap<>(EventTable.class);
    private final Map<EventTable, PostgresArrayInsert<TrackingEvent>> arrayInserts = new EnumMap<>(EventTable.class);

    JdbiTrackingEventRepository(Sql sql, Dialect dialect, MetadataJson metadata) {
        this.sql = sql;
        this.claims = dialect.eventKeyClaims();
        this.metadata = metadata;
        this.mapper = new TrackingEventRowMapper(metadata);
        for (EventTable table : EventTable.values()) {
            inserts.put(table, INSERT.formatted(table.table(), table.subjectColumn(),
                    dialect.jsonParameter("metadata")));
            if (dialect.insertsRowsAsArrays()) {
                arrayInserts.put(table, arrayInsert(table));
            }
        }
    }

    @Override
    public List<TrackingEvent> insertNew(List<TrackingEvent> events) {
        Objects.requireNonNull(events, "events");
        events.forEach(e -> Objects.requireNonNull(e, "events must not hold null"));
        if (events.isEmpty()) {
            return List.of();
        }
        List<TrackingEvent> firstOfEachKey = firstOfEachKey(events);
        WrittenKeys keys = WrittenKeys.of(ENTITY, "id", firstOfEachKey.stream().map(TrackingEvent::id).toList());
        return sql.write(keys, handle -> {
            Set<EventId> claimed = claims.claim(handle, firstOfEachKey);
            List<TrackingEvent> stored = firstOfEachKey.stream().filter(e -> claimed.contains(e.id())).toList();
            insert(handle, stored);
            return stored;
        });
    }

    @Override
    public List<TrackingEvent> findBySubjects(Collection<ShipmentRef> subjects) {
        Objects.requireNonNull(subjects, "subjects");
        Map<EventTable, List<UUID>> idsByTable = new EnumMap<>(EventTable.class);
        subjects.forEach(s -> idsByTable.computeIfAbsent(EventTable.of(s.kind()), t -> new ArrayList<>()).add(s.id()));
        if (idsByTable.isEmpty()) {
            return List.of();
        }
        String timeline = timelineOf(idsByTable.keySet());
        return sql.read(handle -> {
            Query query = handle.createQuery(timeline);
            idsByTable.forEach((table, ids) -> query.bindList(table.kind().name() + "_ids", ids));
            return query.map(mapper).list();
        });
    }

    /** The timeline query over the given tables: their parts, united, in the order events happened. */
    private static String timelineOf(Set<EventTable> tables) {
        return tables.stream()
                .map(t -> TIMELINE_PART.formatted(t.kind().name(), t.table(), t.subjectColumn()))
                .collect(Collectors.joining("UNION ALL\n")) + TIMELINE_ORDER;
    }

    /** The events without those repeating the subject and key of an earlier one, in the given order. */
    private static List<TrackingEvent> firstOfEachKey(List<TrackingEvent> events) {
        Map<List<Object>, TrackingEvent> first = new LinkedHashMap<>();
        events.forEach(e -> first.putIfAbsent(List.of(e.subject(), e.dedupeKey()), e));
        return List.copyOf(first.values());
    }

    /** Inserts the events in one statement (PostgreSQL) or one JDBC batch per table. */
    private void insert(Handle handle, List<TrackingEvent> events) {
        for (EventTable table : EventTable.values()) {
            ShipmentKind kind = table.kind();
            List<TrackingEvent> ofTable = events.stream().filter(e -> e.subject().kind() == kind).toList();
            if (!ofTable.isEmpty() && arrayInserts.containsKey(table)) {
                arrayInserts.get(table).insert(handle, ofTable);
            } else if (!ofTable.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch(inserts.get(table));
                ofTable.forEach(event -> bind(batch, event).add());
                batch.execute();
            }
        }
    }

    private PostgresArrayInsert<TrackingEvent> arrayInsert(EventTable table) {
        return PostgresArrayInsert.<TrackingEvent>into(table.table())
                .column("id", "uuid", e -> e.id().value())
                .column(table.subjectColumn(), "uuid", e -> e.subject().id())
                .column("code", "varchar", e -> e.code().value())
                .column("time_type", "varchar", e -> e.timeType().name())
                .column("occurred_at", "timestamptz", TrackingEvent::occurredInstant)
                .column("occurred_offset", "integer", e -> Times.offsetSecondsOf(e.occurredAt()))
                .column("location", "varchar", e -> e.location() == null ? null : e.location().value())
                .column("portion_type", "varchar", e -> e.portion() == null ? null : e.portion().type().name())
                .column("portion_pieces", "integer", e -> e.portion() == null ? null : e.portion().pieces())
                .column("portion_weight_amount", "numeric", e -> weightOf(e) == null ? null : weightOf(e).amount())
                .column("portion_weight_unit", "varchar",
                        e -> weightOf(e) == null ? null : weightOf(e).unit().name())
                .column("flight", "varchar", e -> e.flight() == null ? null : e.flight().value())
                .column("source", "varchar", e -> e.source().name())
                .column("remarks", "varchar", TrackingEvent::remarks)
                .column("metadata", "jsonb", e -> metadata.write(e.metadata()))
                .column("dedupe_key", "varchar", TrackingEvent::dedupeKey)
                .column("recorded_at", "timestamptz", TrackingEvent::recordedAt)
                .column("recorded_by", "varchar", TrackingEvent::recordedBy);
    }

    private static Weight weightOf(TrackingEvent event) {
        return event.portion() == null ? null : event.portion().weight();
    }

    private PreparedBatch bind(PreparedBatch batch, TrackingEvent event) {
        ShipmentPortion portion = event.portion();
        Weight weight = portion == null ? null : portion.weight();
        return batch
                .bind("id", event.id().value())
                .bind("subject_id", event.subject().id())
                .bind("code", event.code().value())
                .bind("time_type", event.timeType().name())
                .bind("occurred_at", event.occurredInstant())
                .bind("occurred_offset", Times.offsetSecondsOf(event.occurredAt()))
                .bind("location", event.location() == null ? null : event.location().value())
                .bind("portion_type", portion == null ? null : portion.type().name())
                .bind("portion_pieces", portion == null ? null : portion.pieces())
                .bind("portion_weight_amount", weight == null ? null : weight.amount())
                .bind("portion_weight_unit", weight == null ? null : weight.unit().name())
                .bind("flight", event.flight() == null ? null : event.flight().value())
                .bind("source", event.source().name())
                .bind("remarks", event.remarks())
                .bind("metadata", metadata.write(event.metadata()))
                .bind("dedupe_key", event.dedupeKey())
                .bind("recorded_at", event.recordedAt())
                .bind("recorded_by", event.recordedBy());
    }
}
