package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies one bill. Ordered as PostgreSQL and H2 order UUIDs: unsigned, byte by byte. */
public record BillId(UUID value) implements Comparable<BillId> {

    public BillId {
        Objects.requireNonNull(value, "value");
    }

    public static BillId of(UUID value) {
        return new BillId(value);
    }

    /** Parses the canonical UUID text; the error names {@code field}. */
    public static BillId parse(String text, String field) {
        return new BillId(Uuids.parse(text, field));
    }

    @Override
    public int compareTo(BillId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
