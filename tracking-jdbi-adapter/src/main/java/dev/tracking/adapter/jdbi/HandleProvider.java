package dev.tracking.adapter.jdbi;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Where the repositories get the Jdbi {@link Handle} of the unit of work they run in, and how a unit of work starts
 * and ends. This is the one seam between the adapter and whoever manages transactions: {@link ThreadBoundHandles}
 * keeps a handle per thread and commits or rolls back itself; an integration with a host's transaction manager (such
 * as Spring's) implements this interface to hand out the handle bound to the host's transaction instead.
 */
interface HandleProvider {

    /**
     * Runs {@code work} with the handle of the calling thread's unit of work; when no unit is open, in a short unit of
     * its own that commits when the work returns.
     */
    <T> T withHandle(Function<Handle, T> work);

    /**
     * Runs {@code work} as a unit of work. A unit already open on the calling thread is joined; otherwise a new one
     * commits when the work returns, or rolls back when it throws anything (an {@link Error} or a checked exception
     * too), which is then rethrown unchanged.
     */
    <T> T inUnitOfWork(Supplier<T> work);

    /**
     * Whether a unit of work is open on the calling thread, so that a lock taken now lasts until that unit ends (the
     * audit chain's head needs one).
     */
    boolean isUnitOfWorkOpen();
}
