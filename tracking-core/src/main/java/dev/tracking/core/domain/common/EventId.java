package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies one event. Ordered as PostgreSQL and H2 order UUIDs: unsigned, byte by byte. */
public record EventId(UUID value) implements Comparable<EventId> {

    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId of(UUID value) {
        return new EventId(value);
    }

    /** Parses the canonical UUID text; the error names {@code field}. */
    public static EventId parse(String text, String field) {
        return new EventId(Uuids.parse(text, field));
    }

    @Override
    public int compareTo(EventId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
