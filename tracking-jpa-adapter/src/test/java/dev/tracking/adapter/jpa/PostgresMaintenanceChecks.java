package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.port.out.StorageMaintenance;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL only: {@link JpaPersistence#maintenance()} creates the monthly partitions of the event tables and the
 * audit log through the schema's {@code tracking_ensure_partitions} and drops old months of the event tables (never
 * the audit log's) through {@code tracking_drop_partitions}, in the caller's unit of work, and names the functions
 * with the configured schema (so it works when the connections' search path does not hold it). The months used lie
 * long before any test data (2001), and the checks leave no partition of theirs behind.
 */
abstract class PostgresMaintenanceChecks {

    private static final LocalDate JANUARY = LocalDate.of(2001, 1, 1);
    private static final List<String> PARTITIONED = List.of("mawb_events", "hawb_events", "audit_log");

    abstract DatabaseUnderTest db();

    @BeforeEach
    void emptyDatabase() {
        db().emptyPorts();
    }

    @AfterEach
    void dropTheChecksPartitions() throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String partition : partitionsOf2001()) {
                statement.execute("DROP TABLE " + partition);
            }
        }
    }

    @Test
    void monthsAreCreatedAheadAndOldEventMonthsDroppedButNotTheAuditLogs() throws SQLException {
        StorageMaintenance maintenance = db().persistence().maintenance();

        assertThat(maintenance.ensurePartitions(JANUARY, 1)).as("two months of three tables").isEqualTo(6);
        assertThat(maintenance.ensurePartitions(JANUARY, 2)).as("only the third month is new").isEqualTo(3);
        assertThat(partitionsOf2001()).hasSize(9).contains("mawb_events_y2001m01", "hawb_events_y2001m03",
                "audit_log_y2001m02");

        assertThat(maintenance.dropEventPartitionsBefore(JANUARY.plusMonths(2))).as("January and February of the"
                + " two event tables").isEqualTo(4);
        assertThat(maintenance.dropEventPartitionsBefore(JANUARY.plusMonths(2))).isZero();

        assertThat(partitionsOf2001()).containsExactlyInAnyOrder("mawb_events_y2001m03", "hawb_events_y2001m03",
                "audit_log_y2001m01", "audit_log_y2001m02", "audit_log_y2001m03");
    }

    @Test
    void itJoinsTheCallersUnitOfWork() throws SQLException {
        JpaPersistence persistence = db().persistence();

        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            assertThat(persistence.maintenance().ensurePartitions(JANUARY, 0)).isEqualTo(3);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(partitionsOf2001()).as("rolled back with the unit").isEmpty();
    }

    @Test
    void theFunctionsAreNamedWithTheConfiguredSchema() throws SQLException {
        try (JpaPersistence qualified = JpaPersistence.builder(outsideTheSchema(db().rawDataSource()))
                .schema(db().database().schema())
                .build()) {
            assertThat(qualified.maintenance().ensurePartitions(JANUARY, 0)).isEqualTo(3);
            assertThat(partitionsOf2001()).containsExactlyInAnyOrder("mawb_events_y2001m01",
                    "hawb_events_y2001m01", "audit_log_y2001m01");

            assertThat(qualified.maintenance().dropEventPartitionsBefore(JANUARY.plusMonths(1))).isEqualTo(2);
            assertThat(partitionsOf2001()).containsExactly("audit_log_y2001m01");
        }
    }

    /** The monthly partitions of 2001 in the test schema. */
    private List<String> partitionsOf2001() throws SQLException {
        List<String> partitions = new ArrayList<>();
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT c.relname FROM pg_inherits i"
                        + " JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent"
                        + " JOIN pg_namespace n ON n.oid = p.relnamespace"
                        + " WHERE n.nspname = ? AND p.relname = ? AND c.relname LIKE ?")) {
            for (String parent : PARTITIONED) {
                statement.setString(1, db().database().schema());
                statement.setString(2, parent);
                statement.setString(3, parent + "\\_y2001m%");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        partitions.add(rows.getString(1));
                    }
                }
            }
        }
        return partitions;
    }

    /** {@code dataSource} with the connections' search path moved off the test schema (the pool resets it). */
    private static DataSource outsideTheSchema(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(PostgresMaintenanceChecks.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(dataSource, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Connection connection) {
                        connection.setSchema("public");
                    }
                    return result;
                });
    }
}
