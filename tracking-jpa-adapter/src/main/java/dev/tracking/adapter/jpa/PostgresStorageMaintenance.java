package dev.tracking.adapter.jpa;

import dev.tracking.core.port.out.StorageMaintenance;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * {@link StorageMaintenance} on PostgreSQL: calls the schema's partition routines ({@code V2__partition_maintenance}),
 * named with the configured schema when there is one (they find their tables through the search path they were
 * created with, whatever the connection's). {@code tracking_ensure_partitions(months_ahead, from_month)} creates the
 * monthly partitions of {@code mawb_events}, {@code hawb_events} and {@code audit_log} that are missing (moving the
 * rows the default partition took for those months into them) and returns how many it created;
 * {@code tracking_drop_partitions(parent_table, older_than)} drops the monthly partitions of one table whose whole
 * month lies before {@code older_than}, with the dedupe keys of their events, and returns how many it dropped: it is
 * called for the two event tables, never for the audit log. Each call is a statement on the unit of work's
 * connection, in the caller's unit of work or in one of its own.
 */
final class PostgresStorageMaintenance implements StorageMaintenance {

    /** The partitioned tables whose old months are dropped; the audit log is kept (its chain is evidence). */
    static final List<String> EVENT_TABLES = List.of("mawb_events", "hawb_events");

    private final EntityManagerBinding units;
    private final String ensureSql;
    private final String dropSql;

    /**
     * @param ensureFunction the (schema-qualified) name of {@code tracking_ensure_partitions}
     * @param dropFunction   the (schema-qualified) name of {@code tracking_drop_partitions}
     */
    PostgresStorageMaintenance(EntityManagerBinding units, String ensureFunction, String dropFunction) {
        this.units = Objects.requireNonNull(units, "units");
        this.ensureSql = "SELECT " + ensureFunction + "(?, ?)";
        this.dropSql = "SELECT " + dropFunction + "(?, ?)";
    }

    @Override
    public int ensurePartitions(LocalDate from, int monthsAhead) {
        Objects.requireNonNull(from, "from");
        return units.inUnitOfWork(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement call = connection.prepareStatement(ensureSql)) {
                call.setInt(1, monthsAhead);
                call.setObject(2, from);
                return count(call);
            }
        }));
    }

    @Override
    public int dropEventPartitionsBefore(LocalDate olderThan) {
        Objects.requireNonNull(olderThan, "olderThan");
        return units.inUnitOfWork(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            int dropped = 0;
            try (PreparedStatement call = connection.prepareStatement(dropSql)) {
                for (String table : EVENT_TABLES) {
                    call.setString(1, table);
                    call.setObject(2, olderThan);
                    dropped += count(call);
                }
            }
            return dropped;
        }));
    }

    private static int count(PreparedStatement call) throws SQLException {
        try (ResultSet result = call.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }
}
