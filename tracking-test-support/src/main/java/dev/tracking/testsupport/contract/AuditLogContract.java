package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.audit.ChainVerifier;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.port.out.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do: keep the append-only hash chain the core links ({@link AuditChain}), with a
 * head that serializes writers; return every entry exactly as appended; find entries by entity, record, action, actor
 * and time range in either {@code seq} direction, one keyset page after another; stream them in ascending
 * {@code seq} order without holding them all; and commit or roll back entries and head with the unit of work. Extend
 * this class in your adapter's tests and return ports over an empty store from {@link #ports()}; see
 * {@link PersistenceContract} for what the suites assume.
 *
 * <p>The suite appends entries as the core does: in a unit of work it calls {@link AuditLog#lockHead()}, links drafts
 * after the head with {@link AuditChain#link} and hands them to {@link AuditLog#append}.
 *
 * <p><b>The head row.</b> SQL adapters keep the head in the one-row table {@code audit_chain_head}, which the
 * migration {@code V3} inserts. A truncated database has no such row, and an operator's mistake or a partial restore
 * may lose it, so {@link AuditLog#lockHead()} must create it when it is missing: from the entry with the highest
 * {@code seq}, or as {@link ChainHead#EMPTY} when there is none. (Creating it as {@code EMPTY} over existing entries
 * would restart the chain at 1 and fork it.) The empty case runs on every store ports() returns truncated; for the
 * other, override {@link #deleteHeadRow()} (the default skips the tests that need it).
 *
 * <p>What the suite asks beyond the port's Javadoc: {@code lockHead()} outside a unit of work is an
 * {@link IllegalStateException}; {@code seq} order, never {@code at} order, decides what a page holds (the suite's
 * entries are not in time order everywhere, as entries of concurrent units are not); text beyond Latin-1, empty text
 * distinct from null, and changes whose before or after is null come back unchanged; {@code at} comes back to the
 * microsecond.
 */
public abstract class AuditLogContract extends PersistenceContract {

    /** When the suite's entries start: whole microseconds. */
    protected static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589793Z");

    protected static final String ANNA = "anna.schmidt";
    protected static final String BEN = "ben.okafor";
    protected static final String JUERGEN = "jürgen.größ@例え.jp";

    /** The record ids of {@link #givenVariedLog()}. */
    protected static final String M1 = "0195a3c2-7d1e-7b40-9a51-1c2d3e4f5a61";
    protected static final String M2 = "0195a3c2-7d1e-7b40-9a51-1c2d3e4f5a62";
    protected static final String H1 = "0195a3c2-7d1e-7b40-9a51-1c2d3e4f5a63";

    /** Thrown by the work of the tests that roll back. */
    protected static final class WorkFailed extends RuntimeException {

        public WorkFailed(String message) {
            super(message);
        }
    }

    @BeforeEach
    void theLogIsEmpty() {
        assertThat(auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 1))
                .as("audit entries in the store ports() returned (it must be empty)").isEmpty();
    }

    /**
     * Deletes the chain head's row (and nothing else), for the tests that show {@link AuditLog#lockHead()} rebuilds
     * it. A SQL adapter overrides this with {@code DELETE FROM audit_chain_head}; by default those tests are skipped.
     */
    protected void deleteHeadRow() {
        Assumptions.abort("deleteHeadRow() is not implemented for this adapter");
    }

    // ------------------------------------------------------------------------------------------------------ head

    @Test
    void lockHeadOfAnEmptyLogIsTheEmptyHead() {
        ChainHead head = transactions().inTransaction(() -> auditLog().lockHead());

        assertThat(head).isEqualTo(ChainHead.EMPTY);
        assertThat(head.seq()).isZero();
        assertThat(head.hash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void lockHeadOutsideAUnitOfWorkIsRefused() {
        assertThatThrownBy(() -> auditLog().lockHead()).isInstanceOf(IllegalStateException.class);

        assertThat(head()).isEqualTo(ChainHead.EMPTY);
    }

    @Test
    void appendMovesTheHeadToTheLastEntryAppended() {
        List<AuditEntry> first = appendInOneUnit(drafts(3, T0));

        assertThat(head()).isEqualTo(headOf(first.get(2)));

        List<AuditEntry> second = appendInOneUnit(drafts(2, T0.plusSeconds(60)));

        assertThat(second).extracting(AuditEntry::seq).containsExactly(4L, 5L);
        assertThat(second.get(0).previousHash()).isEqualTo(first.get(2).hash());
        assertThat(head()).isEqualTo(headOf(second.get(1)));
    }

    @Test
    void aUnitMayAppendSeveralTimesAfterLockingTheHeadOnce() {
        List<AuditEntry> appended = transactions().inTransaction(() -> {
            ChainHead head = auditLog().lockHead();
            List<AuditEntry> first = AuditChain.link(head.seq(), head.hash(), drafts(2, T0));
            auditLog().append(first);
            AuditEntry last = first.get(1);
            List<AuditEntry> second = AuditChain.link(last.seq(), last.hash(), drafts(1, T0.plusSeconds(1)));
            auditLog().append(second);
            List<AuditEntry> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        });

        assertThat(allEntries()).containsExactlyElementsOf(appended);
        assertThat(head()).isEqualTo(headOf(appended.get(2)));
    }

    @Test
    void aRolledBackUnitLeavesNeitherEntriesNorAMovedHead() {
        List<AuditEntry> committed = appendInOneUnit(drafts(2, T0));
        WorkFailed failure = new WorkFailed("after appending");

        Throwable thrown = catchThrowable(() -> transactions().run(() -> {
            ChainHead head = auditLog().lockHead();
            auditLog().append(AuditChain.link(head.seq(), head.hash(), drafts(3, T0.plusSeconds(60))));
            assertThat(auditLog().findBySeq(5)).as("visible inside the unit").isPresent();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(allEntries()).containsExactlyElementsOf(committed);
        assertThat(auditLog().findBySeq(3)).isEmpty();
        assertThat(head()).isEqualTo(headOf(committed.get(1)));

        List<AuditEntry> next = appendInOneUnit(drafts(1, T0.plusSeconds(120)));

        assertThat(next).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(3);
            assertThat(e.previousHash()).isEqualTo(committed.get(1).hash());
        });
        assertIntactChainOf(3);
    }

    @Test
    void aRolledBackFirstUnitLeavesTheEmptyHead() {
        catchThrowable(() -> transactions().run(() -> {
            ChainHead head = auditLog().lockHead();
            auditLog().append(AuditChain.link(head.seq(), head.hash(), drafts(2, T0)));
            throw new WorkFailed("first unit");
        }));

        assertThat(head()).isEqualTo(ChainHead.EMPTY);
        assertThat(appendInOneUnit(drafts(1, T0))).singleElement()
                .satisfies(e -> assertThat(e.previousHash()).isEqualTo(AuditChain.GENESIS));
    }

    @Test
    void aMissingHeadRowOfAnEmptyLogIsCreatedAsTheEmptyHead() {
        deleteHeadRow();

        assertThat(transactions().inTransaction(() -> auditLog().lockHead())).isEqualTo(ChainHead.EMPTY);

        List<AuditEntry> appended = appendInOneUnit(drafts(2, T0));
        assertThat(head()).isEqualTo(headOf(appended.get(1)));
    }

    @Test
    void aMissingHeadRowIsRebuiltFromTheLastEntrySoTheChainGoesOnWithoutAFork() {
        List<AuditEntry> before = appendInOneUnit(drafts(3, T0));
        deleteHeadRow();

        assertThat(transactions().inTransaction(() -> auditLog().lockHead())).isEqualTo(headOf(before.get(2)));

        List<AuditEntry> after = appendInOneUnit(drafts(2, T0.plusSeconds(60)));
        assertThat(after).extracting(AuditEntry::seq).containsExactly(4L, 5L);
        assertIntactChainOf(5);
    }

    // ------------------------------------------------------------------------------------------------ round trip

    @Test
    void everyFieldOfEveryEntryRoundTripsExactly() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("details.consignee.name", new FieldChange("Müller GmbH", "東京物流 \"Tokyo\", Ltd.\r\nline 2"));
        changes.put("details.notifyParty.name", new FieldChange(null, "Ben's Brokerage"));
        changes.put("details.volume", new FieldChange("12.5 m3", null));
        changes.put("details.flights[0].eta", new FieldChange("2025-03-15T15:20-05:00", "2025-03-15T16:05-05:00"));
        changes.put("trackingEndpoint.apiKey", FieldChange.redacted("old-key", "new-key"));
        changes.put("metadata.note", new FieldChange("\\ {\"json\": [1, 2]}\t", "😀 𝄞 ₂"));
        changes.put("remarks", new FieldChange("", "=HYPERLINK(\"http://x\")"));
        Map<String, String> context = Map.of("ip", "203.0.113.7", "userAgent", "Mozilla/5.0 (Zoë; \"quoted\")",
                "tenant", "東京");
        List<AuditDraft> drafts = List.of(
                new AuditDraft(T0, "MAWB", M1, AuditAction.UPDATE, JUERGEN, changes, "req-7f3a-äöü", context),
                new AuditDraft(Instant.parse("1999-12-31T23:59:59.999999Z"), "USER_OVERRIDE",
                        "jürgen.größ@例え.jp/mawb.write", AuditAction.DELETE, ANNA,
                        Map.of("effect", new FieldChange("DENY", null)), null, Map.of()),
                new AuditDraft(Instant.parse("2025-03-14T09:27:00Z"), "CARRIER", "LH", AuditAction.INSERT, BEN,
                        Map.of("name", new FieldChange(null, "Lufthansa Cargo")), "", Map.of("ip", "")),
                new AuditDraft(T0.plusNanos(1_000), "HAWB", H1, AuditAction.INSERT, ANNA, Map.of(), "job-42",
                        Map.of()));

        List<AuditEntry> appended = appendInOneUnit(drafts);

        for (AuditEntry entry : appended) {
            AuditEntry found = auditLog().findBySeq(entry.seq()).orElseThrow();
            assertThat(found).as("entry %d as found by seq", entry.seq()).isEqualTo(entry);
            assertThat(found.changes()).as("changes of entry %d", entry.seq()).isEqualTo(entry.changes());
            assertThat(found.context()).as("context of entry %d", entry.seq()).isEqualTo(entry.context());
            assertThat(AuditChain.expectedHash(found)).as("entry %d still hashes to its hash", entry.seq())
                    .isEqualTo(entry.hash());
        }
        assertThat(auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10))
                .containsExactlyElementsOf(appended);
        assertThat(streamed(AuditCriteria.any())).containsExactlyElementsOf(appended);
        assertThat(appended.get(0).changes().get("details.notifyParty.name").before()).isNull();
        assertThat(appended.get(0).changes().get("details.volume").after()).isNull();
        assertThat(appended.get(1).correlationId()).isNull();
        assertThat(auditLog().findBySeq(3).orElseThrow().correlationId()).isEmpty();
    }

    @Test
    void findBySeqFindsEachEntryByItsPositionAndNothingElse() {
        List<AuditEntry> appended = appendInOneUnit(drafts(4, T0));

        for (AuditEntry entry : appended) {
            assertThat(auditLog().findBySeq(entry.seq())).contains(entry);
        }
        assertThat(auditLog().findBySeq(0)).isEmpty();
        assertThat(auditLog().findBySeq(5)).isEmpty();
        assertThat(auditLog().findBySeq(-1)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------ find

    @Test
    void findsEverythingWithoutCriteria() {
        givenVariedLog();

        assertFinds(AuditCriteria.any(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void findsByEntity() {
        givenVariedLog();

        assertFinds(new AuditCriteria("MAWB", null, null, null, null, null), 1, 2, 4, 5, 7, 10, 12, 14);
        assertFinds(new AuditCriteria("BILL", null, null, null, null, null), 6);
        assertFinds(new AuditCriteria("ATTACHMENT", null, null, null, null, null));
    }

    @Test
    void findsARecordsHistoryByEntityAndRecordId() {
        givenVariedLog();

        assertFinds(AuditCriteria.historyOf("MAWB", M1), 1, 2, 5, 10, 12);
        assertFinds(AuditCriteria.historyOf("MAWB", M2), 4, 7, 14);
        assertFinds(AuditCriteria.historyOf("HAWB", M1));
        assertFinds(AuditCriteria.historyOf("USER_OVERRIDE", "jürgen.größ@例え.jp/mawb.write"), 11);
    }

    @Test
    void findsByAction() {
        givenVariedLog();

        assertFinds(new AuditCriteria(null, null, AuditAction.INSERT, null, null, null), 1, 3, 4, 6, 11);
        assertFinds(new AuditCriteria(null, null, AuditAction.UPDATE, null, null, null), 2, 5, 7, 8, 10, 12, 13, 14);
        assertFinds(new AuditCriteria(null, null, AuditAction.DELETE, null, null, null), 9);
    }

    @Test
    void findsAUsersActivityByActor() {
        givenVariedLog();

        assertFinds(AuditCriteria.activityOf(ANNA), 1, 3, 5, 7, 9, 11, 12);
        assertFinds(AuditCriteria.activityOf(JUERGEN), 4, 10, 14);
        assertFinds(AuditCriteria.activityOf("nobody"));
    }

    @Test
    void findsInATimeRangeFromInclusiveToExclusiveInSeqOrder() {
        givenVariedLog();

        assertFinds(AuditCriteria.between(minutes(5), minutes(10)), 6, 7, 8, 9, 10, 11);
        assertFinds(AuditCriteria.between(minutes(3), minutes(4)), 5);
        assertFinds(AuditCriteria.between(minutes(5), minutes(5).plusNanos(1_000)), 6, 7);
        assertFinds(AuditCriteria.between(minutes(5).plusNanos(1_000), minutes(6)));
    }

    @Test
    void findsFromAnInstantOnOrBeforeAnInstant() {
        givenVariedLog();

        assertFinds(new AuditCriteria(null, null, null, null, minutes(5), null), 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertFinds(new AuditCriteria(null, null, null, null, null, minutes(4)), 1, 2, 3, 5);
    }

    @Test
    void findsByEveryCriterionAtOnce() {
        givenVariedLog();

        assertFinds(new AuditCriteria("MAWB", null, AuditAction.UPDATE, ANNA, minutes(3), minutes(11)), 5, 7, 12);
        assertFinds(new AuditCriteria("MAWB", M1, AuditAction.UPDATE, JUERGEN, minutes(0), minutes(20)), 10);
    }

    @Test
    void findStartsStrictlyAfterTheGivenPositionInTheDirection() {
        givenVariedLog();

        assertThat(seqs(auditLog().find(AuditCriteria.any(), SortDirection.ASC, 5L, 3))).containsExactly(6L, 7L, 8L);
        assertThat(seqs(auditLog().find(AuditCriteria.any(), SortDirection.DESC, 5L, 3))).containsExactly(4L, 3L, 2L);
        assertThat(seqs(auditLog().find(AuditCriteria.any(), SortDirection.ASC, 0L, 2))).containsExactly(1L, 2L);
        assertThat(seqs(auditLog().find(AuditCriteria.historyOf("MAWB", M1), SortDirection.DESC, 10L, 10)))
                .containsExactly(5L, 2L, 1L);
        assertThat(auditLog().find(AuditCriteria.any(), SortDirection.ASC, 14L, 10)).isEmpty();
        assertThat(auditLog().find(AuditCriteria.any(), SortDirection.DESC, 1L, 10)).isEmpty();
    }

    @Test
    void pagesNeitherSkipNorRepeatWhileEntriesAreAppended() {
        appendInOneUnit(drafts(5, T0));
        List<Long> ascending = new ArrayList<>();
        List<Long> descending = new ArrayList<>();
        Long afterAsc = null;
        Long afterDesc = null;
        for (int page = 0; page < 50; page++) {
            List<AuditEntry> asc = auditLog().find(AuditCriteria.any(), SortDirection.ASC, afterAsc, SMALL_PAGE);
            List<AuditEntry> desc = auditLog().find(AuditCriteria.any(), SortDirection.DESC, afterDesc, SMALL_PAGE);
            ascending.addAll(seqs(asc));
            descending.addAll(seqs(desc));
            if (asc.size() < SMALL_PAGE && desc.size() < SMALL_PAGE) {
                break;
            }
            afterAsc = asc.isEmpty() ? afterAsc : asc.get(asc.size() - 1).seq();
            afterDesc = desc.isEmpty() ? afterDesc : desc.get(desc.size() - 1).seq();
            if (page < 3) {
                appendInOneUnit(drafts(1, T0.plusSeconds(60 + page)));
            }
        }

        assertThat(ascending).as("oldest first, entries appended meanwhile included")
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(descending).as("newest first, from where the first page started")
                .containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    // ---------------------------------------------------------------------------------------------------- stream

    @Test
    void streamHandsOverTheMatchingEntriesInAscendingSeqOrder() {
        List<AuditEntry> log = givenVariedLog();

        assertThat(streamed(AuditCriteria.any())).containsExactlyElementsOf(log);
        assertThat(seqs(streamed(AuditCriteria.historyOf("MAWB", M1)))).containsExactly(1L, 2L, 5L, 10L, 12L);
        assertThat(seqs(streamed(AuditCriteria.between(minutes(3), minutes(6))))).containsExactly(4L, 5L, 6L, 7L);
        assertThat(seqs(streamed(new AuditCriteria(null, null, AuditAction.UPDATE, BEN, null, null))))
                .containsExactly(2L, 13L);
        assertThat(streamed(AuditCriteria.activityOf("nobody"))).isEmpty();
    }

    @Test
    void streamsAHundredThousandEntriesOneAtATimeInAscendingOrder() {
        int total = 100_000;
        int batch = 1_000;
        for (int b = 0; b < total / batch; b++) {
            List<AuditDraft> drafts = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                long seq = (long) b * batch + i + 1;
                drafts.add(new AuditDraft(T0.plusMillis(seq), seq % 10 == 0 ? "BILL" : "MAWB", "r-" + seq,
                        AuditAction.UPDATE, ANNA, Map.of("details.pieces", new FieldChange("1", Long.toString(seq))),
                        null, Map.of()));
            }
            appendInOneUnit(drafts);
        }

        SequenceSink all = new SequenceSink(true);
        transactions().run(() -> auditLog().stream(AuditCriteria.any(), all));
        SequenceSink bills = new SequenceSink(false);
        transactions().run(() -> auditLog().stream(new AuditCriteria("BILL", null, null, null, null, null), bills));

        assertThat(all.count).isEqualTo(total);
        assertThat(all.first).isEqualTo(1L);
        assertThat(all.last).isEqualTo(total);
        assertThat(all.outOfOrder).as("entries not following their predecessor").isEmpty();
        assertThat(bills.count).isEqualTo(total / 10);
        assertThat(bills.first).isEqualTo(10L);
        assertThat(bills.last).isEqualTo(total);
        assertThat(bills.outOfOrder).as("entries not after their predecessor").isEmpty();
        assertThat(bills.otherEntities).isZero();
    }

    // ----------------------------------------------------------------------------------------------- concurrency

    @Test
    void unitsAppendingFromSeveralThreadsProduceOneGapFreeChainThatVerifies() throws Exception {
        int threads = 4;
        int unitsPerThread = 25;
        int entriesPerUnit = 3;
        Queue<List<AuditEntry>> units = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "writer-" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int u = 0; u < unitsPerThread; u++) {
                        List<AuditDraft> drafts = new ArrayList<>();
                        for (int i = 0; i < entriesPerUnit; i++) {
                            drafts.add(new AuditDraft(T0.plusSeconds(u), "MAWB", actor + "-" + u,
                                    AuditAction.UPDATE, actor, Map.of("n", new FieldChange(null, "" + i)), null,
                                    Map.of()));
                        }
                        units.add(appendInOneUnit(drafts));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * unitsPerThread * entriesPerUnit;
        List<AuditEntry> stored = allEntries();
        assertThat(stored).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        for (List<AuditEntry> unit : units) {
            assertThat(stored.subList((int) unit.get(0).seq() - 1, (int) unit.get(unit.size() - 1).seq()))
                    .as("a unit's entries, together and as linked").containsExactlyElementsOf(unit);
        }
        assertIntactChainOf(total);
        assertThat(head()).isEqualTo(headOf(stored.get(total - 1)));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /**
     * Appends 14 entries in three units, varied in every criterion; their times do not follow {@code seq}
     * everywhere (entry 5 was written before entry 4, entries 6 and 7 and entries 12 and 13 at the same instant):
     *
     * <pre>
     * seq  at (minutes)  entity         record                          action  actor
     *  1    0            MAWB           M1                              INSERT  anna
     *  2    1            MAWB           M1                              UPDATE  ben
     *  3    2            HAWB           H1                              INSERT  anna
     *  4    4            MAWB           M2                              INSERT  jürgen
     *  5    3            MAWB           M1                              UPDATE  anna
     *  6    5            BILL           b-1                             INSERT  ben
     *  7    5            MAWB           M2                              UPDATE  anna
     *  8    6            CARRIER        LH                              UPDATE  system
     *  9    7            ROLE_FEATURE   ops/mawb.read                   DELETE  anna
     * 10    8            MAWB           M1                              UPDATE  jürgen
     * 11    9            USER_OVERRIDE  jürgen.größ@例え.jp/mawb.write   INSERT  anna
     * 12   10            MAWB           M1                              UPDATE  anna
     * 13   10            HAWB           H1                              UPDATE  ben
     * 14   11            MAWB           M2                              UPDATE  jürgen
     * </pre>
     */
    protected final List<AuditEntry> givenVariedLog() {
        List<AuditEntry> log = new ArrayList<>();
        log.addAll(appendInOneUnit(List.of(
                draft(0, "MAWB", M1, AuditAction.INSERT, ANNA),
                draft(1, "MAWB", M1, AuditAction.UPDATE, BEN),
                draft(2, "HAWB", H1, AuditAction.INSERT, ANNA),
                draft(4, "MAWB", M2, AuditAction.INSERT, JUERGEN),
                draft(3, "MAWB", M1, AuditAction.UPDATE, ANNA))));
        log.addAll(appendInOneUnit(List.of(
                draft(5, "BILL", "b-1", AuditAction.INSERT, BEN),
                draft(5, "MAWB", M2, AuditAction.UPDATE, ANNA),
                draft(6, "CARRIER", "LH", AuditAction.UPDATE, "system"),
                draft(7, "ROLE_FEATURE", "ops/mawb.read", AuditAction.DELETE, ANNA))));
        log.addAll(appendInOneUnit(List.of(
                draft(8, "MAWB", M1, AuditAction.UPDATE, JUERGEN),
                draft(9, "USER_OVERRIDE", "jürgen.größ@例え.jp/mawb.write", AuditAction.INSERT, ANNA),
                draft(10, "MAWB", M1, AuditAction.UPDATE, ANNA),
                draft(10, "HAWB", H1, AuditAction.UPDATE, BEN),
                draft(11, "MAWB", M2, AuditAction.UPDATE, JUERGEN))));
        return log;
    }

    /** {@link #T0} plus whole minutes. */
    protected static Instant minutes(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** A draft at {@code minutes} after {@link #T0} that changes one field, without correlation id or context. */
    protected static AuditDraft draft(int minutes, String entity, String recordId, AuditAction action, String actor) {
        FieldChange change = switch (action) {
            case INSERT -> new FieldChange(null, "12");
            case UPDATE -> new FieldChange("12", "13");
            case DELETE -> new FieldChange("13", null);
        };
        return new AuditDraft(minutes(minutes), entity, recordId, action, actor, Map.of("details.pieces", change),
                null, Map.of());
    }

    /** {@code count} drafts of MAWB updates by {@link #ANNA}, a second apart from {@code at} on. */
    protected static List<AuditDraft> drafts(int count, Instant at) {
        List<AuditDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(new AuditDraft(at.plusSeconds(i), "MAWB", M1, AuditAction.UPDATE, ANNA,
                    Map.of("details.pieces", new FieldChange(Integer.toString(i), Integer.toString(i + 1))), null,
                    Map.of()));
        }
        return drafts;
    }

    /** Appends the drafts as the core does, in one unit of work: lock the head, link after it, append. */
    protected final List<AuditEntry> appendInOneUnit(List<AuditDraft> drafts) {
        return transactions().inTransaction(() -> {
            ChainHead head = auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), drafts);
            auditLog().append(linked);
            return linked;
        });
    }

    /** The head, read (and locked) in a unit of its own. */
    protected final ChainHead head() {
        return transactions().inTransaction(() -> auditLog().lockHead());
    }

    /** The head that {@code entry} leaves when it is the last. */
    protected static ChainHead headOf(AuditEntry entry) {
        return new ChainHead(entry.seq(), entry.hash());
    }

    /** Every entry, streamed in a unit of work. */
    protected final List<AuditEntry> allEntries() {
        return streamed(AuditCriteria.any());
    }

    /** What {@link AuditLog#stream} hands over for the criteria, in a unit of work, in the order handed over. */
    protected final List<AuditEntry> streamed(AuditCriteria criteria) {
        List<AuditEntry> entries = new ArrayList<>();
        transactions().run(() -> auditLog().stream(criteria, entries::add));
        return entries;
    }

    protected static List<Long> seqs(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::seq).toList();
    }

    /**
     * Asserts what {@link AuditLog#find} returns for the criteria, in both directions: walked page by page
     * ({@link #SMALL_PAGE} entries a page, each page after the last entry of the one before) and in one page; and
     * that {@link AuditLog#stream} hands over the same in ascending order.
     *
     * @param ascending the positions expected, oldest first
     */
    protected final void assertFinds(AuditCriteria criteria, long... ascending) {
        List<Long> oldestFirst = LongStream.of(ascending).boxed().toList();
        List<Long> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        for (SortDirection direction : SortDirection.values()) {
            List<Long> expected = direction == SortDirection.ASC ? oldestFirst : newestFirst;
            assertThat(seqsOfEveryPage(criteria, direction, SMALL_PAGE))
                    .as("%s, %s, pages of %d", criteria, direction, SMALL_PAGE).containsExactlyElementsOf(expected);
            assertThat(seqs(auditLog().find(criteria, direction, null, 100)))
                    .as("%s, %s, one page", criteria, direction).containsExactlyElementsOf(expected);
        }
        assertThat(seqs(streamed(criteria))).as("%s, streamed", criteria).containsExactlyElementsOf(oldestFirst);
    }

    /** Walks every page of {@link AuditLog#find}, asserting none holds more than asked. */
    protected final List<Long> seqsOfEveryPage(AuditCriteria criteria, SortDirection direction, int pageSize) {
        List<Long> all = new ArrayList<>();
        Long after = null;
        for (int page = 1; page <= 1_000; page++) {
            List<AuditEntry> rows = auditLog().find(criteria, direction, after, pageSize);
            assertThat(rows).as("page %d, asked for %d entries", page, pageSize).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(seqs(rows));
            if (rows.size() < pageSize) {
                return all;
            }
            after = rows.get(rows.size() - 1).seq();
        }
        throw new AssertionError("more than 1000 pages: the keyset never reaches the end of the log");
    }

    /** Asserts that the log holds entries 1 to {@code count} and that {@link ChainVerifier} accepts them. */
    protected final void assertIntactChainOf(long count) {
        ChainVerifier verifier = new ChainVerifier(auditLog()::findBySeq);
        transactions().run(() -> auditLog().stream(AuditCriteria.any(), verifier));
        ChainVerification result = verifier.result();
        assertThat(result.isIntact()).as("chain intact, but: %s at %s", result.reason(), result.firstBrokenSeq())
                .isTrue();
        assertThat(result.entriesChecked()).isEqualTo(count);
    }

    /** Takes entries one at a time and keeps only what the assertions need, never the entries. */
    private static final class SequenceSink implements Consumer<AuditEntry> {

        private final boolean consecutive;
        long count;
        Long first;
        long last;
        long otherEntities;
        final List<Long> outOfOrder = new ArrayList<>();

        SequenceSink(boolean consecutive) {
            this.consecutive = consecutive;
        }

        @Override
        public void accept(AuditEntry entry) {
            if (first == null) {
                first = entry.seq();
            } else if (consecutive ? entry.seq() != last + 1 : entry.seq() <= last) {
                outOfOrder.add(entry.seq());
            }
            if (!consecutive && !"BILL".equals(entry.entity())) {
                otherEntities++;
            }
            last = entry.seq();
            count++;
        }
    }
}
