package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.mawb.Reference;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.VolumeUnit;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.status.StatusState;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.testsupport.KeysetOrder;
import dev.tracking.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link MawbRepository} must do: store and version MAWBs with all their details, keep AWB numbers unique,
 * filter by every {@link MawbCriteria} criterion, sort by every {@link MawbSortField} in both directions and page by
 * {@link dev.tracking.core.domain.common.Keyset} exactly as its Javadoc defines, and answer the dashboard's counts.
 * Extend this class in your adapter's tests and return ports over an empty store from {@link #ports()}; see
 * {@link PersistenceContract} for what the suites assume.
 */
public abstract class MawbRepositoryContract extends PersistenceContract {

    /** A base for creation times. */
    protected static final Instant T = Instant.parse("2025-03-01T06:00:00Z");

    /** A base for arrival times. */
    protected static final Instant E = Instant.parse("2025-03-15T20:20:00Z");

    /** All sort orders a MAWB list offers. */
    protected static Stream<MawbSort> allSorts() {
        return Arrays.stream(MawbSortField.values())
                .flatMap(field -> Arrays.stream(SortDirection.values()).map(dir -> new MawbSort(field, dir)));
    }

    // ------------------------------------------------------------------------------------------ insert and read

    @Test
    void insertStoresTheMawbAtVersionOne() {
        givenCarrier(TestData.carrier());
        Mawb mawb = TestData.mawb(1234567);

        Mawb stored = mawbs().insert(mawb);

        assertThat(stored.version()).isEqualTo(1);
        assertSameState(stored, mawb.withVersion(1));
        assertSameState(mawbs().findById(mawb.id()).orElseThrow(), mawb.withVersion(1));
        assertSameState(mawbs().findByNumber(mawb.number()).orElseThrow(), mawb.withVersion(1));
    }

