package dev.tracking.adapter.jpa;

import dev.tracking.testsupport.database.DatabaseKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The contract suites and the adapter's own checks on H2 (default mode), one in-memory database for all, and what is
 * particular to H2: there is no storage to maintain.
 */
class JpaOnH2Test extends JpaContractSuites {

    private static DatabaseUnderTest db;

    @BeforeAll
    static void startDatabase() {
        db = DatabaseUnderTest.start(DatabaseKind.H2);
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
    class Maintenance extends H2MaintenanceChecks {
        @Override
        DatabaseUnderTest db() {
            return db;
        }
    }
}
