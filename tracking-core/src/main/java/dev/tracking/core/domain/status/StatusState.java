package dev.tracking.core.domain.status;

import java.time.Instant;
import java.util.Objects;

/**
 * A shipment's derived standing.
 *
 * @param status  the current status
 * @param asOf    when the latest event that set it happened; null before any status event
 * @param customs the customs standing
 */
public record StatusState(ShipmentStatus status, Instant asOf, CustomsStatus customs) {

    public StatusState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customs, "customs");
    }

    public static StatusState initial() {
        return new StatusState(ShipmentStatus.CREATED, null, CustomsStatus.NOT_REPORTED);
    }
}
