package dev.tracking.core.domain.mawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FlightLegTest {

    private static final FlightNumber LH400 = FlightNumber.parse("LH400", "flight");
    private static final AirportCode FRA = AirportCode.of("FRA");
    private static final AirportCode JFK = AirportCode.of("JFK");
    private static final OffsetDateTime DEPARTURE = OffsetDateTime.parse("2025-03-01T10:00:00+01:00");
    private static final OffsetDateTime ARRIVAL = OffsetDateTime.parse("2025-03-01T12:45:00-05:00");

    @Test
    void keepsTimesWithTheOffsetTheyWereGivenIn() {
        FlightLeg leg = new FlightLeg(LH400, FRA, JFK, DEPARTURE, ARRIVAL, null, null);

        assertThat(leg.etd()).isEqualTo(DEPARTURE);
        assertThat(leg.eta().getOffset()).hasToString("-05:00");
    }

    @Test
    void scheduledParsesItsParts() {
        FlightLeg leg = FlightLeg.scheduled("lh 400", "fra", "jfk", DEPARTURE, ARRIVAL);

        assertThat(leg.flight()).isEqualTo(LH400);
        assertThat(leg.from()).isEqualTo(FRA);
        assertThat(leg.to()).isEqualTo(JFK);
        assertThat(leg.atd()).isNull();
        assertThat(leg.ata()).isNull();
    }

    @Test
    void scheduledNamesTheFieldOfABadPart() {
        assertRejected(() -> FlightLeg.scheduled("LH", "FRA", "JFK", null, null), "flight");
        assertRejected(() -> FlightLeg.scheduled("LH400", "FR", "JFK", null, null), "from");
        assertRejected(() -> FlightLeg.scheduled("LH400", "FRA", "J", null, null), "to");
    }

    @Test
    void reportsEveryMissingPartAtOnce() {
        assertRejected(() -> new FlightLeg(null, null, null, null, null, null, null), "flight", "from", "to");
    }

    @Test
    void rejectsArrivalAtTheDepartureAirport() {
        assertRejected(() -> new FlightLeg(LH400, FRA, FRA, null, null, null, null), "to");
    }

    @Test
    void rejectsEtaNotAfterEtd() {
        assertRejected(() -> new FlightLeg(LH400, FRA, JFK, DEPARTURE, DEPARTURE, null, null), "eta");
        assertRejected(() -> new FlightLeg(LH400, FRA, JFK, ARRIVAL, DEPARTURE, null, null), "eta");
    }

    @Test
    void rejectsAtaNotAfterAtd() {
        assertRejected(() -> new FlightLeg(LH400, FRA, JFK, null, null, ARRIVAL, DEPARTURE), "ata");
    }

    @Test
    void comparesTimesAsInstantsNotAsLocalTimes() {
        // 10:00+01:00 is 09:00Z; 09:30Z is later although its local time reads earlier than 10:00
        OffsetDateTime later = OffsetDateTime.parse("2025-03-01T09:30:00Z");
        OffsetDateTime earlier = OffsetDateTime.parse("2025-03-01T09:30:00+01:00");

        assertThat(new FlightLeg(LH400, FRA, JFK, DEPARTURE, later, DEPARTURE, later).eta()).isEqualTo(later);
        assertRejected(() -> new FlightLeg(LH400, FRA, JFK, DEPARTURE, earlier, null, null), "eta");
        assertRejected(() -> new FlightLeg(LH400, FRA, JFK, null, null, DEPARTURE, earlier), "ata");
    }
}
