package dev.tracking.core.domain.mawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.UldId;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.status.CustomsStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MawbDetailsTest {

    private static final AirportCode LHR = AirportCode.of("LHR");
    private static final AirportCode FRA = AirportCode.of("FRA");
    private static final AirportCode ORD = AirportCode.of("ORD");
    private static final Party SHIPPER = Party.named("Acme Exports Ltd");
    private static final Party CONSIGNEE = Party.named("Midwest Imports Inc");

    private static MawbDetails details(int pieces, String commodity, List<FlightLeg> flights,
            List<Equipment> equipment) {
        return new MawbDetails(LHR, ORD, SHIPPER, CONSIGNEE, null, pieces, Weight.kg("250"), Volume.cbm("1.5"),
                commodity, flights, LocalDate.of(2025, 3, 14), null, equipment, null);
    }

    @Test
    void defaultsCollectionsAndCustomsAndStripsCommodity() {
        MawbDetails details = new MawbDetails(LHR, ORD, SHIPPER, CONSIGNEE, null, 1, Weight.kg("1"), null,
                "  MACHINE PARTS ", null, null, null, null, null);

        assertThat(details.flights()).isEmpty();
        assertThat(details.equipment()).isEmpty();
        assertThat(details.references()).isEmpty();
        assertThat(details.customs()).isEqualTo(CustomsStatus.NOT_REPORTED);
        assertThat(details.commodity()).isEqualTo("MACHINE PARTS");
    }

    @Test
    void blankCommodityBecomesAbsent() {
        assertThat(details(1, "   ", List.of(), List.of()).commodity()).isNull();
    }

    @Test
    void etdIsTheFirstFlightsAndEtaTheLastFlights() {
        OffsetDateTime etd = OffsetDateTime.parse("2025-03-01T10:00:00Z");
        OffsetDateTime fraEta = OffsetDateTime.parse("2025-03-01T13:00:00+01:00");
        OffsetDateTime fraEtd = OffsetDateTime.parse("2025-03-01T15:00:00+01:00");
        OffsetDateTime ordEta = OffsetDateTime.parse("2025-03-01T18:00:00-06:00");
        List<FlightLeg> route = List.of(FlightLeg.scheduled("BA900", "LHR", "FRA", etd, fraEta),
                FlightLeg.scheduled("LH430", "FRA", "ORD", fraEtd, ordEta));

        MawbDetails details = details(1, null, route, List.of());

        assertThat(details.etd()).isEqualTo(etd.toInstant());
        assertThat(details.eta()).isEqualTo(ordEta.toInstant());
    }

    @Test
    void withoutFlightsHasNoEtaOrEtd() {
        MawbDetails details = details(1, null, List.of(), List.of());

        assertThat(details.eta()).isNull();
        assertThat(details.etd()).isNull();
    }

    @Test
    void tellsWhetherOceanContainersTravel() {
        Equipment container = Equipment.of(ContainerNumber.parse("CSQU3054383"));
        Equipment uld = Equipment.of(UldId.parse("PMC72534QR"));

        assertThat(details(1, null, List.of(), List.of(uld)).hasOceanContainers()).isFalse();
        assertThat(details(1, null, List.of(), List.of(uld, container)).hasOceanContainers()).isTrue();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertRejected(() -> new MawbDetails(null, null, null, null, null, 0, null, null, null, null, null, null,
                null, null), "origin", "destination", "shipper", "consignee", "pieces", "weight");
    }

    @Test
    void rejectsDestinationEqualToOrigin() {
        assertRejected(() -> new MawbDetails(LHR, LHR, SHIPPER, CONSIGNEE, null, 1, Weight.kg("1"), null, null,
                null, null, null, null, null), "destination");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_000})
    void rejectsPiecesOutsideOneTo99999(int pieces) {
        assertRejected(() -> details(pieces, null, List.of(), List.of()), "pieces");
    }

    @Test
    void acceptsPiecesAtTheLimits() {
        assertThat(details(1, null, List.of(), List.of()).pieces()).isEqualTo(1);
        assertThat(details(99_999, null, List.of(), List.of()).pieces()).isEqualTo(99_999);
    }

    @Test
    void rejectsOverlongCommodity() {
        assertRejected(() -> details(1, "x".repeat(501), List.of(), List.of()), "commodity");
    }

    @Test
    void rejectsEquipmentListedTwiceNamingItsIndex() {
        Equipment first = Equipment.of(ContainerNumber.parse("CSQU3054383"));
        Equipment again = new Equipment(ContainerNumber.parse("csqu 305438 3"), "SEAL-1");
        Equipment uld = Equipment.of(UldId.parse("PMC72534QR"));

        var e = assertRejected(() -> details(1, null, List.of(), List.of(first, uld, again)), "equipment[2]");
        assertThat(e.violations().get(0).message()).contains("CSQU3054383");
    }

    @Test
    void keepsFlightsInRouteOrderAndUnmodifiable() {
        FlightLeg first = FlightLeg.scheduled("BA900", "LHR", "FRA", null, null);
        FlightLeg second = FlightLeg.scheduled("LH430", "FRA", "ORD", null, null);
        MawbDetails details = details(1, null, new ArrayList<>(List.of(first, second)), List.of());

        assertThat(details.flights()).containsExactly(first, second);
        assertThat(details.flights()).isUnmodifiable();
        assertThat(details.flights().get(0).to()).isEqualTo(FRA);
    }
}
