package dev.tracking.adapter.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What differs between the two databases the schema supports: how to bind JSON, how to claim event keys and job
 * idempotency keys, how to claim and settle due jobs, whether tables are partitioned, and how to write a row unless
 * its key is taken (or replace it). Statements built here name their parameters after their columns.
 */
enum Dialect {
    /** H2 2.x in its default mode: a string bound to a JSON column must say it is JSON text; no ON CONFLICT. */
    H2 {
        @Override
        String jsonParameter(String name) {
            return ":" + name + " FORMAT JSON";
        }

        @Override
        EventKeyClaims eventKeyClaims() {
            return new H2EventKeyClaims();
        }

        @Override
        MawbStatusUpdates mawbStatusUpdates() {
            return new H2MawbStatusUpdates();
        }

        @Override
        JobInserts jobInserts() {
            return new H2JobInserts();
        }

        @Override
        JobLeases jobLeases() {
            return new H2JobLeases();
        }

        @Override
        boolean partitionsByMonth() {
            return false;
        }

        @Override
        String upsert(String table, List<String> keyColumns, List<String> columns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                    + ") VALUES (" + parameters(columns) + ")";
        }

        @Override
        String insertUnlessPresent(String table, List<String> keyColumns, List<String> columns) {
            return insert(table, columns);
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

        @Override
        MawbStatusUpdates mawbStatusUpdates() {
            return new PostgresMawbStatusUpdates();
        }

        @Override
        JobInserts jobInserts() {
            return new PostgresJobInserts();
        }

        @Override
        JobLeases jobLeases() {
            return new PostgresJobLeases();
        }

        @Override
        boolean partitionsByMonth() {
            return true;
        }

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
    };

    /** The SQL that binds the named parameter, a JSON text, to a JSON column. */
    abstract String jsonParameter(String name);

    /** How this database stores event dedupe keys once, also when callers race. */
    abstract EventKeyClaims eventKeyClaims();

    /** How this database schedules a job unless a live job has its idempotency key, also when callers race. */
    abstract JobInserts jobInserts();

    /**
     * Whether many rows are best inserted as one statement over arrays ({@link PostgresArrayInsert}); otherwise as a
     * JDBC batch (H2 runs in process: there are no round trips to save).
     */
    boolean insertsRowsAsArrays() {
        return this == POSTGRESQL;
    }

    /** How this database stores the status states of many MAWBs at once. */
    abstract MawbStatusUpdates mawbStatusUpdates();

    /** How this database claims due jobs and changes the jobs an owner holds, in few round trips. */
    abstract JobLeases jobLeases();

    /**
     * Whether the schema partitions the event tables and the audit log by month on this database, with the functions
     * {@code tracking_ensure_partitions} and {@code tracking_drop_partitions} to maintain them.
     */
    abstract boolean partitionsByMonth();

    /** Inserts a row, or replaces the non-key columns of the row with its key. */
    abstract String upsert(String table, List<String> keyColumns, List<String> columns);

    /**
     * Inserts a row unless one with its key exists. On PostgreSQL that row is left alone; H2 has no statement for it
     * in its default mode, so there the insert fails with a unique violation, which the caller treats as "present"
     * (H2 undoes only the failed statement; the transaction goes on).
     */
    abstract String insertUnlessPresent(String table, List<String> keyColumns, List<String> columns);

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + parameters(columns) + ")";
    }

    private static String parameters(List<String> columns) {
        return columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    }

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
