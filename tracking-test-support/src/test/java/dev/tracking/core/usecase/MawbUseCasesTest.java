package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCreated;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.mawb.MawbUpdated;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowStepEntered;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.carrier.UpdateCarrierCommand;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MawbUseCasesTest {

    private PlatformFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
        fx.registerLufthansa();
        fx.forgetPublished();
    }

    // ---------------------------------------------------------------------------------------------------- create

    @Test
    void createStoresTheMawbAtVersionOneInStatusCreatedWithTheCarrierOfItsAwbPrefix() {
        fx.registerCarrier("EK", "176", "Emirates SkyCargo");
        MawbDetails details = TestData.mawbDetails();
        AwbNumber number = TestData.awbNumber("176", 1234567);

        Mawb created = fx.platform.mawbs().create(new CreateMawbCommand(number, details));

        assertThat(created.number()).isEqualTo(number);
        assertThat(created.carrier()).isEqualTo("EK");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(ShipmentStatus.CREATED);
        assertThat(created.statusAsOf()).isNull();
        assertThat(created.details()).isEqualTo(details);
        assertThat(created.createdAt()).isEqualTo(fx.now());
        assertThat(created.updatedAt()).isEqualTo(fx.now());
        assertThat(fx.platform.mawbs().get(created.id())).isEqualTo(created);
    }

    @Test
    void createPublishesMawbCreatedWithTheStoredMawbTheActorAndTheTime() {
        Mawb created = fx.createMawb(1234567);

        assertThat(fx.published()).satisfiesExactly(
                first -> assertThat(first).isInstanceOfSatisfying(MawbCreated.class, event -> {
                    assertThat(event.mawb()).isEqualTo(created);
                    assertThat(event.actor()).isEqualTo(ACTOR.userId());
                    assertThat(event.at()).isEqualTo(fx.now());
                }),
                second -> assertThat(second).isEqualTo(new WorkflowStepEntered(created.id(),
                        DefaultWorkflows.US_AIR_IMPORT, 1, null, "PRE_ALERT", TransitionTrigger.MANUAL, null,
                        fx.now(), ACTOR.userId())));
    }

    @Test
    void createRefusesAnAwbPrefixNoCarrierHasOnFieldAwbNumber() {
        AwbNumber unknownPrefix = TestData.awbNumber("999", 1234567);

        assertRejected(() -> fx.platform.mawbs().create(new CreateMawbCommand(unknownPrefix, TestData.mawbDetails())),
                "awbNumber");

        assertThatThrownBy(() -> fx.platform.mawbs().getByNumber(unknownPrefix)).isInstanceOf(NotFoundException.class);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void createRefusesTheAwbPrefixOfAnInactiveCarrierOnFieldAwbNumber() {
        fx.platform.carriers().register(
                new RegisterCarrierCommand(CarrierCode.of("CV", "172"), "Cargolux", null, false));
        AwbNumber number = TestData.awbNumber("172", 1234567);

        assertRejected(() -> fx.platform.mawbs().create(new CreateMawbCommand(number, TestData.mawbDetails())),
                "awbNumber");

        assertThatThrownBy(() -> fx.platform.mawbs().getByNumber(number)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createRefusesTheAwbPrefixOfACarrierDeactivatedSinceItsLastMawb() {
        fx.createMawb(1111111);
        Carrier lh = fx.platform.carriers().get("LH");
        fx.platform.carriers().update(new UpdateCarrierCommand("LH", lh.version(), lh.name(), null, false));

        assertRejected(() -> fx.createMawb(2222222), "awbNumber");
    }

    @Test
    void createRefusesAnAwbNumberThatExistsAndKeepsTheFirstMawb() {
        Mawb first = fx.createMawb(1234567);
        fx.forgetPublished();
        MawbDetails other = TestData.mawbBuilder(1234567).destination("LAX").build().details();

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> fx.platform.mawbs().create(new CreateMawbCommand(first.number(), other)));

        assertThat(duplicate.field()).isEqualTo("awbNumber");
        assertThat(fx.platform.mawbs().getByNumber(first.number())).isEqualTo(first);
        assertThat(listAll(MawbCriteria.any())).containsExactly(first);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void createLeavesNoMawbWhenASubscriberFailsInTheSameUnitOfWork() {
        fx.platform.subscribe(MawbCreated.class, event -> {
            throw new IllegalStateException("subscriber failed");
        });

        assertThatThrownBy(() -> fx.createMawb(1234567)).hasMessage("subscriber failed");

        assertThatThrownBy(() -> fx.platform.mawbs().getByNumber(TestData.awbNumber(1234567)))
                .isInstanceOf(NotFoundException.class);
        assertThat(listAll(MawbCriteria.any())).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- update

    @Test
    void updateWithTheVersionReadReplacesTheDetailsAndReturnsTheNextVersion() {
        Mawb created = fx.createMawb(1234567);
        fx.advance(Duration.ofMinutes(5));
        MawbDetails changed = TestData.mawbBuilder(1234567).destination("LAX").pieces(20)
                .weight(Weight.kg("2000")).build().details();

        Mawb updated = fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 1, changed));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.details()).isEqualTo(changed);
        assertThat(updated.number()).isEqualTo(created.number());
        assertThat(updated.carrier()).isEqualTo(created.carrier());
        assertThat(updated.status()).isEqualTo(created.status());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(fx.now());
        assertThat(fx.platform.mawbs().get(created.id())).isEqualTo(updated);
    }

    @Test
    void updatePublishesMawbUpdatedWithTheMawbBeforeAndAfter() {
        Mawb created = fx.createMawb(1234567);
        fx.forgetPublished();
        MawbDetails changed = TestData.mawbBuilder(1234567).commodity("Spare parts").build().details();

        Mawb updated = fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 1, changed));

        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(MawbUpdated.class, event -> {
            assertThat(event.before()).isEqualTo(created);
            assertThat(event.after()).isEqualTo(updated);
            assertThat(event.actor()).isEqualTo(ACTOR.userId());
            assertThat(event.at()).isEqualTo(fx.now());
        });
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        Mawb created = fx.createMawb(1234567);
        MawbDetails first = TestData.mawbBuilder(1234567).pieces(13).build().details();
        Mawb current = fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 1, first));
        fx.forgetPublished();
        MawbDetails second = TestData.mawbBuilder(1234567).pieces(14).build().details();

        VersionConflictException conflict = catchThrowableOfType(VersionConflictException.class,
                () -> fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 1, second)));

        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(fx.platform.mawbs().get(created.id())).isEqualTo(current);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void updateBasedOnAVersionReadBeforeAnEventMovedTheStatusIsAConflict() {
        Mawb created = fx.createMawb(1234567);
        fx.record(ShipmentRef.of(created.id()), "BKD", OffsetDateTime.parse("2025-03-14T08:00:00+01:00"), "FRA");

        assertThatThrownBy(() -> fx.platform.mawbs().update(
                new UpdateMawbCommand(created.id(), created.version(), created.details())))
                .isInstanceOf(VersionConflictException.class);
        assertThat(fx.platform.mawbs().get(created.id()).status()).isEqualTo(ShipmentStatus.BOOKED);
    }

    @Test
    void updateOfAMissingMawbIsNotFound() {
        MawbId missing = MawbId.of(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566"));

        assertThatThrownBy(() -> fx.platform.mawbs().update(
                new UpdateMawbCommand(missing, 1, TestData.mawbDetails())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.published()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------- get

    @Test
    void getAndGetByNumberReturnTheStoredMawb() {
        Mawb created = fx.createMawb(1234567);
        fx.createMawb(7654321);

        assertThat(fx.platform.mawbs().get(created.id())).isEqualTo(created);
        assertThat(fx.platform.mawbs().getByNumber(AwbNumber.parse("020 1234 5675"))).isEqualTo(created);
    }

    @Test
    void getAndGetByNumberOfAMissingMawbAreNotFound() {
        fx.createMawb(1234567);

        assertThatThrownBy(() -> fx.platform.mawbs().get(MawbId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.mawbs().getByNumber(TestData.awbNumber(7654321)))
                .isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------------------------------- list: filters

    @Test
    void listWithoutCriteriaReturnsEveryMawb() {
        Mawb a = fx.createMawb(1);
        Mawb b = fx.createMawb(2);

        assertThat(listAll(MawbCriteria.any())).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void listFiltersByAnyOfTheStatuses() {
        Mawb created = fx.createMawb(1);
        Mawb booked = fx.createMawb(2);
        Mawb departed = fx.createMawb(3);
        Mawb arrived = fx.createMawb(4);
        fx.record(ShipmentRef.of(booked.id()), "BKD", OffsetDateTime.parse("2025-03-14T08:00:00+01:00"), "FRA");
        fx.record(ShipmentRef.of(departed.id()), "DEP", OffsetDateTime.parse("2025-03-15T13:17:00+01:00"), "FRA");
        fx.record(ShipmentRef.of(arrived.id()), "ARR", OffsetDateTime.parse("2025-03-15T15:02:00-05:00"), "ORD");

        assertThat(numbers(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.BOOKED, ShipmentStatus.ARRIVED))))
                .containsExactly(booked.number(), arrived.number());
        assertThat(numbers(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.CREATED))))
                .containsExactly(created.number());
        assertThat(numbers(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.DELIVERED)))).isEmpty();
    }

    @Test
    void listFiltersByCarrierDesignatorInEitherCase() {
        fx.registerCarrier("EK", "176", "Emirates SkyCargo");
        Mawb lufthansa = fx.createMawb(1);
        Mawb emirates = fx.createMawb(TestData.mawbBuilder(2).number(TestData.awbNumber("176", 2)));

        assertThat(numbers(criteria().carrier("ek").build())).containsExactly(emirates.number());
        assertThat(numbers(criteria().carrier("LH").build())).containsExactly(lufthansa.number());
        assertThat(numbers(criteria().carrier("QR").build())).isEmpty();
    }

    @Test
    void listFiltersByOriginAndByDestination() {
        Mawb fraOrd = fx.createMawb(TestData.mawbBuilder(1).origin("FRA").destination("ORD"));
        Mawb hkgLax = fx.createMawb(TestData.mawbBuilder(2).origin("HKG").destination("LAX"));
        Mawb fraLax = fx.createMawb(TestData.mawbBuilder(3).origin("FRA").destination("LAX"));

        assertThat(numbers(criteria().origin("FRA").build())).containsExactly(fraOrd.number(), fraLax.number());
        assertThat(numbers(criteria().destination("LAX").build())).containsExactly(hkgLax.number(), fraLax.number());
        assertThat(numbers(criteria().origin("FRA").destination("LAX").build())).containsExactly(fraLax.number());
        assertThat(numbers(criteria().origin("AMS").build())).isEmpty();
    }

    @Test
    void listFiltersByEtaFromInclusiveToExclusive() {
        Instant t = Instant.parse("2025-03-20T10:00:00Z");
        Mawb atFrom = fx.createMawb(TestData.mawbBuilder(1).eta(t));
        Mawb inside = fx.createMawb(TestData.mawbBuilder(2).eta(t.plus(Duration.ofMinutes(90))));
        fx.createMawb(TestData.mawbBuilder(3).eta(t.plus(Duration.ofHours(2))));
        fx.createMawb(TestData.mawbBuilder(4).eta(t.minusSeconds(1)));
        fx.createMawb(TestData.mawbBuilder(5).noFlights());

        assertThat(numbers(MawbCriteria.any().withEta(t, t.plus(Duration.ofHours(2)))))
                .containsExactly(atFrom.number(), inside.number());
    }

    @Test
    void listFiltersByEtaWithOneOpenEnd() {
        Instant t = Instant.parse("2025-03-20T10:00:00Z");
        Mawb early = fx.createMawb(TestData.mawbBuilder(1).eta(t.minus(Duration.ofDays(1))));
        Mawb late = fx.createMawb(TestData.mawbBuilder(2).eta(t.plus(Duration.ofDays(1))));
        fx.createMawb(TestData.mawbBuilder(3).noFlights());

        assertThat(numbers(MawbCriteria.any().withEta(t, null))).containsExactly(late.number());
        assertThat(numbers(MawbCriteria.any().withEta(null, t))).containsExactly(early.number());
    }

    @Test
    void listFiltersByEtdFromInclusiveToExclusive() {
        Instant t = Instant.parse("2025-03-20T10:00:00Z");
        Mawb atFrom = fx.createMawb(TestData.mawbBuilder(1).etd(t));
        Mawb inside = fx.createMawb(TestData.mawbBuilder(2).etd(t.plus(Duration.ofMinutes(30))));
        fx.createMawb(TestData.mawbBuilder(3).etd(t.plus(Duration.ofHours(1))));
        fx.createMawb(TestData.mawbBuilder(4).etd(t.minusSeconds(1)));
        fx.createMawb(TestData.mawbBuilder(5).noFlights());

        assertThat(numbers(criteria().etd(t, t.plus(Duration.ofHours(1))).build()))
                .containsExactly(atFrom.number(), inside.number());
    }

    @Test
    void listFiltersByLastFreeDayInclusiveOfBothEnds() {
        LocalDate day = LocalDate.of(2025, 3, 18);
        Mawb first = fx.createMawb(TestData.mawbBuilder(1).lastFreeDay(day));
        Mawb second = fx.createMawb(TestData.mawbBuilder(2).lastFreeDay(day.plusDays(1)));
        Mawb third = fx.createMawb(TestData.mawbBuilder(3).lastFreeDay(day.plusDays(2)));
        fx.createMawb(TestData.mawbBuilder(4).lastFreeDay(day.plusDays(3)));
        fx.createMawb(TestData.mawbBuilder(5).lastFreeDay(null));

        assertThat(numbers(MawbCriteria.any().withLastFreeDay(day.plusDays(1), day.plusDays(2))))
                .containsExactly(second.number(), third.number());
        assertThat(numbers(MawbCriteria.any().withLastFreeDay(day, day))).containsExactly(first.number());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"020-1234", "0201234", "12345675", "020-12345675", "02012345675"})
    void listFindsTextInTheAwbNumberWithOrWithoutTheDash(String text) {
        Mawb wanted = fx.createMawb(1234567);
        fx.createMawb(7654321);

        assertThat(numbers(MawbCriteria.any().withText(text))).containsExactly(wanted.number());
    }

    @Test
    void listFindsTextInTheNumberOfAHawbUnderTheMawbIgnoringCase() {
        Mawb withHouse = fx.createMawb(1234567);
        Mawb other = fx.createMawb(7654321);
        fx.createHawb(withHouse, "HAM0042");
        fx.createHawb(other, "MUC0001");

        assertThat(numbers(MawbCriteria.any().withText("ham0042"))).containsExactly(withHouse.number());
        assertThat(numbers(MawbCriteria.any().withText("Ham00"))).containsExactly(withHouse.number());
    }

    @Test
    void listFindsTextInTheConsigneeNameIgnoringCase() {
        Mawb midwest = fx.createMawb(TestData.mawbBuilder(1234567).consignee("Midwest Hydraulics Inc."));
        Mawb pacific = fx.createMawb(TestData.mawbBuilder(7654321).consignee("Pacific Rim Traders"));

        assertThat(numbers(MawbCriteria.any().withText("PACIFIC rim"))).containsExactly(pacific.number());
        assertThat(numbers(MawbCriteria.any().withText("hydraulics"))).containsExactly(midwest.number());
        assertThat(numbers(MawbCriteria.any().withText("traders inc"))).isEmpty();
    }

    @Test
    void listCombinesCriteriaWithAnd() {
        Mawb wanted = fx.createMawb(TestData.mawbBuilder(1).destination("LAX").consignee("Pacific Rim Traders"));
        fx.createMawb(TestData.mawbBuilder(2).destination("ORD").consignee("Pacific Rim Traders"));
        fx.createMawb(TestData.mawbBuilder(3).destination("LAX").consignee("Midwest Hydraulics Inc."));

        assertThat(numbers(MawbCriteria.any().withDestination(AirportCode.of("LAX")).withText("pacific")
                .withStatuses(Set.of(ShipmentStatus.CREATED)))).containsExactly(wanted.number());
    }

    // ---------------------------------------------------------------------------------------------- list: sorts

    /**
     * Seven MAWBs, A to G, each sort field ordering them differently. D and G have no flights (no ETA, no ETD), E and
     * G no last free day; rows without a value come last in either direction, among themselves by id.
     */
    private Map<String, Mawb> sevenMawbsOrderedDifferentlyByEveryField() {
        Map<String, TestData.MawbBuilder> builders = new LinkedHashMap<>();
        builders.put("A", TestData.mawbBuilder(2000000).etd(at("2025-03-20")).eta(at("2025-03-27"))
                .lastFreeDay(day("2025-04-02")));
        builders.put("B", TestData.mawbBuilder(4000000).etd(at("2025-03-22")).eta(at("2025-03-25"))
                .lastFreeDay(day("2025-04-01")));
        builders.put("C", TestData.mawbBuilder(1000000).etd(at("2025-03-21")).eta(at("2025-03-28"))
                .lastFreeDay(day("2025-04-03")));
        builders.put("D", TestData.mawbBuilder(6000000).noFlights().lastFreeDay(day("2025-03-31")));
        builders.put("E", TestData.mawbBuilder(5000000).etd(at("2025-03-24")).eta(at("2025-03-26"))
                .lastFreeDay(null));
        builders.put("F", TestData.mawbBuilder(3000000).etd(at("2025-03-23")).eta(at("2025-03-29"))
                .lastFreeDay(day("2025-03-30")));
        builders.put("G", TestData.mawbBuilder(7000000).noFlights().lastFreeDay(null));
        Map<String, Mawb> byName = new LinkedHashMap<>();
        builders.forEach((name, builder) -> {
            byName.put(name, fx.createMawb(builder));
            fx.advance(Duration.ofHours(1));
        });
        for (String name : List.of("D", "B", "F", "A", "C", "G")) {
            fx.advance(Duration.ofHours(1));
            Mawb mawb = byName.get(name);
            byName.put(name, fx.platform.mawbs().update(
                    new UpdateMawbCommand(mawb.id(), mawb.version(), mawb.details())));
        }
        return byName;
    }

    static Stream<Arguments> everySortFieldInBothDirections() {
        // field, direction, the rows with a value in order, the rows without one (ordered by id at run time)
        return Stream.of(
                Arguments.of(MawbSortField.CREATED_AT, SortDirection.ASC, "ABCDEFG", ""),
                Arguments.of(MawbSortField.CREATED_AT, SortDirection.DESC, "GFEDCBA", ""),
                Arguments.of(MawbSortField.UPDATED_AT, SortDirection.ASC, "EDBFACG", ""),
                Arguments.of(MawbSortField.UPDATED_AT, SortDirection.DESC, "GCAFBDE", ""),
                Arguments.of(MawbSortField.AWB_NUMBER, SortDirection.ASC, "CAFBEDG", ""),
                Arguments.of(MawbSortField.AWB_NUMBER, SortDirection.DESC, "GDEBFAC", ""),
                Arguments.of(MawbSortField.ETA, SortDirection.ASC, "BEACF", "DG"),
                Arguments.of(MawbSortField.ETA, SortDirection.DESC, "FCAEB", "DG"),
                Arguments.of(MawbSortField.ETD, SortDirection.ASC, "ACBFE", "DG"),
                Arguments.of(MawbSortField.ETD, SortDirection.DESC, "EFBCA", "DG"),
                Arguments.of(MawbSortField.LAST_FREE_DAY, SortDirection.ASC, "FDBAC", "EG"),
                Arguments.of(MawbSortField.LAST_FREE_DAY, SortDirection.DESC, "CABDF", "EG"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortFieldInBothDirections")
    void listSortsByEveryFieldInBothDirectionsWithRowsWithoutAValueLast(MawbSortField field,
            SortDirection direction, String withValue, String withoutValue) {
        Map<String, Mawb> mawbs = sevenMawbsOrderedDifferentlyByEveryField();
        List<String> expected = expectedOrder(mawbs, withValue, withoutValue, direction);
        MawbSort sort = new MawbSort(field, direction);

        List<Mawb> onePage = fx.platform.mawbs().list(
                new ListMawbsCommand(null, sort, PageRequest.first(PageRequest.MAX_LIMIT))).items();

        assertThat(names(mawbs, onePage)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortFieldInBothDirections")
    void listWalksEveryPageOfEverySortOneRowAtATimeInTheSameOrder(MawbSortField field, SortDirection direction,
            String withValue, String withoutValue) {
        Map<String, Mawb> mawbs = sevenMawbsOrderedDifferentlyByEveryField();
        List<String> expected = expectedOrder(mawbs, withValue, withoutValue, direction);

        List<Page<Mawb>> pages = walk(new ListMawbsCommand(null, new MawbSort(field, direction),
                PageRequest.first(1)));

        assertThat(pages).hasSize(7);
        assertThat(pages).allSatisfy(page -> assertThat(page.items()).hasSize(1));
        assertThat(pages.get(6).hasNext()).isFalse();
        assertThat(names(mawbs, pages.stream().flatMap(p -> p.items().stream()).toList()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void listBreaksTiesOfTheSortValueByIdInTheSortDirection() {
        // The clock stands still: every MAWB is created at the same instant.
        List<Mawb> created = new ArrayList<>();
        for (int serial = 1; serial <= 6; serial++) {
            created.add(fx.createMawb(serial));
        }
        List<Mawb> byIdAscending = created.stream()
                .sorted((a, b) -> Uuids.compare(a.id().value(), b.id().value())).toList();

        assertThat(walkItems(new ListMawbsCommand(null, new MawbSort(MawbSortField.CREATED_AT, SortDirection.ASC),
                PageRequest.first(4)))).containsExactlyElementsOf(byIdAscending);
        assertThat(walkItems(new ListMawbsCommand(null, MawbSort.NEWEST_FIRST, PageRequest.first(4))))
                .containsExactlyElementsOf(reversed(byIdAscending));
    }

    @Test
    void listIsNewestFirstByDefault() {
        Mawb older = fx.createMawb(1);
        fx.advance(Duration.ofSeconds(1));
        Mawb newer = fx.createMawb(2);

        assertThat(fx.platform.mawbs().list(ListMawbsCommand.firstPage(null)).items()).containsExactly(newer, older);
    }

    // ---------------------------------------------------------------------------------------------- list: pages

    @Test
    void listPagesKeepFiltersAndEndWithoutACursor() {
        List<Mawb> toLax = new ArrayList<>();
        for (int serial = 1; serial <= 5; serial++) {
            toLax.add(fx.createMawb(TestData.mawbBuilder(serial).destination("LAX")));
            fx.createMawb(TestData.mawbBuilder(100 + serial).destination("ORD"));
        }
        ListMawbsCommand command = new ListMawbsCommand(MawbCriteria.any().withDestination(AirportCode.of("LAX")),
                new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.ASC), PageRequest.first(2));

        List<Page<Mawb>> pages = walk(command);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        assertThat(pages).extracting(Page::hasNext).containsExactly(true, true, false);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).toList()).containsExactlyElementsOf(toLax);
    }

    @Test
    void listPageThatExactlyFillsTheLastRowsHasNoNextCursor() {
        fx.createMawb(1);
        fx.createMawb(2);

        Page<Mawb> page = fx.platform.mawbs().list(new ListMawbsCommand(null, null, PageRequest.first(2)));

        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void listWalksEveryPageNewestFirstWithoutRepeatingOrSkippingWhileMawbsAreCreated() {
        List<Mawb> before = new ArrayList<>();
        for (int serial = 1; serial <= 9; serial++) {
            before.add(fx.createMawb(serial));
            fx.advance(Duration.ofSeconds(1));
        }
        List<Mawb> seen = new ArrayList<>();
        ListMawbsCommand command = new ListMawbsCommand(null, MawbSort.NEWEST_FIRST, PageRequest.first(2));
        int serial = 100;
        while (true) {
            Page<Mawb> page = fx.platform.mawbs().list(command);
            seen.addAll(page.items());
            fx.createMawb(serial++);
            fx.advance(Duration.ofSeconds(1));
            if (!page.hasNext()) {
                break;
            }
            command = command.withPage(command.page().next(page.nextCursor()));
        }

        assertThat(seen).containsExactlyElementsOf(reversed(before));
    }

    @Test
    void listWalksEveryPageByAwbNumberWithoutRepeatingOrSkippingWhileMawbsAreCreatedBeforeAndAfterTheCursor() {
        List<Mawb> before = new ArrayList<>();
        for (int serial = 10; serial <= 90; serial += 10) {
            before.add(fx.createMawb(serial));
        }
        ListMawbsCommand command = new ListMawbsCommand(null,
                new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.ASC), PageRequest.first(2));
        List<Mawb> seen = new ArrayList<>();
        List<Mawb> createdAfterTheCursor = new ArrayList<>();
        for (int created = 0; ; created++) {
            Page<Mawb> page = fx.platform.mawbs().list(command);
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            if (created % 2 == 0) {
                fx.createMawb(created + 1); // sorts before every row seen so far
            } else {
                createdAfterTheCursor.add(fx.createMawb(1000 + created)); // sorts after every row
            }
            command = command.withPage(command.page().next(page.nextCursor()));
        }

        List<Mawb> expected = new ArrayList<>(before);
        expected.addAll(createdAfterTheCursor);
        assertThat(createdAfterTheCursor).isNotEmpty();
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PageRequest.MAX_LIMIT + 1})
    void listRefusesAPageLimitOutsideOneTo200OnFieldLimit(int limit) {
        fx.createMawb(1);

        assertRejected(() -> fx.platform.mawbs().list(new ListMawbsCommand(null, null, new PageRequest(null, limit))),
                "limit");
    }

    @Test
    void listAcceptsPageLimitsOfOneAnd200() {
        fx.createMawb(1);
        fx.createMawb(2);

        assertThat(fx.platform.mawbs().list(new ListMawbsCommand(null, null, PageRequest.first(1))).items())
                .hasSize(1);
        assertThat(fx.platform.mawbs().list(new ListMawbsCommand(null, null, PageRequest.first(200))).items())
                .hasSize(2);
    }

    @Test
    void listRefusesACursorIssuedForAnotherSortFieldOrDirectionOnFieldCursor() {
        for (int serial = 1; serial <= 3; serial++) {
            fx.createMawb(serial);
        }
        MawbSort byNumber = new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.ASC);
        String cursor = fx.platform.mawbs().list(new ListMawbsCommand(null, byNumber, PageRequest.first(1)))
                .nextCursor();
        assertThat(cursor).isNotNull();

        assertRejected(() -> fx.platform.mawbs().list(new ListMawbsCommand(null,
                new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.DESC), new PageRequest(cursor, 1))), "cursor");
        assertRejected(() -> fx.platform.mawbs().list(new ListMawbsCommand(null,
                new MawbSort(MawbSortField.CREATED_AT, SortDirection.ASC), new PageRequest(cursor, 1))), "cursor");
    }

    static Stream<String> garbageCursors() {
        String id = "0192f3e4-5b6c-7d8e-9f00-112233445566";
        return Stream.of(
                "garbage",
                "%%%not base64%%%",
                "x".repeat(513),
                base64Url("v2|ETA|ASC|I:2025-03-20T00:00:00Z|" + id),
                base64Url("v1|ETA|ASC|I:2025-03-20T00:00:00Z"),
                base64Url("v1|ETA|ASC|I:not a time|" + id),
                base64Url("v1|ETA|ASC|Q:2025-03-20T00:00:00Z|" + id),
                base64Url("v1|ETA|ASC|I:2025-03-20T00:00:00Z|not-a-uuid"),
                base64Url("v1|ETA|ASC|I|" + id),
                base64Url("v1|ETA|ASC||" + id));
    }

    @ParameterizedTest
    @MethodSource("garbageCursors")
    void listRefusesACursorThePlatformDidNotIssueOnFieldCursor(String cursor) {
        fx.createMawb(TestData.mawbBuilder(1).eta(Instant.parse("2025-03-19T10:00:00Z")));
        fx.createMawb(TestData.mawbBuilder(2).eta(Instant.parse("2025-03-21T10:00:00Z")));
        MawbSort byEta = new MawbSort(MawbSortField.ETA, SortDirection.ASC);

        assertRejected(() -> fx.platform.mawbs().list(new ListMawbsCommand(null, byEta, new PageRequest(cursor, 10))),
                "cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S:hello", "D:2025-03-20"})
    void listRefusesACursorNamingTheSortButHoldingAValueOfAnotherTypeOnFieldCursor(String typedValue) {
        fx.createMawb(TestData.mawbBuilder(1).eta(Instant.parse("2025-03-19T10:00:00Z")));
        fx.createMawb(TestData.mawbBuilder(2).eta(Instant.parse("2025-03-21T10:00:00Z")));
        MawbSort byEta = new MawbSort(MawbSortField.ETA, SortDirection.ASC);
        String tampered = base64Url("v1|ETA|ASC|" + typedValue + "|0192f3e4-5b6c-7d8e-9f00-112233445566");

        assertRejected(() -> fx.platform.mawbs().list(
                new ListMawbsCommand(null, byEta, new PageRequest(tampered, 10))), "cursor");
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private List<Mawb> listAll(MawbCriteria criteria) {
        return walkItems(new ListMawbsCommand(criteria, new MawbSort(MawbSortField.AWB_NUMBER, SortDirection.ASC),
                PageRequest.first(PageRequest.MAX_LIMIT)));
    }

    /** The AWB numbers of every MAWB matching, in AWB number order. */
    private List<AwbNumber> numbers(MawbCriteria criteria) {
        return listAll(criteria).stream().map(Mawb::number).toList();
    }

    private List<Page<Mawb>> walk(ListMawbsCommand first) {
        List<Page<Mawb>> pages = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        ListMawbsCommand command = first;
        while (true) {
            Page<Mawb> page = fx.platform.mawbs().list(command);
            pages.add(page);
            if (!page.hasNext()) {
                return pages;
            }
            assertThat(cursors.add(page.nextCursor())).as("a cursor is never issued twice").isTrue();
            assertThat(pages).as("paging ends").hasSizeLessThan(1000);
            command = command.withPage(command.page().next(page.nextCursor()));
        }
    }

    private List<Mawb> walkItems(ListMawbsCommand first) {
        return walk(first).stream().flatMap(p -> p.items().stream()).toList();
    }

    private static List<String> expectedOrder(Map<String, Mawb> mawbs, String withValue, String withoutValue,
            SortDirection direction) {
        List<String> expected = new ArrayList<>(List.of(withValue.split("")));
        expected.addAll(withoutValue.chars().mapToObj(c -> String.valueOf((char) c))
                .sorted((a, b) -> {
                    int byId = Uuids.compare(mawbs.get(a).id().value(), mawbs.get(b).id().value());
                    return direction == SortDirection.ASC ? byId : -byId;
                })
                .toList());
        return expected;
    }

    private static List<String> names(Map<String, Mawb> mawbs, List<Mawb> listed) {
        return listed.stream().map(m -> mawbs.entrySet().stream()
                .filter(e -> e.getValue().id().equals(m.id())).findFirst().orElseThrow().getKey()).toList();
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static String base64Url(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static CriteriaBuilder criteria() {
        return new CriteriaBuilder();
    }

    /** MawbCriteria has withers for some criteria only; this sets the others. */
    private static final class CriteriaBuilder {
        private String carrier;
        private AirportCode origin;
        private AirportCode destination;
        private Instant etdFrom;
        private Instant etdTo;

        CriteriaBuilder carrier(String designator) {
            this.carrier = designator;
            return this;
        }

        CriteriaBuilder origin(String airport) {
            this.origin = AirportCode.of(airport);
            return this;
        }

        CriteriaBuilder destination(String airport) {
            this.destination = AirportCode.of(airport);
            return this;
        }

        CriteriaBuilder etd(Instant from, Instant to) {
            this.etdFrom = from;
            this.etdTo = to;
            return this;
        }

        MawbCriteria build() {
            return new MawbCriteria(null, carrier, origin, destination, null, null, etdFrom, etdTo, null, null, null);
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
