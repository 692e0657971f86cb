package dev.tracking.benchmarks.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import javax.sql.DataSource;

/** Inserts rows with batched prepared statements on a connection of its own, committing every batch. */
final class JdbcBatchSink implements TableSink {

    private static final int BATCH = 1_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final int columns;
    private int pending;
    private long rows;
    private boolean closed;

    private JdbcBatchSink(Connection connection, PreparedStatement insert, int columns) {
        this.connection = connection;
        this.insert = insert;
        this.columns = columns;
    }

    static Factory factory(DataSource dataSource) {
        return table -> open(dataSource, table);
    }

    private static JdbcBatchSink open(DataSource dataSource, Table table) {
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return new JdbcBatchSink(connection, connection.prepareStatement(sql), table.columns().size());
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare " + sql, e);
        }
    }

    @Override
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : values[i];
                insert.setObject(i + 1, value);
            }
            insert.addBatch();
            rows++;
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed after " + rows + " rows", e);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (connection; insert) {
            flush();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed at its end, after " + rows + " rows", e);
        }
    }
}
