package dev.tracking.adapter.jdbi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: many rows in one {@code INSERT ... SELECT ... FROM unnest(...)}, one text array per column cast to the
 * column's type on the server. One statement, parsed and planned once, instead of a JDBC batch of single-row inserts:
 * the way bulk writes (events, audit entries) stay close to what the database can take.
 *
 * @param <T> what a row is made from
 */
final class PostgresArrayInsert<T> {

    private final String table;
    private final List<Column<T>> columns = new ArrayList<>();

    private PostgresArrayInsert(String table) {
        this.table = table;
    }

    static <T> PostgresArrayInsert<T> into(String table) {
        return new PostgresArrayInsert<>(table);
    }

    /** Adds a column of SQL type {@code sqlType} whose value {@code value} takes from a row (null for NULL). */
    PostgresArrayInsert<T> column(String name, String sqlType, Function<T, Object> value) {
        columns.add(new Column<>(name, sqlType, value));
        return this;
    }

    String sql() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String arrays = columns.stream().map(c -> "CAST(:" + c.name() + " AS " + c.sqlType() + "[])")
                .collect(Collectors.joining(",\n       "));
        return "INSERT INTO " + table + " (" + names + ")\nSELECT * FROM unnest(" + arrays + ")";
    }

    /** Inserts one row per element of {@code rows}. */
    void insert(Handle handle, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var update = handle.createUpdate(sql());
        for (Column<T> column : columns) {
            List<String> values = new ArrayList<>(rows.size());
            for (T row : rows) {
                values.add(text(column.value().apply(row)));
            }
            update.bindArray(column.name(), String.class, values);
        }
        int inserted = update.execute();
        if (inserted != rows.size()) {
            throw new IllegalStateException("inserted " + inserted + " rows into " + table + ", expected "
                    + rows.size());
        }
    }

    /** The value as PostgreSQL reads it: ISO-8601 for instants, plain notation for decimals. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private record Column<T>(String name, String sqlType, Function<T, Object> value) {
    }
}
