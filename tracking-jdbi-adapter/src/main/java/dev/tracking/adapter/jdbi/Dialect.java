package dev.tracking.adapter.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What differs between the two databases the schema supports: how to bind JSON, and how to claim event keys. */
enum Dialect {
    /** H2 2.x in its default mode: a string bound to a JSON column must say it is JSON text. */
    H2 {
        @Override
        String jsonParameter(String name) {
            return ":" + name + " FORMAT JSON";
        }

        @Override
        EventKeyClaims eventKeyClaims() {
            return new H2EventKeyClaims();
        }
    },
    /** PostgreSQL 14 or newer. */
    POSTGRESQL {
        @Override
        String jsonParameter(String name) {
            return "CAST(:" + name + " AS jsonb)";
        }

        @Override
        EventKeyClaims eventKeyClaims() {
            return new PostgresEventKeyClaims();
        }
    };

    /** The SQL that binds the named parameter, a JSON text, to a JSON column. */
    abstract String jsonParameter(String name);

    /** How this database stores event dedupe keys once, also when callers race. */
    abstract EventKeyClaims eventKeyClaims();

    /** The dialect of the database behind {@code dataSource}; connects once to ask. */
    static Dialect of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to tell whether it is PostgreSQL or H2", e);
        }
        return switch (product) {
            case "PostgreSQL" -> POSTGRESQL;
            case "H2" -> H2;
            default -> throw new IllegalStateException(
                    "the Jdbi tracking adapter supports PostgreSQL and H2, not " + product);
        };
    }
}
