package dev.tracking.benchmarks.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Which indexes and sequential scans a query used on PostgreSQL, read from the statistics views
 * ({@code pg_stat_user_indexes.idx_scan}, {@code pg_stat_user_tables.seq_scan} and {@code seq_tup_read}) before and
 * after running it a number of times, whatever SQL the adapter issued. Partitions count for their partitioned table.
 *
 * <p>PostgreSQL 14 backends send their counters to the statistics collector at most every 500 ms, when a transaction
 * ends. So the queries run on a pool of their own with one connection; after them, once half a second has passed,
 * one more statement on that connection sends the counters, and the views are read until they stop changing.
 */
final class IndexUsageProbe {

    private static final String INDEX_SCANS = """
            SELECT coalesce(pg_partition_root(indexrelid), indexrelid)::regclass::text AS index_name,
                   coalesce(pg_partition_root(relid), relid)::regclass::text AS table_name, idx_scan
            FROM pg_stat_user_indexes
            """;
    private static final String TABLE_SCANS = """
            SELECT coalesce(pg_partition_root(relid), relid)::regclass::text AS table_name,
                   sum(seq_scan) AS seq_scan, sum(seq_tup_read) AS seq_tup_read
            FROM pg_stat_user_tables
            GROUP BY 1
            """;

    /** The tables whose sequential scans matter: the large ones. */
    static final Set<String> LARGE_TABLES = Set.of("mawbs", "hawbs", "mawb_flights", "mawb_events", "bills",
            "event_dedupe_keys");

    /** The tables a list or dashboard query is about (child lists of a page are read by primary key). */
    private static final Set<String> QUERIED_TABLES = Set.of("mawbs", "hawbs", "bills");

    private final DataSource reader;
    private final DataSource probe;

    /**
     * @param reader a data source to read the statistics with
     * @param probe  the one-connection data source the probed queries run on
     */
    IndexUsageProbe(DataSource reader, DataSource probe) {
        this.reader = reader;
        this.probe = probe;
    }

    /** Scans of one table: how many sequential scans read how many rows. */
    record Scans(long scans, long rows) {
    }

    /** What {@code calls} calls of a query did. */
    record Usage(int calls, Map<String, Long> indexScans, Map<String, Scans> sequentialScans) {

        /** The indexes of the queried tables used, most used first. */
        List<String> indexes() {
            return indexScans.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /** {@code "mawbs (1,000,000 rows/call)"} for each large table scanned whole, or {@code "none"}. */
        String describeSequentialScans() {
            if (sequentialScans.isEmpty()) {
                return "none";
            }
            return sequentialScans.entrySet().stream()
                    .map(e -> String.format(java.util.Locale.ROOT, "%s (%,d rows/call)", e.getKey(),
                            e.getValue().rows() / Math.max(1, calls)))
                    .collect(Collectors.joining(", "));
        }
    }

    Usage measure(Runnable query, int calls) throws InterruptedException {
        Map<String, Long> indexesBefore = new HashMap<>();
        Map<String, Scans> tablesBefore = new HashMap<>();
        settle(indexesBefore, tablesBefore);
        for (int i = 0; i < calls; i++) {
            query.run();
        }
        Thread.sleep(600);
        execute(probe, "SELECT 1");
        Map<String, Long> indexesAfter = new HashMap<>();
        Map<String, Scans> tablesAfter = new HashMap<>();
        settle(indexesAfter, tablesAfter);

        Map<String, Long> indexScans = new TreeMap<>();
        indexesAfter.forEach((key, after) -> {
            long delta = after - indexesBefore.getOrDefault(key, 0L);
            String[] tableAndIndex = key.split("\\|");
            if (delta > 0 && QUERIED_TABLES.contains(tableAndIndex[0])) {
                indexScans.put(tableAndIndex[1], delta);
            }
        });
        Map<String, Scans> sequentialScans = new TreeMap<>();
        tablesAfter.forEach((table, after) -> {
            Scans before = tablesBefore.getOrDefault(table, new Scans(0, 0));
            if (after.scans() > before.scans() && LARGE_TABLES.contains(table)) {
                sequentialScans.put(table, new Scans(after.scans() - before.scans(), after.rows() - before.rows()));
            }
        });
        return new Usage(calls, indexScans, sequentialScans);
    }

    /** Reads the counters until two readings a third of a second apart agree (or two seconds passed). */
    private void settle(Map<String, Long> indexes, Map<String, Scans> tables) throws InterruptedException {
        read(indexes, tables);
        for (int attempt = 0; attempt < 6; attempt++) {
            Thread.sleep(350);
            Map<String, Long> nextIndexes = new HashMap<>();
            Map<String, Scans> nextTables = new HashMap<>();
            read(nextIndexes, nextTables);
            boolean stable = nextIndexes.equals(indexes) && nextTables.equals(tables);
            indexes.clear();
            indexes.putAll(nextIndexes);
            tables.clear();
            tables.putAll(nextTables);
            if (stable) {
                return;
            }
        }
    }

    private void read(Map<String, Long> indexes, Map<String, Scans> tables) {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = statement.executeQuery(INDEX_SCANS)) {
                while (rs.next()) {
                    indexes.merge(rs.getString("table_name") + "|" + rs.getString("index_name"),
                            rs.getLong("idx_scan"), Long::sum);
                }
            }
            try (ResultSet rs = statement.executeQuery(TABLE_SCANS)) {
                while (rs.next()) {
                    tables.put(rs.getString("table_name"),
                            new Scans(rs.getLong("seq_scan"), rs.getLong("seq_tup_read")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the statistics views", e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }
}
