package dev.tracking.spring.web.api.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One flight of a route; times with the offset they were given in. */
public record FlightLegDto(
        @Schema(example = "LH430") String flight,
        @Schema(example = "FRA") String from,
        @Schema(example = "ORD") String to,
        @Schema(example = "2025-03-15T13:05:00+01:00") @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime etd,
        @Schema(example = "2025-03-15T15:20:00-05:00") @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime eta,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime atd,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime ata) {
}
