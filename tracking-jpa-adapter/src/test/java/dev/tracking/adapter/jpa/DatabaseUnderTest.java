package dev.tracking.adapter.jpa;

import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * A migrated test database and one {@link JpaPersistence} over it, with Hibernate statistics on and every JDBC
 * execution recorded. Built once per database kind by the suites' outer test classes.
 */
final class DatabaseUnderTest implements AutoCloseable {

    private final TestDatabase database;
    private final JdbcRecorder jdbc;
    private final JpaPersistence persistence;

    private DatabaseUnderTest(TestDatabase database) {
        this.database = database;
        TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
        this.jdbc = new JdbcRecorder(database.dataSource());
        this.persistence = JpaPersistence.builder(jdbc.dataSource())
                .hibernateProperty("hibernate.generate_statistics", true)
                .build();
    }

    static DatabaseUnderTest start(DatabaseKind kind) {
        return new DatabaseUnderTest(TestDatabase.create(kind));
    }

    DatabaseKind kind() {
        return database.kind();
    }

    /** The adapter's ports over an emptied database, as each contract test needs them. */
    PersistencePorts emptyPorts() {
        database.truncateAll();
        return PersistencePorts.of(persistence);
    }

    JpaPersistence persistence() {
        return persistence;
    }

    /** The pool itself, not recorded: for looking at rows behind the adapter's back. */
    DataSource rawDataSource() {
        return database.dataSource();
    }

    TestDatabase database() {
        return database;
    }

    JdbcRecorder jdbc() {
        return jdbc;
    }

    Statistics statistics() {
        EntityManagerFactory factory = persistence.entityManagerFactory();
        return factory.unwrap(SessionFactory.class).getStatistics();
    }

    @Override
    public void close() {
        persistence.close();
        database.close();
    }
}
