package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, events land in the monthly partition of their recording time, or in the default one; the adapter's
 * storage maintenance creates the partitions of coming months (moving rows the default partition took for them) and
 * drops the event tables' old months, never the audit log's, in the caller's unit of work.
 */
abstract class PostgresPartitionTests {

    abstract TestDatabase database();

    abstract JdbiPersistence persistence();

    @Test
    void eventsLandInThePartitionOfTheirRecordingMonth() throws SQLException {
        database().truncateAll();
        persistence().carriers().insert(TestData.carrier());
        Mawb mawb = persistence().mawbs().insert(TestData.mawb(1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TrackingEvent recent = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("now").recordedAt(now)
                .build();
        TrackingEvent old = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("old")
                .recordedAt(Instant.parse("2020-01-15T00:00:00Z")).build();

        persistence().events().insertNew(List.of(recent, old));

        ZonedDateTime month = now.atZone(ZoneOffset.UTC);
        assertThat(partitionOf(recent)).isEqualTo(String.format(Locale.ROOT, "mawb_events_y%04dm%02d",
                month.getYear(), month.getMonthValue()));
        assertThat(partitionOf(old)).isEqualTo("mawb_events_default");
        assertThat(persistence().events().findBySubjects(List.of(ShipmentRef.of(mawb.id())))).hasSize(2);
    }

    @Test
    void ensurePartitionsCreatesEachMonthOfEveryPartitionedTableOnce() throws SQLException {
        StorageMaintenance maintenance = persistence().maintenance();

        assertThat(maintenance.ensurePartitions(LocalDate.of(2019, 1, 20), 2)).as("3 months of 3 tables").isEqualTo(9);

        for (String table : List.of("mawb_events", "hawb_events", "audit_log")) {
            assertThat(partitions(table)).contains(table + "_y2019m01", table + "_y2019m02", table + "_y2019m03")
                    .doesNotContain(table + "_y2018m12", table + "_y2019m04");
        }
        assertThat(maintenance.ensurePartitions(LocalDate.of(2019, 2, 1), 2)).as("only April is new").isEqualTo(3);
        assertThat(maintenance.ensurePartitions(LocalDate.of(2019, 1, 1), 3)).as("all there").isZero();
    }

    @Test
    void ensurePartitionsMovesTheRowsTheDefaultPartitionTookForANewMonth() throws SQLException {
        database().truncateAll();
        persistence().carriers().insert(TestData.carrier());
        Mawb mawb = persistence().mawbs().insert(TestData.mawb(1));
        TrackingEvent event = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("2018-06")
                .recordedAt(Instant.parse("2018-06-15T12:00:00Z")).build();
        persistence().events().insertNew(List.of(event));
        assertThat(partitionOf(event)).isEqualTo("mawb_events_default");

        assertThat(persistence().maintenance().ensurePartitions(LocalDate.of(2018, 6, 1), 0)).isEqualTo(3);

        assertThat(partitionOf(event)).isEqualTo("mawb_events_y2018m06");
    }

    @Test
    void dropEventPartitionsDropsTheEventTablesWholeMonthsBeforeTheDateAndKeepsTheAuditLog() throws SQLException {
        database().truncateAll();
        persistence().carriers().insert(TestData.carrier());
        Mawb mawb = persistence().mawbs().insert(TestData.mawb(1));
        StorageMaintenance maintenance = persistence().maintenance();
        maintenance.ensurePartitions(LocalDate.of(2012, 1, 1), 2);
        TrackingEvent old = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("2012-02")
                .recordedAt(Instant.parse("2012-02-10T00:00:00Z")).build();
        TrackingEvent kept = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("2012-03")
                .recordedAt(Instant.parse("2012-03-10T00:00:00Z")).build();
        persistence().events().insertNew(List.of(old, kept));

        assertThat(maintenance.dropEventPartitionsBefore(LocalDate.of(2012, 3, 1)))
                .as("January and February of both event tables").isEqualTo(4);

        assertThat(partitions("mawb_events")).doesNotContain("mawb_events_y2012m01", "mawb_events_y2012m02")
                .contains("mawb_events_y2012m03");
        assertThat(partitions("hawb_events")).doesNotContain("hawb_events_y2012m01", "hawb_events_y2012m02")
                .contains("hawb_events_y2012m03");
        assertThat(partitions("audit_log")).as("the audit log is evidence")
                .contains("audit_log_y2012m01", "audit_log_y2012m02", "audit_log_y2012m03");
        assertThat(persistence().events().findBySubjects(List.of(ShipmentRef.of(mawb.id()))))
                .extracting(TrackingEvent::id).containsExactly(kept.id());
        assertThat(maintenance.dropEventPartitionsBefore(LocalDate.of(2012, 3, 1))).as("dropped already").isZero();
    }

    @Test
    void maintenanceJoinsTheCallersUnitOfWork() throws SQLException {
        assertThatThrownBy(() -> persistence().transactions().inTransaction(() -> {
            persistence().maintenance().ensurePartitions(LocalDate.of(2015, 5, 1), 0);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(partitions("mawb_events")).doesNotContain("mawb_events_y2015m05");
        assertThat(persistence().maintenance().ensurePartitions(LocalDate.of(2015, 5, 1), 0)).isEqualTo(3);
    }

    @Test
    void monthsAheadOutsideTheFunctionsRangeAreRefused() {
        assertThatThrownBy(() -> persistence().maintenance().ensurePartitions(LocalDate.of(2015, 5, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> persistence().maintenance().ensurePartitions(LocalDate.of(2015, 5, 1), 121))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The monthly and default partitions of a partitioned table of the schema. */
    private List<String> partitions(String table) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT child.relname
                        FROM pg_inherits
                        JOIN pg_class child ON child.oid = pg_inherits.inhrelid
                        WHERE pg_inherits.inhparent = to_regclass(?)
                        ORDER BY child.relname
                        """)) {
            statement.setString(1, table);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private String partitionOf(TrackingEvent event) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT tableoid::regclass::text FROM mawb_events WHERE id = ?")) {
            statement.setObject(1, event.id().value());
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
