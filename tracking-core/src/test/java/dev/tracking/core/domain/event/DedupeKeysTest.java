package dev.tracking.core.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.testing.Fixtures;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DedupeKeysTest {

    private static final ShipmentRef SUBJECT = ShipmentRef.of(Fixtures.mawbId());
    private static final EventCode DEP = EventCode.of(FsuCode.DEP);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-01T10:00:00+01:00");
    private static final AirportCode LHR = AirportCode.of("LHR");
    private static final FlightNumber BA900 = FlightNumber.parse("BA900", "flight");
    private static final ShipmentPortion ALL = new ShipmentPortion(PortionType.TOTAL, 10, null);

    private static String key(EventCode code, TimeType type, OffsetDateTime at, AirportCode location,
            FlightNumber flight, ShipmentPortion portion) {
        return DedupeKeys.derive(SUBJECT, code, type, at, location, flight, portion);
    }

    @Test
    void isAPrefixedSha256WithinTheMaximumLength() {
        String key = key(DEP, TimeType.ACTUAL, AT, LHR, BA900, ALL);

        assertThat(key).matches("sha256:[0-9a-f]{64}");
        assertThat(key.length()).isLessThanOrEqualTo(DedupeKeys.MAX_LENGTH);
    }

    @Test
    void sameReportGivesSameKey() {
        assertThat(key(DEP, TimeType.ACTUAL, AT, LHR, BA900, ALL))
                .isEqualTo(key(EventCode.of("dep"), TimeType.ACTUAL, AT, AirportCode.of("lhr"), BA900,
                        new ShipmentPortion(PortionType.TOTAL, 10, null)));
    }

    @Test
    void sameInstantInAnotherOffsetGivesSameKey() {
        OffsetDateTime sameInstantInUtc = OffsetDateTime.parse("2025-03-01T09:00:00Z");

        assertThat(key(DEP, TimeType.ACTUAL, sameInstantInUtc, LHR, BA900, ALL))
                .isEqualTo(key(DEP, TimeType.ACTUAL, AT, LHR, BA900, ALL));
    }

    @Test
    void everyDistinguishingPartChangesTheKey() {
        String key = key(DEP, TimeType.ACTUAL, AT, LHR, BA900, ALL);

        assertThat(key(EventCode.of(FsuCode.ARR), TimeType.ACTUAL, AT, LHR, BA900, ALL)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ESTIMATED, AT, LHR, BA900, ALL)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT.plusMinutes(1), LHR, BA900, ALL)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT, AirportCode.of("FRA"), BA900, ALL)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT, null, BA900, ALL)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT, LHR, null, ALL)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT, LHR, BA900, null)).isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT, LHR, BA900, new ShipmentPortion(PortionType.PART, 10, null)))
                .isNotEqualTo(key);
        assertThat(key(DEP, TimeType.ACTUAL, AT, LHR, BA900, new ShipmentPortion(PortionType.TOTAL, 9, null)))
                .isNotEqualTo(key);
    }

    @Test
    void anotherShipmentGivesAnotherKey() {
        ShipmentRef other = ShipmentRef.of(HawbId.of(Fixtures.mawbId().value()));

        assertThat(DedupeKeys.derive(other, DEP, TimeType.ACTUAL, AT, LHR, BA900, ALL))
                .isNotEqualTo(key(DEP, TimeType.ACTUAL, AT, LHR, BA900, ALL));
    }
}
