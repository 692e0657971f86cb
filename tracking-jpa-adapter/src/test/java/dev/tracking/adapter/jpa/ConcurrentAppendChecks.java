package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.audit.ChainVerifier;
import dev.tracking.testsupport.PersistencePorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two threads, each appending in units of work of its own, make one chain: the head's row lock makes the second
 * writer wait until the first commits, then it links after the first one's entries. Run on PostgreSQL (where the
 * waiting writer shows in {@code pg_stat_activity}) and on H2.
 */
abstract class ConcurrentAppendChecks {

    abstract DatabaseUnderTest db();

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private PersistencePorts ports;

    @BeforeEach
    void emptyStore() {
        ports = db().emptyPorts();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void theSecondWriterWaitsForTheHeadAndLinksAfterTheFirstWritersEntries() throws Exception {
        List<AuditEntry> earlier = append(AuditStorageChecks.drafts(1, "earlier"));
        AtomicReference<Future<List<AuditEntry>>> second = new AtomicReference<>();

        List<AuditEntry> first = ports.transactions().inTransaction(() -> {
            ChainHead head = ports.auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), AuditStorageChecks.drafts(2, "first"));
            ports.auditLog().append(linked);
            second.set(threads.submit(() -> append(AuditStorageChecks.drafts(2, "second"))));
            awaitBlocked(second.get());
            return linked;
        });

        List<AuditEntry> seconds = second.get().get(30, TimeUnit.SECONDS);
        assertThat(first).extracting(AuditEntry::seq).containsExactly(2L, 3L);
        assertThat(first.get(0).previousHash()).isEqualTo(earlier.get(0).hash());
        assertThat(seconds).extracting(AuditEntry::seq).containsExactly(4L, 5L);
        assertThat(seconds.get(0).previousHash()).isEqualTo(first.get(1).hash());
        assertIntactChainOf(5);
    }

    @Test
    void twoThreadsAppendingAtOnceMakeOneGapFreeChain() throws Exception {
        int unitsPerThread = 40;
        int entriesPerUnit = 3;
        Queue<List<AuditEntry>> units = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (String writer : List.of("writer-a", "writer-b")) {
            writers.add(threads.submit(() -> {
                start.await();
                for (int u = 0; u < unitsPerThread; u++) {
                    units.add(append(AuditStorageChecks.drafts(entriesPerUnit, writer + "-" + u)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }

        int total = 2 * unitsPerThread * entriesPerUnit;
        List<AuditEntry> stored = new ArrayList<>();
        ports.transactions().run(() -> ports.auditLog().stream(AuditCriteria.any(), stored::add));
        assertThat(stored).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        for (List<AuditEntry> unit : units) {
            assertThat(stored.subList((int) unit.get(0).seq() - 1, (int) unit.get(unit.size() - 1).seq()))
                    .as("a unit's entries, together and as linked").containsExactlyElementsOf(unit);
        }
        assertIntactChainOf(total);
    }

    private List<AuditEntry> append(List<AuditDraft> drafts) {
        return ports.transactions().inTransaction(() -> {
            ChainHead head = ports.auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), drafts);
            ports.auditLog().append(linked);
            return linked;
        });
    }

    /** {@link ChainVerifier} accepts the whole chain, up to and including the stored head. */
    private void assertIntactChainOf(long count) {
        ChainVerification result = ports.transactions().inTransaction(() -> {
            ChainVerifier verifier = new ChainVerifier(ports.auditLog()::findBySeq);
            ports.auditLog().stream(AuditCriteria.any(), verifier);
            return verifier.resultAgainst(ports.auditLog().head());
        });
        assertThat(result.isIntact()).as("chain intact, but: %s at %s", result.reason(), result.firstBrokenSeq())
                .isTrue();
        assertThat(result.entriesChecked()).isEqualTo(count);
    }

    private void awaitBlocked(Future<?> writer) {
        try {
            assertThat(BlockedSessions.awaitBlocked(db(), writer, "select %audit_chain_head%for %update%"))
                    .as("the second writer waits for the head").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
