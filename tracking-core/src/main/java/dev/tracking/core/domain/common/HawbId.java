package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies one hawb. Ordered as PostgreSQL and H2 order UUIDs: unsigned, byte by byte. */
public record HawbId(UUID value) implements Comparable<HawbId> {

    public HawbId {
        Objects.requireNonNull(value, "value");
    }

    public static HawbId of(UUID value) {
        return new HawbId(value);
    }

    /** Parses the canonical UUID text; the error names {@code field}. */
    public static HawbId parse(String text, String field) {
        return new HawbId(Uuids.parse(text, field));
    }

    @Override
    public int compareTo(HawbId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
