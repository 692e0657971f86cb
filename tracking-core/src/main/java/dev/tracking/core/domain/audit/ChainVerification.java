package dev.tracking.core.domain.audit;

/**
 * The result of checking the audit chain over a range.
 *
 * @param entriesChecked how many entries were checked
 * @param firstBrokenSeq the position of the first entry whose link or content does not check out, or null when the
 *                       chain is intact
 * @param reason         what was wrong with it, or null
 */
public record ChainVerification(long entriesChecked, Long firstBrokenSeq, String reason) {

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(entriesChecked, null, null);
    }

    public static ChainVerification brokenAt(long entriesChecked, long seq, String reason) {
        return new ChainVerification(entriesChecked, seq, reason);
    }

    public boolean isIntact() {
        return firstBrokenSeq == null;
    }
}
