package dev.tracking.core.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589793Z");

    private final List<AuditEntry> chain = AuditChain.link(0, AuditChain.GENESIS, drafts(6));
    private final Map<Long, AuditEntry> store = new HashMap<>();

    ChainVerifierTest() {
        chain.forEach(e -> store.put(e.seq(), e));
    }

    @Test
    void aChainFedWholeIsIntact() {
        assertThat(verify(1, 2, 3, 4, 5, 6)).isEqualTo(ChainVerification.intact(6));
    }

    @Test
    void nothingFedIsIntact() {
        assertThat(verify()).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void theFirstEntryFedIsLinkedToItsPredecessorInTheStore() {
        assertThat(verify(4, 5, 6)).isEqualTo(ChainVerification.intact(3));
    }

    @Test
    void aMissingPredecessorOfTheFirstEntryFedIsReported() {
        store.remove(3L);

        assertThat(verify(4, 5)).isEqualTo(ChainVerification.brokenAt(1, 3, "the entry is missing"));
    }

    @Test
    void positionsSkippedBetweenTwoEntriesFedAreLookedUpAndCheckedToo() {
        assertThat(verify(1, 2, 5, 6)).isEqualTo(ChainVerification.intact(6));
    }

    @Test
    void aSkippedPositionWithoutAnEntryIsMissing() {
        store.remove(4L);

        assertThat(verify(1, 2, 3, 5, 6)).isEqualTo(ChainVerification.brokenAt(4, 4, "the entry is missing"));
    }

    @Test
    void aTamperedEntryAmongTheSkippedOnesIsFound() {
        AuditEntry e = chain.get(2);
        store.put(3L, new AuditEntry(e.seq(), e.at(), e.entity(), e.recordId(), e.action(), "mallory", e.changes(),
                e.correlationId(), e.context(), e.previousHash(), e.hash()));

        assertThat(verify(1, 2, 5)).isEqualTo(
                ChainVerification.brokenAt(3, 3, "its content does not match its hash"));
    }

    @Test
    void aTamperedEntryFedIsFound() {
        AuditEntry e = chain.get(1);
        AuditEntry tampered = new AuditEntry(e.seq(), e.at(), e.entity(), e.recordId(), e.action(), "mallory",
                e.changes(), e.correlationId(), e.context(), e.previousHash(), e.hash());

        ChainVerifier verifier = new ChainVerifier(seq -> Optional.ofNullable(store.get(seq)));
        verifier.accept(chain.get(0));
        verifier.accept(tampered);
        verifier.accept(chain.get(2));

        assertThat(verifier.result()).isEqualTo(
                ChainVerification.brokenAt(2, 2, "its content does not match its hash"));
    }

    @Test
    void aRepeatedPositionIsReported() {
        ChainVerifier verifier = new ChainVerifier(seq -> Optional.ofNullable(store.get(seq)));
        verifier.accept(chain.get(0));
        verifier.accept(chain.get(1));
        verifier.accept(chain.get(1));

        assertThat(verifier.result().firstBrokenSeq()).isEqualTo(2L);
        assertThat(verifier.result().reason()).isEqualTo("it does not come after entry 2");
    }

    @Test
    void aFirstEntryThatDoesNotStartFromGenesisIsReported() {
        List<AuditEntry> forged = AuditChain.link(0, "f".repeat(64), drafts(1));

        ChainVerifier verifier = new ChainVerifier(seq -> Optional.empty());
        verifier.accept(forged.get(0));

        assertThat(verifier.result()).isEqualTo(
                ChainVerification.brokenAt(1, 1, "the first entry does not start the chain"));
    }

    private ChainVerification verify(long... seqs) {
        ChainVerifier verifier = new ChainVerifier(seq -> Optional.ofNullable(store.get(seq)));
        for (long seq : seqs) {
            verifier.accept(chain.get((int) seq - 1));
        }
        return verifier.result();
    }

    private static List<AuditDraft> drafts(int count) {
        List<AuditDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(new AuditDraft(T0.plusSeconds(i), "MAWB", "m-" + i, AuditAction.UPDATE, "anna",
                    Map.of("details.pieces", new FieldChange(Integer.toString(i), Integer.toString(i + 1))), null,
                    Map.of()));
        }
        return drafts;
    }
}
