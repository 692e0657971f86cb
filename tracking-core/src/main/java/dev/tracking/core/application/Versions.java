package dev.tracking.core.application;

import dev.tracking.core.domain.common.VersionConflictException;

/** The optimistic-lock check every update makes before it writes. */
final class Versions {

    static void requireCurrent(String entity, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new VersionConflictException(entity, id, expected);
        }
    }

    private Versions() {
    }
}
