package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Start-up validates the mapping against the database ({@code hbm2ddl validate}) and never writes DDL: a schema that
 * is missing, or differs from the mapping, fails {@link JpaPersistence.Builder#build()} with a clear message.
 */
class SchemaValidationTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUnmigratedSchemaFailsAtStartUpAndIsLeftEmpty(DatabaseKind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            assertThatThrownBy(() -> JpaPersistence.create(database.dataSource()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Schema validation: missing table");
            assertThatThrownBy(() -> JpaPersistence.builder(database.dataSource()).schema(database.schema()).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Schema validation: missing table");

            assertThat(tableCount(database)).as("tables created by the failed start-ups").isZero();
        }
    }

    @Test
    void anUnmigratedPostgresSchemaFailsEvenBesideAMigratedOne() {
        try (TestDatabase migrated = TestDatabase.create(DatabaseKind.POSTGRESQL);
                TestDatabase empty = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            TrackingSchema.configure(migrated.dataSource()).schema(migrated.schema()).migrate();

            assertThatThrownBy(() -> JpaPersistence.create(empty.dataSource()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Schema validation: missing table");
        }
    }

    @Test
    void aColumnOfTheWrongTypeFailsAtStartUp() throws SQLException {
        try (TestDatabase database = TestDatabase.create(DatabaseKind.H2)) {
            TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
            execute(database, "ALTER TABLE bills ALTER COLUMN due_date SET DATA TYPE varchar(10)");

            assertThatThrownBy(() -> JpaPersistence.create(database.dataSource()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("due_date");
        }
    }

    @Test
    void aMissingColumnFailsAtStartUp() throws SQLException {
        try (TestDatabase database = TestDatabase.create(DatabaseKind.H2)) {
            TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
            execute(database, "ALTER TABLE mawb_flights DROP COLUMN ata_offset");

            assertThatThrownBy(() -> JpaPersistence.create(database.dataSource()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("missing column [ata_offset]");
        }
    }

    @Test
    void aMigratedSchemaStartsAndCloses() {
        try (TestDatabase database = TestDatabase.create(DatabaseKind.H2)) {
            TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();

            JpaPersistence persistence = JpaPersistence.create(database.dataSource());
            persistence.close();
            persistence.close();

            assertThat(persistence.entityManagerFactory().isOpen()).isFalse();
        }
    }

    private static int tableCount(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                var tables = connection.getMetaData().getTables(null, database.schema(), "%", null)) {
            int count = 0;
            while (tables.next()) {
                if (!"SYSTEM TABLE".equals(tables.getString("TABLE_TYPE"))) {
                    count++;
                }
            }
            return count;
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
