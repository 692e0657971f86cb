package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.audit.AuditSettings;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.audit.RecordFields;
import dev.tracking.core.domain.audit.RequestContext;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.port.out.RequestContextProvider;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Collects the audit entries of the current unit of work and appends them to the chain just before it commits
 * ({@link AuditingTransactionRunner}), so the entries and the changes commit or roll back together.
 */
public final class AuditRecorder {

    /** Fields every record has that say nothing about the change itself. */
    private static final Set<String> IGNORED_FIELDS = Set.of("version");

    private final AuditLog auditLog;
    private final AuditSettings settings;
    private final Clock clock;
    private final ActorProvider actors;
    private final RequestContextProvider requestContext;
    private final ThreadLocal<List<AuditDraft>> pending = ThreadLocal.withInitial(ArrayList::new);
    /** What the current unit of work read, by "entity:id", so that an update's "before" needs no second read. */
    private final ThreadLocal<Map<String, Object>> read = new ThreadLocal<>();

    public AuditRecorder(AuditLog auditLog, AuditSettings settings, Clock clock, ActorProvider actors,
            RequestContextProvider requestContext) {
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
        this.actors = actors;
        this.requestContext = requestContext;
    }

    /**
     * Notes a change for the audit log; {@code before} is null for an insert, {@code after} for a delete. A change
     * that changes no field leaves no entry.
     */
    public void record(AuditEntity entity, String recordId, AuditAction action, Object before, Object after) {
        if (!settings.audits(entity)) {
            return;
        }
        Map<String, FieldChange> changes = RecordFields.diff(before, after, IGNORED_FIELDS, settings.redaction());
        if (changes.isEmpty()) {
            return;
        }
        RequestContext context = requestContext.current();
        pending.get().add(new AuditDraft(clock.instant().truncatedTo(ChronoUnit.MICROS), entity.name(), recordId,
                action, actors.currentActor().userId(), changes, context.correlationId(), context.attributes()));
    }

    /** Starts remembering what the unit of work reads; called when the outermost unit begins. */
    void begin() {
        read.set(new HashMap<>());
    }

    /** Remembers a record the unit of work read (outside a unit of work, nothing is kept). */
    <T> Optional<T> remember(AuditEntity entity, String recordId, Optional<T> record) {
        Map<String, Object> unit = read.get();
        if (unit != null && record.isPresent()) {
            unit.put(entity + ":" + recordId, record.get());
        }
        return record;
    }

    /**
     * The record as the unit of work read it, when that is the version an update is about to replace: a stored
     * version always has the same content, so it is the state before the update.
     */
    <T> Optional<T> readBefore(AuditEntity entity, String recordId, Class<T> type, long version,
            ToLongFunction<T> versionOf) {
        Map<String, Object> unit = read.get();
        Object known = unit == null ? null : unit.get(entity + ":" + recordId);
        return type.isInstance(known) && versionOf.applyAsLong(type.cast(known)) == version
                ? Optional.of(type.cast(known)) : Optional.empty();
    }

    /** Links the pending entries after the chain's head and appends them; call at the end of the unit of work. */
    void flush() {
        List<AuditDraft> drafts = pending.get();
        if (drafts.isEmpty()) {
            return;
        }
        try {
            ChainHead head = auditLog.lockHead();
            auditLog.append(AuditChain.link(head.seq(), head.hash(), drafts));
        } finally {
            pending.remove();
            read.remove();
        }
    }

    /** Forgets the pending entries of a unit of work that rolls back. */
    void discard() {
        pending.remove();
        read.remove();
    }
}
