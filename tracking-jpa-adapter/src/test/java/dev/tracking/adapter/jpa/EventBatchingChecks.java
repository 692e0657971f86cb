package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the JDBC driver sees when events are stored: JDBC batches, and few statements to claim their keys. */
abstract class EventBatchingChecks {

    private static final int EVENTS_PER_SHIPMENT = 500;

    abstract DatabaseUnderTest db();

    private PersistencePorts ports;
    private List<TrackingEvent> events;

    @BeforeEach
    void givenAThousandEventsOnTwoShipments() {
        ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
        Hawb hawb = ports.hawbs().insert(TestData.hawb(mawb, "HAM0042"));
        OffsetDateTime start = OffsetDateTime.parse("2025-03-15T00:00:00+01:00");
        events = new ArrayList<>();
        for (int i = 0; i < EVENTS_PER_SHIPMENT; i++) {
            events.add(TestData.event(ShipmentRef.of(mawb.id()), "OCI", start.plusSeconds(i)));
            events.add(TestData.event(ShipmentRef.of(hawb.id()), "OCI", start.plusSeconds(i)));
        }
        db().jdbc().clear();
    }

    @Test
    void eventRowsGoOutInOneStatementPerTableOnPostgresAndInFullJdbcBatchesOnH2() {
        assertThat(ports.events().insertNew(events)).hasSize(2 * EVENTS_PER_SHIPMENT);

        for (String table : List.of("mawb_events", "hawb_events")) {
            List<Execution> inserts = db().jdbc().insertsInto(table);
            if (db().kind() == DatabaseKind.POSTGRESQL) {
                // INSERT ... SELECT FROM unnest(...) over one array per column
                assertThat(inserts).as("inserts into %s", table).singleElement()
                        .satisfies(insert -> assertThat(insert.sql()).contains("unnest("));
            } else {
                assertThat(inserts).as("inserts into %s", table).allMatch(Execution::batched)
                        .extracting(Execution::rows)
                        .containsOnly(TrackingEntityManagerFactory.BATCH_SIZE)
                        .hasSize(EVENTS_PER_SHIPMENT / TrackingEntityManagerFactory.BATCH_SIZE);
            }
        }
        assertThat(ports.events().findBySubjects(List.of(events.get(0).subject(), events.get(1).subject())))
                .hasSize(2 * EVENTS_PER_SHIPMENT);
    }

    @Test
    void keysAreClaimedWithAFewStatements() {
        ports.events().insertNew(events);

        List<Execution> claims = db().jdbc().insertsInto("event_dedupe_keys");
        if (db().kind() == DatabaseKind.POSTGRESQL) {
            // multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING, 250 rows each
            assertThat(claims).hasSize(2 * EVENTS_PER_SHIPMENT / PostgresDedupeKeyClaims.ROWS_PER_STATEMENT)
                    .allSatisfy(claim -> assertThat(claim.sql()).contains("ON CONFLICT DO NOTHING RETURNING"));
        } else {
            // one JDBC batch of every free key
            assertThat(claims).singleElement().satisfies(claim -> {
                assertThat(claim.batched()).isTrue();
                assertThat(claim.rows()).isEqualTo(2 * EVENTS_PER_SHIPMENT);
            });
        }
    }

    @Test
    void aRepeatedBatchClaimsNothingAndInsertsNoEvent() {
        ports.events().insertNew(events);
        db().jdbc().clear();

        assertThat(ports.events().insertNew(events)).isEmpty();

        assertThat(db().jdbc().insertsInto("mawb_events")).isEmpty();
        assertThat(db().jdbc().insertsInto("hawb_events")).isEmpty();
    }
}
