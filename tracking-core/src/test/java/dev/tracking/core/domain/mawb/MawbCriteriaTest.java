package dev.tracking.core.domain.mawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MawbCriteriaTest {

    private static final Instant T1 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-02T00:00:00Z");
    private static final LocalDate D1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2025, 3, 2);

    @Test
    void anyHasNoCriteria() {
        MawbCriteria any = MawbCriteria.any();

        assertThat(any.statuses()).isEmpty();
        assertThat(any.carrier()).isNull();
        assertThat(any.text()).isNull();
        assertThat(any.destination()).isNull();
    }

    @Test
    void normalizesCarrierAndText() {
        MawbCriteria criteria = new MawbCriteria(null, " lh ", null, null, null, null, null, null, null, null,
                "  midwest ");

        assertThat(criteria.carrier()).isEqualTo("LH");
        assertThat(criteria.text()).isEqualTo("midwest");
    }

    @Test
    void blankCarrierAndTextMeanAny() {
        MawbCriteria criteria = new MawbCriteria(null, " ", null, null, null, null, null, null, null, null, " ");

        assertThat(criteria.carrier()).isNull();
        assertThat(criteria.text()).isNull();
    }

    @Test
    void withersChangeOneCriterion() {
        MawbCriteria criteria = MawbCriteria.any()
                .withStatuses(Set.of(ShipmentStatus.ARRIVED))
                .withDestination(AirportCode.of("ORD"))
                .withText("176")
                .withEta(T1, T2)
                .withLastFreeDay(D1, D1);

        assertThat(criteria.statuses()).containsExactly(ShipmentStatus.ARRIVED);
        assertThat(criteria.destination()).isEqualTo(AirportCode.of("ORD"));
        assertThat(criteria.text()).isEqualTo("176");
        assertThat(criteria.etaFrom()).isEqualTo(T1);
        assertThat(criteria.etaTo()).isEqualTo(T2);
        assertThat(criteria.lastFreeDayFrom()).isEqualTo(D1);
    }

    @Test
    void rejectsEtaRangeThatIsEmptyOrReversed() {
        assertRejected(() -> MawbCriteria.any().withEta(T2, T1), "etaTo");
        assertRejected(() -> MawbCriteria.any().withEta(T1, T1), "etaTo");
    }

    @Test
    void rejectsReversedEtdRange() {
        assertRejected(() -> new MawbCriteria(null, null, null, null, null, null, T2, T1, null, null, null), "etdTo");
    }

    @Test
    void rejectsReversedLastFreeDayRangeButAcceptsOneDay() {
        assertRejected(() -> MawbCriteria.any().withLastFreeDay(D2, D1), "lastFreeDayTo");
        assertThat(MawbCriteria.any().withLastFreeDay(D1, D1).lastFreeDayTo()).isEqualTo(D1);
    }

    @Test
    void rejectsTextLongerThan64Characters() {
        assertThat(MawbCriteria.any().withText("x".repeat(64)).text()).hasSize(64);
        assertRejected(() -> MawbCriteria.any().withText("x".repeat(65)), "text");
    }

    @Test
    void reportsEveryBadRangeAtOnce() {
        assertRejected(() -> new MawbCriteria(null, null, null, null, T2, T1, T2, T1, D2, D1, "x".repeat(65)),
                "etaTo", "etdTo", "lastFreeDayTo", "text");
    }
}
