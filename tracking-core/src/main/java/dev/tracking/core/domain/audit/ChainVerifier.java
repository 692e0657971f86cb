package dev.tracking.core.domain.audit;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Walks entries in {@code seq} order and finds the first broken link: an entry whose hash does not match its
 * content, whose previous hash is not its predecessor's hash, or whose position skips one (an entry was deleted).
 * Feed it with {@link #accept}; read {@link #result()} at the end. It holds one entry at a time.
 *
 * <p>The entries fed need not be consecutive: those of a time range are not, because an entry's time is taken when
 * its change is made and its position when its unit of work commits (and nodes' clocks differ), so entries of other
 * times may lie between two of the range. The verifier looks such entries up by position and checks them as well;
 * only a position with no entry at all is reported missing.
 */
public final class ChainVerifier implements Consumer<AuditEntry> {

    private final LongFunction<Optional<AuditEntry>> bySeq;
    private AuditEntry previous;
    private long checked;
    private ChainVerification broken;

    /**
     * @param bySeq finds an entry by its position; asked for the predecessor of the first entry fed and for every
     *              position between two entries fed that are not consecutive
     */
    public ChainVerifier(LongFunction<Optional<AuditEntry>> bySeq) {
        this.bySeq = bySeq;
    }

    @Override
    public void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        if (checked == 0 && previous == null && entry.seq() > 1) {
            previous = bySeq.apply(entry.seq() - 1).orElse(null);
            if (previous == null) {
                broken = ChainVerification.brokenAt(1, entry.seq() - 1, "the entry is missing");
                return;
            }
        }
        if (previous != null && entry.seq() <= previous.seq()) {
            broken = ChainVerification.brokenAt(checked + 1, entry.seq(),
                    "it does not come after entry " + previous.seq());
            return;
        }
        while (previous != null && entry.seq() > previous.seq() + 1) {
            long between = previous.seq() + 1;
            Optional<AuditEntry> skipped = bySeq.apply(between);
            if (skipped.isEmpty()) {
                broken = ChainVerification.brokenAt(checked + 1, between, "the entry is missing");
                return;
            }
            check(skipped.get());
            if (broken != null) {
                return;
            }
        }
        check(entry);
    }

    private void check(AuditEntry entry) {
        checked++;
        if (!AuditChain.expectedHash(entry).equals(entry.hash())) {
            broken = ChainVerification.brokenAt(checked, entry.seq(), "its content does not match its hash");
        } else if (previous == null && entry.seq() == 1 && !AuditChain.GENESIS.equals(entry.previousHash())) {
            broken = ChainVerification.brokenAt(checked, entry.seq(), "the first entry does not start the chain");
        } else if (previous != null && !previous.hash().equals(entry.previousHash())) {
            broken = ChainVerification.brokenAt(checked, entry.seq(),
                    "its previous hash is not the hash of entry " + previous.seq());
        }
        previous = entry;
    }

    /**
     * The result of a check that ran to the end of the chain: besides the links, the last entry must be the chain's
     * head, so that entries deleted from the end, or a head that was tampered with, are found too.
     */
    public ChainVerification resultAgainst(Optional<ChainHead> storedHead) {
        ChainVerification links = result();
        if (!links.isIntact()) {
            return links;
        }
        if (storedHead.isEmpty()) {
            return ChainVerification.brokenAt(checked, previous == null ? 1 : previous.seq() + 1,
                    "the chain head is missing");
        }
        ChainHead head = storedHead.get();
        long lastSeq = previous == null ? 0 : previous.seq();
        if (head.seq() > lastSeq) {
            return ChainVerification.brokenAt(checked, lastSeq + 1,
                    "the entry is missing (the chain head is at " + head.seq() + ")");
        }
        if (head.seq() < lastSeq) {
            return ChainVerification.brokenAt(checked, head.seq() + 1, "the entry lies beyond the chain head");
        }
        if (previous != null && !previous.hash().equals(head.hash())) {
            return ChainVerification.brokenAt(checked, lastSeq, "its hash is not the chain head's");
        }
        return links;
    }

    public ChainVerification result() {
        return broken != null ? broken : ChainVerification.intact(checked);
    }
}
