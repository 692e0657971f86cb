package dev.tracking.spring.web.api.dto;

import java.util.List;

/** What became of a batch, in batch order. */
public record RecordEventsResponse(
        long recorded,
        long duplicates,
        List<EventOutcomeResponse> outcomes) {
}
