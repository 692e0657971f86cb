package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.FieldChange;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps {@link AuditEntry} to a row of {@code audit_log} and back; changes and context keep their key order. */
final class AuditEntryMapper {

    static AuditEntryEntity toEntity(AuditEntry entry) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.seq = entry.seq();
        row.at = entry.at();
        row.entity = entry.entity();
        row.recordId = entry.recordId();
        row.action = entry.action().name();
        row.actor = entry.actor();
        Map<String, AuditChangeJson> changes = new LinkedHashMap<>();
        entry.changes().forEach((path, change) -> changes.put(path, new AuditChangeJson(change.before(),
                change.after())));
        row.changes = changes;
        row.correlationId = entry.correlationId();
        row.context = new LinkedHashMap<>(entry.context());
        row.previousHash = entry.previousHash();
        row.hash = entry.hash();
        return row;
    }

    static AuditEntry toDomain(AuditEntryEntity row) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (row.changes != null) {
            row.changes.forEach((path, change) -> changes.put(path, change == null ? new FieldChange(null, null)
                    : new FieldChange(change.before(), change.after())));
        }
        return new AuditEntry(row.seq, row.at, row.entity, row.recordId, AuditAction.valueOf(row.action), row.actor,
                changes, row.correlationId, row.context == null ? Map.of() : row.context, row.previousHash, row.hash);
    }

    private AuditEntryMapper() {
    }
}
