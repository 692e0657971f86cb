package dev.tracking.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Where the repositories get "the entity manager of the current unit of work": the one seam between this adapter
 * and whoever manages transactions.
 *
 * <p>{@link #inUnitOfWork} runs the work with the entity manager of the unit of work open on the calling thread, or,
 * when none is open, in a unit of its own that commits when the work returns and rolls back when it throws. Both the
 * repositories and the {@link dev.tracking.core.port.out.TransactionRunner} go through it, so a nested call joins the
 * outer unit. The default is {@link ThreadBoundEntityManagers}; a Spring integration would implement this interface
 * over a {@code TransactionTemplate} (propagation REQUIRED) and Spring's transactional entity manager, so that the
 * repositories join Spring-managed transactions, and answer {@link #isUnitOfWorkOpen()} from Spring's
 * transaction synchronization ({@code TransactionSynchronizationManager.isActualTransactionActive()}).
 */
interface EntityManagerBinding {

    /**
     * Runs {@code work} with the current unit's entity manager, or in a new unit of work when none is open. Whatever
     * the work throws rolls back the whole unit (when it is the outermost call) and is rethrown unchanged.
     */
    <T> T inUnitOfWork(Function<EntityManager, T> work);

    /**
     * Whether a unit of work is open on the calling thread, so that a lock taken now lasts until that unit ends (the
     * audit chain's head needs one: {@code AuditLog.lockHead()} refuses to run outside a unit).
     */
    boolean isUnitOfWorkOpen();
}
