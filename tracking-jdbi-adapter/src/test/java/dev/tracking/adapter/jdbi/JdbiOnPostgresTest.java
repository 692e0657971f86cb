package dev.tracking.adapter.jdbi;

import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The Jdbi adapter on PostgreSQL: the embedded server (started once per JVM), or the one TRACKING_TEST_POSTGRES_URL
 * names.
 */
class JdbiOnPostgresTest extends JdbiAdapterSuites {

    private static TestDatabase database;
    private static JdbiPersistence persistence;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.create(DatabaseKind.POSTGRESQL);
        TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
        persistence = JdbiPersistence.create(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    JdbiPersistence persistence() {
        return persistence;
    }

    @Nested
    class AuditOnPostgres extends PostgresAuditTests {
        @Override
        TestDatabase database() {
            return database;
        }
    }

    @Nested
    class JobsOnPostgres extends PostgresJobTests {
        @Override
        TestDatabase database() {
            return database;
        }
    }

    @Nested
    class Partitions extends PostgresPartitionTests {
        @Override
        TestDatabase database() {
            return database;
        }

        @Override
        JdbiPersistence persistence() {
            return persistence;
        }
    }
}
