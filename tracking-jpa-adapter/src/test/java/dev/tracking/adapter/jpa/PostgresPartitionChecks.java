package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL only: events land in the monthly partition of their {@code recorded_at} (UTC month), audit entries in
 * that of their {@code at}, or in the default partition when no monthly one covers it; inserting through the parent
 * table is all the adapter does.
 */
abstract class PostgresPartitionChecks {

    abstract DatabaseUnderTest db();

    @Test
    void eventsLandInTheirMonthsPartitionOrTheDefaultOne() throws SQLException {
        PersistencePorts ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TrackingEvent recordedNow = TestData.eventBuilder(ShipmentRef.of(mawb.id())).recordedAt(now).build();
        TrackingEvent recordedLongAgo = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("old")
                .recordedAt(Instant.parse("2020-01-15T00:00:00Z")).build();

        ports.events().insertNew(List.of(recordedNow, recordedLongAgo));

        String month = DateTimeFormatter.ofPattern("'y'yyyy'm'MM").withZone(ZoneOffset.UTC).format(now);
        assertThat(partitionOf(recordedNow)).isEqualTo("mawb_events_" + month);
        assertThat(partitionOf(recordedLongAgo)).isEqualTo("mawb_events_default");
    }

    @Test
    void auditEntriesLandInTheirMonthsPartitionOrTheDefaultOne() throws SQLException {
        PersistencePorts ports = db().emptyPorts();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditDraft> drafts = List.of(draft(Instant.parse("2020-01-15T00:00:00Z")), draft(now));

        ports.transactions().run(() -> {
            ChainHead head = ports.auditLog().lockHead();
            ports.auditLog().append(AuditChain.link(head.seq(), head.hash(), drafts));
        });

        String month = DateTimeFormatter.ofPattern("'y'yyyy'm'MM").withZone(ZoneOffset.UTC).format(now);
        assertThat(auditPartitionOf(1)).isEqualTo("audit_log_default");
        assertThat(auditPartitionOf(2)).isEqualTo("audit_log_" + month);
    }

    private static AuditDraft draft(Instant at) {
        return new AuditDraft(at, "CARRIER", "LH", AuditAction.UPDATE, "anna", Map.of("name", new FieldChange("a",
                "b")), null, Map.of());
    }

    private String auditPartitionOf(long seq) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT c.relname FROM audit_log a"
                        + " JOIN pg_class c ON c.oid = a.tableoid WHERE a.seq = ?")) {
            statement.setLong(1, seq);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private String partitionOf(TrackingEvent event) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT c.relname FROM mawb_events e"
                        + " JOIN pg_class c ON c.oid = e.tableoid WHERE e.id = ?")) {
            statement.setObject(1, event.id().value());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
