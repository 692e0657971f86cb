package dev.tracking.benchmarks.query;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on a connection of its own,
 * in chunks of about a megabyte. The rows become visible when the sink is closed.
 */
final class PostgresCopySink implements TableSink {

    private static final int CHUNK = 1 << 20;

    private final Connection connection;
    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
    private final StringBuilder line = new StringBuilder(512);
    private final int columns;
    private long rows;
    private boolean closed;

    private PostgresCopySink(Connection connection, CopyIn copy, int columns) {
        this.connection = connection;
        this.copy = copy;
        this.columns = columns;
    }

    static Factory factory(DataSource dataSource) {
        return table -> open(dataSource, table);
    }

    private static PostgresCopySink open(DataSource dataSource, Table table) {
        String sql = "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN";
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            return new PostgresCopySink(connection, copy, table.columns().size());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not start " + sql, e);
        }
    }

    @Override
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof UUID
                || value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else {
            throw new IllegalArgumentException("cannot COPY a " + value.getClass().getName());
        }
    }

    private void flush() {
        try {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed after " + rows + " rows", e);
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
        try {
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed at its end, after " + rows + " rows", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the pool replaces a broken connection
            }
        }
    }
}
