package dev.tracking.core.port.out;

import java.util.function.Supplier;

/**
 * A unit of work: everything the work does through the repositories commits together or not at all. A call made
 * while a unit of work is open joins it; an exception thrown out of the work rolls the whole unit back and is
 * rethrown unchanged.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
