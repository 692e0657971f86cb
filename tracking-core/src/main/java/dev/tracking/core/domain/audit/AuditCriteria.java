package dev.tracking.core.domain.audit;

import dev.tracking.core.domain.common.Check;
import java.time.Instant;

/**
 * Which audit entries a query returns; every criterion optional. Time range: from inclusive, to exclusive.
 *
 * @param recordId only with {@code entity}
 */
public record AuditCriteria(String entity, String recordId, AuditAction action, String actor, Instant from,
        Instant to) {

    public AuditCriteria {
        entity = blankToNull(entity);
        recordId = blankToNull(recordId);
        actor = blankToNull(actor);
        Check.start()
                .that(recordId == null || entity != null, "entity", "must be given with recordId")
                .that(from == null || to == null || from.isBefore(to), "to", "must be after from")
                .orThrow();
    }

    public static AuditCriteria any() {
        return new AuditCriteria(null, null, null, null, null, null);
    }

    public static AuditCriteria historyOf(String entity, String recordId) {
        return new AuditCriteria(entity, recordId, null, null, null, null);
    }

    public static AuditCriteria activityOf(String actor) {
        return new AuditCriteria(null, null, null, actor, null, null);
    }

    public static AuditCriteria between(Instant from, Instant to) {
        return new AuditCriteria(null, null, null, null, from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
