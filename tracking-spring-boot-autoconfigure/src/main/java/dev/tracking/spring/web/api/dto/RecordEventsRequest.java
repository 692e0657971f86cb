package dev.tracking.spring.web.api.dto;

import java.util.List;

/** A batch of events, recorded all or nothing. */
public record RecordEventsRequest(
        List<RecordEventRequest> events) {
}
