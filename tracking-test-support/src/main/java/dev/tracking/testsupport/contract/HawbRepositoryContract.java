package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.testsupport.KeysetOrder;
import dev.tracking.testsupport.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link HawbRepository} must do: store and version HAWBs, keep numbers unique within a MAWB, filter by
 * {@link HawbCriteria}, sort by every {@link HawbSortField} in both directions and page by keyset as
 * {@link dev.tracking.core.domain.common.Keyset} defines. Extend this class in your adapter's tests and return ports
 * over an empty store from {@link #ports()}; see {@link PersistenceContract} for what the suites assume.
 */
public abstract class HawbRepositoryContract extends PersistenceContract {

    /** A base for creation times. */
    protected static final Instant T = Instant.parse("2025-03-01T06:00:00Z");

    /** All sort orders a HAWB list offers. */
    protected static Stream<HawbSort> allSorts() {
        return Arrays.stream(HawbSortField.values())
                .flatMap(field -> Arrays.stream(SortDirection.values()).map(dir -> new HawbSort(field, dir)));
    }

    // ------------------------------------------------------------------------------------------ insert and read

    @Test
    void insertStoresTheHawbAtVersionOne() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb hawb = TestData.hawb(mawb, "HAM0042");

        Hawb stored = hawbs().insert(hawb);

        assertThat(stored.version()).isEqualTo(1);
        assertSameState(stored, hawb.withVersion(1));
        assertSameState(hawbs().findById(hawb.id()).orElseThrow(), hawb.withVersion(1));
        assertSameState(hawbs().findByNumber(mawb.id(), hawb.number()).orElseThrow(), hawb.withVersion(1));
    }

    @Test
    void everyFieldRoundTrips() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb full = TestData.hawbBuilder(mawb, "NRT2025X")
                .details(new HawbDetails(
                        new Party("Müller & Söhne GmbH", "Königsallee 92\n40212 Düsseldorf", "Düsseldorf", "DE",
                                "versand@mueller-soehne.example"),
                        new Party("東京貿易株式会社", "千代田区丸の内1-1", "東京", "JP", "+81 3-1234-5678"),
                        new Party("Ørsted Toldspedition A/S", null, "København", "DK", null),
                        99_999, Weight.lb("999999999.999"), "Präzisionslager – “hochwertig”; 精密ベアリング"))
                .status(ShipmentStatus.RECEIVED_AT_DESTINATION, Instant.parse("2025-03-16T01:02:03.456789Z"))
                .createdAt(Instant.parse("2025-03-14T09:00:00.000001Z"))
                .updatedAt(Instant.parse("2025-03-16T01:02:04.999999Z"))
                .build();
        Hawb minimal = TestData.hawbBuilder(mawb, "1")
                .details(new HawbDetails(Party.named("S"), Party.named("C"), null, 1, Weight.kg("0.001"), null))
                .build();

        givenHawb(full);
        givenHawb(minimal);

        assertSameState(hawbs().findById(full.id()).orElseThrow(), full.withVersion(1));
        assertSameState(hawbs().findById(minimal.id()).orElseThrow(), minimal.withVersion(1));
        assertThat(hawbs().findById(full.id()).orElseThrow().details().weight().amount())
                .isEqualByComparingTo("999999999.999");
    }

    @Test
    void findsNothingUnknown() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Mawb other = givenMawb(TestData.mawb(2));
        givenHawb(TestData.hawb(mawb, "HAM0042"));

        assertThat(hawbs().findById(new HawbId(UUID.randomUUID()))).isEmpty();
        assertThat(hawbs().findByNumber(mawb.id(), new HawbNumber("HAM0043"))).isEmpty();
        assertThat(hawbs().findByNumber(other.id(), new HawbNumber("HAM0042"))).isEmpty();
        assertThat(hawbs().findByMawb(other.id())).isEmpty();
    }

    @Test
    void findByMawbListsItsHawbsByNumber() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Mawb other = givenMawb(TestData.mawb(2));
        for (String number : List.of("B2", "A9", "0001", "A10", "HAM0042")) {
            givenHawb(TestData.hawb(mawb, number));
        }
        givenHawb(TestData.hawb(other, "A5"));

        assertThat(hawbs().findByMawb(mawb.id())).extracting(h -> h.number().value())
                .containsExactly("0001", "A10", "A9", "B2", "HAM0042");
    }

    @Test
    void aNumberTakenWithinTheMawbIsADuplicate() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb first = givenHawb(TestData.hawb(mawb, "HAM0042"));
        Hawb again = TestData.hawb(mawb, "ham0042");

        assertThatThrownBy(() -> hawbs().insert(again))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.field()).isEqualTo("hawbNumber"));
        assertThat(hawbs().findById(again.id())).isEmpty();
        assertThat(hawbs().findByMawb(mawb.id())).extracting(Hawb::id).containsExactly(first.id());
    }

    @Test
    void theSameNumberUnderAnotherMawbIsFine() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Mawb other = givenMawb(TestData.mawb(2));
        Hawb first = givenHawb(TestData.hawb(mawb, "HAM0042"));

        Hawb second = hawbs().insert(TestData.hawb(other, "HAM0042"));

        assertThat(hawbs().findByNumber(mawb.id(), first.number())).map(Hawb::id).contains(first.id());
        assertThat(hawbs().findByNumber(other.id(), second.number())).map(Hawb::id).contains(second.id());
    }

    // ------------------------------------------------------------------------------------------------- update

    @Test
    void updateStoresTheChangeAndReturnsTheNextVersion() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb stored = givenHawb(TestData.hawb(mawb, "HAM0042"));
        Hawb changed = new Hawb(stored.id(), stored.mawbId(), stored.number(),
                new HawbDetails(Party.named("New Shipper"), Party.named("New Consignee"), Party.named("Notify"), 4,
                        Weight.kg("410.5"), null),
                ShipmentStatus.ARRIVED, Instant.parse("2025-03-15T20:31:00.000007Z"), stored.createdAt(),
                Instant.parse("2025-03-15T20:31:01.000008Z"), stored.version());

        Hawb updated = hawbs().update(changed);

        assertSameState(updated, changed.withVersion(2));
        assertSameState(hawbs().findById(stored.id()).orElseThrow(), changed.withVersion(2));
    }

    @Test
    void aStaleVersionIsAConflict() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb v1 = givenHawb(TestData.hawb(mawb, "HAM0042"));
        Hawb v2 = hawbs().update(v1.withDetails(withPieces(v1.details(), 4), T));

        assertThatThrownBy(() -> hawbs().update(v1.withDetails(withPieces(v1.details(), 5), T)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> hawbs().update(v1.withDetails(withPieces(v1.details(), 6), T).withVersion(3)))
                .isInstanceOf(VersionConflictException.class);
        assertSameState(hawbs().findById(v1.id()).orElseThrow(), v2);
    }

    @Test
    void updatingAnUnknownHawbIsNotFound() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb unknown = TestData.hawb(mawb, "HAM0042").withVersion(1);

        assertThatThrownBy(() -> hawbs().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(hawbs().findById(unknown.id())).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ filters

    @Test
    void filtersByMawb() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Mawb other = givenMawb(TestData.mawb(2));
        Hawb a = givenHawb(TestData.hawb(mawb, "A1"));
        Hawb b = givenHawb(TestData.hawb(mawb, "B1"));
        Hawb c = givenHawb(TestData.hawb(other, "A1"));

        assertListed(HawbCriteria.of(mawb.id()), a, b);
        assertListed(HawbCriteria.of(other.id()), c);
        assertListed(HawbCriteria.any(), a, b, c);
    }

    @Test
    void filtersByStatuses() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb created = givenHawb(TestData.hawb(mawb, "A1"));
        Hawb arrived = givenHawb(TestData.hawbBuilder(mawb, "A2").status(ShipmentStatus.ARRIVED).build());
        Hawb delivered = givenHawb(TestData.hawbBuilder(mawb, "A3").status(ShipmentStatus.DELIVERED).build());

        assertListed(new HawbCriteria(null, Set.of(ShipmentStatus.CREATED), null), created);
        assertListed(new HawbCriteria(null, Set.of(ShipmentStatus.ARRIVED, ShipmentStatus.DELIVERED), null), arrived,
                delivered);
        assertListed(new HawbCriteria(mawb.id(), Set.of(ShipmentStatus.NOTIFIED), null));
    }

    @Test
    void textMatchesTheNumberOrTheConsigneeNameIgnoringCase() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb hamburg = givenHawb(TestData.hawbBuilder(mawb, "HAM0042").consignee("Midwest Hydraulics Inc.").build());
        Hawb mueller = givenHawb(TestData.hawbBuilder(mawb, "MUC7").consignee("Müller & Söhne GmbH").build());
        Hawb tokyo = givenHawb(TestData.hawbBuilder(mawb, "NRT1").consignee("東京貿易株式会社").build());

        assertListed(text("ham00"), hamburg);
        assertListed(text("HAM0042"), hamburg);
        assertListed(text("7"), mueller);
        assertListed(text("müller & s"), mueller);
        assertListed(text("Söhne"), mueller);
        assertListed(text("貿易"), tokyo);
        assertListed(text("hydraulics"), hamburg);
        assertListed(text("%"));
        assertListed(text("M_C"));
        assertListed(new HawbCriteria(mawb.id(), Set.of(ShipmentStatus.CREATED), "nrt"), tokyo);
    }

    // -------------------------------------------------------------------------------------- sorting and pages

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSorts")
    void sortsByEveryFieldInBothDirections(HawbSort sort) {
        List<Hawb> rows = givenSortFixture();

        List<Hawb> page = hawbs().list(HawbCriteria.any(), sort, null, 100);

        assertThat(ids(page)).containsExactlyElementsOf(ids(sorted(rows, sort)));
        assertSameState(page, sorted(rows, sort));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSorts")
    void keysetPagesWalkEveryRowOnce(HawbSort sort) {
        List<Hawb> rows = givenSortFixture();

        for (int pageSize : new int[] {1, SMALL_PAGE, 4, rows.size(), rows.size() + 1}) {
            List<Hawb> walked = walkPages((after, limit) -> hawbs().list(HawbCriteria.any(), sort, after, limit),
                    h -> KeysetOrder.keysetOf(h, sort.field()), pageSize);

            assertThat(ids(walked)).as("pages of %d", pageSize).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(ids(sorted(rows, sort)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSorts")
    void keysetPagesOfOneMawbsHawbs(HawbSort sort) {
        List<Hawb> rows = givenSortFixture();
        HawbCriteria firstMawb = HawbCriteria.of(rows.get(0).mawbId());
        List<Hawb> expected = rows.stream().filter(h -> h.mawbId().equals(rows.get(0).mawbId())).toList();

        List<Hawb> walked = walkPages((after, limit) -> hawbs().list(firstMawb, sort, after, limit),
                h -> KeysetOrder.keysetOf(h, sort.field()), SMALL_PAGE);

        assertThat(ids(walked)).containsExactlyElementsOf(ids(sorted(expected, sort)));
    }

    @Test
    void numberOrderBreaksTiesByUnsignedId() {
        List<Hawb> r = givenSortFixture();

        List<Hawb> asc = hawbs().list(HawbCriteria.any(), new HawbSort(HawbSortField.HAWB_NUMBER, SortDirection.ASC),
                null, 100);
        List<Hawb> desc = hawbs().list(HawbCriteria.any(),
                new HawbSort(HawbSortField.HAWB_NUMBER, SortDirection.DESC), null, 100);

        assertThat(ids(asc)).containsExactlyElementsOf(ids(List.of(r.get(5), r.get(3), r.get(2), r.get(1), r.get(0),
                r.get(4))));
        assertThat(ids(desc)).containsExactlyElementsOf(ids(List.of(r.get(4), r.get(0), r.get(1), r.get(2), r.get(3),
                r.get(5))));
    }

    @Test
    void rowsInsertedBetweenPagesAreSeenOnlyAheadOfTheCursor() {
        List<Hawb> rows = givenSortFixture();
        Mawb mawb = mawbs().findById(rows.get(0).mawbId()).orElseThrow();
        HawbSort sort = new HawbSort(HawbSortField.CREATED_AT, SortDirection.ASC);
        List<Hawb> ahead = new ArrayList<>();

        List<Hawb> walked = walkPages((after, limit) -> hawbs().list(HawbCriteria.any(), sort, after, limit),
                h -> KeysetOrder.keysetOf(h, sort.field()), 3, (page, soFar) -> {
                    if (page != 1) {
                        return;
                    }
                    Hawb cursor = soFar.get(soFar.size() - 1);
                    assertThat(cursor.id()).isEqualTo(rows.get(3).id());
                    // behind: older, or as old with a lower id
                    givenHawb(TestData.hawbBuilder(mawb, "NEW1").createdAt(T.minusSeconds(60)).build());
                    givenHawb(TestData.hawbBuilder(mawb, "NEW2").id(uuid("7e000000")).createdAt(cursor.createdAt())
                            .build());
                    // ahead: as old with a higher id, or newer
                    ahead.add(givenHawb(TestData.hawbBuilder(mawb, "NEW3").id(uuid("7f000001"))
                            .createdAt(cursor.createdAt()).build()));
                    ahead.add(givenHawb(TestData.hawbBuilder(mawb, "NEW4").createdAt(h(T, 9)).build()));
                });

        List<Hawb> expected = new ArrayList<>(rows);
        expected.addAll(ahead);
        assertThat(ids(walked)).doesNotHaveDuplicates().containsExactlyElementsOf(ids(sorted(expected, sort)));
    }

    // ----------------------------------------------------------------------------------------------- fixtures

    /**
     * Six HAWBs under two MAWBs whose sort values tie in pairs, with ids on both sides of the sign bit. In index
     * order:
     * <pre>
     *  #  id        MAWB  number   created  updated
     *  0  f1000000  1     HAM0042  T        T+2h
     *  1  01000000  2     HAM0042  T        T+1h
     *  2  81000000  1     A1       T+1h     T+1h
     *  3  7f000000  2     A1       T+1h     T+2h
     *  4  c0000000  1     ZZ9      T+2h     T+2h
     *  5  20000000  2     0007     T+3h     T+3h
     * </pre>
     *
     * @return the stored HAWBs, in index order
     */
    protected final List<Hawb> givenSortFixture() {
        Mawb one = givenMawb(TestData.mawb(1));
        Mawb two = givenMawb(TestData.mawb(2));
        return Stream.of(
                TestData.hawbBuilder(one, "HAM0042").id(uuid("f1000000")).createdAt(T).updatedAt(h(T, 2)),
                TestData.hawbBuilder(two, "HAM0042").id(uuid("01000000")).createdAt(T).updatedAt(h(T, 1)),
                TestData.hawbBuilder(one, "A1").id(uuid("81000000")).createdAt(h(T, 1)),
                TestData.hawbBuilder(two, "A1").id(uuid("7f000000")).createdAt(h(T, 1)).updatedAt(h(T, 2)),
                TestData.hawbBuilder(one, "ZZ9").id(uuid("c0000000")).createdAt(h(T, 2)),
                TestData.hawbBuilder(two, "0007").id(uuid("20000000")).createdAt(h(T, 3)))
                .map(TestData.HawbBuilder::build)
                .map(this::givenHawb)
                .toList();
    }

    /** Asserts that listing by {@code criteria} returns exactly {@code expected}, in any order. */
    protected final void assertListed(HawbCriteria criteria, Hawb... expected) {
        List<Hawb> listed = hawbs().list(criteria, HawbSort.NEWEST_FIRST, null, 1_000);
        assertThat(ids(listed)).as("listed by %s", criteria)
                .containsExactlyInAnyOrderElementsOf(ids(List.of(expected)));
    }

    /** {@code rows} in the order a list in {@code sort} must return them. */
    protected static List<Hawb> sorted(List<Hawb> rows, HawbSort sort) {
        return rows.stream().sorted(KeysetOrder.forHawbs(sort)).toList();
    }

    /** The ids of {@code rows}, in order. */
    protected static List<HawbId> ids(List<Hawb> rows) {
        return rows.stream().map(Hawb::id).toList();
    }

    /** A UUID whose first 8 hex digits are {@code first8}, the rest fixed. */
    protected static UUID uuid(String first8) {
        return UUID.fromString(first8 + "-0000-7000-8000-000000000000");
    }

    private static HawbCriteria text(String text) {
        return new HawbCriteria(null, null, text);
    }

    private static Instant h(Instant base, int hours) {
        return base.plus(Duration.ofHours(hours));
    }

    private static HawbDetails withPieces(HawbDetails d, int pieces) {
        return new HawbDetails(d.shipper(), d.consignee(), d.notifyParty(), pieces, d.weight(), d.description());
    }
}
