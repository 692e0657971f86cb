package dev.tracking.adapter.jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Splits an {@link OffsetDateTime} into the instant and the offset seconds the schema stores it as. */
final class Times {

    static Instant instantOf(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static Integer offsetSecondsOf(OffsetDateTime time) {
        return time == null ? null : time.getOffset().getTotalSeconds();
    }

    private Times() {
    }
}
