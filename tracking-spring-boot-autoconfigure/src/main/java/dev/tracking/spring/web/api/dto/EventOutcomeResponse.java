package dev.tracking.spring.web.api.dto;

import dev.tracking.core.port.in.event.EventOutcome;
import java.util.UUID;

/** What became of one event: RECORDED (with its id) or DUPLICATE (stored before). */
public record EventOutcomeResponse(
        int index,
        EventOutcome.Outcome outcome,
        UUID eventId,
        String dedupeKey) {
}
