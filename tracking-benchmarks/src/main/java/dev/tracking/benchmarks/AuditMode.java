package dev.tracking.benchmarks;

import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.audit.AuditSettings;
import dev.tracking.core.domain.audit.Redaction;
import java.util.EnumSet;
import java.util.Set;

/** How much the platform audits during a measurement. */
public enum AuditMode {
    /** Every record kind, the default. */
    ALL("audit on"),
    /**
     * Everything but the events themselves: an event row is immutable and carries who recorded it and when, so a feed
     * host may leave its insert out of the audit log; the MAWB status changes the events cause are still audited.
     */
    ALL_BUT_EVENTS("audit on, events not audited"),
    OFF("audit off");

    private final String label;

    AuditMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public AuditSettings settings() {
        return switch (this) {
            case ALL -> AuditSettings.defaults();
            case ALL_BUT_EVENTS -> {
                Set<AuditEntity> audited = EnumSet.allOf(AuditEntity.class);
                audited.remove(AuditEntity.TRACKING_EVENT);
                yield new AuditSettings(audited, Redaction.defaults());
            }
            case OFF -> new AuditSettings(Set.of(), Redaction.defaults());
        };
    }
}
