package dev.tracking.core.domain.audit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which records the audit log follows and which fields it never shows.
 *
 * @param audited   the kinds of records whose changes are audited (default: all)
 * @param redaction the fields never stored in clear
 */
public record AuditSettings(Set<AuditEntity> audited, Redaction redaction) {

    public AuditSettings {
        audited = audited.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audited));
        java.util.Objects.requireNonNull(redaction, "redaction");
    }

    /** Every record kind audited, with the default redaction. */
    public static AuditSettings defaults() {
        return new AuditSettings(EnumSet.allOf(AuditEntity.class), Redaction.defaults());
    }

    public boolean audits(AuditEntity entity) {
        return audited.contains(entity);
    }
}
