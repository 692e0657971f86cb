package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TimeType;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A recorded event. */
public record EventResponse(
        UUID id,
        ShipmentRefDto subject,
        String code,
        String description,
        TimeType timeType,
        OffsetDateTime occurredAt,
        String location,
        PortionDto portion,
        String flight,
        EventSource source,
        String remarks,
        Map<String, String> metadata,
        String dedupeKey,
        OffsetDateTime recordedAt,
        String recordedBy) {
}
