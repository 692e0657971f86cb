package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.TrackingException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.common.VersionConflictException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * The one place that turns what Hibernate and the JDBC drivers throw into the core's typed exceptions: a unique
 * violation (SQLState 23505) becomes a {@link DuplicateException} naming the field its constraint protects, a foreign
 * key that finds no row a {@link ValidationException} on the field the write said refers to it
 * ({@link WriteTarget#referring}), a failed optimistic lock a {@link VersionConflictException}. Anything else is
 * rethrown as it came.
 */
final class PersistenceErrors {

    static final String UNIQUE_VIOLATION = "23505";

    /**
     * A referenced row is missing: PostgreSQL's {@code foreign_key_violation} (23503, for either direction) and H2's
     * "referential integrity violated: parent missing" (23506; H2 reports a delete of a row still referred to as
     * 23503).
     */
    static final Set<String> MISSING_REFERENCE = Set.of("23503", "23506");

    /**
     * Runs a write of {@code target}, translating its failures. A failed write also empties the persistence context:
     * after a failed flush Hibernate's state is not to be trusted (it would retry the failed insert at the next
     * flush), while everything written before it was flushed already.
     */
    static <T> T translating(EntityManager entityManager, WriteTarget target, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            entityManager.clear();
            throw translate(failure, target);
        }
    }

    /** A failure of some write whose target is unknown, such as a commit. */
    static RuntimeException translate(RuntimeException failure) {
        return translate(failure, null);
    }

    /**
     * {@code failure} as the core's exception for it, or {@code failure} itself.
     *
     * @param target what was written, to name in the exception; null when unknown
     */
    static RuntimeException translate(RuntimeException failure, WriteTarget target) {
        if (failure instanceof TrackingException) {
            return failure;
        }
        SQLException uniqueViolation = violationIn(failure, Set.of(UNIQUE_VIOLATION));
        if (uniqueViolation != null) {
            return duplicate(uniqueViolation, target, failure);
        }
        if (target != null && target.reference() != null && violationIn(failure, MISSING_REFERENCE) != null) {
            WriteTarget.Reference reference = target.reference();
            ValidationException unknown = new ValidationException(reference.field(),
                    "unknown " + reference.field() + " " + reference.value());
            unknown.initCause(failure);
            return unknown;
        }
        if (target != null && target.expectedVersion() != WriteTarget.NO_VERSION && isStaleVersion(failure)) {
            return new VersionConflictException(target.entity(), target.id(), target.expectedVersion());
        }
        if (target != null && isInstanceIn(failure, EntityExistsException.class)) {
            return new DuplicateException(target.entity(), "id", target.id());
        }
        return failure;
    }

    /** Whether {@code failure}, or one of the statements of a batch it reports, is a unique violation. */
    static boolean isUniqueViolation(SQLException failure) {
        return violationOf(failure, Set.of(UNIQUE_VIOLATION)) != null;
    }

    /** Whether {@code failure}, or a statement of a batch it reports, is a unique violation of {@code constraint}. */
    static boolean isUniqueViolationOf(SQLException failure, UniqueConstraint constraint) {
        SQLException violation = violationOf(failure, Set.of(UNIQUE_VIOLATION));
        return violation != null && UniqueConstraint.in(violation.getMessage()).filter(constraint::equals).isPresent();
    }

    /**
     * The violation with one of {@code states} that {@code failure} reports: itself or, for a batch, one of its next
     * exceptions; its cause only when it has no SQLState of its own (a wrapper). Other causes do not count:
     * PostgreSQL's driver chains the statement that aborted a transaction as the cause of every later "current
     * transaction is aborted" error.
     */
    private static SQLException violationOf(SQLException failure, Set<String> states) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && states.contains(e.getSQLState())) {
                return e;
            }
            if (e.getSQLState() == null && e.getCause() instanceof SQLException cause && cause != e) {
                return violationOf(cause, states);
            }
        }
        return null;
    }

    private static DuplicateException duplicate(SQLException violation, WriteTarget target, RuntimeException failure) {
        return UniqueConstraint.in(violation.getMessage())
                .map(c -> new DuplicateException(c.entity(), c.field(), target == null ? "?" : target.valueOf(c.field())))
                .orElseGet(() -> unknownDuplicate(target, failure));
    }

    private static DuplicateException unknownDuplicate(WriteTarget target, RuntimeException failure) {
        DuplicateException duplicate = target == null
                ? new DuplicateException("record", "unknown key", "?")
                : new DuplicateException(target.entity(), "unknown key", target.id());
        duplicate.addSuppressed(failure);
        return duplicate;
    }

    /** The violation the first driver exception under {@code failure} reports, if it has one of {@code states}. */
    private static SQLException violationIn(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return violationOf(sql, states);
            }
        }
        return null;
    }

    private static boolean isStaleVersion(Throwable failure) {
        return isInstanceIn(failure, OptimisticLockException.class) || isInstanceIn(failure, StaleStateException.class);
    }

    private static boolean isInstanceIn(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private PersistenceErrors() {
    }
}
