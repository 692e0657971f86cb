package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.actual;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static dev.tracking.core.usecase.PlatformFixture.commandFor;
import static dev.tracking.core.usecase.PlatformFixture.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.DedupeKeys;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.EventsRecorded;
import dev.tracking.core.domain.event.PortionType;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.status.ShipmentStatusChanged;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.EventOutcome.Outcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.event.RecordEventsCommand;
import dev.tracking.core.port.in.event.RecordEventsResult;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.testsupport.TestData;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventUseCasesTest {

    // The default consignment FRA -> ORD; the fixture's clock stands at 2025-03-16T12:00:00Z, after all of these.
    private static final OffsetDateTime BOOKED_AT = OffsetDateTime.parse("2025-03-14T08:00:00+01:00");
    private static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2025-03-14T16:00:00+01:00");
    private static final OffsetDateTime DEPARTED_FRA = OffsetDateTime.parse("2025-03-15T07:10:00+01:00");
    private static final OffsetDateTime ARRIVED_LHR = OffsetDateTime.parse("2025-03-15T08:05:00Z");
    private static final OffsetDateTime DEPARTED_LHR = OffsetDateTime.parse("2025-03-15T10:30:00Z");
    private static final OffsetDateTime ARRIVED_ORD = OffsetDateTime.parse("2025-03-15T13:02:00-05:00");
    private static final OffsetDateTime DELIVERED_AT = OffsetDateTime.parse("2025-03-16T05:00:00-05:00");

    private PlatformFixture fx;
    private Mawb mawb;
    private ShipmentRef master;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
        fx.registerLufthansa();
        mawb = fx.createMawb(1234567);
        master = ShipmentRef.of(mawb.id());
        fx.forgetPublished();
    }

    // ------------------------------------------------------------------------------------------------ record one

    @Test
    void recordStoresTheEventAndMovesTheStatus() {
        EventOutcome outcome = fx.platform.events().record(actual(master, "DEP", DEPARTED_FRA, "FRA"));

        assertThat(outcome.index()).isZero();
        assertThat(outcome.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(outcome.eventId()).isNotNull();
        assertThat(outcome.dedupeKey()).isEqualTo(DedupeKeys.derive(master, EventCode.of("DEP"), TimeType.ACTUAL,
                DEPARTED_FRA, AirportCode.of("FRA"), null, null));
        Mawb after = mawb();
        assertThat(after.status()).isEqualTo(ShipmentStatus.DEPARTED);
        assertThat(after.statusAsOf()).isEqualTo(DEPARTED_FRA.toInstant());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.updatedAt()).isEqualTo(fx.now());
        assertThat(timeline()).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(outcome.eventId());
            assertThat(stored.occurredAt()).isEqualTo(DEPARTED_FRA);
            assertThat(stored.occurredAt().getOffset()).isEqualTo(DEPARTED_FRA.getOffset());
            assertThat(stored.recordedAt()).isEqualTo(fx.now());
            assertThat(stored.recordedBy()).isEqualTo(ACTOR.userId());
        });
    }

    @Test
    void recordKeepsEverythingTheReportSaid() {
        TrackingEvent report = TestData.eventBuilder(master).code("RCS").occurredAt(RECEIVED_AT).location("FRA")
                .flight("LH430").portion(new ShipmentPortion(PortionType.PART, 5, Weight.kg("500.25")))
                .source(EventSource.API).remarks("5 of 12 pieces accepted").metadata("fsuMessageId", "FSU/14/4711")
                .dedupeKey("feed-4711").build();

        fx.platform.events().record(commandFor(report));

        assertThat(timeline()).singleElement().satisfies(stored -> {
            assertThat(stored.code()).isEqualTo(EventCode.of("RCS"));
            assertThat(stored.timeType()).isEqualTo(TimeType.ACTUAL);
            assertThat(stored.occurredAt()).isEqualTo(RECEIVED_AT);
            assertThat(stored.location()).isEqualTo(AirportCode.of("FRA"));
            assertThat(stored.flight()).isEqualTo(report.flight());
            assertThat(stored.portion()).isEqualTo(report.portion());
            assertThat(stored.source()).isEqualTo(EventSource.API);
            assertThat(stored.remarks()).isEqualTo("5 of 12 pieces accepted");
            assertThat(stored.metadata()).containsExactly(Map.entry("fsuMessageId", "FSU/14/4711"));
            assertThat(stored.dedupeKey()).isEqualTo("feed-4711");
        });
    }

    @Test
    void recordPublishesShipmentStatusChangedAndEventsRecorded() {
        EventOutcome outcome = fx.platform.events().record(actual(master, "DEP", DEPARTED_FRA, "FRA"));

        assertThat(fx.published(ShipmentStatusChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.shipment()).isEqualTo(master);
            assertThat(changed.from()).isEqualTo(ShipmentStatus.CREATED);
            assertThat(changed.to()).isEqualTo(ShipmentStatus.DEPARTED);
            assertThat(changed.actor()).isEqualTo(ACTOR.userId());
            assertThat(changed.at()).isEqualTo(fx.now());
        });
        assertThat(fx.published(EventsRecorded.class)).singleElement().satisfies(recorded -> {
            assertThat(recorded.events()).extracting(TrackingEvent::id).containsExactly(outcome.eventId());
            assertThat(recorded.actor()).isEqualTo(ACTOR.userId());
        });
        assertThat(fx.published()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "BKD, FRA, BOOKED",
            "FOH, FRA, RECEIVED",
            "RCS, FRA, RECEIVED",
            "PRE, FRA, MANIFESTED",
            "MAN, FRA, MANIFESTED",
            "DEP, FRA, DEPARTED",
            "TFD, LHR, IN_TRANSIT",
            "RCT, LHR, IN_TRANSIT",
            "TRM, LHR, IN_TRANSIT",
            "ARR, ORD, ARRIVED",
            "ARR, -,   ARRIVED",
            "ARR, LHR, IN_TRANSIT",
            "RCF, ORD, RECEIVED_AT_DESTINATION",
            "RCF, LHR, IN_TRANSIT",
            "NFD, ORD, NOTIFIED",
            "DLV, ORD, DELIVERED",
            "DDL, ORD, DELIVERED"})
    void recordMovesAMawbAsTheFsuMappingSays(String code, String location, ShipmentStatus expected) {
        fx.platform.events().record(actual(master, code, ARRIVED_ORD, location));

        assertThat(mawb().status()).isEqualTo(expected);
        assertThat(mawb().statusAsOf()).isEqualTo(ARRIVED_ORD.toInstant());
        assertThat(fx.published(ShipmentStatusChanged.class)).extracting(ShipmentStatusChanged::to)
                .containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWR", "AWD", "DOC", "DIS", "OCI", "FFM", "TRUCK_LOADED"})
    void recordOfAnEventThatMovesNothingKeepsTheMawbAsItWasButPutsTheEventOnTheTimeline(String code) {
        EventOutcome outcome = fx.platform.events().record(actual(master, code, ARRIVED_ORD, "ORD"));

        assertThat(outcome.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(mawb()).isEqualTo(mawb);
        assertThat(timeline()).extracting(TrackingEvent::code).containsExactly(EventCode.of(code));
        assertThat(fx.published(ShipmentStatusChanged.class)).isEmpty();
        assertThat(fx.published(EventsRecorded.class)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = TimeType.class, names = {"PLANNED", "ESTIMATED"})
    void recordOfAPlannedOrEstimatedEventMovesNothing(TimeType timeType) {
        fx.platform.events().record(event(master, "DEP", timeType, DEPARTED_FRA, "FRA"));

        assertThat(mawb()).isEqualTo(mawb);
        assertThat(timeline()).extracting(TrackingEvent::timeType).containsExactly(timeType);
        assertThat(fx.published(ShipmentStatusChanged.class)).isEmpty();
    }

    @Test
    void recordMovesTheCustomsStandingForwardOnlyAndLeavesTheStatus() {
        fx.record(master, "CRC", ARRIVED_ORD, "ORD");
        assertThat(mawb().details().customs()).isEqualTo(CustomsStatus.REPORTED);
        fx.record(master, "TGC", ARRIVED_ORD.plusHours(1), "ORD");
        assertThat(mawb().details().customs()).isEqualTo(CustomsStatus.UNDER_CUSTOMS_CONTROL);
        fx.record(master, "CCD", ARRIVED_ORD.plusHours(2), "ORD");
        assertThat(mawb().details().customs()).isEqualTo(CustomsStatus.CLEARED);

        fx.record(master, "CRC", ARRIVED_ORD.plusHours(3), "ORD");

        assertThat(mawb().details().customs()).isEqualTo(CustomsStatus.CLEARED);
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.CREATED);
        assertThat(mawb().version()).isEqualTo(4);
    }

    // ----------------------------------------------------------------------------------------- time in the future

    @Test
    void recordRefusesAnActualEventMoreThanAnHourInTheFutureOnOccurredAt() {
        OffsetDateTime tooLate = fx.now().plus(Duration.ofMinutes(61)).atOffset(ARRIVED_ORD.getOffset());

        assertRejected(() -> fx.platform.events().record(actual(master, "ARR", tooLate, "ORD")), "occurredAt");

        assertThat(timeline()).isEmpty();
        assertThat(mawb()).isEqualTo(mawb);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void recordAcceptsAnActualEventWithinAnHourOfTheClockForClocksThatAreSlightlyOff() {
        OffsetDateTime soon = fx.now().plus(Duration.ofMinutes(59)).atOffset(ARRIVED_ORD.getOffset());

        fx.platform.events().record(actual(master, "ARR", soon, "ORD"));

        assertThat(mawb().status()).isEqualTo(ShipmentStatus.ARRIVED);
    }

    @ParameterizedTest
    @EnumSource(value = TimeType.class, names = {"PLANNED", "ESTIMATED"})
    void recordAcceptsAPlannedOrEstimatedEventInTheFuture(TimeType timeType) {
        OffsetDateTime nextWeek = fx.now().plus(Duration.ofDays(7)).atOffset(ARRIVED_ORD.getOffset());

        EventOutcome outcome = fx.platform.events().record(event(master, "ARR", timeType, nextWeek, "ORD"));

        assertThat(outcome.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(timeline()).extracting(TrackingEvent::occurredAt).containsExactly(nextWeek);
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.CREATED);
    }

    @Test
    void recordAllRefusesAnActualEventInTheFutureOnItsIndexAndStoresNothing() {
        OffsetDateTime tooLate = fx.now().plus(Duration.ofHours(2)).atOffset(ARRIVED_ORD.getOffset());

        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "DEP", DEPARTED_FRA, "FRA"),
                actual(master, "ARR", tooLate, "ORD"),
                actual(master, "RCF", tooLate.plusHours(1), "ORD")))),
                "events[1].occurredAt", "events[2].occurredAt");

        assertThat(timeline()).isEmpty();
        assertThat(mawb()).isEqualTo(mawb);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void recordAllNamesTheIndexOfAFutureActualEventEvenInABatchOfOne() {
        OffsetDateTime tooLate = fx.now().plus(Duration.ofHours(2)).atOffset(ARRIVED_ORD.getOffset());

        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "ARR", tooLate, "ORD")))), "events[0].occurredAt");

        assertThat(timeline()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ duplicates

    @Test
    void recordOfTheSameDedupeKeyAgainIsADuplicateStoredOnceThatMovesNothing() {
        RecordEventCommand booked = withKey(actual(master, "BKD", BOOKED_AT, "FRA"), "feed-0001");
        RecordEventCommand sameKeyOtherContent = withKey(actual(master, "DEP", DEPARTED_FRA, "FRA"), "feed-0001");
        EventOutcome first = fx.platform.events().record(booked);
        Mawb afterFirst = mawb();
        fx.forgetPublished();

        EventOutcome second = fx.platform.events().record(sameKeyOtherContent);

        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.eventId()).isNull();
        assertThat(second.dedupeKey()).isEqualTo("feed-0001");
        assertThat(timeline()).extracting(TrackingEvent::id).containsExactly(first.eventId());
        assertThat(mawb()).isEqualTo(afterFirst);
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.BOOKED);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void recordOfTheSameContentWithoutAKeyIsADuplicateEvenInAnotherOffset() {
        fx.platform.events().record(actual(master, "DEP", DEPARTED_FRA, "FRA"));
        Mawb afterFirst = mawb();
        fx.forgetPublished();

        EventOutcome again = fx.platform.events().record(actual(master, "DEP", DEPARTED_FRA, "FRA"));
        EventOutcome inUtc = fx.platform.events().record(
                actual(master, "DEP", DEPARTED_FRA.toInstant(), "FRA"));

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(inUtc.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(timeline()).hasSize(1);
        assertThat(mawb()).isEqualTo(afterFirst);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void recordOfTheSameDedupeKeyForAnotherShipmentIsNotADuplicate() {
        Mawb other = fx.createMawb(7654321);

        fx.platform.events().record(withKey(actual(master, "BKD", BOOKED_AT, "FRA"), "feed-0001"));
        EventOutcome forOther = fx.platform.events().record(
                withKey(actual(ShipmentRef.of(other.id()), "BKD", BOOKED_AT, "FRA"), "feed-0001"));

        assertThat(forOther.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(fx.platform.mawbs().get(other.id()).status()).isEqualTo(ShipmentStatus.BOOKED);
    }

    @Test
    void recordAllReportsEveryEventByIndexStoringNewOnesOnceAndSkippingDuplicates() {
        EventOutcome earlier = fx.platform.events().record(actual(master, "BKD", BOOKED_AT, "FRA"));
        fx.forgetPublished();
        RecordEventCommand received = actual(master, "RCS", RECEIVED_AT, "FRA");
        RecordEventCommand departed = withKey(actual(master, "DEP", DEPARTED_FRA, "FRA"), "feed-0042");

        RecordEventsResult result = fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                received,                                                      // new
                actual(master, "RCS", RECEIVED_AT, "FRA"),                     // same content, earlier in the batch
                actual(master, "BKD", BOOKED_AT, "FRA"),                       // stored before
                departed,                                                      // new
                withKey(actual(master, "DEP", DEPARTED_FRA.plusMinutes(1), "FRA"), "feed-0042")))); // same key

        assertThat(result.outcomes()).extracting(EventOutcome::index, EventOutcome::outcome).containsExactly(
                tuple(0, Outcome.RECORDED), tuple(1, Outcome.DUPLICATE), tuple(2, Outcome.DUPLICATE),
                tuple(3, Outcome.RECORDED), tuple(4, Outcome.DUPLICATE));
        assertThat(result.recorded()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(3);
        assertThat(result.outcomes()).extracting(EventOutcome::dedupeKey).containsExactly(
                received.effectiveDedupeKey(), received.effectiveDedupeKey(), earlier.dedupeKey(), "feed-0042",
                "feed-0042");
        assertThat(result.outcomes().get(1).eventId()).isNull();
        assertThat(result.outcomes().get(2).eventId()).isNull();
        assertThat(result.outcomes().get(4).eventId()).isNull();
        assertThat(timeline()).extracting(TrackingEvent::id).containsExactly(earlier.eventId(),
                result.outcomes().get(0).eventId(), result.outcomes().get(3).eventId());
        assertThat(timeline().get(2).occurredAt()).isEqualTo(DEPARTED_FRA);
        assertThat(fx.published(EventsRecorded.class)).singleElement().satisfies(recorded -> assertThat(
                recorded.events()).extracting(TrackingEvent::id).containsExactly(
                        result.outcomes().get(0).eventId(), result.outcomes().get(3).eventId()));
        assertThat(fx.published(ShipmentStatusChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.from()).isEqualTo(ShipmentStatus.BOOKED);
            assertThat(changed.to()).isEqualTo(ShipmentStatus.DEPARTED);
        });
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.DEPARTED);
    }

    @Test
    void recordAllOfOnlyDuplicatesStoresNothingAndPublishesNothing() {
        fx.platform.events().record(actual(master, "BKD", BOOKED_AT, "FRA"));
        Mawb before = mawb();
        fx.forgetPublished();

        RecordEventsResult result = fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "BKD", BOOKED_AT, "FRA"), actual(master, "BKD", BOOKED_AT, "FRA"))));

        assertThat(result.recorded()).isZero();
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(timeline()).hasSize(1);
        assertThat(mawb()).isEqualTo(before);
        assertThat(fx.published()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ missing subjects

    @Test
    void recordAllNamingAMissingMawbOrHawbRefusesTheWholeBatchNamingEachIndex() {
        ShipmentRef missingMawb = ShipmentRef.of(MawbId.of(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566")));
        ShipmentRef missingHawb = ShipmentRef.of(HawbId.of(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-665544332211")));

        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "BKD", BOOKED_AT, "FRA"),
                actual(missingMawb, "BKD", BOOKED_AT, "FRA"),
                actual(master, "DEP", DEPARTED_FRA, "FRA"),
                actual(missingHawb, "RCS", RECEIVED_AT, "FRA")))),
                "events[1].subject", "events[3].subject");

        assertThat(timeline()).isEmpty();
        assertThat(mawb()).isEqualTo(mawb);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void recordOfAnEventForAMissingMawbOrHawbIsNotFound() {
        ShipmentRef missingMawb = ShipmentRef.of(MawbId.of(UUID.randomUUID()));
        ShipmentRef missingHawb = ShipmentRef.of(HawbId.of(UUID.randomUUID()));

        assertThatThrownBy(() -> fx.platform.events().record(actual(missingMawb, "BKD", BOOKED_AT, "FRA")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.events().record(actual(missingHawb, "BKD", BOOKED_AT, "FRA")))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.published()).isEmpty();
    }

    // --------------------------------------------------------------------------------------------- never backwards

    @Test
    void anOlderEventArrivingLateNeverMovesTheStatusBackwards() {
        fx.record(master, "ARR", ARRIVED_ORD, "ORD");
        Mawb arrived = mawb();
        fx.forgetPublished();

        EventOutcome late = fx.record(master, "DEP", DEPARTED_FRA, "FRA");

        assertThat(late.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(mawb()).isEqualTo(arrived);
        assertThat(mawb().statusAsOf()).isEqualTo(ARRIVED_ORD.toInstant());
        assertThat(fx.published(ShipmentStatusChanged.class)).isEmpty();
        assertThat(fx.published(EventsRecorded.class)).hasSize(1);
        assertThat(timeline()).extracting(TrackingEvent::code).extracting(EventCode::value)
                .containsExactly("DEP", "ARR");
    }

    @Test
    void anOlderEventOfTheSameRankArrivingLateDoesNotUndoTheTransit() {
        fx.record(master, "ARR", ARRIVED_LHR, "LHR");
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);

        fx.record(master, "DEP", DEPARTED_FRA, "FRA");

        assertThat(mawb().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(mawb().statusAsOf()).isEqualTo(ARRIVED_LHR.toInstant());
    }

    @Test
    void aLaterEventOfTheSameRankMovesAMultiLegRouteOn() {
        fx.record(master, "DEP", DEPARTED_FRA, "FRA");
        fx.record(master, "ARR", ARRIVED_LHR, "LHR");
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);

        fx.record(master, "DEP", DEPARTED_LHR, "LHR");
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.DEPARTED);

        fx.record(master, "ARR", ARRIVED_ORD, "ORD");
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.ARRIVED);
        assertThat(fx.published(ShipmentStatusChanged.class)).extracting(ShipmentStatusChanged::to).containsExactly(
                ShipmentStatus.DEPARTED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.DEPARTED, ShipmentStatus.ARRIVED);
    }

    @Test
    void aDeliveredShipmentIsNeverMovedAgain() {
        fx.record(master, "DLV", DELIVERED_AT, "ORD");
        Mawb delivered = mawb();

        fx.record(master, "NFD", DELIVERED_AT.plusMinutes(30), "ORD");
        fx.record(master, "ARR", DELIVERED_AT.plusMinutes(40), "ORD");

        assertThat(mawb()).isEqualTo(delivered);
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void recordAllAppliesABatchInTheOrderTheEventsHappenedWhateverTheOrderAndOffsetsTheyCameIn() {
        RecordEventsResult result = fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "ARR", ARRIVED_ORD, "ORD"),
                actual(master, "DEP", DEPARTED_LHR.atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo"))
                        .toOffsetDateTime(), "LHR"),
                actual(master, "ARR", ARRIVED_LHR, "LHR"),
                actual(master, "DEP", DEPARTED_FRA, "FRA"))));

        assertThat(result.recorded()).isEqualTo(4);
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.ARRIVED);
        assertThat(mawb().statusAsOf()).isEqualTo(ARRIVED_ORD.toInstant());
        assertThat(mawb().version()).isEqualTo(2);
        assertThat(fx.published(ShipmentStatusChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.from()).isEqualTo(ShipmentStatus.CREATED);
            assertThat(changed.to()).isEqualTo(ShipmentStatus.ARRIVED);
        });
    }

    @Test
    void recordAllOrdersABatchByTheInstantsOfItsEventsNotByTheirLocalClockReadings() {
        // By instant: DEP 10:00Z, TFD 11:00Z, RCS 12:00Z -> IN_TRANSIT (the late RCS ranks lower and moves nothing).
        // By local clock reading (or batch order) RCS 07:00, DEP 11:00, TFD 20:00 would end DEPARTED.
        OffsetDateTime rcs = OffsetDateTime.parse("2025-03-15T07:00:00-05:00");
        OffsetDateTime dep = OffsetDateTime.parse("2025-03-15T11:00:00+01:00");
        OffsetDateTime tfd = OffsetDateTime.parse("2025-03-15T20:00:00+09:00");

        fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "RCS", rcs, "FRA"),
                actual(master, "DEP", dep, "FRA"),
                actual(master, "TFD", tfd, "LHR"))));

        assertThat(mawb().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(mawb().statusAsOf()).isEqualTo(tfd.toInstant());
    }

    @Test
    void statusAsOfIsWhenTheEventThatSetTheStatusHappenedSoALaterEventOfTheSameRankStillMovesIt() {
        // docs/status-mapping.md, rule 2: an event of the same rank moves the status when it happened after the
        // event that set the current status (statusAsOf).
        OffsetDateTime receivedLate = OffsetDateTime.parse("2025-03-15T12:00:00Z");
        OffsetDateTime departed = OffsetDateTime.parse("2025-03-15T10:00:00Z");
        OffsetDateTime transferred = OffsetDateTime.parse("2025-03-15T11:00:00Z");
        fx.record(master, "FOH", receivedLate, "FRA");

        fx.record(master, "DEP", departed, "FRA");   // ranks higher: moves, and is the event that set DEPARTED
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.DEPARTED);
        assertThat(mawb().statusAsOf()).isEqualTo(departed.toInstant());

        fx.record(master, "TFD", transferred, "LHR"); // same rank, after the departure: moves
        assertThat(mawb().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    // ------------------------------------------------------------------------------------------------ HAWB events

    @Test
    void aHawbEventMovesTheHawbJudgedAtItsMawbsDestinationAndLeavesTheMawb() {
        Mawb toLax = fx.createMawb(TestData.mawbBuilder(7654321).destination("LAX"));
        Hawb arrivesAtLax = fx.createHawb(toLax, "HAM0042");
        Hawb passesOrd = fx.createHawb(toLax, "HAM0043");
        fx.forgetPublished();

        fx.record(ShipmentRef.of(arrivesAtLax.id()), "ARR", ARRIVED_ORD, "LAX");
        fx.record(ShipmentRef.of(passesOrd.id()), "ARR", ARRIVED_ORD, "ORD");

        Hawb arrived = fx.platform.hawbs().get(arrivesAtLax.id());
        assertThat(arrived.status()).isEqualTo(ShipmentStatus.ARRIVED);
        assertThat(arrived.statusAsOf()).isEqualTo(ARRIVED_ORD.toInstant());
        assertThat(arrived.version()).isEqualTo(2);
        assertThat(fx.platform.hawbs().get(passesOrd.id()).status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(fx.platform.mawbs().get(toLax.id())).isEqualTo(toLax);
        assertThat(fx.published(ShipmentStatusChanged.class))
                .extracting(ShipmentStatusChanged::shipment, ShipmentStatusChanged::from, ShipmentStatusChanged::to)
                .containsExactly(
                        tuple(ShipmentRef.of(arrivesAtLax.id()), ShipmentStatus.CREATED, ShipmentStatus.ARRIVED),
                        tuple(ShipmentRef.of(passesOrd.id()), ShipmentStatus.CREATED, ShipmentStatus.IN_TRANSIT));
    }

    @Test
    void aHawbEventIsJudgedAtTheDestinationItsMawbHasNow() {
        Hawb house = fx.createHawb(mawb, "HAM0042");
        MawbDetails rerouted = TestData.mawbBuilder(1234567).destination("LAX").build().details();
        fx.platform.mawbs().update(new UpdateMawbCommand(mawb.id(), 1, rerouted));

        fx.record(ShipmentRef.of(house.id()), "ARR", ARRIVED_ORD, "LAX");

        assertThat(fx.platform.hawbs().get(house.id()).status()).isEqualTo(ShipmentStatus.ARRIVED);
    }

    @Test
    void recordAllMovesEveryShipmentItNamesMawbsAndHawbsAlike() {
        Hawb house = fx.createHawb(mawb, "HAM0042");
        Mawb other = fx.createMawb(7654321);

        fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "DEP", DEPARTED_FRA, "FRA"),
                actual(ShipmentRef.of(house.id()), "RCS", RECEIVED_AT, "FRA"),
                actual(ShipmentRef.of(other.id()), "BKD", BOOKED_AT, "FRA"))));

        assertThat(mawb().status()).isEqualTo(ShipmentStatus.DEPARTED);
        assertThat(fx.platform.hawbs().get(house.id()).status()).isEqualTo(ShipmentStatus.RECEIVED);
        assertThat(fx.platform.mawbs().get(other.id()).status()).isEqualTo(ShipmentStatus.BOOKED);
    }

    // -------------------------------------------------------------------------------------------------- timeline

    @Test
    void timelineListsEventsInTheOrderTheyHappenedAcrossOffsetsKeepingEachOffset() {
        // Recorded out of order; their local clock readings would order them DEP (07:10), ARR (08:02), RCS (16:00).
        OffsetDateTime rcs = OffsetDateTime.parse("2025-03-14T16:00:00+01:00");          // 15:00Z
        OffsetDateTime dep = OffsetDateTime.parse("2025-03-15T07:10:00+09:00");          // 14-03 22:10Z
        OffsetDateTime arr = OffsetDateTime.parse("2025-03-15T08:02:00-05:00");          // 13:02Z
        fx.record(master, "ARR", arr, "ORD");
        fx.record(master, "RCS", rcs, "FRA");
        fx.record(master, "DEP", dep, "FRA");

        List<TrackingEvent> timeline = timeline();

        assertThat(timeline).extracting(TrackingEvent::occurredAt).containsExactly(rcs, dep, arr);
        assertThat(timeline).extracting(e -> e.occurredAt().getOffset())
                .containsExactly(rcs.getOffset(), dep.getOffset(), arr.getOffset());
    }

    @Test
    void timelineOfAMawbAddsItsHawbsEventsOnlyWhenAsked() {
        Hawb house = fx.createHawb(mawb, "HAM0042");
        Mawb other = fx.createMawb(7654321);
        Hawb otherHouse = fx.createHawb(other, "HAM0042");
        fx.record(master, "DEP", DEPARTED_FRA, "FRA");
        fx.record(ShipmentRef.of(house.id()), "RCS", RECEIVED_AT, "FRA");
        fx.record(master, "ARR", ARRIVED_ORD, "ORD");
        fx.record(ShipmentRef.of(house.id()), "DLV", DELIVERED_AT, "ORD");
        fx.record(ShipmentRef.of(otherHouse.id()), "RCS", RECEIVED_AT.plusMinutes(1), "FRA");

        List<TrackingEvent> withHouses = fx.platform.events().timeline(master, true);
        List<TrackingEvent> withoutHouses = fx.platform.events().timeline(master, false);

        assertThat(withHouses).extracting(e -> e.subject().kind() + " " + e.code())
                .containsExactly("HAWB RCS", "MAWB DEP", "MAWB ARR", "HAWB DLV");
        assertThat(withHouses).extracting(TrackingEvent::subject)
                .doesNotContain(ShipmentRef.of(otherHouse.id()));
        assertThat(withoutHouses).extracting(e -> e.code().value()).containsExactly("DEP", "ARR");
    }

    @Test
    void timelineOfAHawbHoldsOnlyItsOwnEvents() {
        Hawb house = fx.createHawb(mawb, "HAM0042");
        fx.record(master, "DEP", DEPARTED_FRA, "FRA");
        fx.record(ShipmentRef.of(house.id()), "RCS", RECEIVED_AT, "FRA");

        assertThat(fx.platform.events().timeline(ShipmentRef.of(house.id()), true))
                .extracting(e -> e.code().value()).containsExactly("RCS");
    }

    @Test
    void timelineOfAMissingMawbOrHawbIsNotFound() {
        assertThatThrownBy(() -> fx.platform.events().timeline(ShipmentRef.of(MawbId.of(UUID.randomUUID())), true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.events().timeline(ShipmentRef.of(HawbId.of(UUID.randomUUID())), false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void timelineOfAMawbWithoutEventsIsEmpty() {
        assertThat(fx.platform.events().timeline(master, true)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ command validation

    @Test
    void recordRefusesACommandWithoutItsRequiredFieldsNamingEachOne() {
        assertRejected(() -> fx.platform.events().record(new RecordEventCommand(null, null, null, null, null, null,
                null, null, null, null, null)), "subject", "code", "timeType", "occurredAt", "source");
    }

    @Test
    void recordRefusesMoreThan50MetadataEntriesAndAcceptsExactly50() {
        Map<String, String> fifty = metadata(50);
        Map<String, String> fiftyOne = metadata(51);

        assertRejected(() -> fx.platform.events().record(withMetadata(actual(master, "BKD", BOOKED_AT, "FRA"),
                fiftyOne)), "metadata");
        fx.platform.events().record(withMetadata(actual(master, "BKD", BOOKED_AT, "FRA"), fifty));

        assertThat(timeline()).singleElement().satisfies(e -> assertThat(e.metadata()).hasSize(50));
    }

    @Test
    void recordRefusesMetadataWithABlankOrOverLongKeyOrAnOverLongValue() {
        RecordEventCommand base = actual(master, "BKD", BOOKED_AT, "FRA");

        assertRejected(() -> withMetadata(base, Map.of(" ", "x")), "metadata");
        assertRejected(() -> withMetadata(base, Map.of("k".repeat(65), "x")), "metadata");
        assertRejected(() -> withMetadata(base, Map.of("k", "v".repeat(1001))), "metadata");
    }

    @Test
    void recordRefusesRemarksOver1000CharactersAndAnOverLongDedupeKey() {
        RecordEventCommand base = actual(master, "BKD", BOOKED_AT, "FRA");

        assertRejected(() -> withRemarks(base, "r".repeat(1001)), "remarks");
        assertRejected(() -> withKey(base, "k".repeat(DedupeKeys.MAX_LENGTH + 1)), "dedupeKey");
        fx.platform.events().record(withRemarks(base, "r".repeat(1000)));
        assertThat(timeline()).singleElement().satisfies(e -> assertThat(e.remarks()).hasSize(1000));
    }

    @Test
    void recordAllRefusesAnEmptyBatchAndABatchOfMoreThan1000Events() {
        List<RecordEventCommand> tooMany = IntStream.range(0, RecordEventsCommand.MAX_EVENTS + 1)
                .mapToObj(i -> actual(master, "DIS", BOOKED_AT.plusMinutes(i), "FRA")).toList();

        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(List.of())), "events");
        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(null)), "events");
        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(tooMany)), "events");
        List<RecordEventCommand> withNull = new ArrayList<>(List.of(actual(master, "BKD", BOOKED_AT, "FRA")));
        withNull.add(null);
        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(withNull)), "events[1]");
        assertThat(timeline()).isEmpty();
    }

    @Test
    void recordAllAcceptsABatchOfExactly1000Events() {
        List<RecordEventCommand> thousand = IntStream.range(0, RecordEventsCommand.MAX_EVENTS)
                .mapToObj(i -> actual(master, "DIS", BOOKED_AT.plusMinutes(i), "FRA")).toList();

        RecordEventsResult result = fx.platform.events().recordAll(new RecordEventsCommand(thousand));

        assertThat(result.recorded()).isEqualTo(1000);
        assertThat(timeline()).hasSize(1000);
    }

    // ---------------------------------------------------------------------------------------- all or nothing

    @Test
    void aBatchThatFailsAfterSomeShipmentsWereMovedLeavesNoEventAndNoStatusChange() {
        Mawb second = fx.createMawb(7654321);
        ShipmentRef secondRef = ShipmentRef.of(second.id());
        fx.platform.subscribe(ShipmentStatusChanged.class, changed -> {
            if (changed.shipment().equals(secondRef)) {
                throw new IllegalStateException("listener failed");
            }
        });

        assertThatThrownBy(() -> fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "DEP", DEPARTED_FRA, "FRA"),
                actual(secondRef, "DEP", DEPARTED_FRA, "FRA")))))
                .hasMessage("listener failed");

        assertThat(timeline()).isEmpty();
        assertThat(fx.platform.events().timeline(secondRef, true)).isEmpty();
        assertThat(mawb()).isEqualTo(mawb);
        assertThat(fx.platform.mawbs().get(second.id())).isEqualTo(second);
        // and the same events can be recorded afterwards: nothing of the failed batch is left to dedupe against
        RecordEventsResult retry = fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                actual(master, "DEP", DEPARTED_FRA, "FRA"))));
        assertThat(retry.recorded()).isEqualTo(1);
    }

    @Test
    void anEventWhoseListenerFailsIsNotStoredAndMovesNothing() {
        fx.platform.subscribe(EventsRecorded.class, recorded -> {
            throw new IllegalStateException("listener failed");
        });

        assertThatThrownBy(() -> fx.record(master, "DEP", DEPARTED_FRA, "FRA")).hasMessage("listener failed");

        assertThat(timeline()).isEmpty();
        assertThat(mawb()).isEqualTo(mawb);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private Mawb mawb() {
        return fx.platform.mawbs().get(mawb.id());
    }

    private List<TrackingEvent> timeline() {
        return fx.platform.events().timeline(master, false);
    }

    private static Map<String, String> metadata(int entries) {
        Map<String, String> metadata = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            metadata.put("key" + i, "value" + i);
        }
        return metadata;
    }

    private static RecordEventCommand withKey(RecordEventCommand c, String dedupeKey) {
        return new RecordEventCommand(c.subject(), c.code(), c.timeType(), c.occurredAt(), c.location(), c.portion(),
                c.flight(), c.source(), c.remarks(), c.metadata(), dedupeKey);
    }

    private static RecordEventCommand withMetadata(RecordEventCommand c, Map<String, String> metadata) {
        return new RecordEventCommand(c.subject(), c.code(), c.timeType(), c.occurredAt(), c.location(), c.portion(),
                c.flight(), c.source(), c.remarks(), metadata, c.dedupeKey());
    }

    private static RecordEventCommand withRemarks(RecordEventCommand c, String remarks) {
        return new RecordEventCommand(c.subject(), c.code(), c.timeType(), c.occurredAt(), c.location(), c.portion(),
                c.flight(), c.source(), remarks, c.metadata(), c.dedupeKey());
    }
}
