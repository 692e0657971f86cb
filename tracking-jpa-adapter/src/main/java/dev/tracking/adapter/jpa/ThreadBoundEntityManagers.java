package dev.tracking.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.RollbackException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The default {@link EntityManagerBinding}: one {@link EntityManager} and one resource-local transaction per unit of
 * work, bound to the calling thread while the outermost call runs. Calls made inside it join it; the outermost call
 * commits, or rolls back when the work throws anything (an {@link Error} or a sneaky checked exception too) and
 * rethrows that very throwable.
 *
 * <p>As JPA defines it, a statement that fails (Hibernate marks the transaction rollback-only) dooms the unit even if
 * the work catches the exception and goes on: the outermost call then rolls back and throws a
 * {@link RollbackException} rather than returning as if the work had been committed.
 */
final class ThreadBoundEntityManagers implements EntityManagerBinding {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    ThreadBoundEntityManagers(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public <T> T inUnitOfWork(Function<EntityManager, T> work) {
        Objects.requireNonNull(work, "work");
        EntityManager open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        EntityManager entityManager = factory.createEntityManager();
        current.set(entityManager);
        try {
            return inNewTransaction(entityManager, work);
        } finally {
            current.remove();
            entityManager.close();
        }
    }

    @Override
    public boolean isUnitOfWorkOpen() {
        return current.get() != null;
    }

    private static <T> T inNewTransaction(EntityManager entityManager, Function<EntityManager, T> work) {
        EntityTransaction transaction = entityManager.getTransaction();
        transaction.begin();
        T result;
        try {
            result = work.apply(entityManager);
        } catch (Throwable failure) {
            rollBack(transaction, failure);
            throw failure;
        }
        commit(transaction);
        return result;
    }

    private static void commit(EntityTransaction transaction) {
        if (transaction.getRollbackOnly()) {
            // Hibernate would roll back silently here; the caller must learn that nothing was committed
            transaction.rollback();
            throw new RollbackException("the unit of work was rolled back: a statement inside it failed, and the"
                    + " work went on (a failed statement dooms a JPA transaction)");
        }
        try {
            transaction.commit();
        } catch (RuntimeException failure) {
            rollBack(transaction, failure);
            throw PersistenceErrors.translate(failure);
        }
    }

    private static void rollBack(EntityTransaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
