package dev.tracking.adapter.jpa;

import dev.tracking.core.port.out.StorageMaintenance;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The databases the tracking schema exists for, told apart by the JDBC driver's product name, the few native
 * statements (which JPQL lacks) whose SQL differs between them, and what else differs: how a limited locking query
 * locks, and what keeps the storage in shape. Native statements bind positional parameters, one per column in the
 * order given.
 */
enum SupportedDatabase {
    POSTGRESQL {
        @Override
        String upsert(String table, List<String> keyColumns, List<String> columns) {
            return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO UPDATE SET "
                    + columns.stream().filter(c -> !keyColumns.contains(c)).map(c -> c + " = EXCLUDED." + c)
                            .collect(Collectors.joining(", "));
        }

        @Override
        String insertUnlessPresent(String table, List<String> keyColumns, List<String> columns) {
            return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO NOTHING";
        }

        /** PostgreSQL locks the rows as the limit lets them through, skipping locked ones and going on to others. */
        @Override
        boolean locksBeforeLimiting() {
            return false;
        }
    },
    H2 {
        /** H2's own upsert; two transactions racing to insert the same new key may still collide. */
        @Override
        String upsert(String table, List<String> keyColumns, List<String> columns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY ("
                    + String.join(", ", keyColumns) + ") VALUES (" + parameters(columns) + ")";
        }

        /** A plain insert: H2's default mode has no ON CONFLICT, so the caller treats a unique violation as present. */
        @Override
        String insertUnlessPresent(String table, List<String> keyColumns, List<String> columns) {
            return insert(table, columns);
        }

        /**
         * H2 locks every row a {@code SELECT ... ORDER BY ... FOR UPDATE} matches before it sorts them and applies
         * the limit (it reads lazily, and locks only up to the limit, only without a sort).
         */
        @Override
        boolean locksBeforeLimiting() {
            return true;
        }
    };

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

    /** How this database inserts a job unless a live job has its idempotency key. */
    ScheduledJobInserts scheduledJobInserts(String scheduledJobsTable) {
        return switch (this) {
            case POSTGRESQL -> new PostgresScheduledJobInserts(scheduledJobsTable);
            case H2 -> new H2ScheduledJobInserts(scheduledJobsTable);
        };
    }

    /**
     * What keeps this database's storage in shape: on PostgreSQL the schema's partition routines, named as given
     * (qualified with the configured schema, if any); H2 keeps nothing partitioned and needs nothing.
     */
    StorageMaintenance storageMaintenance(EntityManagerBinding units, String ensurePartitionsFunction,
            String dropPartitionsFunction) {
        return switch (this) {
            case POSTGRESQL -> new PostgresStorageMaintenance(units, ensurePartitionsFunction,
                    dropPartitionsFunction);
            case H2 -> StorageMaintenance.none();
        };
    }

    /**
     * Whether a locking query that sorts its rows locks every row it matches before it applies its limit, so that a
     * limited {@code FOR UPDATE SKIP LOCKED} would hold (and other units skip) all the matching rows, not just those
     * it returns.
     */
    abstract boolean locksBeforeLimiting();

    /** Inserts a row, or replaces the non-key columns of the row with its key. */
    abstract String upsert(String table, List<String> keyColumns, List<String> columns);

    /**
     * Inserts a row unless one with its key exists, which is then left as it is. On PostgreSQL the statement waits for
     * a racing insert of the same key and then does nothing; on H2 it fails with a unique violation instead, which the
     * caller must catch (under a savepoint) and take for "present".
     */
    abstract String insertUnlessPresent(String table, List<String> keyColumns, List<String> columns);

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + parameters(columns) + ")";
    }

    private static String parameters(List<String> columns) {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }
}
