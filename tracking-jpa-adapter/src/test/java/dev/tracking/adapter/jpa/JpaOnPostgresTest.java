package dev.tracking.adapter.jpa;

import dev.tracking.testsupport.database.DatabaseKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The contract suites and the adapter's own checks on PostgreSQL: the embedded server the JVM shares (or the one
 * {@code TRACKING_TEST_POSTGRES_URL} names), one fresh schema for all.
 */
class JpaOnPostgresTest extends JpaContractSuites {

    private static DatabaseUnderTest db;

    @BeforeAll
    static void startDatabase() {
        db = DatabaseUnderTest.start(DatabaseKind.POSTGRESQL);
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    @Override
    DatabaseUnderTest db() {
        return db;
    }

    @Nested
    class Partitions extends PostgresPartitionChecks {
        @Override
        DatabaseUnderTest db() {
            return db;
        }
    }

    @Nested
    class JobKeyIndex extends PostgresJobKeyIndexChecks {
        @Override
        DatabaseUnderTest db() {
            return db;
        }
    }

    @Nested
    class JobClaimPlan extends PostgresJobClaimPlanChecks {
        @Override
        DatabaseUnderTest db() {
            return db;
        }
    }

    @Nested
    class Maintenance extends PostgresMaintenanceChecks {
        @Override
        DatabaseUnderTest db() {
            return db;
        }
    }
}
