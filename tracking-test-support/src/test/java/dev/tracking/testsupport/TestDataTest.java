package dev.tracking.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TestDataTest {

    @Test
    void awbNumbersCarryTheirCheckDigit() {
        assertThat(TestData.awbNumber("020", 1234567)).hasToString("020-12345675");
        assertThat(TestData.awbNumber(1)).hasToString("020-00000011");
        assertThat(TestData.awbNumber("176", 0)).hasToString("176-00000000");
        for (int serial = 9_999_990; serial <= 9_999_999; serial++) {
            AwbNumber number = TestData.awbNumber(serial);
            assertThat(AwbNumber.parse(number.toString())).isEqualTo(number);
        }
        assertThatThrownBy(() -> TestData.awbNumber(10_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestData.awbNumber(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultMawbIsALufthansaConsignmentFromFrankfurtToChicago() {
        Mawb mawb = TestData.mawb(1234567);

        assertThat(mawb.carrier()).isEqualTo("LH");
        assertThat(mawb.number()).hasToString("020-12345675");
        assertThat(mawb.details().origin().value()).isEqualTo("FRA");
        assertThat(mawb.details().destination().value()).isEqualTo("ORD");
        assertThat(mawb.details().flights()).singleElement().satisfies(leg -> {
            assertThat(leg.flight().value()).isEqualTo("LH430");
            assertThat(leg.etd()).isEqualTo(TestData.DEFAULT_ETD);
            assertThat(leg.eta()).isEqualTo(TestData.DEFAULT_ETA);
        });
        assertThat(mawb.details().eta()).isEqualTo(TestData.DEFAULT_ETA.toInstant());
        assertThat(mawb.status()).isEqualTo(ShipmentStatus.CREATED);
        assertThat(mawb.statusAsOf()).isNull();
        assertThat(mawb.version()).isZero();
        assertThat(mawb.createdAt()).isEqualTo(TestData.NOW).isEqualTo(mawb.updatedAt());
        assertThat(TestData.mawb(1).id()).isNotEqualTo(TestData.mawb(1).id());
    }

    @Test
    void anEtaIsGivenInTheDestinationsOffsetAndTheDepartureFollows() {
        Instant eta = Instant.parse("2025-03-20T18:00:00Z");

        Mawb mawb = TestData.mawbBuilder(1).eta(eta).build();

        assertThat(mawb.details().eta()).isEqualTo(eta);
        assertThat(mawb.details().flights().get(0).eta().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(mawb.details().etd()).isEqualTo(eta.minus(java.time.Duration.between(TestData.DEFAULT_ETD,
                TestData.DEFAULT_ETA)));
        assertThat(mawb.details().flights().get(0).etd().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void scheduleEndsCanBeSetOrRemovedSeparately() {
        Instant etd = Instant.parse("2025-03-20T08:00:00Z");

        Mawb noEta = TestData.mawbBuilder(1).eta((Instant) null).etd(etd).build();
        Mawb noEtd = TestData.mawbBuilder(1).etd((OffsetDateTime) null).build();
        Mawb noFlights = TestData.mawbBuilder(1).noFlights().build();

        assertThat(noEta.details().eta()).isNull();
        assertThat(noEta.details().etd()).isEqualTo(etd);
        assertThat(noEtd.details().etd()).isNull();
        assertThat(noEtd.details().eta()).isEqualTo(TestData.DEFAULT_ETA.toInstant());
        assertThat(noFlights.details().flights()).isEmpty();
        assertThat(noFlights.details().eta()).isNull();
    }

    @Test
    void anotherCarrierLendsItsPrefix() {
        Mawb mawb = TestData.mawbBuilder(1234567).carrier(TestData.carrier("EK", "176", "Emirates SkyCargo")).build();

        assertThat(mawb.carrier()).isEqualTo("EK");
        assertThat(mawb.number()).hasToString("176-12345675");
        assertThat(mawb.details().flights().get(0).flight().value()).isEqualTo("EK430");
    }

    @Test
    void eventsAlikeHaveTheSameDerivedKey() {
        ShipmentRef subject = ShipmentRef.of(TestData.mawb(1).id());
        OffsetDateTime at = OffsetDateTime.parse("2025-03-15T15:32:00-05:00");

        TrackingEvent first = TestData.event(subject, "ARR", at);
        TrackingEvent second = TestData.event(subject, "ARR", at.withOffsetSameInstant(ZoneOffset.UTC));
        TrackingEvent other = TestData.event(subject, "RCF", at);
        TrackingEvent keyed = TestData.eventBuilder(subject).dedupeKey("mine").build();

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.dedupeKey()).isEqualTo(second.dedupeKey()).isNotEqualTo(other.dedupeKey());
        assertThat(keyed.dedupeKey()).isEqualTo("mine");
        assertThat(first.location()).isNull();
        assertThat(TestData.eventBuilder(subject).build().location().value()).isEqualTo("FRA");
    }

    @Test
    void billsAttachmentsAndFileTypesAreValid() {
        Mawb mawb = TestData.mawb(1);

        Bill isc = TestData.bill(mawb);
        Bill jpy = TestData.bill(mawb, BillType.STORAGE, "45000", "JPY");
        Bill paid = TestData.billBuilder(mawb).paid("REF-1", TestData.NOW).build();

        assertThat(isc.amount()).hasToString("125.50 USD");
        assertThat(isc.status()).isEqualTo(BillStatus.OPEN);
        assertThat(jpy.amount().amount().scale()).isZero();
        assertThat(paid.status()).isEqualTo(BillStatus.PAID);
        assertThat(TestData.attachment(ShipmentRef.of(mawb.id()), "invoice.pdf").sha256()).hasSize(64);
        assertThat(TestData.fileType("DELIVERY_ORDER").name()).isEqualTo("Delivery order");
        assertThat(TestData.fileType().check("invoice.pdf", "application/pdf", 1000)).isEmpty();
        assertThat(TestData.carrier().designator()).isEqualTo("LH");
    }

    @Test
    void everyDefaultInstantIsWholeMicroseconds() {
        Mawb mawb = TestData.mawb(1);
        for (Instant instant : new Instant[] {TestData.NOW, mawb.createdAt(), mawb.details().eta(),
                mawb.details().etd(), TestData.eventBuilder(ShipmentRef.of(mawb.id())).build().recordedAt()}) {
            assertThat(instant.truncatedTo(ChronoUnit.MICROS)).isEqualTo(instant);
        }
        assertThat(TestData.micros(Instant.parse("2025-01-01T00:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.123456Z"));
    }
}
