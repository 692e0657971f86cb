package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An update replaces a MAWB's list of flights, references or equipment only when it changed, deleting the old rows
 * before inserting the new: reordering equipment never trips {@code mawb_equipment_uq (mawb_id, equipment_id)}.
 */
abstract class MawbListReplacementChecks {

    abstract DatabaseUnderTest db();

    private PersistencePorts ports;
    private Mawb stored;

    @BeforeEach
    void givenAMawbWithTwoPiecesOfEquipment() {
        ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        stored = ports.mawbs().insert(TestData.mawbBuilder(1).equipment(TestData.container(), TestData.uld())
                .build());
        db().jdbc().clear();
    }

    @Test
    void swappedEquipmentIsStoredInItsNewOrder() {
        MawbDetails swapped = withEquipmentReversed(stored.details());

        Mawb updated = ports.mawbs().update(stored.withDetails(swapped, stored.updatedAt()));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(ports.mawbs().findById(stored.id()).orElseThrow().details().equipment())
                .containsExactly(TestData.uld(), TestData.container());
    }

    @Test
    void onlyTheListThatChangedIsRewritten() {
        FlightLeg onlyLeg = stored.details().flights().get(0);
        FlightLeg delayed = new FlightLeg(onlyLeg.flight(), onlyLeg.from(), onlyLeg.to(), onlyLeg.etd(),
                onlyLeg.eta().plusHours(2), null, null);
        MawbDetails d = stored.details();
        MawbDetails newEta = new MawbDetails(d.origin(), d.destination(), d.shipper(), d.consignee(), d.notifyParty(),
                d.pieces(), d.weight(), d.volume(), d.commodity(), List.of(delayed), d.lastFreeDay(), d.customs(),
                d.equipment(), d.references());

        ports.mawbs().update(stored.withDetails(newEta, stored.updatedAt()));

        assertThat(writesTo("mawb_flights")).containsExactly("delete", "insert");
        assertThat(writesTo("mawb_equipment")).isEmpty();
        assertThat(writesTo("mawb_references")).isEmpty();
        assertThat(ports.mawbs().findById(stored.id()).orElseThrow().details().eta())
                .isEqualTo(delayed.eta().toInstant());
    }

    private List<String> writesTo(String table) {
        return db().jdbc().executions().stream()
                .map(Execution::sql)
                .map(sql -> sql.toLowerCase(Locale.ROOT))
                .filter(sql -> sql.matches("(?s)(insert into|delete from|update) " + table + "\\b.*"))
                .map(sql -> sql.substring(0, sql.indexOf(' ')))
                .toList();
    }

    private static MawbDetails withEquipmentReversed(MawbDetails d) {
        return new MawbDetails(d.origin(), d.destination(), d.shipper(), d.consignee(), d.notifyParty(), d.pieces(),
                d.weight(), d.volume(), d.commodity(), d.flights(), d.lastFreeDay(), d.customs(),
                List.of(d.equipment().get(1), d.equipment().get(0)), d.references());
    }
}
