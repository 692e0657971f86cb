package dev.tracking.core.domain.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.testing.Fixtures;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule by which events move a shipment's status, as {@link StatusProgression}'s Javadoc documents it. */
class StatusProgressionTest {

    private static final AirportCode LHR = Fixtures.LHR;
    private static final AirportCode FRA = Fixtures.FRA;
    private static final AirportCode ORD = Fixtures.ORD;
    private static final ShipmentRef SUBJECT = ShipmentRef.of(Fixtures.mawbId());
    private static final Instant NOW = Instant.parse("2025-03-10T00:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    /** Destination ORD: a shipment from LHR via FRA. */
    private final StatusProgression progression = new StatusProgression(ORD);

    private static TrackingEvent event(FsuCode code, String occurredAt, AirportCode location) {
        return event(EventCode.of(code), TimeType.ACTUAL, occurredAt, location);
    }

    private static TrackingEvent event(EventCode code, TimeType timeType, String occurredAt, AirportCode location) {
        long n = IDS.incrementAndGet();
        return new TrackingEvent(EventId.of(new UUID(0x0192f3e45b6c7000L, n)), SUBJECT, code, timeType,
                OffsetDateTime.parse(occurredAt), location, null, null, EventSource.CARRIER, null, null,
                "test-" + n, NOW, "feed");
    }

    private StatusState apply(StatusState state, TrackingEvent... events) {
        return progression.apply(state, List.of(events));
    }

    private StatusState applyFromStart(TrackingEvent... events) {
        return apply(StatusState.initial(), events);
    }

    private static StatusState state(ShipmentStatus status, String asOf) {
        return new StatusState(status, Instant.parse(asOf), CustomsStatus.NOT_REPORTED);
    }

    /** The documented mapping of every FSU code, at the destination; a new code must be added here to compile. */
    private static Optional<ShipmentStatus> documentedStatusAtDestination(FsuCode code) {
        return Optional.ofNullable(switch (code) {
            case BKD -> ShipmentStatus.BOOKED;
            case FOH, RCS -> ShipmentStatus.RECEIVED;
            case PRE, MAN -> ShipmentStatus.MANIFESTED;
            case DEP -> ShipmentStatus.DEPARTED;
            case TFD, RCT, TRM -> ShipmentStatus.IN_TRANSIT;
            case ARR -> ShipmentStatus.ARRIVED;
            case RCF -> ShipmentStatus.RECEIVED_AT_DESTINATION;
            case NFD -> ShipmentStatus.NOTIFIED;
            case DLV, DDL -> ShipmentStatus.DELIVERED;
            case CRC, TGC, CCD, AWR, AWD, DIS, DOC, OCI, FFM -> null;
        });
    }

    @Nested
    class Mapping {

        @ParameterizedTest
        @EnumSource(FsuCode.class)
        void mapsEveryFsuCodeAsDocumented(FsuCode code) {
            assertThat(progression.statusFor(code, ORD)).isEqualTo(documentedStatusAtDestination(code));
        }

        @ParameterizedTest
        @EnumSource(FsuCode.class)
        void actualEventAtDestinationMovesANewShipmentToTheMappedStatus(FsuCode code) {
            StatusState after = applyFromStart(event(code, "2025-03-01T10:00:00Z", ORD));

            assertThat(after.status())
                    .isEqualTo(documentedStatusAtDestination(code).orElse(ShipmentStatus.CREATED));
        }

        @ParameterizedTest
        @EnumSource(value = FsuCode.class, names = {"ARR", "RCF"})
        void arrivalOrReceptionAtATransitAirportIsInTransit(FsuCode code) {
            assertThat(progression.statusFor(code, FRA)).contains(ShipmentStatus.IN_TRANSIT);
            assertThat(applyFromStart(event(code, "2025-03-01T10:00:00Z", FRA)).status())
                    .isEqualTo(ShipmentStatus.IN_TRANSIT);
        }

        @Test
        void arrivalAtTheDestinationIsArrivedAndReceptionThereIsReceivedAtDestination() {
            assertThat(progression.statusFor(FsuCode.ARR, ORD)).contains(ShipmentStatus.ARRIVED);
            assertThat(progression.statusFor(FsuCode.RCF, ORD)).contains(ShipmentStatus.RECEIVED_AT_DESTINATION);
        }

        @Test
        void arrivalWithoutLocationCountsAsArrivalAtTheDestination() {
            assertThat(progression.statusFor(FsuCode.ARR, null)).contains(ShipmentStatus.ARRIVED);
        }

        @ParameterizedTest
        @EnumSource(value = FsuCode.class, names = {"BKD", "RCS", "MAN", "DEP", "TFD", "NFD", "DLV"})
        void codesOtherThanArrAndRcfMeanTheSameEverywhere(FsuCode code) {
            assertThat(progression.statusFor(code, FRA)).isEqualTo(progression.statusFor(code, ORD));
        }

        @Test
        void firstMoveRecordsWhenTheEventHappened() {
            assertThat(StatusState.initial().asOf()).isNull();

            StatusState after = applyFromStart(event(FsuCode.BKD, "2025-03-01T10:00:00+01:00", LHR));

            assertThat(after.asOf()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        }
    }

    @Nested
    class WhatNeverMovesAStatus {

        @ParameterizedTest
        @EnumSource(value = TimeType.class, names = {"PLANNED", "ESTIMATED"})
        void plannedAndEstimatedEventsNeverMoveStatusOrCustoms(TimeType timeType) {
            StatusState before = state(ShipmentStatus.MANIFESTED, "2025-03-01T08:00:00Z");

            for (FsuCode code : FsuCode.values()) {
                TrackingEvent notActual = event(EventCode.of(code), timeType, "2025-03-02T10:00:00Z", ORD);
                assertThat(apply(before, notActual)).as("%s %s", timeType, code).isEqualTo(before);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"TRUCK_LOADED", "DELIVERED", "ARRIVED_AT_CFS", "CUSTOMS_CLEARED"})
        void customCodesNeverMoveStatusOrCustoms(String custom) {
            StatusState before = state(ShipmentStatus.DEPARTED, "2025-03-01T08:00:00Z");

            TrackingEvent event = event(EventCode.of(custom), TimeType.ACTUAL, "2025-03-02T10:00:00Z", ORD);

            assertThat(apply(before, event)).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = FsuCode.class, names = {"AWR", "AWD", "DIS", "DOC", "OCI", "FFM"})
        void informationalCodesMoveNothing(FsuCode code) {
            StatusState before = state(ShipmentStatus.ARRIVED, "2025-03-01T08:00:00Z");

            assertThat(apply(before, event(code, "2025-03-02T10:00:00Z", ORD))).isEqualTo(before);
        }
    }

    @Nested
    class Customs {

        @Test
        void crcTgcAndCcdMoveOnlyTheCustomsStanding() {
            StatusState arrived = state(ShipmentStatus.ARRIVED, "2025-03-01T08:00:00Z");

            StatusState reported = apply(arrived, event(FsuCode.CRC, "2025-03-01T09:00:00Z", ORD));
            StatusState controlled = apply(reported, event(FsuCode.TGC, "2025-03-01T10:00:00Z", ORD));
            StatusState cleared = apply(controlled, event(FsuCode.CCD, "2025-03-01T11:00:00Z", ORD));

            assertThat(reported.customs()).isEqualTo(CustomsStatus.REPORTED);
            assertThat(controlled.customs()).isEqualTo(CustomsStatus.UNDER_CUSTOMS_CONTROL);
            assertThat(cleared.customs()).isEqualTo(CustomsStatus.CLEARED);
            assertThat(List.of(reported, controlled, cleared)).allSatisfy(s -> {
                assertThat(s.status()).isEqualTo(ShipmentStatus.ARRIVED);
                assertThat(s.asOf()).isEqualTo(arrived.asOf());
            });
        }

        @Test
        void customsStandingMovesForwardOnly() {
            StatusState cleared = applyFromStart(event(FsuCode.CCD, "2025-03-01T11:00:00Z", ORD));

            StatusState afterLateReports = apply(cleared,
                    event(FsuCode.CRC, "2025-03-01T12:00:00Z", ORD),
                    event(FsuCode.TGC, "2025-03-01T13:00:00Z", ORD));

            assertThat(afterLateReports.customs()).isEqualTo(CustomsStatus.CLEARED);
        }

        @Test
        void customsCanSkipSteps() {
            assertThat(applyFromStart(event(FsuCode.TGC, "2025-03-01T11:00:00Z", ORD)).customs())
                    .isEqualTo(CustomsStatus.UNDER_CUSTOMS_CONTROL);
        }
    }

    @Nested
    class Ordering {

        @Test
        void deliveredIsFinal() {
            StatusState delivered = applyFromStart(event(FsuCode.DLV, "2025-03-05T10:00:00Z", ORD));

            StatusState after = apply(delivered,
                    event(FsuCode.NFD, "2025-03-06T10:00:00Z", ORD),
                    event(FsuCode.ARR, "2025-03-06T11:00:00Z", ORD),
                    event(FsuCode.DEP, "2025-03-06T12:00:00Z", LHR),
                    event(FsuCode.DDL, "2025-03-06T13:00:00Z", ORD));

            assertThat(after.status()).isEqualTo(ShipmentStatus.DELIVERED);
            assertThat(after.asOf()).isEqualTo(Instant.parse("2025-03-05T10:00:00Z"));
            assertThat(delivered.status().isFinal()).isTrue();
        }

        @Test
        void olderArrivalRecordedAfterDeliveryStaysDelivered() {
            StatusState delivered = applyFromStart(event(FsuCode.DLV, "2025-03-05T10:00:00Z", ORD));

            StatusState after = apply(delivered, event(FsuCode.ARR, "2025-03-03T10:00:00Z", ORD));

            assertThat(after).isEqualTo(delivered);
        }

        @Test
        void olderDepartureRecordedAfterArrivalStaysArrived() {
            StatusState arrived = applyFromStart(event(FsuCode.ARR, "2025-03-02T10:00:00Z", ORD));

            StatusState after = apply(arrived, event(FsuCode.DEP, "2025-03-01T10:00:00Z", LHR));

            assertThat(after).isEqualTo(arrived);
        }

        @Test
        void olderEventOfTheSameRankRecordedLateDoesNotMoveTheStatus() {
            StatusState inTransit = applyFromStart(
                    event(FsuCode.DEP, "2025-03-01T10:00:00Z", LHR),
                    event(FsuCode.ARR, "2025-03-01T12:00:00Z", FRA));

            StatusState after = apply(inTransit, event(FsuCode.DEP, "2025-03-01T09:00:00Z", LHR));

            assertThat(after.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
            assertThat(after.asOf()).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        }

        @Test
        void newerEventOfTheSameRankMovesTheStatus() {
            StatusState departed = state(ShipmentStatus.DEPARTED, "2025-03-01T10:00:00Z");

            StatusState after = apply(departed, event(FsuCode.TFD, "2025-03-01T11:00:00Z", FRA));

            assertThat(after.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
            assertThat(after.asOf()).isEqualTo(Instant.parse("2025-03-01T11:00:00Z"));
        }

        @Test
        void higherRankMovesTheStatusWheneverItArrives() {
            StatusState manifested = state(ShipmentStatus.MANIFESTED, "2025-03-01T10:00:00Z");

            StatusState after = apply(manifested, event(FsuCode.DEP, "2025-03-01T09:00:00Z", LHR));

            assertThat(after.status()).isEqualTo(ShipmentStatus.DEPARTED);
        }

        @Test
        void multiLegRouteGoesDepartedInTransitDepartedArrived() {
            TrackingEvent depLhr = event(FsuCode.DEP, "2025-03-01T10:00:00Z", LHR);
            TrackingEvent arrFra = event(FsuCode.ARR, "2025-03-01T12:30:00Z", FRA);
            TrackingEvent depFra = event(FsuCode.DEP, "2025-03-01T15:00:00Z", FRA);
            TrackingEvent arrOrd = event(FsuCode.ARR, "2025-03-02T00:30:00Z", ORD);

            StatusState s1 = applyFromStart(depLhr);
            StatusState s2 = apply(s1, arrFra);
            StatusState s3 = apply(s2, depFra);
            StatusState s4 = apply(s3, arrOrd);

            assertThat(List.of(s1, s2, s3, s4)).extracting(StatusState::status).containsExactly(
                    ShipmentStatus.DEPARTED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.DEPARTED,
                    ShipmentStatus.ARRIVED);
            assertThat(s4.asOf()).isEqualTo(arrOrd.occurredInstant());
        }

        @Test
        void appliesEventsInTheOrderTheyHappenedWhateverTheListOrder() {
            List<TrackingEvent> route = List.of(
                    event(FsuCode.BKD, "2025-02-28T10:00:00Z", LHR),
                    event(FsuCode.RCS, "2025-03-01T06:00:00Z", LHR),
                    event(FsuCode.DEP, "2025-03-01T10:00:00Z", LHR),
                    event(FsuCode.ARR, "2025-03-01T12:30:00Z", FRA),
                    event(FsuCode.DEP, "2025-03-01T15:00:00Z", FRA));
            List<TrackingEvent> reversed = new ArrayList<>(route);
            Collections.reverse(reversed);
            List<TrackingEvent> shuffled = List.of(route.get(3), route.get(0), route.get(4), route.get(2),
                    route.get(1));

            StatusState inOrder = progression.apply(StatusState.initial(), route);

            assertThat(inOrder.status()).isEqualTo(ShipmentStatus.DEPARTED);
            assertThat(inOrder.asOf()).isEqualTo(Instant.parse("2025-03-01T15:00:00Z"));
            assertThat(progression.apply(StatusState.initial(), reversed)).isEqualTo(inOrder);
            assertThat(progression.apply(StatusState.initial(), shuffled)).isEqualTo(inOrder);
        }

        @Test
        void comparesOccurrenceTimesAsInstantsAcrossOffsets() {
            // Local clock times suggest DEP(FRA) 09:45 before ARR(FRA) 10:30; as instants ARR (08:30Z) comes first.
            TrackingEvent depLhr = event(FsuCode.DEP, "2025-03-01T07:00:00+00:00", LHR);
            TrackingEvent arrFra = event(FsuCode.ARR, "2025-03-01T10:30:00+02:00", FRA);
            TrackingEvent depFra = event(FsuCode.DEP, "2025-03-01T09:45:00+00:00", FRA);

            StatusState after = progression.apply(StatusState.initial(), List.of(depFra, arrFra, depLhr));

            assertThat(after.status()).isEqualTo(ShipmentStatus.DEPARTED);
            assertThat(after.asOf()).isEqualTo(Instant.parse("2025-03-01T09:45:00Z"));
        }

        @Test
        void sameRankEventAtALaterInstantButEarlierLocalTimeMovesTheStatus() {
            StatusState departed = applyFromStart(event(FsuCode.DEP, "2025-03-01T10:00:00+02:00", FRA));

            // 09:30Z is after 08:00Z although 09:30 reads earlier than 10:00
            StatusState after = apply(departed, event(FsuCode.TRM, "2025-03-01T09:30:00Z", FRA));

            assertThat(after.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        }

        @Test
        void noEventsLeaveTheStateAsItWas() {
            StatusState before = state(ShipmentStatus.BOOKED, "2025-03-01T10:00:00Z");

            assertThat(progression.apply(before, List.of())).isEqualTo(before);
        }
    }

    @Nested
    class OnShipments {

        private final MawbId mawbId = Fixtures.mawbId();
        private final Instant created = Instant.parse("2025-02-27T00:00:00Z");

        private Mawb newMawb() {
            return Mawb.create(mawbId, AwbNumber.parse("176-12345675"), "EK", Fixtures.mawbDetails(LHR, ORD),
                    created);
        }

        @Test
        void mawbMovesByItsDestinationAndKeepsItsVersion() {
            Mawb mawb = newMawb().withVersion(4);

            Mawb after = mawb.applyEvents(List.of(
                    event(FsuCode.DEP, "2025-03-01T10:00:00Z", LHR),
                    event(FsuCode.ARR, "2025-03-01T12:30:00Z", FRA),
                    event(FsuCode.DEP, "2025-03-01T15:00:00Z", FRA),
                    event(FsuCode.ARR, "2025-03-02T00:30:00Z", ORD)), NOW);

            assertThat(after.status()).isEqualTo(ShipmentStatus.ARRIVED);
            assertThat(after.statusAsOf()).isEqualTo(Instant.parse("2025-03-02T00:30:00Z"));
            assertThat(after.updatedAt()).isEqualTo(NOW);
            assertThat(after.createdAt()).isEqualTo(created);
            assertThat(after.version()).isEqualTo(4);
        }

        @Test
        void mawbArrivalAtTransitAirportIsInTransit() {
            Mawb after = newMawb().applyEvents(List.of(event(FsuCode.ARR, "2025-03-01T12:30:00Z", FRA)), NOW);

            assertThat(after.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        }

        @Test
        void mawbCarriesTheCustomsStandingInItsDetails() {
            Mawb after = newMawb().applyEvents(List.of(event(FsuCode.CCD, "2025-03-02T09:00:00Z", ORD)), NOW);

            assertThat(after.status()).isEqualTo(ShipmentStatus.CREATED);
            assertThat(after.details().customs()).isEqualTo(CustomsStatus.CLEARED);
            assertThat(after.statusState().customs()).isEqualTo(CustomsStatus.CLEARED);
            assertThat(after.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void mawbIsUnchangedWhenNoEventMovesAnything() {
            Mawb mawb = newMawb();

            Mawb after = mawb.applyEvents(List.of(
                    event(EventCode.of("TRUCK_LOADED"), TimeType.ACTUAL, "2025-03-01T10:00:00Z", LHR),
                    event(EventCode.of(FsuCode.DEP), TimeType.PLANNED, "2025-03-01T10:00:00Z", LHR)), NOW);

            assertThat(after).isSameAs(mawb);
        }

        @Test
        void mawbDeliveredStaysDeliveredWhenAnOlderArrivalComesLate() {
            Mawb delivered = newMawb().applyEvents(List.of(event(FsuCode.DLV, "2025-03-05T10:00:00Z", ORD)), NOW);

            Mawb after = delivered.applyEvents(List.of(event(FsuCode.ARR, "2025-03-02T00:30:00Z", ORD)),
                    NOW.plusSeconds(60));

            assertThat(after).isSameAs(delivered);
        }

        @Test
        void hawbMovesByItsMawbsDestination() {
            Hawb hawb = Hawb.create(HawbId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000009")), mawbId,
                    HawbNumber.parse("HX1"), Fixtures.hawbDetails(), created);

            Hawb inTransit = hawb.applyEvents(List.of(event(FsuCode.ARR, "2025-03-01T12:30:00Z", FRA)), ORD, NOW);
            Hawb arrived = inTransit.applyEvents(List.of(event(FsuCode.ARR, "2025-03-02T00:30:00Z", ORD)), ORD, NOW);

            assertThat(inTransit.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
            assertThat(arrived.status()).isEqualTo(ShipmentStatus.ARRIVED);
            assertThat(arrived.statusAsOf()).isEqualTo(Instant.parse("2025-03-02T00:30:00Z"));
            assertThat(arrived.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void hawbIsUnchangedByCustomsEventsAndByOlderEvents() {
            Hawb arrived = Hawb.create(HawbId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000009")), mawbId,
                    HawbNumber.parse("HX1"), Fixtures.hawbDetails(), created)
                    .applyEvents(List.of(event(FsuCode.ARR, "2025-03-02T00:30:00Z", ORD)), ORD, NOW);

            Hawb after = arrived.applyEvents(List.of(
                    event(FsuCode.CCD, "2025-03-02T09:00:00Z", ORD),
                    event(FsuCode.DEP, "2025-03-01T10:00:00Z", LHR)), ORD, NOW.plusSeconds(60));

            assertThat(after).isSameAs(arrived);
        }
    }
}
