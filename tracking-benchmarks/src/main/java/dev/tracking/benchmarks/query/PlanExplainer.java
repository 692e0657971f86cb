package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.query.StatementRecorder.Captured;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Runs a recorded statement again under {@code EXPLAIN (ANALYZE, BUFFERS)} (PostgreSQL) or {@code EXPLAIN ANALYZE}
 * (H2), with the values it was executed with, and reads which indexes an H2 plan uses.
 */
final class PlanExplainer {

    /** H2 names the access path of each table in a comment: an index, or {@code TABLE.tableScan}. */
    private static final Pattern H2_ACCESS = Pattern.compile("/\\* \"?PUBLIC\"?\\.\"?([A-Za-z0-9_]+)\"?"
            + "(\\.tableScan)?[ :*]");

    private final DataSource dataSource;
    private final BenchDatabaseKind kind;

    PlanExplainer(DataSource dataSource, BenchDatabaseKind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    String explain(Captured statement) {
        String prefix = kind == BenchDatabaseKind.POSTGRESQL ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement(prefix + statement.sql())) {
            statement.bindTo(explain);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return String.join("\n", lines);
        } catch (Exception e) {
            return "(could not explain: " + e + ")";
        }
    }

    /** The indexes an H2 plan reads, and {@code TABLE (scan)} for each table it scans whole, in lower case. */
    static Set<String> h2AccessPaths(String plan) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher matcher = H2_ACCESS.matcher(plan);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            paths.add(matcher.group(2) != null ? name + " (scan)" : name);
        }
        return paths;
    }
}
