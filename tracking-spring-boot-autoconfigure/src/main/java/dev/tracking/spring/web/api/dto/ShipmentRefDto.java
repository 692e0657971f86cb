package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.common.ShipmentKind;
import java.util.UUID;

/** A MAWB or HAWB. */
public record ShipmentRefDto(
        ShipmentKind kind,
        UUID id) {
}
