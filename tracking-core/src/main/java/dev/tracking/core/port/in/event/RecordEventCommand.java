package dev.tracking.core.port.in.event;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.DedupeKeys;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Record one status event for a MAWB or HAWB.
 *
 * @param location  may be null
 * @param portion   may be null
 * @param flight    may be null
 * @param remarks   may be null, up to 1000 characters
 * @param metadata  may be null, up to 50 entries (keys up to 64, values up to 1000 characters)
 * @param dedupeKey may be null: then one is derived from the content ({@link DedupeKeys})
 */
public record RecordEventCommand(
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
        String dedupeKey) {

    public static final int MAX_METADATA_ENTRIES = 50;

    public RecordEventCommand {
        boolean nullEntries = metadata != null
                && metadata.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null);
        metadata = metadata == null || nullEntries ? Map.of() : Map.copyOf(metadata);
        remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
        dedupeKey = dedupeKey == null || dedupeKey.isBlank() ? null : dedupeKey.strip();
        Map<String, String> meta = metadata;
        Check.start()
                .notNull(subject, "subject")
                .notNull(code, "code")
                .notNull(timeType, "timeType")
                .notNull(occurredAt, "occurredAt")
                .notNull(source, "source")
                .that(remarks == null || remarks.length() <= 1000, "remarks", "must be at most 1000 characters")
                .that(!nullEntries, "metadata", "keys and values must not be null")
                .that(meta.size() <= MAX_METADATA_ENTRIES, "metadata",
                        "must have at most " + MAX_METADATA_ENTRIES + " entries")
                .that(meta.keySet().stream().allMatch(k -> !k.isBlank() && k.length() <= 64), "metadata",
                        "keys must be 1 to 64 characters")
                .that(meta.values().stream().allMatch(v -> v.length() <= 1000), "metadata",
                        "values must be at most 1000 characters")
                .that(dedupeKey == null || dedupeKey.length() <= DedupeKeys.MAX_LENGTH, "dedupeKey",
                        "must be at most " + DedupeKeys.MAX_LENGTH + " characters")
                .orThrow();
    }

    /** An actual event with only the essentials, convenient for tests and simple feeds. */
    public static RecordEventCommand actual(ShipmentRef subject, String code, OffsetDateTime occurredAt,
            AirportCode location, EventSource source) {
        return new RecordEventCommand(subject, EventCode.of(code), TimeType.ACTUAL, occurredAt, location, null, null,
                source, null, null, null);
    }

    /** The caller's dedupe key, or the one derived from the content. */
    public String effectiveDedupeKey() {
        return dedupeKey != null ? dedupeKey
                : DedupeKeys.derive(subject, code, timeType, occurredAt, location, flight, portion);
    }
}
