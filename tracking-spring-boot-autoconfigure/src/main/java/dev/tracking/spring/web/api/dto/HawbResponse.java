package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A HAWB; {@code version} is also its ETag. */
public record HawbResponse(
        UUID id,
        UUID mawbId,
        String hawbNumber,
        ShipmentStatus status,
        OffsetDateTime statusAsOf,
        PartyDto shipper,
        PartyDto consignee,
        PartyDto notifyParty,
        int pieces,
        WeightDto weight,
        String description,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {
}
