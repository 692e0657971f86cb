package dev.tracking.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * PostgreSQL: many append-only rows (events, audit entries) in one {@code INSERT ... SELECT ... FROM unnest(...)},
 * one text array per column cast to the column's type on the server, sent over the unit of work's own connection.
 * One statement instead of a JDBC batch of single-row inserts, and no entities to manage for rows nobody changes.
 *
 * @param <T> what a row is made from
 */
final class PostgresArrayInsert<T> {

    private final String table;
    private final List<Column<T>> columns = new ArrayList<>();

    private PostgresArrayInsert(String table) {
        this.table = table;
    }

    /** @param table the table as native SQL must name it (schema-qualified where configured) */
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
        String arrays = columns.stream().map(c -> "CAST(? AS " + c.sqlType() + "[])")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") SELECT * FROM unnest(" + arrays + ")";
    }

    /** Inserts one row per element of {@code rows}, in the unit of work of {@code entityManager}. */
    void insert(EntityManager entityManager, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql())) {
                List<Array> arrays = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    Function<T, Object> value = columns.get(i).value();
                    Object[] values = new String[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        values[r] = text(value.apply(rows.get(r)));
                    }
                    Array array = connection.createArrayOf("text", values);
                    arrays.add(array);
                    statement.setArray(i + 1, array);
                }
                int inserted = statement.executeUpdate();
                for (Array array : arrays) {
                    array.free();
                }
                if (inserted != rows.size()) {
                    throw new IllegalStateException("inserted " + inserted + " rows into " + table + ", expected "
                            + rows.size());
                }
            }
        });
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
