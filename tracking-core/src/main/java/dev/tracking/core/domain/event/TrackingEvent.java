package dev.tracking.core.domain.event;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One status event on a MAWB's or HAWB's timeline. Immutable once recorded; the same {@code dedupeKey} for the same
 * shipment is stored once.
 *
 * @param occurredAt when it happened, with the offset it was reported in (kept as reported)
 * @param location   where, may be null
 * @param portion    pieces and weight concerned, may be null
 * @param flight     may be null
 * @param remarks    free text, may be null
 * @param metadata   the reporter's extra attributes, kept in key order
 * @param dedupeKey  caller's key, or one derived from the event's content ({@link DedupeKeys})
 * @param recordedAt when the platform stored it
 * @param recordedBy user id of who recorded it
 */
public record TrackingEvent(
        EventId id,
        ShipmentRef subject,
        EventCode code,
        TimeType timeType,
        OffsetDateTime occurredAt,
        AirportCode location,
        ShipmentPortion portion,
        FlightNumber flight,
        EventSource source,
        String remarks,
        Map<String, String> metadata,
        String dedupeKey,
        Instant recordedAt,
        String recordedBy) {

    public TrackingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timeType, "timeType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** The instant it happened, for ordering events reported in different offsets. */
    public Instant occurredInstant() {
        return occurredAt.toInstant();
    }

    public boolean isActual() {
        return timeType == TimeType.ACTUAL;
    }
}
