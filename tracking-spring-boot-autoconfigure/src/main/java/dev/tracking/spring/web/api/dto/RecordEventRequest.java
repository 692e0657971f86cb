package dev.tracking.spring.web.api.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TimeType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/** One status event to record. {@code source} defaults to API; without a dedupe key one is derived from the content. */
public record RecordEventRequest(
        @Schema(example = "DEP") String code,
        TimeType timeType,
        @Schema(example = "2025-03-15T13:17:00+01:00") @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime occurredAt,
        @Schema(example = "FRA") String location,
        PortionDto portion,
        @Schema(example = "LH430") String flight,
        EventSource source,
        String remarks,
        Map<String, String> metadata,
        String dedupeKey) {
}
