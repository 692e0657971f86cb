package dev.tracking.adapter.jdbi;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link HandleProvider}: one handle (one connection, one transaction) per unit of work, bound to the
 * thread that opened it. The outermost unit begins, commits or rolls back; nested units join it. A unit belongs to its
 * thread: repository calls made on another thread run in units of their own.
 */
final class ThreadBoundHandles implements HandleProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadBoundHandles.class);

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    ThreadBoundHandles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T withHandle(Function<Handle, T> work) {
        Handle open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        return inUnitOfWork(() -> work.apply(current.get()));
    }

    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Handle handle = jdbi.open();
        current.set(handle);
        try {
            handle.begin();
            T result = work.get();
            handle.commit();
            return result;
        } catch (Throwable failure) {
            rollBack(handle, failure);
            throw ThreadBoundHandles.<RuntimeException>rethrow(failure);
        } finally {
            current.remove();
            close(handle);
        }
    }

    @Override
    public boolean isUnitOfWorkOpen() {
        return current.get() != null;
    }

    private static void rollBack(Handle handle, Throwable failure) {
        try {
            handle.rollback();
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void close(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException closeFailure) {
            LOG.warn("could not close the handle of a finished unit of work", closeFailure);
        }
    }

    /** Throws {@code failure} as it is, checked or not, without wrapping it. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
