package dev.tracking.testsupport.inmemory;

import dev.tracking.core.port.out.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A real unit of work over an {@link InMemoryStore}: the outermost {@link #inTransaction} takes a snapshot of every
 * table; when the work throws, the snapshot is put back and the very same exception is rethrown. Calls made inside a
 * unit join it (only the outermost call commits or rolls back). Units are serialized by the store's lock, so tests
 * may run work from several threads; see {@link InMemoryStore} for what that implies.
 *
 * <p>Get one from {@link InMemoryPersistence#create()}, or build it over the store your repositories share.
 */
public class InMemoryTransactionRunner implements TransactionRunner {

    private final InMemoryStore store;

    /** A runner whose units of work cover every repository built over {@code store}. */
    public InMemoryTransactionRunner(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return store.inTransaction(work);
    }

    /** Whether the calling thread is inside a unit of work of this runner's store. */
    public boolean isActive() {
        return store.inTransaction();
    }
}
