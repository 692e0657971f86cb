package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.PortionType;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.testsupport.TestData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TrackingEventRepository} must do: store events exactly as given (offsets, metadata and all), skip
 * those whose {@code (subject, dedupeKey)} is stored already or comes earlier in the same batch, also when callers
 * race, and read a timeline in the order events happened. Extend this class in your adapter's tests and return ports
 * over an empty store from {@link #ports()}; see {@link PersistenceContract} for what the suites assume.
 */
public abstract class TrackingEventRepositoryContract extends PersistenceContract {

    /** A stored MAWB the events of a test belong to. */
    protected Mawb mawb;

    /** A stored HAWB under {@link #mawb}. */
    protected Hawb hawb;

    /** {@link #mawb} as an event subject. */
    protected ShipmentRef mawbRef;

    /** {@link #hawb} as an event subject. */
    protected ShipmentRef hawbRef;

    @BeforeEach
    void givenAShipment() {
        mawb = givenMawb(TestData.mawb(1));
        hawb = givenHawb(TestData.hawb(mawb, "HAM0042"));
        mawbRef = ShipmentRef.of(mawb.id());
        hawbRef = ShipmentRef.of(hawb.id());
    }

    // ------------------------------------------------------------------------------------------------- storing

    @Test
    void storesEveryEventAndReturnsThemInTheGivenOrder() {
        TrackingEvent arrived = TestData.event(mawbRef, "ARR", at("2025-03-15T15:32:00-05:00"));
        TrackingEvent departed = TestData.event(mawbRef, "DEP", at("2025-03-15T13:17:00+01:00"));
        TrackingEvent booked = TestData.event(hawbRef, "BKD", at("2025-03-10T08:00:00+01:00"));

        List<TrackingEvent> stored = events().insertNew(List.of(arrived, departed, booked));

        assertThat(ids(stored)).containsExactly(arrived.id(), departed.id(), booked.id());
        assertSameState(stored, List.of(arrived, departed, booked));
        assertThat(ids(events().findBySubjects(List.of(mawbRef, hawbRef))))
                .containsExactlyInAnyOrder(arrived.id(), departed.id(), booked.id());
    }

    @Test
    void everyFieldRoundTrips() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("handler", "Swissport Cargo Services");
        metadata.put("ulds", "PMC72534LH,AKE12345LH");
        metadata.put("備考", "東京行き – „Müller“");
        metadata.put("empty", "");
        TrackingEvent full = TestData.eventBuilder(mawbRef)
                .code("ARR")
                .occurredAt(at("2025-03-15T15:32:10.123456-05:00"))
                .location("ORD")
                .portion(new ShipmentPortion(PortionType.PART, 5, Weight.kg("512.125")))
                .flight("LH430")
                .source(EventSource.CARRIER)
                .remarks("Ankunft – 2 Paletten beschädigt, Müller & Söhne informiert")
                .metadata(metadata)
                .dedupeKey("fsu:020-12345675:ARR:ORD:2025-03-15T20:32:10.123456Z")
                .recordedAt(Instant.parse("2025-03-15T20:33:00.000001Z"))
                .recordedBy("anna.schmidt@example.com")
                .build();
        TrackingEvent minimal = TestData.eventBuilder(hawbRef)
                .code("TRUCK_LOADED")
                .timeType(TimeType.PLANNED)
                .occurredAt(at("2025-03-16T09:00:00Z"))
                .location(null)
                .portion(null)
                .flight(null)
                .source(EventSource.MANUAL)
                .build();
        TrackingEvent portionWithoutWeight = TestData.eventBuilder(hawbRef)
                .code("RCF")
                .timeType(TimeType.ESTIMATED)
                .portion(new ShipmentPortion(PortionType.TOTAL, 3, null))
                .source(EventSource.API)
                .build();

        events().insertNew(List.of(full, minimal, portionWithoutWeight));

        assertSameState(findById(full.id()), full);
        assertSameState(findById(minimal.id()), minimal);
        assertSameState(findById(portionWithoutWeight.id()), portionWithoutWeight);
        assertThat(findById(full.id()).metadata()).containsExactlyEntriesOf(full.metadata());
        assertThat(findById(minimal.id()).metadata()).isEmpty();
    }

    @Test
    void offsetsAndMicrosecondsRoundTripExactly() {
        List<OffsetDateTime> times = List.of(
                at("2025-03-15T10:45:00.000001+05:45"),
                at("2025-03-15T01:15:59.999999-03:30"),
                at("2025-03-15T04:30:00+00:00"),
                at("2025-03-15T18:30:00.5+14:00"),
                at("2025-03-14T17:30:00.25-12:00"));
        List<TrackingEvent> batch = times.stream()
                .map(time -> TestData.event(mawbRef, "DEP", time))
                .toList();

        events().insertNew(batch);

        for (TrackingEvent event : batch) {
            assertThat(findById(event.id()).occurredAt()).isEqualTo(event.occurredAt());
            assertThat(findById(event.id()).occurredAt().getOffset()).isEqualTo(event.occurredAt().getOffset());
        }
    }

    @Test
    void aBatchOfAThousandIsStored() {
        List<TrackingEvent> batch = new ArrayList<>();
        OffsetDateTime start = at("2025-03-15T00:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            batch.add(TestData.event(i % 2 == 0 ? mawbRef : hawbRef, "OCI", start.plusSeconds(i)));
        }

        List<TrackingEvent> stored = events().insertNew(batch);

        assertThat(ids(stored)).containsExactlyElementsOf(ids(batch));
        assertThat(events().findBySubjects(List.of(mawbRef, hawbRef))).hasSize(1_000);
    }

    @Test
    void anEmptyBatchStoresNothing() {
        assertThat(events().insertNew(List.of())).isEmpty();
        assertThat(events().findBySubjects(List.of(mawbRef))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- dedupe

    @Test
    void aKeyRepeatedWithinOneBatchIsStoredOnce() {
        TrackingEvent first = TestData.eventBuilder(mawbRef).dedupeKey("k-1").remarks("first").build();
        TrackingEvent other = TestData.eventBuilder(mawbRef).dedupeKey("k-2").build();
        TrackingEvent repeat = TestData.eventBuilder(mawbRef).dedupeKey("k-1").remarks("repeat").build();

        List<TrackingEvent> stored = events().insertNew(List.of(first, other, repeat));

        assertThat(ids(stored)).containsExactly(first.id(), other.id());
        assertThat(events().findBySubjects(List.of(mawbRef))).extracting(TrackingEvent::id)
                .containsExactlyInAnyOrder(first.id(), other.id());
        assertThat(findById(first.id()).remarks()).isEqualTo("first");
    }

    @Test
    void aKeyStoredBeforeIsSkipped() {
        TrackingEvent first = TestData.eventBuilder(mawbRef).dedupeKey("k-1").build();
        events().insertNew(List.of(first));
        TrackingEvent again = TestData.eventBuilder(mawbRef).dedupeKey("k-1").remarks("again").build();
        TrackingEvent fresh = TestData.eventBuilder(mawbRef).dedupeKey("k-2").build();

        List<TrackingEvent> onlyOld = events().insertNew(List.of(again));
        List<TrackingEvent> mixed = events().insertNew(List.of(again, fresh));

        assertThat(onlyOld).isEmpty();
        assertThat(ids(mixed)).containsExactly(fresh.id());
        assertThat(events().findBySubjects(List.of(mawbRef))).extracting(TrackingEvent::id)
                .containsExactlyInAnyOrder(first.id(), fresh.id());
    }

    @Test
    void derivedKeysMakeTheSameReportADuplicateEvenInAnotherOffset() {
        TrackingEvent reported = TestData.event(mawbRef, "ARR", at("2025-03-15T15:32:00-05:00"));
        TrackingEvent reportedAgainInUtc = TestData.event(mawbRef, "ARR", at("2025-03-15T20:32:00Z"));

        events().insertNew(List.of(reported));

        assertThat(events().insertNew(List.of(reportedAgainInUtc))).isEmpty();
        assertThat(events().findBySubjects(List.of(mawbRef))).singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(reported.occurredAt()));
    }

    @Test
    void theSameKeyOnAnotherSubjectIsNotADuplicate() {
        TrackingEvent onMawb = TestData.eventBuilder(mawbRef).dedupeKey("shared").build();
        TrackingEvent onHawb = TestData.eventBuilder(hawbRef).dedupeKey("shared").build();
        TrackingEvent onMawbAlready = TestData.eventBuilder(mawbRef).dedupeKey("shared").build();

        List<TrackingEvent> stored = events().insertNew(List.of(onMawb, onHawb));

        assertThat(ids(stored)).containsExactly(onMawb.id(), onHawb.id());
        assertThat(events().insertNew(List.of(onMawbAlready))).isEmpty();
    }

    @Test
    void racingCallersStoreEachKeyOnce() throws Exception {
        int callers = 4;
        int keys = 25;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<TrackingEvent>>> results = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                List<TrackingEvent> batch = new ArrayList<>();
                for (int k = 0; k < keys; k++) {
                    batch.add(TestData.eventBuilder(mawbRef).dedupeKey("race-" + k).recordedBy("caller-" + c)
                            .build());
                }
                results.add(pool.submit(() -> {
                    start.await();
                    return events().insertNew(batch);
                }));
            }
            start.countDown();
            int storedInAll = 0;
            for (Future<List<TrackingEvent>> result : results) {
                storedInAll += result.get(60, TimeUnit.SECONDS).size();
            }

            assertThat(storedInAll).isEqualTo(keys);
            assertThat(events().findBySubjects(List.of(mawbRef))).extracting(TrackingEvent::dedupeKey)
                    .hasSize(keys).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    // -------------------------------------------------------------------------------------------------- reads

    @Test
    void readsInTheOrderEventsHappenedThenByRecordingTimeThenId() {
        Instant recorded = Instant.parse("2025-03-16T00:00:00Z");
        // 15:32 in Chicago happens after 20:30 in Frankfurt although its local time is earlier
        TrackingEvent laterInChicago = TestData.eventBuilder(mawbRef).code("ARR")
                .occurredAt(at("2025-03-15T15:32:00-05:00")).recordedAt(recorded).build();
        TrackingEvent earlierInFrankfurt = TestData.eventBuilder(mawbRef).code("DEP")
                .occurredAt(at("2025-03-15T20:30:00+01:00")).recordedAt(recorded).build();
        // four events at 20:00Z, in three offsets: by recording time, then by id as unsigned bytes
        OffsetDateTime sameInstant = at("2025-03-15T22:00:00+02:00");
        TrackingEvent recordedLater = TestData.eventBuilder(mawbRef).code("RCF").occurredAt(sameInstant)
                .recordedAt(recorded.plusNanos(1_000)).build();
        TrackingEvent recordedFirstHighId = TestData.eventBuilder(mawbRef).code("NFD").id(uuid("f0000000"))
                .occurredAt(at("2025-03-15T20:00:00Z")).recordedAt(recorded).build();
        TrackingEvent recordedFirstLowId = TestData.eventBuilder(hawbRef).code("AWR").id(uuid("0f000000"))
                .occurredAt(at("2025-03-15T15:00:00-05:00")).recordedAt(recorded).build();
        TrackingEvent offsetZero = TestData.eventBuilder(mawbRef).code("CRC").id(uuid("7fffffff"))
                .occurredAt(at("2025-03-15T20:00:00Z")).recordedAt(recorded).build();
        events().insertNew(List.of(recordedLater, laterInChicago, recordedFirstHighId, earlierInFrankfurt,
                offsetZero, recordedFirstLowId));

        List<TrackingEvent> timeline = events().findBySubjects(List.of(mawbRef, hawbRef));

        assertThat(ids(timeline)).containsExactly(
                earlierInFrankfurt.id(),
                recordedFirstLowId.id(), offsetZero.id(), recordedFirstHighId.id(),
                recordedLater.id(),
                laterInChicago.id());
    }

    @Test
    void readsOnlyTheGivenSubjects() {
        Mawb otherMawb = givenMawb(TestData.mawb(2));
        ShipmentRef otherRef = ShipmentRef.of(otherMawb.id());
        TrackingEvent onMawb = TestData.event(mawbRef, "DEP", at("2025-03-15T13:17:00+01:00"));
        TrackingEvent onHawb = TestData.event(hawbRef, "DEP", at("2025-03-15T13:17:00+01:00"));
        TrackingEvent onOther = TestData.event(otherRef, "DEP", at("2025-03-15T13:17:00+01:00"));
        events().insertNew(List.of(onMawb, onHawb, onOther));

        assertThat(ids(events().findBySubjects(List.of(mawbRef)))).containsExactly(onMawb.id());
        assertThat(ids(events().findBySubjects(Set.of(hawbRef)))).containsExactly(onHawb.id());
        assertThat(ids(events().findBySubjects(List.of(mawbRef, otherRef))))
                .containsExactlyInAnyOrder(onMawb.id(), onOther.id());
        assertThat(events().findBySubjects(List.of())).isEmpty();
        assertThat(events().findBySubjects(List.of(ShipmentRef.of(new MawbId(UUID.randomUUID()))))).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** The stored event with this id, read through {@link TrackingEventRepository#findBySubjects}. */
    protected final TrackingEvent findById(EventId id) {
        return events().findBySubjects(List.of(mawbRef, hawbRef)).stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " was not stored"));
    }

    protected static List<EventId> ids(List<TrackingEvent> events) {
        return events.stream().map(TrackingEvent::id).toList();
    }

    protected static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    /** A UUID whose first 8 hex digits are {@code first8}, the rest fixed. */
    protected static UUID uuid(String first8) {
        return UUID.fromString(first8 + "-0000-7000-8000-000000000000");
    }
}