    @Test
    void everyFieldRoundTrips() {
        Mawb full = fullMawb();

        givenMawb(full);

        assertSameState(mawbs().findById(full.id()).orElseThrow(), full.withVersion(1));
        assertSameState(mawbs().findByNumber(full.number()).orElseThrow(), full.withVersion(1));
        assertSameState(mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 10), List.of(
                full.withVersion(1)));
    }

    @Test
    void offsetsAndMicrosecondsRoundTripExactly() {
        Mawb mawb = givenMawb(fullMawb());

        List<FlightLeg> legs = mawbs().findById(mawb.id()).orElseThrow().details().flights();

        assertThat(legs).extracting(FlightLeg::etd).containsExactly(
                OffsetDateTime.parse("2025-02-10T09:15:00.123456+05:45"),
                OffsetDateTime.parse("2025-02-11T01:00:00+03:00"),
                OffsetDateTime.parse("2025-02-11T08:40:00-03:30"));
        assertThat(legs.get(0).atd()).isEqualTo(OffsetDateTime.parse("2025-02-10T09:41:07.000001+05:45"));
        assertThat(legs.get(0).ata()).isEqualTo(OffsetDateTime.parse("2025-02-10T12:55:59.999999+03:00"));
        assertThat(legs.get(1).eta().getOffset().getTotalSeconds()).isEqualTo(-(3 * 3600 + 30 * 60));
    }

    @Test
    void optionalFieldsRoundTripAsAbsent() {
        Mawb minimal = TestData.mawbBuilder(7)
                .shipper(Party.named("S"))
                .consignee(Party.named("C"))
                .notifyParty(null)
                .volume(null)
                .commodity(null)
                .noFlights()
                .lastFreeDay(null)
                .equipment()
                .references()
                .build();

        givenMawb(minimal);

        Mawb found = mawbs().findById(minimal.id()).orElseThrow();
        assertSameState(found, minimal.withVersion(1));
        assertThat(found.details().eta()).isNull();
        assertThat(found.statusAsOf()).isNull();
    }

    @Test
    void aLegWithoutScheduleRoundTrips() {
        FlightLeg unscheduled = new FlightLeg(new FlightNumber("LH8160"), AirportCode.of("FRA"),
                AirportCode.of("ORD"), null, null, null, null);
        FlightLeg arrivalOnly = new FlightLeg(new FlightNumber("LH8161"), AirportCode.of("ORD"),
                AirportCode.of("ATL"), null, OffsetDateTime.parse("2025-03-16T08:00:00-04:00"), null, null);
        Mawb mawb = TestData.mawbBuilder(8).destination("ATL").flights(unscheduled, arrivalOnly).build();

        givenMawb(mawb);

        assertSameState(mawbs().findById(mawb.id()).orElseThrow(), mawb.withVersion(1));
    }

    @Test
    void decimalsAndTextRoundTripExactly() {
        Mawb heavy = TestData.mawbBuilder(10).weight(Weight.kg("999999999.999"))
                .volume(Volume.cbm("999999999.999")).consignee("Müller & Söhne GmbH").build();
        Mawb light = TestData.mawbBuilder(11).weight(Weight.lb("0.001"))
                .volume(new Volume(new BigDecimal("0.5"), VolumeUnit.CFT)).consignee("東京貿易株式会社").build();
        Mawb whole = TestData.mawbBuilder(12).weight(Weight.kg("1250")).consignee("Ørsted Logistik A/S – Øst").build();

        givenMawbs(List.of(heavy, light, whole));

        for (Mawb mawb : List.of(heavy, light, whole)) {
            Mawb found = mawbs().findById(mawb.id()).orElseThrow();
            assertSameState(found, mawb.withVersion(1));
            assertThat(found.details().weight().amount()).isEqualByComparingTo(mawb.details().weight().amount());
            assertThat(found.details().consignee().name()).isEqualTo(mawb.details().consignee().name());
        }
    }

    @Test
    void findsNothingUnknown() {
        givenMawb(TestData.mawb(1));

        assertThat(mawbs().findById(new MawbId(UUID.randomUUID()))).isEmpty();
        assertThat(mawbs().findByNumber(TestData.awbNumber(2))).isEmpty();
    }

    @Test
    void aTakenAwbNumberIsADuplicate() {
        Mawb first = givenMawb(TestData.mawb(1234567));
        Mawb sameNumber = TestData.mawbBuilder(1234567).consignee("Someone Else Ltd").build();

        assertThatThrownBy(() -> mawbs().insert(sameNumber))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.field()).isEqualTo("awbNumber"));
        assertThat(mawbs().findById(sameNumber.id())).isEmpty();
        assertSameState(mawbs().findByNumber(first.number()).orElseThrow(), first);
    }

    @Test
    void findAllByIdReturnsTheFoundOnesWithTheirDetailsAndLeavesOutUnknownIds() {
        Mawb full = givenMawb(fullMawb());
        Mawb plain = givenMawb(TestData.mawb(2));
        givenMawb(TestData.mawb(3));
        MawbId unknown = new MawbId(UUID.randomUUID());

        List<Mawb> found = mawbs().findAllById(List.of(plain.id(), unknown, full.id(), plain.id()));

        assertThat(found).extracting(Mawb::id).containsExactlyInAnyOrder(full.id(), plain.id());
        assertSameState(found.stream().filter(m -> m.id().equals(full.id())).findFirst().orElseThrow(), full);
        assertThat(mawbs().findAllById(List.of())).isEmpty();
        assertThat(mawbs().findAllById(List.of(unknown))).isEmpty();
    }

    @Test
    void findAllByIdReadsMoreIdsThanOneQueryTakes() {
        givenCarrier(TestData.carrier());
        List<MawbId> ids = new ArrayList<>();
        for (int i = 1; i <= 1_205; i++) {
            ids.add(mawbs().insert(TestData.mawb(1_000_000 + i)).id());
        }

        assertThat(mawbs().findAllById(ids)).extracting(Mawb::id).containsExactlyInAnyOrderElementsOf(ids);
    }

    // ---------------------------------------------------------------------------------------- status updates

    @Test
    void updateStatusesStoresEachStatusStateAtTheNextVersionAndNothingElse() {
        Mawb first = givenMawb(fullMawb());
        Mawb second = givenMawb(TestData.mawb(2));
        Instant now = micros(Instant.parse("2025-03-20T10:00:01.000002Z"));
        StatusState arrived = new StatusState(ShipmentStatus.ARRIVED, micros(Instant.parse("2025-03-20T09:30:00Z")),
                CustomsStatus.REPORTED);
        StatusState delivered = new StatusState(ShipmentStatus.DELIVERED, Instant.parse("2025-03-20T08:00:00Z"),
                CustomsStatus.CLEARED);

        mawbs().updateStatuses(List.of(first.withStatusState(arrived, now).statusChange(),
                second.withStatusState(delivered, now).statusChange()));

        assertSameState(mawbs().findById(first.id()).orElseThrow(), first.withStatusState(arrived, now).withVersion(2));
        assertSameState(mawbs().findById(second.id()).orElseThrow(),
                second.withStatusState(delivered, now).withVersion(2));
        mawbs().updateStatuses(List.of());
    }

    @Test
    void updateStatusesFromAStaleVersionIsAConflictAndTheUnitOfWorkStoresNone() {
        Mawb first = givenMawb(TestData.mawb(1));
        Mawb second = givenMawb(TestData.mawb(2));
        Mawb secondV2 = mawbs().update(second.withDetails(TestData.mawbBuilder(2).pieces(20).build().details(), T));
        StatusState booked = new StatusState(ShipmentStatus.BOOKED, T, CustomsStatus.NOT_REPORTED);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            mawbs().updateStatuses(List.of(first.withStatusState(booked, T).statusChange(),
                    second.withStatusState(booked, T).statusChange()));
            return null;
        })).isInstanceOf(VersionConflictException.class);

        assertSameState(mawbs().findById(first.id()).orElseThrow(), first);
        assertSameState(mawbs().findById(second.id()).orElseThrow(), secondV2);
    }

    @Test
    void updateStatusesOfAnUnknownMawbIsNotFound() {
        givenCarrier(TestData.carrier());
        StatusState booked = new StatusState(ShipmentStatus.BOOKED, T, CustomsStatus.NOT_REPORTED);

        assertThatThrownBy(() -> mawbs().updateStatuses(List.of(
                TestData.mawb(1).withVersion(1).withStatusState(booked, T).statusChange())))
                .isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------------------------------------- update

    @Test
    void updateStoresTheChangeAndReturnsTheNextVersion() {
        Mawb stored = givenMawb(fullMawb());
        Mawb changed = new Mawb(stored.id(), stored.number(), stored.carrier(),
                TestData.mawbBuilder(0).origin("FRA").destination("ORD").consignee("Midwest Hydraulics Inc.")
                        .customs(CustomsStatus.CLEARED).equipment().references(new Reference("HOUSE_REF", "H-1"))
                        .lastFreeDay(LocalDate.of(2025, 3, 21)).build().details(),
                ShipmentStatus.DELIVERED, micros(Instant.parse("2025-03-20T10:00:00.5Z")), stored.createdAt(),
                micros(Instant.parse("2025-03-20T10:00:01.000002Z")), stored.version());

        Mawb updated = mawbs().update(changed);

        assertThat(updated.version()).isEqualTo(2);
        assertSameState(updated, changed.withVersion(2));
        assertSameState(mawbs().findById(stored.id()).orElseThrow(), changed.withVersion(2));
    }

    @Test
    void updateReplacesListsOfDetails() {
        Mawb stored = givenMawb(fullMawb());
        MawbDetails fewer = withLists(stored.details(), List.of(stored.details().flights().get(0)),
                List.of(TestData.uld()), List.of());

        mawbs().update(stored.withDetails(fewer, stored.updatedAt().plusSeconds(1)));

        MawbDetails found = mawbs().findById(stored.id()).orElseThrow().details();
        assertSameState(found, fewer);
    }

    @Test
    void successiveUpdatesCountVersionsUp() {
        Mawb v1 = givenMawb(TestData.mawb(1));
        Mawb v2 = mawbs().update(v1.withDetails(TestData.mawbBuilder(1).pieces(13).build().details(), T));
        Mawb v3 = mawbs().update(v2.withDetails(TestData.mawbBuilder(1).pieces(14).build().details(), T));

        assertThat(v3.version()).isEqualTo(3);
        assertThat(mawbs().findById(v1.id()).orElseThrow().details().pieces()).isEqualTo(14);
    }

    @Test
    void aStaleVersionIsAConflict() {
        Mawb v1 = givenMawb(TestData.mawb(1));
        Mawb v2 = mawbs().update(v1.withDetails(TestData.mawbBuilder(1).pieces(20).build().details(), T));

        Mawb staleEdit = v1.withDetails(TestData.mawbBuilder(1).pieces(30).build().details(), T);
        assertThatThrownBy(() -> mawbs().update(staleEdit)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> mawbs().update(staleEdit.withVersion(5)))
                .isInstanceOf(VersionConflictException.class);
        assertSameState(mawbs().findById(v1.id()).orElseThrow(), v2);
    }

    @Test
    void updatingAnUnknownMawbIsNotFound() {
        givenCarrier(TestData.carrier());

        assertThatThrownBy(() -> mawbs().update(TestData.mawb(1).withVersion(1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(mawbs().findByNumber(TestData.awbNumber(1))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ filters

    @Test
    void noCriteriaListsEveryMawb() {
        List<Mawb> all = givenMawbs(List.of(TestData.mawb(1), TestData.mawb(2), TestData.mawb(3)));

        assertListed(MawbCriteria.any(), all);
    }

    @Test
    void filtersByStatuses() {
        Mawb created = givenMawb(TestData.mawb(1));
        Mawb arrived = givenMawb(TestData.mawbBuilder(2).status(ShipmentStatus.ARRIVED).build());
        Mawb delivered = givenMawb(TestData.mawbBuilder(3).status(ShipmentStatus.DELIVERED).build());

        assertListed(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.CREATED)), created);
        assertListed(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.ARRIVED, ShipmentStatus.DELIVERED)),
                arrived, delivered);
        assertListed(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.NOTIFIED)));
        assertListed(MawbCriteria.any().withStatuses(Set.of()), created, arrived, delivered);
    }

    @Test
    void filtersByCarrier() {
        Carrier emirates = givenCarrier(TestData.carrier("EK", "176", "Emirates SkyCargo"));
        Mawb lufthansa = givenMawb(TestData.mawb(1));
        Mawb viaDubai = givenMawb(TestData.mawbBuilder(2).carrier(emirates).build());

        assertListed(criteria().carrier("EK").build(), viaDubai);
        assertListed(criteria().carrier("lh").build(), lufthansa);
        assertListed(criteria().carrier("CV").build());
    }

    @Test
    void filtersByOriginAndDestination() {
        Mawb fraOrd = givenMawb(TestData.mawb(1));
        Mawb fraLax = givenMawb(TestData.mawbBuilder(2).destination("LAX").build());
        Mawb hkgOrd = givenMawb(TestData.mawbBuilder(3).origin("HKG").build());

        assertListed(criteria().origin("FRA").build(), fraOrd, fraLax);
        assertListed(criteria().destination("ORD").build(), fraOrd, hkgOrd);
        assertListed(criteria().origin("FRA").destination("ORD").build(), fraOrd);
        assertListed(criteria().origin("ORD").build());
    }

    @Test
    void filtersByEtaFromInclusiveToExclusive() {
        Mawb atE = givenMawb(TestData.mawbBuilder(1).eta(E).build());
        Mawb justBefore = givenMawb(TestData.mawbBuilder(2).eta(E.minusNanos(1_000)).build());
        Mawb hourLater = givenMawb(TestData.mawbBuilder(3).eta(E.plusSeconds(3600)).build());
        Mawb twoHoursLater = givenMawb(TestData.mawbBuilder(4).eta(E.plusSeconds(7200)).build());
        givenMawb(TestData.mawbBuilder(5).noFlights().build());

        assertListed(MawbCriteria.any().withEta(E, E.plusSeconds(7200)), atE, hourLater);
        assertListed(MawbCriteria.any().withEta(E.plusSeconds(3600), null), hourLater, twoHoursLater);
        assertListed(MawbCriteria.any().withEta(null, E.plusSeconds(3600)), justBefore, atE);
        assertListed(MawbCriteria.any().withEta(E.plusNanos(1_000), E.plusSeconds(3600)));
    }

    @Test
    void filtersByEtdFromInclusiveToExclusive() {
        Instant d = E.minus(Duration.ofHours(9));
        Mawb atD = givenMawb(TestData.mawbBuilder(1).etd(d).build());
        Mawb justBefore = givenMawb(TestData.mawbBuilder(2).etd(d.minusNanos(1_000)).build());
        Mawb hourLater = givenMawb(TestData.mawbBuilder(3).etd(d.plusSeconds(3600)).build());
        Mawb twoHoursLater = givenMawb(TestData.mawbBuilder(4).etd(d.plusSeconds(7200)).build());
        givenMawb(TestData.mawbBuilder(5).noFlights().build());
        givenMawb(TestData.mawbBuilder(6).etd((Instant) null).eta(d.plusSeconds(600)).build());

        assertListed(criteria().etd(d, d.plusSeconds(7200)).build(), atD, hourLater);
        assertListed(criteria().etd(d.plusSeconds(3600), null).build(), hourLater, twoHoursLater);
        assertListed(criteria().etd(null, d.plusSeconds(3600)).build(), justBefore, atD);
    }

    @Test
    void etaAndEtdComeFromTheLastAndFirstLeg() {
        FlightLeg first = TestData.flightLeg("LH8160", "FRA", "LEJ", OffsetDateTime.parse("2025-03-15T06:00+01:00"),
                OffsetDateTime.parse("2025-03-15T07:00+01:00"));
        FlightLeg last = TestData.flightLeg("LH8180", "LEJ", "ORD", OffsetDateTime.parse("2025-03-15T10:00+01:00"),
                OffsetDateTime.parse("2025-03-15T13:30-05:00"));
        Mawb twoLegs = givenMawb(TestData.mawbBuilder(1).flights(first, last).build());

        Instant eta = Instant.parse("2025-03-15T18:30:00Z");
        Instant etd = Instant.parse("2025-03-15T05:00:00Z");
        assertListed(MawbCriteria.any().withEta(eta, eta.plusNanos(1_000)), twoLegs);
        assertListed(MawbCriteria.any().withEta(Instant.parse("2025-03-15T06:00:00Z"),
                Instant.parse("2025-03-15T06:00:00.000001Z")));
        assertListed(criteria().etd(etd, etd.plusNanos(1_000)).build(), twoLegs);
    }

    @Test
    void filtersByLastFreeDayInclusiveOfBothEnds() {
        Mawb d17 = givenMawb(TestData.mawbBuilder(1).lastFreeDay(LocalDate.of(2025, 3, 17)).build());
        Mawb d18 = givenMawb(TestData.mawbBuilder(2).lastFreeDay(LocalDate.of(2025, 3, 18)).build());
        Mawb d19 = givenMawb(TestData.mawbBuilder(3).lastFreeDay(LocalDate.of(2025, 3, 19)).build());
        givenMawb(TestData.mawbBuilder(4).lastFreeDay(null).build());

        assertListed(MawbCriteria.any().withLastFreeDay(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 18)),
                d17, d18);
        assertListed(MawbCriteria.any().withLastFreeDay(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 18)),
                d18);
        assertListed(MawbCriteria.any().withLastFreeDay(LocalDate.of(2025, 3, 18), null), d18, d19);
        assertListed(MawbCriteria.any().withLastFreeDay(null, LocalDate.of(2025, 3, 17)), d17);
        assertListed(MawbCriteria.any().withLastFreeDay(LocalDate.of(2025, 3, 20), null));
    }

    @Test
    void textMatchesTheAwbNumberWithOrWithoutTheDash() {
        Mawb target = givenMawb(TestData.mawb(1234567));
        givenMawb(TestData.mawb(7654321));

        assertThat(target.number().toString()).isEqualTo("020-12345675");
        assertListed(MawbCriteria.any().withText("020-12345675"), target);
        assertListed(MawbCriteria.any().withText("02012345675"), target);
        assertListed(MawbCriteria.any().withText("0-1234"), target);
        assertListed(MawbCriteria.any().withText("0201234"), target);
        assertListed(MawbCriteria.any().withText("45675"), target);
        assertListed(MawbCriteria.any().withText("020-99"));
    }

    @Test
    void textStartingWithAnAwbPrefixAndDashMatchesTheNumbersStartingSoAndNamesContainingIt() {
        Mawb target = givenMawb(TestData.mawb(1234567));
        Mawb otherSerial = givenMawb(TestData.mawb(1235000));
        Mawb named = givenMawb(TestData.mawbBuilder(7654321).consignee("Ref 020-1234 Imports").build());

        assertListed(MawbCriteria.any().withText("020-1234"), target, named);
        assertListed(MawbCriteria.any().withText("020-123"), target, otherSerial, named);
        assertListed(MawbCriteria.any().withText("020-"), target, otherSerial, named);
        assertListed(MawbCriteria.any().withText("020-12345675"), target);
        assertListed(MawbCriteria.any().withText("020-1236"));
        assertListed(MawbCriteria.any().withText("20-1234"), target, named);
    }

    @Test
    void textOfDigitsMatchesAwbNumbersAndNumericHawbNumbers() {
        Mawb byNumber = givenMawb(TestData.mawb(1234567));
        Mawb byHouse = givenMawb(TestData.mawb(7654321));
        givenMawb(TestData.mawb(1111111));
        givenHawb(TestData.hawb(byHouse, "991234500"));

        assertListed(MawbCriteria.any().withText("12345"), byNumber, byHouse);
        assertListed(MawbCriteria.any().withText("2012345675"), byNumber);
        assertListed(MawbCriteria.any().withText("020123456"), byNumber);
        assertListed(MawbCriteria.any().withText("02012345675"), byNumber);
        assertListed(MawbCriteria.any().withText("991234500"), byHouse);
        assertListed(MawbCriteria.any().withText("9912345001"));
    }

    @Test
    void textMatchesTheMawbsOfHawbsHoweverManyHawbsMatch() {
        Mawb manyHouses = givenMawb(TestData.mawb(1));
        Mawb named = givenMawb(TestData.mawbBuilder(2).consignee("HX Logistics").build());
        Mawb oneHouse = givenMawb(TestData.mawb(3));
        givenMawb(TestData.mawb(4));
        for (int i = 1; i <= 1_001; i++) {
            givenHawb(TestData.hawb(manyHouses, "HX%04d".formatted(i)));
        }
        givenHawb(TestData.hawb(oneHouse, "QHX7"));

        assertListed(MawbCriteria.any().withText("hx"), manyHouses, named, oneHouse);
        assertListed(MawbCriteria.any().withText("HX1001"), manyHouses);
        assertThat(mawbs().list(MawbCriteria.any().withText("hx"), MawbSort.NEWEST_FIRST, null, 2))
                .extracting(m -> m.number().toString())
                .containsExactlyElementsOf(sorted(List.of(manyHouses, named, oneHouse), MawbSort.NEWEST_FIRST)
                        .subList(0, 2).stream().map(m -> m.number().toString()).toList());
    }

    @Test
    void textMatchesAHawbNumberUnderTheMawb() {
        Mawb withHouse = givenMawb(TestData.mawb(1));
        Mawb other = givenMawb(TestData.mawb(2));
        givenHawb(TestData.hawb(withHouse, "HAM0042"));
        givenHawb(TestData.hawb(other, "MUC7"));

        assertListed(MawbCriteria.any().withText("HAM0042"), withHouse);
        assertListed(MawbCriteria.any().withText("ham00"), withHouse);
        assertListed(MawbCriteria.any().withText("muc"), other);
    }

    @Test
    void textMatchesTheConsigneeNameIgnoringCase() {
        Mawb mueller = givenMawb(TestData.mawbBuilder(1).consignee("Müller & Söhne GmbH").build());
        Mawb tokyo = givenMawb(TestData.mawbBuilder(2).consignee("東京貿易株式会社").build());
        Mawb midwest = givenMawb(TestData.mawbBuilder(3).consignee("Midwest Hydraulics Inc.").build());

        assertListed(MawbCriteria.any().withText("müller & s"), mueller);
        assertListed(MawbCriteria.any().withText("Söhne"), mueller);
        assertListed(MawbCriteria.any().withText("貿易"), tokyo);
        assertListed(MawbCriteria.any().withText("MIDWEST hydraulics"), midwest);
        assertListed(MawbCriteria.any().withText("inc."), midwest);
        assertListed(MawbCriteria.any().withText("Shipper"));
    }

    @Test
    void textIsMatchedLiterallyNotAsAPattern() {
        givenMawb(TestData.mawbBuilder(1).consignee("Acme Ltd").build());
        Mawb percent = givenMawb(TestData.mawbBuilder(2).consignee("100% Cotton_Works").build());

        assertListed(MawbCriteria.any().withText("%"), percent);
        assertListed(MawbCriteria.any().withText("_"), percent);
        assertListed(MawbCriteria.any().withText("a%e"));
        assertListed(MawbCriteria.any().withText("A_me"));
        assertListed(MawbCriteria.any().withText("0_0"));
        assertListed(MawbCriteria.any().withText("\\"));
    }

    @Test
    void criteriaCombine() {
        Mawb match = givenMawb(TestData.mawbBuilder(1).status(ShipmentStatus.ARRIVED).destination("LAX")
                .consignee("Pacific Importers").lastFreeDay(LocalDate.of(2025, 3, 18)).build());
        givenMawb(TestData.mawbBuilder(2).status(ShipmentStatus.ARRIVED).destination("ORD")
                .consignee("Pacific Importers").lastFreeDay(LocalDate.of(2025, 3, 18)).build());
        givenMawb(TestData.mawbBuilder(3).status(ShipmentStatus.CREATED).destination("LAX")
                .consignee("Pacific Importers").lastFreeDay(LocalDate.of(2025, 3, 18)).build());
        givenMawb(TestData.mawbBuilder(4).status(ShipmentStatus.ARRIVED).destination("LAX")
                .consignee("Atlantic Importers").lastFreeDay(LocalDate.of(2025, 3, 18)).build());
        givenMawb(TestData.mawbBuilder(5).status(ShipmentStatus.ARRIVED).destination("LAX")
                .consignee("Pacific Importers").lastFreeDay(LocalDate.of(2025, 3, 25)).build());

        MawbCriteria criteria = MawbCriteria.any()
                .withStatuses(Set.of(ShipmentStatus.ARRIVED))
                .withDestination(AirportCode.of("LAX"))
                .withText("pacific")
                .withLastFreeDay(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 20));
        assertListed(criteria, match);
    }

    // -------------------------------------------------------------------------------------- sorting and pages

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSorts")
    void sortsByEveryFieldInBothDirections(MawbSort sort) {
        List<Mawb> rows = givenSortFixture();

        List<Mawb> page = mawbs().list(MawbCriteria.any(), sort, null, 100);

        assertThat(ids(page)).containsExactlyElementsOf(ids(sorted(rows, sort)));
        assertSameState(page, sorted(rows, sort));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSorts")
    void keysetPagesWalkEveryRowOnce(MawbSort sort) {
        List<Mawb> rows = givenSortFixture();

        for (int pageSize : new int[] {1, SMALL_PAGE, 3, rows.size(), rows.size() + 1}) {
            List<Mawb> walked = walkPages((after, limit) -> mawbs().list(MawbCriteria.any(), sort, after, limit),
                    m -> KeysetOrder.keysetOf(m, sort.field()), pageSize);

            assertThat(ids(walked)).as("pages of %d", pageSize).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(ids(sorted(rows, sort)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSorts")
    void keysetPagesOfAFilteredList(MawbSort sort) {
        List<Mawb> rows = givenSortFixture();
        MawbCriteria arrived = MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.ARRIVED));
        List<Mawb> expected = rows.stream().filter(m -> m.status() == ShipmentStatus.ARRIVED).toList();

        List<Mawb> walked = walkPages((after, limit) -> mawbs().list(arrived, sort, after, limit),
                m -> KeysetOrder.keysetOf(m, sort.field()), SMALL_PAGE);

        assertThat(expected).hasSizeGreaterThan(SMALL_PAGE);
        assertThat(ids(walked)).containsExactlyElementsOf(ids(sorted(expected, sort)));
    }

    @Test
    void etaAscendingPutsNullsLastAndBreaksTiesByUnsignedId() {
        List<Mawb> r = givenSortFixture();

        List<Mawb> page = mawbs().list(MawbCriteria.any(), new MawbSort(MawbSortField.ETA, SortDirection.ASC), null,
                100);

        assertThat(ids(page)).containsExactlyElementsOf(ids(List.of(
                r.get(3), r.get(5), r.get(6), r.get(1), r.get(0), r.get(8), r.get(9), r.get(7), r.get(2), r.get(4))));
    }

    @Test
    void etaDescendingStillPutsNullsLast() {
        List<Mawb> r = givenSortFixture();

        List<Mawb> page = mawbs().list(MawbCriteria.any(), new MawbSort(MawbSortField.ETA, SortDirection.DESC),
                null, 100);

        assertThat(ids(page)).containsExactlyElementsOf(ids(List.of(
                r.get(8), r.get(0), r.get(1), r.get(6), r.get(5), r.get(3), r.get(4), r.get(2), r.get(7), r.get(9))));
    }

    @Test
    void lastFreeDayAscendingPutsNullsLastAndBreaksTiesByUnsignedId() {
        List<Mawb> r = givenSortFixture();

        List<Mawb> page = mawbs().list(MawbCriteria.any(),
                new MawbSort(MawbSortField.LAST_FREE_DAY, SortDirection.ASC), null, 100);

        assertThat(ids(page)).containsExactlyElementsOf(ids(List.of(
                r.get(2), r.get(6), r.get(3), r.get(0), r.get(8), r.get(5), r.get(9), r.get(1), r.get(7), r.get(4))));
    }

    @Test
    void aKeysetInTheNullRegionContinuesAmongTheNulls() {
        List<Mawb> r = givenSortFixture();
        MawbSort sort = new MawbSort(MawbSortField.ETA, SortDirection.ASC);

        List<Mawb> afterR7 = mawbs().list(MawbCriteria.any(), sort, KeysetOrder.keysetOf(r.get(7), sort.field()),
                100);
        List<Mawb> afterR8 = mawbs().list(MawbCriteria.any(), sort, KeysetOrder.keysetOf(r.get(8), sort.field()),
                100);

        assertThat(ids(afterR7)).containsExactlyElementsOf(ids(List.of(r.get(2), r.get(4))));
        assertThat(ids(afterR8)).containsExactlyElementsOf(ids(List.of(r.get(9), r.get(7), r.get(2), r.get(4))));
    }

    @Test
    void rowsInsertedBetweenPagesAreSeenOnlyAheadOfTheCursor() {
        List<Mawb> rows = givenSortFixture();
        MawbSort sort = MawbSort.NEWEST_FIRST;
        List<Mawb> ahead = new ArrayList<>();

        List<Mawb> walked = walkPages((after, limit) -> mawbs().list(MawbCriteria.any(), sort, after, limit),
                m -> KeysetOrder.keysetOf(m, sort.field()), 3, (page, soFar) -> {
                    if (page != 1) {
                        return;
                    }
                    Mawb cursor = soFar.get(soFar.size() - 1);
                    assertThat(cursor.id()).isEqualTo(rows.get(7).id());
                    // behind the cursor: newer, or as new with a higher id
                    givenMawb(TestData.mawbBuilder(100).createdAt(T.plusSeconds(6 * 3600)).build());
                    givenMawb(TestData.mawbBuilder(101).id(uuid("41000000")).createdAt(cursor.createdAt()).build());
                    // ahead of it: as new with a lower id, or older
                    ahead.add(givenMawb(TestData.mawbBuilder(102).id(uuid("30000000")).createdAt(cursor.createdAt())
                            .build()));
                    ahead.add(givenMawb(TestData.mawbBuilder(103).createdAt(T.minusSeconds(3600)).build()));
                });

        List<Mawb> expected = new ArrayList<>(rows);
        expected.addAll(ahead);
        assertThat(ids(walked)).doesNotHaveDuplicates().containsExactlyElementsOf(ids(sorted(expected, sort)));
    }

    @Test
    void rowsInsertedBetweenPagesAreSeenOnlyAheadOfTheCursorAmongNulls() {
        List<Mawb> rows = givenSortFixture();
        MawbSort sort = new MawbSort(MawbSortField.ETA, SortDirection.ASC);
        List<Mawb> ahead = new ArrayList<>();

        List<Mawb> walked = walkPages((after, limit) -> mawbs().list(MawbCriteria.any(), sort, after, limit),
                m -> KeysetOrder.keysetOf(m, sort.field()), SMALL_PAGE, (page, soFar) -> {
                    if (page != 4) {
                        return;
                    }
                    Mawb cursor = soFar.get(soFar.size() - 1);
                    assertThat(cursor.id()).isEqualTo(rows.get(7).id());
                    // behind the cursor: any ETA at all, or none with a lower id
                    givenMawb(TestData.mawbBuilder(100).eta(E.plusSeconds(99 * 3600)).build());
                    givenMawb(TestData.mawbBuilder(101).eta(E.minusSeconds(3600)).build());
                    givenMawb(TestData.mawbBuilder(102).id(uuid("3f000000")).noFlights().build());
                    // ahead of it: no ETA and a higher id
                    ahead.add(givenMawb(TestData.mawbBuilder(103).id(uuid("41000000")).noFlights().build()));
                    ahead.add(givenMawb(TestData.mawbBuilder(104).id(uuid("ff000000")).noFlights().build()));
                });

        List<Mawb> expected = new ArrayList<>(rows);
        expected.addAll(ahead);
        assertThat(ids(walked)).doesNotHaveDuplicates().containsExactlyElementsOf(ids(sorted(expected, sort)));
    }

    @Test
    void rowsUpdatedBetweenPagesAreNotRepeated() {
        List<Mawb> rows = givenSortFixture();
        MawbSort sort = new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.ASC);

        List<Mawb> walked = walkPages((after, limit) -> mawbs().list(MawbCriteria.any(), sort, after, limit),
                m -> KeysetOrder.keysetOf(m, sort.field()), 3, (page, soFar) -> {
                    Mawb seen = mawbs().findById(soFar.get(0).id()).orElseThrow();
                    mawbs().update(seen.withDetails(seen.details(), seen.updatedAt().plusSeconds(page)));
                });

        assertThat(ids(walked)).doesNotHaveDuplicates().containsExactlyElementsOf(ids(sorted(rows, sort)));
    }

    // ------------------------------------------------------------------------------------------ dashboard counts

    @Test
    void countsByStatus() {
        givenMawb(TestData.mawb(1));
        givenMawb(TestData.mawb(2));
        givenMawb(TestData.mawbBuilder(3).status(ShipmentStatus.ARRIVED).build());
        givenMawb(TestData.mawbBuilder(4).status(ShipmentStatus.DELIVERED).build());

        Map<ShipmentStatus, Long> counts = mawbs().countByStatus();

        for (ShipmentStatus status : ShipmentStatus.values()) {
            long expected = switch (status) {
                case CREATED -> 2;
                case ARRIVED, DELIVERED -> 1;
                default -> 0;
            };
            assertThat(counts.getOrDefault(status, 0L)).as("%s", status).isEqualTo(expected);
        }
    }

    @Test
    void countsNothingInAnEmptyStore() {
        assertThat(mawbs().countByStatus().values()).allSatisfy(count -> assertThat(count).isZero());
        assertThat(mawbs().findArrivals(E, E.plusSeconds(86_400))).isEmpty();
        assertThat(mawbs().countUndeliveredByLastFreeDay(LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void findsArrivalsWithAnEtaFromInclusiveToExclusive() {
        Mawb atE = givenMawb(TestData.mawbBuilder(1).eta(E).build());
        Mawb toLax = givenMawb(TestData.mawbBuilder(2).destination("LAX").eta(E.plusSeconds(3600)).build());
        givenMawb(TestData.mawbBuilder(3).eta(E.plusSeconds(7200)).build());
        givenMawb(TestData.mawbBuilder(4).eta(E.minusNanos(1_000)).build());
        givenMawb(TestData.mawbBuilder(5).noFlights().build());

        List<ArrivalSlot> arrivals = mawbs().findArrivals(E, E.plusSeconds(7200));

        assertThat(arrivals).containsExactlyInAnyOrder(
                new ArrivalSlot(atE.id(), AirportCode.of("ORD"), E),
                new ArrivalSlot(toLax.id(), AirportCode.of("LAX"), E.plusSeconds(3600)));
    }

    @Test
    void countsUndeliveredMawbsByDestinationAndLastFreeDay() {
        LocalDate d16 = LocalDate.of(2025, 3, 16);
        LocalDate d17 = LocalDate.of(2025, 3, 17);
        LocalDate d18 = LocalDate.of(2025, 3, 18);
        LocalDate d19 = LocalDate.of(2025, 3, 19);
        givenMawb(TestData.mawbBuilder(1).lastFreeDay(d17).build());
        givenMawb(TestData.mawbBuilder(2).lastFreeDay(d17).status(ShipmentStatus.ARRIVED).build());
        givenMawb(TestData.mawbBuilder(3).lastFreeDay(d18).status(ShipmentStatus.NOTIFIED).build());
        givenMawb(TestData.mawbBuilder(4).lastFreeDay(d17).destination("LAX").build());
        givenMawb(TestData.mawbBuilder(5).lastFreeDay(d16).destination("LAX").status(ShipmentStatus.ARRIVED).build());
        givenMawb(TestData.mawbBuilder(6).lastFreeDay(d19).build());
        givenMawb(TestData.mawbBuilder(7).lastFreeDay(d16).status(ShipmentStatus.DELIVERED).build());
        givenMawb(TestData.mawbBuilder(8).lastFreeDay(null).build());

        List<LastFreeDayCount> counts = mawbs().countUndeliveredByLastFreeDay(d18);

        AirportCode ord = AirportCode.of("ORD");
        AirportCode lax = AirportCode.of("LAX");
        assertThat(counts).containsExactlyInAnyOrder(
                new LastFreeDayCount(lax, d16, 1),
                new LastFreeDayCount(lax, d17, 1),
                new LastFreeDayCount(ord, d17, 2),
                new LastFreeDayCount(ord, d18, 1));
    }

    // ----------------------------------------------------------------------------------------------- fixtures

    /**
     * Ten MAWBs whose sort values tie in pairs, some null, with ids on both sides of the sign bit so that only an
     * unsigned id comparison orders ties right. In index order:
     * <pre>
     *  #  id        created  updated  ETA     ETD     last free day  status
     *  0  f1000000  T        T+5h     E+2h    given   03-18          ARRIVED
     *  1  01000000  T        T+5h     E+2h    null    null           CREATED
     *  2  81000000  T+1h     T+1h     null    null    03-17          ARRIVED
     *  3  7f000000  T+1h     T+2h     E       given   03-18          CREATED (carrier EK)
     *  4  c0000000  T+2h     T+2h     null    null    null           DELIVERED
     *  5  20000000  T+3h     T+3h     E+1h    given   03-20          ARRIVED
     *  6  a0000000  T+3h     T+3h     E+1h    given   03-17          CREATED
     *  7  40000000  T+4h     T+4h     null    given   null           ARRIVED (carrier EK)
     *  8  e0000000  T+4h     T+6h     E+3h    given   03-19          NOTIFIED
     *  9  10000000  T+5h     T+5h     null    null    03-21          CREATED
     * </pre>
     *
     * @return the stored MAWBs, in index order
     */
    protected final List<Mawb> givenSortFixture() {
        Carrier emirates = givenCarrier(TestData.carrier("EK", "176", "Emirates SkyCargo"));
        Instant d = E.minus(Duration.ofHours(9));
        List<Mawb> rows = List.of(
                TestData.mawbBuilder(90).id(uuid("f1000000")).createdAt(T).updatedAt(h(T, 5)).eta(h(E, 2))
                        .lastFreeDay(day(18)).status(ShipmentStatus.ARRIVED).build(),
                TestData.mawbBuilder(91).id(uuid("01000000")).createdAt(T).updatedAt(h(T, 5)).etd((Instant) null)
                        .eta(h(E, 2)).lastFreeDay(null).build(),
                TestData.mawbBuilder(92).id(uuid("81000000")).createdAt(h(T, 1)).noFlights().lastFreeDay(day(17))
                        .status(ShipmentStatus.ARRIVED).build(),
                TestData.mawbBuilder(93).id(uuid("7f000000")).carrier(emirates).createdAt(h(T, 1))
                        .updatedAt(h(T, 2)).eta(E).etd(h(d, 0)).lastFreeDay(day(18)).build(),
                TestData.mawbBuilder(94).id(uuid("c0000000")).createdAt(h(T, 2)).noFlights().lastFreeDay(null)
                        .status(ShipmentStatus.DELIVERED).build(),
                TestData.mawbBuilder(95).id(uuid("20000000")).createdAt(h(T, 3)).eta(h(E, 1)).etd(h(d, 1))
                        .lastFreeDay(day(20)).status(ShipmentStatus.ARRIVED).build(),
                TestData.mawbBuilder(96).id(uuid("a0000000")).createdAt(h(T, 3)).eta(h(E, 1)).etd(h(d, 1))
                        .lastFreeDay(day(17)).build(),
                TestData.mawbBuilder(97).id(uuid("40000000")).carrier(emirates).createdAt(h(T, 4))
                        .eta((Instant) null).etd(h(d, -1)).lastFreeDay(null).status(ShipmentStatus.ARRIVED).build(),
                TestData.mawbBuilder(98).id(uuid("e0000000")).createdAt(h(T, 4)).updatedAt(h(T, 6)).eta(h(E, 3))
                        .lastFreeDay(day(19)).status(ShipmentStatus.NOTIFIED).build(),
                TestData.mawbBuilder(99).id(uuid("10000000")).createdAt(h(T, 5)).noFlights().lastFreeDay(day(21))
                        .build());
        return givenMawbs(rows);
    }

    /**
     * A MAWB with every optional field set: three legs in offsets +05:45, +03:00, -03:30 and -06:00 with actual
     * times to the microsecond, non-ASCII parties, a container and a ULD, two references.
     */
    protected static Mawb fullMawb() {
        FlightLeg toDoha = new FlightLeg(new FlightNumber("QR651"), AirportCode.of("KTM"), AirportCode.of("DOH"),
                OffsetDateTime.parse("2025-02-10T09:15:00.123456+05:45"),
                OffsetDateTime.parse("2025-02-10T12:30:00+03:00"),
                OffsetDateTime.parse("2025-02-10T09:41:07.000001+05:45"),
                OffsetDateTime.parse("2025-02-10T12:55:59.999999+03:00"));
        FlightLeg toGander = TestData.flightLeg("QR8201", "DOH", "YYT", OffsetDateTime.parse("2025-02-11T01:00+03:00"),
                OffsetDateTime.parse("2025-02-11T07:10-03:30"));
        FlightLeg toChicago = TestData.flightLeg("QR8201", "YYT", "ORD",
                OffsetDateTime.parse("2025-02-11T08:40-03:30"), OffsetDateTime.parse("2025-02-11T11:05-06:00"));
        return TestData.mawbBuilder(1234567)
                .carrier(TestData.carrier("QR", "157", "Qatar Airways Cargo"))
                .origin("KTM")
                .destination("ORD")
                .shipper(new Party("Himalayan Pashmina Udyog Pvt. Ltd.", "Thamel Marg 7, Ward 26", "Kathmandu", "NP",
                        "+977 1 4411223"))
                .consignee(new Party("Müller & Söhne GmbH", "Königsallee 92\n40212 Düsseldorf", "Düsseldorf", "de",
                        "wareneingang@mueller-soehne.example"))
                .notifyParty(new Party("東京貿易株式会社", "千代田区丸の内1-1", "東京", "JP", "輸入部 +81 3-1234-5678"))
                .pieces(99_999)
                .weight(Weight.kg("2756.891"))
                .volume(new Volume(new BigDecimal("13.507"), VolumeUnit.CBM))
                .commodity("Pashmina shawls – 100 % cashmere, “hand-woven”; O'Brien's order")
                .flights(toDoha, toGander, toChicago)
                .lastFreeDay(LocalDate.of(2025, 2, 14))
                .customs(CustomsStatus.UNDER_CUSTOMS_CONTROL)
                .equipment(TestData.container(), TestData.uld())
                .references(new Reference("BOOKING", "QR-BKG-0042"), new Reference("CUSTOMER_PO", "PO-4711/ß"))
                .status(ShipmentStatus.ARRIVED, Instant.parse("2025-02-11T17:21:33.123456Z"))
                .createdAt(Instant.parse("2025-02-01T08:00:00.000001Z"))
                .updatedAt(Instant.parse("2025-02-11T17:22:00.654321Z"))
                .build();
    }

    /** A fluent way to build criteria the record's own {@code with...} methods do not cover. */
    protected static CriteriaBuilder criteria() {
        return new CriteriaBuilder();
    }

    /** Builds a {@link MawbCriteria} one criterion at a time. */
    protected static final class CriteriaBuilder {

        private String carrier;
        private AirportCode origin;
        private AirportCode destination;
        private Instant etdFrom;
        private Instant etdTo;

        /** Only MAWBs of this carrier. */
        public CriteriaBuilder carrier(String designator) {
            this.carrier = designator;
            return this;
        }

        /** Only MAWBs from this airport. */
        public CriteriaBuilder origin(String airport) {
            this.origin = AirportCode.of(airport);
            return this;
        }

        /** Only MAWBs to this airport. */
        public CriteriaBuilder destination(String airport) {
            this.destination = AirportCode.of(airport);
            return this;
        }

        /** Only MAWBs whose ETD is in {@code [from, to)}; either end may be null. */
        public CriteriaBuilder etd(Instant from, Instant to) {
            this.etdFrom = from;
            this.etdTo = to;
            return this;
        }

        /** The criteria. */
        public MawbCriteria build() {
            return new MawbCriteria(null, carrier, origin, destination, null, null, etdFrom, etdTo, null, null, null);
        }
    }

    /** Asserts that listing by {@code criteria} returns exactly {@code expected}, in any order. */
    protected final void assertListed(MawbCriteria criteria, Mawb... expected) {
        assertListed(criteria, List.of(expected));
    }

    /** Asserts that listing by {@code criteria} returns exactly {@code expected}, in any order. */
    protected final void assertListed(MawbCriteria criteria, List<Mawb> expected) {
        List<Mawb> listed = mawbs().list(criteria, new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.ASC), null,
                1_000);
        assertThat(listed).extracting(m -> m.number().toString()).as("listed by %s", criteria)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(m -> m.number().toString()).toList());
    }

    /** {@code rows} in the order a list in {@code sort} must return them. */
    protected static List<Mawb> sorted(List<Mawb> rows, MawbSort sort) {
        return rows.stream().sorted(KeysetOrder.forMawbs(sort)).toList();
    }

    /** The ids of {@code rows}, in order. */
    protected static List<MawbId> ids(List<Mawb> rows) {
        return rows.stream().map(Mawb::id).toList();
    }

    /** A UUID whose first 8 hex digits are {@code first8}, the rest fixed. */
    protected static UUID uuid(String first8) {
        return UUID.fromString(first8 + "-0000-7000-8000-000000000000");
    }

    private static Instant h(Instant base, int hours) {
        return base.plus(Duration.ofHours(hours));
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2025, 3, dayOfMarch);
    }

    private static MawbDetails withLists(MawbDetails d, List<FlightLeg> flights, List<Equipment> equipment,
            List<Reference> references) {
        return new MawbDetails(d.origin(), d.destination(), d.shipper(), d.consignee(), d.notifyParty(), d.pieces(),
                d.weight(), d.volume(), d.commodity(), flights, d.lastFreeDay(), d.customs(), equipment, references);
    }
}
