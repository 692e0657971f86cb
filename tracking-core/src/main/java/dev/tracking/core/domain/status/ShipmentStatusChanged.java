package dev.tracking.core.domain.status;

import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.domain.common.ShipmentRef;
import java.time.Instant;

/** A MAWB's or HAWB's status moved because of recorded events. */
public record ShipmentStatusChanged(ShipmentRef shipment, ShipmentStatus from, ShipmentStatus to, Instant at,
        String actor) implements DomainEvent {
}
