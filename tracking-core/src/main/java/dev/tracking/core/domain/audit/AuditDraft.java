package dev.tracking.core.domain.audit;

import java.time.Instant;
import java.util.Map;

/** An audit entry before it joins the chain: everything but its position and hashes. */
public record AuditDraft(Instant at, String entity, String recordId, AuditAction action, String actor,
        Map<String, FieldChange> changes, String correlationId, Map<String, String> context) {

    public AuditDraft {
        changes = Map.copyOf(changes);
        context = Map.copyOf(context);
    }
}
