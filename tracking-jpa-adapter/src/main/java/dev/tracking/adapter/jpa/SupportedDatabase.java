package dev.tracking.adapter.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The databases the tracking schema exists for, told apart by the JDBC driver's product name. */
enum SupportedDatabase {
    POSTGRESQL,
    H2;

    static SupportedDatabase of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database of the tracking schema", e);
        }
        return switch (product) {
            case "PostgreSQL" -> POSTGRESQL;
            case "H2" -> H2;
            default -> throw new IllegalStateException(
                    "the JPA tracking persistence supports PostgreSQL and H2, not " + product);
        };
    }

    /** How this database inserts a dedupe key only when it is absent. */
    DedupeKeyClaims dedupeKeyClaims(String dedupeKeysTable) {
        return switch (this) {
            case POSTGRESQL -> new PostgresDedupeKeyClaims(dedupeKeysTable);
            case H2 -> new H2DedupeKeyClaims(dedupeKeysTable);
        };
    }
}
