package dev.tracking.adapter.jdbi;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * How the repositories reach the database: on the handle of the current unit of work (or in a short unit of their
 * own), with unique violations of writes translated by {@link SqlErrors}.
 */
final class Sql {

    private final HandleProvider handles;

    Sql(HandleProvider handles) {
        this.handles = handles;
    }

    /** Runs a query. */
    <T> T read(Function<Handle, T> query) {
        return handles.withHandle(query);
    }

    /**
     * Runs a change that can violate no unique key (such as claiming, completing or purging jobs): any failure passes
     * unchanged.
     */
    <T> T change(Function<Handle, T> change) {
        return handles.withHandle(change);
    }

    /** Runs a change; a unique violation becomes a DuplicateException naming what {@code written} says. */
    <T> T write(WrittenKeys written, Function<Handle, T> change) {
        try {
            return handles.withHandle(change);
        } catch (JdbiException failure) {
            throw SqlErrors.translate(failure, written);
        }
    }
}
