package dev.tracking.benchmarks.query;

import java.util.List;

/** Rows going into one table in bulk; {@link #close()} (which may be called again) makes them durable. */
interface TableSink extends AutoCloseable {

    /** One row, the values in the order of the columns the sink was opened with (null for SQL NULL). */
    void row(Object... values);

    long rows();

    @Override
    void close();

    /** A table and the columns a sink fills (the others take their defaults). */
    record Table(String name, List<String> columns) {

        Table(String name, String... columns) {
            this(name, List.of(columns));
        }
    }

    /** Opens sinks: PostgreSQL's COPY or batched inserts. */
    interface Factory {

        TableSink open(Table table);
    }
}
