package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.audit.AuditAction;
import java.time.OffsetDateTime;
import java.util.Map;

/** One entry of the tamper-evident audit log. */
public record AuditEntryResponse(
        long seq,
        OffsetDateTime at,
        String entity,
        String recordId,
        AuditAction action,
        String actor,
        Map<String, FieldChangeDto> changes,
        String correlationId,
        Map<String, String> context,
        String previousHash,
        String hash) {
}
