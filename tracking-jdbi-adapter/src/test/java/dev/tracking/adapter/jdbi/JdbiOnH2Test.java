package dev.tracking.adapter.jdbi;

import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The Jdbi adapter on H2 2.x in its default mode. */
class JdbiOnH2Test extends JdbiAdapterSuites {

    private static TestDatabase database;
    private static JdbiPersistence persistence;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.create(DatabaseKind.H2);
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
    class StorageOnH2 extends H2StorageTests {
        @Override
        JdbiPersistence persistence() {
            return persistence;
        }
    }
}
