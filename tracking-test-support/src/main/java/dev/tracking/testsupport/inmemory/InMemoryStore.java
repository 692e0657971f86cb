package dev.tracking.testsupport.inmemory;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows the in-memory repositories share, and the lock that makes them safe to use from several threads.
 *
 * <p>Every repository call holds the lock while it runs, and a unit of work opened by
 * {@link InMemoryTransactionRunner} holds it from start to end: units of work are serialized, and a thread that
 * reads or writes outside the unit waits until it has committed or rolled back (so it never sees uncommitted rows).
 * A unit of work therefore belongs to the thread that opened it; work that hands repository calls to another thread
 * and waits for them deadlocks.
 *
 * <p>Most tests never see this class: {@link InMemoryPersistence#create()} makes one per call. Create one yourself
 * only to build the repositories one by one, for example to subclass one of them; every repository and the
 * transaction runner must then be given the same store.
 */
public final class InMemoryStore {

    private final ReentrantLock lock = new ReentrantLock();
    private Tables tables = new Tables();
    private int depth;

    /** An empty store. */
    public InMemoryStore() {
    }

    /** Runs one repository operation on the tables, under the lock. */
    <T> T apply(Function<Tables, T> operation) {
        lock.lock();
        try {
            return operation.apply(tables);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} as a unit of work: the outermost call snapshots the tables and puts the snapshot back when the
     * work throws; nested calls join it.
     */
    <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            Tables snapshot = tables.copy();
            depth = 1;
            try {
                return work.get();
            } catch (Throwable failure) {
                tables = snapshot;
                throw InMemoryStore.<RuntimeException>rethrow(failure);
            } finally {
                depth = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a unit of work of this store. */
    boolean inTransaction() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException rethrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
