package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies one attachment. Ordered as PostgreSQL and H2 order UUIDs: unsigned, byte by byte. */
public record AttachmentId(UUID value) implements Comparable<AttachmentId> {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId of(UUID value) {
        return new AttachmentId(value);
    }

    /** Parses the canonical UUID text; the error names {@code field}. */
    public static AttachmentId parse(String text, String field) {
        return new AttachmentId(Uuids.parse(text, field));
    }

    @Override
    public int compareTo(AttachmentId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
