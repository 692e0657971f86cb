package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import org.jdbi.v3.core.Handle;

/** Optimistic locking: what an {@code UPDATE ... WHERE key = ? AND version = ?} that changed no row means. */
final class Versions {

    /**
     * The error for an update that changed no row: a {@link VersionConflictException} when the record exists (its
     * version moved on), else a {@link NotFoundException}.
     *
     * @param countSql counts the rows with the key bound as {@code :key}
     */
    static RuntimeException noRowUpdated(Handle handle, String countSql, Object key, String entity,
            long expectedVersion) {
        boolean exists = handle.createQuery(countSql).bind("key", key).mapTo(Long.class).one() > 0;
        return exists ? new VersionConflictException(entity, key, expectedVersion) : new NotFoundException(entity, key);
    }

    private Versions() {
    }
}
