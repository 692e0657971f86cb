package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;

/**
 * Makes in-memory persistence ports for tests: {@code TrackingPlatform} wiring, use-case tests, and examples.
 * Each call to {@link #create()} returns ports over a new, empty {@link InMemoryStore}, shared by all its
 * repositories, with a {@link InMemoryTransactionRunner} that really commits or rolls back. The implementations pass
 * every contract suite in {@link dev.tracking.testsupport.contract}, so they behave as the SQL adapters do: versions,
 * unique keys, keyset pages, event dedupe, orders.
 *
 * <p>What they do not do is check references between rows (a HAWB's MAWB, an event's subject, a MAWB's carrier): a
 * SQL schema would refuse such orphans through foreign keys, so code under test should not rely on their absence.
 */
public final class InMemoryPersistence {

    /** Ports over a new, empty in-memory store. */
    public static PersistencePorts create() {
        return create(new InMemoryStore());
    }

    /** Ports over {@code store}, for tests that build some of the repositories themselves over the same store. */
    public static PersistencePorts create(InMemoryStore store) {
        return new PersistencePorts(
                new InMemoryCarrierRepository(store),
                new InMemoryFileTypeRepository(store),
                new InMemoryMawbRepository(store),
                new InMemoryHawbRepository(store),
                new InMemoryTrackingEventRepository(store),
                new InMemoryAttachmentRepository(store),
                new InMemoryBillRepository(store),
                new InMemoryPermissionRepository(store),
                new InMemoryWorkflowDefinitionRepository(store),
                new InMemoryMawbWorkflowRepository(store),
                new InMemoryJobStore(store),
                new InMemoryAuditLog(store),
                new InMemoryTransactionRunner(store));
    }

    private InMemoryPersistence() {
    }
}
