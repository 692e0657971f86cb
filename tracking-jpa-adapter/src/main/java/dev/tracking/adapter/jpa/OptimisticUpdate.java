package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.ToLongFunction;

/**
 * An update of a versioned row, as every repository does it: find the row (none: {@link NotFoundException}), check it
 * is still at the version the caller read (else {@link VersionConflictException}), let the caller change it, then
 * flush. Hibernate's {@code @Version} check then runs {@code UPDATE ... SET ..., version = version + 1 WHERE id = ? AND
 * version = ?}; a writer that got in between makes it fail, which {@link PersistenceErrors} types as a conflict.
 *
 * @param <E> the entity type
 */
final class OptimisticUpdate<E> {

    private final EntityManager entityManager;
    private final E row;
    private final ToLongFunction<E> versionOf;
    private final long readVersion;

    private OptimisticUpdate(EntityManager entityManager, E row, ToLongFunction<E> versionOf, long readVersion) {
        this.entityManager = entityManager;
        this.row = row;
        this.versionOf = versionOf;
        this.readVersion = readVersion;
    }

    /** Starts the update of the row {@code target} names, at the version it expects. */
    static <E> OptimisticUpdate<E> of(EntityManager entityManager, Class<E> type, Object primaryKey,
            WriteTarget target, ToLongFunction<E> versionOf) {
        E row = entityManager.find(type, primaryKey);
        if (row == null) {
            throw new NotFoundException(target.entity(), target.id());
        }
        long stored = versionOf.applyAsLong(row);
        if (stored != target.expectedVersion()) {
            throw new VersionConflictException(target.entity(), target.id(), target.expectedVersion());
        }
        return new OptimisticUpdate<>(entityManager, row, versionOf, stored);
    }

    /** The managed row, to change. */
    E row() {
        return row;
    }

    /**
     * Writes the change and returns the row's new version. A row whose columns did not change (say, only its child
     * rows did) still moves to the next version, as every update must: Hibernate then increments it on its own.
     */
    long flush() {
        entityManager.flush();
        if (versionOf.applyAsLong(row) == readVersion) {
            entityManager.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return versionOf.applyAsLong(row);
    }
}
