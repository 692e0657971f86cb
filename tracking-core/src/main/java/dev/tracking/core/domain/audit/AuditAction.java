package dev.tracking.core.domain.audit;

public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE
}
