package dev.tracking.core.port.out;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.common.SortDirection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stores the audit log, an append-only hash chain. Implementations must pass {@code AuditLogContract}.
 *
 * <p>Writers serialize on the chain's head: {@link #lockHead()} locks it until the unit of work ends, so entries are
 * appended in commit order and each unit's entries follow the previous unit's without gaps.
 */
public interface AuditLog {

    /**
     * Locks the chain head for the rest of the current unit of work (other writers wait) and returns it
     * ({@link ChainHead#EMPTY} for an empty log). A missing head row (a truncated database, a lost row) is created
     * from the entry with the highest {@code seq}, or as {@link ChainHead#EMPTY} when there is none, never as
     * {@code EMPTY} over existing entries, which would fork the chain. Must be called inside a unit of work: outside
     * one it throws {@link IllegalStateException}.
     */
    ChainHead lockHead();

    /** The head as stored, without locking it; empty when its row is missing. */
    Optional<ChainHead> head();

    /**
     * Stores entries already linked after the locked head, in order, and moves the head to the last of them. Entries
     * that do not follow the stored head are refused with {@link IllegalStateException}; their {@code at} has whole
     * microseconds, the precision the stores keep (the hash covers it).
     */
    void append(List<AuditEntry> entries);

    /**
     * Entries matching the criteria in {@code seq} order of the direction, after position {@code afterSeq} in that
     * order (null for the first page), at most {@code limit}.
     */
    List<AuditEntry> find(AuditCriteria criteria, SortDirection direction, Long afterSeq, int limit);

    /**
     * Hands every matching entry to {@code sink} in ascending {@code seq} order without holding them all in memory
     * (a cursor, fetched in chunks). Called outside a unit of work, it opens one of its own for the read.
     */
    void stream(AuditCriteria criteria, Consumer<AuditEntry> sink);

    Optional<AuditEntry> findBySeq(long seq);
}
