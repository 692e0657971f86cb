package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * How the audited repositories write one kind of versioned record: in a unit of work, the write, its audit entry, and
 * the record remembered as the unit's latest read of it (so that a later update there needs no second read for its
 * "before").
 */
final class AuditedWrites<T> {

    private final AuditEntity entity;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final ToLongFunction<T> versionOf;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedWrites(AuditEntity entity, Class<T> type, Function<T, String> idOf, ToLongFunction<T> versionOf,
            AuditRecorder audit, TransactionRunner transactions) {
        this.entity = entity;
        this.type = type;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.audit = audit;
        this.transactions = transactions;
    }

    T insert(T record, UnaryOperator<T> insert) {
        return transactions.inTransaction(() -> {
            T stored = insert.apply(record);
            audit.record(entity, idOf.apply(stored), AuditAction.INSERT, null, stored);
            return remembered(stored);
        });
    }

    /**
     * Updates a record; its "before" is the unit of work's own read of the version being replaced, or else the
     * stored one.
     */
    T update(T record, Function<T, Optional<T>> findStored, UnaryOperator<T> update) {
        return transactions.inTransaction(() -> {
            String id = idOf.apply(record);
            T before = audit.readBefore(entity, id, type, versionOf.applyAsLong(record), versionOf)
                    .or(() -> findStored.apply(record)).orElse(null);
            T stored = update.apply(record);
            audit.record(entity, idOf.apply(stored), AuditAction.UPDATE, before, stored);
            return remembered(stored);
        });
    }

    /**
     * Applies changes to several records in one write, each audited as an update: {@code before} as {@link #update}
     * finds it, {@code after} as {@code apply} derives it from {@code before} and the change. The write itself gets
     * the changes; a record that cannot be found is left to the write to report.
     */
    <C> void updateAll(List<C> changes, ToLongFunction<C> versionOfChange, Function<C, String> idOfChange,
            BiFunction<T, C, T> apply, Function<C, Optional<T>> findStored, Consumer<List<C>> write) {
        transactions.inTransaction(() -> {
            List<T> befores = new ArrayList<>(changes.size());
            for (C change : changes) {
                befores.add(audit.readBefore(entity, idOfChange.apply(change), type,
                                versionOfChange.applyAsLong(change), versionOf)
                        .or(() -> findStored.apply(change)).orElse(null));
            }
            write.accept(changes);
            for (int i = 0; i < changes.size(); i++) {
                T before = befores.get(i);
                if (before != null) {
                    T after = apply.apply(before, changes.get(i));
                    audit.record(entity, idOf.apply(after), AuditAction.UPDATE, before, after);
                    remembered(after);
                }
            }
            return null;
        });
    }

    /** Remembers the records the unit of work read. */
    List<T> readAll(List<T> records) {
        records.forEach(this::remembered);
        return records;
    }

    /** Remembers a record the unit of work read. */
    Optional<T> read(Optional<T> record) {
        return record.map(this::remembered);
    }

    private T remembered(T record) {
        audit.remember(entity, idOf.apply(record), Optional.of(record));
        return record;
    }
}
