package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies one mawb. Ordered as PostgreSQL and H2 order UUIDs: unsigned, byte by byte. */
public record MawbId(UUID value) implements Comparable<MawbId> {

    public MawbId {
        Objects.requireNonNull(value, "value");
    }

    public static MawbId of(UUID value) {
        return new MawbId(value);
    }

    /** Parses the canonical UUID text; the error names {@code field}. */
    public static MawbId parse(String text, String field) {
        return new MawbId(Uuids.parse(text, field));
    }

    @Override
    public int compareTo(MawbId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
