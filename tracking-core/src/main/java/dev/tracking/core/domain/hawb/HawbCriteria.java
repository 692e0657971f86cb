package dev.tracking.core.domain.hawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.util.Set;

/**
 * Which HAWBs a list returns; each criterion optional.
 *
 * @param text case-insensitive substring of the HAWB number or the consignee's name, at most 64 characters
 */
public record HawbCriteria(MawbId mawbId, Set<ShipmentStatus> statuses, String text) {

    public HawbCriteria {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
        Check.start().that(text == null || text.length() <= 64, "text", "must be at most 64 characters").orThrow();
    }

    public static HawbCriteria any() {
        return new HawbCriteria(null, null, null);
    }

    public static HawbCriteria of(MawbId mawbId) {
        return new HawbCriteria(mawbId, null, null);
    }
}
