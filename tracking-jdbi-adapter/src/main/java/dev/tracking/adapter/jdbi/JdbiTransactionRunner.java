package dev.tracking.adapter.jdbi;

import dev.tracking.core.port.out.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;

/** Units of work over the adapter's {@link HandleProvider}: every repository of the adapter joins them. */
final class JdbiTransactionRunner implements TransactionRunner {

    private final HandleProvider handles;

    JdbiTransactionRunner(HandleProvider handles) {
        this.handles = handles;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return handles.inUnitOfWork(work);
    }
}
