package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fills a freshly migrated benchmark database with generated shipments: PostgreSQL through COPY into the tables as
 * migrated (monthly event partitions created for the whole history first, indexes in place), then {@code VACUUM
 * (ANALYZE)} as autovacuum would after a bulk load; H2 through batched inserts, then {@code ANALYZE}. Checks that the
 * indexes afterwards are exactly those the migrations created.
 *
 * @param counts  the rows loaded per table
 * @param load    how long generating and loading took
 * @param analyze how long the statistics (and on PostgreSQL the visibility map) took
 * @param bytes   the database's size on disk (PostgreSQL), or -1
 */
record QueryDataset(ShipmentLoader.Counts counts, Duration load, Duration analyze, long bytes) {

    static QueryDataset load(BenchDatabase database, ShipmentGenerator generator, PrintStream out) {
        boolean postgres = database.kind() == BenchDatabaseKind.POSTGRESQL;
        if (postgres) {
            LocalDate firstMonth = LocalDate.ofInstant(generator.earliest(), ZoneOffset.UTC).withDayOfMonth(1);
            long months = ChronoUnit.MONTHS.between(firstMonth, LocalDate.ofInstant(generator.now(), ZoneOffset.UTC));
            database.execute("SELECT tracking_ensure_partitions(" + (months + 3) + ", DATE '" + firstMonth + "')");
        }
        Map<String, String> indexesBefore = indexes(database);
        long start = System.nanoTime();
        TableSink.Factory sinks = postgres ? PostgresCopySink.factory(database.dataSource())
                : JdbcBatchSink.factory(database.dataSource());
        int total = generator.mawbs();
        ShipmentLoader.Counts counts = new ShipmentLoader(generator, sinks).load(done -> out.printf(
                "   loaded %,d of %,d MAWBs (%s s)%n", done, total, seconds(System.nanoTime() - start)));
        Duration load = Duration.ofNanos(System.nanoTime() - start);
        long analyzeStart = System.nanoTime();
        if (postgres) {
            database.execute("VACUUM (ANALYZE)");
        } else {
            database.analyze();
        }
        Duration analyze = Duration.ofNanos(System.nanoTime() - analyzeStart);
        Map<String, String> indexesAfter = indexes(database);
        if (!indexesAfter.equals(indexesBefore)) {
            throw new IllegalStateException("the load changed the indexes: before " + indexesBefore + ", after "
                    + indexesAfter);
        }
        return new QueryDataset(counts, load, analyze, postgres ? size(database) : -1);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** Every index of the schema and its definition. */
    private static Map<String, String> indexes(BenchDatabase database) {
        String sql = database.kind() == BenchDatabaseKind.POSTGRESQL
                ? "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                : "SELECT INDEX_NAME, TABLE_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = SCHEMA()";
        Map<String, String> indexes = new TreeMap<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the indexes", e);
        }
        return indexes;
    }

    private static long size(BenchDatabase database) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database size", e);
        }
    }
}
