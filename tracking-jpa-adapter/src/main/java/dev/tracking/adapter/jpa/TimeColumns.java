package dev.tracking.adapter.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An {@link OffsetDateTime} as the schema stores it: the instant in a {@code timestamptz} column and the offset, in
 * seconds east of UTC, in an integer column beside it, so an offset such as {@code +05:45} comes back exactly.
 */
final class TimeColumns {

    static Instant instantOf(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static Integer offsetOf(OffsetDateTime time) {
        return time == null ? null : time.getOffset().getTotalSeconds();
    }

    /** The time rebuilt from its columns; null when the instant is. */
    static OffsetDateTime timeOf(Instant instant, Integer offsetSeconds) {
        if (instant == null) {
            return null;
        }
        return instant.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds == null ? 0 : offsetSeconds));
    }

    private TimeColumns() {
    }
}
