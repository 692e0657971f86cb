package dev.tracking.core.domain.audit;

/** The last entry of the audit chain: its position and hash ({@code 0} and {@link AuditChain#GENESIS} when empty). */
public record ChainHead(long seq, String hash) {

    public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS);
}
