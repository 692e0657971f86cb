package dev.tracking.core.domain.hawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HawbDetailsTest {

    private static final Party SHIPPER = Party.named("Acme Exports Ltd");
    private static final Party CONSIGNEE = Party.named("Midwest Imports Inc");

    @Test
    void stripsDescriptionAndTreatsBlankAsAbsent() {
        assertThat(new HawbDetails(SHIPPER, CONSIGNEE, null, 1, Weight.kg("1"), " SPARE PARTS ").description())
                .isEqualTo("SPARE PARTS");
        assertThat(new HawbDetails(SHIPPER, CONSIGNEE, null, 1, Weight.kg("1"), "  ").description()).isNull();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertRejected(() -> new HawbDetails(null, null, null, 0, null, null), "shipper", "consignee", "pieces",
                "weight");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100_000})
    void rejectsPiecesOutsideOneTo99999(int pieces) {
        assertRejected(() -> new HawbDetails(SHIPPER, CONSIGNEE, null, pieces, Weight.kg("1"), null), "pieces");
    }

    @Test
    void rejectsOverlongDescription() {
        assertRejected(() -> new HawbDetails(SHIPPER, CONSIGNEE, null, 1, Weight.kg("1"), "d".repeat(501)),
                "description");
    }

    @Test
    void criteriaNormalizeTextAndStatuses() {
        HawbCriteria criteria = new HawbCriteria(Fixtures.mawbId(), null, "  hx1 ");

        assertThat(criteria.text()).isEqualTo("hx1");
        assertThat(criteria.statuses()).isEmpty();
        assertThat(HawbCriteria.any().mawbId()).isNull();
        assertThat(HawbCriteria.of(Fixtures.mawbId()).mawbId()).isEqualTo(Fixtures.mawbId());
    }

    @Test
    void criteriaRejectTextLongerThan64Characters() {
        assertRejected(() -> new HawbCriteria(null, null, "x".repeat(65)), "text");
    }
}
