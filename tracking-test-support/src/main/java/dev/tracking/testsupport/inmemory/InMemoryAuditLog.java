package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.port.out.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@link AuditLog} in memory. Units of work are serialized by the store's lock, which stands in for the chain head's
 * row lock; {@link #stream} hands entries over one at a time from a snapshot of the list. Like a SQL adapter's head row,
 * the head may be lost ({@link #deleteHead()}); {@link #lockHead()} then rebuilds it from the last entry.
 */
public class InMemoryAuditLog implements AuditLog {

    private final InMemoryStore store;

    /** A log over {@code store}; give the repositories and the transaction runner the same store. */
    public InMemoryAuditLog(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ChainHead lockHead() {
        if (!store.inTransaction()) {
            throw new IllegalStateException("lockHead() needs a unit of work");
        }
        return store.apply(InMemoryAuditLog::head);
    }

    @Override
    public Optional<ChainHead> head() {
        return store.apply(t -> Optional.ofNullable(t.auditHead));
    }

    @Override
    public void append(List<AuditEntry> entries) {
        store.apply(t -> {
            for (AuditEntry entry : entries) {
                if (entry.seq() != head(t).seq() + 1) {
                    throw new IllegalStateException("entry " + entry.seq() + " does not follow " + head(t).seq());
                }
                t.audit.add(entry);
                t.auditHead = new ChainHead(entry.seq(), entry.hash());
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> find(AuditCriteria criteria, SortDirection direction, Long afterSeq, int limit) {
        return store.apply(t -> {
            Predicate<AuditEntry> matches = matching(criteria);
            List<AuditEntry> page = new ArrayList<>();
            List<AuditEntry> all = t.audit;
            boolean ascending = direction == SortDirection.ASC;
            for (int i = 0; i < all.size() && page.size() < limit; i++) {
                AuditEntry e = all.get(ascending ? i : all.size() - 1 - i);
                boolean afterCursor = afterSeq == null || (ascending ? e.seq() > afterSeq : e.seq() < afterSeq);
                if (afterCursor && matches.test(e)) {
                    page.add(e);
                }
            }
            return page;
        });
    }

    @Override
    public void stream(AuditCriteria criteria, Consumer<AuditEntry> sink) {
        List<AuditEntry> snapshot = store.apply(t -> List.copyOf(t.audit));
        Predicate<AuditEntry> matches = matching(criteria);
        for (AuditEntry entry : snapshot) {
            if (matches.test(entry)) {
                sink.accept(entry);
            }
        }
    }

    @Override
    public Optional<AuditEntry> findBySeq(long seq) {
        return store.apply(t -> t.audit.stream().filter(e -> e.seq() == seq).findFirst());
    }

    /** Replaces a stored entry as-is, for tests that show {@code verify} finds tampering. */
    public void tamper(AuditEntry replacement) {
        store.apply(t -> {
            for (int i = 0; i < t.audit.size(); i++) {
                if (t.audit.get(i).seq() == replacement.seq()) {
                    t.audit.set(i, replacement);
                }
            }
            return null;
        });
    }

    /** Removes a stored entry (the head stays), for tests that show {@code verify} finds the gap. */
    public void delete(long seq) {
        store.apply(t -> t.audit.removeIf(e -> e.seq() == seq));
    }

    /**
     * Forgets the chain head (keeping every entry), as deleting a SQL adapter's head row does, for tests that show
     * {@link #lockHead()} rebuilds it from the last entry.
     */
    public void deleteHead() {
        store.apply(t -> {
            t.auditHead = null;
            return null;
        });
    }

    /** The head, rebuilt from the last entry when it was lost. */
    private static ChainHead head(Tables t) {
        if (t.auditHead == null) {
            t.auditHead = t.audit.isEmpty() ? ChainHead.EMPTY
                    : new ChainHead(t.audit.get(t.audit.size() - 1).seq(), t.audit.get(t.audit.size() - 1).hash());
        }
        return t.auditHead;
    }

    private static Predicate<AuditEntry> matching(AuditCriteria c) {
        return e -> (c.entity() == null || c.entity().equals(e.entity()))
                && (c.recordId() == null || c.recordId().equals(e.recordId()))
                && (c.action() == null || c.action() == e.action())
                && (c.actor() == null || c.actor().equals(e.actor()))
                && (c.from() == null || !e.at().isBefore(c.from()))
                && (c.to() == null || e.at().isBefore(c.to()));
    }
}
