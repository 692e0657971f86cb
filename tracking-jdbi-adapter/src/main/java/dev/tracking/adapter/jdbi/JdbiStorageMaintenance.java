package dev.tracking.adapter.jdbi;

import dev.tracking.core.port.out.StorageMaintenance;
import java.time.LocalDate;
import java.util.Objects;

/**
 * On PostgreSQL, the schema's partition functions: {@code tracking_ensure_partitions(months_ahead, from_month)}
 * creates the monthly partitions of {@code mawb_events}, {@code hawb_events} and {@code audit_log} (moving rows the
 * default partition took for those months into them), and {@code tracking_drop_partitions(parent_table, older_than)}
 * drops the event tables' whole months before a date with their dedupe keys; the audit log's partitions are never
 * dropped. On H2, which partitions nothing, both do nothing. Each call is one statement in the caller's unit of work
 * (or a unit of its own).
 */
final class JdbiStorageMaintenance implements StorageMaintenance {

    /** The most months ahead {@code tracking_ensure_partitions} accepts. */
    static final int MAX_MONTHS_AHEAD = 120;

    private static final String ENSURE = """
            SELECT tracking_ensure_partitions(:months_ahead, :from_month)
            """;

    private static final String DROP_EVENT_PARTITIONS = """
            SELECT tracking_drop_partitions('mawb_events', :older_than)
                   + tracking_drop_partitions('hawb_events', :older_than)
            """;

    private final Sql sql;
    private final boolean partitioned;

    JdbiStorageMaintenance(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.partitioned = dialect.partitionsByMonth();
    }

    @Override
    public int ensurePartitions(LocalDate from, int monthsAhead) {
        Objects.requireNonNull(from, "from");
        if (monthsAhead < 0 || monthsAhead > MAX_MONTHS_AHEAD) {
            throw new IllegalArgumentException("monthsAhead must be between 0 and " + MAX_MONTHS_AHEAD + ", not "
                    + monthsAhead);
        }
        if (!partitioned) {
            return 0;
        }
        return sql.change(handle -> handle.createQuery(ENSURE)
                .bind("months_ahead", monthsAhead)
                .bind("from_month", from)
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public int dropEventPartitionsBefore(LocalDate olderThan) {
        Objects.requireNonNull(olderThan, "olderThan");
        if (!partitioned) {
            return 0;
        }
        return sql.change(handle -> handle.createQuery(DROP_EVENT_PARTITIONS)
                .bind("older_than", olderThan)
                .mapTo(Integer.class)
                .one());
    }
}
